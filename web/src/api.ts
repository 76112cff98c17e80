// The one typed client of Probity's API. Types mirror the server's response schemas (see /api/docs).

export type OrganisationKind = 'professional_body' | 'employer_trust' | 'association';

export const ROLES = [
  'member',
  'staff',
  'line_manager',
  'principal',
  'regional_education_director',
  'chief_operating_officer',
  'designated_safeguarding_lead',
  'data_protection_officer',
  'case_officer',
  'professional_status_team',
  'supporter',
  'mentor',
  'reviewer',
  'moderator',
  'panel_member',
  'organisation_admin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** Actions the server reports in an organisation's `allowed` list. */
export type OrganisationAction = 'organisation.manage' | 'people.manage' | 'people.import' | 'audit.read' | 'audit.verify' | 'outbox.read';

export interface FieldProblem {
  field: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

export interface SignedIn {
  csrfToken: string;
  personId: string;
}
export interface TwoFactorRequired {
  twoFactorRequired: true;
  challenge: string;
}

export interface MyRole {
  role: Role;
  academyId: string | null;
  academyName: string | null;
  regionId: string | null;
  regionName: string | null;
}
export interface MyOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  slug: string;
  roles: MyRole[];
}
export interface Me {
  person: { id: string; email: string; givenName: string; familyName: string };
  organisations: MyOrganisation[];
  csrfToken: string;
  /** Whether two-factor sign-in is on, and which organisations require it for one of the person's roles. */
  twoFactor?: { enabled: boolean; requiredBy: { id: string; name: string }[] };
}

export type Nation = 'england-and-wales' | 'scotland' | 'northern-ireland';
export const NATIONS: Nation[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export interface Region {
  id: string;
  name: string;
}
export interface Academy {
  id: string;
  name: string;
  regionId: string | null;
}
export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  slug: string;
  nation: string;
  twoFactorRoles: string[];
  regions: Region[];
  academies: Academy[];
  allowed: OrganisationAction[];
}

export interface RoleGrant {
  role: Role;
  academyId: string | null;
  regionId: string | null;
}
export type MembershipStatus = 'applicant' | 'active' | 'suspended' | 'lapsed' | 'cancelled';
export interface Employment {
  academyId: string | null;
  jobRole: string;
  lineManagerId: string | null;
  startedOn: string | null;
}
export interface Membership {
  memberNumber: string;
  status: MembershipStatus;
  conditions: string | null;
  selfEmployed: boolean;
  joinedOn: string | null;
}
export interface Person {
  id: string;
  email: string;
  givenName: string;
  familyName: string;
  disabled: boolean;
  invited: boolean;
  roles: RoleGrant[];
  employment: Employment | null;
  membership: Membership | null;
  allowed?: 'people.manage'[];
}
export interface NewPerson {
  email: string;
  givenName: string;
  familyName: string;
  roles: RoleGrant[];
  employment: Employment | null;
  membership: Membership | null;
  invite: boolean;
}
export interface PersonChanges {
  givenName?: string;
  familyName?: string;
  roles?: RoleGrant[];
  disabled?: boolean;
  employment?: { academyId?: string | null; jobRole?: string; lineManagerId?: string | null; endedOn?: string | null };
  membership?: { status?: MembershipStatus; conditions?: string | null; selfEmployed?: boolean };
  reason?: string;
}
export interface OrganisationChanges {
  name?: string;
  nation?: Nation;
  twoFactorRoles?: Role[];
}

export interface ImportPreview {
  rows: { line: number; email: string; givenName: string; familyName: string; roles: RoleGrant[]; errors: FieldProblem[] }[];
  fileErrors: FieldProblem[];
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
  error: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  action: string;
  recordType: string;
  recordId: string | null;
  reason: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
}
export interface AuditFilters {
  action?: string;
  actorEmail?: string;
  recordType?: string;
  recordId?: string;
  from?: string;
  to?: string;
  before?: number;
  limit?: number;
}
export interface AuditVerification {
  ok: boolean;
  entries: number;
  problems: { seq: number; reason: string }[];
  checkedAt: string;
}

export interface SignInProvider {
  id: string;
  name: string;
}

// The session cookie is httpOnly; writes also need the session's CSRF token, which the server hands out at
// sign-in and with every GET /api/me (so a reloaded page has it again once it knows who is signed in).
let csrfToken: string | null = null;

function remember<T extends { csrfToken?: string }>(result: T): T {
  if (result.csrfToken) csrfToken = result.csrfToken;
  return result;
}

export function forgetSession(): void {
  csrfToken = null;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError({ type: '/problems/network', title: 'No connection', status: 0, detail: 'Probity could not be reached. Check your connection and try again.' });
  }
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const problem = data && typeof data === 'object' && 'status' in data ? (data as Problem) : undefined;
    throw new ApiError(problem ?? { type: `/problems/http-${response.status}`, title: response.statusText || 'Error', status: response.status, detail: `The server answered ${response.status}.` });
  }
  return data as T;
}

const encode = encodeURIComponent;
const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const api = {
  // Session and account
  signIn: async (body: { email: string; password: string }) => {
    const result = await request<SignedIn | TwoFactorRequired>('POST', '/api/session', body);
    return 'csrfToken' in result ? remember(result) : result;
  },
  completeTwoFactor: async (body: { challenge: string; code: string }) => remember(await request<SignedIn>('POST', '/api/session/two-factor', body)),
  signOut: async () => {
    await request<null>('DELETE', '/api/session');
    forgetSession();
  },
  signOutEverywhere: async () => {
    await request<null>('DELETE', '/api/sessions');
    forgetSession();
  },
  me: async () => remember(await request<Me>('GET', '/api/me')),
  /** Everything Probity holds about the signed-in person, as a JSON download (a plain link: the cookie is enough for a GET). */
  exportPath: '/api/me/export',
  changeEmail: (body: { email: string; password: string }) => request<null>('PUT', '/api/me/email', body),
  setUpTwoFactor: (body: { password: string }) => request<{ secret: string; otpauthUrl: string }>('POST', '/api/me/two-factor/setup', body),
  enableTwoFactor: (body: { code: string }) => request<{ recoveryCodes: string[] }>('POST', '/api/me/two-factor/enable', body),
  replaceRecoveryCodes: (body: { password: string }) => request<{ recoveryCodes: string[] }>('POST', '/api/me/two-factor/recovery-codes', body),
  disableTwoFactor: (body: { password: string }) => request<null>('DELETE', '/api/me/two-factor', body),
  changePassword: async (body: { currentPassword: string; newPassword: string }) => remember(await request<SignedIn>('PUT', '/api/me/password', body)),
  requestPasswordReset: (body: { email: string }) => request<null>('POST', '/api/password-reset', body),
  completePasswordReset: (body: { token: string; password: string }) => request<{ email: string }>('POST', '/api/password-reset/complete', body),
  acceptInvitation: (body: { token: string; password: string }) => request<{ email: string }>('POST', '/api/invitations/accept', body),
  /** Single sign-on providers; none where the server does not offer any. */
  providers: async (): Promise<SignInProvider[]> => {
    try {
      return await request<SignInProvider[]>('GET', '/api/auth/providers');
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return [];
      throw error;
    }
  },

  // Organisations
  organisation: (orgId: string) => request<Organisation>('GET', `/api/orgs/${encode(orgId)}`),
  updateOrganisation: (orgId: string, body: OrganisationChanges) => request<Organisation>('PATCH', `/api/orgs/${encode(orgId)}`, body),
  createRegion: (orgId: string, body: { name: string }) => request<Region>('POST', `/api/orgs/${encode(orgId)}/regions`, body),
  createAcademy: (orgId: string, body: { name: string; regionId: string | null }) => request<Academy>('POST', `/api/orgs/${encode(orgId)}/academies`, body),

  // People
  people: (orgId: string, q?: string) => request<Person[]>('GET', `/api/orgs/${encode(orgId)}/people${query({ q })}`),
  person: (orgId: string, personId: string) => request<Person>('GET', `/api/orgs/${encode(orgId)}/people/${encode(personId)}`),
  createPerson: (orgId: string, body: NewPerson) => request<Person>('POST', `/api/orgs/${encode(orgId)}/people`, body),
  updatePerson: (orgId: string, personId: string, body: PersonChanges) => request<Person>('PATCH', `/api/orgs/${encode(orgId)}/people/${encode(personId)}`, body),
  previewImport: (orgId: string, body: { csv: string; invite: boolean }) => request<ImportPreview>('POST', `/api/orgs/${encode(orgId)}/people/import/preview`, body),
  importPeople: (orgId: string, body: { csv: string; invite: boolean }) => request<{ imported: number }>('POST', `/api/orgs/${encode(orgId)}/people/import`, body),

  // Outbox and audit
  outbox: (orgId: string, limit = 100) => request<OutboxMessage[]>('GET', `/api/orgs/${encode(orgId)}/outbox${query({ limit })}`),
  audit: (orgId: string, filters: AuditFilters) => request<AuditEntry[]>('GET', `/api/orgs/${encode(orgId)}/audit${query({ ...filters })}`),
  verifyAudit: (orgId: string) => request<AuditVerification>('POST', `/api/orgs/${encode(orgId)}/audit/verify`),
};
