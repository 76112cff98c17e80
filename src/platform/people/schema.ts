import { sql } from 'drizzle-orm';
import { MEMBERSHIP_STATUSES, ORGANISATION_KINDS, ROLES } from '../vocabulary.ts';
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sameOrganisation, tenantKey } from '../../db/tenant-keys.ts';

export const organisationKind = pgEnum('organisation_kind', ORGANISATION_KINDS);
// The UK nations whose bank holidays differ: England and Wales share one calendar.
export const nation = pgEnum('nation', ['england-and-wales', 'scotland', 'northern-ireland']);

export const roleName = pgEnum('role_name', ROLES);

export const membershipStatus = pgEnum('membership_status', MEMBERSHIP_STATUSES);

const id = () => uuid('id').notNull().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: id().primaryKey(),
  kind: organisationKind('kind').notNull(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  nation: nation('nation').notNull().default('england-and-wales'),
  // Roles whose holders must sign in with a second factor in this organisation.
  twoFactorRoles: roleName('two_factor_roles').array().notNull().default(sql`'{}'::role_name[]`),
  createdAt: createdAt(),
});

export const regions = pgTable(
  'regions',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [tenantKey(t, t.id), uniqueIndex('regions_name').on(t.organisationId, t.name)],
);

export const academies = pgTable(
  'academies',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    regionId: uuid('region_id'),
    name: text('name').notNull(),
    /** When the academy day ends (HH:MM, London time): "by the end of the academy day" (003 §3.1). */
    dayEndsAt: text('day_ends_at').notNull().default('17:00'),
    createdAt: createdAt(),
  },
  (t) => [tenantKey(t, t.id), sameOrganisation(t, t.regionId, regions), uniqueIndex('academies_name').on(t.organisationId, t.name)],
);

/** An academy's terms, inclusive; academy days fall within them. */
export const academyTerms = pgTable(
  'academy_terms',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    academyId: uuid('academy_id').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [tenantKey(t, t.id), sameOrganisation(t, t.academyId, academies), index('academy_terms_academy').on(t.academyId, t.startsOn)],
);

/** A person and their account. One person can belong to several organisations. */
export const people = pgTable(
  'people',
  {
    id: id().primaryKey(),
    email: text('email').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    passwordHash: text('password_hash'),
    /** Two-factor sign-in: the authenticator secret once confirmed, the one being set up, and the last step used. */
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpLastStep: integer('totp_last_step'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('people_email').on(sql`lower(${t.email})`),
    // Lists of an organisation's people come in name order, a page at a time (organisations' listPeople).
    index('people_name').on(t.familyName, t.givenName, t.id),
  ],
);

/** A role held in an organisation, or only in one academy or region of it. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    role: roleName('role').notNull(),
    academyId: uuid('academy_id'),
    regionId: uuid('region_id'),
    createdAt: createdAt(),
  },
  (t) => [
    tenantKey(t, t.id),
    sameOrganisation(t, t.academyId, academies),
    sameOrganisation(t, t.regionId, regions),
    uniqueIndex('role_assignments_unique').on(
      t.organisationId,
      t.personId,
      t.role,
      sql`coalesce(${t.academyId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`coalesce(${t.regionId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('role_assignments_person').on(t.personId),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    memberNumber: text('member_number').notNull(),
    status: membershipStatus('status').notNull().default('active'),
    conditions: text('conditions'),
    selfEmployed: boolean('self_employed').notNull().default(false),
    joinedOn: date('joined_on'),
    createdAt: createdAt(),
  },
  (t) => [
    tenantKey(t, t.id),
    uniqueIndex('memberships_number').on(t.organisationId, t.memberNumber),
    uniqueIndex('memberships_person').on(t.organisationId, t.personId),
  ],
);

/** Employment in a trust: at an academy, or in the central team when academyId is null. */
export const employments = pgTable(
  'employments',
  {
    id: id(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    academyId: uuid('academy_id'),
    jobRole: text('job_role').notNull(),
    lineManagerId: uuid('line_manager_id').references(() => people.id),
    startedOn: date('started_on'),
    endedOn: date('ended_on'),
    createdAt: createdAt(),
  },
  (t) => [tenantKey(t, t.id), sameOrganisation(t, t.academyId, academies), index('employments_person').on(t.organisationId, t.personId)],
);
