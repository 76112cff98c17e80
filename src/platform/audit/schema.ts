import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only audit trail. Each organisation has its own chain (organisationId null for
 * events outside any organisation): every entry carries the hash of the one before it.
 * A trigger refuses UPDATE, DELETE and TRUNCATE (see the migration).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id'),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id'),
    reason: text('reason'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_chain').on(t.organisationId, t.seq),
    // The chain outside any organisation (sign-ins, the system's own work), whose head every sign-in reads: found
    // here directly, where through the index above PostgreSQL may instead walk back through every organisation's
    // newer entries to find it.
    index('audit_events_global_chain').on(t.seq).where(sql`${t.organisationId} is null`),
    index('audit_events_record').on(t.recordType, t.recordId),
    index('audit_events_actor').on(t.actorId),
  ],
);
