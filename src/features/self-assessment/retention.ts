import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/index.ts';
import { files } from '../../platform/files/schema.ts';
import { afterEmployment, dayStart, type RecordType } from '../../platform/record-retention.ts';
import { forgetCitations } from '../codes/index.ts';
import { cpdActivities, developmentGoals, evidence, selfAssessments } from './schema.ts';

// A person's development records in the records' retention schedule: their self-assessments, CPD and the
// goals of their plan. Each goes with its evidence and what it cited: the evidence rows cascade, and the
// evidence files go from the file store once the deletion is committed.

const TOOLKIT = 'IRMS Information Management Toolkit for Schools (2019)';
const asDate = (v: string | Date) => new Date(v);

/** The evidence files of the records `where` picks, deleted from the files table; their store keys, to remove once committed. */
async function evidenceFiles(tx: Transaction, organisationId: string, where: SQL | undefined): Promise<{ fileIds: string[]; storageKeys: string[] }> {
  const rows = await tx
    .select({ fileId: files.id, storageKey: files.storageKey })
    .from(evidence)
    .innerJoin(files, eq(files.id, evidence.fileId))
    .where(and(eq(evidence.organisationId, organisationId), isNotNull(evidence.fileId), where));
  return { fileIds: rows.map((r) => r.fileId), storageKeys: rows.map((r) => r.storageKey) };
}

async function dropFiles(tx: Transaction, organisationId: string, fileIds: string[]) {
  if (fileIds.length) await tx.delete(files).where(and(eq(files.organisationId, organisationId), inArray(files.id, fileIds)));
}

/** The end of the calendar year a self-assessment is for (000 §2: a year's assessment), as a moment: midnight on 1 January after, in London (GMT then). */
const yearEnded = sql<Date>`make_timestamptz(${selfAssessments.year} + 1, 1, 1, 0, 0, 0, 'UTC')`;

/**
 * A self-assessment is a year's appraisal of oneself against the standards: listed five years after the end
 * of the year it assesses, submitted or left in draft, and deleted with its ratings, reflections and evidence.
 */
const selfAssessmentType: RecordType = {
  type: 'self-assessment',
  record: 'self-assessments (each standard’s rating, reflection and evidence)',
  keptFor: 'P5Y',
  after: 'the end of the calendar year it assesses',
  source: `${TOOLKIT}, annual appraisal and assessment records: the current year plus five years. Probity counts the five years from the end of the calendar year the self-assessment is for, whether it was submitted or left in draft.`,
  due: async (tx, organisationId, cutoff) =>
    (
      await tx
        .select({ id: selfAssessments.id, eventAt: yearEnded.mapWith(asDate), personId: selfAssessments.personId })
        .from(selfAssessments)
        .where(and(eq(selfAssessments.organisationId, organisationId), sql`${yearEnded} <= ${cutoff.toISOString()}::timestamptz`))
    ).map((r) => ({ id: r.id, eventAt: r.eventAt, personIds: [r.personId] })),
  about: async (tx, organisationId, id) => {
    const [row] = await tx.select({ personId: selfAssessments.personId }).from(selfAssessments).where(and(eq(selfAssessments.organisationId, organisationId), eq(selfAssessments.id, id)));
    return row ? [row.personId] : null;
  },
  erase: async (tx, organisationId, id) => {
    const [found] = await tx.select({ id: selfAssessments.id }).from(selfAssessments).where(and(eq(selfAssessments.organisationId, organisationId), eq(selfAssessments.id, id)));
    if (!found) return null;
    const { fileIds, storageKeys } = await evidenceFiles(tx, organisationId, eq(evidence.assessmentId, id));
    // Its entries and evidence cascade; the files after, once no evidence refers to them.
    await tx.delete(selfAssessments).where(eq(selfAssessments.id, id));
    await dropFiles(tx, organisationId, fileIds);
    await forgetCitations(tx, organisationId, 'self_assessment', id);
    return { storageKeys };
  },
};

const PERSONNEL = `${TOOLKIT}, staff training and professional development records, kept on the staff personnel file: six years after employment ends.`;

const cpdEvent = afterEmployment(cpdActivities.organisationId, cpdActivities.personId, dayStart(cpdActivities.happenedOn));

/**
 * A CPD activity is part of the person's training record: listed six years after they leave the
 * organisation (or after the activity, if later), and deleted with its evidence. Someone with no employment
 * recorded here, such as a member of a professional body, is counted from the activity.
 */
const cpdActivityType: RecordType = {
  type: 'cpd-activity',
  record: 'CPD activities with their evidence',
  keptFor: 'P6Y',
  after: 'the person’s employment here ends (or the activity, if later; the activity alone for someone with no employment recorded here)',
  source: `${PERSONNEL} Probity counts from the later of the activity and the last day of the person’s employment here; for a member of a professional body, with no employment, from the activity: six years is also the time within which a claim in contract can be brought (Limitation Act 1980).`,
  due: async (tx, organisationId, cutoff) =>
    (
      await tx
        .select({ id: cpdActivities.id, eventAt: cpdEvent.mapWith(asDate), personId: cpdActivities.personId })
        .from(cpdActivities)
        .where(and(eq(cpdActivities.organisationId, organisationId), sql`${cpdEvent} <= ${cutoff.toISOString()}::timestamptz`))
    ).map((r) => ({ id: r.id, eventAt: r.eventAt!, personIds: [r.personId] })),
  about: async (tx, organisationId, id) => {
    const [row] = await tx.select({ personId: cpdActivities.personId }).from(cpdActivities).where(and(eq(cpdActivities.organisationId, organisationId), eq(cpdActivities.id, id)));
    return row ? [row.personId] : null;
  },
  erase: async (tx, organisationId, id) => {
    const [found] = await tx.select({ personId: cpdActivities.personId }).from(cpdActivities).where(and(eq(cpdActivities.organisationId, organisationId), eq(cpdActivities.id, id)));
    if (!found) return null;
    const { fileIds, storageKeys } = await evidenceFiles(tx, organisationId, eq(evidence.activityId, id));
    await tx.delete(cpdActivities).where(eq(cpdActivities.id, id));
    await dropFiles(tx, organisationId, fileIds);
    await forgetCitations(tx, organisationId, 'cpd_activity', id);
    // A goal that counted this activity towards it no longer names it.
    await tx
      .update(developmentGoals)
      .set({ activityIds: sql`array_remove(${developmentGoals.activityIds}, ${id}::uuid)` })
      .where(and(eq(developmentGoals.organisationId, organisationId), eq(developmentGoals.personId, found.personId), sql`${id}::uuid = any(${developmentGoals.activityIds})`));
    return { storageKeys };
  },
};

const goalEvent = afterEmployment(developmentGoals.organisationId, developmentGoals.personId, dayStart(developmentGoals.targetDate));

/**
 * A goal of the development plan is kept as the plan is: listed six years after the person leaves the
 * organisation (or after the goal's target date, if later).
 */
const developmentGoalType: RecordType = {
  type: 'development-goal',
  record: 'goals of a development plan',
  keptFor: 'P6Y',
  after: 'the person’s employment here ends (or the goal’s target date, if later; the target date alone for someone with no employment recorded here)',
  source: `${TOOLKIT}, professional development plans, kept on the staff personnel file: six years after employment ends. Probity counts from the later of the goal's target date and the last day of the person's employment here; for a member of a professional body, with no employment, from the target date (Limitation Act 1980: six years).`,
  due: async (tx, organisationId, cutoff) =>
    (
      await tx
        .select({ id: developmentGoals.id, eventAt: goalEvent.mapWith(asDate), personId: developmentGoals.personId })
        .from(developmentGoals)
        .where(and(eq(developmentGoals.organisationId, organisationId), sql`${goalEvent} <= ${cutoff.toISOString()}::timestamptz`))
    ).map((r) => ({ id: r.id, eventAt: r.eventAt!, personIds: [r.personId] })),
  about: async (tx, organisationId, id) => {
    const [row] = await tx.select({ personId: developmentGoals.personId }).from(developmentGoals).where(and(eq(developmentGoals.organisationId, organisationId), eq(developmentGoals.id, id)));
    return row ? [row.personId] : null;
  },
  erase: async (tx, organisationId, id) => {
    const gone = await tx.delete(developmentGoals).where(and(eq(developmentGoals.organisationId, organisationId), eq(developmentGoals.id, id))).returning({ id: developmentGoals.id });
    if (!gone.length) return null;
    await forgetCitations(tx, organisationId, 'development_goal', id);
    return { storageKeys: [] };
  },
};

export const developmentRecordTypes: RecordType[] = [selfAssessmentType, cpdActivityType, developmentGoalType];
