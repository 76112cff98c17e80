import crypto from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNull, notInArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db, Transaction, Tx } from '../../db/index.ts';
import { audit, systemActor, type AuditAction } from '../../platform/audit/index.ts';
import { CalendarError, type AcademyCalendar, type Nation } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { Conflict, Forbidden, Invalid, NotFound, Refused } from '../../platform/errors.ts';
import { notify } from '../../platform/notifications/index.ts';
import { matching, totalOf, type Page } from '../../platform/paging.ts';
import { academyCalendar, peopleByName, peopleNamed, personName, roleHolders } from '../../platform/people/queries.ts';
import { academies, employments, organisations, people, roleAssignments } from '../../platform/people/schema.ts';
import { accessible, allowedOn, can, grantedBy, relationColumns, relationsIn, type Action, type Actor, type RecordAccess, type Subject } from '../../platform/policy.ts';
import { unwrap, type Refusal } from '../../platform/result.ts';
import { openCase, type CasesContext } from '../cases/index.ts';
import { readCitations } from '../codes/index.ts';
import { createDeadline, meetRecordDeadlines, type DeadlinesContext } from '../deadlines/index.ts';
import { declaredConnectionsOf } from '../declarations/index.ts';
import type { MarkInput } from './body-map.ts';
import { concernFileName, concernPdf } from './pdf.ts';
import {
  ALLEGATION_CITES,
  CONCERN_CITES,
  REFERRAL_TIMESCALES,
  TRANSITIONS,
  alertMessage,
  alertPlan,
  alertsOwed,
  allegationPlan,
  breakGlassMessage,
  breakGlassProblems,
  chronology,
  dashboard,
  eventsFrom,
  grantProblems,
  learnerReference,
  recordConcern as recordRule,
  referralDue,
  transition,
  type Agency,
  type AlertPlace,
  type Category,
  type Concern,
  type ConcernEvent,
  type EventType,
  type Outcome,
  type TriageLevel,
} from './rules.ts';
import { bodyMapMarks, safeguardingAccessGrants, safeguardingActions, safeguardingAlerts, safeguardingConcerns, safeguardingDeputies, safeguardingReferrals, safeguardingSteps } from './schema.ts';

// Safeguarding concerns as a service: recording one fast and alerting at once, the alert chain's
// escalation (a recurring job), the DSL team's work on a concern, need to know (grants, breaking the glass),
// allegations about staff on their own path to a case, and the team's dashboard and a learner's chronology.
// The rules are rules.ts; who may do what is the policy's, asked with the concern's relations to the person.

const c = safeguardingConcerns;
type Row = typeof safeguardingConcerns.$inferSelect;
export type SafeguardingContext = CasesContext;

// ─── Access ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Whether a person is on an academy's DSL team: a designated safeguarding lead who serves it (there, over
 * its region, or across the organisation, as `roleHolders` reads a role) or one of its deputies.
 */
export function onTeam(organisationId: AnyColumn, academyId: AnyColumn, person: string): SQL {
  return sql`(exists (select 1 from ${roleAssignments} where ${roleAssignments.organisationId} = ${organisationId} and ${roleAssignments.personId} = ${person}
      and ${roleAssignments.role} = 'designated_safeguarding_lead'
      and (${roleAssignments.academyId} = ${academyId}
        or (${roleAssignments.academyId} is null and (${roleAssignments.regionId} is null or ${roleAssignments.regionId} = (select ${academies.regionId} from ${academies} where ${academies.id} = ${academyId})))))
    or exists (select 1 from ${safeguardingDeputies} where ${safeguardingDeputies.academyId} = ${academyId} and ${safeguardingDeputies.personId} = ${person}))`;
}

/**
 * A concern as the policy sees it: the DSL team of its academy works it (not an allegation, which is its case
 * manager's); a principal or regional director the alert chain reached is assigned to it; those granted access
 * share it; the member of staff an allegation is about, and anyone a declaration connects to them, are recused.
 */
const concernAccess: RecordAccess = {
  organisationId: c.organisationId,
  relations: {
    team: (p) => sql`(${c.state} <> 'allegation' and ${onTeam(c.organisationId, c.academyId, p)})`,
    // The concerns that reached the person, and those shared with them: each a set gathered once for the whole query.
    assigned: (p, organisationId) =>
      sql`${c.id} = any(array(select ${safeguardingAlerts.concernId} from ${safeguardingAlerts} where ${safeguardingAlerts.organisationId} = ${organisationId} and ${safeguardingAlerts.personId} = ${p} and ${safeguardingAlerts.place} in ('principal', 'regional_education_director')))`,
    shared_with: (p, organisationId) =>
      sql`${c.id} = any(array(select ${safeguardingAccessGrants.concernId} from ${safeguardingAccessGrants} where ${safeguardingAccessGrants.organisationId} = ${organisationId} and ${safeguardingAccessGrants.personId} = ${p} and ${safeguardingAccessGrants.revokedAt} is null))`,
    // Never null, which a list's NOT would turn into nobody's record.
    recused: (p, organisationId) => sql`(${c.allegationStaffId} is not null and (${c.allegationStaffId} = ${p} or ${c.allegationStaffId} in ${declaredConnectionsOf(organisationId, p)}))`,
  },
};

/** The academies whose dashboard a person sees: those whose DSL team they are on. */
export const academyAccess: RecordAccess = { organisationId: academies.organisationId, relations: { team: (p) => onTeam(academies.organisationId, academies.id, p) } };

const subjectOf = (row: Row, found: Record<string, unknown>): Subject => ({ organisationId: row.organisationId, academyId: row.academyId, relations: relationsIn(found) });

/** A concern for an action: one the person may not read is not found, as if it did not exist; one they read but may not act on so is forbidden. */
async function loadConcern(tx: Tx, actor: Actor, id: string, action: Action, lock = false) {
  const query = tx
    .select({ row: c, ...relationColumns(actor, concernAccess) })
    .from(c)
    .where(and(eq(c.id, id), eq(c.organisationId, actor.organisationId)));
  const [found] = lock ? await query.for('update', { of: c }) : await query;
  const subject = found && subjectOf(found.row, found);
  if (!found || !subject || !can(actor, 'safeguarding.read', subject)) throw new NotFound('safeguarding record');
  if (!can(actor, action, subject)) throw new Forbidden(`Your part in this record does not allow ${action}.`);
  return { row: found.row, subject };
}

/** Another person's relations to a concern: whom an action may be given to, or access granted. */
async function relationsOf(tx: Tx, actor: Actor, concernId: string, personId: string) {
  const [found] = await tx.select(relationColumns({ ...actor, personId }, concernAccess)).from(c).where(eq(c.id, concernId));
  return relationsIn(found ?? {});
}

async function inOrganisation(tx: Tx, organisationId: string, personId: string) {
  const [found] = await tx.select({ id: roleAssignments.personId }).from(roleAssignments).where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.personId, personId))).limit(1);
  return Boolean(found);
}

async function nationOf(tx: Tx, organisationId: string): Promise<Nation> {
  const [organisation] = await tx.select({ nation: organisations.nation }).from(organisations).where(eq(organisations.id, organisationId));
  return organisation!.nation;
}

/**
 * The academy's calendar for "by the end of the academy day" (003 §3.1). Term dates that end before any
 * academy day ahead would leave no end of day to count to; a concern is recorded whatever, so then every
 * working day counts.
 */
async function calendarOf(tx: Tx, row: Pick<Row, 'organisationId' | 'academyId' | 'seenAt' | 'recordedAt'>): Promise<AcademyCalendar> {
  return calendarFor(row, await concernAcademyCalendar(tx, row));
}

/** The calendar of the concern's academy, as it is. */
const concernAcademyCalendar = async (tx: Tx, row: Pick<Row, 'organisationId' | 'academyId'>) => (await academyCalendar(tx, row.organisationId, row.academyId, await nationOf(tx, row.organisationId)))!;

/** The academy's calendar for a concern's alert plan: without its terms where they do not reach the concern (CalendarError). */
function calendarFor(row: Pick<Row, 'seenAt' | 'recordedAt'>, calendar: AcademyCalendar): AcademyCalendar {
  try {
    alertPlan(row, calendar);
    return calendar;
  } catch (error) {
    if (error instanceof CalendarError) return { ...calendar, terms: [] };
    throw error;
  }
}

// ─── The record as the rules and the reader see it ──────────────────────────────────────────────────────

/** Each concern as the rules hold it: the row with its actions, referrals, marks and steps. */
export async function domainsOf(tx: Tx, rows: readonly Row[]): Promise<Map<string, Concern>> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return new Map();
  // One after another: a transaction's connection takes one query at a time.
  const steps = await tx.select().from(safeguardingSteps).where(inArray(safeguardingSteps.concernId, ids)).orderBy(asc(safeguardingSteps.at), asc(safeguardingSteps.id));
  const actions = await tx.select().from(safeguardingActions).where(inArray(safeguardingActions.concernId, ids)).orderBy(asc(safeguardingActions.dueOn), asc(safeguardingActions.id));
  const referrals = await tx.select().from(safeguardingReferrals).where(inArray(safeguardingReferrals.concernId, ids)).orderBy(asc(safeguardingReferrals.madeAt));
  // The same order at every reading, so that each mark keeps its number: the front first, then top to bottom.
  const marks = await tx
    .select()
    .from(bodyMapMarks)
    .where(inArray(bodyMapMarks.concernId, ids))
    .orderBy(asc(sql`${bodyMapMarks.view} <> 'front'`), asc(bodyMapMarks.y), asc(bodyMapMarks.x), asc(bodyMapMarks.id));
  const of = <T extends { concernId: string }>(items: T[], id: string) => items.filter((i) => i.concernId === id);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        learnerRef: row.learnerRef,
        category: row.category,
        seenAt: row.seenAt,
        recordedAt: row.recordedAt,
        recorderId: row.recordedBy,
        account: row.account,
        immediateAction: row.immediateAction,
        allegation: row.state === 'allegation' ? { staffMemberId: row.allegationStaffId } : null,
        marks: of(marks, row.id).map((m) => ({ view: m.view, x: m.x, y: m.y, region: m.region, description: m.description })),
        state: row.state,
        triage: row.triageLevel && row.triagedAt ? { level: row.triageLevel, at: row.triagedAt } : null,
        actions: of(actions, row.id).map((a) => ({ id: a.id, description: a.description, assigneeId: a.assigneeId, dueOn: a.dueOn, doneAt: a.doneAt })),
        referrals: of(referrals, row.id).map((r) => ({
          id: r.id,
          agency: r.agency,
          madeAt: r.madeAt,
          reference: r.reference,
          response: r.respondedAt ? { at: r.respondedAt, accepted: r.accepted ?? false } : null,
          conclusion: r.concludedAt ? { at: r.concludedAt } : null,
        })),
        outcome: row.outcome && row.outcomeAt ? { outcome: row.outcome, at: row.outcomeAt } : null,
        closedAt: row.closedAt,
        history: of(steps, row.id).map((s) => ({ event: s.event as EventType | 'record', at: s.at, by: s.actorId, from: s.fromState, to: s.toState, note: s.note })),
      } satisfies Concern,
    ]),
  );
}

const STEP_CANDIDATES = [...new Set(Object.values(TRANSITIONS).map((t) => t.action))];

/** What the person may do with the record now: the steps open from its state, granting access, and for an allegation with no case yet, opening one. */
function allowedFor(actor: Actor, row: Row, subject: Subject): Action[] {
  const open = new Set(eventsFrom(row.state).map((e) => TRANSITIONS[e].action));
  const steps = allowedOn(actor, subject, [...STEP_CANDIDATES.filter((a) => open.has(a)), 'safeguarding.grant'] as Action[]);
  const caseToOpen = row.state === 'allegation' && row.allegationStaffId !== null && row.caseId === null && can(actor, 'safeguarding.read', subject) && can(actor, 'case.open');
  return caseToOpen ? [...steps, 'case.open'] : steps;
}

/** The steps open to the person now: from the record's state, each where the policy lets them take it. */
const stepsFor = (actor: Actor, row: Row, subject: Subject): EventType[] => eventsFrom(row.state).filter((event) => can(actor, TRANSITIONS[event].action, subject));

/** The whole record, to someone who may read it. */
async function present(db: Db, actor: Actor, row: Row, subject: Subject) {
  const [domain, grants, [academy], nation, [cites]] = await Promise.all([
    domainsOf(db, [row]).then((m) => m.get(row.id)!),
    db.select().from(safeguardingAccessGrants).where(and(eq(safeguardingAccessGrants.concernId, row.id), isNull(safeguardingAccessGrants.revokedAt))).orderBy(asc(safeguardingAccessGrants.grantedAt)),
    db.select({ id: academies.id, name: academies.name }).from(academies).where(eq(academies.id, row.academyId)),
    nationOf(db, row.organisationId),
    readCitations(db, [row.state === 'allegation' ? ALLEGATION_CITES : CONCERN_CITES], row.organisationId),
  ]);
  const person = await peopleNamed(db, [row.recordedBy, row.allegationStaffId, ...domain.actions.map((a) => a.assigneeId), ...domain.history.map((h) => h.by), ...grants.map((g) => g.personId)]);
  return {
    id: row.id,
    academy: academy!,
    learnerRef: row.learnerRef,
    category: row.category,
    state: row.state,
    seenAt: row.seenAt,
    recordedAt: row.recordedAt,
    recordedBy: person(row.recordedBy),
    actBy: row.actBy,
    account: row.account,
    immediateAction: row.immediateAction,
    allegation: row.state === 'allegation' ? { staffMember: row.allegationStaffId ? person(row.allegationStaffId) : null, caseId: row.caseId } : null,
    cites: cites ?? null,
    marks: [...domain.marks],
    triage: domain.triage,
    actions: domain.actions.map((a) => ({ id: a.id, description: a.description, assignee: person(a.assigneeId), dueOn: a.dueOn, doneAt: a.doneAt })),
    referrals: domain.referrals.map((r) => {
      const due = referralDue(r, nation);
      return { id: r.id, agency: r.agency, madeAt: r.madeAt, reference: r.reference, respondBy: due.respondBy, response: r.response, concludeBy: due.concludeBy, concludedAt: r.conclusion?.at ?? null };
    }),
    outcome: domain.outcome,
    closedAt: row.closedAt,
    history: domain.history.map((h) => ({ event: h.event, at: h.at, by: person(h.by), from: h.from, to: h.to, note: h.note })),
    access: grants.map((g) => ({ person: person(g.personId), reason: g.reason, grantedAt: g.grantedAt })),
    allowed: allowedFor(actor, row, subject),
    steps: stepsFor(actor, row, subject),
  };
}

const audited = (tx: Transaction, actor: Actor, row: Pick<Row, 'id' | 'organisationId'>, action: AuditAction, trail: { reason?: string; details?: Record<string, unknown> } = {}) =>
  audit(tx, actor, { organisationId: row.organisationId, action, recordType: 'safeguarding_concern', recordId: row.id, ...trail });

/** A concern, to someone who may read it: a sensitive read, recorded. */
export async function readConcern(db: Db, actor: Actor, id: string) {
  const { row, subject } = await loadConcern(db, actor, id, 'safeguarding.read');
  await db.transaction((tx) => audited(tx, actor, row, 'safeguarding.concern_viewed'));
  return present(db, actor, row, subject);
}

/** A concern as a PDF with its body map, to someone who may read it: a sensitive read, recorded as the reading is. */
export async function concernAsPdf(db: Db, actor: Actor, id: string) {
  const { row, subject } = await loadConcern(db, actor, id, 'safeguarding.read');
  await db.transaction((tx) => audited(tx, actor, row, 'safeguarding.concern_viewed', { details: { via: 'pdf' } }));
  const [shown, [organisation]] = await Promise.all([present(db, actor, row, subject), db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId))]);
  const bytes = await concernPdf({
    organisation: organisation!.name,
    academy: shown.academy.name,
    learnerRef: shown.learnerRef,
    category: shown.category,
    allegation: shown.allegation !== null,
    seenAt: shown.seenAt,
    recordedAt: shown.recordedAt,
    recordedBy: shown.recordedBy.name,
    account: shown.account,
    immediateAction: shown.immediateAction,
    marks: shown.marks,
  });
  return { name: concernFileName(shown.learnerRef), bytes };
}

/** A concern as the team sees it after a change they made (not another read). */
async function concernFor(db: Db, actor: Actor, id: string) {
  const { row, subject } = await loadConcern(db, actor, id, 'safeguarding.read');
  return present(db, actor, row, subject);
}

// ─── Alerts: at once, then up the chain while untouched ─────────────────────────────────────────────────

/** Who holds each place of the alert chain for the concern's academy. */
async function chainHolders(tx: Tx, row: Pick<Row, 'organisationId' | 'academyId'>) {
  // One after the other: a transaction's queries share its one connection.
  const byRole = await roleHolders(tx, row.organisationId, ['designated_safeguarding_lead', 'principal', 'regional_education_director'], row.academyId);
  const deputies = await tx.select({ id: safeguardingDeputies.personId }).from(safeguardingDeputies).where(eq(safeguardingDeputies.academyId, row.academyId));
  return (place: AlertPlace): readonly string[] => (place === 'deputy_designated_safeguarding_lead' ? deputies.map((d) => d.id) : (byRole.get(place) ?? []));
}

const excludedFrom = (row: Row) => [row.recordedBy, ...(row.allegationStaffId ? [row.allegationStaffId] : [])];
const addressOf = (row: Pick<Row, 'id' | 'organisationId'>) => `/orgs/${row.organisationId}/safeguarding/concerns/${row.id}`;

/**
 * What sending alerts on these concerns reads: the alerts already sent on each, in one query, and each
 * academy's chain and calendar, once per academy however many of its concerns wait (the job takes them all).
 */
async function alertReader(tx: Tx, rows: readonly Row[]) {
  const sent = new Map<string, { place: AlertPlace; personId: string }[]>(rows.map((r) => [r.id, []]));
  for (const alert of await tx.select({ concernId: safeguardingAlerts.concernId, place: safeguardingAlerts.place, personId: safeguardingAlerts.personId }).from(safeguardingAlerts).where(inArray(safeguardingAlerts.concernId, rows.map((r) => r.id)))) {
    sent.get(alert.concernId)!.push({ place: alert.place, personId: alert.personId });
  }
  const academies = new Map<string, { holders: Awaited<ReturnType<typeof chainHolders>>; calendar: AcademyCalendar }>();
  return {
    sent: (row: Row) => sent.get(row.id)!,
    async academy(row: Row) {
      if (!academies.has(row.academyId)) {
        academies.set(row.academyId, { holders: await chainHolders(tx, row), calendar: await concernAcademyCalendar(tx, row) });
      }
      return academies.get(row.academyId)!;
    },
  };
}

/**
 * Sends each alert the chain owes now (rules: alertsOwed), once to each person at each place: that a concern
 * exists, its category and a link, never its content; each in the audit trail, sent by the system.
 */
async function sendAlerts(ctx: DeadlinesContext, tx: Transaction, row: Row, requestId: string | null, now: Date, read: Awaited<ReturnType<typeof alertReader>>): Promise<number> {
  const { holders, calendar } = await read.academy(row);
  const allegation = row.state === 'allegation';
  const steps = allegation ? allegationPlan(row, row.allegationStaffId !== null && holders('principal').includes(row.allegationStaffId)) : alertPlan(row, calendarFor(row, calendar)).steps;
  const sent = read.sent(row);
  const owed = alertsOwed(steps, holders, { touched: row.state !== 'recorded' && !allegation, sent, excluded: excludedFrom(row), now });
  let count = 0;
  for (const alert of owed.send) {
    const [inserted] = await tx
      .insert(safeguardingAlerts)
      .values({ concernId: row.id, organisationId: row.organisationId, place: alert.place, personId: alert.personId, dueAt: alert.at, sentAt: now })
      .onConflictDoNothing()
      .returning({ id: safeguardingAlerts.id });
    if (!inserted) continue;
    const { subject, body } = alertMessage({ category: row.category, allegation: allegation ? { staffMemberId: row.allegationStaffId } : null }, alert.place, `${ctx.publicUrl}${addressOf(row)}`);
    await notify(tx, ctx.mailer, ctx.publicUrl, {
      personId: alert.personId,
      organisationId: row.organisationId,
      kind: 'safeguarding.alert',
      title: subject,
      body,
      link: addressOf(row),
      urgent: true,
      dedupeKey: `safeguarding:${row.id}:${alert.place}:${alert.personId}`,
    });
    await audit(tx, systemActor(requestId), { organisationId: row.organisationId, action: 'safeguarding.alert_sent', recordType: 'safeguarding_concern', recordId: row.id, details: { place: alert.place, to: alert.personId } });
    count++;
  }
  return count;
}

/**
 * The recurring job: the alerts that have come due on concerns nobody has triaged yet (the deputy after
 * half an hour, then the principal). Safe to run in several processes and to retry: concerns are taken
 * with SKIP LOCKED, and each alert is sent once by its unique row and its notice's key.
 */
export async function checkSafeguardingAlerts(ctx: DeadlinesContext, now = clock.now()): Promise<number> {
  const sent = await ctx.db.transaction(async (tx) => {
    // Untriaged concerns, and any allegation whose one alert found nobody to go to when it was recorded.
    const unsent = sql`not exists (select 1 from ${safeguardingAlerts} where ${safeguardingAlerts.concernId} = ${c.id})`;
    const waiting = await tx
      .select()
      .from(c)
      .where(or(eq(c.state, 'recorded'), and(eq(c.state, 'allegation'), unsent)))
      .orderBy(asc(c.recordedAt))
      .for('update', { skipLocked: true });
    const read = await alertReader(tx, waiting);
    let count = 0;
    for (const row of waiting) count += await sendAlerts(ctx, tx, row, null, now, read);
    return count;
  });
  if (sent > 0) void ctx.mailer.deliver().catch(() => 0);
  return sent;
}

// ─── Recording ──────────────────────────────────────────────────────────────────────────────────────────

export interface NewConcern {
  academyId?: string | undefined;
  learnerRef: string;
  category: Category;
  seenAt: Date;
  account: string;
  immediateAction?: string | undefined;
  allegation?: { staffMemberId: string | null } | undefined;
  marks?: MarkInput[] | undefined;
}

/** The academy the concern is for: the one named, or where the recorder works when they work at one only. */
async function academyFor(tx: Tx, actor: Actor, named: string | undefined) {
  if (named) {
    const [academy] = await tx.select({ id: academies.id }).from(academies).where(and(eq(academies.id, named), eq(academies.organisationId, actor.organisationId)));
    if (!academy) throw Invalid.field('body.academyId', 'is not an academy of this organisation');
    return academy.id;
  }
  const posts = await tx
    .selectDistinct({ academyId: employments.academyId })
    .from(employments)
    .where(and(eq(employments.organisationId, actor.organisationId), eq(employments.personId, actor.personId), isNull(employments.endedOn)));
  const at = posts.flatMap((p) => (p.academyId ? [p.academyId] : []));
  if (at.length !== 1) throw Invalid.field('body.academyId', 'is required: say which academy the learner is at');
  return at[0]!;
}

/**
 * Records a concern in one request and alerts at once (an allegation about a member of staff goes to the
 * principal, or about the principal to the regional education director). A concern is to be acted on by the
 * end of the academy day: the academy's designated safeguarding leads each own that deadline (where it has
 * none, whoever recorded it does, so that its escalation still reaches someone), and triage meets it.
 */
export async function recordConcern(ctx: DeadlinesContext, actor: Actor, input: NewConcern) {
  const now = clock.now();
  const report = { learnerRef: input.learnerRef, category: input.category, seenAt: input.seenAt, account: input.account, immediateAction: input.immediateAction ?? null, allegation: input.allegation ?? null, marks: input.marks ?? [] };
  const concern = unwrap(recordRule(report, { now, recorderId: actor.personId }));
  const row = await ctx.db.transaction(async (tx) => {
    const academyId = await academyFor(tx, actor, input.academyId);
    const staffMemberId = concern.allegation?.staffMemberId ?? null;
    if (staffMemberId && !(await inOrganisation(tx, actor.organisationId, staffMemberId))) throw Invalid.field('body.allegation.staffMemberId', 'is not a person in this organisation');
    const plan = alertPlan(concern, await calendarOf(tx, { organisationId: actor.organisationId, academyId, seenAt: concern.seenAt, recordedAt: now }));
    const [row] = await tx
      .insert(c)
      .values({
        organisationId: actor.organisationId,
        academyId,
        learnerRef: concern.learnerRef,
        category: concern.category,
        seenAt: concern.seenAt,
        recordedAt: now,
        recordedBy: actor.personId,
        account: concern.account,
        immediateAction: concern.immediateAction,
        allegationStaffId: staffMemberId,
        state: concern.state,
        actBy: plan.actBy,
      })
      .returning();
    const first = concern.history[0]!;
    await tx.insert(safeguardingSteps).values({ concernId: row!.id, organisationId: row!.organisationId, event: first.event, fromState: first.from, toState: first.to, at: now, actorId: actor.personId, note: null });
    if (concern.marks.length) await tx.insert(bodyMapMarks).values(concern.marks.map((m) => ({ ...m, concernId: row!.id, organisationId: row!.organisationId })));
    await audited(tx, actor, row!, 'safeguarding.concern_recorded', { details: { category: concern.category, academyId, allegation: concern.allegation !== null, marks: concern.marks.length, late: plan.late } });
    const read = await alertReader(tx, [row!]);
    await sendAlerts(ctx, tx, row!, actor.requestId, now, read);
    if (!concern.allegation) {
      const leads = (await read.academy(row!)).holders('designated_safeguarding_lead').filter((p) => !excludedFrom(row!).includes(p));
      for (const ownerId of leads.length ? leads : [actor.personId]) {
        await createDeadline(ctx, tx, actor, { organisationId: row!.organisationId, kind: 'safeguarding-action', ownerId, rule: { type: 'fixed', dueAt: plan.actBy.toISOString() }, academyId, recordType: 'safeguarding_concern', recordId: row!.id });
      }
    }
    return row!;
  });
  void ctx.mailer.deliver().catch(() => 0);
  const alerted = await ctx.db
    .select({ place: safeguardingAlerts.place, name: personName })
    .from(safeguardingAlerts)
    .innerJoin(people, eq(people.id, safeguardingAlerts.personId))
    .where(eq(safeguardingAlerts.concernId, row.id))
    .orderBy(asc(safeguardingAlerts.sentAt));
  // What the recorder is told: that it is recorded and who was alerted; the record itself is the team's.
  return { id: row.id, category: row.category, state: row.state, recordedAt: row.recordedAt, actBy: row.actBy, alerted };
}

// ─── The DSL team's work ────────────────────────────────────────────────────────────────────────────────

/** A step as the API takes it: the rules' event, the record's own ids made here, an action or referral named by its id. */
export type StepInput =
  | { type: 'triage'; level: TriageLevel; note: string }
  | { type: 'add_action'; description: string; assigneeId: string; dueOn?: string | null | undefined }
  | { type: 'complete_action'; actionId: string; note?: string | undefined }
  | { type: 'refer'; agency: Agency; madeAt?: Date | undefined; reference?: string | undefined }
  | { type: 'record_response'; referralId: string; accepted: boolean; note: string }
  | { type: 'record_conclusion'; referralId: string; note: string }
  | { type: 'record_outcome'; outcome: Outcome; summary: string }
  | { type: 'close'; note?: string | undefined }
  | { type: 'reopen'; reason: string };

const STEP_AUDIT: Record<EventType, AuditAction> = {
  triage: 'safeguarding.triaged',
  add_action: 'safeguarding.action_added',
  complete_action: 'safeguarding.action_completed',
  refer: 'safeguarding.referred',
  record_response: 'safeguarding.referral_answered',
  record_conclusion: 'safeguarding.referral_concluded',
  record_outcome: 'safeguarding.outcome_recorded',
  close: 'safeguarding.closed',
  reopen: 'safeguarding.reopened',
};

/** What a step decided, for the audit trail: never what was said, which is the record's, read only by those who may. */
function decidedIn(event: ConcernEvent) {
  switch (event.type) {
    case 'triage':
      return { level: event.level };
    case 'refer':
      return { agency: event.agency };
    case 'record_response':
      return { accepted: event.accepted };
    case 'record_outcome':
      return { outcome: event.outcome };
    default:
      return {};
  }
}

function eventOf(input: StepInput, now: Date): ConcernEvent {
  switch (input.type) {
    case 'add_action':
      return { type: 'add_action', id: crypto.randomUUID(), description: input.description, assigneeId: input.assigneeId, dueOn: input.dueOn ?? null };
    case 'complete_action':
      return { type: 'complete_action', id: input.actionId, ...(input.note === undefined ? {} : { note: input.note }) };
    case 'refer':
      return { type: 'refer', id: crypto.randomUUID(), agency: input.agency, madeAt: input.madeAt ?? now, reference: input.reference ?? null };
    case 'record_response':
      return { type: 'record_response', id: input.referralId, accepted: input.accepted, note: input.note };
    case 'record_conclusion':
      return { type: 'record_conclusion', id: input.referralId, note: input.note };
    case 'close':
      return { type: 'close', ...(input.note === undefined ? {} : { note: input.note }) };
    default:
      return input;
  }
}

/**
 * What the rules refused, as the request carried it: an action or referral named by its id field; a refusal
 * about the record's own actions and referrals (one unanswered, one open) is a rule of its state, with no field.
 */
function refusedStep(input: StepInput, refusals: readonly Refusal[]): Refused {
  const idField = input.type === 'complete_action' ? 'actionId' : 'referralId';
  return new Refused(
    refusals.map(({ field, ...r }) => (field === 'id' ? { ...r, field: idField } : field === undefined || /^(actions|referrals)\./.test(field) ? r : { ...r, field })),
    'body',
  );
}

/** What a step changes beside the concern: its actions, its referrals and their deadlines, the act-by deadline. */
async function applyStep(ctx: DeadlinesContext, tx: Transaction, actor: Actor, row: Row, event: ConcernEvent, before: Concern, after: Concern, now: Date) {
  const referral = 'id' in event ? before.referrals.find((r) => r.id === event.id) : undefined;
  const onReferral = { organisationId: row.organisationId, recordType: 'safeguarding_referral', recordId: referral?.id ?? '' };
  switch (event.type) {
    case 'triage':
      await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'safeguarding_concern', recordId: row.id, kind: 'safeguarding-action' });
      return;
    case 'add_action': {
      const standing = await relationsOf(tx, actor, row.id, event.assigneeId);
      if (standing.includes('recused') || !standing.some((r) => r !== 'recused' && grantedBy('safeguarding.act', r))) {
        throw Invalid.field('body.assigneeId', 'cannot see this record: give an action to someone on the team, or let them see the record first');
      }
      await tx.insert(safeguardingActions).values({ id: event.id, concernId: row.id, organisationId: row.organisationId, description: event.description, assigneeId: event.assigneeId, dueOn: event.dueOn });
      if (event.assigneeId !== actor.personId) {
        await notify(tx, ctx.mailer, ctx.publicUrl, {
          personId: event.assigneeId,
          organisationId: row.organisationId,
          kind: 'safeguarding.action',
          title: 'An action on a safeguarding record for you',
          body: `You have been given an action on a safeguarding record${event.dueOn ? `, to be done by ${event.dueOn}` : ''}. Open it in Probity to read it.`,
          link: addressOf(row),
          urgent: true,
          dedupeKey: `safeguarding:${row.id}:action:${event.id}`,
        });
      }
      return;
    }
    case 'complete_action':
      await tx.update(safeguardingActions).set({ doneAt: now }).where(eq(safeguardingActions.id, event.id));
      return;
    case 'refer': {
      await tx.insert(safeguardingReferrals).values({ id: event.id, concernId: row.id, organisationId: row.organisationId, agency: event.agency, madeAt: event.madeAt, madeBy: actor.personId, reference: after.referrals.at(-1)!.reference });
      const kind = REFERRAL_TIMESCALES[event.agency].responseDeadline;
      await createDeadline(ctx, tx, actor, { organisationId: row.organisationId, kind, ownerId: actor.personId, startsAt: event.madeAt, academyId: row.academyId, recordType: 'safeguarding_referral', recordId: event.id });
      return;
    }
    case 'record_response': {
      await tx.update(safeguardingReferrals).set({ respondedAt: now, accepted: event.accepted }).where(eq(safeguardingReferrals.id, event.id));
      const { responseDeadline, conclusionDeadline } = REFERRAL_TIMESCALES[referral!.agency];
      await meetRecordDeadlines(tx, actor, { ...onReferral, kind: responseDeadline });
      if (event.accepted && conclusionDeadline) {
        const [made] = await tx.select({ by: safeguardingReferrals.madeBy }).from(safeguardingReferrals).where(eq(safeguardingReferrals.id, event.id));
        await createDeadline(ctx, tx, actor, { ...onReferral, kind: conclusionDeadline, ownerId: made!.by, startsAt: referral!.madeAt, academyId: row.academyId });
      }
      return;
    }
    case 'record_conclusion':
      await tx.update(safeguardingReferrals).set({ concludedAt: now }).where(eq(safeguardingReferrals.id, event.id));
      await meetRecordDeadlines(tx, actor, { ...onReferral, kind: REFERRAL_TIMESCALES[referral!.agency].conclusionDeadline! });
      return;
    default:
      return;
  }
}

/**
 * Takes one step of the DSL team's work (rules: transition), if the policy lets the person take it: the
 * concern, its step in the chronology, what the step changes beside it and the audit entry, in one transaction.
 */
export async function takeStep(ctx: DeadlinesContext, actor: Actor, id: string, input: StepInput) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadConcern(tx, actor, id, TRANSITIONS[input.type].action, true);
    const before = (await domainsOf(tx, [row])).get(row.id)!;
    const now = clock.now();
    const event = eventOf(input, now);
    const result = transition(before, event, { now, by: actor.personId });
    if (!result.ok) throw refusedStep(input, result.refusals);
    const after = result.value;
    await tx
      .update(c)
      .set({ state: after.state, triageLevel: after.triage?.level ?? null, triagedAt: after.triage?.at ?? null, outcome: after.outcome?.outcome ?? null, outcomeAt: after.outcome?.at ?? null, closedAt: after.closedAt })
      .where(eq(c.id, row.id));
    const step = after.history.at(-1)!;
    await tx.insert(safeguardingSteps).values({ concernId: row.id, organisationId: row.organisationId, event: step.event, fromState: step.from, toState: step.to, at: now, actorId: actor.personId, note: step.note });
    await applyStep(ctx, tx, actor, row, event, before, after, now);
    await audited(tx, actor, row, STEP_AUDIT[input.type], { details: { from: before.state, to: after.state, ...decidedIn(event) } });
  });
  void ctx.mailer.deliver().catch(() => 0);
  return concernFor(ctx.db, actor, id);
}

// ─── Need to know ───────────────────────────────────────────────────────────────────────────────────────

/** Lets someone of the organisation read a record (and do actions given them), with a reason; never the member of staff an allegation is about. */
export async function grantAccess(ctx: DeadlinesContext, actor: Actor, id: string, grant: { personId: string; reason: string }) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadConcern(tx, actor, id, 'safeguarding.grant', true);
    if (!(await inOrganisation(tx, row.organisationId, grant.personId))) throw Invalid.field('body.personId', 'is not a person in this organisation');
    const problems = grantProblems({ allegation: row.state === 'allegation' ? { staffMemberId: row.allegationStaffId } : null }, grant);
    if (problems.length) throw new Refused(problems, 'body');
    const standing = await relationsOf(tx, actor, row.id, grant.personId);
    if (standing.includes('recused')) throw new Conflict('recused', 'Barred from this record', 'A declaration connects this person to the member of staff the allegation is about.');
    if (standing.includes('shared_with')) throw new Conflict('already-granted', 'Already granted', 'This person may already see this record.');
    await tx.insert(safeguardingAccessGrants).values({ concernId: row.id, organisationId: row.organisationId, personId: grant.personId, grantedBy: actor.personId, reason: grant.reason, grantedAt: clock.now() });
    await audited(tx, actor, row, 'safeguarding.access_granted', { reason: grant.reason, details: { personId: grant.personId } });
    await notify(tx, ctx.mailer, ctx.publicUrl, {
      personId: grant.personId,
      organisationId: row.organisationId,
      kind: 'safeguarding.access',
      title: 'A safeguarding record was shared with you',
      body: 'You may now read a safeguarding record, because you need to know. Open it in Probity to read it; each reading is recorded.',
      link: addressOf(row),
      urgent: true,
      dedupeKey: `safeguarding:${row.id}:access:${grant.personId}:${actor.requestId}`,
    });
  });
  void ctx.mailer.deliver().catch(() => 0);
  return concernFor(ctx.db, actor, id);
}

/** Withdraws someone's access; the grant stays, as the history of who could see the record. */
export async function withdrawAccess(db: Db, actor: Actor, id: string, personId: string) {
  await db.transaction(async (tx) => {
    const { row } = await loadConcern(tx, actor, id, 'safeguarding.grant', true);
    const withdrawn = await tx
      .update(safeguardingAccessGrants)
      .set({ revokedAt: clock.now() })
      .where(and(eq(safeguardingAccessGrants.concernId, row.id), eq(safeguardingAccessGrants.personId, personId), isNull(safeguardingAccessGrants.revokedAt)))
      .returning({ id: safeguardingAccessGrants.id });
    if (!withdrawn.length) throw new NotFound('access of this person to this record');
    await audited(tx, actor, row, 'safeguarding.access_withdrawn', { details: { personId } });
  });
}

/** Those who hold a record by their place: its academy's DSL team, or for an allegation those its alert went to. */
async function keepersOf(tx: Tx, row: Row) {
  if (row.state === 'allegation') return (await tx.selectDistinct({ id: safeguardingAlerts.personId }).from(safeguardingAlerts).where(eq(safeguardingAlerts.concernId, row.id))).map((a) => a.id);
  const holders = await chainHolders(tx, row);
  return [...new Set([...holders('designated_safeguarding_lead'), ...holders('deputy_designated_safeguarding_lead')])];
}

/**
 * Opens a record the person may not otherwise see, giving a reason ("breaking the glass"): audited with the
 * reason, and its keepers told at once. Recused people cannot; the team has no glass to break.
 */
export async function breakGlass(ctx: DeadlinesContext, actor: Actor, id: string, reason: string) {
  const problems = breakGlassProblems(reason);
  if (problems.length) throw new Refused(problems, 'body');
  const { row, subject } = await ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ row: c, ...relationColumns(actor, concernAccess) })
      .from(c)
      .where(and(eq(c.id, id), eq(c.organisationId, actor.organisationId)));
    const subject = found && subjectOf(found.row, found);
    if (!found || !subject || !can(actor, 'safeguarding.break_glass', subject)) throw new NotFound('safeguarding record');
    if (can(actor, 'safeguarding.read', subject)) throw new Conflict('glass-not-needed', 'Already open to you', 'You may read this record without breaking the glass.');
    await audited(tx, actor, found.row, 'safeguarding.glass_broken', { reason });
    const { subject: title, body } = breakGlassMessage(`${ctx.publicUrl}${addressOf(found.row)}`);
    for (const personId of (await keepersOf(tx, found.row)).filter((p) => p !== actor.personId)) {
      await notify(tx, ctx.mailer, ctx.publicUrl, { personId, organisationId: found.row.organisationId, kind: 'safeguarding.glass_broken', title, body, link: addressOf(found.row), urgent: true, dedupeKey: `safeguarding:${id}:glass:${actor.requestId}:${personId}` });
    }
    return { row: found.row, subject };
  });
  void ctx.mailer.deliver().catch(() => 0);
  return present(ctx.db, actor, row, subject);
}

// ─── Allegations about staff: their own path, to a case ─────────────────────────────────────────────────

/**
 * Opens an allegation case (features/cases) about the member of staff an allegation names, by a case officer
 * who may read it, naming whoever recorded it (so barred from the case); the record keeps the case's id. The
 * case engine opens it in its own transaction, so the record is checked first and linked after.
 */
export async function openAllegationCase(ctx: SafeguardingContext, actor: Actor, id: string, input: { summary: string; harmThreshold: boolean }) {
  const { row } = await loadConcern(ctx.db, actor, id, 'safeguarding.read');
  if (row.state !== 'allegation') throw new Conflict('not-an-allegation', 'Not an allegation', 'A case is opened from an allegation about a member of staff; this is a concern about a learner.');
  if (!row.allegationStaffId) throw new Conflict('allegation-names-nobody', 'Nobody named', 'The allegation does not say which member of staff it is about, so no case can be opened about them.');
  if (row.caseId) throw new Conflict('case-opened', 'A case is open', 'A case was already opened from this allegation.');
  const opened = await openCase(ctx, actor, {
    type: 'allegation',
    subjectId: row.allegationStaffId,
    summary: input.summary,
    harmThreshold: input.harmThreshold,
    namedPersonIds: row.recordedBy === row.allegationStaffId ? [] : [row.recordedBy],
    openedFrom: 'concern',
    sourceNote: 'An allegation recorded through safeguarding',
  });
  await ctx.db.transaction(async (tx) => {
    const [linked] = await tx.update(c).set({ caseId: opened.id }).where(and(eq(c.id, row.id), isNull(c.caseId))).returning({ id: c.id });
    if (!linked) throw new Conflict('case-opened', 'A case is open', 'A case was opened from this allegation at the same time.');
    await audited(tx, actor, row, 'safeguarding.case_opened', { details: { caseId: opened.id } });
  });
  return concernFor(ctx.db, actor, id);
}

// ─── Lists, the dashboard and the chronology ────────────────────────────────────────────────────────────

/** People of the organisation by name, for naming the member of staff an allegation is about, or whom to give an action or access. */
export const peopleToName = (db: Db, actor: Actor, q: string) => peopleByName(db, actor.organisationId, q);

export interface ConcernFilter {
  state?: Row['state'] | undefined;
  category?: Category | undefined;
}

/** A page of the records the person may read, newest first (what was recorded, where and when; no content). */
export async function listConcerns(db: Db, actor: Actor, filter: ConcernFilter & Page) {
  const where = and(accessible(actor, 'safeguarding.read', concernAccess), filter.state ? eq(c.state, filter.state) : undefined, filter.category ? eq(c.category, filter.category) : undefined);
  const rows = await db
    .select({ row: c, academyName: academies.name, total: matching(), ...relationColumns(actor, concernAccess) })
    .from(c)
    .innerJoin(academies, eq(academies.id, c.academyId))
    .where(where)
    .orderBy(desc(c.recordedAt), asc(c.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const total = await totalOf(rows, filter, async () => (await db.select({ n: count() }).from(c).where(where))[0]!.n);
  const items = rows.map((r) => ({
    id: r.row.id,
    academy: { id: r.row.academyId, name: r.academyName },
    learnerRef: r.row.learnerRef,
    category: r.row.category,
    state: r.row.state,
    seenAt: r.row.seenAt,
    recordedAt: r.row.recordedAt,
    actBy: r.row.actBy,
    allegation: r.row.state === 'allegation',
    caseId: r.row.caseId,
    allowed: allowedFor(actor, r.row, subjectOf(r.row, r)),
  }));
  return { total, items };
}

/** The DSL team's dashboard over the academies whose team the person is on: new, due today, overdue, open by category. */
export async function teamDashboard(db: Db, actor: Actor) {
  const mine = await db.select({ id: academies.id, name: academies.name }).from(academies).where(accessible(actor, 'safeguarding.dashboard', academyAccess)).orderBy(asc(academies.name));
  if (mine.length === 0) throw new Forbidden('The dashboard is the DSL team’s: you are not on the safeguarding team of any academy here.');
  const rows = await db
    .select()
    .from(c)
    .where(and(eq(c.organisationId, actor.organisationId), inArray(c.academyId, mine.map((a) => a.id)), notInArray(c.state, ['closed', 'allegation'])));
  const domains = await domainsOf(db, rows);
  const board = dashboard(
    rows.map((r) => ({ id: r.id, concern: domains.get(r.id)!, actBy: r.actBy })),
    await nationOf(db, actor.organisationId),
    clock.now(),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const withAcademy = (items: typeof board.new) => items.map((i) => ({ ...i, academyId: byId.get(i.concernId)!.academyId, learnerRef: byId.get(i.concernId)!.learnerRef }));
  return { academies: mine, new: withAcademy(board.new), dueToday: withAcademy(board.dueToday), overdue: withAcademy(board.overdue), openByCategory: board.openByCategory };
}

/** A learner's chronology across every record about them the person may read: each record's reading is recorded. */
export async function learnerChronology(db: Db, actor: Actor, learnerRef: string) {
  const ref = learnerReference(learnerRef);
  const rows = await db.select().from(c).where(and(accessible(actor, 'safeguarding.read', concernAccess), eq(c.learnerRef, ref))).orderBy(asc(c.seenAt));
  if (rows.length === 0) throw new NotFound('learner with records you may read');
  const domains = await domainsOf(db, rows);
  const entries = chronology(ref, rows.map((r) => ({ id: r.id, concern: domains.get(r.id)! })));
  const person = await peopleNamed(db, entries.map((e) => e.by));
  await db.transaction(async (tx) => {
    for (const row of rows) await audited(tx, actor, row, 'safeguarding.concern_viewed', { details: { via: 'chronology' } });
  });
  return { learnerRef: ref, entries: entries.map((e) => ({ ...e, by: person(e.by) })) };
}

// ─── Deputies ───────────────────────────────────────────────────────────────────────────────────────────

/** The academy, for a designated safeguarding lead who serves it; another organisation's is not found. */
async function academyForDeputies(tx: Tx, actor: Actor, academyId: string) {
  const [academy] = await tx.select({ id: academies.id, regionId: academies.regionId }).from(academies).where(and(eq(academies.id, academyId), eq(academies.organisationId, actor.organisationId)));
  if (!academy) throw new NotFound('academy');
  if (!can(actor, 'safeguarding.appoint_deputy', { organisationId: actor.organisationId, academyId: academy.id, regionId: academy.regionId })) throw new Forbidden('Only a designated safeguarding lead who serves this academy appoints its deputies.');
  return academy;
}

export async function deputiesOf(db: Db, actor: Actor, academyId: string) {
  await academyForDeputies(db, actor, academyId);
  return db
    .select({ personId: safeguardingDeputies.personId, name: personName, appointedAt: safeguardingDeputies.appointedAt })
    .from(safeguardingDeputies)
    .innerJoin(people, eq(people.id, safeguardingDeputies.personId))
    .where(eq(safeguardingDeputies.academyId, academyId))
    .orderBy(asc(personName));
}

/** Appoints a deputy designated safeguarding lead: on the academy's DSL team from now, and second in its alert chain. */
export async function appointDeputy(ctx: DeadlinesContext, actor: Actor, academyId: string, personId: string) {
  await ctx.db.transaction(async (tx) => {
    await academyForDeputies(tx, actor, academyId);
    if (!(await inOrganisation(tx, actor.organisationId, personId))) throw new NotFound('person in this organisation');
    const [appointed] = await tx
      .insert(safeguardingDeputies)
      .values({ organisationId: actor.organisationId, academyId, personId, appointedBy: actor.personId, appointedAt: clock.now() })
      .onConflictDoNothing()
      .returning({ personId: safeguardingDeputies.personId });
    if (!appointed) throw new Conflict('already-deputy', 'Already a deputy', 'This person is already a deputy designated safeguarding lead here.');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'safeguarding.deputy_appointed', recordType: 'academy', recordId: academyId, details: { personId } });
    await notify(tx, ctx.mailer, ctx.publicUrl, {
      personId,
      organisationId: actor.organisationId,
      kind: 'safeguarding.deputy',
      title: 'You are a deputy designated safeguarding lead',
      body: 'You were appointed a deputy designated safeguarding lead: you are told of a safeguarding concern nobody has picked up within half an hour, and you may read and work the academy’s concerns.',
      link: `/orgs/${actor.organisationId}/safeguarding`,
      dedupeKey: `safeguarding:deputy:${academyId}:${personId}:${actor.requestId}`,
    });
  });
  return deputiesOf(ctx.db, actor, academyId);
}

export async function removeDeputy(db: Db, actor: Actor, academyId: string, personId: string) {
  await db.transaction(async (tx) => {
    await academyForDeputies(tx, actor, academyId);
    const removed = await tx
      .delete(safeguardingDeputies)
      .where(and(eq(safeguardingDeputies.academyId, academyId), eq(safeguardingDeputies.personId, personId), eq(safeguardingDeputies.organisationId, actor.organisationId)))
      .returning({ personId: safeguardingDeputies.personId });
    if (!removed.length) throw new NotFound('deputy of this academy');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'safeguarding.deputy_removed', recordType: 'academy', recordId: academyId, details: { personId } });
  });
}
