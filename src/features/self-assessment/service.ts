import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/index.ts';
import { audit } from '../../platform/audit/index.ts';
import { registerCitable } from '../../platform/citable.ts';
import { inLondon } from '../../platform/calendar/index.ts';
import { Conflict, Invalid, NotFound, type FieldProblem } from '../../platform/errors.ts';
import { files } from '../../platform/files/schema.ts';
import { sniff } from '../../platform/files/sniff.ts';
import type { FileStore } from '../../platform/files/store.ts';
import { organisations, people, roleAssignments } from '../../platform/people/schema.ts';
import { allowedOn, can, relationColumns, relationsIn, type Actor, type RecordAccess, type Role, type Subject } from '../../platform/policy.ts';
import { provisionsById, provisionsOfVersions, versionsById, versionsInForce } from '../codes/index.ts';
import { createDeadline, meetRecordDeadlines, type DeadlinesContext } from '../deadlines/index.ts';
import {
  MONTHS_BETWEEN_ASSESSMENTS,
  assessmentYearProblem,
  compareYears,
  cpdDateProblem,
  cpdYear,
  developmentPriorities,
  standardsCandidates as candidatesAmong,
  standardsOf as standardsAmong,
  thisYear,
  type StandardRef,
} from './rules.ts';
import { cpdActivities, developmentGoals, developmentShares, evidence, selfAssessmentEntries, selfAssessments, standardsChoices } from './schema.ts';
import { clock } from '../../platform/clock.ts';
import { likeText } from '../../platform/validation.ts';
import { MAX_FILE_BYTES } from '../../platform/vocabulary.ts';
import { personName } from '../../platform/people/queries.ts';

export interface SelfAssessmentContext extends DeadlinesContext {
  files: FileStore;
}

/** Evidence files: at most this size, and only kinds recognised from their content. */

/** The standards to rate (what counts as one is the rule `standardsOf`), asked of the codes. */
export async function standardsOf(db: Db | Tx, versionId: string): Promise<StandardRef[]> {
  return standardsAmong(await provisionsOfVersions(db, [versionId]));
}

/** The codes in force in the organisation that make a set of standards (the rule `standardsCandidates`), most standards first. */
async function standardsCandidates(db: Db, organisationId: string) {
  const versions = await versionsInForce(db, organisationId, clock.now());
  return candidatesAmong(versions, await provisionsOfVersions(db, versions.map((v) => v.id)));
}

async function chosenStandards(db: Db, organisationId: string): Promise<string | undefined> {
  const [choice] = await db.select({ codeId: standardsChoices.codeId }).from(standardsChoices).where(eq(standardsChoices.organisationId, organisationId));
  return choice?.codeId;
}

/**
 * The code of standards to assess against: the one asked for, else the organisation's choice while it is
 * still adopted, else the adopted code with the most standards (000 §2: the Professional Standards).
 */
export async function standardsVersion(db: Db, organisationId: string, codeId?: string) {
  const candidates = await standardsCandidates(db, organisationId);
  const wanted = codeId ?? (await chosenStandards(db, organisationId));
  const version = candidates.find((c) => c.codeId === wanted) ?? (codeId ? undefined : candidates[0]);
  if (!version) {
    throw new Conflict('no-standards-adopted', 'No standards to assess against', 'This organisation has adopted no code of professional standards to assess yourself against.');
  }
  return version;
}

/** The standards in use, the organisation's choice, and the adopted codes it may choose from. */
export async function standardsSetting(db: Db, actor: Actor) {
  const [candidates, chosenCodeId] = await Promise.all([standardsCandidates(db, actor.organisationId), chosenStandards(db, actor.organisationId)]);
  const inUse = candidates.find((c) => c.codeId === chosenCodeId) ?? candidates[0] ?? null;
  const brief = (c: (typeof candidates)[number]) => ({ codeId: c.codeId, title: c.title, version: c.version, standards: c.standards });
  return { chosenCodeId: chosenCodeId ?? null, inUse: inUse && brief(inUse), candidates: candidates.map(brief) };
}

/** Chooses the code of standards the organisation's people assess themselves against; null goes back to the default. */
export async function chooseStandards(db: Db, actor: Actor, codeId: string | null) {
  if (codeId !== null && !(await standardsCandidates(db, actor.organisationId)).some((c) => c.codeId === codeId)) {
    throw Invalid.field('body.codeId', 'is not a code of standards this organisation has adopted');
  }
  await db.transaction(async (tx) => {
    if (codeId === null) await tx.delete(standardsChoices).where(eq(standardsChoices.organisationId, actor.organisationId));
    else {
      await tx
        .insert(standardsChoices)
        .values({ organisationId: actor.organisationId, codeId })
        .onConflictDoUpdate({ target: standardsChoices.organisationId, set: { codeId, chosenAt: clock.now() } });
    }
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'development.standards_chosen', recordType: 'organisation', recordId: actor.organisationId, details: { codeId } });
  });
  return standardsSetting(db, actor);
}

type Assessment = typeof selfAssessments.$inferSelect;

/**
 * A development record as the policy sees it (a self-assessment, a goal, a CPD activity, a file, or the
 * whole record of a person): its owner's, and shared read-only with those the owner chose.
 */
const developmentAccess = (ownerId: AnyColumn | SQL, organisationId: AnyColumn | SQL): RecordAccess => ({
  organisationId,
  ownerId,
  relations: {
    shared_with: (viewerId) =>
      sql`exists (select 1 from ${developmentShares} where ${developmentShares.personId} = ${ownerId} and ${developmentShares.organisationId} = ${organisationId} and ${developmentShares.viewerId} = ${viewerId} and ${developmentShares.withdrawnAt} is null)`,
  },
});

/** The actor's standing to the development record of a person of their organisation, for the policy to judge. */
async function developmentSubject(db: Db | Tx, actor: Actor, ownerId: string): Promise<Subject> {
  const [row] = await db
    .select(relationColumns(actor, developmentAccess(people.id, sql`${actor.organisationId}::uuid`)))
    .from(people)
    .where(eq(people.id, ownerId));
  return { organisationId: actor.organisationId, ownerId, relations: row ? relationsIn(row) : [] };
}

/** What the actor may do with a record of this person's development, for its `allowed` field. */
const editable = (actor: Actor, ownerId: string) => allowedOn(actor, { organisationId: actor.organisationId, ownerId }, ['development.edit']);

/**
 * An assessment the actor may see: their own, or one shared with them (read-only; each such view is
 * recorded). Anything else is not found.
 */
async function loadAssessment(db: Db, actor: Actor, id: string): Promise<{ assessment: Assessment; subject: Subject }> {
  const [row] = await db
    .select({ assessment: selfAssessments, ...relationColumns(actor, developmentAccess(selfAssessments.personId, selfAssessments.organisationId)) })
    .from(selfAssessments)
    .where(and(eq(selfAssessments.id, id), eq(selfAssessments.organisationId, actor.organisationId)));
  const subject = row && { organisationId: row.assessment.organisationId, ownerId: row.assessment.personId, relations: relationsIn(row) };
  if (!row || !subject || !can(actor, 'development.read', subject)) throw new NotFound('self-assessment');
  return { assessment: row.assessment, subject };
}

/**
 * For citing provisions from a development record: it exists in the actor's organisation and is theirs, or
 * shared with them. Registered with the platform so that the codes can ask without reading these tables.
 */
export function registerCitableRecords(): void {
  const visible = (owner: (db: Db, actor: Actor, id: string) => Promise<{ personId: string } | undefined>) => async (db: Db, actor: Actor, id: string) => {
    const row = await owner(db, actor, id);
    return row !== undefined && can(actor, 'development.read', await developmentSubject(db, actor, row.personId));
  };
  registerCitable(
    'self_assessment',
    visible(async (db, actor, id) => (await db.select({ personId: selfAssessments.personId }).from(selfAssessments).where(and(eq(selfAssessments.id, id), eq(selfAssessments.organisationId, actor.organisationId))))[0]),
  );
  registerCitable(
    'development_goal',
    visible(async (db, actor, id) => (await db.select({ personId: developmentGoals.personId }).from(developmentGoals).where(and(eq(developmentGoals.id, id), eq(developmentGoals.organisationId, actor.organisationId))))[0]),
  );
  registerCitable(
    'cpd_activity',
    visible(async (db, actor, id) => (await db.select({ personId: cpdActivities.personId }).from(cpdActivities).where(and(eq(cpdActivities.id, id), eq(cpdActivities.organisationId, actor.organisationId))))[0]),
  );
}

/** The parts of a shared development record, as the audit trail names what was read. */
export type SharedPart = 'self-assessments' | 'dashboard' | 'plan' | 'cpd' | 'cpd summary' | 'export';

/**
 * A person's own records, or those shared with the actor: whose records this request may read. Each read
 * of a shared record says in the audit trail which part was read.
 */
export async function readableOwner(db: Db, actor: Actor, ownerId: string | undefined, part: SharedPart): Promise<string> {
  if (!ownerId || ownerId === actor.personId) return actor.personId;
  if (!can(actor, 'development.read', await developmentSubject(db, actor, ownerId))) throw new NotFound('development record');
  await db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'development.viewed_shared', recordType: 'person', recordId: ownerId, details: { part } }));
  return ownerId;
}

export async function startAssessment(ctx: SelfAssessmentContext, actor: Actor, input: { year?: number | undefined; codeId?: string | undefined }) {
  const today = inLondon(clock.now()).date;
  const year = input.year ?? thisYear(today);
  const yearProblem = assessmentYearProblem(year, today);
  if (yearProblem) throw Invalid.field('body.year', yearProblem);
  const version = await standardsVersion(ctx.db, actor.organisationId, input.codeId);
  const [existing] = await ctx.db
    .select({ id: selfAssessments.id })
    .from(selfAssessments)
    .where(and(eq(selfAssessments.organisationId, actor.organisationId), eq(selfAssessments.personId, actor.personId), eq(selfAssessments.versionId, version.id), eq(selfAssessments.year, year)));
  if (existing) throw new Conflict('one-self-assessment-a-year', 'Already started', `You already have a self-assessment for ${year}; carry on with that one.`);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(selfAssessments).values({ organisationId: actor.organisationId, personId: actor.personId, versionId: version.id, year }).returning({ id: selfAssessments.id });
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'self_assessment.started', recordType: 'self_assessment', recordId: row!.id, details: { year, code: version.codeId } });
    return row!.id;
  });
  return getAssessment(ctx.db, actor, id);
}

export async function listAssessments(db: Db, actor: Actor, ownerId?: string) {
  const owner = await readableOwner(db, actor, ownerId, 'self-assessments');
  const rows = await db
    .select({ id: selfAssessments.id, year: selfAssessments.year, status: selfAssessments.status, submittedAt: selfAssessments.submittedAt, versionId: selfAssessments.versionId })
    .from(selfAssessments)
    .where(and(eq(selfAssessments.organisationId, actor.organisationId), eq(selfAssessments.personId, owner)))
    .orderBy(desc(selfAssessments.year), asc(selfAssessments.createdAt));
  const versions = new Map((await versionsById(db, rows.map((r) => r.versionId))).map((v) => [v.id, v]));
  return rows.map(({ versionId, ...r }) => ({ ...r, codeTitle: versions.get(versionId)!.title, version: versions.get(versionId)!.version }));
}

export async function getAssessment(db: Db, actor: Actor, id: string) {
  const { assessment, subject } = await loadAssessment(db, actor, id);
  if (assessment.personId !== actor.personId) await db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'self_assessment.viewed_shared', recordType: 'self_assessment', recordId: id }));
  const [standards, entries, items, [version]] = await Promise.all([
    standardsOf(db, assessment.versionId),
    db.select().from(selfAssessmentEntries).where(eq(selfAssessmentEntries.assessmentId, id)),
    evidenceWhere(db, eq(evidence.assessmentId, id)),
    versionsById(db, [assessment.versionId]).then((found) => found.map(({ title, version, codeId }) => ({ title, version, codeId }))),
  ]);
  const entryOf = new Map(entries.map((e) => [e.provisionId, e]));
  // A draft is changed, and submitted, by whoever may edit it; a submitted one is locked.
  const allowed = assessment.status === 'draft' ? allowedOn(actor, subject, ['development.edit']) : [];
  return {
    id: assessment.id,
    personId: assessment.personId,
    year: assessment.year,
    status: assessment.status,
    submittedAt: assessment.submittedAt,
    code: version!,
    standards: standards.map((s) => ({
      ...s,
      rating: entryOf.get(s.id)?.rating ?? null,
      reflection: entryOf.get(s.id)?.reflection ?? '',
      evidence: items.filter((e) => e.provisionId === s.id).map((e) => ({ ...evidenceItem(e), allowed })),
    })),
    allowed,
  };
}

async function editableAssessment(db: Db, actor: Actor, id: string) {
  const { assessment, subject } = await loadAssessment(db, actor, id);
  if (!can(actor, 'development.edit', subject)) throw new NotFound('self-assessment');
  if (assessment.status === 'submitted') {
    throw new Conflict('submitted-self-assessment-is-locked', 'Submitted', `Your ${assessment.year} self-assessment was submitted and can no longer be changed.`);
  }
  return assessment;
}

async function requireStandard(db: Db, versionId: string, provisionId: string, field: string) {
  if (!(await standardsOf(db, versionId)).some((s) => s.id === provisionId)) throw Invalid.field(field, 'is not one of the standards of this self-assessment');
}

/** Saves one standard's rating and reflection in a draft (drafts save as the person goes). */
export async function saveEntry(db: Db, actor: Actor, id: string, provisionId: string, input: { rating: number | null; reflection: string }) {
  const assessment = await editableAssessment(db, actor, id);
  await requireStandard(db, assessment.versionId, provisionId, 'params.provisionId');
  await db.transaction(async (tx) => {
    await tx
      .insert(selfAssessmentEntries)
      .values({ organisationId: assessment.organisationId, assessmentId: id, provisionId, rating: input.rating, reflection: input.reflection })
      .onConflictDoUpdate({ target: [selfAssessmentEntries.organisationId, selfAssessmentEntries.assessmentId, selfAssessmentEntries.provisionId], set: { rating: input.rating, reflection: input.reflection, updatedAt: clock.now() } });
    await tx.update(selfAssessments).set({ updatedAt: clock.now() }).where(and(eq(selfAssessments.id, id), eq(selfAssessments.organisationId, actor.organisationId)));
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'self_assessment.entry_saved', recordType: 'self_assessment', recordId: id, details: { provisionId, rating: input.rating } });
  });
  return getAssessment(db, actor, id);
}

export type EvidenceInput = { kind: 'text'; text: string } | { kind: 'link'; url: string } | { kind: 'file'; fileId: string };

/** Evidence items, oldest first, with their files' names and kinds. */
function evidenceWhere(db: Db | Tx, where: SQL) {
  return db
    .select({ id: evidence.id, provisionId: evidence.provisionId, activityId: evidence.activityId, kind: evidence.kind, text: evidence.text, url: evidence.url, fileId: evidence.fileId, fileName: files.name, mediaType: files.mediaType })
    .from(evidence)
    .leftJoin(files, eq(files.id, evidence.fileId))
    .where(where)
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
}

const evidenceItem = ({ provisionId: _p, activityId: _a, ...item }: Awaited<ReturnType<typeof evidenceWhere>>[number]) => item;

/** Checks evidence before it is stored: a file must be one the person uploaded to this organisation. */
async function checkEvidence(db: Db, actor: Actor, input: EvidenceInput) {
  if (input.kind !== 'file') return;
  const [file] = await db.select({ id: files.id }).from(files).where(and(eq(files.id, input.fileId), eq(files.organisationId, actor.organisationId), eq(files.ownerId, actor.personId)));
  if (!file) throw Invalid.field('body.fileId', 'is not a file you uploaded');
}

/** Stores evidence for a standard of a self-assessment, or for a CPD activity. */
async function insertEvidence(tx: Tx, actor: Actor, owner: { assessmentId: string; provisionId: string } | { activityId: string }, input: EvidenceInput): Promise<string> {
  const [row] = await tx
    .insert(evidence)
    .values({
      ...owner,
      organisationId: actor.organisationId,
      personId: actor.personId,
      kind: input.kind,
      text: input.kind === 'text' ? input.text : null,
      url: input.kind === 'link' ? input.url : null,
      fileId: input.kind === 'file' ? input.fileId : null,
    })
    .returning({ id: evidence.id });
  return row!.id;
}

export async function addEvidence(db: Db, actor: Actor, id: string, provisionId: string, input: EvidenceInput) {
  const assessment = await editableAssessment(db, actor, id);
  await requireStandard(db, assessment.versionId, provisionId, 'params.provisionId');
  await checkEvidence(db, actor, input);
  await db.transaction(async (tx) => {
    const evidenceId = await insertEvidence(tx, actor, { assessmentId: id, provisionId }, input);
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'self_assessment.evidence_added', recordType: 'self_assessment', recordId: id, details: { evidenceId, kind: input.kind } });
  });
  return getAssessment(db, actor, id);
}

export async function removeEvidence(db: Db, actor: Actor, id: string, evidenceId: string) {
  await editableAssessment(db, actor, id);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(evidence)
      .where(and(eq(evidence.id, evidenceId), eq(evidence.assessmentId, id), eq(evidence.organisationId, actor.organisationId)))
      .returning({ id: evidence.id });
    if (!removed.length) throw new NotFound('evidence');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'self_assessment.evidence_removed', recordType: 'self_assessment', recordId: id, details: { evidenceId } });
  });
  return getAssessment(db, actor, id);
}

/**
 * Submits a self-assessment once every standard has a rating. It is then locked, its deadline met, and the
 * next one falls due twelve months on (000 §2: at least annually).
 */
export async function submitAssessment(ctx: SelfAssessmentContext, actor: Actor, id: string) {
  const assessment = await editableAssessment(ctx.db, actor, id);
  const current = await getAssessment(ctx.db, actor, id);
  const unrated: FieldProblem[] = current.standards.filter((s) => s.rating === null).map((s) => ({ field: `standards.${s.number}`, reason: 'has no rating yet' }));
  if (unrated.length) throw new Invalid(unrated);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(selfAssessments)
      .set({ status: 'submitted', submittedAt: clock.now(), updatedAt: clock.now() })
      .where(and(eq(selfAssessments.id, id), eq(selfAssessments.organisationId, actor.organisationId)));
    await meetRecordDeadlines(tx, actor, { organisationId: actor.organisationId, recordType: 'person', recordId: actor.personId, kind: 'self-assessment', ownerId: actor.personId });
    await createDeadline(ctx, tx, actor, {
      organisationId: actor.organisationId,
      kind: 'self-assessment',
      ownerId: actor.personId,
      rule: { type: 'months', months: MONTHS_BETWEEN_ASSESSMENTS },
      recordType: 'person',
      recordId: actor.personId,
    });
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'self_assessment.submitted', recordType: 'self_assessment', recordId: id, details: { year: assessment.year } });
  });
  void ctx.mailer.deliver().catch(() => 0);
  return getAssessment(ctx.db, actor, id);
}

/** This year against earlier years, strongest and weakest standards, and the plan's priorities. */
export async function dashboard(db: Db, actor: Actor, ownerId?: string) {
  const owner = await readableOwner(db, actor, ownerId, 'dashboard');
  const assessments = await db
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.organisationId, actor.organisationId), eq(selfAssessments.personId, owner)))
    .orderBy(desc(selfAssessments.year));
  const latest = assessments[0];
  if (!latest) return { years: [], overall: [], standards: [], strongest: [], weakest: [], priorities: [] };
  const sameCode = assessments.filter((a) => a.versionId === latest.versionId);
  const [standards, entries] = await Promise.all([
    standardsOf(db, latest.versionId),
    db.select().from(selfAssessmentEntries).where(inArray(selfAssessmentEntries.assessmentId, sameCode.map((a) => a.id))),
  ]);
  const comparison = compareYears(
    standards,
    sameCode.map((a) => ({ year: a.year, ratings: new Map(entries.filter((e) => e.assessmentId === a.id).map((e) => [e.provisionId, e.rating])) })),
  );
  return { ...comparison, priorities: developmentPriorities(comparison) };
}

export interface GoalInput {
  title: string;
  successMeasure: string;
  targetDate: string;
  status?: 'not_started' | 'in_progress' | 'achieved' | 'dropped' | undefined;
  progress?: number | undefined;
  note?: string | undefined;
  provisionIds: string[];
  activityIds: string[];
}

async function checkLinks(db: Db, actor: Actor, input: { provisionIds?: string[] | undefined; activityIds?: string[] | undefined }) {
  const problems: FieldProblem[] = [];
  if (input.provisionIds?.length) {
    const known = new Set((await provisionsById(db, input.provisionIds)).map((p) => p.id));
    input.provisionIds.forEach((id, i) => known.has(id) || problems.push({ field: `body.provisionIds.${i}`, reason: 'is not a provision of any code' }));
  }
  if (input.activityIds?.length) {
    const mine = await db
      .select({ id: cpdActivities.id })
      .from(cpdActivities)
      .where(and(inArray(cpdActivities.id, input.activityIds), eq(cpdActivities.personId, actor.personId), eq(cpdActivities.organisationId, actor.organisationId)));
    const known = new Set(mine.map((a) => a.id));
    input.activityIds.forEach((id, i) => known.has(id) || problems.push({ field: `body.activityIds.${i}`, reason: 'is not one of your CPD activities' }));
  }
  if (problems.length) throw new Invalid(problems);
}

export async function listGoals(db: Db, actor: Actor, ownerId?: string) {
  const owner = await readableOwner(db, actor, ownerId, 'plan');
  const goals = await db
    .select()
    .from(developmentGoals)
    .where(and(eq(developmentGoals.organisationId, actor.organisationId), eq(developmentGoals.personId, owner)))
    .orderBy(asc(developmentGoals.targetDate), asc(developmentGoals.createdAt));
  return goals.map((goal) => ({ ...goal, allowed: editable(actor, owner) }));
}

export async function createGoal(db: Db, actor: Actor, input: GoalInput) {
  await checkLinks(db, actor, input);
  return db.transaction(async (tx) => {
    const [goal] = await tx.insert(developmentGoals).values({ ...input, organisationId: actor.organisationId, personId: actor.personId }).returning();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'development_goal.created', recordType: 'development_goal', recordId: goal!.id });
    return { ...goal!, allowed: editable(actor, goal!.personId) };
  });
}

export async function updateGoal(db: Db, actor: Actor, goalId: string, input: Partial<GoalInput>) {
  await checkLinks(db, actor, input);
  return db.transaction(async (tx) => {
    const [goal] = await tx
      .update(developmentGoals)
      .set({ ...input, updatedAt: clock.now() })
      .where(and(eq(developmentGoals.id, goalId), eq(developmentGoals.personId, actor.personId), eq(developmentGoals.organisationId, actor.organisationId)))
      .returning();
    if (!goal) throw new NotFound('development goal');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'development_goal.updated', recordType: 'development_goal', recordId: goalId, details: { fields: Object.keys(input) } });
    return { ...goal, allowed: editable(actor, goal.personId) };
  });
}

export async function deleteGoal(db: Db, actor: Actor, goalId: string) {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(developmentGoals)
      .where(and(eq(developmentGoals.id, goalId), eq(developmentGoals.personId, actor.personId), eq(developmentGoals.organisationId, actor.organisationId)))
      .returning({ id: developmentGoals.id });
    if (!removed.length) throw new NotFound('development goal');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'development_goal.deleted', recordType: 'development_goal', recordId: goalId });
  });
}

export interface ActivityInput {
  kind: (typeof cpdActivities.$inferInsert)['kind'];
  title: string;
  happenedOn: string;
  minutes: number;
  provider: string;
  reflection: string;
  provisionIds: string[];
}

function checkNotFuture(happenedOn: string | undefined) {
  const problem = happenedOn && cpdDateProblem(happenedOn, inLondon(clock.now()).date);
  if (problem) throw Invalid.field('body.happenedOn', problem);
}

type Activity = typeof cpdActivities.$inferSelect;

/** CPD activities, each with its evidence, and what the actor may do with them. */
async function withEvidence(db: Db, actor: Actor, activities: Activity[]) {
  const items = activities.length ? await evidenceWhere(db, inArray(evidence.activityId, activities.map((a) => a.id))) : [];
  return activities.map((activity) => {
    const allowed = editable(actor, activity.personId);
    return { ...activity, evidence: items.filter((e) => e.activityId === activity.id).map((e) => ({ ...evidenceItem(e), allowed })), allowed };
  });
}

/** One of the actor's own CPD activities; anyone else's is not found. */
async function ownActivity(db: Db, actor: Actor, activityId: string): Promise<Activity> {
  const [activity] = await db.select().from(cpdActivities).where(and(eq(cpdActivities.id, activityId), eq(cpdActivities.personId, actor.personId), eq(cpdActivities.organisationId, actor.organisationId)));
  if (!activity) throw new NotFound('CPD activity');
  return activity;
}

export async function listActivities(db: Db, actor: Actor, ownerId?: string) {
  const owner = await readableOwner(db, actor, ownerId, 'cpd');
  const activities = await db
    .select()
    .from(cpdActivities)
    .where(and(eq(cpdActivities.organisationId, actor.organisationId), eq(cpdActivities.personId, owner)))
    .orderBy(desc(cpdActivities.happenedOn), desc(cpdActivities.createdAt));
  return withEvidence(db, actor, activities);
}

export async function createActivity(db: Db, actor: Actor, input: ActivityInput) {
  checkNotFuture(input.happenedOn);
  await checkLinks(db, actor, input);
  return db.transaction(async (tx) => {
    const [activity] = await tx.insert(cpdActivities).values({ ...input, organisationId: actor.organisationId, personId: actor.personId }).returning();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'cpd_activity.recorded', recordType: 'cpd_activity', recordId: activity!.id, details: { minutes: input.minutes } });
    return { ...activity!, evidence: [], allowed: editable(actor, activity!.personId) };
  });
}

export async function updateActivity(db: Db, actor: Actor, activityId: string, input: Partial<ActivityInput>) {
  checkNotFuture(input.happenedOn);
  await checkLinks(db, actor, input);
  const activity = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(cpdActivities)
      .set(input)
      .where(and(eq(cpdActivities.id, activityId), eq(cpdActivities.personId, actor.personId), eq(cpdActivities.organisationId, actor.organisationId)))
      .returning();
    if (!updated) throw new NotFound('CPD activity');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'cpd_activity.updated', recordType: 'cpd_activity', recordId: activityId, details: { fields: Object.keys(input) } });
    return updated;
  });
  return (await withEvidence(db, actor, [activity]))[0]!;
}

/** Deletes an activity and, with it, its evidence. */
export async function deleteActivity(db: Db, actor: Actor, activityId: string) {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(cpdActivities)
      .where(and(eq(cpdActivities.id, activityId), eq(cpdActivities.personId, actor.personId), eq(cpdActivities.organisationId, actor.organisationId)))
      .returning({ id: cpdActivities.id });
    if (!removed.length) throw new NotFound('CPD activity');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'cpd_activity.deleted', recordType: 'cpd_activity', recordId: activityId });
  });
}

/** Evidence of a CPD activity: a certificate, notes, a link. Activities are never locked, so it can be added at any time. */
export async function addActivityEvidence(db: Db, actor: Actor, activityId: string, input: EvidenceInput) {
  const activity = await ownActivity(db, actor, activityId);
  await checkEvidence(db, actor, input);
  await db.transaction(async (tx) => {
    const evidenceId = await insertEvidence(tx, actor, { activityId }, input);
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'cpd_activity.evidence_added', recordType: 'cpd_activity', recordId: activityId, details: { evidenceId, kind: input.kind } });
  });
  return (await withEvidence(db, actor, [activity]))[0]!;
}

export async function removeActivityEvidence(db: Db, actor: Actor, activityId: string, evidenceId: string) {
  const activity = await ownActivity(db, actor, activityId);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(evidence)
      .where(and(eq(evidence.id, evidenceId), eq(evidence.activityId, activityId), eq(evidence.organisationId, actor.organisationId)))
      .returning({ id: evidence.id });
    if (!removed.length) throw new NotFound('evidence');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'cpd_activity.evidence_removed', recordType: 'cpd_activity', recordId: activityId, details: { evidenceId } });
  });
  return (await withEvidence(db, actor, [activity]))[0]!;
}

/** A year of CPD: totals, and the standards it has and has not touched. */
export async function cpdSummary(db: Db, actor: Actor, year: number, ownerId?: string) {
  const owner = await readableOwner(db, actor, ownerId, 'cpd summary');
  const version = await standardsVersion(db, actor.organisationId);
  const [standards, activities] = await Promise.all([
    standardsOf(db, version.id),
    db.select({ happenedOn: cpdActivities.happenedOn, minutes: cpdActivities.minutes, provisionIds: cpdActivities.provisionIds }).from(cpdActivities).where(and(eq(cpdActivities.organisationId, actor.organisationId), eq(cpdActivities.personId, owner))),
  ]);
  return cpdYear(standards, activities, year);
}

/** Roles that may be given a read-only view of someone's development record. */
const VIEWER_ROLES: Role[] = ['line_manager', 'supporter', 'mentor'];

/**
 * The people one may share a development record with: line managers, supporters and mentors of the
 * organisation, by name only (a member who may not see the people list can still find them).
 */
export async function viewers(db: Db, actor: Actor, q: string | undefined) {
  const needle = q?.trim() ? `%${likeText(q.trim())}%` : undefined;
  const rows = await db
    .selectDistinct({ id: people.id, givenName: people.givenName, familyName: people.familyName, role: roleAssignments.role })
    .from(roleAssignments)
    .innerJoin(people, and(eq(people.id, roleAssignments.personId), isNull(people.disabledAt)))
    .where(
      and(
        eq(roleAssignments.organisationId, actor.organisationId),
        inArray(roleAssignments.role, VIEWER_ROLES),
        sql`${people.id} <> ${actor.personId}`,
        needle ? sql`${personName} ILIKE ${needle}` : undefined,
      ),
    )
    .orderBy(asc(people.familyName), asc(people.givenName))
    .limit(200);
  const byPerson = new Map<string, { id: string; name: string; roles: Role[] }>();
  for (const r of rows) {
    const person = byPerson.get(r.id) ?? { id: r.id, name: `${r.givenName} ${r.familyName}`, roles: [] };
    person.roles.push(r.role);
    byPerson.set(r.id, person);
  }
  return [...byPerson.values()].slice(0, 50);
}

export async function share(db: Db, actor: Actor, viewerId: string) {
  if (viewerId === actor.personId) throw Invalid.field('body.viewerId', 'is yourself');
  const roles = await db
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, actor.organisationId), eq(roleAssignments.personId, viewerId)));
  if (!roles.some((r) => VIEWER_ROLES.includes(r.role))) throw Invalid.field('body.viewerId', 'is not a line manager, supporter or mentor in this organisation');
  const [existing] = await db
    .select({ id: developmentShares.id })
    .from(developmentShares)
    .where(and(eq(developmentShares.organisationId, actor.organisationId), eq(developmentShares.personId, actor.personId), eq(developmentShares.viewerId, viewerId), isNull(developmentShares.withdrawnAt)));
  if (existing) {
    throw new Conflict('already-shared', 'Already shared', 'You already share your development record with this person.');
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(developmentShares).values({ organisationId: actor.organisationId, personId: actor.personId, viewerId }).returning();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'development.shared', recordType: 'person', recordId: actor.personId, details: { viewerId } });
    return row!;
  });
}

export async function withdrawShare(db: Db, actor: Actor, shareId: string) {
  await db.transaction(async (tx) => {
    const withdrawn = await tx
      .update(developmentShares)
      .set({ withdrawnAt: clock.now() })
      .where(and(eq(developmentShares.id, shareId), eq(developmentShares.organisationId, actor.organisationId), eq(developmentShares.personId, actor.personId), isNull(developmentShares.withdrawnAt)))
      .returning({ viewerId: developmentShares.viewerId });
    if (!withdrawn.length) throw new NotFound('share');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'development.share_withdrawn', recordType: 'person', recordId: actor.personId, details: { viewerId: withdrawn[0]!.viewerId } });
  });
}

/** Whom I share with, and who shares with me. */
export async function shares(db: Db, actor: Actor) {
  const name = personName;
  const [mine, withMe] = await Promise.all([
    db
      .select({ id: developmentShares.id, personId: developmentShares.viewerId, name, since: developmentShares.createdAt })
      .from(developmentShares)
      .innerJoin(people, eq(people.id, developmentShares.viewerId))
      .where(and(eq(developmentShares.organisationId, actor.organisationId), eq(developmentShares.personId, actor.personId), isNull(developmentShares.withdrawnAt))),
    db
      .select({ id: developmentShares.id, personId: developmentShares.personId, name, since: developmentShares.createdAt })
      .from(developmentShares)
      .innerJoin(people, eq(people.id, developmentShares.personId))
      .where(and(eq(developmentShares.organisationId, actor.organisationId), eq(developmentShares.viewerId, actor.personId), isNull(developmentShares.withdrawnAt))),
  ]);
  return {
    sharedWith: mine.map((share) => ({ ...share, allowed: allowedOn(actor, { organisationId: actor.organisationId, ownerId: actor.personId }, ['development.share']) })),
    sharedWithMe: withMe.map((share) => ({ ...share, allowed: allowedOn(actor, { organisationId: actor.organisationId, ownerId: share.personId, relations: ['shared_with'] }, ['development.read']) })),
  };
}

/** Stores an evidence file after checking its size and, from its content, its kind. */
export async function uploadFile(ctx: SelfAssessmentContext, actor: Actor, input: { name: string; bytes: Uint8Array }) {
  if (input.bytes.length === 0) throw Invalid.field('body', 'is empty');
  if (input.bytes.length > MAX_FILE_BYTES) throw Invalid.field('body', `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const kind = sniff(input.bytes);
  if (!kind) throw Invalid.field('body', 'is not a PDF, image (PNG, JPEG, WebP), Word, Excel or PowerPoint document, or plain text');
  const claimed = input.name.split('.').pop()?.toLowerCase();
  const agrees = claimed === kind.extension || (kind.extension === 'jpg' && claimed === 'jpeg') || (kind.extension === 'txt' && ['txt', 'csv', 'md'].includes(claimed ?? ''));
  if (!agrees) throw Invalid.field('query.name', `says .${claimed ?? ''} but the content is ${kind.extension.toUpperCase()}`);
  const storageKey = crypto.randomUUID();
  await ctx.files.put(storageKey, input.bytes);
  return ctx.db.transaction(async (tx) => {
    const [file] = await tx
      .insert(files)
      .values({ organisationId: actor.organisationId, ownerId: actor.personId, name: input.name, mediaType: kind.mediaType, size: input.bytes.length, sha256: crypto.createHash('sha256').update(input.bytes).digest('hex'), storageKey })
      .returning();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'file.uploaded', recordType: 'file', recordId: file!.id, details: { mediaType: kind.mediaType, size: input.bytes.length } });
    return { id: file!.id, name: file!.name, mediaType: file!.mediaType, size: file!.size };
  });
}

/** A file to its owner, or to someone the owner shares their development record with; every download is recorded. */
export async function downloadFile(ctx: SelfAssessmentContext, actor: Actor, fileId: string) {
  const [file] = await ctx.db.select().from(files).where(and(eq(files.id, fileId), eq(files.organisationId, actor.organisationId)));
  if (!file || !can(actor, 'development.read', await developmentSubject(ctx.db, actor, file.ownerId))) throw new NotFound('file');
  const bytes = await ctx.files.get(file.storageKey);
  await ctx.db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'file.downloaded', recordType: 'file', recordId: file.id }));
  return { name: file.name, mediaType: file.mediaType, bytes };
}

/** A person's development record in every organisation: for their own data export. */
export async function personalDevelopment(db: Db, personId: string) {
  const organisation = organisations.name;
  const [rated, goals, cpd, items, sharedWith] = await Promise.all([
    db
      .select({ organisation, year: selfAssessments.year, status: selfAssessments.status, submittedAt: selfAssessments.submittedAt, versionId: selfAssessments.versionId, provisionId: selfAssessmentEntries.provisionId, rating: selfAssessmentEntries.rating, reflection: selfAssessmentEntries.reflection })
      .from(selfAssessments)
      .innerJoin(organisations, eq(organisations.id, selfAssessments.organisationId))
      .leftJoin(selfAssessmentEntries, eq(selfAssessmentEntries.assessmentId, selfAssessments.id))
      .where(eq(selfAssessments.personId, personId))
      .orderBy(asc(selfAssessments.year), asc(selfAssessments.createdAt)),
    db.select({ organisation, title: developmentGoals.title, successMeasure: developmentGoals.successMeasure, targetDate: developmentGoals.targetDate, status: developmentGoals.status, progress: developmentGoals.progress, note: developmentGoals.note }).from(developmentGoals).innerJoin(organisations, eq(organisations.id, developmentGoals.organisationId)).where(eq(developmentGoals.personId, personId)),
    db.select({ organisation, kind: cpdActivities.kind, title: cpdActivities.title, happenedOn: cpdActivities.happenedOn, minutes: cpdActivities.minutes, provider: cpdActivities.provider, reflection: cpdActivities.reflection }).from(cpdActivities).innerJoin(organisations, eq(organisations.id, cpdActivities.organisationId)).where(eq(cpdActivities.personId, personId)).orderBy(asc(cpdActivities.happenedOn)),
    db.select({ organisation, kind: evidence.kind, text: evidence.text, url: evidence.url, fileName: files.name, addedAt: evidence.createdAt }).from(evidence).innerJoin(organisations, eq(organisations.id, evidence.organisationId)).leftJoin(files, eq(files.id, evidence.fileId)).where(eq(evidence.personId, personId)),
    db
      .select({ organisation, viewer: personName, since: developmentShares.createdAt, withdrawnAt: developmentShares.withdrawnAt })
      .from(developmentShares)
      .innerJoin(organisations, eq(organisations.id, developmentShares.organisationId))
      .innerJoin(people, eq(people.id, developmentShares.viewerId))
      .where(eq(developmentShares.personId, personId)),
  ]);
  // The code's title and each standard's number, asked of the codes; each year's standards in document order.
  const [versions, standards] = await Promise.all([versionsById(db, rated.map((r) => r.versionId)), provisionsById(db, rated.flatMap((r) => (r.provisionId ? [r.provisionId] : [])))]);
  const titleOf = new Map(versions.map((v) => [v.id, v.title]));
  const standardOf = new Map(standards.map((p) => [p.id, p]));
  const position = (r: (typeof rated)[number]) => (r.provisionId ? (standardOf.get(r.provisionId)?.position ?? Infinity) : Infinity);
  const assessed = [...rated]
    .sort((a, b) => a.year - b.year || position(a) - position(b))
    .map(({ versionId, provisionId, ...r }) => ({ ...r, code: titleOf.get(versionId) ?? '', standard: provisionId ? (standardOf.get(provisionId)?.number ?? null) : null }));
  return { selfAssessments: assessed, goals, cpd, evidence: items, sharedWith };
}
