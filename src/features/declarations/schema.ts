import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { academies, organisations, people } from '../../platform/people/schema.ts';
import type { ProvisionCitation } from '../../platform/result.ts';
import { OUTCOMES, SAFE_WORKING_STATES, STATES, type FieldValues, type Tailoring } from './rules.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

// Declarations and their lifecycle (rules.ts). Each table carries its organisation, walled by row-level
// security like every other tenant table; the children go with their declaration when the retention
// schedule deletes it.

export const declarationState = pgEnum('declaration_state', STATES);
export const declarationOutcome = pgEnum('declaration_outcome', OUTCOMES);

/** One declaration or notification: its kind in the organisation's catalogue, its fields, where it stands. */
export const declarations = pgTable(
  'declarations',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    declarantId: uuid('declarant_id').notNull().references(() => people.id),
    /** Where the declarant worked when they made it (null: the central team, or a professional body's member), for leaders' scope. */
    academyId: uuid('academy_id'),
    kind: text('kind').notNull(),
    state: declarationState('state').notNull().default('draft'),
    fields: jsonb('fields').$type<FieldValues>().notNull().default({}),
    /** The people its fields name (rules: namedPeople): they never receive it, and a case about them bars its declarant. */
    namedPersonIds: uuid('named_person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Set when the person sent it from the facts of a declaration in another organisation: the consent they gave, in their words. */
    consent: jsonb('consent').$type<{ statement: string; givenAt: string }>(),
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
    tenantKey(t, t.id),
    sameOrganisation(t, t.academyId, academies),
    index('declarations_organisation_state').on(t.organisationId, t.state),
    index('declarations_declarant').on(t.declarantId, t.createdAt),
    // The registers, newest first, and their spreadsheets page after page from the last entry sent.
    index('declarations_submitted').on(t.organisationId, t.submittedAt, t.id),
    // The recipient's queue: for each declaration that came to the reader, what it counts and orders by, read
    // from this index alone (a principal's queue holds thousands, each found by its key).
    index('declarations_queue').on(t.organisationId, t.id, t.state, t.daysLate, t.submittedAt, t.closedAt, t.namedPersonIds),
  ],
);

/**
 * Who a submitted declaration connects: its declarant and each person it names, one row for each named
 * person, kept by a trigger on declarations (migration 0033) whenever a declaration is written. It is what
 * `declaredConnectionsOf` reads: behind the organisation wall, the index of the people a declaration names
 * cannot be used (its operator is not leakproof), so "who named this person" would read every declaration.
 */
export const declaredConnections = pgTable(
  'declared_connections',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    declarationId: uuid('declaration_id').notNull(),
    declarantId: uuid('declarant_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    tenantKey(t, t.declarationId, t.personId),
    sameOrganisation(t, t.declarationId, declarations).onDelete('cascade'),
    index('declared_connections_person').on(t.organisationId, t.personId, t.declarantId),
    index('declared_connections_declarant').on(t.organisationId, t.declarantId, t.personId),
  ],
);

/** Who receives a declaration, as routing chose them (rules: route): never its declarant or anyone it names. */
export const declarationRecipients = pgTable(
  'declaration_recipients',
  {
    declarationId: uuid('declaration_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** The place they receive it in (line_manager or a role), and the place the kind named where it stepped up. */
    receivesAs: text('receives_as').notNull(),
    steppedUpFrom: text('stepped_up_from'),
  },
  (t) => [
    tenantKey(t, t.declarationId, t.personId),
    sameOrganisation(t, t.declarationId, declarations).onDelete('cascade'),
    // What came to a person, read from the index alone.
    index('declaration_recipients_person').on(t.personId, t.organisationId, t.declarationId),
  ],
);

/** Each step of a declaration's lifecycle: who took it and when; a recipient's note is never shown to the declarant. */
export const declarationSteps = pgTable(
  'declaration_steps',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    declarationId: uuid('declaration_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    event: text('event').notNull(),
    fromState: declarationState('from_state').notNull(),
    toState: declarationState('to_state').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').notNull().references(() => people.id),
    note: text('note'),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.declarationId, declarations).onDelete('cascade'),
    index('declaration_steps_declaration').on(t.declarationId, t.at),
  ],
);

/** An organisation's tailoring of the catalogue of declaration kinds (rules: tailor); none, the defaults. */
export const declarationCatalogues = pgTable('declaration_catalogues', {
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  tailoring: jsonb('tailoring').$type<Tailoring>().notNull(),
  /** A gift or hospitality received above this value needs approval before it is accepted (rules: giftNeedsApproval); null, none does. */
  giftThresholdPence: integer('gift_threshold_pence'),
  /** How long a recipient has to acknowledge a declaration the code asks for at once before it escalates (rules: ACKNOWLEDGE_WITHIN); null, the default. */
  acknowledgeWithinMinutes: integer('acknowledge_within_minutes'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [tenantKey(t)]);

export const safeWorkingState = pgEnum('safe_working_state', SAFE_WORKING_STATES);

/**
 * A request for a manager's agreement in advance (a learner in one's car) or a notice given beforehand (a
 * one-to-one meeting), with when each condition was met (rules: SafeWorkingRequest).
 */
export const safeWorkingRequests = pgTable(
  'safe_working_requests',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    requesterId: uuid('requester_id').notNull().references(() => people.id),
    academyId: uuid('academy_id'),
    kind: text('kind').notNull(),
    /** The learner, by the reference the academy uses, and what the journey or meeting is for. */
    learner: text('learner').notNull(),
    purpose: text('purpose').notNull(),
    eventAt: timestamp('event_at', { withTimezone: true }).notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    state: safeWorkingState('state').notNull().default('requested'),
    conditions: jsonb('conditions').$type<Record<string, string | null>>().notNull(),
    /** Who decides it (or is told of it), as routing chose them: never the requester. */
    deciderIds: uuid('decider_ids').array().notNull(),
    decidedBy: uuid('decided_by').references(() => people.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
    lastChangedAt: timestamp('last_changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.academyId, academies),
    index('safe_working_requests_requester').on(t.requesterId, t.eventAt),
    index('safe_working_requests_deciders').using('gin', t.deciderIds),
  ],
);

/** The annual re-declaration: everyone confirms their register entries, or makes a nil return, by its due day. */
export const declarationCampaigns = pgTable(
  'declaration_campaigns',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    year: integer('year').notNull(),
    dueOn: date('due_on').notNull(),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantKey(t, t.id), uniqueIndex('declaration_campaigns_year').on(t.organisationId, t.year)],
);

export const returnKind = pgEnum('declaration_return_kind', ['confirmed', 'nil']);

/** A person's answer to a campaign: the register entries they confirmed still stand, or that they have none. */
export const declarationReturns = pgTable(
  'declaration_returns',
  {
    campaignId: uuid('campaign_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    kind: returnKind('kind').notNull(),
    /** The register entries confirmed (none for a nil return). */
    declarationIds: uuid('declaration_ids').array().notNull(),
    madeAt: timestamp('made_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.campaignId, t.personId), sameOrganisation(t, t.campaignId, declarationCampaigns)],
);
