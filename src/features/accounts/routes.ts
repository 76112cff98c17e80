import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, sessionOf, setSessionCookie } from '../../platform/auth/plugin.ts';
import { MAX_PASSWORD_LENGTH } from '../../platform/auth/passwords.ts';
import { csrfTokenFor } from '../../platform/auth/sessions.ts';
import { personalDataShape } from '../../platform/personal-data.ts';
import type { RouteContext } from '../../platform/context.ts';
import { ORGANISATION_KINDS, ROLES } from '../../platform/vocabulary.ts';
import * as accounts from './service.ts';

const email = z.email('must be an email address').max(254, 'must be at most 254 characters');
const password = z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
const token = z.string().min(1, 'is required').max(200, 'is not a valid link');
const role = z.object({
  role: z.enum(ROLES),
  academyId: z.uuid().nullable(),
  academyName: z.string().nullable(),
  regionId: z.uuid().nullable(),
  regionName: z.string().nullable(),
});
const meResponse = z.object({
  person: z.object({ id: z.uuid(), email: z.string(), givenName: z.string(), familyName: z.string() }),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.enum(ORGANISATION_KINDS), slug: z.string(), roles: z.array(role) })),
  csrfToken: z.string(),
  twoFactor: z.object({ enabled: z.boolean(), requiredBy: z.array(z.object({ id: z.uuid(), name: z.string() })) }),
});
const signedIn = z.object({ csrfToken: z.string(), personId: z.uuid() });
const signInAnswer = z.union([signedIn, z.object({ twoFactorRequired: z.literal(true), challenge: z.string() })]);
const code = z.string().trim().min(6, 'must be a 6-digit code or a recovery code').max(20, 'must be a 6-digit code or a recovery code');
const tags = ['accounts'];

const actorOfSession = (request: FastifyRequest) => ({ personId: sessionOf(request).personId, requestId: request.id });

export const accountRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { config, database, mailer, secrets, personalData }) => {
  const ctx: accounts.AccountsContext = {
    db: database.db,
    mailer,
    secrets,
    sessions: config.sessions,
    publicUrl: config.publicUrl,
  };
  const secure = config.publicUrl.startsWith('https:');

  app.post(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign in. With two-factor sign-in on, answers with a challenge to complete at /api/session/two-factor',
        body: z.strictObject({ email, password }),
        response: { 200: signInAnswer },
      },
    },
    async (request, reply) => {
      const result = await accounts.signIn(ctx, { ...request.body, address: request.ip, requestId: request.id });
      if (result.twoFactorRequired) return { twoFactorRequired: true as const, challenge: result.challenge };
      setSessionCookie(reply, result.token, secure);
      return { csrfToken: csrfTokenFor(result.token), personId: result.personId };
    },
  );

  app.post(
    '/api/session/two-factor',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Complete sign-in with a code from the authenticator app, or a recovery code',
        body: z.strictObject({ challenge: token, code }),
        response: { 200: signedIn },
      },
    },
    async (request, reply) => {
      const result = await accounts.completeTwoFactor(ctx, { ...request.body, address: request.ip, requestId: request.id });
      setSessionCookie(reply, result.token, secure);
      return { csrfToken: csrfTokenFor(result.token), personId: result.personId };
    },
  );

  const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
  app.post(
    '/api/me/two-factor/setup',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Start setting up an authenticator app (asks for the password); returns the secret to scan',
        body: z.strictObject({ password }),
        response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string() }) },
      },
    },
    async (request) => accounts.setUpTwoFactor(ctx, actorOfSession(request), request.body),
  );

  app.post(
    '/api/me/two-factor/enable',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Confirm a code from the new authenticator app; turns two-factor sign-in on and returns recovery codes', body: z.strictObject({ code }), response: { 200: recoveryCodes } },
    },
    async (request) => accounts.enableTwoFactor(ctx, actorOfSession(request), request.body),
  );

  app.post(
    '/api/me/two-factor/recovery-codes',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Replace the recovery codes (asks for the password)', body: z.strictObject({ password }), response: { 200: recoveryCodes } },
    },
    async (request) => accounts.newRecoveryCodeSet(ctx, actorOfSession(request), request.body),
  );

  app.delete(
    '/api/me/two-factor',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Turn two-factor sign-in off (asks for the password; refused where an organisation requires it)', body: z.strictObject({ password }), response: { 204: z.null() } },
    },
    async (request, reply) => {
      await accounts.disableTwoFactor(ctx, actorOfSession(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/session',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      const session = sessionOf(request);
      await accounts.signOut(ctx, session.token, { personId: session.personId, requestId: request.id }, false);
      clearSessionCookie(reply, secure);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/sessions',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Sign out everywhere: end every session of the signed-in person', response: { 204: z.null() } } },
    async (request, reply) => {
      const session = sessionOf(request);
      await accounts.signOut(ctx, session.token, { personId: session.personId, requestId: request.id }, true);
      clearSessionCookie(reply, secure);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'The signed-in person, their organisations and roles', response: { 200: meResponse } } },
    async (request) => {
      const session = sessionOf(request);
      return { ...(await accounts.me(database.db, session.personId)), csrfToken: csrfTokenFor(session.token) };
    },
  );

  app.put(
    '/api/me/password',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Change password (asks for the current one; ends every other session)',
        body: z.strictObject({ currentPassword: password, newPassword: password }),
        response: { 200: signedIn },
      },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      const newToken = await accounts.changePassword(ctx, { personId: session.personId, requestId: request.id }, request.body);
      setSessionCookie(reply, newToken, secure);
      return { csrfToken: csrfTokenFor(newToken), personId: session.personId };
    },
  );

  app.get(
    '/api/me/export',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Everything Probity holds about the signed-in person, as JSON (data protection: right of access)',
        response: {
          200: z.object({
            exportedAt: z.date(),
            person: z.object({ id: z.uuid(), email: z.string(), givenName: z.string(), familyName: z.string(), createdAt: z.date(), disabledAt: z.date().nullable(), twoFactor: z.boolean() }),
            roles: z.array(z.object({ organisation: z.string(), role: z.string(), academy: z.string().nullable(), region: z.string().nullable(), since: z.date() })),
            employments: z.array(z.object({ organisation: z.string(), academy: z.string().nullable(), jobRole: z.string(), startedOn: z.string().nullable(), endedOn: z.string().nullable() })),
            memberships: z.array(z.object({ organisation: z.string(), memberNumber: z.string(), status: z.string(), conditions: z.string().nullable(), selfEmployed: z.boolean(), joinedOn: z.string().nullable() })),
            sessions: z.array(z.object({ createdAt: z.date(), lastSeenAt: z.date(), expiresAt: z.date() })),
            notifications: z.array(z.object({ title: z.string(), body: z.string(), createdAt: z.date(), readAt: z.date().nullable() })),
            ...personalDataShape(personalData),
            auditTrail: z.array(z.object({ at: z.date(), action: z.string(), recordType: z.string(), recordId: z.string().nullable(), byThemself: z.boolean() })),
          }),
        },
      },
    },
    async (request, reply) => {
      reply.header('content-disposition', 'attachment; filename="probity-my-data.json"');
      return accounts.exportOwnData(database.db, actorOfSession(request), personalData);
    },
  );

  app.put(
    '/api/me/email',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Change the sign-in email (asks for the password; the old address is told)', body: z.strictObject({ password, email }), response: { 204: z.null() } },
    },
    async (request, reply) => {
      await accounts.changeEmail(ctx, actorOfSession(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/password-reset',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: { tags, summary: 'Email a password reset link (answers the same whether or not the account exists)', body: z.strictObject({ email }), response: { 202: z.null() } },
    },
    async (request, reply) => {
      await accounts.requestPasswordReset(ctx, { email: request.body.email, requestId: request.id });
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/api/password-reset/complete',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '15 minutes' } },
      schema: { tags, summary: 'Set a new password with an emailed reset token', body: z.strictObject({ token, password }), response: { 200: z.object({ email: z.string() }) } },
    },
    async (request) => accounts.completePasswordReset(ctx, { ...request.body, requestId: request.id }),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '15 minutes' } },
      schema: { tags, summary: 'Accept an invitation by choosing a password', body: z.strictObject({ token, password }), response: { 200: z.object({ email: z.string() }) } },
    },
    async (request) => accounts.acceptInvitation(ctx, { ...request.body, requestId: request.id }),
  );
};
