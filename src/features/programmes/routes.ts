import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import { pageQuery } from '../../platform/paging.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import { CHANNELS, EVENT_TYPES, MARKING_STAGES, OUTCOMES, PROGRAMME_IDS, STATES } from './rules.ts';
import * as service from './service.ts';
import * as support from './support.ts';
import { programmePeopleRoute } from './people.ts';
import { appointingRoutes } from './appointing.ts';
import { communicationsRoutes } from './communications-routes.ts';
import { evidenceRoutes } from './evidence-routes.ts';

// Professional status programmes (001): the programmes a body runs and their cohorts, registration, the
// participant's portfolio, each step of the lifecycle, and a cohort's sample, release and dashboard.

const tags = ['programmes'];
const MAX_TEXT = 20_000;
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const programmeParams = orgParams.extend({ programmeId: z.enum(PROGRAMME_IDS) });
const participantParams = orgParams.extend({ participantId: idOf('a participant') });
const cohortParams = orgParams.extend({ cohortId: idOf('a cohort') });
const words = z.string().max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);

const citation = z.object({ code: z.string(), version: z.string(), provisions: z.array(z.string()).readonly() });
const cohort = z.object({
  id: z.uuid(),
  programme: z.enum(PROGRAMME_IDS),
  adjustmentsBy: z.string(),
  startsOn: z.string(),
  submissionDeadline: z.string(),
  reviewEnds: z.string(),
  resubmissionDeadline: z.string(),
  resubmissionReviewEnds: z.string(),
});
const fees = z.object({ registrationPence: z.number().int().min(0).max(10_000_000), restartPence: z.number().int().min(0).max(10_000_000) });
const programme = z.object({
  id: z.enum(PROGRAMME_IDS),
  title: z.string(),
  leadsTo: z.string(),
  months: z.number(),
  supportRole: z.enum(['supporter', 'mentor']),
  bodyMayAppoint: z.boolean(),
  cites: z.array(citation).readonly(),
  terms: citation,
  sections: z.array(z.object({ key: z.string(), title: z.string(), guidance: z.string(), cites: z.array(citation).readonly() })).readonly(),
  eligibility: z.array(z.object({ key: z.string(), text: z.string(), eligibleIf: z.boolean().nullable(), cites: z.array(citation).readonly() })).readonly(),
  channels: z.array(z.enum(CHANNELS)).readonly(),
  fees,
  supportRequestLimit: z.number(),
  moderationRatePercent: z.number(),
  blindReview: z.boolean(),
  resubmissionMonths: z.number(),
});
/** How the person asking stands to the participant: what they are shown follows from it. */
const standing = z.enum(['participant', 'support', 'reviewer', 'team', 'moderator']);
const named = z.object({ id: z.uuid(), name: z.string() });
const review = z.object({ criterion: z.string(), outcome: z.enum(OUTCOMES), feedback: z.string() });
const participant = z.object({
  id: z.uuid(),
  programme: z.enum(PROGRAMME_IDS),
  programmeTitle: z.string(),
  cohort,
  state: z.enum(STATES),
  standing: standing,
  /** The participant's name, or under blind review the identifier their reviewer knows them by. */
  name: z.string(),
  /** The supporter or mentor, named to all who follow the portfolio but a reviewer under blind review (rules: namesShown). */
  supporter: named.nullable(),
  /** The allocated reviewer, named to the participant and their supporter or mentor only where review is not blind. */
  reviewer: named.nullable(),
  /** The deadlines that apply to this participant: the cohort's, moved by agreed adjustments. */
  deadlines: z.object({ submissionDeadline: z.string(), resubmissionDeadline: z.string() }),
  sections: z.array(z.object({ key: z.string(), title: z.string(), guidance: z.string(), text: z.string().nullable() })),
  lockedCopies: z.array(z.object({ attempt: z.number(), contentHash: z.string(), lockedAt: z.date(), content: z.record(z.string(), z.string()) })),
  steps: z.array(z.enum(EVENT_TYPES as [string, ...string[]])),
  view: z.object({
    state: z.enum(STATES),
    support: z.object({ role: z.enum(['supporter', 'mentor']), personId: z.uuid(), appointedBy: z.enum(['participant', 'body']) }).nullable(),
    feeOwedPence: z.number(),
    restart: z.object({ reason: z.enum(['second_not_met', 'late_resubmission', 'missed_submission']), feeOwedPence: z.number() }).nullable(),
    withdrawal: z.object({ reason: z.string(), at: z.date() }).nullable(),
    submissions: z.array(
      z.union([
        z.object({
          attempt: z.number(),
          lockedAt: z.date(),
          contentHash: z.string(),
          released: z.literal(true),
          releasedAt: z.date(),
          outcome: z.enum(OUTCOMES).nullable(),
          feedback: z.array(review),
          moderationReasons: z.string().nullable(),
        }),
        z.object({ attempt: z.number(), lockedAt: z.date(), contentHash: z.string(), released: z.literal(false) }),
      ]),
    ),
  }),
  /** The marking as reviewers, moderators and the team see it; null for the participant and their supporter or mentor. */
  marking: z
    .array(
      z.object({
        attempt: z.number(),
        stage: z.enum(MARKING_STAGES),
        reviewerId: z.uuid().nullable(),
        reviews: z.array(review.extend({ at: z.date() })).readonly(),
        reviewOutcome: z.enum(OUTCOMES).nullable(),
        sampled: z.boolean().nullable(),
        moderation: z.object({ moderatorId: z.uuid(), decision: z.enum(['confirm', 'change']), reasons: z.string(), at: z.date() }).nullable(),
        moderatorNotes: z.array(z.object({ by: z.uuid(), note: z.string(), at: z.date() })).readonly(),
        outcome: z.enum(OUTCOMES).nullable(),
        releasedAt: z.date().nullable(),
      }),
    )
    .nullable(),
});

const stepBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('await_mentor') }),
  z.strictObject({ type: z.literal('begin') }),
  z.strictObject({ type: z.literal('lapse') }),
  z.strictObject({ type: z.enum(['submit', 'resubmit', 'complete_review']) }),
  z.strictObject({ type: z.literal('arrange_support'), personId: idOf('a person') }),
  z.strictObject({ type: z.literal('allocate_reviewer'), reviewerId: idOf('a person') }),
  z.strictObject({ type: z.literal('review_criterion'), criterion: z.string().max(100), outcome: z.enum(OUTCOMES), feedback: words }),
  z.strictObject({ type: z.literal('sample'), sampled: z.boolean() }),
  z.strictObject({ type: z.literal('moderate'), decision: z.enum(['confirm', 'change']), reasons: words, note: words.optional() }),
  z.strictObject({ type: z.literal('restart'), cohortId: idOf('a cohort') }),
  z.strictObject({ type: z.literal('withdraw'), reason: words }),
]);

const arrangement = z.object({
  extraSupportRequests: z.number().int(),
  submissionExtensionDays: z.number().int(),
  resubmissionExtensionDays: z.number().int(),
  supportDuringReview: z.boolean(),
  other: words,
});
/** Where an appeal stands against its 10 working days (rules: appealStanding). */
const appealStanding = z.enum(['awaiting_response', 'overdue', 'responded', 'responded_late']);
const supportView = z.object({
  channels: z.array(z.object({ channel: z.enum(CHANNELS), title: z.string(), answeredBy: z.string() })),
  limit: z.number(),
  left: z.number(),
  arrangement,
  requests: z.array(z.object({ id: z.uuid(), channel: z.enum(CHANNELS), question: z.string(), askedAt: z.date(), answer: z.string().nullable(), answeredAt: z.date().nullable() })),
  adjustments: z.array(
    z.object({
      id: z.uuid(),
      needs: z.string(),
      requestedAt: z.date(),
      late: z.boolean(),
      beforeStart: z.boolean(),
      decision: z.object({ agreed: z.boolean(), arrangement: arrangement.nullable(), reasons: z.string(), decidedAt: z.date() }).nullable(),
    }),
  ),
  appeals: z.array(
    z.object({
      id: z.uuid(),
      grounds: z.string(),
      lodgedAt: z.date(),
      responseDueOn: z.string(),
      response: z.string().nullable(),
      respondedAt: z.date().nullable(),
      standing: appealStanding,
    }),
  ),
  allowed: allowedActions,
});
const supportParams = participantParams.extend({ requestId: idOf('a support request') });
/** Whose request it is, in the team's queue: the participant, their programme and the start of their cohort. */
const queued = { id: z.uuid(), participantId: z.uuid(), name: z.string(), programme: z.enum(PROGRAMME_IDS), startsOn: z.string() };

export const programmeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config, files }) => {
  const ctx: service.ProgrammesContext = { db: database.db, mailer, publicUrl: config.publicUrl };
  programmePeopleRoute(app, database.db);
  appointingRoutes(app, ctx, participant);
  communicationsRoutes(app, ctx);
  evidenceRoutes(app, { ...ctx, files });

  app.get(
    '/api/orgs/:orgId/programmes',
    {
      config: { access: 'organisation.read' },
      schema: {
        tags,
        summary: 'The professional status programmes the organisation runs, as it runs them, with their cohorts and dates; none unless it is a professional body',
        params: orgParams,
        response: { 200: z.array(programme.extend({ cohorts: z.array(cohort), allowed: allowedActions })) },
      },
    },
    async (request) => service.listProgrammes(ctx, actorOf(request)),
  );

  app.put(
    '/api/orgs/:orgId/programmes/:programmeId/settings',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags,
        summary: "Set the organisation's fees, fair-use limit, moderation rate, blind review and time to resubmit for a programme",
        params: programmeParams,
        body: z.strictObject({
          fees: fees.optional(),
          supportRequestLimit: z.number().int().optional(),
          moderationRatePercent: z.number().int().optional(),
          blindReview: z.boolean().optional(),
          resubmissionMonths: z.number().int().optional(),
        }),
        response: { 200: programme },
      },
    },
    async (request) => service.setProgrammeSettings(ctx, actorOf(request), request.params.programmeId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/programmes/:programmeId/cohorts',
    {
      config: { access: 'programme.manage' },
      schema: { tags, summary: 'Open a cohort of a programme on the day it starts; its deadlines follow from that day', params: programmeParams, body: z.strictObject({ startsOn: z.iso.date() }), response: { 201: cohort } },
    },
    async (request, reply) => reply.status(201).send(await service.openCohort(ctx, actorOf(request), request.params.programmeId, request.body.startsOn)),
  );

  app.post(
    '/api/orgs/:orgId/programmes/:programmeId/registrations',
    {
      config: { access: 'programme.register' },
      schema: {
        tags,
        summary: "Register on a cohort that has not started, answering the programme's eligibility questions and accepting its terms; issues my portfolio",
        params: programmeParams,
        body: z.strictObject({ cohortId: idOf('a cohort'), answers: z.record(z.string().max(100), z.boolean()), acceptTerms: z.boolean() }),
        response: { 201: participant },
      },
    },
    async (request, reply) => reply.status(201).send(await service.registerOn(ctx, actorOf(request), request.params.programmeId, request.body)),
  );

  app.get(
    '/api/orgs/:orgId/participants',
    {
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary: 'A page of the participants I may see: the team all, a reviewer those allocated, a supporter or mentor theirs, a participant their own; the total is in X-Total-Count',
        params: orgParams,
        querystring: z.strictObject({ cohortId: idOf('a cohort').optional(), state: z.enum(STATES).optional(), ...pageQuery }),
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              programme: z.enum(PROGRAMME_IDS),
              cohortId: z.uuid(),
              startsOn: z.string(),
              name: z.string(),
              state: z.enum(STATES),
              markingStage: z.enum(MARKING_STAGES).nullable(),
              standing: standing,
            }),
          ),
        },
      },
    },
    async (request, reply) => {
      const { total, items } = await service.listParticipants(ctx, actorOf(request), request.query);
      return reply.header('x-total-count', String(total)).send(items);
    },
  );

  app.get(
    '/api/orgs/:orgId/participants/:participantId',
    {
      config: { access: 'programme.read' },
      schema: { tags, summary: 'A participant and their portfolio, as far as I may see them; the marking only once released to the participant', params: participantParams, response: { 200: participant } },
    },
    async (request) => service.readParticipant(ctx, actorOf(request), request.params.participantId),
  );

  app.put(
    '/api/orgs/:orgId/participants/:participantId/portfolio/:section',
    {
      config: { access: 'programme.participate' },
      schema: {
        tags,
        summary: 'Write a section of my portfolio while it is mine to write; a submitted portfolio is locked',
        params: participantParams.extend({ section: z.string().max(100) }),
        body: z.strictObject({ text: words }),
        response: { 200: participant },
      },
    },
    async (request) => service.writeSection(ctx, actorOf(request), request.params.participantId, request.params.section, request.body.text),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/steps',
    {
      // Each step asks the policy for its own action (rules: TRANSITIONS): the participant's, the team's, the reviewer's, a moderator's.
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary: "Take a step of the participant's lifecycle: arrange support, start, submit, allocate a reviewer, review, moderate, resubmit, lapse, re-start or withdraw",
        params: participantParams,
        body: stepBody,
        response: { 200: participant },
      },
    },
    async (request) => service.takeStep(ctx, actorOf(request), request.params.participantId, request.body),
  );

  app.get(
    '/api/orgs/:orgId/programme-cohorts/:cohortId',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags,
        summary: "A cohort's dashboard: its dates, the funnel from registered to awarded, re-started or withdrawn, and its marking by stage",
        params: cohortParams,
        response: {
          200: z.object({
            cohort,
            programmeTitle: z.string(),
            funnel: z.object({ registered: z.number(), submitted: z.number(), awarded: z.number(), restarted: z.number(), withdrawn: z.number() }),
            byState: z.partialRecord(z.enum(STATES), z.number()),
            marking: z.partialRecord(z.enum(MARKING_STAGES), z.number()),
            open: z.number(),
          }),
        },
      },
    },
    async (request) => service.cohortDashboard(ctx, actorOf(request), request.params.cohortId),
  );

  app.post(
    '/api/orgs/:orgId/programme-cohorts/:cohortId/sample',
    {
      config: { access: 'programme.moderate' },
      schema: {
        tags,
        summary: "Draw the moderation sample of the cohort's completed reviews: every \"criteria not met\" and met ones up to the programme's rate",
        params: cohortParams,
        response: { 200: z.object({ sampled: z.array(z.uuid()), notSampled: z.array(z.uuid()) }) },
      },
    },
    async (request) => service.drawSample(ctx, actorOf(request), request.params.cohortId),
  );

  app.post(
    '/api/orgs/:orgId/programme-cohorts/:cohortId/release',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags,
        summary: "Release the cohort's outcomes together, once every review is moderated or stood outside the sample; nothing is released if any is not ready",
        params: cohortParams,
        response: { 200: z.object({ released: z.array(z.object({ id: z.uuid(), state: z.enum(STATES) })) }) },
      },
    },
    async (request) => service.releaseCohort(ctx, actorOf(request), request.params.cohortId),
  );
  app.get(
    '/api/orgs/:orgId/participants/:participantId/support',
    {
      config: { access: 'programme.read' },
      schema: { tags, summary: "A participant's support requests and how many are left, their adjustments and what they add up to, and their appeals", params: participantParams, response: { 200: supportView } },
    },
    async (request) => support.supportOf(ctx, actorOf(request), request.params.participantId),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/support-requests',
    {
      config: { access: 'programme.participate' },
      schema: {
        tags,
        summary: 'Ask for support through a channel of my programme, within its fair-use limit',
        params: participantParams,
        body: z.strictObject({ channel: z.enum(CHANNELS), question: words }),
        response: { 201: supportView },
      },
    },
    async (request, reply) => reply.status(201).send(await support.askForSupport(ctx, actorOf(request), request.params.participantId, request.body)),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/support-requests/:requestId/answer',
    {
      config: { access: 'programme.manage' },
      schema: { tags, summary: 'Answer a support request, once, in words', params: supportParams, body: z.strictObject({ text: words }), response: { 200: supportView } },
    },
    async (request) => support.answerSupport(ctx, actorOf(request), request.params.participantId, request.params.requestId, request.body.text),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/adjustments',
    {
      config: { access: 'programme.participate' },
      schema: {
        tags,
        summary: 'Ask for reasonable adjustments: recorded whenever asked, flagged when later than a month before the programme starts',
        params: participantParams,
        body: z.strictObject({ needs: words }),
        response: { 201: supportView },
      },
    },
    async (request, reply) => reply.status(201).send(await support.askForAdjustment(ctx, actorOf(request), request.params.participantId, request.body.needs)),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/adjustments/:adjustmentId/decision',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags,
        summary: 'Decide a request for adjustments, once, with reasons: agreed with what it changes, or declined',
        params: participantParams.extend({ adjustmentId: idOf('an adjustment request') }),
        body: z.strictObject({ agreed: z.boolean(), arrangement: arrangement.strict().optional(), reasons: words }),
        response: { 200: supportView },
      },
    },
    async (request) => support.decideAdjustmentFor(ctx, actorOf(request), request.params.participantId, request.params.adjustmentId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/appeals',
    {
      config: { access: 'programme.participate' },
      schema: {
        tags,
        summary: 'Appeal against the sufficiency of support; the written response is due within 10 working days',
        params: participantParams,
        body: z.strictObject({ grounds: words }),
        response: { 201: supportView },
      },
    },
    async (request, reply) => reply.status(201).send(await support.appeal(ctx, actorOf(request), request.params.participantId, request.body.grounds)),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/appeals/:appealId/response',
    {
      config: { access: 'programme.manage' },
      schema: { tags, summary: 'Respond in writing to an appeal, once', params: participantParams.extend({ appealId: idOf('an appeal') }), body: z.strictObject({ text: words }), response: { 200: supportView } },
    },
    async (request) => support.respondToAppealFor(ctx, actorOf(request), request.params.participantId, request.params.appealId, request.body.text),
  );

  app.get(
    '/api/orgs/:orgId/programme-support',
    {
      config: { access: 'programme.manage' },
      schema: {
        tags,
        summary: "The team's queue across cohorts: support requests not yet answered, requests for adjustments not yet decided and appeals awaiting their response, oldest first, overdue appeals before the rest",
        params: orgParams,
        response: {
          200: z.object({
            requests: z.array(z.object({ ...queued, channel: z.enum(CHANNELS), question: z.string(), askedAt: z.date() })),
            adjustments: z.array(z.object({ ...queued, needs: z.string(), requestedAt: z.date(), late: z.boolean(), beforeStart: z.boolean() })),
            appeals: z.array(
              z.object({
                ...queued,
                grounds: z.string(),
                lodgedAt: z.date(),
                responseDueOn: z.string(),
                standing: appealStanding,
              }),
            ),
          }),
        },
      },
    },
    async (request) => support.openSupport(ctx, actorOf(request)),
  );
};
