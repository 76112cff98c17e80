import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../people/schema.ts';

/** One message to one person, shown in their in-app inbox and, by their preference, emailed. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    personId: uuid('person_id').notNull().references(() => people.id),
    organisationId: uuid('organisation_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** A path in the web app. */
    link: text('link'),
    /** A duty that forbids delay (safeguarding): emailed at once whatever the person's preference. */
    urgent: boolean('urgent').notNull().default(false),
    /** Makes sending idempotent: a retried job or a second server process finds the key taken. */
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [index('notifications_inbox').on(t.personId, t.createdAt), index('notifications_digest').on(t.personId).where(sql`${t.emailedAt} IS NULL`)],
);

export const emailDelivery = pgEnum('email_delivery', ['immediate', 'daily_digest']);

export const notificationPreferences = pgTable('notification_preferences', {
  personId: uuid('person_id').primaryKey().references(() => people.id),
  email: emailDelivery('email').notNull().default('immediate'),
});
