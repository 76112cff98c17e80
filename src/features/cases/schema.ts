import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { files } from '../../platform/files/schema.ts';
import { organisations, people } from '../../platform/people/schema.ts';
import { declarations } from '../declarations/schema.ts';
import type { LetterName } from './letters.ts';
import { APPEAL_RESULTS, CASE_TYPE_IDS, OPENED_FROM, PANEL_KINDS, STAGES, type CaseEventType, type PanelMember } from './rules.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

// Cases (rules.ts), their team, panel, recusals, chronology and requests for information. Each table
// carries its organisation, walled by row-level security like every other tenant table; the children go
// with their case.

export const caseType = pgEnum('case_type', CASE_TYPE_IDS);
export const caseStage = pgEnum('case_stage', STAGES);
export const caseOpenedFrom = pgEnum('case_opened_from', OPENED_FROM);
export const panelKind = pgEnum('case_panel_kind', PANEL_KINDS);
export const appealResult = pgEnum('case_appeal_result', APPEAL_RESULTS);
export const recusalGround = pgEnum('case_recusal_ground', ['declared', 'named', 'stepped_aside']);

/** One case about one person: where it stands, and its decision, outcome and appeal as the rules keep them. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    type: caseType('type').notNull(),
    stage: caseStage('stage').notNull().default('intake'),
    /** The person the case is about. */
    subjectId: uuid('subject_id').notNull().references(() => people.id),
    /** An allegation that may meet the harm threshold, to be referred to the designated officer. */
    harmThreshold: boolean('harm_threshold').notNull().default(false),
    openedFrom: caseOpenedFrom('opened_from').notNull(),
    /** The declaration or notification it was opened from. */
    declarationId: uuid('declaration_id'),
    /** Where it came from, in words: who raised the concern, which third party wrote. */
    sourceNote: text('source_note'),
    summary: text('summary').notNull(),
    /** Others the case names (who raised it, witnesses): each is barred from it. */
    namedPersonIds: uuid('named_person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    openedBy: uuid('opened_by').notNull().references(() => people.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    decisionOutcome: text('decision_outcome'),
    decisionReasons: text('decision_reasons'),
    /** The panel that decided, as it sat. */
    decisionPanel: jsonb('decision_panel').$type<PanelMember[]>(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    outcome: text('outcome'),
    outcomeIssuedAt: timestamp('outcome_issued_at', { withTimezone: true }),
    appealGrounds: text('appeal_grounds'),
    appealLodgedAt: timestamp('appeal_lodged_at', { withTimezone: true }),
    appealResult: appealResult('appeal_result'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.declarationId, declarations),
    index('cases_organisation_stage').on(t.organisationId, t.stage, t.openedAt),
    index('cases_subject').on(t.subjectId),
  ],
);

/** The case officers assigned to a case: they run it. */
export const caseOfficers = pgTable(
  'case_officers',
  {
    caseId: uuid('case_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    appointedBy: uuid('appointed_by').notNull().references(() => people.id),
    appointedAt: timestamp('appointed_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.caseId, t.personId), sameOrganisation(t, t.caseId, cases).onDelete('cascade'), index('case_officers_person').on(t.personId)],
);

/** The panel that hears a case, chosen from the organisation's panel members (rules: panelProblems). */
export const casePanel = pgTable(
  'case_panel',
  {
    caseId: uuid('case_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    kind: panelKind('kind').notNull(),
    appointedBy: uuid('appointed_by').notNull().references(() => people.id),
    appointedAt: timestamp('appointed_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.caseId, t.personId), sameOrganisation(t, t.caseId, cases).onDelete('cascade'), index('case_panel_person').on(t.personId)],
);

/**
 * Who is barred from a case and why: a connection they declared with the person it is about, or being named
 * in it (each found when the case was opened), or stepping aside with a reason. Once barred, always barred.
 */
export const caseRecusals = pgTable(
  'case_recusals',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    ground: recusalGround('ground').notNull(),
    reason: text('reason'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.caseId, cases).onDelete('cascade'),
    uniqueIndex('case_recusals_person').on(t.organisationId, t.caseId, t.personId),
  ],
);

/** What a chronology entry records besides the lifecycle's own steps. */
export type ChronologyEvent = CaseEventType | 'officer_appointed' | 'officer_removed' | 'panel_member_appointed' | 'panel_member_removed' | 'recused' | 'stepped_aside' | 'information_answered' | 'letter_sent';

/** The chronology: every step of a case, who took it and when, and any note (never shown to the person it is about). */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    event: text('event').$type<ChronologyEvent>().notNull(),
    /** For a step of the lifecycle: the stage it left and the stage it reached. */
    fromStage: caseStage('from_stage'),
    toStage: caseStage('to_stage'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').notNull().references(() => people.id),
    /** Whom it concerns, when not the actor: the officer appointed, the person barred. */
    personId: uuid('person_id').references(() => people.id),
    note: text('note'),
  },
  (t) => [tenantKey(t, t.id), sameOrganisation(t, t.caseId, cases).onDelete('cascade'), index('case_events_case').on(t.caseId, t.at)],
);

/** A request for information to the person a case is about (000 provision 8), with the day to answer by, and their answer. */
export const caseInformationRequests = pgTable(
  'case_information_requests',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    question: text('question').notNull(),
    /** The third party whose disclosure of what it holds about the person they are asked to consent to; null: none. */
    consentFrom: text('consent_from'),
    dueOn: date('due_on').notNull(),
    askedBy: uuid('asked_by').notNull().references(() => people.id),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.caseId, cases).onDelete('cascade'),
    index('case_information_requests_case').on(t.caseId, t.askedAt),
  ],
);

/** The person's recorded consent, or refusal, to disclosure by a third party, in the words they were asked (000 provision 8). */
export const caseConsents = pgTable('case_consents', {
  requestId: uuid('request_id').notNull(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  personId: uuid('person_id').notNull().references(() => people.id),
  given: boolean('given').notNull(),
  statement: text('statement').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
}, (t) => [tenantKey(t, t.requestId), sameOrganisation(t, t.requestId, caseInformationRequests).onDelete('cascade'), sameOrganisation(t, t.caseId, cases).onDelete('cascade')]);

/** Documents the person uploaded with an answer, kept in the file store. */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    requestId: uuid('request_id').notNull(),
    fileId: uuid('file_id').notNull(),
    addedBy: uuid('added_by').notNull().references(() => people.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.caseId, cases).onDelete('cascade'),
    sameOrganisation(t, t.requestId, caseInformationRequests).onDelete('cascade'),
    sameOrganisation(t, t.fileId, files),
    uniqueIndex('case_documents_file').on(t.organisationId, t.requestId, t.fileId),
    index('case_documents_case').on(t.caseId),
  ],
);

/**
 * A letter a step of the case sent to the person it is about (rules.ts: each type's `letters`), as the PDF
 * it was: kept in the file store, not among the files people upload (so it is read only through its case),
 * and on the case's chronology. Its team and the person it is about read it.
 */
export const caseLetters = pgTable(
  'case_letters',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    letter: text('letter').$type<LetterName>().notNull(),
    title: text('title').notNull(),
    /** The step that sent it. */
    event: text('event').$type<CaseEventType>().notNull(),
    /** The request for information it puts, for a request's letter. */
    requestId: uuid('request_id'),
    storageKey: text('storage_key').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    sentBy: uuid('sent_by').notNull().references(() => people.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.caseId, cases).onDelete('cascade'),
    sameOrganisation(t, t.requestId, caseInformationRequests).onDelete('cascade'),
    index('case_letters_case').on(t.caseId, t.sentAt),
  ],
);
