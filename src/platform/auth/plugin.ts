import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../../db/index.ts';
import { Forbidden, NotFound, Problem, Unauthorized } from '../errors.ts';
import { can, type Action, type Actor } from '../policy.ts';
import { csrfMatches, resolveSession, type SessionPolicy } from './sessions.ts';

/**
 * What a route needs: 'public' (anyone), 'signed-in' (any signed-in person, outside any organisation),
 * or an action checked by the policy in the organisation named by the route's :orgId.
 */
export type RouteAccess = Action | 'public' | 'signed-in';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    session: { token: string; personId: string } | null;
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every /api route with the access it declared, for the access-control matrix test. */
    apiRoutes: { method: string; url: string; access: RouteAccess }[];
  }
}

export interface AuthOptions {
  db: Db;
  sessions: SessionPolicy;
  secureCookies: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionCookieName(secure: boolean): string {
  // The __Host- prefix needs the Secure attribute, which browsers accept only over HTTPS.
  return secure ? '__Host-probity_session' : 'probity_session';
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(sessionCookieName(secure), token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** The actor of a route that declared an organisation action; the plugin has already made sure there is one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Unauthorized();
  return request.actor;
}

export function sessionOf(request: FastifyRequest): { token: string; personId: string } {
  if (!request.session) throw new Unauthorized();
  return request.session;
}

export const auth = fp(async (app: FastifyInstance, options: AuthOptions) => {
  const cookieName = sessionCookieName(options.secureCookies);
  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);
  app.decorate('apiRoutes', []);

  // Default deny: an API route that does not say what it needs refuses to be registered.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access.`);
    if (access !== 'public' && access !== 'signed-in' && !route.url.includes(':orgId')) {
      throw new Error(`Route ${route.url} checks ${access}, which needs an :orgId in its path.`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access });
    }
  });

  // Before validation: a person who may not use a route learns nothing from it, not even what input it wants.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const token = request.cookies[cookieName];
    const orgId = (request.params as { orgId?: string }).orgId ?? '';
    // One round trip: the session, and the person's grants in the route's organisation with what they need of a second factor.
    const session = token ? await resolveSession(options.db, token, options.sessions, access !== 'signed-in' && UUID.test(orgId) ? orgId : null) : null;
    if (!token || !session) throw new Unauthorized();
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(token, request.headers['x-csrf-token'] as string | undefined)) {
      throw new Forbidden('x-csrf-token: missing or does not match this session; sign in again to get a new one');
    }
    request.session = { token, personId: session.personId };
    if (access === 'signed-in') return;

    const { grants } = session;
    // An organisation the person has no role in answers exactly as one that does not exist.
    if (grants.length === 0) throw new NotFound('organisation');
    if (session.secondFactorMissing) {
      throw new Problem(403, '/problems/two-factor-required', 'Two-factor sign-in required', 'This organisation requires two-factor sign-in for your role. Turn it on in your account first.');
    }
    request.actor = { personId: session.personId, requestId: request.id, organisationId: orgId, roles: grants };
    if (!can(request.actor, access)) throw new Forbidden(`Your roles here do not allow ${access}.`);
  });
}, { name: 'auth' });
