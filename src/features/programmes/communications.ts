import { and, asc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { Transaction, Tx } from '../../db/index.ts';
import { audit, systemActor, type AuditActor } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { NotFound, Refused } from '../../platform/errors.ts';
import { notify } from '../../platform/notifications/index.ts';
import { allowedOn, type Actor } from '../../platform/policy.ts';
import {
  AUDIENCE_WORDS,
  STAGE_WORDS,
  changeRefusal,
  communicationRefusals,
  defaultCommunications,
  isFor,
  statesFor,
  timing,
  type CommunicationInput,
} from './communications-rules.ts';
import { programmeCommunications } from './communications-schema.ts';
import { STATES, cohortDates, type Programme } from './rules.ts';
import { programmeCohorts, programmeParticipants } from './schema.ts';
import { loadParticipant, tailored, type ProgrammesContext } from './service.ts';

// Communications and webinars at key stages (001 §6.1.4): each cohort starts with its programme's default
// messages; the Professional Status Team adds webinars and messages, changes or cancels them before they are
// sent; a recurring job (server/jobs.ts) sends what is due, once, to the participants each is for, in their
// Probity inbox and by email. Not a deadline of the Deadlines engine: a message is owed by nobody, cannot be
// met or be overdue, and its recipients are decided only when it is sent.

type Row = typeof programmeCommunications.$inferSelect;
type CohortRow = typeof programmeCohorts.$inferSelect;

const record = (tx: Transaction, actor: AuditActor, row: Pick<Row, 'id' | 'organisationId'>, action: 'programme.communication_scheduled' | 'programme.communication_changed' | 'programme.communication_cancelled' | 'programme.communication_sent', details: Record<string, unknown> = {}) =>
  audit(tx, actor, { organisationId: row.organisationId, action, recordType: 'programme_communication', recordId: row.id, details });

/** The cohort, in the actor's organisation, or not found. */
async function loadCohort(tx: Tx, organisationId: string, cohortId: string) {
  const [cohort] = await tx.select().from(programmeCohorts).where(and(eq(programmeCohorts.id, cohortId), eq(programmeCohorts.organisationId, organisationId)));
  if (!cohort) throw new NotFound('cohort');
  return cohort;
}

/** Gives a new cohort its programme's default messages, each timed from the cohort's dates. */
export async function scheduleDefaultCommunications(tx: Transaction, actor: AuditActor & { personId: string }, cohort: CohortRow, programme: Programme) {
  const dates = cohortDates(programme, cohort.startsOn);
  const now = clock.now();
  const values = defaultCommunications(programme).map(({ key, ...d }) => ({
    organisationId: cohort.organisationId,
    cohortId: cohort.id,
    kind: 'message' as const,
    defaultKey: key,
    ...d,
    joinUrl: null,
    ...timing({ kind: 'message', ...d }, dates, programme),
    createdBy: actor.personId,
    createdAt: now,
    updatedAt: now,
  }));
  const rows = await tx.insert(programmeCommunications).values(values).returning();
  for (const row of rows) await record(tx, actor, row, 'programme.communication_scheduled', { cohortId: cohort.id, default: row.defaultKey });
  return rows;
}

function present(row: Row, actor: Actor) {
  const open = changeRefusal(row) === null;
  return {
    id: row.id,
    cohortId: row.cohortId,
    kind: row.kind,
    defaultKey: row.defaultKey,
    title: row.title,
    body: row.body,
    stage: row.stage,
    stageWords: STAGE_WORDS[row.stage],
    offsetDays: row.offsetDays,
    time: row.time,
    audience: row.audience,
    audienceWords: AUDIENCE_WORDS[row.audience],
    joinUrl: row.joinUrl,
    at: row.at,
    sendAt: row.sendAt,
    sentAt: row.sentAt,
    sentCount: row.sentCount,
    cancelledAt: row.cancelledAt,
    // Changed or cancelled only before it is sent.
    allowed: open ? allowedOn(actor, { organisationId: row.organisationId }, ['programme.manage'] as const) : [],
  };
}

/** A cohort's messages and webinars in the order they happen, with what was sent, when and to how many. */
export async function listCommunications(ctx: ProgrammesContext, actor: Actor, cohortId: string) {
  const cohort = await loadCohort(ctx.db, actor.organisationId, cohortId);
  const rows = await ctx.db
    .select()
    .from(programmeCommunications)
    .where(and(eq(programmeCommunications.cohortId, cohort.id), eq(programmeCommunications.organisationId, actor.organisationId)))
    .orderBy(asc(programmeCommunications.at), asc(programmeCommunications.createdAt));
  return rows.map((r) => present(r, actor));
}

/** The team adds a message or a webinar to a cohort, at a stage and an offset from it; every problem at once. */
export async function addCommunication(ctx: ProgrammesContext, actor: Actor, cohortId: string, input: CommunicationInput) {
  return ctx.db.transaction(async (tx) => {
    const cohort = await loadCohort(tx, actor.organisationId, cohortId);
    const programme = await tailored(tx, actor.organisationId, cohort.programme);
    const dates = cohortDates(programme, cohort.startsOn);
    const problems = communicationRefusals(input, dates, programme, clock.now());
    if (problems.length) throw new Refused(problems, 'body');
    const now = clock.now();
    const [row] = await tx
      .insert(programmeCommunications)
      .values({ organisationId: actor.organisationId, cohortId: cohort.id, ...input, title: input.title.trim(), body: input.body.trim(), joinUrl: input.joinUrl ?? null, ...timing(input, dates, programme), createdBy: actor.personId, createdAt: now, updatedAt: now })
      .returning();
    await record(tx, actor, row!, 'programme.communication_scheduled', { cohortId: cohort.id, kind: input.kind });
    return present(row!, actor);
  });
}

/** The scheduled message or webinar, locked for a change: refused once it is sent or cancelled. */
async function loadOpen(tx: Tx, actor: Actor, id: string) {
  const [row] = await tx
    .select()
    .from(programmeCommunications)
    .where(and(eq(programmeCommunications.id, id), eq(programmeCommunications.organisationId, actor.organisationId)))
    .for('update');
  if (!row) throw new NotFound('message');
  const refusal = changeRefusal(row);
  if (refusal) throw new Refused([refusal], 'body');
  return row;
}

/** Changes a message or webinar not yet sent; what is not given stays as it was. */
export async function changeCommunication(ctx: ProgrammesContext, actor: Actor, id: string, change: Partial<CommunicationInput>) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadOpen(tx, actor, id);
    const cohort = await loadCohort(tx, actor.organisationId, row.cohortId);
    const programme = await tailored(tx, actor.organisationId, cohort.programme);
    const dates = cohortDates(programme, cohort.startsOn);
    const input: CommunicationInput = {
      kind: change.kind ?? row.kind,
      title: change.title ?? row.title,
      body: change.body ?? row.body,
      stage: change.stage ?? row.stage,
      offsetDays: change.offsetDays ?? row.offsetDays,
      time: change.time ?? row.time,
      audience: change.audience ?? row.audience,
      joinUrl: change.joinUrl !== undefined ? change.joinUrl : row.joinUrl,
    };
    const problems = communicationRefusals(input, dates, programme, clock.now());
    if (problems.length) throw new Refused(problems, 'body');
    const [updated] = await tx
      .update(programmeCommunications)
      .set({ ...input, title: input.title.trim(), body: input.body.trim(), ...timing(input, dates, programme), updatedAt: clock.now() })
      .where(eq(programmeCommunications.id, row.id))
      .returning();
    await record(tx, actor, updated!, 'programme.communication_changed', { changed: Object.keys(change) });
    return present(updated!, actor);
  });
}

/** Cancels a message or webinar not yet sent: nobody is sent it. */
export async function cancelCommunication(ctx: ProgrammesContext, actor: Actor, id: string) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadOpen(tx, actor, id);
    const [updated] = await tx.update(programmeCommunications).set({ cancelledAt: clock.now(), cancelledBy: actor.personId }).where(eq(programmeCommunications.id, row.id)).returning();
    await record(tx, actor, updated!, 'programme.communication_cancelled');
    return present(updated!, actor);
  });
}

/** The participant's cohort's webinars still to come that are for them, soonest first. */
export async function upcomingWebinars(ctx: ProgrammesContext, actor: Actor, participantId: string) {
  const { row } = await loadParticipant(ctx.db, actor, participantId, 'programme.read');
  const rows = await ctx.db
    .select()
    .from(programmeCommunications)
    .where(
      and(
        eq(programmeCommunications.cohortId, row.cohortId),
        eq(programmeCommunications.organisationId, row.organisationId),
        eq(programmeCommunications.kind, 'webinar'),
        isNull(programmeCommunications.cancelledAt),
        gt(programmeCommunications.at, clock.now()),
      ),
    )
    .orderBy(asc(programmeCommunications.at));
  return rows.filter((w) => isFor(w.audience, row.state)).map((w) => ({ id: w.id, title: w.title, body: w.body, at: w.at, joinUrl: w.joinUrl! }));
}

const BATCH = 20;
const dayAndTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * Sends one message or webinar invitation, in the caller's transaction, to every participant of its cohort
 * in a state it is for, and marks it sent with how many it went to. Each notice has its own idempotency key.
 * Returns how many notices were new.
 */
export async function sendCommunication(ctx: ProgrammesContext, tx: Transaction, c: Row, now: Date): Promise<number> {
  const recipients = await tx
    .select({ id: programmeParticipants.id, personId: programmeParticipants.personId })
    .from(programmeParticipants)
    .where(and(eq(programmeParticipants.cohortId, c.cohortId), eq(programmeParticipants.organisationId, c.organisationId), inArray(programmeParticipants.state, statesFor(c.audience, STATES))));
  let sent = 0;
  for (const r of recipients) {
    const delivered = await notify(tx, ctx.mailer, ctx.publicUrl, {
      personId: r.personId,
      organisationId: c.organisationId,
      kind: `programme.${c.kind}`,
      title: c.kind === 'webinar' ? `Webinar: ${c.title}` : c.title,
      body: c.kind === 'webinar' ? `${c.body}\n\nOn ${dayAndTime.format(c.at)}, London time. Join at ${c.joinUrl}` : c.body,
      link: `/orgs/${c.organisationId}/programmes/participants/${r.id}`,
      dedupeKey: `programme-communication:${c.id}:${r.id}`,
    });
    if (delivered) sent++;
  }
  await tx.update(programmeCommunications).set({ sentAt: now, sentCount: recipients.length }).where(eq(programmeCommunications.id, c.id));
  await record(tx, systemActor(), c, 'programme.communication_sent', { to: recipients.length });
  return sent;
}

/**
 * The job: sends each message and webinar invitation that has come due, to every participant of its cohort in
 * a state it is for, in their inbox and by email. Once: the row is taken with SKIP LOCKED and marked sent in
 * the same transaction, and each notice has its own idempotency key, so overlapping runs and retries send
 * nothing twice. Returns how many notices went out.
 */
export async function sendDueCommunications(ctx: ProgrammesContext, now = clock.now()): Promise<number> {
  let sent = 0;
  for (;;) {
    const handled = await ctx.db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(programmeCommunications)
        .where(and(lte(programmeCommunications.sendAt, now), isNull(programmeCommunications.sentAt), isNull(programmeCommunications.cancelledAt)))
        .orderBy(asc(programmeCommunications.sendAt))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      for (const c of due) sent += await sendCommunication(ctx, tx, c, now);
      return due.length;
    });
    if (handled < BATCH) break;
  }
  if (sent > 0) void ctx.mailer.deliver().catch(() => 0);
  return sent;
}
