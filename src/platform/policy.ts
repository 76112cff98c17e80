import type { roleName } from './people/schema.ts';

// The one place that decides who may do what. Access is denied unless a rule here grants it.

export type Role = (typeof roleName.enumValues)[number];

export interface RoleGrant {
  role: Role;
  /** Set when the role holds only in one academy. */
  academyId: string | null;
  /** Set when the role holds only in one region of a trust. */
  regionId: string | null;
}

export interface Actor {
  personId: string;
  requestId: string;
  /** The organisation the request acts in, and the roles the person holds there. */
  organisationId: string;
  roles: RoleGrant[];
}

/** What a rule is checked against: the record's organisation and, where it has them, its academy, region and owner. */
export interface Subject {
  organisationId: string;
  academyId?: string | null;
  regionId?: string | null;
  ownerId?: string | null;
}

const actions = {
  // See the organisation's structure (academies, regions): everyone in it.
  'organisation.read': { roles: 'anyone' },
  'organisation.manage': { roles: ['organisation_admin'] },
  'people.read': {
    roles: ['organisation_admin', 'chief_operating_officer', 'data_protection_officer', 'principal', 'regional_education_director', 'professional_status_team', 'case_officer'],
    self: true,
  },
  'people.manage': { roles: ['organisation_admin'] },
  'people.import': { roles: ['organisation_admin'] },
  'audit.read': { roles: ['auditor', 'data_protection_officer'] },
  'audit.verify': { roles: ['auditor', 'data_protection_officer', 'organisation_admin'] },
  'outbox.read': { roles: ['organisation_admin'] },
  // Deadlines: anyone meets their own; leaders oversee those of their scope.
  'deadline.meet': { roles: 'anyone' },
  'deadline.create': { roles: ['organisation_admin', 'chief_operating_officer', 'case_officer', 'professional_status_team'] },
  'deadline.oversee': { roles: ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'case_officer', 'professional_status_team'] },
  'deadline.waive': { roles: ['organisation_admin', 'chief_operating_officer'] },
  // Codes: everyone reads and searches those adopted, and confirms what binds them.
  'codes.read': { roles: 'anyone' },
  'codes.adopt': { roles: ['organisation_admin'] },
  'attestation.make': { roles: 'anyone' },
  'attestation.oversee': { roles: ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'professional_status_team'] },
  'citation.create': { roles: ['organisation_admin', 'case_officer', 'designated_safeguarding_lead', 'professional_status_team', 'principal'] },
  // Self-assessment and development: everyone keeps their own; leaders see aggregates only.
  'development.own': { roles: 'anyone' },
  'development.insights': { roles: ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'professional_status_team'] },
  'citation.read': { roles: ['organisation_admin', 'case_officer', 'designated_safeguarding_lead', 'professional_status_team', 'principal', 'auditor'] },
} as const satisfies Record<string, { roles: readonly Role[] | 'anyone'; self?: boolean }>;

export type Action = keyof typeof actions;
export const ACTIONS = Object.keys(actions) as Action[];

/** Whether a grant reaches the subject: organisation-wide, or scoped to the subject's academy or region. */
function reaches(grant: RoleGrant, subject: Subject | undefined): boolean {
  if (grant.academyId === null && grant.regionId === null) return true;
  if (subject === undefined) return true; // asked before a record is loaded: "may they do this anywhere here?"
  if (grant.academyId !== null) return grant.academyId === subject.academyId;
  return grant.regionId === subject.regionId;
}

/**
 * May this actor take this action, in their current organisation, on this subject?
 * Without a subject: may they take it on some record of the organisation (the check a route makes
 * before its service loads the record and asks again with it).
 */
export function can(actor: Actor, action: Action, subject?: Subject): boolean {
  if (subject && subject.organisationId !== actor.organisationId) return false;
  if (actor.roles.length === 0) return false;
  const rule: { roles: readonly Role[] | 'anyone'; self?: boolean } = actions[action];
  if (rule.self && (subject === undefined || subject.ownerId === actor.personId)) return true;
  if (rule.roles === 'anyone') return true;
  const allowed = rule.roles;
  return actor.roles.some((grant) => allowed.includes(grant.role) && reaches(grant, subject));
}

export interface Scope {
  everywhere: boolean;
  academyIds: string[];
  regionIds: string[];
  /** Records the actor owns (for actions a person may take on their own records). */
  own: boolean;
}

/**
 * Where in the organisation the actor may take an action: everywhere, in some academies or regions,
 * and on their own records. Queries use it to narrow what they load; `can` still decides each record.
 */
export function scopeOf(actor: Actor, action: Action): Scope {
  const rule: { roles: readonly Role[] | 'anyone'; self?: boolean } = actions[action];
  const grants = rule.roles === 'anyone' ? actor.roles : actor.roles.filter((g) => (rule.roles as readonly Role[]).includes(g.role));
  return {
    everywhere: rule.roles === 'anyone' ? actor.roles.length > 0 : grants.some((g) => g.academyId === null && g.regionId === null),
    academyIds: grants.flatMap((g) => (g.academyId ? [g.academyId] : [])),
    regionIds: grants.flatMap((g) => (g.regionId ? [g.regionId] : [])),
    own: Boolean(rule.self) && actor.roles.length > 0,
  };
}

/** The actions from a list that the actor may take on a record, for the `allowed` field the web app reads. */
export function allowedOn<A extends Action>(actor: Actor, subject: Subject, candidates: readonly A[]): A[] {
  return candidates.filter((action) => can(actor, action, subject));
}
