import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../platform/context.ts';

const health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['embedded', 'postgres']),
  version: z.string(),
});

export const healthRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['platform'], summary: 'Whether Probity and its database answer', response: { 200: health, 503: health } } },
    async (_request, reply) => {
      const reachable = await database.pool.query('SELECT 1').then(
        () => true,
        () => false,
      );
      return reply.status(reachable ? 200 : 503).send({ status: reachable ? 'ok' : 'unavailable', database: database.kind, version: '0.1.0' });
    },
  );
};
