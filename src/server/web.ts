import type { FastifyInstance } from 'fastify';

// The web app is added in the next step; until then the server answers the API only.
export async function webRoutes(_app: FastifyInstance, _options: { production: boolean }) {}
