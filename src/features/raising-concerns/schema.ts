import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../../platform/people/schema.ts';
import { cases } from '../cases/schema.ts';
import { CATEGORIES, CHANNELS, EXCLUSION_GROUNDS, MODES, OUTCOMES, STATUSES, type ReportEventType, type TimeLimits } from './rules.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

// Reports raised in confidence (rules.ts): the report, its two-way messages with the reporter, the handlers'
// internal notes, who is excluded from it, its chronology, the reporter's identity kept apart and sealed, and
// the custodians' decisions on revealing it. Nothing here holds a reporter's address, browser or cookie: an
// anonymous report is reached only through its receipt code, kept as a slow hash. Each table carries its
// organisation, walled by row-level security like every other tenant table; the children go with their report.

export const reportMode = pgEnum('concern_report_mode', MODES);
export const reportCategory = pgEnum('concern_report_category', CATEGORIES);
export const reportChannel = pgEnum('concern_report_channel', CHANNELS);
export const reportStatus = pgEnum('concern_report_status', STATUSES);
export const reportOutcome = pgEnum('concern_report_outcome', OUTCOMES);
export const exclusionGround = pgEnum('concern_exclusion_ground', EXCLUSION_GROUNDS);
export const messageFrom = pgEnum('concern_message_from', ['reporter', 'handler']);
export const revealDecision = pgEnum('concern_reveal_decision', ['approved', 'refused']);

/** An organisation's own time limits for its reports, where its policy changes the defaults (rules: DEFAULT_TIME_LIMITS). */
export const concernPolicies = pgTable('concern_policies', {
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  timeLimits: jsonb('time_limits').$type<TimeLimits>().notNull(),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => people.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}, (t) => [tenantKey(t)]);

/** One report: what the reporter said, where it stands, whom it is assigned to, and the time limits it carries. */
export const concernReports = pgTable(
  'concern_reports',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The reference the reporter's proof and the handlers' lists give; it never opens the report. */
    reference: text('reference').notNull(),
    /** The receipt code's argon2id hash (salted by the organisation, so that it can be looked up); the code itself is never kept. */
    receiptHash: text('receipt_hash').notNull(),
    mode: reportMode('mode').notNull(),
    category: reportCategory('category').notNull(),
    channel: reportChannel('channel').notNull(),
    account: text('account').notNull(),
    happenedWhen: text('happened_when'),
    happenedWhere: text('happened_where'),
    /** The people it names, as the reporter wrote them. */
    namedPeople: text('named_people').array().notNull().default(sql`'{}'::text[]`),
    /** The organisation's people those names were found to be (never shown to the reporter): each is excluded, and whoever declared a connection with them. */
    namedPersonIds: uuid('named_person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: reportStatus('status').notNull().default('received'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** When the time to acknowledge it ends, as its deadline was set: feedback is counted from no later than this. */
    acknowledgeDueAt: timestamp('acknowledge_due_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    feedbackAt: timestamp('feedback_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    outcome: reportOutcome('outcome'),
    timeLimits: jsonb('time_limits').$type<TimeLimits>().notNull(),
    /** The handler it is assigned to; null while no handler may take it (every one excluded). */
    assignedTo: uuid('assigned_to').references(() => people.id),
    /** The handler who entered a concern received by phone, letter, email or in person. */
    enteredBy: uuid('entered_by').references(() => people.id),
    /** The case it opened, if any. */
    caseId: uuid('case_id'),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.caseId, cases),
    uniqueIndex('concern_reports_reference').on(t.organisationId, t.reference),
    uniqueIndex('concern_reports_receipt').on(t.organisationId, t.receiptHash),
    index('concern_reports_status').on(t.organisationId, t.status, t.receivedAt),
    index('concern_reports_assigned').on(t.assignedTo),
  ],
);

/** The two-way messages between the reporter and the handlers; the reporter reads them all. */
export const concernMessages = pgTable(
  'concern_messages',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    reportId: uuid('report_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    from: messageFrom('from').notNull(),
    /** The handler who wrote it; null for the reporter, who is never a person here. */
    authorId: uuid('author_id').references(() => people.id),
    body: text('body').notNull(),
    /** A handler's message that tells the reporter what is being done: what the feedback time limit waits for. */
    feedback: boolean('feedback').notNull().default(false),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.reportId, concernReports).onDelete('cascade'),
    index('concern_messages_report').on(t.reportId, t.at),
  ],
);

/** Files sent with a report or a message, kept in the file store with their metadata already removed. */
export const concernAttachments = pgTable(
  'concern_attachments',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    reportId: uuid('report_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    from: messageFrom('from').notNull(),
    addedBy: uuid('added_by').references(() => people.id),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    /** Of the bytes kept (after stripping), which the reporter's proof hashes. */
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** What was taken out of it (EXIF, XMP, text chunks), in words, for the handlers and the reporter. */
    removed: text('removed').array().notNull().default(sql`'{}'::text[]`),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.reportId, concernReports).onDelete('cascade'),
    index('concern_attachments_report').on(t.reportId, t.at),
  ],
);

/** The handlers' internal notes: never shown to the reporter. */
export const concernNotes = pgTable(
  'concern_notes',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    reportId: uuid('report_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id),
    body: text('body').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.reportId, concernReports).onDelete('cascade'),
    index('concern_notes_report').on(t.reportId, t.at),
  ],
);

/**
 * Who is excluded from a report and why: named in it, a declared connection with someone it names (each found
 * when it was received or named), or stepping aside with a reason. Once excluded, always excluded.
 */
export const concernExclusions = pgTable(
  'concern_exclusions',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    reportId: uuid('report_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    ground: exclusionGround('ground').notNull(),
    reason: text('reason'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.reportId, concernReports).onDelete('cascade'),
    uniqueIndex('concern_exclusions_person').on(t.organisationId, t.reportId, t.personId),
    index('concern_exclusions_person_any').on(t.personId),
  ],
);

/** What a chronology entry records besides the lifecycle's own steps. */
export type ConcernEvent = ReportEventType | 'receive' | 'assigned' | 'excluded' | 'stepped_aside' | 'reporter_wrote' | 'reveal_requested' | 'reveal_decided' | 'identity_revealed' | 'case_opened' | 'file_added';

/** The chronology: every step and who took it (null: the reporter, or the system), with any note. */
export const concernEvents = pgTable(
  'concern_events',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    reportId: uuid('report_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    event: text('event').$type<ConcernEvent>().notNull(),
    fromStatus: reportStatus('from_status'),
    toStatus: reportStatus('to_status'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').references(() => people.id),
    /** Whom it concerns, when not the actor: the handler assigned, the person excluded. */
    personId: uuid('person_id').references(() => people.id),
    note: text('note'),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.reportId, concernReports).onDelete('cascade'),
    index('concern_events_report').on(t.reportId, t.at),
  ],
);

/**
 * The reporter's identity, apart from the report: sealed under the platform's key for this report alone
 * (SecretBox, context `concern-reporter:<report id>`), so that neither a copy of the database nor a row
 * moved to another report opens it.
 */
export const concernReporters = pgTable('concern_reporters', {
  reportId: uuid('report_id').notNull(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  sealed: text('sealed').notNull(),
}, (t) => [tenantKey(t, t.reportId), sameOrganisation(t, t.reportId, concernReports).onDelete('cascade')]);

/** A handler's request to know a confidential reporter's identity, and a custodian's decision on it. The reporter sees each one approved. */
export const concernReveals = pgTable(
  'concern_reveals',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    reportId: uuid('report_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => people.id),
    reason: text('reason').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decision: revealDecision('decision'),
    decidedBy: uuid('decided_by').references(() => people.id),
    decisionNote: text('decision_note'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.reportId, concernReports).onDelete('cascade'),
    index('concern_reveals_report').on(t.reportId, t.requestedAt),
  ],
);

/**
 * A reporter's session on their report, begun with the receipt code: a random token, only its hash kept,
 * ending after a short while. It is the only thing a reporter's browser holds.
 */
export const concernFollowSessions = pgTable(
  'concern_follow_sessions',
  {
    tokenHash: text('token_hash').notNull(),
    reportId: uuid('report_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.tokenHash),
    sameOrganisation(t, t.reportId, concernReports).onDelete('cascade'),
    index('concern_follow_sessions_expiry').on(t.expiresAt),
  ],
);

/**
 * Receipt codes that opened nothing, counted per organisation within the throttling window. No address is
 * kept: anyone's guesses count against the organisation's ceiling, and each address's own, lower ceiling is
 * counted in the server's memory only.
 */
export const concernLookupFailures = pgTable(
  'concern_lookup_failures',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.id), index('concern_lookup_failures_at').on(t.organisationId, t.at)],
);

/**
 * A report made by name (or confidentially) that its reporter, signed in, chose to link to their account,
 * so that their own data export includes it. Only a keyed hash of the person's id is kept (HMAC under the
 * platform's key, SecretBox.keyedHash, context `concern-reporter-account`): the handlers read no account here,
 * and without the key the hash names no one.
 */
export const concernReporterAccounts = pgTable(
  'concern_reporter_accounts',
  {
    reportId: uuid('report_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    accountHash: text('account_hash').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.reportId),
    sameOrganisation(t, t.reportId, concernReports).onDelete('cascade'),
    index('concern_reporter_accounts_hash').on(t.accountHash),
  ],
);
