import crypto from 'node:crypto';
import { and, asc, count, eq, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Transaction, Tx } from '../../db/index.ts';
import { audit, type AuditAction } from '../../platform/audit/index.ts';
import { endOfLondonDay } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { Forbidden, Invalid, NotFound, Refused } from '../../platform/errors.ts';
import { matching, totalOf, type Page } from '../../platform/paging.ts';
import { employments, organisations, people, roleAssignments } from '../../platform/people/schema.ts';
import { personName } from '../../platform/people/queries.ts';
import { accessible, allowedOn, can, relationColumns, relationsIn, type Action, type Actor, type RecordAccess, type Relation, type Subject } from '../../platform/policy.ts';
import { unwrap, type Refusal } from '../../platform/result.ts';
import { createDeadline, meetRecordDeadlines, type DeadlinesContext } from '../deadlines/index.ts';
import { declaredConnection } from '../declarations/index.ts';
import {
  FINAL_STATES,
  arrangementOf,
  PROGRAMMES,
  PROGRAMME_IDS,
  TRANSITIONS,
  blindIdentifier,
  cohortDates,
  cohortRefusals,
  deadlinesFor,
  openSteps,
  participantView,
  portfolioAccessRefusal,
  register,
  registrationRefusals,
  moderationSample,
  namesShown,
  releaseTogether,
  restartedParticipant,
  resubmissionDeadline,
  step,
  tailorProgramme,
  type AdjustmentRequest,
  type Cohort,
  type Participant,
  type ParticipantEvent,
  type ParticipantEventType,
  type ParticipantState,
  type Programme,
  type ProgrammeId,
  type ProgrammeSettings,
  type Standing,
  type StepContext,
} from './rules.ts';
import { serveWaiting } from './mentors.ts';
import { scheduleDefaultCommunications } from './communications.ts';
import { lockedAttachments, lockedDigest } from './evidence.ts';
import { adjustmentRequests, portfolioSections, portfolioSubmissions, programmeCohorts, programmeParticipants, programmeSettings, type StoredParticipant } from './schema.ts';

export type ProgrammesContext = DeadlinesContext;

export type ParticipantRow = typeof programmeParticipants.$inferSelect;
type CohortRow = typeof programmeCohorts.$inferSelect;

// ─── Programmes and cohorts ─────────────────────────────────────────────────────────────────────────────

/** The programme as this organisation runs it: the policy's, with the organisation's settings. */
export async function tailored(tx: Tx, organisationId: string, id: ProgrammeId): Promise<Programme> {
  const [row] = await tx
    .select({ settings: programmeSettings.settings })
    .from(programmeSettings)
    .where(and(eq(programmeSettings.organisationId, organisationId), eq(programmeSettings.programme, id)));
  // Settings were checked when they were saved; a programme's defaults that changed since still hold where the organisation set nothing.
  const result = tailorProgramme(PROGRAMMES[id], row?.settings ?? {});
  return result.ok ? result.value : PROGRAMMES[id];
}

/** Programmes run by a professional body, the policy's own (001): any other organisation has none. */
export async function refuseUnlessBody(tx: Tx, actor: Actor) {
  const [here] = await tx.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, actor.organisationId));
  if (here?.kind !== 'professional_body') throw new Refused([{ rule: 'programmes-of-a-body', detail: 'Professional status programmes are run by a professional body.' }], 'body');
}

const cohortOf = (row: Pick<CohortRow, 'id' | 'programme' | 'startsOn'>): Cohort => ({ id: row.id, programme: row.programme, startsOn: row.startsOn });

const cohortSummary = (programme: Programme, row: CohortRow) => ({ id: row.id, programme: row.programme, ...cohortDates(programme, row.startsOn) });

/** Each programme as the organisation runs it, with its cohorts, latest first. */
export async function listProgrammes(ctx: ProgrammesContext, actor: Actor) {
  const cohorts = await ctx.db.select().from(programmeCohorts).where(eq(programmeCohorts.organisationId, actor.organisationId)).orderBy(asc(programmeCohorts.startsOn));
  const [here] = await ctx.db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, actor.organisationId));
  if (here?.kind !== 'professional_body') return [];
  return Promise.all(
    PROGRAMME_IDS.map(async (id) => {
      const programme = await tailored(ctx.db, actor.organisationId, id);
      return {
        ...programme,
        cohorts: cohorts.filter((c) => c.programme === id).map((c) => cohortSummary(programme, c)),
        allowed: allowedOn(actor, { organisationId: actor.organisationId }, ['programme.register', 'programme.manage'] as const),
      };
    }),
  );
}

/** The organisation's settings of a programme (rules: tailorProgramme), each refused against its field. */
export async function setProgrammeSettings(ctx: ProgrammesContext, actor: Actor, id: ProgrammeId, settings: ProgrammeSettings) {
  const programme = unwrap(tailorProgramme(PROGRAMMES[id], settings));
  await ctx.db.transaction(async (tx) => {
    await refuseUnlessBody(tx, actor);
    const now = clock.now();
    await tx
      .insert(programmeSettings)
      .values({ organisationId: actor.organisationId, programme: id, settings, updatedBy: actor.personId, updatedAt: now })
      .onConflictDoUpdate({ target: [programmeSettings.organisationId, programmeSettings.programme], set: { settings, updatedBy: actor.personId, updatedAt: now } });
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'programme.settings_changed', recordType: 'programme', recordId: null, details: { programme: id, settings } });
  });
  return programme;
}

/** Opens a cohort of a programme on the day it starts; its dates follow from that day (001 §3.1.1, §4). */
export async function openCohort(ctx: ProgrammesContext, actor: Actor, id: ProgrammeId, startsOn: string) {
  return ctx.db.transaction(async (tx) => {
    await refuseUnlessBody(tx, actor);
    const programme = await tailored(tx, actor.organisationId, id);
    const existing = await tx.select().from(programmeCohorts).where(and(eq(programmeCohorts.organisationId, actor.organisationId), eq(programmeCohorts.programme, id)));
    const problems = cohortRefusals(programme, startsOn, existing.map(cohortOf), clock.now());
    if (problems.length) throw new Refused(problems, 'body');
    const [row] = await tx
      .insert(programmeCohorts)
      .values({ organisationId: actor.organisationId, programme: id, startsOn, blindSecret: crypto.randomBytes(16).toString('hex'), createdBy: actor.personId, createdAt: clock.now() })
      .returning();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'programme.cohort_opened', recordType: 'programme_cohort', recordId: row!.id, details: { programme: id, startsOn } });
    // 001 §6.1.4: communications at the point of need, from the programme's defaults.
    await scheduleDefaultCommunications(tx, actor, row!, programme);
    return cohortSummary(programme, row!);
  });
}

// ─── Participants as the policy sees them ───────────────────────────────────────────────────────────────

/**
 * Who may not review or moderate a participant, nor see their portfolio but as its owner: anyone with a
 * declared connection to them, and their line manager in this organisation.
 */
function barred(person: AnyColumn | SQL | string): SQL {
  return sql`(${programmeParticipants.personId} <> ${person} and (${declaredConnection(programmeParticipants.organisationId, person, programmeParticipants.personId)}
    or exists (select 1 from ${employments} e where e.organisation_id = ${programmeParticipants.organisationId} and e.person_id = ${programmeParticipants.personId} and e.line_manager_id = ${person} and e.ended_on is null)))`;
}

/** The participant owns their portfolio; their supporter or mentor follows it; the allocated reviewer is assigned to it; anyone barred is recused. */
const participantAccess: RecordAccess = {
  organisationId: programmeParticipants.organisationId,
  ownerId: programmeParticipants.personId,
  relations: {
    shared_with: (personId) => sql`${programmeParticipants.supportPersonId} = ${personId}`,
    assigned: (personId) => sql`${programmeParticipants.reviewerId} = ${personId}`,
    recused: barred,
  },
};

const subjectOf = (row: ParticipantRow, relations: Exclude<Relation, 'owner'>[]): Subject => ({ organisationId: row.organisationId, ownerId: row.personId, relations });

/** The participant as the rules see them, from the row's record: its times back from JSON. */
export function participantOf(row: ParticipantRow): Participant {
  return JSON.parse(JSON.stringify(row.record), (key, value) => (typeof value === 'string' && /(At|^at)$/.test(key) ? new Date(value) : value)) as Participant;
}

/** The columns that hold what queries and the policy ask of a participant. */
export function columnsOf(p: Participant) {
  const current = p.submissions.at(-1);
  return {
    state: p.state,
    supportPersonId: p.support?.personId ?? null,
    reviewerId: current?.reviewerId ?? null,
    markingStage: current?.stage ?? null,
    record: JSON.parse(JSON.stringify(p)) as StoredParticipant,
    closedAt: p.closedAt,
  };
}

/** A participant for an action: one the actor may not read is not found; one they read but may not act on so is forbidden. */
export async function loadParticipant(tx: Tx, actor: Actor, participantId: string, action: Action, lock = false) {
  const query = tx
    .select({ row: programmeParticipants, cohort: programmeCohorts, ...relationColumns(actor, participantAccess) })
    .from(programmeParticipants)
    .innerJoin(programmeCohorts, eq(programmeCohorts.id, programmeParticipants.cohortId))
    .where(and(eq(programmeParticipants.id, participantId), eq(programmeParticipants.organisationId, actor.organisationId)));
  const [found] = lock ? await query.for('update', { of: programmeParticipants }) : await query;
  const subject = found && subjectOf(found.row, relationsIn(found));
  if (!found || !subject || !can(actor, 'programme.read', subject)) throw new NotFound('participant');
  if (!can(actor, action, subject)) throw new Forbidden(`Your part in this programme does not allow ${action}.`);
  return { row: found.row, cohort: found.cohort, subject };
}

/** How the actor stands to the participant, most involved first: what they are shown follows from it. */
export function standingOf(actor: Actor, subject: Subject): Standing {
  if (subject.ownerId === actor.personId) return 'participant';
  if (subject.relations?.includes('shared_with')) return 'support';
  if (can(actor, 'programme.manage', subject)) return 'team';
  if (subject.relations?.includes('assigned')) return 'reviewer';
  return 'moderator';
}

/** The people barred from marking this participant, as the rules take them. */
async function barredPeople(tx: Tx, row: ParticipantRow): Promise<Set<string>> {
  const found = await tx
    .selectDistinct({ personId: roleAssignments.personId })
    .from(roleAssignments)
    .innerJoin(programmeParticipants, eq(programmeParticipants.id, row.id))
    .where(and(eq(roleAssignments.organisationId, row.organisationId), barred(roleAssignments.personId)));
  return new Set(found.map((r) => r.personId));
}

export async function stepContext(tx: Tx, row: ParticipantRow, cohort: CohortRow): Promise<StepContext> {
  const programme = await tailored(tx, row.organisationId, row.programme);
  return { programme, now: clock.now(), dates: cohortDates(programme, cohort.startsOn), arrangement: arrangementOf(await adjustmentsOf(tx, row.id)), barred: await barredPeople(tx, row) };
}

/** The participant's requests for adjustments as the rules keep them, oldest first. */
export async function adjustmentsOf(tx: Tx, participantId: string): Promise<(AdjustmentRequest & { id: string })[]> {
  const rows = await tx.select().from(adjustmentRequests).where(eq(adjustmentRequests.participantId, participantId)).orderBy(asc(adjustmentRequests.requestedAt));
  return rows.map((r) => ({ id: r.id, needs: r.needs, requestedAt: r.requestedAt, late: r.late, beforeStart: r.beforeStart, decision: r.decision ? { ...r.decision, decidedAt: new Date(r.decision.decidedAt) } : null }));
}

// ─── Registration ───────────────────────────────────────────────────────────────────────────────────────

/** The portfolio's submission deadline, the participant's own, due at the end of the day it falls on in London. */
export async function startSubmissionDeadline(ctx: ProgrammesContext, tx: Transaction, actor: Actor, row: ParticipantRow, day: string) {
  await createDeadline(ctx, tx, actor, {
    organisationId: row.organisationId,
    kind: 'portfolio-submission',
    ownerId: row.personId,
    rule: { type: 'fixed', dueAt: endOfLondonDay(day).toISOString() },
    recordType: 'programme_participant',
    recordId: row.id,
  });
}

/**
 * Registers the actor on a cohort that has not started, with their answers to the programme's eligibility
 * questions and its terms accepted; issues their portfolio and starts its submission deadline. One open
 * registration per programme.
 */
export async function registerOn(ctx: ProgrammesContext, actor: Actor, id: ProgrammeId, input: { cohortId: string; answers: Record<string, boolean>; acceptTerms: boolean }) {
  const participantId = await ctx.db.transaction(async (tx) => {
    await refuseUnlessBody(tx, actor);
    const programme = await tailored(tx, actor.organisationId, id);
    const [cohort] = await tx.select().from(programmeCohorts).where(and(eq(programmeCohorts.id, input.cohortId), eq(programmeCohorts.organisationId, actor.organisationId)));
    if (!cohort) throw Invalid.field('body.cohortId', 'is not a cohort of this organisation');
    const now = clock.now();
    const problems: Refusal[] = registrationRefusals(programme, cohortOf(cohort), input.answers, now);
    if (!input.acceptTerms) problems.push({ rule: 'terms', field: 'acceptTerms', detail: `Registering accepts the terms and conditions of ${programme.title}.` });
    const [open] = await tx
      .select({ id: programmeParticipants.id })
      .from(programmeParticipants)
      .where(and(eq(programmeParticipants.organisationId, actor.organisationId), eq(programmeParticipants.personId, actor.personId), eq(programmeParticipants.programme, id), sql`${programmeParticipants.closedAt} is null`));
    if (open) problems.push({ rule: 'registered-already', detail: `You are registered on ${programme.title} already.` });
    if (problems.length) throw new Refused(problems, 'body');
    const portfolioId = crypto.randomUUID();
    const participant = register(programme, cohortOf(cohort), actor.personId, portfolioId, now);
    const [row] = await tx
      .insert(programmeParticipants)
      .values({ id: portfolioId, organisationId: actor.organisationId, cohortId: cohort.id, programme: id, personId: actor.personId, answers: input.answers, registeredAt: now, restartedFrom: null, ...columnsOf(participant) })
      .returning();
    await startSubmissionDeadline(ctx, tx, actor, row!, cohortDates(programme, cohort.startsOn).submissionDeadline);
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'programme.registered', recordType: 'programme_participant', recordId: row!.id, details: { programme: id, cohortId: cohort.id } });
    return row!.id;
  });
  return readParticipant(ctx, actor, participantId);
}

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────────────

const MARKING_ACTIONS = ['programme.participate', 'programme.manage', 'programme.review', 'programme.moderate'] as const;

/** The steps open to the actor now: open from where the participant stands, and theirs to take by the policy. */
function stepsFor(actor: Actor, p: Participant, programme: Programme, subject: Subject): ParticipantEventType[] {
  const mine = new Set(allowedOn(actor, subject, MARKING_ACTIONS));
  return openSteps(p, { programme }).filter((type) => mine.has(TRANSITIONS[type].action) && type !== 'release');
}

/**
 * One participant as the actor may see them: the participant and their supporter or mentor see where it
 * stands and only released marking; the allocated reviewer sees the submission to mark (under an identifier
 * in blind review); the team and moderators see the marking, moderators' notes included. The portfolio's
 * content only for those it is open to now (001 §6.1.5: the team not before submission). Every reading by
 * someone other than the participant is audited.
 */
export async function readParticipant(ctx: ProgrammesContext, actor: Actor, participantId: string) {
  const { row, cohort, subject } = await loadParticipant(ctx.db, actor, participantId, 'programme.read');
  const programme = await tailored(ctx.db, row.organisationId, row.programme);
  const p = participantOf(row);
  const standing = standingOf(actor, subject);
  const open = portfolioAccessRefusal(p, standing) === null;
  const shown = namesShown(standing, programme.blindReview);
  const supporterId = shown.supporter ? row.supportPersonId : null;
  const reviewerId = shown.reviewer ? row.reviewerId : null;
  const named = [row.personId, supporterId, reviewerId].filter((id): id is string => id !== null);
  const [sections, submissions, names, adjustments] = await Promise.all([
    open ? ctx.db.select().from(portfolioSections).where(eq(portfolioSections.participantId, row.id)) : Promise.resolve([]),
    open ? ctx.db.select().from(portfolioSubmissions).where(eq(portfolioSubmissions.participantId, row.id)).orderBy(asc(portfolioSubmissions.attempt)) : Promise.resolve([]),
    ctx.db.select({ id: people.id, name: personName }).from(people).where(inArray(people.id, named)),
    adjustmentsOf(ctx.db, row.id),
  ]);
  const nameOf = (id: string | null) => (id ? { id, name: names.find((n) => n.id === id)?.name ?? '' } : null);
  // The deadlines that apply to this participant: the cohort's, moved by any agreed adjustment (001 §6.2.2).
  const own = deadlinesFor(cohortDates(programme, cohort.startsOn), arrangementOf(adjustments));
  if (standing !== 'participant') {
    await ctx.db.transaction((tx) => audit(tx, actor, { organisationId: row.organisationId, action: 'programme.viewed', recordType: 'programme_participant', recordId: row.id, details: { as: standing } }));
  }
  const blind = standing === 'reviewer' && programme.blindReview;
  const base = {
    id: row.id,
    programme: row.programme,
    programmeTitle: programme.title,
    cohort: cohortSummary(programme, cohort),
    state: p.state,
    standing,
    name: blind ? blindIdentifier(row.id, cohort.blindSecret) : nameOf(row.personId)!.name,
    supporter: nameOf(supporterId),
    reviewer: nameOf(reviewerId),
    deadlines: { submissionDeadline: own.submissionDeadline, resubmissionDeadline: resubmissionDeadline(own.resubmissionDeadline, programme, p.submissions.at(-1)?.releasedAt ?? null) },
    sections: programme.sections.map((s) => ({ key: s.key, title: s.title, guidance: s.guidance, text: sections.find((x) => x.section === s.key)?.text ?? null })),
    lockedCopies: submissions.map((s) => ({ attempt: s.attempt, contentHash: s.contentHash, lockedAt: s.lockedAt, content: s.content })),
    steps: stepsFor(actor, p, programme, subject),
  };
  if (standing === 'participant' || standing === 'support') return { ...base, view: participantView(p), marking: null };
  const view = participantView(p);
  return { ...base, view: blind ? { ...view, support: null } : view, marking: standing === 'reviewer' ? p.submissions.slice(-1).map(markingOf(false)) : p.submissions.map(markingOf(true)) };
}

/** A submission's marking as reviewers, moderators and the team see it; moderators' notes for the team and moderators only. */
const markingOf = (withNotes: boolean) => (s: Participant['submissions'][number]) => ({
  attempt: s.attempt,
  stage: s.stage,
  reviewerId: s.reviewerId,
  reviews: s.reviews.map(({ criterion, outcome, feedback, at }) => ({ criterion, outcome, feedback, at })),
  reviewOutcome: s.reviewOutcome,
  sampled: s.sampled,
  moderation: s.moderation,
  moderatorNotes: withNotes ? s.moderatorNotes : [],
  outcome: s.outcome,
  releasedAt: s.releasedAt,
});

export interface ParticipantFilter extends Page {
  cohortId?: string | undefined;
  state?: ParticipantState | undefined;
}

/** A page of the participants the actor may read: the team all, a reviewer those allocated, a supporter or mentor theirs, a participant themselves. */
export async function listParticipants(ctx: ProgrammesContext, actor: Actor, filter: ParticipantFilter) {
  const where = and(
    accessible(actor, 'programme.read', participantAccess),
    filter.cohortId ? eq(programmeParticipants.cohortId, filter.cohortId) : undefined,
    filter.state ? eq(programmeParticipants.state, filter.state) : undefined,
  );
  const rows = await ctx.db
    .select({ row: programmeParticipants, startsOn: programmeCohorts.startsOn, blindSecret: programmeCohorts.blindSecret, name: personName, total: matching(), ...relationColumns(actor, participantAccess) })
    .from(programmeParticipants)
    .innerJoin(programmeCohorts, eq(programmeCohorts.id, programmeParticipants.cohortId))
    .innerJoin(people, eq(people.id, programmeParticipants.personId))
    .where(where)
    .orderBy(asc(programmeCohorts.startsOn), asc(programmeParticipants.registeredAt), asc(programmeParticipants.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const total = await totalOf(rows, filter, async () => (await ctx.db.select({ n: count() }).from(programmeParticipants).where(where))[0]!.n);
  const programmes = Object.fromEntries(await Promise.all(PROGRAMME_IDS.map(async (id) => [id, await tailored(ctx.db, actor.organisationId, id)] as const)));
  const items = rows.map((r) => {
    const subject = subjectOf(r.row, relationsIn(r));
    const standing = standingOf(actor, subject);
    const programme = programmes[r.row.programme]!;
    const blind = standing === 'reviewer' && programme.blindReview;
    return {
      id: r.row.id,
      programme: r.row.programme,
      cohortId: r.row.cohortId,
      startsOn: r.startsOn,
      name: blind ? blindIdentifier(r.row.id, r.blindSecret) : r.name,
      state: r.row.state,
      markingStage: standing === 'participant' || standing === 'support' ? null : r.row.markingStage,
      standing,
    };
  });
  return { total, items };
}

// ─── The portfolio ──────────────────────────────────────────────────────────────────────────────────────

/** The states in which the participant writes their portfolio: in progress, and after a first "not met" for the resubmission. */
export const WRITING: readonly ParticipantState[] = ['in_progress', 'not_met'];

/** The participant writes a section of their portfolio, while it is theirs to write; a submitted portfolio is locked. */
export async function writeSection(ctx: ProgrammesContext, actor: Actor, participantId: string, section: string, text: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadParticipant(tx, actor, participantId, 'programme.participate', true);
    const programme = await tailored(tx, row.organisationId, row.programme);
    if (!programme.sections.some((s) => s.key === section)) throw Invalid.field('params.section', `is not a section of this portfolio: ${programme.sections.map((s) => s.key).join(', ')}`);
    if (!WRITING.includes(row.state)) {
      throw new Refused([{ rule: 'portfolio-locked', detail: row.state === 'registered' || row.state === 'awaiting_mentor' || row.state === 'support_arranged' ? 'Start the portfolio first.' : 'A submitted portfolio is locked.' }], 'body');
    }
    const now = clock.now();
    await tx
      .insert(portfolioSections)
      .values({ participantId: row.id, organisationId: row.organisationId, section, text, updatedAt: now })
      .onConflictDoUpdate({ target: [portfolioSections.organisationId, portfolioSections.participantId, portfolioSections.section], set: { text, updatedAt: now } });
    await audit(tx, actor, { organisationId: row.organisationId, action: 'programme.portfolio_written', recordType: 'programme_participant', recordId: row.id, details: { section } });
  });
  return readParticipant(ctx, actor, participantId);
}

/**
 * The portfolio's sections as they stand, to be locked as a copy named by its digest; a portfolio is
 * submitted with every section written.
 */
async function portfolioContent(tx: Tx, row: ParticipantRow, context: StepContext) {
  const { programme } = context;
  const sections = await tx.select({ section: portfolioSections.section, text: portfolioSections.text }).from(portfolioSections).where(eq(portfolioSections.participantId, row.id));
  const missing = programme.sections.filter((s) => !sections.some((x) => x.section === s.key && x.text.trim() !== ''));
  if (missing.length) throw new Refused([{ rule: 'portfolio-incomplete', detail: `Write every section before you submit: ${missing.map((s) => s.title).join(', ')}.` }], 'body');
  const content = Object.fromEntries(programme.sections.map((s) => [s.key, sections.find((x) => x.section === s.key)!.text]));
  // The evidence (each file by its own digest) and a QTLS development record are locked with the sections, under the same digest.
  const { evidence, developmentRecord } = await lockedAttachments(tx, row, context);
  const contentHash = evidence.length || developmentRecord ? lockedDigest({ sections: content, evidence, developmentRecord }) : crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return { content, evidence, developmentRecord, contentHash };
}

// ─── Steps ──────────────────────────────────────────────────────────────────────────────────────────────

/** A step as the API takes it: who takes it, the locked copy and the re-start's portfolio are the server's to fill in. */
export type StepInput =
  | { type: 'await_mentor' }
  | { type: 'begin' }
  | { type: 'lapse' }
  | { type: 'submit' | 'resubmit' | 'complete_review' }
  | { type: 'arrange_support'; personId: string }
  | { type: 'allocate_reviewer'; reviewerId: string }
  | { type: 'review_criterion'; criterion: string; outcome: 'criteria_met' | 'criteria_not_met'; feedback: string }
  | { type: 'sample'; sampled: boolean }
  | { type: 'moderate'; decision: 'confirm' | 'change'; reasons: string; note?: string | undefined }
  | { type: 'restart'; cohortId: string }
  | { type: 'withdraw'; reason: string };

const STEP_AUDIT: Readonly<Record<Exclude<ParticipantEventType, 'release'>, AuditAction>> = {
  await_mentor: 'programme.awaiting_mentor',
  arrange_support: 'programme.support_arranged',
  begin: 'programme.begun',
  submit: 'programme.submitted',
  allocate_reviewer: 'programme.reviewer_allocated',
  review_criterion: 'programme.criterion_reviewed',
  complete_review: 'programme.review_completed',
  sample: 'programme.sampled',
  moderate: 'programme.moderated',
  resubmit: 'programme.resubmitted',
  lapse: 'programme.lapsed',
  restart: 'programme.restarted',
  withdraw: 'programme.withdrawn',
};

/** Whether a person holds a role in the actor's organisation. */
async function holds(tx: Tx, organisationId: string, personId: string, roles: readonly string[]) {
  const [found] = await tx
    .select({ id: roleAssignments.personId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.personId, personId), inArray(roleAssignments.role, roles as never[])))
    .limit(1);
  return found !== undefined;
}

/**
 * Takes one step of a participant's lifecycle (rules: step), as the policy lets the actor: the participant
 * their own, the team, the allocated reviewer and moderators theirs. The rules refuse what the state, the
 * dates or the participant's relations forbid, each naming its rule; nothing changes then. Submitting and
 * resubmitting lock a copy of the portfolio; a re-start opens a new portfolio on the later cohort.
 */
export async function takeStep(ctx: ProgrammesContext, actor: Actor, participantId: string, input: StepInput) {
  const target = await ctx.db.transaction(async (tx) => {
    const action = TRANSITIONS[input.type].action;
    const { row, cohort, subject } = await loadParticipant(tx, actor, participantId, action, true);
    const context = await stepContext(tx, row, cohort);
    const p = participantOf(row);
    const now = context.now;
    let event: ParticipantEvent;
    let restartCohort: CohortRow | undefined;
    let locked: Awaited<ReturnType<typeof portfolioContent>> | undefined;
    switch (input.type) {
      case 'arrange_support': {
        const role = context.programme.supportRole;
        if (!(await holds(tx, row.organisationId, input.personId, [role]))) throw Invalid.field('body.personId', `is not a ${role} of this organisation`);
        if (context.barred.has(input.personId)) {
          throw new Refused([{ rule: 'support-conflict', field: 'personId', detail: `A ${role} is not someone with a declared conflict with the participant.` }], 'body');
        }
        event = { type: 'arrange_support', personId: input.personId, appointedBy: subject.ownerId === actor.personId ? 'participant' : 'body' };
        break;
      }
      case 'allocate_reviewer':
        if (!(await holds(tx, row.organisationId, input.reviewerId, ['reviewer']))) throw Invalid.field('body.reviewerId', 'is not a reviewer of this organisation');
        event = input;
        break;
      case 'submit':
      case 'resubmit': {
        locked = await portfolioContent(tx, row, context);
        event = { type: input.type, contentHash: locked.contentHash };
        break;
      }
      case 'review_criterion':
        event = { type: 'review_criterion', by: actor.personId, criterion: input.criterion, outcome: input.outcome, feedback: input.feedback };
        break;
      case 'complete_review':
        event = { type: 'complete_review', by: actor.personId };
        break;
      case 'moderate':
        event = { type: 'moderate', by: actor.personId, decision: input.decision, reasons: input.reasons, ...(input.note !== undefined ? { note: input.note } : {}) };
        break;
      case 'restart': {
        [restartCohort] = await tx.select().from(programmeCohorts).where(and(eq(programmeCohorts.id, input.cohortId), eq(programmeCohorts.organisationId, row.organisationId)));
        if (!restartCohort) throw Invalid.field('body.cohortId', 'is not a cohort of this organisation');
        event = { type: 'restart', cohort: cohortOf(restartCohort), portfolioId: crypto.randomUUID() };
        break;
      }
      default:
        event = input;
    }
    const next = unwrap(step(p, event, context));
    if (locked) {
      await tx.insert(portfolioSubmissions).values({ participantId: row.id, organisationId: row.organisationId, attempt: next.submissions.length, ...locked, lockedAt: now });
      await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'programme_participant', recordId: row.id, kind: event.type === 'submit' ? 'portfolio-submission' : 'portfolio-resubmission' });
    }
    await tx.update(programmeParticipants).set(columnsOf(next)).where(eq(programmeParticipants.id, row.id));
    await audit(tx, actor, { organisationId: row.organisationId, action: STEP_AUDIT[event.type as Exclude<ParticipantEventType, 'release'>], recordType: 'programme_participant', recordId: row.id, details: { from: p.state, to: next.state } });
    // A mentee who finishes or withdraws frees their mentor's place: those waiting for one are served (001 §6.1.3).
    // One who asks for a mentor through this step is matched at once if one is free.
    if ((p.support?.role === 'mentor' && FINAL_STATES.includes(next.state)) || next.state === 'awaiting_mentor') await serveWaiting(tx, actor, row.organisationId);
    if (event.type !== 'restart') return row.id;
    // 001 §6.2.3: the re-start is a new portfolio on the later cohort, with the administration fee owed.
    const opened = restartedParticipant(next, context.programme)!;
    const [created] = await tx
      .insert(programmeParticipants)
      .values({ id: opened.portfolioId, organisationId: row.organisationId, cohortId: restartCohort!.id, programme: row.programme, personId: row.personId, answers: row.answers, registeredAt: now, restartedFrom: row.id, ...columnsOf(opened) })
      .returning();
    await startSubmissionDeadline(ctx, tx, actor, created!, cohortDates(context.programme, restartCohort!.startsOn).submissionDeadline);
    await audit(tx, actor, { organisationId: row.organisationId, action: 'programme.registered', recordType: 'programme_participant', recordId: created!.id, details: { programme: row.programme, cohortId: restartCohort!.id, restartedFrom: row.id } });
    return created!.id;
  });
  return readParticipant(ctx, actor, target);
}

// ─── A cohort's marking ─────────────────────────────────────────────────────────────────────────────────

/** The participants of a cohort whose submission is being marked or waits for release: they are released together. */
const IN_MARKING: readonly ParticipantState[] = ['submitted', 'resubmitted', 'in_review', 'moderated'];

async function loadCohort(tx: Tx, actor: Actor, cohortId: string) {
  const [cohort] = await tx.select().from(programmeCohorts).where(and(eq(programmeCohorts.id, cohortId), eq(programmeCohorts.organisationId, actor.organisationId)));
  if (!cohort) throw new NotFound('cohort');
  return cohort;
}

/**
 * Releases the outcomes of a cohort's marking together, once every one is moderated or stood outside the
 * sample (001 §4.4): awarded on "criteria met"; a first "not met" opens the free resubmission with its
 * deadline; a second requires a re-start. If any is not ready, nothing is released and each is named.
 */
export async function releaseCohort(ctx: ProgrammesContext, actor: Actor, cohortId: string) {
  return ctx.db.transaction(async (tx) => {
    const cohort = await loadCohort(tx, actor, cohortId);
    const rows = await tx
      .select()
      .from(programmeParticipants)
      .where(and(eq(programmeParticipants.cohortId, cohort.id), eq(programmeParticipants.organisationId, actor.organisationId), inArray(programmeParticipants.state, [...IN_MARKING])))
      .for('update');
    if (rows.length === 0) throw new Refused([{ rule: 'release-together', detail: 'No outcome in this cohort waits for release.' }], 'body');
    const contexts = new Map<string, StepContext>();
    for (const r of rows) contexts.set(r.id, await stepContext(tx, r, cohort));
    const released = unwrap(releaseTogether(rows.map((r) => ({ id: r.id, participant: participantOf(r) })), (p) => contexts.get(p.portfolioId)!));
    for (const { id, participant } of released) {
      await tx.update(programmeParticipants).set(columnsOf(participant)).where(eq(programmeParticipants.id, id));
      await audit(tx, actor, { organisationId: actor.organisationId, action: 'programme.released', recordType: 'programme_participant', recordId: id, details: { to: participant.state } });
      if (participant.state === 'not_met') {
        const { programme, dates, arrangement } = contexts.get(id)!;
        const row = rows.find((r) => r.id === id)!;
        await createDeadline(ctx, tx, actor, {
          organisationId: actor.organisationId,
          kind: 'portfolio-resubmission',
          ownerId: row.personId,
          rule: { type: 'fixed', dueAt: endOfLondonDay(resubmissionDeadline(deadlinesFor(dates, arrangement).resubmissionDeadline, programme, participant.submissions.at(-1)?.releasedAt ?? null)).toISOString() },
          recordType: 'programme_participant',
          recordId: id,
        });
      }
    }
    if (released.some(({ participant }) => participant.support?.role === 'mentor' && FINAL_STATES.includes(participant.state))) await serveWaiting(tx, actor, actor.organisationId);
    return { released: released.map(({ id, participant }) => ({ id, state: participant.state })) };
  });
}

/**
 * Draws the moderation sample of a cohort's completed reviews (001 §4.4): every "criteria not met" and met
 * ones up to the programme's rate, chosen by the cohort's own seed so the draw can be checked. Those outside
 * the sample are ready for release as reviewed.
 */
export async function drawSample(ctx: ProgrammesContext, actor: Actor, cohortId: string) {
  return ctx.db.transaction(async (tx) => {
    const cohort = await loadCohort(tx, actor, cohortId);
    const rows = await tx
      .select()
      .from(programmeParticipants)
      .where(and(eq(programmeParticipants.cohortId, cohort.id), eq(programmeParticipants.organisationId, actor.organisationId), eq(programmeParticipants.markingStage, 'review_done')))
      .for('update');
    if (rows.length === 0) throw new Refused([{ rule: 'marking-stage', detail: 'No review in this cohort is done and waiting to be sampled.' }], 'body');
    const participants = rows.map((r) => ({ row: r, participant: participantOf(r) }));
    const programme = await tailored(tx, actor.organisationId, cohort.programme);
    const sample = moderationSample(
      participants.map(({ row, participant }) => ({ id: row.id, outcome: participant.submissions.at(-1)!.reviewOutcome! })),
      programme.moderationRatePercent,
      cohort.blindSecret,
    );
    for (const { row, participant } of participants) {
      const next = unwrap(step(participant, { type: 'sample', sampled: sample.has(row.id) }, await stepContext(tx, row, cohort)));
      await tx.update(programmeParticipants).set(columnsOf(next)).where(eq(programmeParticipants.id, row.id));
      await audit(tx, actor, { organisationId: actor.organisationId, action: 'programme.sampled', recordType: 'programme_participant', recordId: row.id, details: { sampled: sample.has(row.id) } });
    }
    return { sampled: participants.filter(({ row }) => sample.has(row.id)).map(({ row }) => row.id), notSampled: participants.filter(({ row }) => !sample.has(row.id)).map(({ row }) => row.id) };
  });
}

/**
 * The team's view of a cohort: its dates, a funnel from registered to awarded, re-started or withdrawn, and
 * where each submission stands in its marking.
 */
export async function cohortDashboard(ctx: ProgrammesContext, actor: Actor, cohortId: string) {
  const cohort = await loadCohort(ctx.db, actor, cohortId);
  const programme = await tailored(ctx.db, actor.organisationId, cohort.programme);
  const [byState, byStage] = await Promise.all([
    ctx.db.select({ key: programmeParticipants.state, n: count() }).from(programmeParticipants).where(eq(programmeParticipants.cohortId, cohort.id)).groupBy(programmeParticipants.state),
    ctx.db
      .select({ key: programmeParticipants.markingStage, n: count() })
      .from(programmeParticipants)
      .where(and(eq(programmeParticipants.cohortId, cohort.id), or(inArray(programmeParticipants.state, [...IN_MARKING]), eq(programmeParticipants.state, 'not_met'))))
      .groupBy(programmeParticipants.markingStage),
  ]);
  const states = Object.fromEntries(byState.map((r) => [r.key, r.n])) as Partial<Record<ParticipantState, number>>;
  const stages = Object.fromEntries(byStage.flatMap((r) => (r.key ? [[r.key, r.n]] : [])));
  const registered = Object.values(states).reduce((a, b) => a + b, 0);
  return {
    cohort: cohortSummary(programme, cohort),
    programmeTitle: programme.title,
    funnel: {
      registered,
      submitted: registered - (['registered', 'awaiting_mentor', 'support_arranged', 'in_progress', 'withdrawn'] as const).reduce((a, s) => a + (states[s] ?? 0), 0),
      awarded: states.awarded ?? 0,
      restarted: (states.restarted ?? 0) + (states.restart_required ?? 0),
      withdrawn: states.withdrawn ?? 0,
    },
    byState: states,
    marking: stages,
    open: registered - FINAL_STATES.reduce((a, s) => a + (states[s] ?? 0), 0),
  };
}
