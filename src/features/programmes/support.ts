import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Transaction, Tx } from '../../db/index.ts';
import { audit, type AuditAction } from '../../platform/audit/index.ts';
import { endOfLondonDay } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { NotFound, Refused } from '../../platform/errors.ts';
import { organisations, people, roleAssignments } from '../../platform/people/schema.ts';
import { personName } from '../../platform/people/queries.ts';
import { allowedOn, type Actor } from '../../platform/policy.ts';
import { unwrap } from '../../platform/result.ts';
import { createDeadline, meetRecordDeadlines } from '../deadlines/index.ts';
import {
  APPEAL_DEADLINE_KIND,
  CHANNEL_WORDS,
  answerRefusals,
  appealStanding,
  arrangementOf,
  cohortDates,
  decideAdjustment,
  deadlinesFor,
  lodgeAppeal,
  requestAdjustment,
  respondToAppeal,
  supportRequestRefusals,
  supportRequestsLeft,
  type Arrangement,
  type Channel,
} from './rules.ts';
import { adjustmentRequests, programmeCohorts, programmeParticipants, supportAppeals, supportRequests } from './schema.ts';
import { adjustmentsOf, loadParticipant, participantOf, startSubmissionDeadline, tailored, type ParticipantRow, type ProgrammesContext } from './service.ts';

// A participant's support (001 §6): requests through the programme's channels within the fair-use limit,
// answered by the Professional Status Team; reasonable adjustments asked for and decided; appeals against
// the sufficiency of support answered in writing within 10 working days. The participant asks; the team
// answers and decides. The team never sees the portfolio's content before submission (service.ts), so no
// answer can comment on it (§6.1.5).

const record = (tx: Transaction, actor: Actor, row: ParticipantRow, action: AuditAction, details: Record<string, unknown> = {}) =>
  audit(tx, actor, { organisationId: row.organisationId, action, recordType: 'programme_participant', recordId: row.id, details });

/** Everything of the participant's support: requests and how many are left, adjustments and what they add up to, appeals and where each stands. */
export async function supportOf(ctx: ProgrammesContext, actor: Actor, participantId: string) {
  const { row, subject } = await loadParticipant(ctx.db, actor, participantId, 'programme.read');
  const programme = await tailored(ctx.db, row.organisationId, row.programme);
  const [requests, adjustments, appeals] = await Promise.all([
    ctx.db.select().from(supportRequests).where(eq(supportRequests.participantId, row.id)).orderBy(asc(supportRequests.askedAt)),
    adjustmentsOf(ctx.db, row.id),
    ctx.db.select().from(supportAppeals).where(eq(supportAppeals.participantId, row.id)).orderBy(asc(supportAppeals.lodgedAt)),
  ]);
  if (subject.ownerId !== actor.personId) await ctx.db.transaction((tx) => record(tx, actor, row, 'programme.viewed', { as: 'support' }));
  const arrangement = arrangementOf(adjustments);
  const now = clock.now();
  return {
    channels: programme.channels.map((c) => ({ channel: c, ...CHANNEL_WORDS[c] })),
    limit: programme.supportRequestLimit + arrangement.extraSupportRequests,
    left: supportRequestsLeft(programme, arrangement, requests.length),
    arrangement,
    requests: requests.map((r) => ({ id: r.id, channel: r.channel as Channel, question: r.question, askedAt: r.askedAt, answer: r.answer, answeredAt: r.answeredAt })),
    adjustments: adjustments.map((a) => ({ id: a.id, needs: a.needs, requestedAt: a.requestedAt, late: a.late, beforeStart: a.beforeStart, decision: a.decision })),
    appeals: appeals.map((a) => ({ id: a.id, grounds: a.grounds, lodgedAt: a.lodgedAt, responseDueOn: a.responseDueOn, response: a.response, respondedAt: a.respondedAt, standing: appealStanding(appealOf(a), now) })),
    // The participant asks, asks for adjustments and appeals; the team answers, decides and responds.
    allowed: allowedOn(actor, subject, ['programme.participate', 'programme.manage'] as const),
  };
}

const appealOf = (a: typeof supportAppeals.$inferSelect) => ({ grounds: a.grounds, lodgedAt: a.lodgedAt, responseDueOn: a.responseDueOn, response: a.response ? { text: a.response, at: a.respondedAt! } : null });

/** The participant asks for support through a channel of their programme, within the limit (001 §6.1.4, §6.1.7). */
export async function askForSupport(ctx: ProgrammesContext, actor: Actor, participantId: string, request: { channel: string; question: string }) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadParticipant(tx, actor, participantId, 'programme.participate', true);
    const programme = await tailored(tx, row.organisationId, row.programme);
    const [used] = await tx.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(supportRequests).where(eq(supportRequests.participantId, row.id));
    const problems = supportRequestRefusals(participantOf(row), programme, arrangementOf(await adjustmentsOf(tx, row.id)), used!.n, request);
    if (problems.length) throw new Refused(problems, 'body');
    const [made] = await tx.insert(supportRequests).values({ organisationId: row.organisationId, participantId: row.id, channel: request.channel, question: request.question, askedAt: clock.now() }).returning({ id: supportRequests.id });
    await record(tx, actor, row, 'programme.support_requested', { requestId: made!.id, channel: request.channel });
  });
  return supportOf(ctx, actor, participantId);
}

/** The team answers a support request, once; in words, never on the portfolio's evidence (001 §6.1.5). */
export async function answerSupport(ctx: ProgrammesContext, actor: Actor, participantId: string, requestId: string, text: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadParticipant(tx, actor, participantId, 'programme.manage', true);
    const [request] = await tx.select().from(supportRequests).where(and(eq(supportRequests.id, requestId), eq(supportRequests.participantId, row.id)));
    if (!request) throw new NotFound('support request');
    if (request.answer !== null) throw new Refused([{ rule: 'support-answered', detail: 'This request has its answer: a further question is a new request.' }], 'body');
    const problems = answerRefusals(participantOf(row), { text, evidenceIds: [] });
    if (problems.length) throw new Refused(problems, 'body');
    await tx.update(supportRequests).set({ answer: text, answeredBy: actor.personId, answeredAt: clock.now() }).where(eq(supportRequests.id, request.id));
    await record(tx, actor, row, 'programme.support_answered', { requestId });
  });
  return supportOf(ctx, actor, participantId);
}

/** The participant asks for reasonable adjustments: recorded whenever asked, flagged when later than a month before the start (001 §3.1.1). */
export async function askForAdjustment(ctx: ProgrammesContext, actor: Actor, participantId: string, needs: string) {
  await ctx.db.transaction(async (tx) => {
    const { row, cohort } = await loadParticipant(tx, actor, participantId, 'programme.participate', true);
    if (row.closedAt) throw new Refused([{ rule: 'participant-closed', detail: 'This portfolio is closed.' }], 'body');
    const programme = await tailored(tx, row.organisationId, row.programme);
    const asked = unwrap(requestAdjustment(cohortDates(programme, cohort.startsOn), needs, clock.now()));
    const [made] = await tx
      .insert(adjustmentRequests)
      .values({ organisationId: row.organisationId, participantId: row.id, needs, requestedAt: asked.requestedAt, late: asked.late, beforeStart: asked.beforeStart })
      .returning({ id: adjustmentRequests.id });
    await record(tx, actor, row, 'programme.adjustment_requested', { adjustmentId: made!.id, late: asked.late });
  });
  return supportOf(ctx, actor, participantId);
}

/**
 * The team decides a request for adjustments, once, with reasons (001 §6.2.2). An agreed extension of the
 * submission deadline moves the participant's deadline: the old one is waived with the reason, a new one starts.
 */
export async function decideAdjustmentFor(ctx: ProgrammesContext, actor: Actor, participantId: string, adjustmentId: string, decision: { agreed: boolean; arrangement?: Arrangement | undefined; reasons: string }) {
  await ctx.db.transaction(async (tx) => {
    const { row, cohort } = await loadParticipant(tx, actor, participantId, 'programme.manage', true);
    const all = await adjustmentsOf(tx, row.id);
    const request = all.find((a) => a.id === adjustmentId);
    if (!request) throw new NotFound('adjustment request');
    const decided = unwrap(decideAdjustment(request, { agreed: decision.agreed, reasons: decision.reasons, ...(decision.arrangement ? { arrangement: decision.arrangement } : {}) }, clock.now()));
    await tx
      .update(adjustmentRequests)
      .set({ decision: { ...decided.decision!, decidedAt: decided.decision!.decidedAt.toISOString() }, decidedBy: actor.personId })
      .where(eq(adjustmentRequests.id, adjustmentId));
    await record(tx, actor, row, 'programme.adjustment_decided', { adjustmentId, agreed: decision.agreed });
    const programme = await tailored(tx, row.organisationId, row.programme);
    const before = deadlinesFor(cohortDates(programme, cohort.startsOn), arrangementOf(all));
    const after = deadlinesFor(cohortDates(programme, cohort.startsOn), arrangementOf(all.map((a) => (a.id === adjustmentId ? decided : a))));
    if (after.submissionDeadline !== before.submissionDeadline && !participantOf(row).submissions.length) {
      const moved = await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'programme_participant', recordId: row.id, kind: 'portfolio-submission', waivedReason: `Moved to ${after.submissionDeadline} by an agreed adjustment` });
      if (moved > 0) await startSubmissionDeadline(ctx, tx, actor, row, after.submissionDeadline);
    }
  });
  return supportOf(ctx, actor, participantId);
}

/** Who answers an appeal on time: the team's member with the fewest appeals awaiting them, or an administrator where the body has no team. */
async function appealOwner(tx: Tx, organisationId: string): Promise<string> {
  const [owner] = await tx
    .select({ personId: roleAssignments.personId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), inArray(roleAssignments.role, ['professional_status_team', 'organisation_admin'])))
    .orderBy(
      sql`${roleAssignments.role} <> 'professional_status_team'`,
      sql`(select count(*) from deadlines d where d.organisation_id = ${organisationId} and d.kind = ${APPEAL_DEADLINE_KIND} and d.owner_id = ${roleAssignments.personId} and d.met_at is null and d.waived_at is null)`,
      asc(roleAssignments.personId),
    )
    .limit(1);
  if (!owner) throw new Refused([{ rule: 'no-one-to-answer', detail: 'This body has no Professional Status Team or administrator to answer an appeal.' }], 'body');
  return owner.personId;
}

/** The participant appeals against the sufficiency of support; the written response is due in 10 working days and escalates to the team (001 §9.1). */
export async function appeal(ctx: ProgrammesContext, actor: Actor, participantId: string, grounds: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadParticipant(tx, actor, participantId, 'programme.participate', true);
    const [here] = await tx.select({ nation: organisations.nation }).from(organisations).where(eq(organisations.id, row.organisationId));
    const lodged = unwrap(lodgeAppeal(grounds, clock.now(), here!.nation));
    const [made] = await tx.insert(supportAppeals).values({ organisationId: row.organisationId, participantId: row.id, grounds, lodgedAt: lodged.lodgedAt, responseDueOn: lodged.responseDueOn }).returning({ id: supportAppeals.id });
    await createDeadline(ctx, tx, actor, {
      organisationId: row.organisationId,
      kind: APPEAL_DEADLINE_KIND,
      ownerId: await appealOwner(tx, row.organisationId),
      rule: { type: 'fixed', dueAt: endOfLondonDay(lodged.responseDueOn).toISOString() },
      recordType: 'programme_support_appeal',
      recordId: made!.id,
    });
    await record(tx, actor, row, 'programme.appeal_lodged', { appealId: made!.id });
  });
  return supportOf(ctx, actor, participantId);
}

/** The team's written response to an appeal, once; meets its deadline. */
export async function respondToAppealFor(ctx: ProgrammesContext, actor: Actor, participantId: string, appealId: string, text: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadParticipant(tx, actor, participantId, 'programme.manage', true);
    const [found] = await tx.select().from(supportAppeals).where(and(eq(supportAppeals.id, appealId), eq(supportAppeals.participantId, row.id)));
    if (!found) throw new NotFound('appeal');
    const answered = unwrap(respondToAppeal(appealOf(found), text, clock.now()));
    await tx.update(supportAppeals).set({ response: text, respondedBy: actor.personId, respondedAt: answered.response!.at }).where(eq(supportAppeals.id, appealId));
    await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'programme_support_appeal', recordId: appealId });
    await record(tx, actor, row, 'programme.appeal_answered', { appealId });
  });
  return supportOf(ctx, actor, participantId);
}

/**
 * The team's queue across cohorts: support requests not yet answered, requests for adjustments not yet
 * decided, and appeals awaiting their response, oldest first, with overdue appeals before the rest.
 */
export async function openSupport(ctx: ProgrammesContext, actor: Actor) {
  const who = { participantId: programmeParticipants.id, name: personName, programme: programmeParticipants.programme, startsOn: programmeCohorts.startsOn };
  const [requests, adjustments, appeals] = await Promise.all([
    ctx.db
      .select({ ...who, row: supportRequests })
      .from(supportRequests)
      .innerJoin(programmeParticipants, eq(programmeParticipants.id, supportRequests.participantId))
      .innerJoin(programmeCohorts, eq(programmeCohorts.id, programmeParticipants.cohortId))
      .innerJoin(people, eq(people.id, programmeParticipants.personId))
      .where(and(eq(supportRequests.organisationId, actor.organisationId), isNull(supportRequests.answeredAt)))
      .orderBy(asc(supportRequests.askedAt)),
    ctx.db
      .select({ ...who, row: adjustmentRequests })
      .from(adjustmentRequests)
      .innerJoin(programmeParticipants, eq(programmeParticipants.id, adjustmentRequests.participantId))
      .innerJoin(programmeCohorts, eq(programmeCohorts.id, programmeParticipants.cohortId))
      .innerJoin(people, eq(people.id, programmeParticipants.personId))
      .where(and(eq(adjustmentRequests.organisationId, actor.organisationId), isNull(adjustmentRequests.decision)))
      .orderBy(asc(adjustmentRequests.requestedAt)),
    ctx.db
      .select({ ...who, row: supportAppeals })
      .from(supportAppeals)
      .innerJoin(programmeParticipants, eq(programmeParticipants.id, supportAppeals.participantId))
      .innerJoin(programmeCohorts, eq(programmeCohorts.id, programmeParticipants.cohortId))
      .innerJoin(people, eq(people.id, programmeParticipants.personId))
      .where(and(eq(supportAppeals.organisationId, actor.organisationId), isNull(supportAppeals.respondedAt)))
      .orderBy(asc(supportAppeals.lodgedAt)),
  ]);
  const now = clock.now();
  const standing = appeals.map(({ row: a, ...r }) => ({ ...r, id: a.id, grounds: a.grounds, lodgedAt: a.lodgedAt, responseDueOn: a.responseDueOn, standing: appealStanding(appealOf(a), now) }));
  return {
    requests: requests.map(({ row: q, ...r }) => ({ ...r, id: q.id, channel: q.channel as Channel, question: q.question, askedAt: q.askedAt })),
    adjustments: adjustments.map(({ row: a, ...r }) => ({ ...r, id: a.id, needs: a.needs, requestedAt: a.requestedAt, late: a.late, beforeStart: a.beforeStart })),
    // Overdue first (001 §9.1: the written response is due within 10 working days), each group oldest first.
    appeals: [...standing.filter((a) => a.standing === 'overdue'), ...standing.filter((a) => a.standing !== 'overdue')],
  };
}
