import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import { citationSchema } from '../deadlines/index.ts';
import { OUTCOMES, STATES } from './rules.ts';
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
  audience: z.enum(['member', 'staff', 'self_employed_member']),
  fields: z.array(z.object({ name: z.string(), label: z.string(), type: z.enum(['past_date', 'date', 'text', 'long_text', 'pence', 'person', 'choice', 'yes_no']), required: z.boolean(), choices: z.array(z.string()).nullable() })),
  cites: z.array(citationSchema),
  imposedByCode: z.boolean(),
  sensitive: z.boolean(),
  timeLimit: z.string().nullable(),
  closedBecause: z.string().nullable(),
});
const person = z.object({ id: z.uuid(), name: z.string() });
const declarationSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  kind: z.object({ id: z.string(), title: z.string(), sensitive: z.boolean(), timeLimit: z.string().nullable() }),
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
    z.object({ fromDeclarationId: z.uuid(), organisationId: z.uuid(), organisationName: z.string(), kind: z.string(), title: z.string(), asks: z.string(), carried: z.array(z.string()), dueOn: z.string().nullable() }),
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
  z.strictObject({ type: z.literal('mark_for_case'), reason: note('Why it needs a case') }),
  z.strictObject({ type: z.literal('close'), outcome: z.enum(OUTCOMES), note: note('The closing note').optional() }),
]);

export const declarationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config }) => {
  const db = database.db;
  const ctx: service.DeclarationsContext = { db, mailer, publicUrl: config.publicUrl };

  app.get(
    '/api/orgs/:orgId/declaration-kinds',
    { config: { access: 'declaration.make' }, schema: { tags, summary: 'The kinds of declaration I may make here: what each asks, the provisions that ask for it, its fields and how soon it is due', params: orgParams, response: { 200: z.array(kindSchema) } } },
    async (request) => service.kindsFor(db, actorOf(request)),
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
      schema: { tags, summary: 'Declarations that came to me: new, open, late, marked for a case, closed (for a body’s case officers, the intake)', params: orgParams, querystring: z.strictObject({ bucket: z.enum(service.QUEUE_BUCKETS).default('new') }), response: { 200: queueResponse } },
    },
    async (request) => service.queue(db, actorOf(request), request.query.bucket),
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
    async (request) => service.takeStep(ctx, actorOf(request), request.params.declarationId, request.body),
  );
};
