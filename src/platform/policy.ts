import { and, not, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { PLANNED_FOR_ITS_VALUES } from '../db/wall.ts';
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

/**
 * How a person may stand to a record, beyond their roles: they own it (it is about them, or theirs to
 * keep), it is shared with them, it is assigned to them (handler, reviewer, case officer), they are on its
 * team (case team, DSL team, panel), or they are recused from it (a declared conflict or relationship with
 * the person it concerns, or being named in it). Recusal always wins.
 */
export type Relation = 'owner' | 'shared_with' | 'assigned' | 'team' | 'recused';
type GrantingRelation = Exclude<Relation, 'recused'>;

/** What a rule is checked against: the record's organisation and, where it has them, its academy, region and owner. */
export interface Subject {
  organisationId: string;
  academyId?: string | null;
  regionId?: string | null;
  /** Where the record lies when it lies in several places (a person with posts at two academies): any will do. */
  places?: readonly { academyId: string | null; regionId: string | null }[];
  ownerId?: string | null;
  /** The actor's relations to this record other than owning it, as its kind of record defines them (see `RecordAccess`). */
  relations?: readonly Exclude<Relation, 'owner'>[];
}

interface Rule {
  roles: readonly Role[] | 'anyone';
  /** Relations to a record that grant the action on it, whatever the roles. */
  relations?: readonly GrantingRelation[];
}

const OVERSEERS = ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'case_officer', 'professional_status_team'] as const;

const actions = {
  // See the organisation's structure (academies, regions): everyone in it.
  'organisation.read': { roles: 'anyone' },
  'organisation.manage': { roles: ['organisation_admin'] },
  'people.read': {
    roles: ['organisation_admin', 'chief_operating_officer', 'data_protection_officer', 'principal', 'regional_education_director', 'professional_status_team', 'case_officer'],
    relations: ['owner'],
  },
  'people.manage': { roles: ['organisation_admin'] },
  'people.import': { roles: ['organisation_admin'] },
  'audit.read': { roles: ['auditor', 'data_protection_officer'] },
  'audit.verify': { roles: ['auditor', 'data_protection_officer', 'organisation_admin'] },
  'outbox.read': { roles: ['organisation_admin'] },
  'retention.read': { roles: ['organisation_admin', 'data_protection_officer', 'auditor'] },
  // The records' retention (features/retention): the data protection officer alone reviews what is due and
  // confirms its deletion, places and lifts legal holds, and lengthens a type's period.
  'retention.review': { roles: ['data_protection_officer'] },
  'retention.hold': { roles: ['data_protection_officer'] },
  'retention.configure': { roles: ['data_protection_officer'] },
  // Deadlines: a person reads and meets their own; leaders oversee those of their scope.
  'deadline.read': { roles: OVERSEERS, relations: ['owner'] },
  'deadline.meet': { roles: OVERSEERS, relations: ['owner'] },
  'deadline.create': { roles: ['organisation_admin', 'chief_operating_officer', 'case_officer', 'professional_status_team'] },
  'deadline.oversee': { roles: OVERSEERS },
  'deadline.waive': { roles: ['organisation_admin', 'chief_operating_officer'] },
  // Codes: everyone reads and searches those adopted, and confirms what binds them.
  'codes.read': { roles: 'anyone' },
  'codes.adopt': { roles: ['organisation_admin'] },
  'attestation.make': { roles: 'anyone' },
  'attestation.oversee': { roles: ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'professional_status_team'] },
  'citation.create': { roles: ['organisation_admin', 'case_officer', 'designated_safeguarding_lead', 'professional_status_team', 'principal'] },
  'citation.read': { roles: ['organisation_admin', 'case_officer', 'designated_safeguarding_lead', 'professional_status_team', 'principal', 'auditor'] },
  // The development record (self-assessments, plan, CPD, evidence): each person keeps their own and may
  // share a read-only view of it; leaders see aggregates only.
  'development.read': { roles: [], relations: ['owner', 'shared_with'] },
  'development.edit': { roles: [], relations: ['owner'] },
  'development.share': { roles: [], relations: ['owner'] },
  // Declarations and notifications (features/declarations): each person makes their own; those it is routed
  // to receive and handle it; leaders read the registers, the campaign and the report for their scope.
  'declaration.make': { roles: [], relations: ['owner'] },
  'declaration.read': { roles: [], relations: ['owner', 'assigned'] },
  'declaration.acknowledge': { roles: [], relations: ['assigned'] },
  'declaration.review': { roles: [], relations: ['assigned'] },
  'declaration.mark_for_case': { roles: [], relations: ['assigned'] },
  'declaration.close': { roles: [], relations: ['assigned'] },
  'declaration.oversee': { roles: ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'case_officer'] },
  'declaration.configure': { roles: ['organisation_admin', 'chief_operating_officer'] },
  // Safe-working approvals and notices (003 Appendix 1, §15.1): the requester's, decided by those it is routed to.
  'safe_working.request': { roles: [], relations: ['owner'] },
  'safe_working.read': { roles: [], relations: ['owner', 'assigned'] },
  'safe_working.decide': { roles: [], relations: ['assigned'] },
  'development.insights': { roles: ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'professional_status_team'] },
  // Cases: by relation to the case, never by a role alone. Its officers ('assigned') run it and choose its
  // team and panel; its panel ('team') reads it and decides; the person it is about ('owner') sees only the
  // requests for information put to them, and answers them; anyone barred ('recused') sees nothing of it.
  // Case officers open cases; statistics are anonymised counts.
  'case.open': { roles: ['case_officer'] },
  'case.read': { roles: [], relations: ['assigned', 'team'] },
  'case.progress': { roles: [], relations: ['assigned'] },
  'case.decide': { roles: [], relations: ['assigned', 'team'] },
  'case.appeal': { roles: [], relations: ['assigned'] },
  'case.team': { roles: [], relations: ['assigned'] },
  'case.step_aside': { roles: [], relations: ['assigned', 'team'] },
  'case.respond': { roles: [], relations: ['owner'] },
  // A letter a case sent: its team, and the person it was sent to.
  'case.letters': { roles: [], relations: ['assigned', 'team', 'owner'] },
  'case.statistics': { roles: ['organisation_admin', 'case_officer'] },
  // Professional status programmes (features/programmes; 001): a member registers; the participant works on
  // their own portfolio ('owner'); their supporter or mentor follows it ('shared_with'); the reviewer allocated
  // to its submission reviews it ('assigned'); moderators moderate; the Professional Status Team runs the
  // programmes. Anyone with a declared connection to the participant is recused from their portfolio.
  'programme.read': { roles: ['professional_status_team', 'organisation_admin', 'moderator'], relations: ['owner', 'shared_with', 'assigned'] },
  'programme.register': { roles: ['member'] },
  'programme.participate': { roles: [], relations: ['owner'] },
  'programme.manage': { roles: ['professional_status_team', 'organisation_admin'] },
  'programme.review': { roles: [], relations: ['assigned'] },
  'programme.moderate': { roles: ['moderator'] },
  // Safeguarding (features/safeguarding), need to know: anyone records a concern. Its academy's DSL team
  // (the designated safeguarding leads who serve it and its deputies: 'team') reads and works it; a principal
  // or regional director the alert chain reached (an escalated concern, an allegation: 'assigned') reads and
  // works it too; someone the team lets see it ('shared_with') reads it and does their actions. Anyone else
  // opens one only by breaking the glass, with a reason, audited and told to the team. The member of staff
  // an allegation is about, and anyone connected to them by a declaration, is recused from it.
  'safeguarding.record': { roles: 'anyone' },
  'safeguarding.read': { roles: [], relations: ['team', 'assigned', 'shared_with'] },
  'safeguarding.triage': { roles: [], relations: ['team', 'assigned'] },
  'safeguarding.act': { roles: [], relations: ['team', 'assigned', 'shared_with'] },
  'safeguarding.refer': { roles: [], relations: ['team', 'assigned'] },
  'safeguarding.conclude': { roles: [], relations: ['team', 'assigned'] },
  'safeguarding.grant': { roles: [], relations: ['team', 'assigned'] },
  'safeguarding.break_glass': { roles: 'anyone' },
  'safeguarding.dashboard': { roles: [], relations: ['team'] },
  'safeguarding.appoint_deputy': { roles: ['designated_safeguarding_lead'] },
  // A learner's file transferred to the organisation they move to (features/safeguarding, transfers.ts): the
  // sending academy's DSL team sends it and follows its receipt trail; the receiving academy's DSL team
  // ('team' of that academy, on its own side of the wall) reads, accepts or declines it. Nobody else, on
  // either side, sees anything of it.
  'safeguarding.transfer_send': { roles: [], relations: ['team'] },
  'safeguarding.transfer_read': { roles: [], relations: ['team'] },
  'safeguarding.transfer_accept': { roles: [], relations: ['team'] },
  // The conduct log (features/conduct-log, 003 §6.4): the principal keeps their academy's; the chief
  // operating officer, who answers for the trust's people, reads every academy's (the admin runs the system
  // and sees no one's conduct). Those the principal grants access ('shared_with') read what they were
  // granted; the member of staff reads an entry about them only once it is shared with them ('owner').
  // Peers never: a grant to a peer is refused. The patterns are figures for leaders, hidden where small.
  'conduct_log.record': { roles: ['principal'] },
  'conduct_log.read': { roles: ['principal', 'chief_operating_officer'], relations: ['owner', 'shared_with'] },
  'conduct_log.amend': { roles: ['principal'] },
  'conduct_log.share': { roles: ['principal'] },
  'conduct_log.grant': { roles: ['principal'] },
  'conduct_log.analyse': { roles: ['principal', 'regional_education_director', 'chief_operating_officer'] },
  'conduct_log.configure': { roles: ['organisation_admin', 'chief_operating_officer'] },
  // The provisions report (features/provisions-report): which provisions of the codes every kind of record
  // cites, as counts by academy and month, for the training plan. Leaders in their scope and the data
  // protection officer read it; small counts are hidden, since no one here may read all the records behind them.
  'provisions.report': { roles: ['organisation_admin', 'principal', 'regional_education_director', 'chief_operating_officer', 'data_protection_officer'] },
  // Raising concerns in confidence (features/raising-concerns, 003 Key Principle 6): anyone reports through
  // the organisation's public page, with no sign-in. Every handler of concerns not excluded from a report
  // ('team') reads it and keeps notes on it; the handler it is assigned to ('assigned') works it. Anyone it
  // names, or connected by a declaration to someone it names, or who stepped aside from it, is excluded
  // ('recused') and sees nothing of it, custodians too. A custodian approves a handler's request to know a
  // confidential reporter's identity, which only that handler then reads.
  'report.enter': { roles: ['concerns_handler'] },
  'report.read': { roles: [], relations: ['assigned', 'team'] },
  'report.acknowledge': { roles: [], relations: ['assigned'] },
  'report.message': { roles: [], relations: ['assigned'] },
  'report.note': { roles: [], relations: ['assigned', 'team'] },
  'report.progress': { roles: [], relations: ['assigned'] },
  'report.assign': { roles: [], relations: ['assigned', 'team'] },
  'report.step_aside': { roles: [], relations: ['assigned', 'team'] },
  'report.request_reveal': { roles: [], relations: ['assigned'] },
  'report.reveal': { roles: [], relations: ['assigned'] },
  'report.open_case': { roles: [], relations: ['assigned'] },
  'report.approve_reveal': { roles: ['identity_custodian'] },
  'report.statistics': { roles: ['concerns_handler'] },
  // The organisation's own time limits for its reports, within the bounds of good practice (rules.ts).
  'report.configure': { roles: ['organisation_admin'] },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof actions;
export const ACTIONS = Object.keys(actions) as [Action, ...Action[]];

/** The `allowed` field of every record the API returns: what the signed-in person may do with it, in the policy's own names. */
export const allowedActions = z.array(z.enum(ACTIONS));

/** Whether a grant reaches the subject: organisation-wide, or scoped to the subject's academy or region. */
function reaches(grant: RoleGrant, subject: Subject | undefined): boolean {
  if (grant.academyId === null && grant.regionId === null) return true;
  if (subject === undefined) return true; // asked before a record is loaded: "may they do this anywhere here?"
  const places = subject.places ?? [{ academyId: subject.academyId ?? null, regionId: subject.regionId ?? null }];
  return places.some((place) => (grant.academyId !== null ? grant.academyId === place.academyId : grant.regionId === place.regionId));
}

const ruleOf = (action: Action): Rule => actions[action];
const grantsBy = (actor: Actor, rule: Rule) => (rule.roles === 'anyone' ? actor.roles : actor.roles.filter((g) => (rule.roles as readonly Role[]).includes(g.role)));

/**
 * May this actor take this action, in their current organisation, on this subject?
 * Without a subject: may they take it on some record of the organisation (the check a route makes
 * before its service loads the record and asks again with it).
 */
export function can(actor: Actor, action: Action, subject?: Subject): boolean {
  if (actor.roles.length === 0) return false;
  const rule = ruleOf(action);
  if (subject === undefined) return rule.relations !== undefined || grantsBy(actor, rule).length > 0;
  if (subject.organisationId !== actor.organisationId) return false;
  if (subject.relations?.includes('recused')) return false;
  const held = (relation: GrantingRelation) => (relation === 'owner' ? subject.ownerId === actor.personId : (subject.relations?.includes(relation) ?? false));
  if (rule.relations?.some(held)) return true;
  return grantsBy(actor, rule).some((grant) => reaches(grant, subject));
}

/** Whether the actor may take the action everywhere in the organisation, not only in some academies or regions. */
export const everywhere = (actor: Actor, action: Action): boolean => grantsBy(actor, ruleOf(action)).some((g) => g.academyId === null && g.regionId === null);

/** Whether a relation to a record is enough for the action, whatever the roles (a person's own deadlines in every organisation). */
export const grantedBy = (action: Action, relation: GrantingRelation): boolean => ruleOf(action).relations?.includes(relation) ?? false;

/** The actions from a list that the actor may take on a record, for the `allowed` field the web app reads. */
export function allowedOn<A extends Action>(actor: Actor, subject: Subject, candidates: readonly A[]): A[] {
  return candidates.filter((action) => can(actor, action, subject));
}

/**
 * How a kind of record stands in the database, so that the policy can ask its questions of many rows at
 * once: the record's organisation and owner columns, which of the organisation's academies and regions it
 * lies in, and each relation a person may have to it, as a condition on the row.
 */
export interface RecordAccess {
  /** Absent only for people, who belong to several organisations: their query keeps to the actor's itself. */
  organisationId?: AnyColumn | SQL;
  ownerId?: AnyColumn | SQL;
  /** The record lies in one of these academies or one of these regions (for roles held only there). */
  within?: (academyIds: string[], regionIds: string[]) => SQL;
  /** Each relation as a condition on the row, given the actor and the organisation they act in. */
  relations?: Partial<Record<Exclude<Relation, 'owner'>, (personId: string, organisationId: string) => SQL>>;
}

/**
 * The records the actor may take the action on, as a condition for a query's WHERE: the same rule as
 * `can`, asked of every row at once (a property test holds the two to each other).
 */
export function accessible(actor: Actor, action: Action, record: RecordAccess): SQL {
  const { every, role, relations } = accessWays(actor, action, record);
  return and(every, or(...relations, role, sql`false`))!;
}

/**
 * `accessible` in its parts: what every row must meet (its organisation, and no recusal), the way a role
 * reaches rows (within its scope; absent where no role of the actor's does), and each relation that reaches
 * rows (few: those that are theirs, shared with them, assigned to them). A long list may ask each way apart,
 * so that the role's rows come in order from an index and the first page is read without reading every row
 * that matches, which one condition with OR would.
 */
export function accessWays(actor: Actor, action: Action, record: RecordAccess): { every: SQL | undefined; role: SQL | undefined; relations: SQL[] } {
  const rule = ruleOf(action);
  if (actor.roles.length === 0) return { every: undefined, role: undefined, relations: [] };
  const grants = grantsBy(actor, rule);
  const academyIds = grants.flatMap((g) => (g.academyId !== null ? [g.academyId] : []));
  const regionIds = grants.flatMap((g) => (g.academyId === null && g.regionId !== null ? [g.regionId] : []));
  const byRelation = (rule.relations ?? []).map((relation) => {
    if (relation === 'owner') return record.ownerId ? sql`${record.ownerId} = ${actor.personId}` : undefined;
    return record.relations?.[relation]?.(actor.personId, actor.organisationId);
  });
  const recused = record.relations?.recused?.(actor.personId, actor.organisationId);
  // Marked so that the statement is planned for the actor's grants each time, never once for anyone's (db/wall.ts).
  const every = and(sql.raw(`${PLANNED_FOR_ITS_VALUES} true`), record.organisationId ? sql`${record.organisationId} = ${actor.organisationId}` : undefined, recused ? not(recused) : undefined);
  // A role held everywhere reaches every row: no relation adds one.
  if (everywhere(actor, action)) return { every, role: sql`true`, relations: [] };
  return {
    every,
    role: (academyIds.length || regionIds.length) && record.within ? record.within(academyIds, regionIds) : undefined,
    relations: byRelation.filter((way): way is SQL => way !== undefined),
  };
}

/**
 * The actor's relations to each row, as columns to select beside it; `relationsIn` reads them back into a
 * subject's `relations`, so that one loaded record is judged by `can` with the same facts the list used.
 */
export function relationColumns(actor: Actor, record: RecordAccess): Record<string, SQL<boolean>> {
  return Object.fromEntries(Object.entries(record.relations ?? {}).map(([relation, holds]) => [relation, sql<boolean>`coalesce(${holds(actor.personId, actor.organisationId)}, false)`]));
}

export function relationsIn(row: Record<string, unknown>): Exclude<Relation, 'owner'>[] {
  return (['shared_with', 'assigned', 'team', 'recused'] as const).filter((relation) => row[relation] === true);
}
