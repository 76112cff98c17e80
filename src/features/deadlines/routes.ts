import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, sessionOf } from '../../platform/auth/plugin.ts';
import { allowedActions } from '../../platform/policy.ts';
import { NATIONS } from '../../platform/calendar/index.ts';
import { idOf } from '../../platform/validation.ts';
import { pageQuery } from '../../platform/paging.ts';
import type { RouteContext } from '../../platform/context.ts';
import { sendCsv } from '../../platform/csv.ts';
import { KIND_NAMES, KINDS } from './rules.ts';
import * as service from './service.ts';
import { citationSchema, citationsOf, withCitations } from './citations.ts';

const STATES = ['upcoming', 'due_soon', 'overdue', 'met', 'met_late', 'waived'] as const;
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const deadlineParams = orgParams.extend({ deadlineId: z.uuid('must be a deadline id') });
const citation = z.object({ code: z.string(), provisions: z.array(z.string()) });

const deadline = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string().optional(),
  academyId: z.uuid().nullable(),
  kind: z.string(),
  title: z.string(),
  source: z.string(),
  cites: citation.nullable(),
  citation: citationSchema.nullable(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  startsAt: z.date(),
  dueAt: z.date(),
  allDay: z.boolean(),
  due: z.string(),
  state: z.enum(STATES),
  ownerId: z.uuid(),
  ownerName: z.string().nullable(),
  metAt: z.date().nullable(),
  waivedAt: z.date().nullable(),
  waivedReason: z.string().nullable(),
  urgent: z.boolean(),
  allowed: allowedActions,
});
const count = z.number().int().min(0, 'cannot be negative').max(3660, 'is too many');
const rule = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('calendar_days'), days: count }),
  z.strictObject({ type: z.literal('working_days'), days: count, nation: z.enum(NATIONS).optional() }),
  z.strictObject({ type: z.literal('months'), months: z.number().int().min(-120).max(120) }),
  z.strictObject({ type: z.literal('academy_day') }),
  z.strictObject({ type: z.literal('academy_days'), days: count }),
  z.strictObject({ type: z.literal('immediately') }),
  z.strictObject({ type: z.literal('fixed'), dueAt: z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }) }),
]);
const tags = ['deadlines'];

export const deadlineRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config }) => {
  const ctx: service.DeadlinesContext = { db: database.db, mailer, publicUrl: config.publicUrl };
  const me = (request: Parameters<typeof sessionOf>[0]) => ({ personId: sessionOf(request).personId, requestId: request.id });

  app.get(
    '/api/deadline-kinds',
    {
      config: { access: 'public' },
      schema: { tags, summary: "The codes' time limits: each kind's rule, schedule and source", response: { 200: z.array(z.object({ kind: z.string(), title: z.string(), source: z.string(), cites: citation.nullable(), rule: z.unknown(), schedule: z.unknown() })) } },
    },
    async () => KIND_NAMES.map((kind) => ({ kind, ...KINDS[kind] })),
  );

  app.get(
    '/api/me/deadlines',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'My deadlines, in every organisation, soonest first', querystring: z.strictObject({ closed: z.enum(['true', 'false']).default('false') }), response: { 200: z.array(deadline) } },
    },
    async (request) => withCitations(database.db, await service.myDeadlines(database.db, sessionOf(request).personId, { includeClosed: request.query.closed === 'true' })),
  );

  app.post(
    '/api/orgs/:orgId/deadlines',
    {
      config: { access: 'deadline.create' },
      schema: {
        tags,
        summary: 'Give someone a deadline (a rule of the codes, or a task with its own rule)',
        params: orgParams,
        body: z.strictObject({
          kind: z.enum(KIND_NAMES),
          title: z.string().trim().min(1).max(200).optional(),
          ownerId: idOf('a person'),
          startsAt: z.coerce.date('must be a date and time').optional(),
          rule: rule.optional(),
          academyId: z.uuid().nullable().optional(),
          recordType: z.string().max(60).optional(),
          recordId: z.string().max(100).optional(),
        }),
        response: { 201: deadline },
      },
    },
    async (request, reply) => reply.status(201).send((await withCitations(database.db, [await service.addDeadline(ctx, actorOf(request), request.body)]))[0]!),
  );

  app.get(
    '/api/orgs/:orgId/deadlines',
    {
      config: { access: 'deadline.oversee' },
      schema: {
        tags,
        summary: "A page of the organisation's deadlines the signed-in person oversees, soonest first; the total is in X-Total-Count",
        params: orgParams,
        querystring: z.strictObject({ state: z.enum(STATES).optional(), kind: z.string().max(60).optional(), ownerId: z.uuid().optional(), ...pageQuery }),
        response: { 200: z.array(deadline) },
      },
    },
    async (request, reply) => {
      const { total, items } = await service.organisationDeadlines(database.db, actorOf(request), request.query);
      return reply.header('x-total-count', String(total)).send(await withCitations(database.db, items));
    },
  );

  app.get(
    '/api/orgs/:orgId/deadlines/overdue',
    {
      config: { access: 'deadline.oversee' },
      schema: {
        tags,
        summary: 'Overdue deadlines counted by kind and by owner, with a page of them, longest overdue first; ?format=csv for every one of them',
        params: orgParams,
        querystring: z.strictObject({ format: z.enum(['json', 'csv']).default('json'), ...pageQuery }),
        response: {
          200: z.union([
            z.object({
              byKind: z.array(z.object({ kind: z.string(), count: z.number() })),
              byOwner: z.array(z.object({ ownerId: z.string(), ownerName: z.string(), count: z.number() })),
              total: z.number(),
              items: z.array(deadline),
            }),
            z.string(),
          ]),
        },
      },
    },
    async (request, reply) => {
      const { format, limit, offset } = request.query;
      // The spreadsheet has every overdue deadline, not a page of them.
      if (format === 'csv') return sendCsv(reply, 'overdue-deadlines.csv', service.overdueCsv(database.reports, actorOf(request)));
      const report = await service.overdueReport(database.reports, actorOf(request), { limit, offset });
      return { ...report, items: await withCitations(database.db, report.items) };
    },
  );

  app.post(
    '/api/orgs/:orgId/deadlines/:deadlineId/met',
    { config: { access: 'deadline.meet' }, schema: { tags, summary: 'Mark a deadline met (its owner, or someone who oversees it)', params: deadlineParams, body: z.strictObject({}).nullish(), response: { 200: deadline } } },
    async (request) => (await withCitations(database.db, [await service.meetDeadline(database.db, actorOf(request), request.params.deadlineId)]))[0]!,
  );

  app.post(
    '/api/orgs/:orgId/deadlines/:deadlineId/waive',
    {
      config: { access: 'deadline.waive' },
      schema: { tags, summary: 'Waive a deadline, with the reason', params: deadlineParams, body: z.strictObject({ reason: z.string().trim().min(3, 'must say why').max(1000) }), response: { 200: deadline } },
    },
    async (request) => (await withCitations(database.db, [await service.waiveDeadline(database.db, actorOf(request), request.params.deadlineId, request.body.reason)]))[0]!,
  );

  const feedStatus = z.object({ active: z.boolean(), createdAt: z.date().nullable() });
  app.get(
    '/api/me/calendar-feed',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Whether I have a calendar feed', response: { 200: feedStatus } } },
    async (request) => service.calendarFeedStatus(database.db, sessionOf(request).personId),
  );

  app.post(
    '/api/me/calendar-feed',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'A new secret calendar feed URL for my deadlines (any earlier one stops working)', body: z.strictObject({}).nullish(), response: { 201: z.object({ url: z.string(), createdAt: z.date() }) } },
    },
    async (request, reply) => reply.status(201).send(await service.newCalendarFeed(database.db, me(request), config.publicUrl)),
  );

  app.delete(
    '/api/me/calendar-feed',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Turn my calendar feed off', response: { 204: z.null() } } },
    async (request, reply) => {
      await service.revokeCalendarFeed(database.db, me(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/calendar/:feed',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'A calendar feed (iCalendar), by its secret URL', params: z.object({ feed: z.string().regex(/^[\w-]{20,100}\.ics$/, 'is not a calendar feed') }) },
    },
    async (request, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .send(await service.calendarFeedFor(database.db, request.params.feed.replace(/\.ics$/, ''), config.publicUrl, (items) => citationsOf(database.db, items))),
  );
};
