import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import * as service from './service.ts';
import { citationSchema } from '../deadlines/index.ts';

const notification = z.object({
  id: z.uuid(),
  organisationId: z.uuid().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  urgent: z.boolean(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
  /** The record the notice is about, as it is now. */
  about: z
    .object({
      type: z.literal('deadline'),
      id: z.uuid(),
      title: z.string(),
      state: z.enum(['upcoming', 'due_soon', 'overdue', 'met', 'met_late', 'waived']),
      due: z.string(),
      metAt: z.date().nullable(),
      waivedAt: z.date().nullable(),
      href: z.string(),
      citation: citationSchema.nullable(),
    })
    .nullable(),
});
const unread = z.object({ unread: z.number() });
const preferences = z.strictObject({ email: z.enum(['immediate', 'daily_digest'], 'must be immediate or daily_digest') });
const tags = ['notifications'];

// The in-app inbox: one's own notifications need no organisation, only a session.
export const notificationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const db = database.db;

  app.get(
    '/api/me/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'My inbox, newest first, with the unread count',
        querystring: z.strictObject({ unread: z.enum(['true', 'false']).default('false'), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ unread: z.number(), items: z.array(notification) }) },
      },
    },
    async (request) => service.inbox(db, sessionOf(request).personId, { unreadOnly: request.query.unread === 'true', limit: request.query.limit }),
  );

  app.post(
    '/api/me/notifications/:notificationId/read',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Mark a notification read', params: z.object({ notificationId: z.uuid('must be a notification id') }), body: z.strictObject({}).nullish(), response: { 200: unread } },
    },
    async (request) => service.markRead(db, sessionOf(request).personId, request.params.notificationId),
  );

  app.post(
    '/api/me/notifications/read-all',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'Mark every notification read', body: z.strictObject({}).nullish(), response: { 200: unread } } },
    async (request) => service.markAllRead(db, sessionOf(request).personId),
  );

  app.get(
    '/api/me/notification-preferences',
    { config: { access: 'signed-in' }, schema: { tags, summary: 'How I want notifications emailed', response: { 200: preferences } } },
    async (request) => service.preferences(db, sessionOf(request).personId),
  );

  app.put(
    '/api/me/notification-preferences',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Email each notification at once, or in one daily digest (duties that forbid delay, such as safeguarding, are always sent at once)',
        body: preferences,
        response: { 200: preferences },
      },
    },
    async (request) => service.setPreferences(db, { personId: sessionOf(request).personId, requestId: request.id }, request.body),
  );
};
