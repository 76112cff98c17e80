import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import { COUNTED_UP_TO, pageQuery, totalHeaders } from '../../platform/paging.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import { citationSchema } from '../deadlines/index.ts';
import { MAX_TEXT, MOST_REPEATS, OUTCOMES } from './rules.ts';
import * as service from './service.ts';

const tags = ['conduct log'];
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const entryParams = orgParams.extend({ entryId: idOf('a conduct log entry') });
const isoDate = z.iso.date('must be a date as YYYY-MM-DD');
// Blank text is the rules' to refuse, naming what it needs (rules: checkEntry).
const text = z.string().max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
const keys = z.array(z.string().max(60)).max(40);
const person = z.object({ id: z.uuid(), name: z.string() });

/** An entry in a list. */
const listed = z.object({
  id: z.uuid(),
  academy: z.object({ id: z.uuid(), name: z.string() }),
  staff: person,
  recordedBy: person,
  occurredOn: z.string(),
  categories: z.array(z.object({ id: z.string(), title: z.string() })),
  provisions: z.array(z.string()),
  description: z.string(),
  actionTaken: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  sharedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  allowed: allowedActions,
});
/** An entry read on its own, citing the provisions it involves. */
const entry = listed.extend({ cites: citationSchema.nullable() });

const grant = z.object({ id: z.uuid(), academyId: z.uuid(), entryId: z.uuid().nullable(), person, reason: z.string(), grantedAt: z.date(), expiresOn: z.string().nullable() });

const drillDown = z.object({ from: z.string(), to: z.string(), academyId: z.string().optional(), category: z.string().optional(), provision: z.string().optional(), staffId: z.string().optional() });
const figure = z.object({ count: z.number().nullable(), people: z.number().nullable(), drillDown });
const period = z.object({ from: z.string(), to: z.string() });
const periodQuery = z.strictObject({ from: isoDate, to: isoDate, academyId: idOf('an academy').optional() });

export const conductLogRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config }) => {
  const db = database.db;
  const ctx: service.ConductLogContext = { db, mailer, publicUrl: config.publicUrl };

  app.get(
    '/api/orgs/:orgId/conduct-log/categories',
    {
      config: { access: 'conduct_log.record' },
      schema: {
        tags,
        summary: 'The categories an entry is recorded under, each with the provisions of the staff code it covers and the training it points to',
        params: orgParams,
        response: { 200: z.object({ code: z.string(), version: z.string(), categories: z.array(z.object({ id: z.string(), title: z.string(), training: z.string(), provisions: z.array(z.string()), cites: citationSchema.nullable() })) }) },
      },
    },
    async (request) => service.categories(db, actorOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/conduct-log/entries',
    {
      config: { access: 'conduct_log.record' },
      schema: {
        tags,
        summary: 'Record an entry in my academy’s conduct log about a member of staff who works there (003 §6.4)',
        params: orgParams,
        body: z.strictObject({
          academyId: idOf('an academy'),
          staffId: idOf('a person'),
          occurredOn: isoDate,
          categories: keys,
          provisions: keys.describe('The provisions of the staff code involved, each under one of the categories chosen'),
          description: text,
          actionTaken: text,
          outcome: z.enum(OUTCOMES).nullable().default(null),
        }),
        response: { 201: entry },
      },
    },
    async (request, reply) => reply.status(201).send(await service.recordEntry(ctx, actorOf(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/conduct-log/entries',
    {
      config: { access: 'conduct_log.read' },
      schema: {
        tags,
        summary: `A page of the entries I may read, newest first, selected as a figure’s drill-down selects them (each reading is recorded); the total is in X-Total-Count, counted up to ${COUNTED_UP_TO.toLocaleString('en-GB')}, with X-Total-Count-More: true where there are more`,
        params: orgParams,
        querystring: z.strictObject({
          academyId: idOf('an academy').optional(),
          staffId: idOf('a person').optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          category: z.string().max(60).optional(),
          provision: z.string().max(60).optional(),
          ...pageQuery,
        }),
        response: { 200: z.array(listed) },
      },
    },
    async (request, reply) => {
      const { items, ...counted } = await service.listEntries(db, actorOf(request), request.query);
      return reply.headers(totalHeaders(counted)).send(items);
    },
  );

  app.get(
    '/api/orgs/:orgId/conduct-log/entries/:entryId',
    { config: { access: 'conduct_log.read' }, schema: { tags, summary: 'An entry, to those who may read it (the reading is recorded)', params: entryParams, response: { 200: entry } } },
    async (request) => service.readEntry(db, actorOf(request), request.params.entryId),
  );

  app.patch(
    '/api/orgs/:orgId/conduct-log/entries/:entryId',
    {
      config: { access: 'conduct_log.amend' },
      schema: {
        tags,
        summary: 'Amend an entry: what is given replaces what was there',
        params: entryParams,
        body: z.strictObject({ occurredOn: isoDate.optional(), categories: keys.optional(), provisions: keys.optional(), description: text.optional(), actionTaken: text.optional(), outcome: z.enum(OUTCOMES).nullable().optional() }),
        response: { 200: entry },
      },
    },
    async (request) => service.amendEntry(ctx, actorOf(request), request.params.entryId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/conduct-log/entries/:entryId/share',
    { config: { access: 'conduct_log.share' }, schema: { tags, summary: 'Share the entry with the member of staff it is about: from then on they read it', params: entryParams, response: { 200: entry } } },
    async (request) => service.shareEntry(ctx, actorOf(request), request.params.entryId),
  );

  app.get(
    '/api/orgs/:orgId/conduct-log/access',
    { config: { access: 'conduct_log.grant' }, schema: { tags, summary: 'Who may read entries of the logs I keep, by grant, and why', params: orgParams, response: { 200: z.array(grant) } } },
    async (request) => service.listGrants(db, actorOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/conduct-log/access',
    {
      config: { access: 'conduct_log.grant' },
      schema: {
        tags,
        summary: 'Let someone read an entry, or my academy’s whole log, with a reason and perhaps until a day; never the member of staff (share the entry instead), never a peer',
        params: orgParams,
        body: z.strictObject({ entryId: idOf('a conduct log entry').optional(), academyId: idOf('an academy').optional(), personId: idOf('a person'), reason: z.string().max(1000), expiresOn: isoDate.nullish() }),
        response: { 201: grant },
      },
    },
    async (request, reply) => reply.status(201).send(await service.grantAccess(ctx, actorOf(request), request.body)),
  );

  app.delete(
    '/api/orgs/:orgId/conduct-log/access/:grantId',
    { config: { access: 'conduct_log.grant' }, schema: { tags, summary: 'Withdraw a grant (it stays in the history of who could read the log)', params: orgParams.extend({ grantId: idOf('a grant') }), response: { 204: z.null() } } },
    async (request, reply) => {
      await service.withdrawGrant(db, actorOf(request), request.params.grantId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/conduct-log/patterns',
    {
      config: { access: 'conduct_log.analyse' },
      schema: {
        tags,
        summary:
          'Patterns over a period (at most 36 months), of one academy or all: categories month by month, academies per 100 staff, the provisions most involved, and repeated entries for one person; a figure that could point to someone is hidden, and each drills down to the entries behind it',
        params: orgParams,
        querystring: periodQuery,
        response: {
          200: z.object({
            period,
            settings: z.object({ windowDays: z.number(), threshold: z.number() }),
            categoriesOverTime: z.object({ months: z.array(z.string()), rows: z.array(z.object({ category: z.string(), title: z.string(), months: z.array(figure), total: figure })) }),
            academiesCompared: z.object({
              rows: z.array(z.object({ academyId: z.uuid(), academyName: z.string(), staff: z.number(), entries: figure, per100: z.number().nullable() })),
              total: z.object({ staff: z.number(), entries: figure, per100: z.number().nullable() }),
            }),
            provisionsMostInvolved: z.array(z.object({ provision: z.string(), category: z.string().nullable(), figure })),
            repeatPatterns: z.array(z.object({ staffId: z.uuid(), staff: person, count: z.number(), categories: z.array(z.string()), drillDown })),
            repeatPatternsInAll: z.number().describe(`How many repeated entries for one person the reader may see in all; repeatPatterns holds the ${MOST_REPEATS} with the most entries`),
          }),
        },
      },
    },
    async (request) => {
      const { from, to, academyId } = request.query;
      return service.patterns(db, database.reports, actorOf(request), { from, to }, academyId);
    },
  );

  app.get(
    '/api/orgs/:orgId/conduct-log/training-needs',
    {
      config: { access: 'conduct_log.analyse' },
      schema: {
        tags,
        summary: 'The training-needs report: for each academy, the categories in which several people have entries over the period, the training each points to, and whether it rose',
        params: orgParams,
        querystring: periodQuery,
        response: {
          200: z.object({
            period,
            needs: z.array(z.object({ academyId: z.uuid(), academyName: z.string(), category: z.string(), title: z.string(), training: z.string(), figure, provisions: z.array(z.string()), rising: z.boolean() })),
          }),
        },
      },
    },
    async (request) => {
      const { from, to, academyId } = request.query;
      return service.trainingNeedsReport(database.reports, actorOf(request), { from, to }, academyId);
    },
  );

  const settings = z.object({ windowDays: z.number(), threshold: z.number() });
  app.get(
    '/api/orgs/:orgId/conduct-log/settings',
    { config: { access: 'conduct_log.configure' }, schema: { tags, summary: 'What counts as repeated entries for one person: this many within a window of this many days', params: orgParams, response: { 200: settings } } },
    async (request) => service.readSettings(db, actorOf(request)),
  );

  app.put(
    '/api/orgs/:orgId/conduct-log/settings',
    {
      config: { access: 'conduct_log.configure' },
      schema: {
        tags,
        summary: 'Set what counts as repeated entries for one person: this many within a window of this many days',
        params: orgParams,
        body: z.strictObject({ windowDays: z.number().int(), threshold: z.number().int() }),
        response: { 200: settings },
      },
    },
    async (request) => service.setSettings(db, actorOf(request), request.body),
  );
};
