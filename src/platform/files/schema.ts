import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../people/schema.ts';
import { tenantKey } from '../../db/tenant-keys.ts';

/** A stored file: its bytes live in the file store, only what describes them here. */
export const files = pgTable('files', {
  id: uuid('id').notNull().default(sql`gen_random_uuid()`),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  ownerId: uuid('owner_id').notNull().references(() => people.id),
  name: text('name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [tenantKey(t, t.id)]);
