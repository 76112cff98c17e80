import crypto from 'node:crypto';
import { and, asc, count, desc, eq, gt, inArray, isNull, ne, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias as aliasOf } from 'drizzle-orm/pg-core';
import type { Db, Transaction, Tx } from '../../db/index.ts';
import { withinOrganisation } from '../../db/wall.ts';
import { audit, type AuditAction, type AuditActor } from '../../platform/audit/index.ts';
import { hashToken, newToken } from '../../platform/auth/sessions.ts';
import { clock } from '../../platform/clock.ts';
import { csv } from '../../platform/csv.ts';
import { Conflict, Forbidden, Invalid, NotFound, Problem, Refused } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/store.ts';
import { notify } from '../../platform/notifications/index.ts';
import { nameOf } from '../../platform/people/queries.ts';
import { organisations, people, roleAssignments } from '../../platform/people/schema.ts';
import { accessible, allowedOn, can, relationColumns, relationsIn, type Action, type Actor, type RecordAccess, type Relation, type Subject } from '../../platform/policy.ts';
import { unwrap, type Refusal } from '../../platform/result.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import { MAX_FILE_BYTES } from '../../platform/vocabulary.ts';
import { openCase as openCaseFrom, type CaseTypeId } from '../cases/index.ts';
import { createDeadline, meetRecordDeadlines, openDeadlinesOf, type DeadlinesContext } from '../deadlines/index.ts';
import { declaredConnection } from '../declarations/index.ts';
import { stripMetadata } from './metadata.ts';
import { findByReceipt, refuseIfThrottled, receiptHash, type AddressThrottle } from './receipts.ts';
import {
  DEADLINE_KINDS,
  DEFAULT_TIME_LIMITS,
  STATUSES,
  chooseHandler,
  deadlinesMetBy,
  deadlinesStartedBy,
  feedbackStartsAt,
  newReceiptCode,
  newReference,
  normaliseName,
  proofOf,
  readReceiptCode,
  reportProblems,
  reporterWriteRefusal,
  revealRefusal,
  step,
  timeLimitProblems,
  handlerFileRefusal,
  type Channel,
  type Identity,
  type NewReport,
  type Report,
  type ReportEvent,
  type ReportEventType,
  type Status,
  type TimeLimits,
} from './rules.ts';
import {
  concernAttachments,
  concernEvents,
  concernExclusions,
  concernFollowSessions,
  concernMessages,
  concernNotes,
  concernPolicies,
  concernReporters,
  concernReports,
  concernReveals,
  type ConcernEvent,
} from './schema.ts';

export interface ConcernsContext extends DeadlinesContext {
  files: FileStore;
  secrets: SecretBox;
  throttle: AddressThrottle;
}

type ReportRow = typeof concernReports.$inferSelect;

export const HANDLER_ROLE = 'concerns_handler';
export const CUSTODIAN_ROLE = 'identity_custodian';
/** How long a reporter's session on their report lasts after the receipt code opened it. */
export const FOLLOW_MINUTES = 30;

/** What a reporter's identity is sealed for: its report alone. */
export const reporterContext = (reportId: string) => `concern-reporter:${reportId}`;

// ─── Access ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Whether a person is excluded from the report: it names them, they declared a connection with someone it
 * names (003 §8.5, §19; 002 and 004 C and K), whenever they declared it, or they stepped aside from it.
 */
function excluded(person: AnyColumn | SQL | string): SQL {
  return sql`(${person} = any(${concernReports.namedPersonIds})
    or exists (select 1 from ${concernExclusions} where ${concernExclusions.reportId} = ${concernReports.id} and ${concernExclusions.personId} = ${person})
    or exists (select 1 from unnest(${concernReports.namedPersonIds}) as named(id) where ${declaredConnection(concernReports.organisationId, person, sql`named.id`)}))`;
}

/** A handler of the report's organisation, with an account in use. */
const handlerHere = (person: AnyColumn | SQL | string) =>
  sql`exists (select 1 from ${roleAssignments} join ${people} on ${people.id} = ${roleAssignments.personId}
    where ${roleAssignments.organisationId} = ${concernReports.organisationId} and ${roleAssignments.personId} = ${person}
      and ${roleAssignments.role} = ${HANDLER_ROLE} and ${people.disabledAt} is null)`;

/** A report as the policy sees it: its handler is assigned to it, every handler of the organisation is its team, anyone excluded is recused. */
const reportAccess: RecordAccess = {
  organisationId: concernReports.organisationId,
  relations: { assigned: (personId) => sql`${concernReports.assignedTo} = ${personId}`, team: (personId) => handlerHere(personId), recused: excluded },
};

const subjectOf = (row: ReportRow, relations: Exclude<Relation, 'owner'>[]): Subject => ({ organisationId: row.organisationId, relations });

const REPORT_ACTIONS = ['report.acknowledge', 'report.message', 'report.note', 'report.progress', 'report.assign', 'report.step_aside', 'report.request_reveal', 'report.reveal', 'report.open_case'] as const;
const allowedFor = (actor: Actor, subject: Subject) => allowedOn(actor, subject, REPORT_ACTIONS);

/**
 * A report for an action, with the actor's standing to it. One they may not read is not found, as if it did
 * not exist (another organisation's, one they are excluded from); one they read but may not act on so is
 * forbidden. A write locks the report's row until its transaction ends.
 */
async function loadReport(tx: Tx, actor: Actor, reportId: string, action: Action, lock = false) {
  const query = tx
    .select({ row: concernReports, ...relationColumns(actor, reportAccess) })
    .from(concernReports)
    .where(and(eq(concernReports.id, reportId), eq(concernReports.organisationId, actor.organisationId)));
  const [found] = lock ? await query.for('update', { of: concernReports }) : await query;
  const subject = found && subjectOf(found.row, relationsIn(found));
  if (!found || !subject || !can(actor, 'report.read', subject)) throw new NotFound('report');
  if (!can(actor, action, subject)) throw new Forbidden(`Your part in this report does not allow ${action}.`);
  return { row: found.row, subject };
}

/** The report as the rules see it; its history is the chronology's steps of the lifecycle. */
async function withHistory(tx: Tx, row: ReportRow): Promise<Report> {
  const steps = await tx
    .select({ event: concernEvents.event, at: concernEvents.at, from: concernEvents.fromStatus, to: concernEvents.toStatus })
    .from(concernEvents)
    .where(and(eq(concernEvents.reportId, row.id), sql`${concernEvents.toStatus} is not null`, ne(concernEvents.event, 'receive')))
    .orderBy(asc(concernEvents.at), asc(concernEvents.id));
  return {
    status: row.status,
    receivedAt: row.receivedAt,
    acknowledgedAt: row.acknowledgedAt,
    feedbackAt: row.feedbackAt,
    closedAt: row.closedAt,
    outcome: row.outcome,
    history: steps.map((s) => ({ event: s.event as ReportEventType, at: s.at, from: s.from!, to: s.to! })),
  };
}

const columnsOf = (r: Report) => ({ status: r.status, acknowledgedAt: r.acknowledgedAt, feedbackAt: r.feedbackAt, closedAt: r.closedAt, outcome: r.outcome });

interface Entry {
  event: ConcernEvent;
  at: Date;
  fromStatus?: Status;
  toStatus?: Status;
  personId?: string | null;
  note?: string | null;
}

/** One entry in the report's chronology and the audit entry for it, in the transaction of the change. */
async function record(tx: Transaction, actor: AuditActor, row: Pick<ReportRow, 'id' | 'organisationId'>, entry: Entry, action: AuditAction, trail: { details?: Record<string, unknown>; reason?: string } = {}) {
  await tx.insert(concernEvents).values({ reportId: row.id, organisationId: row.organisationId, actorId: actor.personId, ...entry });
  await audit(tx, actor, { organisationId: row.organisationId, action, recordType: 'concern_report', recordId: row.id, ...trail });
}

// ─── The organisation's channel ─────────────────────────────────────────────────────────────────────────

/** An organisation by the name in its public address (its slug): what the reporting page needs of it. */
export async function publicOrganisation(db: Db, slug: string) {
  const [found] = await db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(eq(organisations.slug, slug));
  if (!found) throw new NotFound('organisation');
  return found;
}

/** The time limits the organisation's policy sets for its reports, or the defaults. */
export async function timeLimitsOf(tx: Tx, organisationId: string): Promise<TimeLimits> {
  const [policy] = await tx.select({ timeLimits: concernPolicies.timeLimits }).from(concernPolicies).where(eq(concernPolicies.organisationId, organisationId));
  return policy?.timeLimits ?? DEFAULT_TIME_LIMITS;
}

/**
 * The organisation's time limits for its reports as its policy sets them (or the defaults), with the
 * defaults beside them and who last changed them. Reports already received keep the limits they came with.
 */
export async function settingsOf(db: Db, actor: Actor) {
  const [policy] = await db
    .select({ timeLimits: concernPolicies.timeLimits, updatedAt: concernPolicies.updatedAt, updatedBy: nameOf(people) })
    .from(concernPolicies)
    .innerJoin(people, eq(people.id, concernPolicies.updatedBy))
    .where(eq(concernPolicies.organisationId, actor.organisationId));
  return { ...(policy?.timeLimits ?? DEFAULT_TIME_LIMITS), defaults: DEFAULT_TIME_LIMITS, changedAt: policy?.updatedAt ?? null, changedBy: policy?.updatedBy ?? null };
}

/**
 * Sets the organisation's own time limits within the bounds of good practice (rules: timeLimitProblems),
 * or refuses them naming each field and changes nothing. Reports received from then on carry them.
 */
export async function setTimeLimits(db: Db, actor: Actor, limits: TimeLimits) {
  const problems = timeLimitProblems(limits);
  if (problems.length) throw new Refused(problems, 'body');
  await db.transaction(async (tx) => {
    const before = await timeLimitsOf(tx, actor.organisationId);
    const values = { timeLimits: { acknowledge: limits.acknowledge, feedback: limits.feedback }, updatedBy: actor.personId, updatedAt: clock.now() };
    await tx.insert(concernPolicies).values({ organisationId: actor.organisationId, ...values }).onConflictDoUpdate({ target: concernPolicies.organisationId, set: values });
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'report.settings_changed', recordType: 'organisation', recordId: actor.organisationId, details: { before, after: values.timeLimits } });
  });
  return settingsOf(db, actor);
}

/** Whether the organisation has a handler to take reports (with an account in use). */
export async function hasHandlers(tx: Tx, organisationId: string) {
  const [found] = await tx
    .select({ n: count() })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.role, HANDLER_ROLE), isNull(people.disabledAt)));
  return (found?.n ?? 0) > 0;
}

/** Whether the organisation takes reports (it has a handler), and the time limits they carry: for its public page. */
export async function channelOf(db: Db, organisationId: string) {
  return withinOrganisation(organisationId, async () => {
    const [open, limits] = await Promise.all([hasHandlers(db, organisationId), timeLimitsOf(db, organisationId)]);
    return { open, limits };
  });
}

// ─── Receiving a report ─────────────────────────────────────────────────────────────────────────────────

/** The organisation's people the report's names are, by name or email, compared as rules.normaliseName does. */
async function matchNames(tx: Tx, organisationId: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const wanted = new Set(names.map(normaliseName));
  const candidates = await tx
    .selectDistinct({ id: people.id, givenName: people.givenName, familyName: people.familyName, email: people.email })
    .from(people)
    .innerJoin(roleAssignments, eq(roleAssignments.personId, people.id))
    .where(eq(roleAssignments.organisationId, organisationId));
  return candidates.filter((p) => wanted.has(normaliseName(`${p.givenName} ${p.familyName}`)) || wanted.has(normaliseName(p.email))).map((p) => p.id);
}

/**
 * Records who among the organisation's handlers and custodians is excluded from the report by what it says
 * (named in it, or a declared connection with someone it names), each in the chronology and the audit trail.
 * They are excluded whether recorded or not; the record says when it was found.
 */
async function recordExclusions(tx: Transaction, actor: AuditActor, row: ReportRow, at: Date) {
  const found = await tx
    .selectDistinct({ personId: roleAssignments.personId, named: sql<boolean>`${roleAssignments.personId} = any(${concernReports.namedPersonIds})` })
    .from(roleAssignments)
    .innerJoin(concernReports, eq(concernReports.id, row.id))
    .where(
      and(
        eq(roleAssignments.organisationId, row.organisationId),
        inArray(roleAssignments.role, [HANDLER_ROLE, CUSTODIAN_ROLE]),
        excluded(roleAssignments.personId),
        sql`not exists (select 1 from ${concernExclusions} where ${concernExclusions.reportId} = ${row.id} and ${concernExclusions.personId} = ${roleAssignments.personId})`,
      ),
    );
  for (const { personId, named } of found) {
    const ground = named ? 'named' : 'declared';
    await tx.insert(concernExclusions).values({ reportId: row.id, organisationId: row.organisationId, personId, ground, recordedAt: at });
    await record(tx, actor, row, { event: 'excluded', at, personId }, 'report.excluded', { details: { personId, ground } });
  }
  return new Set(found.map((f) => f.personId));
}

/** The organisation's handlers with how many open reports each is assigned, and those excluded from this report. */
async function handlersFor(tx: Tx, row: ReportRow) {
  const open = sql<number>`(select count(*) from ${concernReports} r where r.assigned_to = ${roleAssignments.personId} and r.status <> 'closed')`.mapWith(Number);
  return tx
    .selectDistinct({ personId: roleAssignments.personId, openReports: open, excluded: sql<boolean>`${excluded(roleAssignments.personId)}` })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .innerJoin(concernReports, eq(concernReports.id, row.id))
    .where(and(eq(roleAssignments.organisationId, row.organisationId), eq(roleAssignments.role, HANDLER_ROLE), isNull(people.disabledAt)));
}

/** The deadlines a time limit of the report starts, owned by its handler; none while it has no handler. */
async function startDeadline(ctx: ConcernsContext, tx: Transaction, actor: AuditActor, row: Pick<ReportRow, 'id' | 'organisationId' | 'assignedTo' | 'timeLimits'>, limit: keyof TimeLimits, startsAt: Date) {
  if (!row.assignedTo) return;
  const deadline = await createDeadline(ctx, tx, actor, { organisationId: row.organisationId, kind: DEADLINE_KINDS[limit], ownerId: row.assignedTo, rule: row.timeLimits[limit], startsAt, recordType: 'concern_report', recordId: row.id });
  if (limit === 'acknowledge') await tx.update(concernReports).set({ acknowledgeDueAt: deadline.dueAt }).where(eq(concernReports.id, row.id));
}

/**
 * Assigns the report to a handler who is not excluded (the one preferred, if free; else the least busy), or
 * to nobody when every one is excluded, and then tells the organisation's admins that a report waits for a
 * handler, without a word of what it says or whom it names.
 */
async function assign(ctx: ConcernsContext, tx: Transaction, actor: AuditActor, row: ReportRow, at: Date, preferred: string | null) {
  const handlers = await handlersFor(tx, row);
  const barred = new Set(handlers.filter((h) => h.excluded).map((h) => h.personId));
  const chosen = preferred && handlers.some((h) => h.personId === preferred) && !barred.has(preferred) ? preferred : chooseHandler(handlers, barred);
  if (chosen) {
    await tx.update(concernReports).set({ assignedTo: chosen }).where(eq(concernReports.id, row.id));
    await record(tx, actor, row, { event: 'assigned', at, personId: chosen }, 'report.assigned', { details: { personId: chosen } });
    return chosen;
  }
  const admins = await tx.select({ personId: roleAssignments.personId }).from(roleAssignments).where(and(eq(roleAssignments.organisationId, row.organisationId), eq(roleAssignments.role, 'organisation_admin')));
  for (const { personId } of admins) {
    await notify(tx, ctx.mailer, ctx.publicUrl, {
      personId,
      organisationId: row.organisationId,
      kind: 'report.unassigned',
      title: 'A report raised in confidence waits for a handler',
      body: 'No handler here may take a report that was made: appoint another handler of concerns raised in confidence, who will find it in their queue.',
      dedupeKey: `report:${row.id}:unassigned:${at.toISOString()}`,
    });
  }
  return null;
}

export interface Received {
  id: string;
  reference: string;
  receiptCode: string;
  receivedAt: Date;
}

/**
 * Receives a report: through the organisation's page (no one signed in) or entered by a handler from a
 * phone call, letter, email or meeting. Keeps the receipt code only as its hash and the reporter's identity
 * only sealed, apart from the report; finds whom it names among the organisation's people and excludes
 * them, and any handler or custodian connected to them by a declaration; assigns it and starts the time to
 * acknowledge it. Nothing of the request that brought it (address, browser) is kept.
 */
export async function receiveReport(ctx: ConcernsContext, organisationId: string, input: NewReport, how: { channel: Channel; actor: AuditActor }): Promise<Received> {
  const problems = reportProblems(input);
  if (problems.length) throw new Refused(problems, 'body');
  const receiptCode = newReceiptCode(crypto.randomBytes(12));
  const hash = await receiptHash(receiptCode.replace(/-/g, ''), organisationId);
  const received = await ctx.db.transaction(async (tx) => {
    if (!(await hasHandlers(tx, organisationId))) {
      throw new Conflict('no-handlers', 'Not taking reports yet', 'This organisation has no one appointed to handle concerns raised in confidence yet. Raise your concern with its leaders directly, or with the body that regulates it.');
    }
    const now = clock.now();
    const [row] = await tx
      .insert(concernReports)
      .values({
        organisationId,
        reference: newReference(crypto.randomBytes(5)),
        receiptHash: hash,
        mode: input.mode,
        category: input.category,
        channel: how.channel,
        account: input.account.trim(),
        happenedWhen: input.when?.trim() || null,
        happenedWhere: input.where?.trim() || null,
        namedPeople: input.namedPeople.map((n) => n.trim()),
        namedPersonIds: await matchNames(tx, organisationId, input.namedPeople),
        status: 'received',
        receivedAt: now,
        timeLimits: await timeLimitsOf(tx, organisationId),
        enteredBy: how.channel === 'web' ? null : how.actor.personId,
      })
      .returning();
    if (input.identity) await tx.insert(concernReporters).values({ reportId: row!.id, organisationId, sealed: ctx.secrets.seal(JSON.stringify(input.identity), reporterContext(row!.id)) });
    await record(tx, how.actor, row!, { event: 'receive', at: now, toStatus: 'received' }, how.channel === 'web' ? 'report.received' : 'report.entered', {
      details: { channel: how.channel, mode: input.mode, category: input.category },
    });
    await recordExclusions(tx, how.actor, row!, now);
    const assignedTo = await assign(ctx, tx, how.actor, row!, now, how.channel === 'web' ? null : how.actor.personId);
    for (const limit of deadlinesStartedBy('receive')) await startDeadline(ctx, tx, how.actor, { ...row!, assignedTo }, limit, now);
    return { id: row!.id, reference: row!.reference, receivedAt: now };
  });
  void ctx.mailer.deliver().catch(() => 0);
  return { ...received, receiptCode };
}

/** A report made through the organisation's page, by anyone, signed in or not: nothing of who sent it is taken from the request. */
export async function makeReport(ctx: ConcernsContext, organisationId: string, input: NewReport, requestId: string) {
  return withinOrganisation(organisationId, async () => await receiveReport(ctx, organisationId, input, { channel: 'web', actor: { personId: null, requestId } }));
}

// ─── The reporter ───────────────────────────────────────────────────────────────────────────────────────

const notOpened = () => new Problem(404, '/problems/receipt-code-not-recognised', 'Receipt code not recognised', 'No report opens with this receipt code here. Check it against the one you were given, and try again.');

/**
 * Opens a report with its receipt code for a short session: the code's shape first (nothing is looked up
 * for a code that cannot be one), then the throttle, then one slow hash and a look-up. A code that opens
 * nothing is answered alike whether or not anything was ever made with it, and counted against the address
 * (in memory) and the organisation. Returns the session's token, which is all the reporter's browser holds.
 */
export async function beginFollowing(ctx: ConcernsContext, organisationId: string, typed: string, address: string, requestId: string) {
  const code = unwrap(readReceiptCode(typed));
  return withinOrganisation(organisationId, async () => {
    const now = clock.now();
    await refuseIfThrottled(ctx.db, ctx.throttle, organisationId, address, now);
    const reportId = await findByReceipt(ctx.db, ctx.throttle, organisationId, code, address, now);
    if (!reportId) throw notOpened();
    const token = newToken();
    const expiresAt = new Date(now.getTime() + FOLLOW_MINUTES * 60_000);
    await ctx.db.transaction(async (tx) => {
      await tx.insert(concernFollowSessions).values({ tokenHash: hashToken(token), reportId, organisationId, expiresAt });
      await audit(tx, { personId: null, requestId }, { organisationId, action: 'report.followed', recordType: 'concern_report', recordId: reportId });
    });
    return { token, expiresAt };
  });
}

const sessionEnded = () => new Problem(401, '/problems/report-session-ended', 'Enter your receipt code again', 'Your time on this report has ended, or this is not a report session: enter your receipt code again.');

/** The report a reporter's session is on, while it lasts; run behind the organisation's wall. */
async function followedReport(tx: Tx, organisationId: string, token: string) {
  const [found] = await tx
    .select({ row: concernReports })
    .from(concernFollowSessions)
    .innerJoin(concernReports, eq(concernReports.id, concernFollowSessions.reportId))
    .where(and(eq(concernFollowSessions.tokenHash, hashToken(token)), eq(concernFollowSessions.organisationId, organisationId), gt(concernFollowSessions.expiresAt, clock.now())));
  if (!found) throw sessionEnded();
  return found.row;
}

/** Ends the reporter's session at once (leaving the page, or "I am done"); one already ended is refused like any other. */
export async function endFollowing(ctx: ConcernsContext, organisationId: string, token: string) {
  const ended = await withinOrganisation(organisationId, async () =>
    ctx.db.transaction(async (tx) => tx.delete(concernFollowSessions).where(and(eq(concernFollowSessions.tokenHash, hashToken(token)), eq(concernFollowSessions.organisationId, organisationId))).returning({ reportId: concernFollowSessions.reportId })),
  );
  if (ended.length === 0) throw sessionEnded();
}

/** What the reporter sent, for their proof: the report, then each message and file of theirs. */
async function sentBy(tx: Tx, row: ReportRow) {
  // One after the other: a transaction's queries share its one connection.
  const messages = await tx.select({ body: concernMessages.body, at: concernMessages.at }).from(concernMessages).where(and(eq(concernMessages.reportId, row.id), eq(concernMessages.from, 'reporter')));
  const files = await tx.select({ sha256: concernAttachments.sha256, at: concernAttachments.at }).from(concernAttachments).where(and(eq(concernAttachments.reportId, row.id), eq(concernAttachments.from, 'reporter')));
  const report = JSON.stringify({ category: row.category, account: row.account, when: row.happenedWhen, where: row.happenedWhere, namedPeople: row.namedPeople });
  return [
    { kind: 'report' as const, at: row.receivedAt, content: report },
    ...messages.map((m) => ({ kind: 'message' as const, at: m.at, content: m.body })),
    ...files.map((f) => ({ kind: 'file' as const, at: f.at, content: f.sha256 })),
  ];
}

/** The due times of the report's open time limits, as its deadlines hold them. */
async function dueTimes(db: Db, row: ReportRow) {
  const open = await openDeadlinesOf(db, row.organisationId, [{ recordType: 'concern_report', recordIds: [row.id] }]);
  const due = (kind: string) => open.find((d) => d.kind === kind)?.dueAt ?? null;
  return { acknowledgeBy: due(DEADLINE_KINDS.acknowledge), feedbackBy: due(DEADLINE_KINDS.feedback) };
}

/** The report as its reporter reads it: everything they sent, every message both ways, each reveal of their identity; never the handlers' notes or names. */
async function reporterView(tx: Tx, row: ReportRow) {
  // One after the other: a transaction's queries share its one connection.
  const messages = await tx
    .select({ id: concernMessages.id, from: concernMessages.from, body: concernMessages.body, at: concernMessages.at })
    .from(concernMessages)
    .where(eq(concernMessages.reportId, row.id))
    .orderBy(asc(concernMessages.at), asc(concernMessages.id));
  const attachments = await tx
    .select({ id: concernAttachments.id, from: concernAttachments.from, name: concernAttachments.name, mediaType: concernAttachments.mediaType, size: concernAttachments.size, removed: concernAttachments.removed, at: concernAttachments.at })
    .from(concernAttachments)
    .where(eq(concernAttachments.reportId, row.id))
    .orderBy(asc(concernAttachments.at), asc(concernAttachments.id));
  const reveals = await tx
    .select({ reason: concernReveals.reason, at: concernReveals.decidedAt })
    .from(concernReveals)
    .where(and(eq(concernReveals.reportId, row.id), eq(concernReveals.decision, 'approved')))
    .orderBy(asc(concernReveals.decidedAt));
  const due = await dueTimes(tx, row);
  return {
    reference: row.reference,
    mode: row.mode,
    category: row.category,
    status: row.status,
    receivedAt: row.receivedAt,
    acknowledgedAt: row.acknowledgedAt,
    closedAt: row.closedAt,
    outcome: row.outcome,
    account: row.account,
    when: row.happenedWhen,
    where: row.happenedWhere,
    namedPeople: row.namedPeople,
    ...due,
    messages,
    attachments,
    identityRevealed: reveals.map((r) => ({ reason: r.reason, at: r.at! })),
    mayWrite: reporterWriteRefusal(row) === null,
  };
}

/** The report, to the reporter whose session is on it; each read is recorded (without anything of who read it). */
export async function reportForReporter(ctx: ConcernsContext, organisationId: string, token: string, requestId: string) {
  return withinOrganisation(organisationId, async () =>
    ctx.db.transaction(async (tx) => {
      const row = await followedReport(tx, organisationId, token);
      await audit(tx, { personId: null, requestId }, { organisationId, action: 'report.read_by_reporter', recordType: 'concern_report', recordId: row.id });
      return reporterView(tx, row);
    }),
  );
}

/** The reporter's answer or new information, while the report is open. */
export async function reporterWrites(ctx: ConcernsContext, organisationId: string, token: string, body: string, requestId: string) {
  return withinOrganisation(organisationId, async () =>
    ctx.db.transaction(async (tx) => {
      const row = await followedReport(tx, organisationId, token);
      const refusal = reporterWriteRefusal(row);
      if (refusal) throw new Refused([refusal], 'body');
      const now = clock.now();
      await tx.insert(concernMessages).values({ reportId: row.id, organisationId, from: 'reporter', body: body.trim(), at: now });
      await record(tx, { personId: null, requestId }, row, { event: 'reporter_wrote', at: now }, 'report.reporter_wrote');
      if (row.assignedTo) {
        await notify(tx, ctx.mailer, ctx.publicUrl, {
          personId: row.assignedTo,
          organisationId,
          kind: 'report.reporter_wrote',
          title: `The reporter wrote on ${row.reference}`,
          body: 'The reporter of a concern raised in confidence has written. Read it in Probity.',
          link: `/orgs/${organisationId}/reports/${row.id}`,
          dedupeKey: `report:${row.id}:reporter-wrote:${now.toISOString()}`,
        });
      }
      return reporterView(tx, row);
    }),
  );
}

/**
 * A file the reporter adds: taken for what its first bytes say it is, stripped of whatever could identify its
 * maker (rules in metadata.ts), then kept; the reporter is told what was removed.
 */
export async function reporterAddsFile(ctx: ConcernsContext, organisationId: string, token: string, file: { name: string; bytes: Uint8Array }, requestId: string) {
  if (file.bytes.length === 0) throw Invalid.field('body', 'is empty');
  if (file.bytes.length > MAX_FILE_BYTES) throw Invalid.field('body', `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const stripped = stripMetadata(file.bytes, file.name);
  if (!stripped.ok) throw Invalid.field(stripped.reason.startsWith('is named') ? 'query.name' : 'body', stripped.reason);
  return withinOrganisation(organisationId, async () => {
    const row = await followedReport(ctx.db, organisationId, token);
    const refusal = reporterWriteRefusal(row);
    if (refusal) throw new Refused([refusal], 'body');
    const storageKey = crypto.randomUUID();
    await ctx.files.put(storageKey, stripped.bytes);
    return ctx.db.transaction(async (tx) => {
      const now = clock.now();
      const [kept] = await tx
        .insert(concernAttachments)
        .values({
          reportId: row.id,
          organisationId,
          from: 'reporter',
          name: file.name,
          mediaType: stripped.kind.mediaType,
          size: stripped.bytes.length,
          sha256: crypto.createHash('sha256').update(stripped.bytes).digest('hex'),
          storageKey,
          removed: stripped.removed,
          at: now,
        })
        .returning({ id: concernAttachments.id, name: concernAttachments.name, mediaType: concernAttachments.mediaType, size: concernAttachments.size, removed: concernAttachments.removed, at: concernAttachments.at });
      await record(tx, { personId: null, requestId }, row, { event: 'reporter_wrote', at: now, note: 'file' }, 'report.file_added', { details: { from: 'reporter', mediaType: stripped.kind.mediaType, size: stripped.bytes.length } });
      return kept!;
    });
  });
}

/** A file sent with the report (the reporter's own, or one the handlers sent them), to the reporter whose session is on it; each download is recorded without anything of who downloaded it. */
export async function attachmentForReporter(ctx: ConcernsContext, organisationId: string, token: string, attachmentId: string, requestId: string) {
  return withinOrganisation(organisationId, async () => {
    const file = await ctx.db.transaction(async (tx) => {
      const row = await followedReport(tx, organisationId, token);
      const [found] = await tx.select().from(concernAttachments).where(and(eq(concernAttachments.id, attachmentId), eq(concernAttachments.reportId, row.id)));
      if (!found) throw new NotFound('file');
      await audit(tx, { personId: null, requestId }, { organisationId, action: 'report.file_downloaded', recordType: 'concern_report', recordId: row.id, details: { attachmentId, by: 'reporter' } });
      return found;
    });
    return { name: file.name, mediaType: file.mediaType, bytes: await ctx.files.get(file.storageKey) };
  });
}

/** The reporter's proof of their report: the reference, when it was received, and a SHA-256 of everything they sent. */
export async function proofForReporter(ctx: ConcernsContext, organisationId: string, token: string, requestId: string) {
  return withinOrganisation(organisationId, async () =>
    ctx.db.transaction(async (tx) => {
      const row = await followedReport(tx, organisationId, token);
      await audit(tx, { personId: null, requestId }, { organisationId, action: 'report.proof_downloaded', recordType: 'concern_report', recordId: row.id });
      return { organisation: (await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId)))[0]!.name, ...proofOf(row.reference, row.receivedAt, await sentBy(tx, row)) };
    }),
  );
}

// ─── Handlers ───────────────────────────────────────────────────────────────────────────────────────────

export interface QueueFilter {
  status?: Status | undefined;
  mine?: boolean | undefined;
}

/** The reports the handler may see (none they are excluded from), open ones first by when they came. */
export async function queue(db: Db, actor: Actor, filter: QueueFilter) {
  const assigned = alias('assigned_person');
  const rows = await db
    .select({ row: concernReports, assignedName: sql<string | null>`${nameOf(assigned)}`, ...relationColumns(actor, reportAccess) })
    .from(concernReports)
    .leftJoin(assigned, eq(assigned.id, concernReports.assignedTo))
    .where(and(accessible(actor, 'report.read', reportAccess), filter.status ? eq(concernReports.status, filter.status) : undefined, filter.mine ? eq(concernReports.assignedTo, actor.personId) : undefined))
    .orderBy(sql`${concernReports.status} = 'closed'`, asc(concernReports.receivedAt), asc(concernReports.id));
  // A handler's queue is short: the open deadlines of each report, asked of the deadlines engine report by report.
  const due = await Promise.all(rows.map((r) => dueTimes(db, r.row)));
  return rows.map((r, i) => ({
    id: r.row.id,
    reference: r.row.reference,
    mode: r.row.mode,
    category: r.row.category,
    channel: r.row.channel,
    status: r.row.status,
    receivedAt: r.row.receivedAt,
    assignedTo: r.row.assignedTo ? { id: r.row.assignedTo, name: r.assignedName ?? '' } : null,
    ...due[i]!,
    allowed: allowedFor(actor, subjectOf(r.row, relationsIn(r))),
  }));
}

const alias = (name: string) => aliasOf(people, name);

/** Everything about a report for its handlers: what it says, messages both ways, notes, exclusions, reveals and chronology. */
async function handlerView(db: Tx, actor: Actor, row: ReportRow, subject: Subject) {
  const author = alias('author');
  const concerned = alias('concerned');
  const [base, notes, exclusions, reveals, chronology, authors, named] = await Promise.all([
    reporterView(db, row),
    db.select({ id: concernNotes.id, body: concernNotes.body, at: concernNotes.at, authorId: concernNotes.authorId }).from(concernNotes).where(eq(concernNotes.reportId, row.id)).orderBy(asc(concernNotes.at), asc(concernNotes.id)),
    db
      .select({ personId: concernExclusions.personId, name: nameOf(people), ground: concernExclusions.ground, reason: concernExclusions.reason, recordedAt: concernExclusions.recordedAt })
      .from(concernExclusions)
      .innerJoin(people, eq(people.id, concernExclusions.personId))
      .where(eq(concernExclusions.reportId, row.id))
      .orderBy(asc(concernExclusions.recordedAt)),
    db.select().from(concernReveals).where(eq(concernReveals.reportId, row.id)).orderBy(asc(concernReveals.requestedAt)),
    db
      .select({ id: concernEvents.id, event: concernEvents.event, fromStatus: concernEvents.fromStatus, toStatus: concernEvents.toStatus, at: concernEvents.at, actorName: sql<string | null>`${nameOf(author)}`, personName: sql<string | null>`${nameOf(concerned)}`, note: concernEvents.note })
      .from(concernEvents)
      .leftJoin(author, eq(author.id, concernEvents.actorId))
      .leftJoin(concerned, eq(concerned.id, concernEvents.personId))
      .where(eq(concernEvents.reportId, row.id))
      .orderBy(asc(concernEvents.at), asc(concernEvents.id)),
    db.select({ id: concernMessages.id, authorId: concernMessages.authorId, feedback: concernMessages.feedback }).from(concernMessages).where(eq(concernMessages.reportId, row.id)),
    row.namedPersonIds.length ? db.select({ id: people.id, name: nameOf(people) }).from(people).where(inArray(people.id, row.namedPersonIds)) : Promise.resolve([]),
  ]);
  const ids = [...new Set([...notes.map((n) => n.authorId), ...authors.flatMap((a) => (a.authorId ? [a.authorId] : [])), ...reveals.flatMap((r) => [r.requestedBy, ...(r.decidedBy ? [r.decidedBy] : [])]), ...(row.assignedTo ? [row.assignedTo] : [])])];
  const names = new Map((ids.length ? await db.select({ id: people.id, name: nameOf(people) }).from(people).where(inArray(people.id, ids)) : []).map((p) => [p.id, p.name]));
  const byMessage = new Map(authors.map((a) => [a.id, a]));
  return {
    id: row.id,
    ...base,
    channel: row.channel,
    namedPersons: named,
    assignedTo: row.assignedTo ? { id: row.assignedTo, name: names.get(row.assignedTo) ?? '' } : null,
    caseId: row.caseId,
    timeLimits: row.timeLimits,
    messages: base.messages.map((m) => {
      const a = byMessage.get(m.id);
      return { ...m, authorName: a?.authorId ? (names.get(a.authorId) ?? '') : null, feedback: a?.feedback ?? false };
    }),
    notes: notes.map((n) => ({ id: n.id, body: n.body, at: n.at, authorName: names.get(n.authorId) ?? '' })),
    exclusions,
    reveals: reveals.map((r) => ({ id: r.id, requestedBy: names.get(r.requestedBy) ?? '', reason: r.reason, requestedAt: r.requestedAt, decision: r.decision, decidedBy: r.decidedBy ? (names.get(r.decidedBy) ?? '') : null, decidedAt: r.decidedAt })),
    chronology,
    allowed: row.status === 'closed' ? allowedOn(actor, subject, ['report.note', 'report.progress', 'report.step_aside'] as const) : allowedFor(actor, subject),
  };
}

/** A report, to a handler who may read it: a sensitive read, recorded in the audit trail. */
export async function readReport(db: Db, actor: Actor, reportId: string) {
  const { row, subject } = await loadReport(db, actor, reportId, 'report.read');
  await db.transaction((tx) => audit(tx, actor, { organisationId: row.organisationId, action: 'report.viewed', recordType: 'concern_report', recordId: row.id }));
  return handlerView(db, actor, row, subject);
}

async function reportFor(db: Db, actor: Actor, reportId: string) {
  const { row, subject } = await loadReport(db, actor, reportId, 'report.read');
  return handlerView(db, actor, row, subject);
}

export type StepInput = Exclude<ReportEvent, { type: 'feedback' }> & { message?: string | undefined };

const STEP_AUDIT: Record<Exclude<ReportEventType, 'feedback'>, AuditAction> = {
  acknowledge: 'report.acknowledged',
  begin: 'report.taken_up',
  close: 'report.closed',
  reopen: 'report.reopened',
};
const STEP_ACTION: Record<Exclude<ReportEventType, 'feedback'>, Action> = { acknowledge: 'report.acknowledge', begin: 'report.progress', close: 'report.progress', reopen: 'report.progress' };

/** The words an acknowledgement sends the reporter when the handler gives none. */
export const ACKNOWLEDGEMENT =
  'Thank you for raising this. Your report has reached the people who handle concerns here, and one of them is looking at it. We will write to you here with any questions and to tell you what is being done.';

/**
 * Takes one step of the lifecycle through the rules, or refuses it naming the rule and changes nothing: the
 * report, its chronology, the message it sends the reporter (an acknowledgement; the closing reasons), its
 * deadlines and the audit trail, in one transaction.
 */
export async function takeStep(ctx: ConcernsContext, actor: Actor, reportId: string, input: StepInput) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadReport(tx, actor, reportId, STEP_ACTION[input.type], true);
    const before = await withHistory(tx, row);
    const now = clock.now();
    const after = unwrap(step(before, input, now));
    await tx.update(concernReports).set(columnsOf(after)).where(and(eq(concernReports.id, row.id), eq(concernReports.organisationId, row.organisationId)));
    const note = input.type === 'close' ? input.reasons : input.type === 'reopen' ? input.reason : null;
    await record(tx, actor, row, { event: input.type, at: now, fromStatus: before.status, toStatus: after.status, note }, STEP_AUDIT[input.type], { details: { from: before.status, to: after.status, ...(input.type === 'close' ? { outcome: input.outcome } : {}) } });
    const toReporter = input.type === 'acknowledge' ? input.message?.trim() || ACKNOWLEDGEMENT : input.type === 'close' ? input.reasons.trim() : null;
    if (toReporter) await tx.insert(concernMessages).values({ reportId: row.id, organisationId: row.organisationId, from: 'handler', authorId: actor.personId, body: toReporter, feedback: input.type === 'close', at: now });
    for (const limit of deadlinesMetBy(input.type)) await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'concern_report', recordId: row.id, kind: DEADLINE_KINDS[limit] });
    for (const limit of deadlinesStartedBy(input.type)) {
      const startsAt = input.type === 'acknowledge' && row.acknowledgeDueAt ? feedbackStartsAt(now, row.acknowledgeDueAt) : now;
      await startDeadline(ctx, tx, actor, row, limit, startsAt);
    }
  });
  void ctx.mailer.deliver().catch(() => 0);
  return reportFor(ctx.db, actor, reportId);
}

/** A message to the reporter (a question, or feedback on what is being done), once the report is acknowledged. */
export async function messageReporter(ctx: ConcernsContext, actor: Actor, reportId: string, input: { body: string; feedback: boolean }) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadReport(tx, actor, reportId, 'report.message', true);
    const before = await withHistory(tx, row);
    const now = clock.now();
    const after = unwrap(step(before, { type: 'feedback' }, now));
    await tx.insert(concernMessages).values({ reportId: row.id, organisationId: row.organisationId, from: 'handler', authorId: actor.personId, body: input.body.trim(), feedback: input.feedback, at: now });
    if (input.feedback && !row.feedbackAt) {
      await tx.update(concernReports).set({ feedbackAt: after.feedbackAt }).where(eq(concernReports.id, row.id));
      for (const limit of deadlinesMetBy('feedback')) await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'concern_report', recordId: row.id, kind: DEADLINE_KINDS[limit] });
    }
    await audit(tx, actor, { organisationId: row.organisationId, action: 'report.messaged', recordType: 'concern_report', recordId: row.id, details: { feedback: input.feedback } });
  });
  return reportFor(ctx.db, actor, reportId);
}

/** An internal note, which the reporter never sees. */
export async function addNote(ctx: ConcernsContext, actor: Actor, reportId: string, body: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadReport(tx, actor, reportId, 'report.note', true);
    await tx.insert(concernNotes).values({ reportId: row.id, organisationId: row.organisationId, authorId: actor.personId, body: body.trim(), at: clock.now() });
    await audit(tx, actor, { organisationId: row.organisationId, action: 'report.noted', recordType: 'concern_report', recordId: row.id });
  });
  return reportFor(ctx.db, actor, reportId);
}

/** Moves the report's open deadlines to its new handler: the old ones are waived with the reason, new ones due at the same time. */
async function moveDeadlines(ctx: ConcernsContext, tx: Transaction, actor: Actor, row: ReportRow, to: string | null) {
  const open = await openDeadlinesOf(tx, row.organisationId, [{ recordType: 'concern_report', recordIds: [row.id] }]);
  await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'concern_report', recordId: row.id, waivedReason: 'The report passed to another handler.' });
  if (!to) return;
  for (const d of open) {
    const kind = Object.values(DEADLINE_KINDS).find((k) => k === d.kind);
    if (kind) await createDeadline(ctx, tx, actor, { organisationId: row.organisationId, kind, ownerId: to, rule: { type: 'fixed', dueAt: d.dueAt.toISOString() }, recordType: 'concern_report', recordId: row.id });
  }
}

/** Assigns an open report to another handler of the organisation who is not excluded from it (when one leaves, or to share the work). */
export async function reassign(ctx: ConcernsContext, actor: Actor, reportId: string, personId: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadReport(tx, actor, reportId, 'report.assign', true);
    if (row.status === 'closed') throw new Refused([{ rule: 'report-closed', detail: 'A closed report is not reassigned: reopen it first.' }], 'body');
    const [standing] = await tx.select({ handler: sql<boolean>`${handlerHere(personId)}`, excluded: sql<boolean>`${excluded(personId)}` }).from(concernReports).where(eq(concernReports.id, row.id));
    if (!standing!.handler) throw Invalid.field('body.personId', 'is not a handler of concerns raised in confidence here');
    if (standing!.excluded) throw new Conflict('excluded', 'Excluded from this report', 'This handler is excluded from the report: it names them, they declared a connection with someone it names, or they stepped aside.');
    if (row.assignedTo === personId) throw new Conflict('already-assigned', 'Already assigned', 'The report is already assigned to this handler.');
    await tx.update(concernReports).set({ assignedTo: personId }).where(eq(concernReports.id, row.id));
    await moveDeadlines(ctx, tx, actor, row, personId);
    await record(tx, actor, row, { event: 'assigned', at: clock.now(), personId }, 'report.assigned', { details: { personId, from: row.assignedTo } });
  });
  void ctx.mailer.deliver().catch(() => 0);
  return reportFor(ctx.db, actor, reportId);
}

/**
 * Steps aside from a report with a reason: excluded from it from then on. The handler it was assigned to
 * passes it to the least busy handler who is free to take it, or to nobody (and the admins are told).
 */
export async function stepAside(ctx: ConcernsContext, actor: Actor, reportId: string, reason: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadReport(tx, actor, reportId, 'report.step_aside', true);
    const now = clock.now();
    await tx.insert(concernExclusions).values({ reportId: row.id, organisationId: row.organisationId, personId: actor.personId, ground: 'stepped_aside', reason, recordedAt: now });
    await record(tx, actor, row, { event: 'stepped_aside', at: now, personId: actor.personId, note: reason }, 'report.stepped_aside', { reason });
    if (row.assignedTo === actor.personId) {
      await tx.update(concernReports).set({ assignedTo: null }).where(eq(concernReports.id, row.id));
      const next = row.status === 'closed' ? null : await assign(ctx, tx, actor, { ...row, assignedTo: null }, now, null);
      await moveDeadlines(ctx, tx, actor, row, next);
    }
  });
  void ctx.mailer.deliver().catch(() => 0);
}

// ─── Revealing a confidential reporter ─────────────────────────────────────────────────────────────────

/** A handler's request to know a confidential reporter's identity, with their reason, for a custodian to decide. */
export async function requestReveal(ctx: ConcernsContext, actor: Actor, reportId: string, reason: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadReport(tx, actor, reportId, 'report.request_reveal', true);
    const refusal: Refusal | null =
      row.mode !== 'confidential'
        ? { rule: row.mode === 'anonymous' ? 'anonymous-report' : 'named-report', detail: row.mode === 'anonymous' ? 'An anonymous report has no identity to reveal.' : 'The reporter gave their name openly: read it on the report.' }
        : null;
    if (refusal) throw new Refused([refusal], 'body');
    const [pending] = await tx.select({ id: concernReveals.id }).from(concernReveals).where(and(eq(concernReveals.reportId, row.id), eq(concernReveals.requestedBy, actor.personId), isNull(concernReveals.decision)));
    if (pending) throw new Conflict('reveal-pending', 'Already asked', 'Your request to know who made this report waits for a custodian.');
    const now = clock.now();
    const [request] = await tx.insert(concernReveals).values({ reportId: row.id, organisationId: row.organisationId, requestedBy: actor.personId, reason, requestedAt: now }).returning({ id: concernReveals.id });
    await record(tx, actor, row, { event: 'reveal_requested', at: now, note: reason }, 'report.reveal_requested', { reason, details: { requestId: request!.id } });
    const custodians = await tx
      .selectDistinct({ personId: roleAssignments.personId })
      .from(roleAssignments)
      .innerJoin(concernReports, eq(concernReports.id, row.id))
      .where(and(eq(roleAssignments.organisationId, row.organisationId), eq(roleAssignments.role, CUSTODIAN_ROLE), sql`not ${excluded(roleAssignments.personId)}`, ne(roleAssignments.personId, actor.personId)));
    for (const { personId } of custodians) {
      await notify(tx, ctx.mailer, ctx.publicUrl, {
        personId,
        organisationId: row.organisationId,
        kind: 'report.reveal_requested',
        title: 'A handler asks to know who raised a concern',
        body: 'A handler of concerns raised in confidence asks to know who made a confidential report. Decide in Probity.',
        link: `/orgs/${row.organisationId}/reveal-requests`,
        dedupeKey: `reveal:${request!.id}:${personId}`,
      });
    }
  });
  void ctx.mailer.deliver().catch(() => 0);
  return reportFor(ctx.db, actor, reportId);
}

/** The requests waiting for a custodian, from reports they are not excluded from: the reference, who asks and why, never what the report says. */
export async function revealRequests(db: Db, actor: Actor) {
  const rows = await db
    .select({ id: concernReveals.id, reportId: concernReveals.reportId, reference: concernReports.reference, requestedBy: nameOf(people), reason: concernReveals.reason, requestedAt: concernReveals.requestedAt, ...relationColumns(actor, reportAccess), row: concernReports })
    .from(concernReveals)
    .innerJoin(concernReports, eq(concernReports.id, concernReveals.reportId))
    .innerJoin(people, eq(people.id, concernReveals.requestedBy))
    .where(and(eq(concernReveals.organisationId, actor.organisationId), isNull(concernReveals.decision), sql`not ${excluded(actor.personId)}`))
    .orderBy(asc(concernReveals.requestedAt));
  return rows
    .filter((r) => can(actor, 'report.approve_reveal', subjectOf(r.row, relationsIn(r))))
    .map(({ id, reportId, reference, requestedBy, reason, requestedAt }) => ({ id, reportId, reference, requestedBy, reason, requestedAt }));
}

/**
 * A custodian's decision on a request: approved (the handler may then read the identity, and the reporter is
 * shown that it was revealed and why) or refused. A custodian excluded from the report, or who asked
 * themselves, decides nothing on it.
 */
export async function decideReveal(ctx: ConcernsContext, actor: Actor, requestId: string, input: { decision: 'approved' | 'refused'; note?: string | undefined }) {
  await ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ request: concernReveals, row: concernReports, ...relationColumns(actor, reportAccess) })
      .from(concernReveals)
      .innerJoin(concernReports, eq(concernReports.id, concernReveals.reportId))
      .where(and(eq(concernReveals.id, requestId), eq(concernReveals.organisationId, actor.organisationId)))
      .for('update', { of: concernReveals });
    if (!found || !can(actor, 'report.approve_reveal', subjectOf(found.row, relationsIn(found)))) throw new NotFound('request to reveal');
    if (found.request.decision) throw new Conflict('already-decided', 'Already decided', 'This request was decided already.');
    if (found.request.requestedBy === actor.personId) throw new Conflict('reveal-needs-another', 'Decided by another', 'A custodian decides someone else’s request, never their own.');
    const now = clock.now();
    await tx.update(concernReveals).set({ decision: input.decision, decidedBy: actor.personId, decidedAt: now, decisionNote: input.note ?? null }).where(and(eq(concernReveals.id, requestId), isNull(concernReveals.decision)));
    await record(tx, actor, found.row, { event: 'reveal_decided', at: now, personId: found.request.requestedBy, note: input.decision }, 'report.reveal_decided', { details: { requestId, decision: input.decision }, ...(input.note ? { reason: input.note } : {}) });
  });
}

/**
 * The reporter's identity, to the handler: for a named report at once, for a confidential one only once a
 * custodian approved the handler's own request. Every read is recorded.
 */
export async function revealIdentity(ctx: ConcernsContext, actor: Actor, reportId: string): Promise<Identity> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await loadReport(tx, actor, reportId, 'report.reveal');
    const [approval] = await tx
      .select({ requestedBy: concernReveals.requestedBy, approvedBy: concernReveals.decidedBy })
      .from(concernReveals)
      .where(and(eq(concernReveals.reportId, row.id), eq(concernReveals.requestedBy, actor.personId), eq(concernReveals.decision, 'approved')))
      .orderBy(desc(concernReveals.decidedAt))
      .limit(1);
    const refusal = revealRefusal(row.mode, approval ? { requestedBy: approval.requestedBy, approvedBy: approval.approvedBy! } : null, actor.personId);
    if (refusal) throw new Refused([refusal], 'body');
    const [sealed] = await tx.select({ sealed: concernReporters.sealed }).from(concernReporters).where(eq(concernReporters.reportId, row.id));
    if (!sealed) throw new NotFound('identity');
    await record(tx, actor, row, { event: 'identity_revealed', at: clock.now(), personId: actor.personId }, 'report.identity_revealed', { details: { mode: row.mode } });
    return JSON.parse(ctx.secrets.open(sealed.sealed, reporterContext(row.id))) as Identity;
  });
}


// ─── Concerns received otherwise, cases, statistics ─────────────────────────────────────────────────────

/**
 * A concern received by phone, letter, email or in person, entered by the handler who received it: it is
 * theirs unless it excludes them. The reporter is given the receipt code to follow it like any other.
 */
export async function enterReport(ctx: ConcernsContext, actor: Actor, input: NewReport & { channel: Exclude<Channel, 'web'> }) {
  const { channel, ...report } = input;
  return receiveReport(ctx, actor.organisationId, report, { channel, actor });
}

/**
 * Opens a case from the report (the Cases issue) about a person it names, or a protected case (000
 * provision 12) about whoever dissuaded or treated the reporter unfairly. The case engine refuses what it
 * refuses (the handler must be a case officer too, not connected to that person); the case is told only the
 * report's reference and the handler's summary, never who made the report.
 */
export async function openCaseFromReport(ctx: ConcernsContext, actor: Actor, reportId: string, input: { type: CaseTypeId; subjectId: string; summary: string }) {
  const { row } = await loadReport(ctx.db, actor, reportId, 'report.open_case');
  if (row.caseId) throw new Conflict('case-already-opened', 'A case is open already', 'A case was already opened from this report.');
  if (!row.namedPersonIds.includes(input.subjectId)) throw Invalid.field('body.subjectId', 'is not someone the report names');
  const opened = await openCaseFrom(ctx, actor, {
    type: input.type,
    subjectId: input.subjectId,
    summary: input.summary,
    harmThreshold: false,
    namedPersonIds: row.namedPersonIds.filter((id) => id !== input.subjectId),
    openedFrom: 'concern',
    sourceNote: `A concern raised in confidence, reference ${row.reference}`,
  });
  await ctx.db.transaction(async (tx) => {
    await tx.update(concernReports).set({ caseId: opened.id }).where(and(eq(concernReports.id, row.id), isNull(concernReports.caseId)));
    await record(tx, actor, row, { event: 'case_opened', at: clock.now(), note: opened.id }, 'report.case_opened', { details: { caseId: opened.id, type: input.type } });
  });
  return reportFor(ctx.db, actor, reportId);
}

const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 86_400_000;
const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return Math.round((sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2) * 10) / 10;
};

/**
 * The organisation's reports in figures, with nothing of what any says or who made it: how many stand at
 * each status, and the days taken to acknowledge and to close them (median and longest), with how many were
 * acknowledged later than their time limit allowed.
 */
export async function statistics(db: Db, actor: Actor) {
  const rows = await db
    .select({ status: concernReports.status, receivedAt: concernReports.receivedAt, acknowledgedAt: concernReports.acknowledgedAt, acknowledgeDueAt: concernReports.acknowledgeDueAt, closedAt: concernReports.closedAt })
    .from(concernReports)
    .where(eq(concernReports.organisationId, actor.organisationId));
  const acknowledged = rows.flatMap((r) => (r.acknowledgedAt ? [days(r.receivedAt, r.acknowledgedAt)] : []));
  const closed = rows.flatMap((r) => (r.closedAt ? [days(r.receivedAt, r.closedAt)] : []));
  const longest = (values: number[]) => (values.length ? Math.round(Math.max(...values) * 10) / 10 : null);
  return {
    total: rows.length,
    byStatus: STATUSES.map((status) => ({ status, count: rows.filter((r) => r.status === status).length })),
    daysToAcknowledge: { median: median(acknowledged), longest: longest(acknowledged), late: rows.filter((r) => r.acknowledgedAt && r.acknowledgeDueAt && r.acknowledgedAt > r.acknowledgeDueAt).length },
    daysToClose: { median: median(closed), longest: longest(closed) },
  };
}

/** The reports the handler may see, one row each, as CSV without personal data: no words of any report, no names, nothing of the reporter. */
export async function exportCsv(db: Db, actor: Actor) {
  const rows = await db
    .select({ row: concernReports })
    .from(concernReports)
    .where(accessible(actor, 'report.read', reportAccess))
    .orderBy(asc(concernReports.receivedAt), asc(concernReports.id));
  await db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'report.exported', recordType: 'concern_report', details: { rows: rows.length } }));
  return csv(
    ['reference', 'channel', 'mode', 'category', 'status', 'received_at', 'acknowledged_at', 'days_to_acknowledge', 'closed_at', 'days_to_close', 'outcome', 'case_opened'],
    rows.map(({ row }) => [
      row.reference,
      row.channel,
      row.mode,
      row.category,
      row.status,
      row.receivedAt,
      row.acknowledgedAt ?? '',
      row.acknowledgedAt ? days(row.receivedAt, row.acknowledgedAt).toFixed(1) : '',
      row.closedAt ?? '',
      row.closedAt ? days(row.receivedAt, row.closedAt).toFixed(1) : '',
      row.outcome ?? '',
      row.caseId ? 'yes' : 'no',
    ]),
  );
}

/**
 * A file the handler it is assigned to sends the reporter (a letter's scan, a picture of a notice): like a
 * message, once the report is acknowledged and while it is open. It passes the checks a reporter's file does
 * (taken for what its first bytes say, stripped of what could identify its maker, PDF and Office documents
 * refused), and the reporter reads it with their receipt code.
 */
export async function handlerAddsFile(ctx: ConcernsContext, actor: Actor, reportId: string, sent: { name: string | undefined; bytes: Uint8Array | null }) {
  const { row: found } = await loadReport(ctx.db, actor, reportId, 'report.message');
  const refusal = handlerFileRefusal(found);
  if (refusal) throw new Refused([refusal], 'body');
  if (!sent.name) throw Invalid.field('querystring.name', 'is required');
  if (!sent.bytes) throw new Problem(415, '/problems/http-415', 'Unsupported file upload', 'body: send the file as application/octet-stream');
  const file = { name: sent.name, bytes: sent.bytes };
  if (file.bytes.length === 0) throw Invalid.field('body', 'is empty');
  if (file.bytes.length > MAX_FILE_BYTES) throw Invalid.field('body', `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const stripped = stripMetadata(file.bytes, file.name);
  if (!stripped.ok) throw Invalid.field(stripped.reason.startsWith('is named') ? 'query.name' : 'body', stripped.reason);
  const storageKey = crypto.randomUUID();
  await ctx.files.put(storageKey, stripped.bytes);
  try {
    await ctx.db.transaction(async (tx) => {
      const { row } = await loadReport(tx, actor, reportId, 'report.message', true);
      const now = clock.now();
      const late = handlerFileRefusal(row);
      if (late) throw new Refused([late], 'body');
      await tx.insert(concernAttachments).values({
        reportId: row.id,
        organisationId: row.organisationId,
        from: 'handler',
        addedBy: actor.personId,
        name: file.name,
        mediaType: stripped.kind.mediaType,
        size: stripped.bytes.length,
        sha256: crypto.createHash('sha256').update(stripped.bytes).digest('hex'),
        storageKey,
        removed: stripped.removed,
        at: now,
      });
      await record(tx, actor, row, { event: 'file_added', at: now, note: file.name }, 'report.file_added', { details: { from: 'handler', mediaType: stripped.kind.mediaType, size: stripped.bytes.length } });
    });
  } catch (error) {
    // Nothing is kept of a file its report refused.
    await ctx.files.remove(storageKey).catch(() => undefined);
    throw error;
  }
  return reportFor(ctx.db, actor, reportId);
}

/** A file sent with the report, to a handler who may read it; every download is recorded. */
export async function attachmentForHandler(ctx: ConcernsContext, actor: Actor, reportId: string, attachmentId: string) {
  const { row } = await loadReport(ctx.db, actor, reportId, 'report.read');
  const [file] = await ctx.db
    .select()
    .from(concernAttachments)
    .where(and(eq(concernAttachments.id, attachmentId), eq(concernAttachments.reportId, row.id)));
  if (!file) throw new NotFound('file');
  const bytes = await ctx.files.get(file.storageKey);
  await ctx.db.transaction((tx) => audit(tx, actor, { organisationId: row.organisationId, action: 'report.file_downloaded', recordType: 'concern_report', recordId: row.id, details: { attachmentId } }));
  return { name: file.name, mediaType: file.mediaType, bytes };
}
