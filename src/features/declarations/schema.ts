import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../../platform/people/schema.ts';
import type { ProvisionCitation } from '../../platform/result.ts';
import { OUTCOMES, STATES, type FieldValues, type Tailoring } from './rules.ts';

// Declarations and their lifecycle (rules.ts). Each table carries its organisation, walled by row-level
// security like every other tenant table; the children go with their declaration when the retention
// schedule deletes it.

export const declarationState = pgEnum('declaration_state', STATES);
export const declarationOutcome = pgEnum('declaration_outcome', OUTCOMES);

/** One declaration or notification: its kind in the organisation's catalogue, its fields, where it stands. */
export const declarations = pgTable(
  'declarations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    declarantId: uuid('declarant_id').notNull().references(() => people.id),
    kind: text('kind').notNull(),
    state: declarationState('state').notNull().default('draft'),
    fields: jsonb('fields').$type<FieldValues>().notNull().default({}),
    /** The day it happened or became known, from which a time limit runs. */
    occurredOn: date('occurred_on'),
    /** The provisions it was made under, as the organisation had them adopted (rules: citationsUnder). */
    cites: jsonb('cites').$type<ProvisionCitation[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    markedForCaseAt: timestamp('marked_for_case_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    outcome: declarationOutcome('outcome'),
    /** Days past its time limit when submitted (rules: timeliness), kept so that lists can ask for late ones; null where no limit. */
    daysLate: integer('days_late'),
  },
  (t) => [
    index('declarations_organisation_state').on(t.organisationId, t.state),
    index('declarations_declarant').on(t.declarantId, t.createdAt),
  ],
);

/** Who receives a declaration, as routing chose them (rules: route): never its declarant or anyone it names. */
export const declarationRecipients = pgTable(
  'declaration_recipients',
  {
    declarationId: uuid('declaration_id').notNull().references(() => declarations.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** The place they receive it in (line_manager or a role), and the place the kind named where it stepped up. */
    receivesAs: text('receives_as').notNull(),
    steppedUpFrom: text('stepped_up_from'),
  },
  (t) => [primaryKey({ columns: [t.declarationId, t.personId] }), index('declaration_recipients_person').on(t.personId)],
);

/** Each step of a declaration's lifecycle: who took it and when; a recipient's note is never shown to the declarant. */
export const declarationSteps = pgTable(
  'declaration_steps',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    declarationId: uuid('declaration_id').notNull().references(() => declarations.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    event: text('event').notNull(),
    fromState: declarationState('from_state').notNull(),
    toState: declarationState('to_state').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').notNull().references(() => people.id),
    note: text('note'),
  },
  (t) => [index('declaration_steps_declaration').on(t.declarationId, t.at)],
);

/** An organisation's tailoring of the catalogue of declaration kinds (rules: tailor); none, the defaults. */
export const declarationCatalogues = pgTable('declaration_catalogues', {
  organisationId: uuid('organisation_id').primaryKey().references(() => organisations.id),
  tailoring: jsonb('tailoring').$type<Tailoring>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
