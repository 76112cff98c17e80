import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, people, roleName } from '../../platform/people/schema.ts';
import type { MappingFile } from './format.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A code, across its versions (its id is the code files' `code`). */
export const codes = pgTable('codes', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
});

/** One version of a code, loaded from its file; the content hash is what attestations record. */
export const codeVersions = pgTable(
  'code_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    codeId: text('code_id').notNull().references(() => codes.id),
    version: text('version').notNull(),
    title: text('title').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    sourceDocument: text('source_document').notNull(),
    sourceTitle: text('source_title').notNull(),
    preamble: text('preamble'),
    notes: text('notes'),
    contentHash: text('content_hash').notNull(),
    file: text('file').notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('code_versions_version').on(t.codeId, t.version)],
);

export const provisions = pgTable(
  'provisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    versionId: uuid('version_id').notNull().references(() => codeVersions.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    parentKey: text('parent_key'),
    position: integer('position').notNull(),
    depth: integer('depth').notNull(),
    number: text('number').notNull(),
    heading: text('heading'),
    text: text('text').notNull(),
    kind: text('kind').notNull(),
    footnotes: jsonb('footnotes').$type<string[]>().notNull(),
    themes: text('themes').array().notNull(),
    links: jsonb('links').$type<{ to: string; relation: string }[]>().notNull(),
    search: tsvector('search').generatedAlwaysAs(
      (): ReturnType<typeof sql> => sql`setweight(to_tsvector('english', coalesce(${provisions.number}, '') || ' ' || coalesce(${provisions.heading}, '')), 'A') || setweight(to_tsvector('english', ${provisions.text}), 'B')`,
    ),
  },
  (t) => [uniqueIndex('provisions_key').on(t.versionId, t.key), index('provisions_search').using('gin', t.search), index('provisions_themes').using('gin', t.themes)],
);

/** An organisation binds its people to a code version from a date: all of them, or chosen roles or academies. */
export const adoptions = pgTable(
  'adoptions',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    versionId: uuid('version_id').notNull().references(() => codeVersions.id),
    adoptedFrom: date('adopted_from').notNull(),
    /** Empty: everyone in the organisation. */
    roles: roleName('roles').array().notNull().default(sql`'{}'::role_name[]`),
    academyIds: uuid('academy_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** A material change asks everyone bound to confirm again; an editorial one does not. */
    material: boolean('material').notNull().default(true),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedOn: date('ended_on'),
  },
  (t) => [tenantKey(t, t.id), index('adoptions_organisation').on(t.organisationId)],
);

/** A record of any feature citing a provision of a code. */
export const citations = pgTable(
  'citations',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    provisionId: uuid('provision_id').notNull().references(() => provisions.id),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantKey(t, t.id),
    uniqueIndex('citations_unique').on(t.organisationId, t.provisionId, t.recordType, t.recordId),
    index('citations_record').on(t.recordType, t.recordId),
  ],
);

/** Asking the people bound by a code version to read and confirm it by a date. */
export const attestationCampaigns = pgTable(
  'attestation_campaigns',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    adoptionId: uuid('adoption_id').notNull(),
    versionId: uuid('version_id').notNull().references(() => codeVersions.id),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantKey(t, t.id), sameOrganisation(t, t.adoptionId, adoptions), index('attestation_campaigns_organisation').on(t.organisationId)],
);

/** A person's confirmation that they have read and understood a code version (its exact content). */
export const attestations = pgTable(
  'attestations',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    campaignId: uuid('campaign_id').notNull(),
    personId: uuid('person_id').notNull().references(() => people.id),
    versionId: uuid('version_id').notNull().references(() => codeVersions.id),
    contentHash: text('content_hash').notNull(),
    statement: text('statement').notNull(),
    attestedAt: timestamp('attested_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.campaignId, attestationCampaigns),
    uniqueIndex('attestations_once').on(t.organisationId, t.campaignId, t.personId),
    index('attestations_person').on(t.personId),
  ],
);

/** How the provisions of one version of a code correspond to those of another (from codes/mappings/). */
export const versionMappings = pgTable(
  'version_mappings',
  {
    codeId: text('code_id').notNull().references(() => codes.id),
    fromVersion: text('from_version').notNull(),
    toVersion: text('to_version').notNull(),
    pairs: jsonb('pairs').$type<MappingFile['pairs']>().notNull(),
  },
  (t) => [uniqueIndex('version_mappings_pair').on(t.codeId, t.fromVersion, t.toVersion)],
);
