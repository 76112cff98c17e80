import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { academies, organisations, people } from '../../platform/people/schema.ts';
import type { DeadlineRule, Schedule } from './rules.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

/** A time limit carried by a record: computed from its rule, shown, reminded and escalated. */
export const deadlines = pgTable(
  'deadlines',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    academyId: uuid('academy_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** The record the deadline belongs to, in the owning feature's words. */
    recordType: text('record_type'),
    recordId: text('record_id'),
    rule: jsonb('rule').$type<DeadlineRule>().notNull(),
    schedule: jsonb('schedule').$type<Schedule>().notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** From when it is "due soon" (rules: dueSoonFrom), kept so that lists can ask for a state in SQL. */
    dueSoonAt: timestamp('due_soon_at', { withTimezone: true }).notNull(),
    /** Due by the end of a day rather than at a time of day. */
    allDay: boolean('all_day').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => people.id),
    metAt: timestamp('met_at', { withTimezone: true }),
    waivedAt: timestamp('waived_at', { withTimezone: true }),
    waivedReason: text('waived_reason'),
    waivedBy: uuid('waived_by').references(() => people.id),
    /** Up to when the reminder job has acted (checkpoints up to here are done), and when it should next look. */
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
    nextCheckAt: timestamp('next_check_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.academyId, academies),
    index('deadlines_owner').on(t.ownerId, t.dueAt),
    index('deadlines_organisation').on(t.organisationId, t.dueAt),
    // The open deadlines of an organisation: what its lists and the overdue report mostly ask for.
    index('deadlines_organisation_open').on(t.organisationId, t.dueAt).where(sql`${t.metAt} IS NULL AND ${t.waivedAt} IS NULL`),
    index('deadlines_record').on(t.recordType, t.recordId),
    index('deadlines_next_check').on(t.nextCheckAt).where(sql`${t.nextCheckAt} IS NOT NULL`),
  ],
);

/** A person's personal calendar feed: a secret URL (only its hash kept) that calendar apps subscribe to. */
export const calendarFeeds = pgTable('calendar_feeds', {
  personId: uuid('person_id').primaryKey().references(() => people.id),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
