import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import { clock } from '../../platform/clock.ts';
import type { RouteContext } from '../../platform/context.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import { HOLD_SCOPES, MAX_REASON } from './rules.ts';
import * as service from './service.ts';

// The retention schedules: of what goes by itself (src/platform/retention.ts), and of the records, whose
// deletion the data protection officer confirms (service.ts), with legal holds that stop it.

const tags = ['platform'];
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });

const entry = z.object({
  record: z.string(),
  keptFor: z.string().describe('ISO 8601 duration after the event; PT0S: not kept once it happens'),
  after: z.string(),
  action: z.enum(['delete', 'anonymise']),
  reason: z.string(),
});

const recordTypeEntry = z.object({
  type: z.string(),
  record: z.string(),
  defaultKeptFor: z.string().describe('ISO 8601 period, in years or days, that the guidance sets'),
  keptFor: z.string().describe("The organisation's period: the default, or longer"),
  after: z.string(),
  source: z.string(),
});

const holdSummary = z.object({ id: z.uuid(), scope: z.enum(HOLD_SCOPES), reason: z.string() });
const due = z.object({
  id: z.uuid(),
  recordType: z.string(),
  record: z.string(),
  recordId: z.uuid(),
  keptFor: z.string(),
  after: z.string(),
  eventAt: z.date(),
  listedAt: z.date(),
  heldBy: z.array(holdSummary),
  allowed: allowedActions,
});

const deletion = z.object({
  id: z.uuid(),
  recordType: z.string(),
  keptFor: z.string(),
  after: z.string(),
  source: z.string(),
  recordHash: z.string().describe('Keyed hash of the deleted record’s id: confirms a known id was deleted, names nothing'),
  files: z.number(),
  listedAt: z.date(),
  deletedBy: z.uuid(),
  deletedAt: z.date(),
});

const hold = z.object({
  id: z.uuid(),
  scope: z.enum(HOLD_SCOPES),
  recordType: z.string().nullable(),
  recordId: z.uuid().nullable(),
  personId: z.uuid().nullable(),
  reason: z.string(),
  placedBy: z.uuid(),
  placedAt: z.date(),
  liftedBy: z.uuid().nullable(),
  liftedAt: z.date().nullable(),
  liftReason: z.string().nullable(),
});

const reason = z.string().max(MAX_REASON, `must be at most ${MAX_REASON} characters`);

export const retentionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { retention, recordTypes, database, files, secrets }) => {
  const db = database.db;
  const ctx: service.RetentionContext = { db, files, secrets, types: recordTypes };

  app.get(
    '/api/orgs/:orgId/retention-schedule',
    {
      config: { access: 'retention.read' },
      schema: {
        tags,
        summary: 'How long Probity keeps each kind of thing that goes by itself (sessions, links, mail), from what event, what then happens to it, and why',
        params: orgParams,
        response: { 200: z.array(entry) },
      },
    },
    async () => [...retention],
  );

  app.get(
    '/api/orgs/:orgId/retention/records',
    {
      config: { access: 'retention.read' },
      schema: {
        tags,
        summary: 'How long each type of record (each kind of declaration, case, concern and report, the conduct log, self-assessments, CPD and goals, attestations, transferred files, deadlines) is kept here, from what event, and the guidance the period comes from',
        params: orgParams,
        response: { 200: z.array(recordTypeEntry) },
      },
    },
    async (request) => service.schedule(db, actorOf(request), recordTypes),
  );

  app.put(
    '/api/orgs/:orgId/retention/records/:recordType',
    {
      config: { access: 'retention.configure' },
      schema: {
        tags,
        summary: 'Keep a type of record longer than the default (never shorter); the default period brings it back',
        params: orgParams.extend({ recordType: z.string().max(100) }),
        body: z.strictObject({ keptFor: z.string().max(20).describe('ISO 8601 period in whole years (P7Y) or days') }),
        response: { 200: z.array(recordTypeEntry) },
      },
    },
    async (request) => service.setPeriod(db, actorOf(request), recordTypes, request.params.recordType, request.body.keptFor),
  );

  app.get(
    '/api/orgs/:orgId/retention/due',
    {
      config: { access: 'retention.review' },
      schema: { tags, summary: 'Records whose retention period has run, waiting for my confirmation to delete them; any under a legal hold says so', params: orgParams, response: { 200: z.array(due) } },
    },
    async (request) => service.dueList(db, actorOf(request), recordTypes),
  );

  app.post(
    '/api/orgs/:orgId/retention/due/refresh',
    {
      config: { access: 'retention.review' },
      schema: { tags, summary: 'List now what is due, as the daily job does; nothing is deleted', params: orgParams, body: z.strictObject({}), response: { 200: z.array(due) } },
    },
    async (request) => {
      const actor = actorOf(request);
      await service.listDue(db, recordTypes, actor.organisationId, clock.now(), actor);
      return service.dueList(db, actor, recordTypes);
    },
  );

  app.post(
    '/api/orgs/:orgId/retention/due/confirm',
    {
      config: { access: 'retention.review' },
      schema: {
        tags,
        summary: 'Confirm the deletion of records due: each goes with what depends on it and its files, leaving a deletion record without personal data; one under a legal hold refuses the batch',
        params: orgParams,
        body: z.strictObject({ reviewIds: z.array(idOf('a record due for deletion')).min(1, 'name at least one record').max(100, 'at most 100 at once') }),
        response: { 200: z.object({ deleted: z.number(), deletions: z.array(z.object({ id: z.uuid(), recordType: z.string() })) }) },
      },
    },
    async (request) => service.confirmDeletions(ctx, actorOf(request), request.body.reviewIds),
  );

  app.get(
    '/api/orgs/:orgId/retention/deletions',
    {
      config: { access: 'retention.read' },
      schema: { tags, summary: 'The deletion records: what type of record went, under which rule, when and by whom; never what it said or whom it was about', params: orgParams, response: { 200: z.array(deletion) } },
    },
    async (request) => service.deletionRecords(db, actorOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/retention/holds',
    {
      config: { access: 'retention.hold' },
      schema: { tags, summary: 'Legal holds, live ones first', params: orgParams, response: { 200: z.array(hold) } },
    },
    async (request) => service.holdsList(db, actorOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/retention/holds',
    {
      config: { access: 'retention.hold' },
      schema: {
        tags,
        summary: 'Place a legal hold on a record, on every record about a person, or on a type of record, saying why: nothing it covers is deleted until it is lifted',
        params: orgParams,
        body: z.strictObject({
          scope: z.enum(HOLD_SCOPES),
          recordType: z.string().max(100).optional(),
          recordId: idOf('a record').optional(),
          personId: idOf('a person').optional(),
          reason,
        }),
        response: { 201: hold },
      },
    },
    async (request, reply) => reply.status(201).send(await service.placeHold(db, actorOf(request), recordTypes, request.body)),
  );

  app.post(
    '/api/orgs/:orgId/retention/holds/:holdId/lift',
    {
      config: { access: 'retention.hold' },
      schema: { tags, summary: 'Lift a legal hold, saying why', params: orgParams.extend({ holdId: idOf('a legal hold') }), body: z.strictObject({ reason }), response: { 200: hold } },
    },
    async (request) => service.liftHold(db, actorOf(request), request.params.holdId, request.body.reason),
  );
};
