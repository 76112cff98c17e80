import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z, type ZodType } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import * as invitations from './invitations.ts';
import * as mentors from './mentors.ts';
import type { ProgrammesContext } from './service.ts';

// The routes that appoint a participant's supporter or mentor (001 §6.1.2, §6.1.3): the team's mentor pool,
// an ATS participant asking the body for a mentor, and a participant's invitation to their own supporter,
// accepted through its emailed link. Added to the programmes' routes by their plugin.

const tags = ['programmes'];
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const participantParams = orgParams.extend({ participantId: idOf('a participant') });
const mentorParams = orgParams.extend({ personId: idOf('a person') });
const subjects = z.array(z.string().trim().min(1, 'is empty').max(100, 'must be at most 100 characters')).max(20, 'at most 20 subjects');
const capacity = z.number().int('must be a whole number');
const token = z.string().min(1, 'is required').max(200, 'is not a valid link');

const pool = z.object({
  mentors: z.array(z.object({ personId: z.uuid(), name: z.string(), email: z.string(), capacity: z.number(), load: z.number(), subjects: z.array(z.string()), available: z.boolean() })),
  /** Those waiting for a mentor, first asked first: they are served in this order. */
  waiting: z.array(z.object({ participantId: z.uuid(), name: z.string(), startsOn: z.string(), subject: z.string().nullable(), askedAt: z.date() })),
  allowed: allowedActions,
});
const invitation = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  invitedAt: z.date(),
  expiresAt: z.date(),
  acceptedAt: z.date().nullable(),
  withdrawnAt: z.date().nullable(),
  standing: z.enum(['pending', 'accepted', 'withdrawn', 'expired']),
});

export function appointingRoutes(app: Parameters<FastifyPluginAsyncZod>[0], ctx: ProgrammesContext, participant: ZodType) {
  app.get(
    '/api/orgs/:orgId/mentor-pool',
    {
      config: { access: 'programme.manage' },
      schema: { tags, summary: 'The mentor pool, each mentor with their capacity, load now and subjects, and those waiting for a mentor, first asked first', params: orgParams, response: { 200: pool } },
    },
    async (request) => mentors.listPool(ctx, actorOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/mentor-pool',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags,
        summary: 'Add a person of the body to the mentor pool by their email, with how many participants they take at once and their subjects; those waiting are served',
        params: orgParams,
        body: z.strictObject({ email: z.email('must be an email address').max(320), capacity, subjects: subjects.default([]), available: z.boolean().optional() }),
        response: { 201: pool },
      },
    },
    async (request, reply) => reply.status(201).send(await mentors.addMentor(ctx, actorOf(request), request.body)),
  );

  app.patch(
    '/api/orgs/:orgId/mentor-pool/:personId',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags,
        summary: "Change a pool mentor's capacity (never below those they mentor now), subjects or availability; those waiting are served",
        params: mentorParams,
        body: z.strictObject({ capacity: capacity.optional(), subjects: subjects.optional(), available: z.boolean().optional() }),
        response: { 200: pool },
      },
    },
    async (request) => mentors.changeMentor(ctx, actorOf(request), request.params.personId, request.body),
  );

  app.delete(
    '/api/orgs/:orgId/mentor-pool/:personId',
    {
      config: { access: 'programme.manage' },
      schema: { tags, summary: 'Take a mentor out of the pool; those they mentor keep them', params: mentorParams, response: { 200: pool } },
    },
    async (request) => mentors.removeMentor(ctx, actorOf(request), request.params.personId),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/mentor-request',
    {
      config: { access: 'programme.participate' },
      schema: {
        tags,
        summary: 'Ask the body to appoint my mentor from its pool (ATS), with the subject I teach: matched now if one is free, or waiting, served first come first served',
        params: participantParams,
        body: z.strictObject({ subject: z.string().trim().max(100, 'must be at most 100 characters').optional() }),
        response: { 200: participant },
      },
    },
    async (request) => mentors.askForMentor(ctx, actorOf(request), request.params.participantId, request.body),
  );

  app.get(
    '/api/orgs/:orgId/participants/:participantId/supporter-invitations',
    {
      config: { access: 'programme.participate' },
      schema: { tags, summary: 'My invitations to my supporter or mentor, latest first, each pending, accepted, withdrawn or expired', params: participantParams, response: { 200: z.array(invitation) } },
    },
    async (request) => invitations.invitationsOf(ctx, actorOf(request), request.params.participantId),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/supporter-invitations',
    {
      config: { access: 'programme.participate' },
      schema: {
        tags,
        summary: 'Invite my supporter (or mentor) by name and email: they are emailed a one-time link that expires, and become my supporter when they accept',
        params: participantParams,
        body: z.strictObject({
          givenName: z.string().trim().min(1, 'is required').max(100),
          familyName: z.string().trim().min(1, 'is required').max(100),
          email: z.email('must be an email address').max(320),
        }),
        response: { 201: z.array(invitation) },
      },
    },
    async (request, reply) => reply.status(201).send(await invitations.inviteSupporter(ctx, actorOf(request), request.params.participantId, request.body)),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/supporter-invitations/:invitationId/withdraw',
    {
      config: { access: 'programme.participate' },
      schema: { tags, summary: 'Withdraw my pending invitation: its link no longer works', params: participantParams.extend({ invitationId: idOf('an invitation') }), response: { 200: z.array(invitation) } },
    },
    async (request) => invitations.withdrawInvitation(ctx, actorOf(request), request.params.participantId, request.params.invitationId),
  );

  app.post(
    '/api/supporter-invitations/look-up',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What an invitation to be a supporter or mentor asks, for the holder of its link',
        body: z.strictObject({ token }),
        response: { 200: z.object({ participantName: z.string(), programmeTitle: z.string(), role: z.enum(['supporter', 'mentor']), organisation: z.string(), organisationId: z.uuid(), email: z.string(), expiresAt: z.date() }) },
      },
    },
    async (request) => invitations.lookUpInvitation(ctx, request.body.token),
  );

  app.post(
    '/api/supporter-invitations/accept',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Accept an invitation to be a supporter or mentor, signed in as the person invited',
        body: z.strictObject({ token }),
        response: { 200: z.object({ organisationId: z.uuid(), participantId: z.uuid() }) },
      },
    },
    async (request) => invitations.acceptSupporterInvitation(ctx, request.session!.personId, request.id, request.body.token),
  );
}
