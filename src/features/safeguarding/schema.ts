import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, foreignKey, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { academies, organisations, people } from '../../platform/people/schema.ts';
import { cases } from '../cases/schema.ts';
import { VIEWS } from './body-map.ts';
import { AGENCIES, ALERT_CHAIN, CATEGORIES, OUTCOMES, STATES, TRIAGE_LEVELS } from './rules.ts';
import { TRANSFER_STATES, type FileSnapshot } from './transfers.ts';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

// Safeguarding concerns about learners and the DSL's work on them (rules.ts). Each table carries its
// organisation, walled by row-level security like every other tenant table; a concern's steps, actions,
// referrals, alerts, marks and grants go with it when the retention schedule deletes it.

export const safeguardingCategory = pgEnum('safeguarding_category', CATEGORIES);
export const safeguardingState = pgEnum('safeguarding_state', STATES);
export const safeguardingTriageLevel = pgEnum('safeguarding_triage_level', TRIAGE_LEVELS);
export const safeguardingOutcome = pgEnum('safeguarding_outcome', OUTCOMES);
export const safeguardingAgency = pgEnum('safeguarding_agency', AGENCIES);
export const safeguardingAlertPlace = pgEnum('safeguarding_alert_place', [...ALERT_CHAIN, 'regional_education_director']);
export const bodyMapView = pgEnum('body_map_view', VIEWS);

/** A concern about a learner, or an allegation about a member of staff recorded the same way (state `allegation`). */
export const safeguardingConcerns = pgTable(
  'safeguarding_concerns',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    /** The academy whose day it is acted on by (003 §3.1) and whose DSL team works it. */
    academyId: uuid('academy_id').notNull(),
    /** The learner by the academy's reference for them, in capitals (rules: learnerReference), never their name. */
    learnerRef: text('learner_ref').notNull(),
    category: safeguardingCategory('category').notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => people.id),
    /** What was seen or said, in the reporter's own words. */
    account: text('account').notNull(),
    immediateAction: text('immediate_action'),
    /** The member of staff an allegation is about, where the recorder knew: never shown it, and recused from it. */
    allegationStaffId: uuid('allegation_staff_id').references(() => people.id),
    state: safeguardingState('state').notNull().default('recorded'),
    /** When it is to be acted on (rules: alertPlan), kept so that the dashboard can ask for what is due. */
    actBy: timestamp('act_by', { withTimezone: true }).notNull(),
    triageLevel: safeguardingTriageLevel('triage_level'),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    outcome: safeguardingOutcome('outcome'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The allegation case opened from an allegation (features/cases), once one is. */
    caseId: uuid('case_id'),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.academyId, academies),
    sameOrganisation(t, t.caseId, cases),
    index('safeguarding_concerns_academy_state').on(t.organisationId, t.academyId, t.state),
    index('safeguarding_concerns_learner').on(t.organisationId, t.learnerRef, t.seenAt),
  ],
);

/** Each step of a concern's lifecycle, with who took it and their note: the learner's chronology reads these. */
export const safeguardingSteps = pgTable(
  'safeguarding_steps',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    concernId: uuid('concern_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    event: text('event').notNull(),
    fromState: safeguardingState('from_state').notNull(),
    toState: safeguardingState('to_state').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').notNull().references(() => people.id),
    note: text('note'),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.concernId, safeguardingConcerns).onDelete('cascade'),
    index('safeguarding_steps_concern').on(t.concernId, t.at),
  ],
);

/** An action the DSL decided on, given to someone, perhaps by a date. */
export const safeguardingActions = pgTable(
  'safeguarding_actions',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    concernId: uuid('concern_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    description: text('description').notNull(),
    assigneeId: uuid('assignee_id').notNull().references(() => people.id),
    dueOn: date('due_on'),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.concernId, safeguardingConcerns).onDelete('cascade'),
    index('safeguarding_actions_concern').on(t.concernId),
  ],
);

/** A referral to an outside agency, and what it answered and concluded (the words are in the concern's steps). */
export const safeguardingReferrals = pgTable(
  'safeguarding_referrals',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    concernId: uuid('concern_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    agency: safeguardingAgency('agency').notNull(),
    madeAt: timestamp('made_at', { withTimezone: true }).notNull(),
    madeBy: uuid('made_by').notNull().references(() => people.id),
    reference: text('reference'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    accepted: boolean('accepted'),
    concludedAt: timestamp('concluded_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.concernId, safeguardingConcerns).onDelete('cascade'),
    index('safeguarding_referrals_concern').on(t.concernId),
  ],
);

/** Each alert of the chain sent (rules: alertsOwed), once to each person at each place. */
export const safeguardingAlerts = pgTable(
  'safeguarding_alerts',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    concernId: uuid('concern_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    place: safeguardingAlertPlace('place').notNull(),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** When the chain said it was due, and when it went. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.concernId, safeguardingConcerns).onDelete('cascade'),
    uniqueIndex('safeguarding_alerts_once').on(t.organisationId, t.concernId, t.place, t.personId),
  ],
);

/** Where an injury is, marked on the front or back outline (body-map.ts), as fractions of the outline. */
export const bodyMapMarks = pgTable(
  'body_map_marks',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    concernId: uuid('concern_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    view: bodyMapView('view').notNull(),
    x: doublePrecision('x').notNull(),
    y: doublePrecision('y').notNull(),
    region: text('region').notNull(),
    description: text('description'),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.concernId, safeguardingConcerns).onDelete('cascade'),
    index('body_map_marks_concern').on(t.concernId),
  ],
);

/** An academy's deputy designated safeguarding leads: with its DSLs, the DSL team, and the chain's second place. */
export const safeguardingDeputies = pgTable(
  'safeguarding_deputies',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    academyId: uuid('academy_id').notNull(),
    personId: uuid('person_id').notNull().references(() => people.id),
    appointedBy: uuid('appointed_by').notNull().references(() => people.id),
    appointedAt: timestamp('appointed_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantKey(t, t.academyId, t.personId), sameOrganisation(t, t.academyId, academies)],
);

/** Someone the DSL team (or an allegation's case manager) lets read one record, and why; kept when withdrawn, as the history of who could. */
export const safeguardingAccessGrants = pgTable(
  'safeguarding_access_grants',
  {
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    concernId: uuid('concern_id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    grantedBy: uuid('granted_by').notNull().references(() => people.id),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.concernId, safeguardingConcerns).onDelete('cascade'),
    uniqueIndex('safeguarding_access_grants_current').on(t.organisationId, t.concernId, t.personId).where(sql`revoked_at is null`),
    index('safeguarding_access_grants_person').on(t.personId),
  ],
);

export const safeguardingTransferState = pgEnum('safeguarding_transfer_state', TRANSFER_STATES);

/**
 * A learner's file as the sending organisation keeps it (transfers.ts): where it went, the copy that was
 * sent, and the receipt trail the receiving side's steps write back (their people by name: the two
 * organisations do not share people). Only the sending academy's DSL team reads it.
 */
export const safeguardingTransfersSent = pgTable(
  'safeguarding_transfers_sent',
  {
    /** The same id as the receiving side's row: one transfer, kept on each side of the wall. */
    id: uuid('id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    academyId: uuid('academy_id').notNull(),
    learnerRef: text('learner_ref').notNull(),
    toOrganisationId: uuid('to_organisation_id').notNull().references(() => organisations.id),
    toAcademyId: uuid('to_academy_id').notNull(),
    /** Names as they were when it was sent, read here without crossing the wall again. */
    toOrganisationName: text('to_organisation_name').notNull(),
    toAcademyName: text('to_academy_name').notNull(),
    file: jsonb('file').$type<FileSnapshot>().notNull(),
    state: safeguardingTransferState('state').notNull().default('sent'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    sentBy: uuid('sent_by').notNull().references(() => people.id),
    acceptBy: timestamp('accept_by', { withTimezone: true }).notNull(),
    viewedAt: timestamp('viewed_at', { withTimezone: true }),
    viewedBy: text('viewed_by'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: text('accepted_by'),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    declinedBy: text('declined_by'),
    declineReason: text('decline_reason'),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.academyId, academies),
    // The one reference across organisations: the academy the file went to is the receiving organisation's.
    // Citus cannot check it across servers, so the README drops it before distributing this table.
    foreignKey({ name: 'safeguarding_transfers_sent_to_academy_id_fk', columns: [t.toOrganisationId, t.toAcademyId], foreignColumns: [academies.organisationId, academies.id] }),
    index('safeguarding_transfers_sent_academy').on(t.organisationId, t.academyId, t.sentAt),
  ],
);

/**
 * A learner's file as the receiving organisation keeps it: the copy sent (all it ever reads of the sender's
 * records), its receipt trail, and once accepted, the reference under which its own records know the learner.
 */
export const safeguardingTransfersReceived = pgTable(
  'safeguarding_transfers_received',
  {
    id: uuid('id').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    /** The academy the learner joins, whose DSL team receives and accepts the file. */
    academyId: uuid('academy_id').notNull(),
    fromOrganisationId: uuid('from_organisation_id').notNull().references(() => organisations.id),
    fromOrganisationName: text('from_organisation_name').notNull(),
    fromAcademyName: text('from_academy_name').notNull(),
    /** The learner by the sending academy's reference. */
    learnerRef: text('learner_ref').notNull(),
    file: jsonb('file').$type<FileSnapshot>().notNull(),
    state: safeguardingTransferState('state').notNull().default('sent'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    sentBy: text('sent_by').notNull(),
    acceptBy: timestamp('accept_by', { withTimezone: true }).notNull(),
    viewedAt: timestamp('viewed_at', { withTimezone: true }),
    viewedBy: uuid('viewed_by').references(() => people.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => people.id),
    /** The receiving academy's own reference for the learner: a new one, or one its records already use. */
    localRef: text('local_ref'),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    declinedBy: uuid('declined_by').references(() => people.id),
    declineReason: text('decline_reason'),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.academyId, academies),
    index('safeguarding_transfers_received_academy').on(t.organisationId, t.academyId, t.state),
    index('safeguarding_transfers_received_learner').on(t.organisationId, t.localRef),
  ],
);
