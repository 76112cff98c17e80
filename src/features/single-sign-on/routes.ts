import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setSessionCookie } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import * as sso from './service.ts';

const params = z.object({ provider: z.string().max(32) });
const tags = ['accounts'];

export const singleSignOnRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { config, database, mailer, secrets }) => {
  const ctx: sso.SingleSignOnContext = {
    db: database.db,
    mailer,
    secrets,
    sessions: config.sessions,
    publicUrl: config.publicUrl,
    providers: config.oidcProviders,
  };

  app.get(
    '/api/auth/providers',
    { config: { access: 'public' }, schema: { tags, summary: 'Single sign-on providers people can sign in with', response: { 200: z.array(z.object({ id: z.string(), name: z.string() })) } } },
    async () => config.oidcProviders.map(({ id, name }) => ({ id, name })),
  );

  app.get(
    '/api/auth/oidc/:provider/start',
    { config: { access: 'public' }, schema: { tags, summary: 'Go to the provider to sign in (a redirect)', params } },
    async (request, reply) => reply.redirect(await sso.start(ctx, request.params.provider)),
  );

  app.get(
    '/api/auth/oidc/:provider/callback',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Where the provider sends the browser back; signs in and redirects to the app', params, querystring: z.record(z.string(), z.string()) },
    },
    async (request, reply) => {
      try {
        const result = await sso.finish(ctx, request.params.provider, new URL(request.url, config.publicUrl), request.id);
        if (result.twoFactorRequired) return reply.redirect(`/sign-in#challenge=${result.challenge}`);
        setSessionCookie(reply, result.token, config.publicUrl.startsWith('https:'));
        return reply.redirect('/');
      } catch (error) {
        if (error instanceof sso.SignOnRefused) return reply.redirect(`/sign-in?error=sso-${error.reason}`);
        throw error;
      }
    },
  );
};
