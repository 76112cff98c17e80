import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionOf } from '../platform/auth/plugin.ts';

// The baseline of `npm run bench`: the least a signed-in read costs through this server. It passes through
// the same Fastify, hooks, cookie parsing, rate limit and auth plugin as every route, and the session check
// is its one database query (the sessions table by its primary key); it then answers with no more work.
// Each route's figure is reported as a fraction of this one, measured in the same run.
//
// It exists only when the benchmark starts the server, which sets PROBITY_BENCH_BASELINE=1; a normal start
// never registers it (bench-baseline.db.test.ts shows it is absent then), and it stays out of the OpenAPI
// document either way.

export const BENCH_BASELINE_SETTING = 'PROBITY_BENCH_BASELINE';
export const BENCH_BASELINE_URL = '/api/bench/baseline';

export const benchBaselineWanted = (env: NodeJS.ProcessEnv = process.env): boolean => env[BENCH_BASELINE_SETTING] === '1';

export const benchBaselineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    BENCH_BASELINE_URL,
    { config: { access: 'signed-in' }, schema: { hide: true, response: { 200: z.object({ personId: z.uuid() }) } } },
    async (request) => ({ personId: sessionOf(request).personId }),
  );
};
