import { sql } from 'drizzle-orm';
import { customType, date, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { academies, organisations, people } from '../../platform/people/schema.ts';
import { OUTCOMES } from './rules.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

// The conduct log each academy's principal keeps (003 §6.4; rules.ts). Each table carries its organisation,
// walled by row-level security like every other tenant table.

export const conductOutcome = pgEnum('conduct_outcome', OUTCOMES);

/** An entry about a member of staff's conduct: its categories and the provisions of the staff code involved (rules: checkEntry). */
export const conductLogEntries = pgTable(
  'conduct_log_entries',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    /** The academy whose log it is in. */
    academyId: uuid('academy_id').notNull(),
    staffId: uuid('staff_id').notNull().references(() => people.id),
    recordedBy: uuid('recorded_by').notNull().references(() => people.id),
    occurredOn: date('occurred_on').notNull(),
    categories: text('categories').array().notNull(),
    /** Keys of the staff code's provisions (rules: CONDUCT_CODE), each under one of the categories. */
    provisions: text('provisions').array().notNull(),
    description: text('description').notNull(),
    actionTaken: text('action_taken').notNull(),
    outcome: conductOutcome('outcome'),
    /** Set when the principal shows the entry to the member of staff it is about; until then they do not see it. */
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    sharedBy: uuid('shared_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.academyId, academies),
    // Newest first, an academy's entries and the whole trust's, each with what deciding who may read an entry
    // needs (its member of staff, whether it is shared): a page walks one in order and stops, and a count reads
    // the index alone (service: listEntries).
    index('conduct_log_entries_academy_day').on(t.organisationId, t.academyId, t.occurredOn.desc().nullsFirst(), t.id, t.staffId, t.sharedAt),
    index('conduct_log_entries_day').on(t.organisationId, t.occurredOn.desc().nullsFirst(), t.id, t.academyId, t.staffId, t.sharedAt),
    // Each person's entries in order of day, with what the patterns' runs read of them (who may read each, and
    // its categories), so that the runs of a principal's people come from this index alone (service: patternCounts).
    index('conduct_log_entries_staff').on(t.staffId, t.occurredOn, t.organisationId, t.academyId, t.sharedAt, t.id, t.categories),
    // The member of staff's own entries, once shared: the policy's owner of an entry (service: entryAccess), found by this index.
    index('conduct_log_entries_owner').on(t.organisationId, sql`(case when ${t.sharedAt} is not null then ${t.staffId} end)`),
  ],
);

/**
 * Someone the principal lets read one entry, or (with no entry) the academy's whole log, and why (rules:
 * grantProblems); kept when withdrawn or expired, as the history of who could.
 */
export const conductLogAccessGrants = pgTable(
  'conduct_log_access_grants',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    academyId: uuid('academy_id').notNull(),
    entryId: uuid('entry_id'),
    personId: uuid('person_id').notNull().references(() => people.id),
    grantedBy: uuid('granted_by').notNull().references(() => people.id),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    expiresOn: date('expires_on'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.academyId, academies),
    sameOrganisation(t, t.entryId, conductLogEntries).onDelete('cascade'),
    index('conduct_log_access_grants_person').on(t.personId),
  ],
);

/** The window and count the trust sets for repeated entries (rules: PatternSettings); no row, the defaults. */
export const conductLogSettings = pgTable('conduct_log_settings', {
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  repeatWindowDays: integer('repeat_window_days').notNull(),
  repeatThreshold: integer('repeat_threshold').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [tenantKey(t)]);

/** A set of people as bits, one a member of staff (conductLogStaff), for the database to join and count. */
const bits = customType<{ data: string }>({ dataType: () => 'bit varying' });

/** Each member of staff the trust's log is about, numbered from 0: their bit in the monthly tallies' sets of people. */
export const conductLogStaff = pgTable(
  'conduct_log_staff',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    staffId: uuid('staff_id').notNull().references(() => people.id, { onDelete: 'cascade' }),
    bit: integer('bit').notNull(),
  },
  (t) => [tenantKey(t, t.staffId), unique('conduct_log_staff_bit').on(t.organisationId, t.bit)],
);

/**
 * Each academy's entries counted month by month: all of them, by category and by provision, each count with
 * the set of people behind it. Kept by the database whenever entries are written (migration 0037), so that
 * the patterns and the training-needs report read whole months from here rather than from every entry.
 */
export const conductLogMonths = pgTable(
  'conduct_log_months',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    academyId: uuid('academy_id').notNull(),
    /** Its first day. */
    month: date('month').notNull(),
    kind: text('kind', { enum: ['entries', 'category', 'provision'] }).notNull(),
    /** The category or provision; empty for all the entries. */
    value: text('value').notNull(),
    entries: integer('entries').notNull(),
    people: bits('people').notNull(),
  },
  (t) => [
    tenantKey(t, t.kind, t.month, t.academyId, t.value),
    sameOrganisation(t, t.academyId, academies),
    // A month's rows, of one academy or all: what a write counts again, and a month the period cuts.
    index('conduct_log_months_month').on(t.organisationId, t.month, t.academyId),
    // The key with the count: counts read without their people (a period compared against, the provisions)
    // come from this index alone, not from rows that each carry a set of hundreds of bytes.
    index('conduct_log_months_entries').on(t.organisationId, t.kind, t.month, t.academyId, t.value, t.entries),
  ],
);

/**
 * The trust's entries counted month by month across its academies, as conduct_log_months counts each
 * academy's: made from that month's academy rows whenever one of them is counted again (migration 0038), so
 * that trust-wide figures read a few hundred rows rather than every academy's.
 */
export const conductLogTrustMonths = pgTable(
  'conduct_log_trust_months',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    /** Its first day. */
    month: date('month').notNull(),
    kind: text('kind', { enum: ['entries', 'category', 'provision'] }).notNull(),
    /** The category or provision; empty for all the entries. */
    value: text('value').notNull(),
    entries: integer('entries').notNull(),
    people: bits('people').notNull(),
  },
  (t) => [tenantKey(t, t.kind, t.month, t.value)],
);
