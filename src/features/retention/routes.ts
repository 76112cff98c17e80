import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../platform/context.ts';

// The retention schedule (src/platform/retention.ts), for those who answer for what the organisation keeps.

const entry = z.object({
  record: z.string(),
  keptFor: z.string().describe('ISO 8601 duration after the event; PT0S: not kept once it happens'),
  after: z.string(),
  action: z.enum(['delete', 'anonymise']),
  reason: z.string(),
});

export const retentionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { retention }) => {
  app.get(
    '/api/orgs/:orgId/retention-schedule',
    {
      config: { access: 'retention.read' },
      schema: {
        tags: ['platform'],
        summary: 'How long Probity keeps each kind of record it does not keep for good, from what event, what then happens to it, and why',
        params: z.object({ orgId: z.uuid('must be an organisation id') }),
        response: { 200: z.array(entry) },
      },
    },
    async () => [...retention],
  );
};
