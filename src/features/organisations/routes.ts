import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import { allowedActions } from '../../platform/policy.ts';
import { pageQuery } from '../../platform/paging.ts';
import { MEMBERSHIP_STATUSES, NATIONS, ORGANISATION_KINDS } from '../../platform/vocabulary.ts';
import type { RouteContext } from '../../platform/context.ts';
import { ROLES } from './rules.ts';
import * as service from './service.ts';

const name = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const isoDate = z.iso.date('must be a date as YYYY-MM-DD');
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const personParams = orgParams.extend({ personId: z.uuid('must be a person id') });
const roleInput = z.strictObject({
  role: z.enum(ROLES, `must be one of ${ROLES.join(', ')}`),
  academyId: z.uuid().nullable().default(null),
  regionId: z.uuid().nullable().default(null),
});
const roleOutput = z.object({ role: z.enum(ROLES), academyId: z.uuid().nullable(), regionId: z.uuid().nullable() });
const person = z.object({
  id: z.uuid(),
  email: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  disabled: z.boolean(),
  invited: z.boolean(),
  roles: z.array(roleOutput),
  employment: z.object({ academyId: z.uuid().nullable(), jobRole: z.string(), lineManagerId: z.uuid().nullable(), startedOn: z.string().nullable() }).nullable(),
  membership: z.object({ memberNumber: z.string(), status: z.enum(MEMBERSHIP_STATUSES), conditions: z.string().nullable(), selfEmployed: z.boolean(), joinedOn: z.string().nullable() }).nullable(),
  allowed: allowedActions,
});
const organisation = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  slug: z.string(),
  nation: z.enum(NATIONS),
  twoFactorRoles: z.array(z.enum(ROLES)),
  regions: z.array(z.object({ id: z.uuid(), name: z.string() })),
  academies: z.array(
    z.object({ id: z.uuid(), name: z.string(), regionId: z.uuid().nullable(), dayEndsAt: z.string(), terms: z.array(z.object({ startsOn: z.string(), endsOn: z.string() })) }),
  ),
  allowed: allowedActions,
});
const fieldProblem = z.object({ field: z.string(), reason: z.string() });
const csvBody = z.strictObject({ csv: z.string().min(1, 'is required').max(900_000, 'is too large; import at most 5000 rows at a time'), invite: z.boolean().default(false) });
const tags = ['organisations'];

export const organisationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config }) => {
  const ctx: service.OrganisationsContext = { db: database.db, mailer, publicUrl: config.publicUrl };

  app.get(
    '/api/orgs/:orgId',
    { config: { access: 'organisation.read' }, schema: { tags, summary: 'An organisation, its regions and academies', params: orgParams, response: { 200: organisation } } },
    async (request) => service.getOrganisation(database.db, actorOf(request)),
  );

  app.patch(
    '/api/orgs/:orgId',
    {
      config: { access: 'organisation.manage' },
      schema: {
        tags,
        summary: 'Rename the organisation, set its nation, or the roles that must use two-factor sign-in',
        params: orgParams,
        body: z.strictObject({
          name: name.optional(),
          nation: z.enum(['england-and-wales', 'scotland', 'northern-ireland'], 'must be england-and-wales, scotland or northern-ireland').optional(),
          twoFactorRoles: z.array(z.enum(ROLES, `must be one of ${ROLES.join(', ')}`)).max(ROLES.length).optional(),
        }),
        response: { 200: organisation },
      },
    },
    async (request) => service.updateOrganisation(database.db, actorOf(request), request.body),
  );

  app.post(
    '/api/orgs/:orgId/regions',
    {
      config: { access: 'organisation.manage' },
      schema: { tags, summary: 'Add a region to a trust', params: orgParams, body: z.strictObject({ name }), response: { 201: z.object({ id: z.uuid(), name: z.string() }) } },
    },
    async (request, reply) => reply.status(201).send(await service.createRegion(database.db, actorOf(request), request.body)),
  );

  app.post(
    '/api/orgs/:orgId/academies',
    {
      config: { access: 'organisation.manage' },
      schema: {
        tags,
        summary: 'Add an academy to a trust',
        params: orgParams,
        body: z.strictObject({ name, regionId: z.uuid('must be a region id').nullable().default(null) }),
        response: { 201: z.object({ id: z.uuid(), name: z.string(), regionId: z.uuid().nullable() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createAcademy(database.db, actorOf(request), request.body)),
  );

  const academyParams = orgParams.extend({ academyId: z.uuid('must be an academy id') });
  app.patch(
    '/api/orgs/:orgId/academies/:academyId',
    {
      config: { access: 'organisation.manage' },
      schema: {
        tags,
        summary: 'Rename an academy, move it to a region, or set when its day ends (for "by the end of the academy day")',
        params: academyParams,
        body: z.strictObject({
          name: name.optional(),
          regionId: z.uuid('must be a region id').nullable().optional(),
          dayEndsAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM').optional(),
        }),
        response: { 200: organisation },
      },
    },
    async (request) => service.updateAcademy(database.db, actorOf(request), request.params.academyId, request.body),
  );

  app.put(
    '/api/orgs/:orgId/academies/:academyId/terms',
    {
      config: { access: 'organisation.manage' },
      schema: {
        tags,
        summary: "Set an academy's term dates (academy days fall within them)",
        params: academyParams,
        body: z.strictObject({ terms: z.array(z.strictObject({ startsOn: isoDate, endsOn: isoDate })).max(30) }),
        response: { 200: organisation },
      },
    },
    async (request) => service.setTerms(database.db, actorOf(request), request.params.academyId, request.body.terms),
  );

  app.get(
    '/api/orgs/:orgId/people',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'A page of the people of the organisation the signed-in person may see, by name; the total is in X-Total-Count',
        params: orgParams,
        querystring: z.strictObject({ q: z.string().max(200).optional(), ...pageQuery }),
        response: { 200: z.array(person) },
      },
    },
    async (request, reply) => {
      const { total, items } = await service.listPeople(database.db, actorOf(request), request.query);
      return reply.header('x-total-count', String(total)).send(items);
    },
  );

  app.get(
    '/api/orgs/:orgId/people/:personId',
    { config: { access: 'people.read' }, schema: { tags, summary: 'One person of the organisation', params: personParams, response: { 200: person } } },
    async (request) => service.getPerson(database.db, actorOf(request), request.params.personId),
  );

  app.post(
    '/api/orgs/:orgId/people',
    {
      config: { access: 'people.manage' },
      schema: {
        tags,
        summary: 'Add a person to the organisation, and optionally email them an invitation',
        params: orgParams,
        body: z.strictObject({
          email: z.email('must be an email address').max(254),
          givenName: name,
          familyName: name,
          roles: z.array(roleInput).min(1, 'must name at least one role').max(20),
          employment: z
            .strictObject({ academyId: z.uuid().nullable().default(null), jobRole: name, lineManagerId: z.uuid().nullable().default(null), startedOn: isoDate.nullable().default(null) })
            .nullable()
            .default(null),
          membership: z
            .strictObject({
              memberNumber: name,
              status: z.enum(['applicant', 'active', 'suspended', 'lapsed', 'cancelled']).default('active'),
              conditions: z.string().max(2000).nullable().default(null),
              selfEmployed: z.boolean().default(false),
              joinedOn: isoDate.nullable().default(null),
            })
            .nullable()
            .default(null),
          invite: z.boolean().default(true),
        }),
        response: { 201: person },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createPerson(ctx, actorOf(request), request.body)),
  );

  app.patch(
    '/api/orgs/:orgId/people/:personId',
    {
      config: { access: 'people.manage' },
      schema: {
        tags,
        summary: "Change a person's name, roles, employment or membership here, or disable their account",
        params: personParams,
        body: z.strictObject({
          givenName: name.optional(),
          familyName: name.optional(),
          roles: z.array(roleInput).min(1, 'must name at least one role').max(20).optional(),
          disabled: z.boolean().optional(),
          employment: z
            .strictObject({
              academyId: z.uuid().nullable().optional(),
              jobRole: name.optional(),
              lineManagerId: z.uuid().nullable().optional(),
              endedOn: isoDate.nullable().optional(),
            })
            .refine((e) => Object.values(e).some((v) => v !== undefined), 'must change at least one field')
            .optional(),
          membership: z
            .strictObject({
              status: z.enum(['applicant', 'active', 'suspended', 'lapsed', 'cancelled']).optional(),
              conditions: z.string().max(2000).nullable().optional(),
              selfEmployed: z.boolean().optional(),
            })
            .refine((m) => Object.values(m).some((v) => v !== undefined), 'must change at least one field')
            .optional(),
          reason: z.string().max(1000).optional(),
        }),
        response: { 200: person },
      },
    },
    async (request) => service.updatePerson(ctx, actorOf(request), request.params.personId, request.body),
  );

  const previewRow = z.object({
    line: z.number(),
    email: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    roles: z.array(roleOutput),
    errors: z.array(fieldProblem),
  });
  app.post(
    '/api/orgs/:orgId/people/import/preview',
    {
      config: { access: 'people.import' },
      schema: {
        tags,
        summary: 'Check a CSV staff or member list and show every row with its problems; writes nothing',
        params: orgParams,
        body: csvBody,
        response: { 200: z.object({ rows: z.array(previewRow), fileErrors: z.array(fieldProblem) }) },
      },
    },
    async (request) => service.previewPeopleImport(database.db, actorOf(request), request.body.csv),
  );

  app.post(
    '/api/orgs/:orgId/people/import',
    {
      config: { access: 'people.import' },
      schema: { tags, summary: 'Import a CSV staff or member list: all rows, or none if any has a problem', params: orgParams, body: csvBody, response: { 201: z.object({ imported: z.number() }) } },
    },
    async (request, reply) => reply.status(201).send(await service.importPeople(ctx, actorOf(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/outbox',
    {
      config: { access: 'outbox.read' },
      schema: {
        tags,
        summary: 'Email Probity has sent or holds for this organisation (every message stays here when no SMTP server is set)',
        params: orgParams,
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: {
          200: z.array(z.object({ id: z.uuid(), to: z.string(), subject: z.string(), text: z.string(), createdAt: z.date(), sentAt: z.date().nullable(), error: z.string().nullable() })),
        },
      },
    },
    async (request) => service.listOutbox(database.db, actorOf(request), request.query.limit),
  );
};
