import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../../platform/people/schema.ts';
import type { Audience, CommunicationKind, Stage } from './communications-rules.ts';
import { programmeCohorts } from './schema.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

/**
 * A message or a webinar scheduled for a cohort at one of its key stages (001 §6.1.4): when it goes out
 * follows from the stage and offset (communications-rules: timing), kept in `sendAt` so the job asks for what
 * is due in SQL. Sent once: `sentAt` and how many it went to; or cancelled before it was sent.
 */
export const programmeCommunications = pgTable(
  'programme_communications',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    cohortId: uuid('cohort_id').notNull(),
    kind: text('kind').$type<CommunicationKind>().notNull(),
    /** The programme's default message it began as (communications-rules: defaultCommunications); null when the team added it. */
    defaultKey: text('default_key'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    stage: text('stage').$type<Stage>().notNull(),
    offsetDays: integer('offset_days').notNull(),
    time: text('time').notNull(),
    audience: text('audience').$type<Audience>().notNull(),
    joinUrl: text('join_url'),
    /** When it happens: a message sent, a webinar held. */
    at: timestamp('at', { withTimezone: true }).notNull(),
    sendAt: timestamp('send_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').notNull().references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => people.id),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentCount: integer('sent_count'),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.cohortId, programmeCohorts),
    index('programme_communications_cohort').on(t.organisationId, t.cohortId, t.at),
    index('programme_communications_due').on(t.sendAt).where(sql`${t.sentAt} IS NULL AND ${t.cancelledAt} IS NULL`),
  ],
);
