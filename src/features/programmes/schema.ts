import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { files } from '../../platform/files/schema.ts';
import { organisations, people } from '../../platform/people/schema.ts';
import type { DevelopmentRecord } from '../self-assessment/index.ts';
import { MARKING_STAGES, PROGRAMME_IDS, STATES, type Arrangement, type ProgrammeSettings } from './rules.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

// Professional status programmes (rules.ts): the organisation's settings for each programme, its cohorts,
// each participant with their portfolio as the rules keep them, the portfolio's sections as the participant
// writes them, and the locked copy of each submission. Each table carries its organisation, walled by
// row-level security like every other tenant table.

/** A participant as the rules keep one (rules: Participant), as JSON: its times as ISO 8601 strings. */
export type StoredParticipant = Record<string, unknown>;

export const programmeId = pgEnum('programme_id', PROGRAMME_IDS);
export const participantState = pgEnum('programme_participant_state', STATES);
export const markingStage = pgEnum('programme_marking_stage', MARKING_STAGES);

/** What an organisation changes of a programme's defaults (rules: tailorProgramme). */
export const programmeSettings = pgTable(
  'programme_settings',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    programme: programmeId('programme').notNull(),
    settings: jsonb('settings').$type<ProgrammeSettings>().notNull(),
    updatedBy: uuid('updated_by').notNull().references(() => people.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.programme)],
);

/** A cohort of a programme: its dates follow from the day it starts (rules: cohortDates). */
export const programmeCohorts = pgTable(
  'programme_cohorts',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    programme: programmeId('programme').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** The cohort's own secret for the identifiers reviewers see under blind review. */
    blindSecret: text('blind_secret').notNull(),
    createdBy: uuid('created_by').notNull().references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.id), uniqueIndex('programme_cohorts_start').on(t.organisationId, t.programme, t.startsOn)],
);

/**
 * A participant on a cohort, with their portfolio: the row's id is the portfolio's. `record` keeps the
 * participant as the rules do (support, submissions and their marking, re-start, withdrawal, history); the
 * columns beside it repeat what queries and the policy ask of it.
 */
export const programmeParticipants = pgTable(
  'programme_participants',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    cohortId: uuid('cohort_id').notNull(),
    programme: programmeId('programme').notNull(),
    personId: uuid('person_id').notNull().references(() => people.id),
    state: participantState('state').notNull(),
    /** Their supporter or mentor. */
    supportPersonId: uuid('support_person_id').references(() => people.id),
    /** The reviewer allocated to the current submission. */
    reviewerId: uuid('reviewer_id').references(() => people.id),
    markingStage: markingStage('marking_stage'),
    answers: jsonb('answers').$type<Record<string, boolean>>().notNull(),
    record: jsonb('record').$type<StoredParticipant>().notNull(),
    /** The portfolio this one re-starts (001 §6.2.3). */
    restartedFrom: uuid('restarted_from'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.cohortId, programmeCohorts),
    index('programme_participants_cohort').on(t.organisationId, t.cohortId, t.state),
    index('programme_participants_person').on(t.personId),
    index('programme_participants_support').on(t.supportPersonId),
    index('programme_participants_reviewer').on(t.reviewerId),
  ],
);

/** A section of the portfolio as the participant writes it, until it is submitted. */
export const portfolioSections = pgTable(
  'portfolio_sections',
  {
    participantId: uuid('participant_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    section: text('section').notNull(),
    text: text('text').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.participantId, t.section), sameOrganisation(t, t.participantId, programmeParticipants).onDelete('cascade')],
);

/** The locked copy of a submission or resubmission, so that what was reviewed can always be shown (001 §6.2). */
export const portfolioSubmissions = pgTable(
  'portfolio_submissions',
  {
    participantId: uuid('participant_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    attempt: integer('attempt').notNull(),
    content: jsonb('content').$type<Record<string, string>>().notNull(),
    contentHash: text('content_hash').notNull(),
    /** The evidence locked with it, each file by its own digest, which the content hash covers (evidence.ts). */
    evidence: jsonb('evidence').$type<LockedEvidence[]>().notNull().default(sql`'[]'::jsonb`),
    /** A QTLS portfolio's development record as it stood when locked, which the content hash covers (evidence.ts). */
    developmentRecord: jsonb('development_record').$type<DevelopmentRecord>(),
    lockedAt: timestamp('locked_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.participantId, t.attempt), sameOrganisation(t, t.participantId, programmeParticipants).onDelete('cascade')],
);

/** One file attached as evidence to a section of a portfolio while the participant writes it (evidence.ts). */
export interface LockedEvidence {
  section: string;
  fileId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * A file from the file store attached as evidence under a section of the portfolio (001 §6.1.6), while the
 * portfolio is open; a submission locks a copy of the list into its locked copy.
 */
export const portfolioEvidence = pgTable(
  'portfolio_evidence',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    participantId: uuid('participant_id').notNull(),
    section: text('section').notNull(),
    fileId: uuid('file_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.participantId, programmeParticipants).onDelete('cascade'),
    sameOrganisation(t, t.fileId, files),
    uniqueIndex('portfolio_evidence_file').on(t.organisationId, t.participantId, t.section, t.fileId),
    index('portfolio_evidence_participant').on(t.participantId, t.addedAt),
  ],
);

/** A support request through one of the programme's channels (001 §6.1.4), within the fair-use limit (§6.1.7), and the team's answer. */
export const supportRequests = pgTable(
  'programme_support_requests',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    participantId: uuid('participant_id').notNull(),
    channel: text('channel').notNull(),
    question: text('question').notNull(),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => people.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.participantId, programmeParticipants).onDelete('cascade'),
    index('programme_support_requests_participant').on(t.participantId, t.askedAt),
    index('programme_support_requests_open').on(t.organisationId, t.answeredAt),
  ],
);

/** A request for reasonable adjustments (001 §3.1.1) and the team's decision (rules: AdjustmentRequest). */
export const adjustmentRequests = pgTable(
  'programme_adjustment_requests',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    participantId: uuid('participant_id').notNull(),
    needs: text('needs').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    late: boolean('late').notNull(),
    beforeStart: boolean('before_start').notNull(),
    decision: jsonb('decision').$type<{ agreed: boolean; arrangement: Arrangement | null; reasons: string; decidedAt: string }>(),
    decidedBy: uuid('decided_by').references(() => people.id),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.participantId, programmeParticipants).onDelete('cascade'),
    index('programme_adjustment_requests_participant').on(t.participantId, t.requestedAt),
  ],
);

/** An appeal against the sufficiency of support (001 §9.1) and the team's written response. */
export const supportAppeals = pgTable(
  'programme_support_appeals',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    participantId: uuid('participant_id').notNull(),
    grounds: text('grounds').notNull(),
    lodgedAt: timestamp('lodged_at', { withTimezone: true }).notNull(),
    responseDueOn: date('response_due_on', { mode: 'string' }).notNull(),
    response: text('response'),
    respondedBy: uuid('responded_by').references(() => people.id),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.participantId, programmeParticipants).onDelete('cascade'),
    index('programme_support_appeals_participant').on(t.participantId, t.lodgedAt),
  ],
);

/**
 * The body's pool of mentors (001 §6.1.3: an ATS participant may ask the body to appoint a mentor, subject to
 * availability): how many participants each mentors at once and the subjects they mentor in. Their load is
 * counted from the participants they mentor now, never kept here.
 */
export const mentorPool = pgTable(
  'programme_mentor_pool',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    capacity: integer('capacity').notNull(),
    subjects: text('subjects').array().notNull(),
    /** Out of the pool for now (leave, a full timetable) without losing their place. */
    available: boolean('available').notNull(),
    addedBy: uuid('added_by').notNull().references(() => people.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.personId)],
);

/** An ATS participant's request that the body appoint a mentor (001 §6.1.3): the subject to match on, when asked, and whom it appointed. */
export const mentorRequests = pgTable(
  'programme_mentor_requests',
  {
    participantId: uuid('participant_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    subject: text('subject'),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    mentorId: uuid('mentor_id').references(() => people.id),
    matchedAt: timestamp('matched_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.participantId),
    sameOrganisation(t, t.participantId, programmeParticipants).onDelete('cascade'),
    index('programme_mentor_requests_waiting').on(t.organisationId, t.matchedAt, t.askedAt),
  ],
);

/**
 * A participant's invitation to the person they appoint as their supporter or mentor (001 §6.1.2), by email
 * with a one-time link: only the token's hash is kept, and it expires. Accepted, it makes the invitee the
 * participant's supporter; the participant may withdraw it while it is pending.
 */
export const supporterInvitations = pgTable(
  'programme_supporter_invitations',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    participantId: uuid('participant_id').notNull(),
    /** The person invited: found by their email, or made for it, without a password until they accept. */
    inviteeId: uuid('invitee_id').notNull().references(() => people.id),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.participantId, programmeParticipants).onDelete('cascade'),
    uniqueIndex('programme_supporter_invitations_token').on(t.organisationId, t.tokenHash),
    index('programme_supporter_invitations_participant').on(t.participantId, t.invitedAt),
  ],
);
