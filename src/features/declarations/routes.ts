import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import { sendCsv } from '../../platform/csv.ts';
import { COUNTED_UP_TO, pageQuery } from '../../platform/paging.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import { ROLES } from '../../platform/vocabulary.ts';
import { CASE_TYPE_IDS } from '../cases/index.ts';
import { citationSchema } from '../deadlines/index.ts';
import * as registers from './registers.ts';
import { AUDIENCES, FIELD_TYPES, OUTCOMES, REGISTER_NAMES, SAFE_WORKING_STATES, STATES } from './rules.ts';
import * as safeWorking from './safe-working.ts';
import * as service from './service.ts';

const tags = ['declarations'];
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const declarationParams = orgParams.extend({ declarationId: idOf('a declaration') });
const note = (what: string) => z.string().max(10_000, 'must be at most 10000 characters').describe(what);

/** A declaration's fields by name; each kind's rules then judge them (rules: fieldProblems). */
const fieldValues = z
  .record(z.string().regex(/^[a-zA-Z]{1,40}$/, 'is not a field name'), z.union([z.string().max(10_000, 'must be at most 10000 characters'), z.number(), z.boolean(), z.null()]))
  .refine((fields) => Object.keys(fields).length <= 30, 'has too many fields');

const kindSchema = z.object({
  id: z.string(),
  title: z.string(),
  asks: z.string(),
  audience: z.enum(AUDIENCES),
  fields: z.array(z.object({ name: z.string(), label: z.string(), type: z.enum(FIELD_TYPES), required: z.boolean(), choices: z.array(z.string()).nullable() })),
  cites: z.array(citationSchema),
  imposedByCode: z.boolean(),
  sensitive: z.boolean(),
  timeLimit: z.string().nullable(),
  closedBecause: z.string().nullable(),
  goesTo: z.array(z.object({ id: z.uuid(), name: z.string(), as: z.string() })),
});
const person = z.object({ id: z.uuid(), name: z.string() });
const declarationSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  kind: z.object({ id: z.string(), title: z.string(), sensitive: z.boolean(), timeLimit: z.string().nullable(), fields: kindSchema.shape.fields }),
  state: z.enum(STATES),
  fields: z.record(z.string(), z.unknown()),
  occurredOn: z.string().nullable(),
  createdAt: z.date(),
  submittedAt: z.date().nullable(),
  acknowledgedAt: z.date().nullable(),
  markedForCaseAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  daysLate: z.number().nullable(),
  lateness: z.string().nullable(),
  cites: z.array(citationSchema),
  declarant: person,
  named: z.array(person),
  recipients: z.array(person.extend({ as: z.string(), steppedUpFrom: z.string().nullable() })),
  consent: z.object({ statement: z.string(), givenAt: z.string() }).nullable(),
  approvalNeeded: z.boolean(),
  history: z.array(z.object({ event: z.string(), at: z.date(), from: z.enum(STATES), to: z.enum(STATES), note: z.string().nullable(), by: z.string().nullable() })),
  allowed: allowedActions,
});
const listItem = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  state: z.enum(STATES),
  occurredOn: z.string().nullable(),
  createdAt: z.date(),
  submittedAt: z.date().nullable(),
  acknowledgedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  daysLate: z.number().nullable(),
  lateness: z.string().nullable(),
});
const mineResponse = z.object({
  declarations: z.array(listItem),
  dutiesElsewhere: z.array(
    z.object({ fromDeclarationId: z.uuid(), organisationId: z.uuid(), organisationName: z.string(), kind: z.string(), title: z.string(), asks: z.string(), carried: z.array(z.object({ name: z.string(), label: z.string(), value: z.unknown() })), dueOn: z.string().nullable() }),
  ),
});
const queueResponse = z.object({
  counts: z.record(z.enum(service.QUEUE_BUCKETS), z.number()),
  items: z.array(listItem.extend({ declarantId: z.uuid(), declarant: z.string(), academy: z.string().nullable(), sensitive: z.boolean(), immediate: z.boolean(), acknowledgementOverdue: z.boolean() })),
});

const newDeclaration = z.strictObject({
  kind: z.string().max(80),
  code: z.string().max(80).optional(),
  fields: fieldValues.default({}),
  carriedFrom: z
    .strictObject({
      organisationId: z.uuid('must be an organisation id'),
      declarationId: idOf('a declaration'),
      chosen: z.array(z.string().max(40)).max(30),
      consent: z.string().max(2000, 'must be at most 2000 characters'),
    })
    .optional(),
});
const step = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submit') }),
  z.strictObject({ type: z.literal('acknowledge') }),
  z.strictObject({ type: z.literal('record_action'), note: note('What was done') }),
  z.strictObject({ type: z.literal('mark_for_case'), reason: note('Why it needs a case'), openCase: z.strictObject({ type: z.enum(CASE_TYPE_IDS) }).optional().describe('Open the case at once (a case officer), which then closes the declaration') }),
  z.strictObject({ type: z.literal('close'), outcome: z.enum(OUTCOMES), note: note('The closing note').optional() }),
]);

const isoDate = z.iso.date('must be a date as YYYY-MM-DD');
const words = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

// Registers, settings, the re-declaration and the report.
const registerQuery = z.strictObject({
  academyId: z.uuid('must be an academy id').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  person: z.string().max(200).optional(),
  format: z.enum(['json', 'csv']).default('json'),
  ...pageQuery,
});
const registerResponse = z.object({
  total: z.number().describe(`How many entries match, counted up to ${COUNTED_UP_TO.toLocaleString('en-GB')}`),
  more: z.boolean().describe('Whether more match than were counted: the register is narrowed rather than paged through'),
  giftThresholdPence: z.number().nullable(),
  entries: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      title: z.string(),
      state: z.enum(STATES),
      outcome: z.enum(OUTCOMES).nullable(),
      fields: z.record(z.string(), z.unknown()),
      occurredOn: z.string().nullable(),
      submittedAt: z.date().nullable(),
      declarantId: z.uuid(),
      declarant: z.string(),
      academy: z.string().nullable(),
      readable: z.boolean().describe('Whether the reader may open the declaration itself: its recipients and declarant may; overseeing the register is not enough'),
      needsApproval: z.boolean(),
      approval: z.enum(['awaiting', 'approved', 'declined']).nullable(),
      insurance: z.object({ lapsed: z.boolean(), daysLeft: z.number() }).nullable(),
    }),
  ),
});
const recipient = z.enum(['line_manager', ...ROLES]);
const recipients = z.array(recipient).max(5).readonly();
const routing = z.object({ colleague: z.array(recipient).min(1, 'names at least one recipient').max(5).readonly(), principal: recipients.optional(), central: recipients.optional() });
const ownKind = z.object({
  id: z.string().max(60),
  title: words(200),
  asks: words(1000),
  audience: z.enum(AUDIENCES),
  fields: z
    .array(z.object({ name: z.string().regex(/^[a-zA-Z]{1,40}$/, 'is a name of letters only'), label: words(200), type: z.enum(FIELD_TYPES), required: z.boolean(), choices: z.array(words(80)).max(20).readonly().optional() }))
    .min(1, 'asks at least one thing')
    .max(20)
    .readonly(),
  routing,
  timeLimit: z.union([z.object({ type: z.literal('calendar_days'), days: z.number().int().min(1).max(365) }), z.object({ type: z.literal('immediately') }), z.null()]),
  sensitive: z.boolean(),
});
const tailoring = z.object({
  addedKinds: z.array(ownKind).max(50).readonly().optional(),
  addedRecipients: z.record(z.string().max(60), recipients).optional(),
  replacedRouting: z.record(z.string().max(60), routing).optional(),
  withdrawnKinds: z.array(z.string().max(60)).max(50).readonly().optional(),
});
const settingsResponse = z.object({
  giftThresholdPence: z.number().nullable(),
  acknowledgeWithinMinutes: z.number().nullable(),
  defaultAcknowledgeWithinMinutes: z.number(),
  tailoring,
  kinds: z.array(z.object({ id: z.string(), title: z.string(), audience: z.enum(AUDIENCES), imposedByCode: z.boolean(), recipientsNamedByCode: z.boolean(), routing })),
});
const tally = z.object({ group: z.string(), total: z.number(), done: z.number() });
const campaign = z.object({ id: z.uuid(), year: z.number(), dueOn: z.string() });
const dashboardResponse = z.object({
  campaign,
  total: z.number(),
  done: z.number(),
  byAcademy: z.array(tally),
  byRole: z.array(tally),
  people: z.array(z.object({ personId: z.uuid(), name: z.string(), academy: z.string(), roles: z.array(z.string()), returned: z.enum(['confirmed', 'nil']).nullable(), returnedAt: z.date().nullable() })),
});
const myReturns = z.array(campaign.extend({ returned: z.enum(['confirmed', 'nil']).nullable(), entries: z.array(z.uuid()) }));
const campaignParams = orgParams.extend({ campaignId: idOf('a re-declaration') });
const reportResponse = z.object({
  year: z.number(),
  rows: z.array(z.object({ kind: z.string(), title: z.string(), academy: z.string(), month: z.number(), onTime: z.number(), late: z.number(), cites: z.array(citationSchema) })),
});

// Safe-working approvals and notices.
const safeWorkingKind = z.object({ id: z.string(), title: z.string(), needs: z.enum(['approval', 'notice']), cites: z.array(citationSchema), conditions: z.array(z.object({ id: z.string(), label: z.string(), metByApproval: z.boolean() })) });
const safeWorkingSchema = z.object({
  id: z.uuid(),
  kind: z.object({ id: z.string(), title: z.string(), needs: z.enum(['approval', 'notice']) }),
  requester: person,
  learner: z.string(),
  purpose: z.string(),
  eventAt: z.date(),
  requestedAt: z.date(),
  state: z.enum(SAFE_WORKING_STATES),
  conditions: z.array(z.object({ id: z.string(), label: z.string(), provision: z.string(), met: z.boolean(), metBeforeEvent: z.boolean(), metAt: z.string().nullable() })),
  allMetBeforeEvent: z.boolean(),
  approvedAfterEvent: z.boolean(),
  decision: z.object({ by: z.string(), at: z.date(), approved: z.boolean(), reason: z.string().nullable() }).nullable(),
  allowed: allowedActions,
});
const safeWorkingParams = orgParams.extend({ requestId: idOf('a safe-working request') });
const safeWorkingStep = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('record_condition'), condition: z.string().max(60) }),
  z.strictObject({ type: z.literal('approve'), reason: z.string().max(10_000).optional() }),
  z.strictObject({ type: z.literal('refuse'), reason: z.string().max(10_000) }),
  z.strictObject({ type: z.literal('withdraw') }),
]);

export const declarationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config, files }) => {
  const db = database.db;
  const ctx: service.DeclarationsContext = { db, mailer, publicUrl: config.publicUrl, files };

  app.get(
    '/api/orgs/:orgId/declaration-kinds',
    { config: { access: 'declaration.make' }, schema: { tags, summary: 'The kinds of declaration I may make here: what each asks, the provisions that ask for it, its fields and how soon it is due', params: orgParams, response: { 200: z.array(kindSchema) } } },
    async (request) => service.kindsFor(db, actorOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/declarations/people',
    {
      config: { access: 'declaration.make' },
      schema: { tags, summary: 'People of the organisation by name, for a declaration that names someone (names only, at most 20)', params: orgParams, querystring: z.strictObject({ q: z.string().trim().min(2, 'is at least 2 characters').max(100) }), response: { 200: z.array(person) } },
    },
    async (request) => service.peopleToName(db, actorOf(request), request.query.q),
  );

  app.get(
    '/api/orgs/:orgId/declarations/mine',
    { config: { access: 'declaration.make' }, schema: { tags, summary: 'My declarations here, and the duties their facts trigger in my other organisations', params: orgParams, response: { 200: mineResponse } } },
    async (request) => service.myDeclarations(db, actorOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/declarations/queue',
    {
      config: { access: 'declaration.review' },
      schema: { tags, summary: 'Declarations that came to me: new, open, late, marked for a case, closed (for a body’s case officers, the intake)', description: 'The count of every bucket, and a page of the one asked for (its count is the total): those still to act on oldest submitted first, the closed most recently closed first.', params: orgParams, querystring: z.strictObject({ bucket: z.enum(service.QUEUE_BUCKETS).default('new'), ...pageQuery }), response: { 200: queueResponse } },
    },
    async (request) => {
      const { bucket, ...page } = request.query;
      return service.queue(db, actorOf(request), bucket, page);
    },
  );

  app.post(
    '/api/orgs/:orgId/declarations',
    { config: { access: 'declaration.make' }, schema: { tags, summary: 'Start a declaration (a draft), or one carrying facts from my declaration in another organisation with my consent', params: orgParams, body: newDeclaration, response: { 201: declarationSchema } } },
    async (request, reply) => reply.status(201).send(await service.draftDeclaration(ctx, actorOf(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/declarations/:declarationId',
    { config: { access: 'declaration.read' }, schema: { tags, summary: 'A declaration: its declarant sees where it stands; its recipients see it all', params: declarationParams, response: { 200: declarationSchema } } },
    async (request) => service.getDeclaration(db, actorOf(request), request.params.declarationId),
  );

  app.patch(
    '/api/orgs/:orgId/declarations/:declarationId',
    { config: { access: 'declaration.make' }, schema: { tags, summary: 'Change a draft’s fields (null clears one)', params: declarationParams, body: z.strictObject({ fields: fieldValues }), response: { 200: declarationSchema } } },
    async (request) => service.editDeclaration(ctx, actorOf(request), request.params.declarationId, request.body.fields),
  );

  app.delete(
    '/api/orgs/:orgId/declarations/:declarationId',
    { config: { access: 'declaration.make' }, schema: { tags, summary: 'Discard a draft', params: declarationParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await service.discardDeclaration(ctx, actorOf(request), request.params.declarationId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/orgs/:orgId/declarations/:declarationId/steps',
    { config: { access: 'declaration.read' }, schema: { tags, summary: 'Take a step: submit (the declarant); acknowledge, record an action, mark for a case or close (a recipient)', params: declarationParams, body: step, response: { 200: declarationSchema } } },
    async (request) => {
      const { body } = request;
      if (body.type !== 'mark_for_case') return service.takeStep(ctx, actorOf(request), request.params.declarationId, body);
      const { openCase, ...step } = body;
      return service.takeStep(ctx, actorOf(request), request.params.declarationId, step, openCase);
    },
  );

  app.get(
    '/api/orgs/:orgId/registers/:register',
    {
      config: { access: 'declaration.oversee' },
      schema: { tags, summary: 'A register (interests, gifts and hospitality, insurance) for the academies I oversee, filtered; as a spreadsheet with format=csv', params: orgParams.extend({ register: z.enum(REGISTER_NAMES) }), querystring: registerQuery, response: { 200: z.union([registerResponse, z.string()]) } },
    },
    async (request, reply) => {
      const { format, limit, offset, ...filter } = request.query;
      const { register } = request.params;
      if (format === 'json') return registers.register(database.reports, actorOf(request), register, filter, { limit, offset });
      // The spreadsheet has every entry that matches, not a page of them.
      return sendCsv(reply, `register-of-${register}.csv`, await registers.registerCsv(db, database.reports, actorOf(request), register, filter));
    },
  );

  app.get(
    '/api/orgs/:orgId/declaration-settings',
    { config: { access: 'declaration.configure' }, schema: { tags, summary: 'The organisation’s kinds of declaration as tailored, and its gift threshold', params: orgParams, response: { 200: settingsResponse } } },
    async (request) => registers.settings(db, actorOf(request)),
  );
  app.put(
    '/api/orgs/:orgId/declaration-settings',
    {
      config: { access: 'declaration.configure' },
      schema: {
        tags,
        summary:
          'Tailor the kinds of declaration (add kinds and recipients; withdraw or reroute only what no code imposes), set the gift threshold, and the time a recipient has to acknowledge a report the code asks for at once before it escalates (null, the default)',
        params: orgParams,
        body: z.strictObject({
          giftThresholdPence: z.number().int().min(0, 'cannot be negative').max(100_000_000).nullable(),
          acknowledgeWithinMinutes: z.number().int().min(15, 'must be at least 15 minutes: the code asks for these reports at once').max(4320, 'must be at most three days: the code asks for these reports at once').nullable(),
          tailoring,
        }),
        response: { 200: settingsResponse },
      },
    },
    async (request) => registers.changeSettings(db, actorOf(request), request.body),
  );

  app.get(
    '/api/orgs/:orgId/declaration-campaigns',
    { config: { access: 'declaration.oversee' }, schema: { tags, summary: 'The annual re-declarations', params: orgParams, response: { 200: z.array(campaign.extend({ createdAt: z.date() })) } } },
    async (request) => registers.campaigns(db, actorOf(request)),
  );
  app.post(
    '/api/orgs/:orgId/declaration-campaigns',
    {
      config: { access: 'declaration.configure' },
      schema: { tags, summary: 'Start the year’s re-declaration: everyone confirms their register entries or makes a nil return by the day given', params: orgParams, body: z.strictObject({ year: z.number().int().min(2000).max(2100), dueOn: isoDate }), response: { 201: dashboardResponse } },
    },
    async (request, reply) => reply.status(201).send(await registers.startCampaign(ctx, actorOf(request), request.body)),
  );
  app.get(
    '/api/orgs/:orgId/declaration-campaigns/mine',
    { config: { access: 'declaration.make' }, schema: { tags, summary: 'My re-declarations here, with the register entries I would confirm', params: orgParams, response: { 200: myReturns } } },
    async (request) => registers.myReturns(db, actorOf(request)),
  );
  app.get(
    '/api/orgs/:orgId/declaration-campaigns/:campaignId',
    { config: { access: 'declaration.oversee' }, schema: { tags, summary: 'Who has returned, by academy and role', params: campaignParams, response: { 200: dashboardResponse } } },
    async (request) => registers.campaignDashboard(db, actorOf(request), request.params.campaignId),
  );
  app.post(
    '/api/orgs/:orgId/declaration-campaigns/:campaignId/return',
    {
      config: { access: 'declaration.make' },
      schema: { tags, summary: 'Confirm my register entries stand, or make a nil return', params: campaignParams, body: z.strictObject({ kind: z.enum(['confirmed', 'nil']), declarationIds: z.array(idOf('a declaration')).max(500).default([]) }), response: { 200: myReturns } },
    },
    async (request) => registers.makeReturn(db, actorOf(request), request.params.campaignId, request.body),
  );

  app.get(
    '/api/orgs/:orgId/declarations/report',
    { config: { access: 'declaration.oversee' }, schema: { tags, summary: 'Duties met on time and late, by kind, academy and month, each citing the provisions it enforces', params: orgParams, querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }), response: { 200: reportResponse } } },
    async (request) => registers.timelinessReport(db, actorOf(request), request.query.year),
  );

  app.get(
    '/api/orgs/:orgId/safe-working-kinds',
    { config: { access: 'safe_working.request' }, schema: { tags, summary: 'What needs a manager’s agreement in advance, and what needs notice beforehand, with the conditions each records', params: orgParams, response: { 200: z.array(safeWorkingKind) } } },
    async (request) => safeWorking.safeWorkingKinds(db, actorOf(request)),
  );
  app.get(
    '/api/orgs/:orgId/safe-working',
    { config: { access: 'safe_working.read' }, schema: { tags, summary: 'My safe-working requests and notices, and those that came to me', params: orgParams, response: { 200: z.object({ mine: z.array(safeWorkingSchema), toMe: z.array(safeWorkingSchema) }) } } },
    async (request) => safeWorking.listSafeWorking(db, actorOf(request)),
  );
  app.post(
    '/api/orgs/:orgId/safe-working',
    {
      config: { access: 'safe_working.request' },
      schema: {
        tags,
        summary: 'Ask a manager to agree in advance (a learner in my car), or give notice beforehand (a one-to-one meeting)',
        params: orgParams,
        body: z.strictObject({ kind: z.string().max(60), learner: words(100), purpose: words(2000), eventAt: z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }).transform((v) => new Date(v)) }),
        response: { 201: safeWorkingSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await safeWorking.requestSafeWorking(ctx, actorOf(request), request.body)),
  );
  app.get(
    '/api/orgs/:orgId/safe-working/:requestId',
    { config: { access: 'safe_working.read' }, schema: { tags, summary: 'A safe-working request: each condition, whether it was met before the event, and the decision', params: safeWorkingParams, response: { 200: safeWorkingSchema } } },
    async (request) => safeWorking.getSafeWorking(db, actorOf(request), request.params.requestId),
  );
  app.post(
    '/api/orgs/:orgId/safe-working/:requestId/steps',
    { config: { access: 'safe_working.read' }, schema: { tags, summary: 'Record a condition met or withdraw (the requester); approve or refuse with a reason (the manager)', params: safeWorkingParams, body: safeWorkingStep, response: { 200: safeWorkingSchema } } },
    async (request) => safeWorking.stepSafeWorking(ctx, actorOf(request), request.params.requestId, request.body),
  );
};
