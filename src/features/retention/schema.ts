import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, integer } from 'drizzle-orm/pg-core';
import { organisations, people } from '../../platform/people/schema.ts';
import { tenantKey } from '../../db/tenant-keys.ts';

// The records' retention (platform/record-retention.ts): an organisation's own longer periods, the review list
// the daily job fills for the data protection officer, the deletion records that stay once a record has gone,
// and legal holds. Each table carries its organisation, walled by row-level security like every other tenant table.

export const legalHoldScope = pgEnum('legal_hold_scope', ['record', 'person', 'type']);

/** An organisation's own period for a type of record, never shorter than the default (service: setPeriod). */
export const retentionPeriods = pgTable(
  'retention_periods',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    recordType: text('record_type').notNull(),
    keptFor: text('kept_for').notNull(),
    setBy: uuid('set_by').notNull().references(() => people.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.recordType)],
);

/**
 * A record whose period has run, waiting for the data protection officer to confirm its deletion. The people
 * it is about are kept by id only, for legal holds on a person; the row goes when the record does.
 */
export const retentionReviews = pgTable(
  'retention_reviews',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    eventAt: timestamp('event_at', { withTimezone: true }).notNull(),
    personIds: uuid('person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    listedAt: timestamp('listed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    uniqueIndex('retention_reviews_record').on(t.organisationId, t.recordType, t.recordId),
    index('retention_reviews_persons').using('gin', t.personIds),
  ],
);

/**
 * What stays of a deleted record: its type, the rule it was deleted under (as the schedule then stated it),
 * when and by whom, how many files went with it, and a keyed hash of its id (which confirms a known id was
 * deleted and names nothing). No name, no text, no person it was about.
 */
export const retentionDeletions = pgTable(
  'retention_deletions',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    recordType: text('record_type').notNull(),
    keptFor: text('kept_for').notNull(),
    after: text('after').notNull(),
    source: text('source').notNull(),
    recordHash: text('record_hash').notNull(),
    files: integer('files').notNull(),
    listedAt: timestamp('listed_at', { withTimezone: true }).notNull(),
    deletedBy: uuid('deleted_by').notNull().references(() => people.id),
    deletedAt: timestamp('deleted_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.id), index('retention_deletions_at').on(t.organisationId, t.deletedAt)],
);

/** A legal hold: on one record, on every record about a person, or on a whole type; nothing it covers is deleted until it is lifted. */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    scope: legalHoldScope('scope').notNull(),
    recordType: text('record_type'),
    recordId: uuid('record_id'),
    personId: uuid('person_id').references(() => people.id),
    reason: text('reason').notNull(),
    placedBy: uuid('placed_by').notNull().references(() => people.id),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
    liftedBy: uuid('lifted_by').references(() => people.id),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftReason: text('lift_reason'),
  },
  (t) => [
    tenantKey(t, t.id),
    index('legal_holds_organisation').on(t.organisationId, t.liftedAt),
    check(
      'legal_holds_scope',
      sql`(scope = 'record' and record_type is not null and record_id is not null and person_id is null) or (scope = 'person' and person_id is not null and record_type is null and record_id is null) or (scope = 'type' and record_type is not null and record_id is null and person_id is null)`,
    ),
  ],
);
