import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import * as communications from './communications.ts';
import { AUDIENCES, COMMUNICATION_KINDS, STAGES } from './communications-rules.ts';
import type { ProgrammesContext } from './service.ts';

// Communications and webinars at key stages (001 §6.1.4): the team's schedule for a cohort, adding,
// changing and cancelling what is not yet sent, and a participant's webinars to come. Added to the
// programmes' routes by their plugin.

const tags = ['programmes'];
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const cohortParams = orgParams.extend({ cohortId: idOf('a cohort') });
const communicationParams = orgParams.extend({ communicationId: idOf('a message') });
const participantParams = orgParams.extend({ participantId: idOf('a participant') });

const fields = {
  kind: z.enum(COMMUNICATION_KINDS),
  title: z.string().max(200, 'must be at most 200 characters'),
  body: z.string().max(20_000, 'must be at most 20,000 characters'),
  stage: z.enum(STAGES),
  offsetDays: z.number().int('must be a whole number of days'),
  time: z.string().max(5, 'must be a time of day as HH:MM'),
  audience: z.enum(AUDIENCES),
  joinUrl: z.string().max(2000, 'must be at most 2,000 characters').nullable(),
};

const communication = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  kind: z.enum(COMMUNICATION_KINDS),
  defaultKey: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  stage: z.enum(STAGES),
  stageWords: z.string(),
  offsetDays: z.number(),
  time: z.string(),
  audience: z.enum(AUDIENCES),
  audienceWords: z.string(),
  joinUrl: z.string().nullable(),
  /** When it happens: a message sent, a webinar held. */
  at: z.date(),
  /** When it goes out: a webinar's invitation a week before. */
  sendAt: z.date(),
  sentAt: z.date().nullable(),
  /** How many participants it was sent to. */
  sentCount: z.number().nullable(),
  cancelledAt: z.date().nullable(),
  allowed: allowedActions,
});

export function communicationsRoutes(app: Parameters<FastifyPluginAsyncZod>[0], ctx: ProgrammesContext) {
  app.get(
    '/api/orgs/:orgId/programme-cohorts/:cohortId/communications',
    {
      config: { access: 'programme.manage' },
      schema: { tags, summary: "A cohort's messages and webinars at its key stages, in the order they happen, with what was sent, when and to how many", params: cohortParams, response: { 200: z.array(communication) } },
    },
    async (request) => communications.listCommunications(ctx, actorOf(request), request.params.cohortId),
  );

  app.post(
    '/api/orgs/:orgId/programme-cohorts/:cohortId/communications',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags,
        summary: 'Add a message or a webinar (with its https joining link) to a cohort, at a stage and a number of days from it, for the participants it is for',
        params: cohortParams,
        body: z.strictObject({ ...fields, joinUrl: fields.joinUrl.optional().default(null) }),
        response: { 201: communication },
      },
    },
    async (request, reply) => reply.status(201).send(await communications.addCommunication(ctx, actorOf(request), request.params.cohortId, request.body)),
  );

  app.patch(
    '/api/orgs/:orgId/programme-communications/:communicationId',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags,
        summary: 'Change a message or webinar not yet sent; what is not given stays as it was',
        params: communicationParams,
        body: z.strictObject({ ...fields }).partial(),
        response: { 200: communication },
      },
    },
    async (request) => communications.changeCommunication(ctx, actorOf(request), request.params.communicationId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/programme-communications/:communicationId/cancel',
    {
      config: { access: 'programme.manage' },
      schema: { tags, summary: 'Cancel a message or webinar not yet sent: nobody is sent it', params: communicationParams, response: { 200: communication } },
    },
    async (request) => communications.cancelCommunication(ctx, actorOf(request), request.params.communicationId),
  );

  app.get(
    '/api/orgs/:orgId/participants/:participantId/webinars',
    {
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary: "The webinars to come on the participant's cohort that are for them, soonest first, with their joining links",
        params: participantParams,
        response: { 200: z.array(z.object({ id: z.uuid(), title: z.string(), body: z.string(), at: z.date(), joinUrl: z.string() })) },
      },
    },
    async (request) => communications.upcomingWebinars(ctx, actorOf(request), request.params.participantId),
  );
}
