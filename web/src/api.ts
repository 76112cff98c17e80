// The one typed client of Probity's API. Types mirror the server's response schemas (see /api/docs).

import { ROLES } from '../../src/platform/vocabulary.ts';

export type OrganisationKind = 'professional_body' | 'employer_trust' | 'association';

export { ROLES };
export type Role = (typeof ROLES)[number];

/**
 * Actions the server may report in an organisation's `allowed` list. The list is read as it comes: the
 * server may report more of these over time (deadlines, codes), and the web app follows it.
 */
export type OrganisationAction =
  | 'organisation.manage'
  | 'people.manage'
  | 'people.import'
  | 'audit.read'
  | 'audit.verify'
  | 'outbox.read'
  | 'deadline.create'
  | 'deadline.oversee'
  | 'deadline.waive'
  | 'codes.read'
  | 'codes.adopt'
  | 'attestation.make'
  | 'attestation.oversee'
  | 'citation.create'
  | 'citation.read'
  | 'organisation.read'
  | 'people.read'
  | 'deadline.meet'
  | 'development.own'
  | 'development.insights';

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
export interface Term {
  startsOn: string;
  endsOn: string;
}
export interface Academy {
  id: string;
  name: string;
  regionId: string | null;
  /** When the academy day ends (HH:MM, London time), for "by the end of the academy day". */
  dayEndsAt?: string;
  /** Term dates: academy days fall within them. */
  terms?: Term[];
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
  /** When the chain's head was last written down outside the database (checked to be still there); null if never. */
  anchoredAt: string | null;
  checkedAt: string;
}

// Deadlines and the inbox

export type DeadlineState = 'upcoming' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'waived';
export const DEADLINE_STATES: DeadlineState[] = ['upcoming', 'due_soon', 'overdue', 'met', 'met_late', 'waived'];

export interface Deadline {
  id: string;
  organisationId: string;
  organisationName?: string;
  academyId: string | null;
  kind: string;
  title: string;
  /** The provision of the code the time limit comes from. */
  source: string;
  recordType: string | null;
  recordId: string | null;
  startsAt: string;
  dueAt: string;
  allDay: boolean;
  /** In words: "by Wednesday 6 January 2027", "at 15:30 on …". */
  due: string;
  state: DeadlineState;
  ownerId: string;
  ownerName: string | null;
  metAt: string | null;
  waivedAt: string | null;
  waivedReason: string | null;
  /** A duty that forbids delay (safeguarding, police contact). */
  urgent: boolean;
  allowed: ('deadline.meet' | 'deadline.waive' | string)[];
}

export type DeadlineRule =
  | { type: 'calendar_days'; days: number }
  | { type: 'working_days'; days: number; nation?: Nation }
  | { type: 'months'; months: number }
  | { type: 'academy_day' }
  | { type: 'immediately' }
  | { type: 'fixed'; dueAt: string };

export interface DeadlineKind {
  kind: string;
  title: string;
  source: string;
  rule: DeadlineRule;
  schedule: { remindBefore: string[]; atDue: boolean; escalateAfter: string | null; escalateTo: string | null; urgent: boolean };
}

export interface NewDeadline {
  kind: string;
  title?: string;
  ownerId: string;
  startsAt?: string;
  rule?: DeadlineRule;
  academyId?: string | null;
}

export interface DeadlineFilters {
  state?: DeadlineState;
  kind?: string;
  ownerId?: string;
}

export interface OverdueReport {
  /** Counts of every overdue deadline; `items` is a page of them, longest overdue first, of `total`. */
  byKind: { kind: string; count: number }[];
  byOwner: { ownerId: string; ownerName: string; count: number }[];
  total: number;
  items: Deadline[];
}

export interface Notification {
  id: string;
  organisationId: string | null;
  kind: string;
  title: string;
  body: string;
  /** A path of this app, such as /deadlines. */
  link: string | null;
  urgent: boolean;
  createdAt: string;
  readAt: string | null;
}
export interface Inbox {
  unread: number;
  items: Notification[];
}
export type EmailPreference = 'immediate' | 'daily_digest';

export interface CalendarFeed {
  active: boolean;
  createdAt: string | null;
}

// Codes

export interface CodeSummary {
  id: string;
  title: string;
  publisher: string;
  versions: { id: string; version: string; effectiveFrom: string; contentHash: string }[];
}

export type ProvisionKind = 'mandatory' | 'aspirational' | 'guidance' | 'definition' | string;

export interface Provision {
  id: string;
  key: string;
  parentKey: string | null;
  depth: number;
  number: string;
  heading: string | null;
  text: string;
  kind: ProvisionKind;
  footnotes: string[];
  themes: string[];
  /** `to` is a key in the same version, or `codeId:key` in another code. */
  links: { to: string; relation: string }[];
}

export interface CodeVersion {
  code: { id: string; title: string; publisher: string };
  id: string;
  version: string;
  title: string;
  effectiveFrom: string;
  source: { document: string; title: string };
  preamble: string | null;
  notes: string | null;
  contentHash: string;
  versions: { version: string; effectiveFrom: string }[];
  provisions: Provision[];
}

export type ChangeKind = 'unchanged' | 'reworded' | 'renumbered' | 'renumbered-and-reworded' | 'added' | 'removed';
export interface ProvisionBrief {
  key: string;
  number: string;
  heading: string | null;
  text: string;
  depth: number;
}
export interface Comparison {
  code: string;
  from: string;
  to: string;
  /** Whether the code ships a mapping between the two versions (otherwise provisions are matched by key). */
  mapped: boolean;
  counts: Partial<Record<ChangeKind, number>>;
  changes: { change: ChangeKind; from: ProvisionBrief | null; to: ProvisionBrief | null; diff: { op: 'same' | 'added' | 'removed'; text: string }[] }[];
}

export interface ThemeProvision extends Provision {
  codeId: string;
  codeTitle: string;
  version: string;
}

export interface SearchResult {
  id: string;
  key: string;
  number: string;
  heading: string | null;
  codeId: string;
  codeTitle: string;
  version: string;
  rank: number;
  /** The matching words are marked; the text is plain text, never markup. */
  snippet: { text: string; match: boolean }[];
}

export interface Adoption {
  id: string;
  codeId: string;
  title: string;
  version: string;
  adoptedFrom: string;
  endedOn: string | null;
  roles: Role[];
  academyIds: string[];
  material: boolean;
}
export interface NewAdoption {
  codeId: string;
  version: string;
  adoptedFrom: string;
  roles: Role[];
  academyIds: string[];
  material: boolean;
  attestationDueOn?: string;
}

export interface CodeBindingMe {
  organisationId: string;
  codeId: string;
  title: string;
  version: string;
  adoptedFrom: string;
  campaign: { id: string; dueOn: string; attestedAt: string | null } | null;
}

export const ATTESTATION_STATEMENT = 'I have read and understood this code, and I will follow it.';

export interface Attestation {
  id: string;
  attestedAt: string;
  contentHash: string;
  version: string;
}

export interface Campaign {
  id: string;
  title: string;
  dueOn: string;
  createdAt: string;
}
export interface CampaignGroup {
  group: string;
  total: number;
  done: number;
}
export interface CampaignDashboard {
  campaign: { id: string; title: string; dueOn: string };
  total: number;
  done: number;
  byAcademy: CampaignGroup[];
  byRole: CampaignGroup[];
  people: { personId: string; name: string; email: string; academy: string; roles: Role[]; attestedAt: string | null }[];
}

export interface ProvisionCitation {
  recordType: string;
  recordId: string;
  citedAt: string;
}

export interface SignInProvider {
  id: string;
  name: string;
}

// Self-assessment and development (000 §2)

export interface RatingLevel {
  value: number;
  label: string;
  descriptor: string;
}

export type AssessmentStatus = 'draft' | 'submitted';

export interface SelfAssessmentSummary {
  id: string;
  year: number;
  status: AssessmentStatus;
  submittedAt: string | null;
  codeTitle: string;
  version: string;
}

export interface Evidence {
  id: string;
  kind: 'text' | 'link' | 'file';
  text: string | null;
  url: string | null;
  fileId: string | null;
  fileName: string | null;
  mediaType: string | null;
}
export type NewEvidence = { kind: 'text'; text: string } | { kind: 'link'; url: string } | { kind: 'file'; fileId: string };

export interface AssessedStandard {
  /** The provision of the code of standards. */
  id: string;
  key: string;
  number: string;
  text: string;
  rating: number | null;
  reflection: string;
  evidence: Evidence[];
}

export interface SelfAssessment {
  id: string;
  personId: string;
  year: number;
  status: AssessmentStatus;
  submittedAt: string | null;
  code: { codeId: string; title: string; version: string };
  standards: AssessedStandard[];
  /** Empty once submitted, and for someone who only views a shared record. */
  allowed: ('self_assessment.edit' | 'self_assessment.submit' | string)[];
}

export interface StandardStanding {
  id: string;
  key: string;
  number: string;
  text: string;
  /** The latest year's rating. */
  rating: number | null;
  /** Since the year before; null when either year has no rating. */
  change: number | null;
}

export interface DevelopmentDashboard {
  years: number[];
  overall: { year: number; average: number | null }[];
  standards: (StandardStanding & { trend: { year: number; rating: number | null }[] })[];
  strongest: string[];
  weakest: string[];
  /** Weakest first; among equals, those that declined most. */
  priorities: StandardStanding[];
}

export type GoalStatus = 'not_started' | 'in_progress' | 'achieved' | 'dropped';
export const GOAL_STATUSES: GoalStatus[] = ['not_started', 'in_progress', 'achieved', 'dropped'];

export interface Goal {
  id: string;
  title: string;
  successMeasure: string;
  /** YYYY-MM-DD */
  targetDate: string;
  status: GoalStatus;
  progress: number;
  note: string;
  provisionIds: string[];
  activityIds: string[];
  createdAt: string;
  updatedAt: string;
}
export interface GoalInput {
  title: string;
  successMeasure: string;
  targetDate: string;
  status?: GoalStatus;
  progress?: number;
  note?: string;
  provisionIds: string[];
  activityIds: string[];
}

export const CPD_KINDS = ['course', 'workshop', 'conference', 'reading', 'research', 'observation', 'mentoring', 'coaching', 'qualification', 'online', 'other'] as const;
export type CpdKind = (typeof CPD_KINDS)[number];

export interface CpdActivity {
  id: string;
  kind: CpdKind;
  title: string;
  /** YYYY-MM-DD, never in the future. */
  happenedOn: string;
  minutes: number;
  provider: string;
  reflection: string;
  provisionIds: string[];
  /** Certificates, notes and links that show the activity happened and what came of it. */
  evidence: Evidence[];
  createdAt: string;
}
export interface CpdInput {
  kind: CpdKind;
  title: string;
  happenedOn: string;
  minutes: number;
  provider: string;
  reflection: string;
  provisionIds: string[];
}

export interface CpdSummary {
  year: number;
  activities: number;
  hours: number;
  byStandard: { id: string; number: string; activities: number; hours: number }[];
  /** Standards no activity of the year touched. */
  untouched: string[];
}

export interface DevelopmentShare {
  id: string;
  /** The other person: the viewer in `sharedWith`, the owner in `sharedWithMe`. */
  personId: string;
  name: string;
  since: string;
}
export interface DevelopmentShares {
  sharedWith: DevelopmentShare[];
  sharedWithMe: DevelopmentShare[];
}
/** Someone one may share a development record with: by name and viewer roles only. */
export interface DevelopmentViewer {
  id: string;
  name: string;
  roles: Role[];
}

/** An adopted code whose numbered aspirational provisions are standards to assess oneself against. */
export interface StandardsCode {
  codeId: string;
  title: string;
  version: string;
  standards: number;
}
export interface StandardsSetting {
  /** The organisation's choice; null: the adopted code with the most standards. */
  chosenCodeId: string | null;
  inUse: StandardsCode | null;
  candidates: StandardsCode[];
}

/** A group's figures; all null for a group of fewer than five, so that no one can be picked out. */
export interface InsightGroup {
  people: number | null;
  average: number | null;
  /** CPD touching the standard in the year, in hours per person of the group. */
  cpdHours: number | null;
}
export const INSIGHT_GROUPINGS = ['academy', 'cohort'] as const;
export type InsightGrouping = (typeof INSIGHT_GROUPINGS)[number];
export interface DevelopmentInsights {
  year: number;
  grouping: InsightGrouping;
  code: { id: string; codeId: string; title: string; version: string };
  people: number | null;
  /** All the year's CPD, in hours per person. */
  cpdHours: number | null;
  groups: { group: string; people: number | null; cpdHours: number | null }[];
  standards: { id: string; number: string; text: string; overall: InsightGroup; byGroup: (InsightGroup & { group: string })[] }[];
}

export interface UploadedFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
}

/** Evidence files: at most 10 MB (the server refuses more). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A page of a list, and how many there are in all. */
export interface Paged<T> {
  items: T[];
  total: number;
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

/** One exchange with the API: JSON in and out, or raw bytes in; a refusal becomes an ApiError with its problem. */
async function exchange<T>(method: Method, path: string, body?: unknown, raw?: Blob): Promise<{ data: T; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (raw) headers['content-type'] = 'application/octet-stream';
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
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
  return { data: data as T, headers: response.headers };
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return (await exchange<T>(method, path, body)).data;
}

/** A page of a list whose total the server gives in X-Total-Count. */
async function paged<T>(path: string): Promise<Paged<T>> {
  const { data, headers } = await exchange<T[]>('GET', path);
  const total = Number(headers.get('x-total-count'));
  return { items: data, total: Number.isFinite(total) && headers.has('x-total-count') ? total : data.length };
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
  updateAcademy: (orgId: string, academyId: string, body: { name?: string; regionId?: string | null; dayEndsAt?: string }) =>
    request<Organisation>('PATCH', `/api/orgs/${encode(orgId)}/academies/${encode(academyId)}`, body),
  setTerms: (orgId: string, academyId: string, body: { terms: Term[] }) => request<Organisation>('PUT', `/api/orgs/${encode(orgId)}/academies/${encode(academyId)}/terms`, body),

  // People
  /** The first page (100) of the people the signed-in person may see, matching `q`. */
  people: (orgId: string, q?: string) => request<Person[]>('GET', `/api/orgs/${encode(orgId)}/people${query({ q })}`),
  peoplePage: (orgId: string, options: { q?: string; limit?: number; offset?: number }) => paged<Person>(`/api/orgs/${encode(orgId)}/people${query({ ...options })}`),
  person: (orgId: string, personId: string) => request<Person>('GET', `/api/orgs/${encode(orgId)}/people/${encode(personId)}`),
  createPerson: (orgId: string, body: NewPerson) => request<Person>('POST', `/api/orgs/${encode(orgId)}/people`, body),
  updatePerson: (orgId: string, personId: string, body: PersonChanges) => request<Person>('PATCH', `/api/orgs/${encode(orgId)}/people/${encode(personId)}`, body),
  previewImport: (orgId: string, body: { csv: string; invite: boolean }) => request<ImportPreview>('POST', `/api/orgs/${encode(orgId)}/people/import/preview`, body),
  importPeople: (orgId: string, body: { csv: string; invite: boolean }) => request<{ imported: number }>('POST', `/api/orgs/${encode(orgId)}/people/import`, body),

  // Outbox and audit
  outbox: (orgId: string, limit = 100) => request<OutboxMessage[]>('GET', `/api/orgs/${encode(orgId)}/outbox${query({ limit })}`),
  audit: (orgId: string, filters: AuditFilters) => request<AuditEntry[]>('GET', `/api/orgs/${encode(orgId)}/audit${query({ ...filters })}`),
  verifyAudit: (orgId: string) => request<AuditVerification>('POST', `/api/orgs/${encode(orgId)}/audit/verify`),

  // Deadlines
  myDeadlines: (closed = false) => request<Deadline[]>('GET', `/api/me/deadlines${query({ closed: String(closed) })}`),
  deadlineKinds: () => request<DeadlineKind[]>('GET', '/api/deadline-kinds'),
  deadlines: (orgId: string, filters: DeadlineFilters & { limit?: number; offset?: number } = {}) => paged<Deadline>(`/api/orgs/${encode(orgId)}/deadlines${query({ ...filters })}`),
  overdueDeadlines: (orgId: string, page: { limit?: number; offset?: number } = {}) => request<OverdueReport>('GET', `/api/orgs/${encode(orgId)}/deadlines/overdue${query({ ...page })}`),
  /** The overdue report as a spreadsheet (a plain link: the cookie is enough for a GET). */
  overdueCsvPath: (orgId: string) => `/api/orgs/${encode(orgId)}/deadlines/overdue?format=csv`,
  createDeadline: (orgId: string, body: NewDeadline) => request<Deadline>('POST', `/api/orgs/${encode(orgId)}/deadlines`, body),
  meetDeadline: (orgId: string, deadlineId: string) => request<Deadline>('POST', `/api/orgs/${encode(orgId)}/deadlines/${encode(deadlineId)}/met`, {}),
  waiveDeadline: (orgId: string, deadlineId: string, body: { reason: string }) => request<Deadline>('POST', `/api/orgs/${encode(orgId)}/deadlines/${encode(deadlineId)}/waive`, body),
  calendarFeed: () => request<CalendarFeed>('GET', '/api/me/calendar-feed'),
  newCalendarFeed: () => request<{ url: string; createdAt: string }>('POST', '/api/me/calendar-feed', {}),
  stopCalendarFeed: () => request<null>('DELETE', '/api/me/calendar-feed'),

  // Inbox
  inbox: (options: { unread?: boolean; limit?: number } = {}) => request<Inbox>('GET', `/api/me/notifications${query({ unread: options.unread ? 'true' : undefined, limit: options.limit })}`),
  markRead: (notificationId: string) => request<{ unread: number }>('POST', `/api/me/notifications/${encode(notificationId)}/read`, {}),
  markAllRead: () => request<{ unread: number }>('POST', '/api/me/notifications/read-all', {}),
  notificationPreferences: () => request<{ email: EmailPreference }>('GET', '/api/me/notification-preferences'),
  setNotificationPreferences: (body: { email: EmailPreference }) => request<{ email: EmailPreference }>('PUT', '/api/me/notification-preferences', body),

  // Codes
  codes: () => request<CodeSummary[]>('GET', '/api/codes'),
  codeVersion: (codeId: string, version: string) => request<CodeVersion>('GET', `/api/codes/${encode(codeId)}/versions/${encode(version)}`),
  compareVersions: (codeId: string, from: string, to: string) => request<Comparison>('GET', `/api/codes/${encode(codeId)}/compare${query({ from, to })}`),
  theme: (theme: string) => request<ThemeProvision[]>('GET', `/api/themes/${encode(theme)}`),
  searchCodes: (orgId: string, q: string, options: { asYouType?: boolean; limit?: number } = {}) =>
    request<SearchResult[]>('GET', `/api/orgs/${encode(orgId)}/codes/search${query({ q, asYouType: options.asYouType ? 'true' : undefined, limit: options.limit })}`),
  adoptions: (orgId: string) => request<Adoption[]>('GET', `/api/orgs/${encode(orgId)}/adoptions`),
  adopt: (orgId: string, body: NewAdoption) => request<{ adoptionId: string; campaignId: string | null; replaces: boolean }>('POST', `/api/orgs/${encode(orgId)}/adoptions`, body),
  myCodes: () => request<CodeBindingMe[]>('GET', '/api/me/codes'),
  attest: (orgId: string, campaignId: string, body: { contentHash: string; statement: string }) =>
    request<Attestation>('POST', `/api/orgs/${encode(orgId)}/attestation-campaigns/${encode(campaignId)}/attest`, body),
  campaigns: (orgId: string) => request<Campaign[]>('GET', `/api/orgs/${encode(orgId)}/attestation-campaigns`),
  campaign: (orgId: string, campaignId: string) => request<CampaignDashboard>('GET', `/api/orgs/${encode(orgId)}/attestation-campaigns/${encode(campaignId)}`),
  campaignCsvPath: (orgId: string, campaignId: string) => `/api/orgs/${encode(orgId)}/attestation-campaigns/${encode(campaignId)}?format=csv`,
  provisionCitations: (orgId: string, provisionId: string) => request<ProvisionCitation[]>('GET', `/api/orgs/${encode(orgId)}/provisions/${encode(provisionId)}/citations`),

  // Self-assessment and development. `personId` reads the record of someone who shares theirs (read-only).
  ratingScale: () => request<RatingLevel[]>('GET', '/api/rating-scale'),
  selfAssessments: (orgId: string, personId?: string) => request<SelfAssessmentSummary[]>('GET', `/api/orgs/${encode(orgId)}/self-assessments${query({ personId })}`),
  startSelfAssessment: (orgId: string, body: { year?: number } = {}) => request<SelfAssessment>('POST', `/api/orgs/${encode(orgId)}/self-assessments`, body),
  selfAssessment: (orgId: string, assessmentId: string) => request<SelfAssessment>('GET', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}`),
  saveStandard: (orgId: string, assessmentId: string, provisionId: string, body: { rating: number | null; reflection: string }) =>
    request<SelfAssessment>('PUT', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}/standards/${encode(provisionId)}`, body),
  addEvidence: (orgId: string, assessmentId: string, provisionId: string, body: NewEvidence) =>
    request<SelfAssessment>('POST', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}/standards/${encode(provisionId)}/evidence`, body),
  removeEvidence: (orgId: string, assessmentId: string, evidenceId: string) =>
    request<SelfAssessment>('DELETE', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}/evidence/${encode(evidenceId)}`),
  submitSelfAssessment: (orgId: string, assessmentId: string) => request<SelfAssessment>('POST', `/api/orgs/${encode(orgId)}/self-assessments/${encode(assessmentId)}/submit`, {}),
  /** An evidence file as its raw bytes; the server judges its kind from the content. */
  uploadFile: async (orgId: string, file: File) => (await exchange<UploadedFile>('POST', `/api/orgs/${encode(orgId)}/files${query({ name: file.name })}`, undefined, file)).data,
  filePath: (orgId: string, fileId: string) => `/api/orgs/${encode(orgId)}/files/${encode(fileId)}`,
  developmentDashboard: (orgId: string, personId?: string) => request<DevelopmentDashboard>('GET', `/api/orgs/${encode(orgId)}/development/dashboard${query({ personId })}`),
  goals: (orgId: string, personId?: string) => request<Goal[]>('GET', `/api/orgs/${encode(orgId)}/development/goals${query({ personId })}`),
  createGoal: (orgId: string, body: GoalInput) => request<Goal>('POST', `/api/orgs/${encode(orgId)}/development/goals`, body),
  updateGoal: (orgId: string, goalId: string, body: Partial<GoalInput>) => request<Goal>('PATCH', `/api/orgs/${encode(orgId)}/development/goals/${encode(goalId)}`, body),
  deleteGoal: (orgId: string, goalId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/development/goals/${encode(goalId)}`),
  cpd: (orgId: string, personId?: string) => request<CpdActivity[]>('GET', `/api/orgs/${encode(orgId)}/development/cpd${query({ personId })}`),
  createCpd: (orgId: string, body: CpdInput) => request<CpdActivity>('POST', `/api/orgs/${encode(orgId)}/development/cpd`, body),
  updateCpd: (orgId: string, activityId: string, body: Partial<CpdInput>) => request<CpdActivity>('PATCH', `/api/orgs/${encode(orgId)}/development/cpd/${encode(activityId)}`, body),
  deleteCpd: (orgId: string, activityId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/development/cpd/${encode(activityId)}`),
  addCpdEvidence: (orgId: string, activityId: string, body: NewEvidence) => request<CpdActivity>('POST', `/api/orgs/${encode(orgId)}/development/cpd/${encode(activityId)}/evidence`, body),
  removeCpdEvidence: (orgId: string, activityId: string, evidenceId: string) => request<CpdActivity>('DELETE', `/api/orgs/${encode(orgId)}/development/cpd/${encode(activityId)}/evidence/${encode(evidenceId)}`),
  cpdSummary: (orgId: string, year: number, personId?: string) => request<CpdSummary>('GET', `/api/orgs/${encode(orgId)}/development/cpd/summary${query({ year, personId })}`),
  developmentShares: (orgId: string) => request<DevelopmentShares>('GET', `/api/orgs/${encode(orgId)}/development/shares`),
  /** At most 50 line managers, supporters and mentors, by family name, whose name matches `q` (never oneself). */
  developmentViewers: (orgId: string, q?: string) => request<DevelopmentViewer[]>('GET', `/api/orgs/${encode(orgId)}/development/viewers${query({ q })}`),
  shareDevelopment: (orgId: string, body: { viewerId: string }) => request<{ id: string; viewerId: string; createdAt: string }>('POST', `/api/orgs/${encode(orgId)}/development/shares`, body),
  withdrawShare: (orgId: string, shareId: string) => request<null>('DELETE', `/api/orgs/${encode(orgId)}/development/shares/${encode(shareId)}`),
  standardsSetting: (orgId: string) => request<StandardsSetting>('GET', `/api/orgs/${encode(orgId)}/development/standards`),
  chooseStandards: (orgId: string, codeId: string | null) => request<StandardsSetting>('PUT', `/api/orgs/${encode(orgId)}/development/standards`, { codeId }),
  developmentInsights: (orgId: string, year: number, groupBy: InsightGrouping) => request<DevelopmentInsights>('GET', `/api/orgs/${encode(orgId)}/development/insights${query({ year, groupBy })}`),
  /** A development record as a download, one's own or one shared (a plain link: the cookie is enough for a GET). */
  developmentExportPath: (orgId: string, format: 'pdf' | 'csv', personId?: string) => `/api/orgs/${encode(orgId)}/development/export${query({ format, personId })}`,
};
