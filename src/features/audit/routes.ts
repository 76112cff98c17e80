import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import * as service from './service.ts';

const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const tags = ['audit'];
/** A person an entry is about, or was sent or shared to, by name. */
const named = z.object({ id: z.uuid(), name: z.string() });

export const auditRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, config }) => {
  app.get(
    '/api/orgs/:orgId/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags,
        summary: "Search the organisation's audit trail, newest first; X-Total-Count says how many entries match in all",
        params: orgParams,
        querystring: z.strictObject({
          action: z.string().max(100).optional(),
          actorEmail: z.string().max(254).optional(),
          person: z.string().max(254).optional(),
          recordType: z.string().max(100).optional(),
          recordId: z.string().max(100).optional(),
          from: z.coerce.date('must be a date or time').optional(),
          to: z.coerce.date('must be a date or time').optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.array(
            z.object({
              seq: z.number(),
              at: z.date(),
              action: z.string(),
              recordType: z.string(),
              recordId: z.string().nullable(),
              reason: z.string().nullable(),
              requestId: z.string().nullable(),
              details: z.record(z.string(), z.unknown()),
              actorId: z.uuid().nullable(),
              actorName: z.string().nullable(),
              actorEmail: z.string().nullable(),
              about: named.nullable(),
              to: named.nullable(),
            }),
          ),
        },
      },
    },
    async (request, reply) => {
      const { total, items } = await service.searchAudit(database.db, actorOf(request), request.query);
      void reply.header('x-total-count', total);
      return items;
    },
  );

  app.post(
    '/api/orgs/:orgId/audit/verify',
    {
      config: { access: 'audit.verify' },
      schema: {
        tags,
        summary: "Check the organisation's audit chain: every entry follows the one before and matches its hash, and the head last written down outside the database is still there",
        params: orgParams,
        body: z.strictObject({}).nullish(),
        response: { 200: z.object({ ok: z.boolean(), entries: z.number(), problems: z.array(z.object({ seq: z.number(), reason: z.string() })), anchoredAt: z.string().nullable(), checkedAt: z.date() }) },
      },
    },
    async (request) => service.verifyOrganisationChain(database.db, actorOf(request), config.auditAnchors),
  );
};
