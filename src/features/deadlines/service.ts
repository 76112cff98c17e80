import { and, asc, count, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, Transaction, Tx } from '../../db/index.ts';
import { withinOrganisation } from '../../db/wall.ts';
import { audit, systemActor, type AuditActor, type AuditEntry } from '../../platform/audit/index.ts';
import { CalendarError, inLondon } from '../../platform/calendar/index.ts';
import { Forbidden, Invalid, NotFound, Conflict } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import { notify } from '../../platform/notifications/index.ts';
import { academyCalendar, personName, roleHolders } from '../../platform/people/queries.ts';
import { academies, employments, organisations, people, roleAssignments } from '../../platform/people/schema.ts';
import { matching, totalOf, type Page } from '../../platform/paging.ts';
import { accessible, allowedOn, can, grantedBy, type Actor, type RecordAccess, type Role } from '../../platform/policy.ts';
import { KINDS, RuleProblem, computeDue, dueActions, dueSoonFrom, kindOf, meetableByHand, owedAtCreation, policeContactRecipient, stateOf, type Checkpoint, type DeadlineRule, type DeadlineState, type KindName } from './rules.ts';
import { hashToken, newToken } from '../../platform/auth/sessions.ts';
import { CSV_PAGE, csvPages } from '../../platform/csv.ts';
import { calendarFeed } from './ical.ts';
import { calendarFeeds, deadlines } from './schema.ts';
import { clock } from '../../platform/clock.ts';

export interface DeadlinesContext {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
}

export interface NewDeadline {
  organisationId: string;
  kind: KindName;
  title?: string | undefined;
  ownerId: string;
  /** The event the rule counts from; now when absent. */
  startsAt?: Date | undefined;
  /** The kind's own rule when absent. */
  rule?: DeadlineRule | undefined;
  academyId?: string | null | undefined;
  recordType?: string | null | undefined;
  recordId?: string | null | undefined;
  /** How long after it is due it escalates (ISO 8601), where the organisation sets its own time; the kind's when absent. */
  escalateAfter?: string | undefined;
}

type Row = typeof deadlines.$inferSelect;

/**
 * Gives a record a deadline, in the caller's transaction: computes the due time from the rule, tells the
 * owner, and records it. Every problem is a field error; nothing is written then.
 */
export async function createDeadline(ctx: DeadlinesContext, tx: Transaction, actor: AuditActor, input: NewDeadline): Promise<Row> {
  const kind = KINDS[input.kind];
  const rule = input.rule ?? kind.rule;
  const schedule = input.escalateAfter ? { ...kind.schedule, escalateAfter: input.escalateAfter } : kind.schedule;
  const startsAt = input.startsAt ?? clock.now();
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId));
  if (!organisation) throw new NotFound('organisation');
  const [owner] = await tx
    .select({ id: roleAssignments.personId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.personId, input.ownerId), eq(roleAssignments.organisationId, organisation.id)))
    .limit(1);
  if (!owner) throw Invalid.field('body.ownerId', 'is not a person in this organisation: a deadline needs an owner who can meet it');
  const academy = input.academyId ? await academyCalendar(tx, organisation.id, input.academyId, organisation.nation) : undefined;
  if (academy === null) throw Invalid.field('body.academyId', 'is not an academy of this organisation');
  let due: { dueAt: Date; allDay: boolean };
  try {
    due = computeDue(rule, startsAt, { nation: organisation.nation, ...(academy ? { academy } : {}) });
  } catch (error) {
    if (error instanceof RuleProblem || error instanceof CalendarError) throw Invalid.field('body.rule', error.message);
    throw error;
  }
  const now = clock.now();
  const owed = owedAtCreation({ dueAt: due.dueAt, schedule }, now);
  const [row] = await tx
    .insert(deadlines)
    .values({
      organisationId: organisation.id,
      academyId: input.academyId ?? null,
      kind: input.kind,
      title: input.title ?? kind.title,
      recordType: input.recordType ?? null,
      recordId: input.recordId ?? null,
      rule,
      schedule,
      startsAt,
      dueAt: due.dueAt,
      dueSoonAt: dueSoonFrom({ dueAt: due.dueAt, schedule }),
      allDay: due.allDay,
      ownerId: input.ownerId,
      checkedAt: now,
      nextCheckAt: owed.nextCheckAt,
    })
    .returning();
  await notify(tx, ctx.mailer, ctx.publicUrl, {
    personId: input.ownerId,
    organisationId: organisation.id,
    kind: `deadline.${input.kind}`,
    title: `New deadline: ${row!.title}`,
    body: sentence(`${row!.title}: due ${describeDue(row!)}. ${kind.source}.`),
    link: deadlineAddress(row!, input.ownerId),
    urgent: kind.schedule.urgent,
    dedupeKey: `deadline:${row!.id}:created`,
  });
  await audit(tx, actor, {
    organisationId: organisation.id,
    action: 'deadline.created',
    recordType: 'deadline',
    recordId: row!.id,
    details: { kind: input.kind, ownerId: input.ownerId, dueAt: row!.dueAt.toISOString(), record: input.recordType ? `${input.recordType}:${input.recordId}` : null },
  });
  // After the entry for the deadline, so that the trail reads in order: made, then what it sent at once.
  await sendCheckpoints(ctx, tx, row!, owed.send, actor.requestId);
  return row!;
}

/** A deadline set through the API by someone allowed to, in their organisation. */
export async function addDeadline(ctx: DeadlinesContext, actor: Actor, input: Omit<NewDeadline, 'organisationId'>) {
  const row = await ctx.db.transaction((tx) => createDeadline(ctx, tx, actor, { ...input, organisationId: actor.organisationId }));
  void ctx.mailer.deliver().catch(() => 0);
  const [owner] = await ctx.db.select({ name: ownerName }).from(people).where(eq(people.id, row.ownerId));
  return present({ ...(await loadForActor(ctx.db, actor, row.id)), ownerName: owner?.name ?? null }, clock.now(), actor);
}

/** Text that starts a notice starts with a capital letter, whatever the title it begins with. */
export const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Where a person finds a deadline in the web app: its owner among their own deadlines (met ones included,
 * so that the link still leads somewhere once it is met); anyone else among the organisation's, by owner.
 */
export function deadlineAddress(d: Pick<Row, 'id' | 'organisationId' | 'ownerId'>, personId: string): string {
  const anchor = `#deadline-${d.id}`;
  return d.ownerId === personId ? `/deadlines?closed=true${anchor}` : `/orgs/${d.organisationId}/deadlines?ownerId=${d.ownerId}${anchor}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "by Friday 4 December 2026" or "at 17:00 on Wednesday 25 November 2026", in London time. */
export function describeDue(d: Pick<Row, 'dueAt' | 'allDay'>): string {
  const { date, time } = inLondon(d.dueAt);
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  const day = `${WEEKDAYS[new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay()]} ${dayOfMonth} ${MONTHS[month - 1]} ${year}`;
  return d.allDay ? `by ${day}` : `at ${time} on ${day}`;
}

/**
 * Marks the open deadlines of a record met: what a feature calls when the duty is done. With `waivedReason`,
 * waives them instead: the duty they counted no longer stands as it was (its start was corrected, its record withdrawn).
 */
export async function meetRecordDeadlines(
  tx: Transaction,
  actor: AuditActor,
  record: { organisationId: string; recordType: string; recordId: string; kind?: KindName; ownerId?: string; waivedReason?: string },
) {
  const now = clock.now();
  const met = await tx
    .update(deadlines)
    .set(record.waivedReason ? { waivedAt: now, waivedReason: record.waivedReason, nextCheckAt: null } : { metAt: now, nextCheckAt: null })
    .where(
      and(
        eq(deadlines.organisationId, record.organisationId),
        eq(deadlines.recordType, record.recordType),
        eq(deadlines.recordId, record.recordId),
        record.kind ? eq(deadlines.kind, record.kind) : undefined,
        record.ownerId ? eq(deadlines.ownerId, record.ownerId) : undefined,
        isNull(deadlines.metAt),
        isNull(deadlines.waivedAt),
      ),
    )
    .returning({ id: deadlines.id });
  await audit(tx, actor, met.map(({ id }) => ({ organisationId: record.organisationId, action: record.waivedReason ? ('deadline.waived' as const) : ('deadline.met' as const), recordType: 'deadline', recordId: id, reason: record.waivedReason ?? null })));
  return met.length;
}

function present(row: Row & { regionId?: string | null; ownerName?: string | null; organisationName?: string }, now: Date, actor?: Actor) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    academyId: row.academyId,
    kind: row.kind,
    title: row.title,
    source: kindOf(row.kind)?.source ?? '',
    cites: kindOf(row.kind)?.cites ?? null,
    recordType: row.recordType,
    recordId: row.recordId,
    startsAt: row.startsAt,
    dueAt: row.dueAt,
    allDay: row.allDay,
    due: describeDue(row),
    state: stateOf(row, now),
    ownerId: row.ownerId,
    ownerName: row.ownerName ?? null,
    metAt: row.metAt,
    waivedAt: row.waivedAt,
    waivedReason: row.waivedReason,
    urgent: row.schedule.urgent,
    allowed: actor ? allowedActions(actor, row) : [],
  };
}

/** Deadlines as the policy sees them: their owner owns them; an academy's lie in it and in its region. */
const deadlineAccess: RecordAccess = {
  organisationId: deadlines.organisationId,
  ownerId: deadlines.ownerId,
  within: (academyIds, regionIds) =>
    or(
      academyIds.length ? inArray(deadlines.academyId, academyIds) : undefined,
      regionIds.length ? sql`${deadlines.academyId} in (select ${academies.id} from ${academies} where ${inArray(academies.regionId, regionIds)})` : undefined,
    ) ?? sql`false`,
};
const subjectOf = (row: Row & { regionId?: string | null }) => ({ organisationId: row.organisationId, academyId: row.academyId, regionId: row.regionId ?? null, ownerId: row.ownerId });

/** What the actor may do about an open deadline: meet it (unless it is met by doing its record) and waive it. */
function allowedActions(actor: Actor, row: Row & { regionId?: string | null }): ('deadline.meet' | 'deadline.waive')[] {
  if (row.metAt || row.waivedAt) return [];
  return allowedOn(actor, subjectOf(row), meetableByHand(row.kind) ? ['deadline.meet', 'deadline.waive'] : ['deadline.waive']);
}
const ownerName = personName;

/** Every deadline the person owns, in every organisation, soonest first. */
export async function myDeadlines(db: Db, personId: string, options: { includeClosed: boolean }, now = clock.now()) {
  const rows = await db
    .select({ deadline: deadlines, organisationName: organisations.name })
    .from(deadlines)
    .innerJoin(organisations, eq(organisations.id, deadlines.organisationId))
    .where(and(eq(deadlines.ownerId, personId), options.includeClosed ? undefined : and(isNull(deadlines.metAt), isNull(deadlines.waivedAt))))
    .orderBy(asc(deadlines.dueAt));
  return rows.map((r) => ({
    ...present({ ...r.deadline, organisationName: r.organisationName }, now),
    // A person's own deadlines, in every organisation they belong to: owning one is what lets them meet it.
    allowed: r.deadline.metAt || r.deadline.waivedAt || !meetableByHand(r.deadline.kind) || !grantedBy('deadline.meet', 'owner') ? [] : ['deadline.meet' as const],
  }));
}

export interface OrganisationFilter {
  state?: DeadlineState | undefined;
  kind?: string | undefined;
  ownerId?: string | undefined;
}

/** rules' stateOf, asked of the database: the deadlines in this state at `now`. */
function stateIs(state: DeadlineState, now: Date) {
  const open = and(isNull(deadlines.metAt), isNull(deadlines.waivedAt));
  switch (state) {
    case 'waived':
      return isNotNull(deadlines.waivedAt);
    case 'met':
      return and(isNull(deadlines.waivedAt), lte(deadlines.metAt, deadlines.dueAt));
    case 'met_late':
      return and(isNull(deadlines.waivedAt), gt(deadlines.metAt, deadlines.dueAt));
    case 'overdue':
      return and(open, lt(deadlines.dueAt, now));
    case 'due_soon':
      return and(open, gte(deadlines.dueAt, now), lte(deadlines.dueSoonAt, now));
    case 'upcoming':
      return and(open, gt(deadlines.dueSoonAt, now));
  }
}

/** The organisation's deadlines the actor oversees (a principal, their academy's; a director, their region's) that match the filter. */
function overseenBy(actor: Actor, filter: OrganisationFilter, now: Date) {
  return and(
    accessible(actor, 'deadline.oversee', deadlineAccess),
    filter.kind ? eq(deadlines.kind, filter.kind) : undefined,
    filter.ownerId ? eq(deadlines.ownerId, filter.ownerId) : undefined,
    filter.state ? stateIs(filter.state, now) : undefined,
  );
}

/**
 * A page of the organisation's deadlines the actor oversees, soonest (or longest overdue) first, and how many
 * match in all.
 */
export async function organisationDeadlines(db: Db, actor: Actor, filter: OrganisationFilter & Page, now = clock.now()) {
  const { rows, items } = await deadlinesOf(db, actor, filter, { ...filter, after: null, counted: true }, now);
  const where = overseenBy(actor, filter, now);
  const total = await totalOf(rows, filter, async () => (await db.select({ n: count() }).from(deadlines).leftJoin(academies, eq(academies.id, deadlines.academyId)).where(where))[0]!.n);
  return { total, items };
}

/** Where a spreadsheet's next page goes on from: the last deadline of the page before. */
type After = { dueAt: Date; id: string };

/** The deadlines the actor oversees, soonest due first: a page with how many match in all, or (for a spreadsheet) those after `after`, uncounted. */
async function deadlinesOf(db: Db, actor: Actor, filter: OrganisationFilter, rows: { limit: number; offset: number; after: After | null; counted: boolean }, now: Date) {
  const found = await db
    .select({ deadline: deadlines, ownerName, regionId: academies.regionId, total: rows.counted ? matching() : sql<number>`0` })
    .from(deadlines)
    .innerJoin(people, eq(people.id, deadlines.ownerId))
    .leftJoin(academies, eq(academies.id, deadlines.academyId))
    .where(and(overseenBy(actor, filter, now), rows.after ? sql`(${deadlines.dueAt}, ${deadlines.id}) > (${rows.after.dueAt}, ${rows.after.id})` : undefined))
    .orderBy(asc(deadlines.dueAt), asc(deadlines.id))
    .limit(rows.limit)
    .offset(rows.offset);
  return { rows: found, items: found.map((r) => present({ ...r.deadline, ownerName: r.ownerName, regionId: r.regionId }, now, actor)) };
}

/** Overdue deadlines counted by kind and by owner (all of them), with the longest overdue first (a page of them). */
export async function overdueReport(db: Db, actor: Actor, page: Page, now = clock.now()) {
  const where = overseenBy(actor, { state: 'overdue' }, now);
  const [byKind, byOwner, listed] = await Promise.all([
    db.select({ kind: deadlines.kind, count: count() }).from(deadlines).leftJoin(academies, eq(academies.id, deadlines.academyId)).where(where).groupBy(deadlines.kind),
    db
      .select({ ownerId: deadlines.ownerId, ownerName, count: count() })
      .from(deadlines)
      .innerJoin(people, eq(people.id, deadlines.ownerId))
      .leftJoin(academies, eq(academies.id, deadlines.academyId))
      .where(where)
      .groupBy(deadlines.ownerId, people.givenName, people.familyName),
    organisationDeadlines(db, actor, { state: 'overdue', ...page }, now),
  ]);
  return {
    total: listed.total,
    byKind: byKind.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    byOwner: byOwner.sort((a, b) => b.count - a.count || a.ownerName.localeCompare(b.ownerName)),
    items: listed.items,
  };
}

/** Every overdue deadline the actor oversees as a spreadsheet, longest overdue first, a page at a time as it is sent (csvPages). */
export function overdueCsv(db: Db, actor: Actor, now = clock.now()) {
  const next = (after: After | null) => withinOrganisation(actor.organisationId, async () => (await deadlinesOf(db, actor, { state: 'overdue' }, { limit: CSV_PAGE, offset: 0, after, counted: false }, now)).items);
  return csvPages(['kind', 'title', 'owner', 'due', 'due_at', 'days_overdue', 'record'], next, (d) => [
    d.kind,
    d.title,
    d.ownerName,
    d.due,
    d.dueAt,
    Math.floor((now.getTime() - d.dueAt.getTime()) / 86_400_000),
    d.recordType ? `${d.recordType}:${d.recordId}` : '',
  ]);
}

async function loadForActor(db: Db, actor: Actor, id: string) {
  const [found] = await db
    .select({ deadline: deadlines, regionId: academies.regionId })
    .from(deadlines)
    .leftJoin(academies, eq(academies.id, deadlines.academyId))
    .where(and(eq(deadlines.id, id), eq(deadlines.organisationId, actor.organisationId)));
  const row = found && { ...found.deadline, regionId: found.regionId };
  if (!row || !can(actor, 'deadline.read', subjectOf(row))) throw new NotFound('deadline');
  return row;
}

const alreadyClosed = (row: Pick<Row, 'metAt'>) => new Conflict('deadline-closed', 'Already closed', `This deadline was already ${row.metAt ? 'met' : 'waived'}.`);

/**
 * Closes an open deadline, in one transaction with its audit entry. The update is conditional on the
 * deadline still being open, so of two requests at once only one closes it and writes an entry.
 */
async function closeDeadline(db: Db, actor: Actor, row: Row & { regionId: string | null }, change: Partial<Row>, entry: Pick<AuditEntry, 'action' | 'reason'>) {
  const [updated] = await db.transaction(async (tx) => {
    const result = await tx
      .update(deadlines)
      .set({ ...change, nextCheckAt: null })
      .where(and(eq(deadlines.id, row.id), eq(deadlines.organisationId, actor.organisationId), isNull(deadlines.metAt), isNull(deadlines.waivedAt)))
      .returning();
    if (result.length > 0) await audit(tx, actor, { organisationId: actor.organisationId, recordType: 'deadline', recordId: row.id, ...entry });
    return result;
  });
  if (!updated) throw alreadyClosed(await loadForActor(db, actor, row.id));
  return present({ ...updated, regionId: row.regionId }, clock.now(), actor);
}

export async function meetDeadline(db: Db, actor: Actor, id: string) {
  const row = await loadForActor(db, actor, id);
  if (row.metAt || row.waivedAt) throw alreadyClosed(row);
  if (!meetableByHand(row.kind)) throw new Conflict('met-by-its-record', 'Met by doing it', `${row.title} is met by doing it in Probity, not by marking it.`);
  return closeDeadline(db, actor, row, { metAt: clock.now() }, { action: 'deadline.met' });
}

export async function waiveDeadline(db: Db, actor: Actor, id: string, reason: string) {
  const row = await loadForActor(db, actor, id);
  if (!can(actor, 'deadline.waive', subjectOf(row))) throw new Forbidden('Your roles here do not allow deadline.waive.');
  if (row.metAt || row.waivedAt) throw alreadyClosed(row);
  return closeDeadline(db, actor, row, { waivedAt: clock.now(), waivedReason: reason, waivedBy: actor.personId }, { action: 'deadline.waived', reason });
}

/** The holders of a role in an organisation who cover an academy: organisation-wide, at that academy, or over its region. */
async function holdersFor(tx: Tx, organisationId: string, role: Role, academyId: string | null): Promise<string[]> {
  return (await roleHolders(tx, organisationId, [role], academyId)).get(role)!;
}

/** Where the owner works (their current post's academy, or null in the central team) and whether they lead an academy. */
async function colleagueFacts(tx: Tx, row: Row): Promise<{ isPrincipal: boolean; academyId: string | null }> {
  const [post] = await tx
    .select({ academyId: employments.academyId })
    .from(employments)
    .where(and(eq(employments.organisationId, row.organisationId), eq(employments.personId, row.ownerId), isNull(employments.endedOn)))
    .limit(1);
  const [principal] = await tx
    .select({ academyId: roleAssignments.academyId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, row.organisationId), eq(roleAssignments.personId, row.ownerId), eq(roleAssignments.role, 'principal')))
    .limit(1);
  return { isPrincipal: Boolean(principal), academyId: row.academyId ?? principal?.academyId ?? post?.academyId ?? null };
}

/**
 * Whom an escalation goes to: the owner's line manager; for police contact, whom 003 §20.3–20.5 says the
 * owner must inform; or the role's holders for the deadline's academy. Failing those, the admins.
 */
async function escalationTargets(tx: Tx, row: Row): Promise<string[]> {
  const to = row.schedule.escalateTo;
  let targets: string[] = [];
  if (to === 'line_manager') {
    const [job] = await tx
      .select({ managerId: employments.lineManagerId })
      .from(employments)
      .where(and(eq(employments.organisationId, row.organisationId), eq(employments.personId, row.ownerId), isNull(employments.endedOn)));
    targets = job?.managerId ? [job.managerId] : [];
  } else if (to === 'police_contact') {
    const colleague = await colleagueFacts(tx, row);
    targets = await holdersFor(tx, row.organisationId, policeContactRecipient(colleague), colleague.academyId);
  } else if (to) {
    targets = await holdersFor(tx, row.organisationId, to, row.academyId);
  }
  if (targets.length === 0) targets = await holdersFor(tx, row.organisationId, 'organisation_admin', null);
  return [...new Set(targets)].filter((id) => id !== row.ownerId || to === null);
}

/**
 * Sends a deadline's reminders, due notice and escalation; each once, by its idempotency key. Returns how many were new.
 * Each escalation, and each notice of an urgent duty, that is delivered goes in the organisation's audit trail in
 * the same transaction: who was told, and when, is what an inquiry asks. The system sends them, not a person;
 * within a request (a deadline made already due), under that request's id. An ordinary reminder is not
 * recorded: it changes nothing but the owner's inbox, where it stays.
 */
async function sendCheckpoints(ctx: DeadlinesContext, tx: Transaction, row: Row, points: Checkpoint[], requestId: string | null): Promise<number> {
  if (points.length === 0) return 0;
  const [owner] = await tx.select({ name: ownerName }).from(people).where(eq(people.id, row.ownerId));
  let sent = 0;
  for (const point of points) {
    const escalation = point.kind === 'escalation';
    const recipients = escalation ? await escalationTargets(tx, row) : [row.ownerId];
    for (const personId of recipients) {
      const delivered = await notify(tx, ctx.mailer, ctx.publicUrl, {
        personId,
        organisationId: row.organisationId,
        kind: `deadline.${point.kind}`,
        title: escalation ? `Overdue: ${row.title} (${owner?.name ?? 'someone'})` : point.kind === 'due' ? `Due now: ${row.title}` : `Reminder: ${row.title}`,
        body: escalation
          ? `${owner?.name ?? 'A colleague'} has not yet met this deadline, which was due ${describeDue(row)}.`
          : sentence(`${row.title} is due ${describeDue(row)}.`),
        link: deadlineAddress(row, personId),
        urgent: row.schedule.urgent,
        dedupeKey: `deadline:${row.id}:${point.key}:${personId}`,
      });
      if (!delivered) continue;
      sent++;
      if (escalation || row.schedule.urgent) {
        await audit(tx, systemActor(requestId), {
          organisationId: row.organisationId,
          action: escalation ? 'deadline.escalated' : 'deadline.urgent_notice_sent',
          recordType: 'deadline',
          recordId: row.id,
          details: { checkpoint: point.key, notice: point.kind, to: personId },
        });
      }
    }
  }
  return sent;
}

const BATCH = 100;

/**
 * The reminder job: sends what has come due on open deadlines. Safe to run in several processes at once
 * and to retry: rows are taken with SKIP LOCKED, and each message has an idempotency key.
 */
export async function checkDeadlines(ctx: DeadlinesContext, now = clock.now()): Promise<number> {
  let sent = 0;
  for (;;) {
    const handled = await ctx.db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(deadlines)
        .where(and(lte(deadlines.nextCheckAt, now), isNull(deadlines.metAt), isNull(deadlines.waivedAt)))
        .orderBy(asc(deadlines.nextCheckAt))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      for (const row of due) {
        const { send, nextCheckAt } = dueActions(row, row.checkedAt, now);
        sent += await sendCheckpoints(ctx, tx, row, send, null);
        await tx.update(deadlines).set({ checkedAt: now, nextCheckAt }).where(eq(deadlines.id, row.id));
      }
      return due.length;
    });
    if (handled < BATCH) break;
  }
  if (sent > 0) void ctx.mailer.deliver().catch(() => 0);
  return sent;
}


/** A new secret feed URL for the person; any earlier one stops working. Shown once: only its hash is kept. */
export async function newCalendarFeed(db: Db, actor: AuditActor & { personId: string }, publicUrl: string) {
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx
      .insert(calendarFeeds)
      .values({ personId: actor.personId, tokenHash: hashToken(token) })
      .onConflictDoUpdate({ target: calendarFeeds.personId, set: { tokenHash: hashToken(token), createdAt: clock.now() } });
    await audit(tx, actor, { organisationId: null, action: 'calendar_feed.created', recordType: 'person', recordId: actor.personId });
  });
  return { url: `${publicUrl}/api/calendar/${token}.ics`, createdAt: clock.now() };
}

export async function revokeCalendarFeed(db: Db, actor: AuditActor & { personId: string }) {
  await db.transaction(async (tx) => {
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.personId, actor.personId));
    await audit(tx, actor, { organisationId: null, action: 'calendar_feed.revoked', recordType: 'person', recordId: actor.personId });
  });
}

export async function calendarFeedStatus(db: Db, personId: string) {
  const [feed] = await db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.personId, personId));
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
}

/** The feed behind a secret token: the person's open deadlines. */
export async function calendarFeedFor(
  db: Db,
  token: string,
  publicUrl: string,
  cite: (items: Awaited<ReturnType<typeof myDeadlines>>) => Promise<({ text: string; href: string } | null)[]> = async (items) => items.map(() => null),
): Promise<string> {
  const [feed] = await db.select({ personId: calendarFeeds.personId }).from(calendarFeeds).where(eq(calendarFeeds.tokenHash, hashToken(token)));
  if (!feed) throw new NotFound('calendar feed');
  const open = await myDeadlines(db, feed.personId, { includeClosed: false });
  const citations = await cite(open);
  const events = open.map((d, index) => {
    const citation = citations[index];
    return {
      id: d.id,
      title: `${d.urgent ? '[Urgent] ' : ''}${d.title}`,
      description: `${d.organisationName}. ${d.source}.${citation ? ` ${citation.text}: ${publicUrl}${citation.href}` : ''}`,
      dueAt: d.dueAt,
      allDay: d.allDay,
      url: `${publicUrl}${deadlineAddress(d, d.ownerId)}`,
      updatedAt: d.startsAt,
    };
  });
  return calendarFeed('Probity deadlines', events, new URL(publicUrl).host);
}
