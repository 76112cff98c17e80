import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { files } from '../../platform/files/schema.ts';
import { organisations, people } from '../../platform/people/schema.ts';
import { CPD_KINDS, GOAL_STATUSES } from '../../platform/vocabulary.ts';
import { codes, codeVersions, provisions } from '../codes/schema.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

export const assessmentStatus = pgEnum('self_assessment_status', ['draft', 'submitted']);

/** One person's self-assessment for one year against a code's standards (000 §2). */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    versionId: uuid('version_id').notNull().references(() => codeVersions.id),
    year: integer('year').notNull(),
    status: assessmentStatus('status').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantKey(t, t.id),
    uniqueIndex('self_assessments_year').on(t.organisationId, t.personId, t.versionId, t.year),
    index('self_assessments_person').on(t.personId),
  ],
);

/** The rating and reflection for one standard. */
export const selfAssessmentEntries = pgTable(
  'self_assessment_entries',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    assessmentId: uuid('assessment_id').notNull(),
    provisionId: uuid('provision_id').notNull().references(() => provisions.id),
    rating: integer('rating'),
    reflection: text('reflection').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantKey(t, t.assessmentId, t.provisionId), sameOrganisation(t, t.assessmentId, selfAssessments).onDelete('cascade')],
);

export const evidenceKind = pgEnum('evidence_kind', ['text', 'link', 'file']);

/** Evidence for a standard in a self-assessment, or for a CPD activity. */
export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    assessmentId: uuid('assessment_id'),
    provisionId: uuid('provision_id').references(() => provisions.id),
    activityId: uuid('activity_id'),
    kind: evidenceKind('kind').notNull(),
    text: text('text'),
    url: text('url'),
    fileId: uuid('file_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.assessmentId, selfAssessments).onDelete('cascade'),
    sameOrganisation(t, t.activityId, cpdActivities).onDelete('cascade'),
    sameOrganisation(t, t.fileId, files),
    index('evidence_assessment').on(t.assessmentId),
    index('evidence_activity').on(t.activityId),
    // Evidence belongs to a standard of one self-assessment, or to one CPD activity: never both, never neither.
    check('evidence_belongs_once', sql`(${t.assessmentId} IS NULL) <> (${t.activityId} IS NULL)`),
  ],
);

export const goalStatus = pgEnum('goal_status', GOAL_STATUSES);

/** A goal of the person's development plan, linked to the standards it serves and the CPD towards it. */
export const developmentGoals = pgTable(
  'development_goals',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    title: text('title').notNull(),
    successMeasure: text('success_measure').notNull(),
    targetDate: date('target_date').notNull(),
    status: goalStatus('status').notNull().default('not_started'),
    progress: integer('progress').notNull().default(0),
    note: text('note').notNull().default(''),
    provisionIds: uuid('provision_ids').array().notNull().default(sql`'{}'::uuid[]`),
    activityIds: uuid('activity_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantKey(t, t.id), index('development_goals_person').on(t.organisationId, t.personId)],
);

export const cpdKind = pgEnum('cpd_kind', CPD_KINDS);

/** A continuing professional development activity. Time is kept in minutes. */
export const cpdActivities = pgTable(
  'cpd_activities',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    kind: cpdKind('kind').notNull(),
    title: text('title').notNull(),
    happenedOn: date('happened_on').notNull(),
    minutes: integer('minutes').notNull(),
    provider: text('provider').notNull().default(''),
    reflection: text('reflection').notNull().default(''),
    provisionIds: uuid('provision_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantKey(t, t.id), index('cpd_activities_person').on(t.organisationId, t.personId, t.happenedOn)],
);

/**
 * The code whose standards an organisation's people assess themselves against, when it has chosen one;
 * without a choice, the adopted code with the most standards.
 */
export const standardsChoices = pgTable('standards_choices', {
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  codeId: text('code_id').notNull().references(() => codes.id),
  chosenAt: timestamp('chosen_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [tenantKey(t)]);

/** A read-only view of a person's self-assessment, plan and CPD given to a named colleague, until withdrawn. */
export const developmentShares = pgTable(
  'development_shares',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    viewerId: uuid('viewer_id').notNull().references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [tenantKey(t, t.id), index('development_shares_viewer').on(t.viewerId)],
);

/**
 * Leaders' insights summed ahead (insights.ts): for one organisation, code version and year, the people whose
 * submitted self-assessments are alike in all that the insights scope and group them by (their current posts,
 * the year they joined, their programme cohort), and their ratings and CPD added up, standard by standard in
 * the order of the refresh's `standardIds`. Made again whole by a job; never edited.
 */
export const developmentInsightSums = pgTable(
  'development_insight_sums',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    versionId: uuid('version_id').notNull().references(() => codeVersions.id),
    year: integer('year').notNull(),
    /** What the people are alike in, as one text: what makes a row. */
    signature: text('signature').notNull(),
    posts: jsonb('posts').$type<{ academyId: string | null; regionId: string | null }[]>().notNull(),
    joinedIn: integer('joined_in'),
    programmeCohortId: uuid('programme_cohort_id'),
    people: integer('people').notNull(),
    ratingTotals: integer('rating_totals').array().notNull(),
    ratingCounts: integer('rating_counts').array().notNull(),
    cpdMinutes: integer('cpd_minutes').array().notNull(),
    cpdTotal: integer('cpd_total').notNull(),
  },
  (t) => [tenantKey(t, t.versionId, t.year, t.signature)],
);

/** When an organisation's sums for a version and year were last made, over which standards. */
export const developmentInsightRefreshes = pgTable(
  'development_insight_refreshes',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    versionId: uuid('version_id').notNull().references(() => codeVersions.id),
    year: integer('year').notNull(),
    standardIds: uuid('standard_ids').array().notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.versionId, t.year)],
);
