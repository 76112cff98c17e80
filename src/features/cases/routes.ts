import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import { pageQuery } from '../../platform/paging.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import { LETTER_NAMES } from './letters.ts';
import { APPEAL_RESULTS, CASE_TYPE_IDS, EVENT_TYPES, MAX_TEXT, OPENED_FROM, PANEL_KINDS, STAGES, STEP_ACTIONS, type CaseEventType } from './rules.ts';
import * as service from './service.ts';

const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const caseParams = orgParams.extend({ caseId: idOf('a case') });
const words = z.string().trim().max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
const note = words.optional();
const tags = ['cases'];

const person = z.object({ id: z.uuid(), name: z.string() });
const seatedPerson = z.object({ personId: z.uuid(), name: z.string(), appointedAt: z.date() });
const informationRequest = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseTitle: z.string(),
  question: z.string(),
  consentFrom: z.string().nullable(),
  dueOn: z.string(),
  askedAt: z.date(),
  answer: z.string().nullable(),
  answeredAt: z.date().nullable(),
  documents: z.array(z.object({ id: z.uuid(), fileId: z.uuid(), name: z.string(), mediaType: z.string(), size: z.number() })),
  consent: z.object({ given: z.boolean(), statement: z.string(), recordedAt: z.date() }).nullable(),
});
const letter = z.object({ id: z.uuid(), letter: z.enum(LETTER_NAMES), title: z.string(), event: z.string(), requestId: z.uuid().nullable(), size: z.number(), sentAt: z.date() });
const caseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: z.enum(CASE_TYPE_IDS),
  title: z.string(),
  stage: z.enum(STAGES),
  subjectId: z.uuid(),
  subjectName: z.string(),
  harmThreshold: z.boolean(),
  openedAt: z.date(),
  /** The London date it was opened, and how many days ago. */
  openedOn: z.string(),
  ageDays: z.number(),
  /** When the soonest of its open deadlines (and its requests') falls due, and whether that has passed. */
  nextDueAt: z.date().nullable(),
  overdue: z.boolean(),
  allowed: allowedActions,
});
const caseDetail = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: z.enum(CASE_TYPE_IDS),
  title: z.string(),
  stage: z.enum(STAGES),
  subject: person,
  named: z.array(person),
  harmThreshold: z.boolean(),
  openedFrom: z.enum(OPENED_FROM),
  declarationId: z.uuid().nullable(),
  sourceNote: z.string().nullable(),
  summary: z.string(),
  openedAt: z.date(),
  outcomes: z.array(z.string()),
  panelDecides: z.boolean(),
  decision: z.object({ outcome: z.string(), reasons: z.string(), decidedAt: z.date(), panel: z.array(z.object({ personId: z.uuid(), kind: z.enum(PANEL_KINDS) })).nullable() }).nullable(),
  outcome: z.object({ outcome: z.string(), issuedAt: z.date() }).nullable(),
  appeal: z.object({ grounds: z.string(), lodgedAt: z.date(), result: z.enum(APPEAL_RESULTS).nullable() }).nullable(),
  appealCloses: z.date().nullable(),
  closedAt: z.date().nullable(),
  officers: z.array(seatedPerson),
  panel: z.array(seatedPerson.extend({ kind: z.enum(PANEL_KINDS) })),
  recusals: z.array(z.object({ personId: z.uuid(), name: z.string(), ground: z.enum(['declared', 'named', 'stepped_aside']), reason: z.string().nullable(), recordedAt: z.date() })),
  chronology: z.array(
    z.object({
      id: z.uuid(),
      event: z.string(),
      fromStage: z.enum(STAGES).nullable(),
      toStage: z.enum(STAGES).nullable(),
      at: z.date(),
      actorId: z.uuid(),
      actorName: z.string(),
      personId: z.uuid().nullable(),
      personName: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  informationRequests: z.array(informationRequest),
  letters: z.array(letter),
  /** The open deadlines of the case and of its requests, soonest first. */
  dueNext: z.array(z.object({ id: z.uuid(), kind: z.string(), title: z.string(), dueAt: z.date(), ownerName: z.string(), overdue: z.boolean() })),
  /** The steps the case's state machine takes from here that the signed-in person may take, and the stages it may move on to. */
  steps: z.array(z.enum(EVENT_TYPES.filter((e) => e !== 'open') as [Exclude<CaseEventType, 'open'>, ...Exclude<CaseEventType, 'open'>[]])),
  advanceTo: z.array(z.enum(STAGES)),
  allowed: allowedActions,
});
const myCase = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: z.enum(CASE_TYPE_IDS),
  title: z.string(),
  openedAt: z.date(),
  outcome: z.object({ outcome: z.string(), issuedAt: z.date() }).nullable(),
  appealCloses: z.date().nullable(),
  closedAt: z.date().nullable(),
  requests: z.array(informationRequest.extend({ allowed: allowedActions })),
  letters: z.array(letter),
});
const counts = <K extends readonly [string, ...string[]]>(keys: K) => z.array(z.object({ key: z.enum(keys), count: z.number().nullable() }));

/** Each step of the lifecycle but opening, at its own address, with what it carries; the action it needs is the rules'. */
const STEPS: Record<Exclude<CaseEventType, 'open'>, { path: string; summary: string; body: z.ZodType }> = {
  advance: { path: 'advance', summary: 'Move a case on to a later stage of its type (it may skip one, never go back)', body: z.strictObject({ to: z.enum(STAGES), note }) },
  request_information: {
    path: 'information-requests',
    summary: 'Ask the person the case is about for information by a day (000 provision 8), and, if asked, for their consent to disclosure by a third party',
    body: z.strictObject({ question: words.min(1, 'is required'), dueOn: z.iso.date('must be a date as YYYY-MM-DD'), consentFrom: z.string().trim().min(1).max(500).optional() }),
  },
  decide: { path: 'decide', summary: 'Record the decision with its written reasons (a panel type: the panel of three that sat)', body: z.strictObject({ outcome: z.string().trim().max(60), reasons: words }) },
  issue_outcome: { path: 'issue-outcome', summary: 'Issue the decided outcome; the time to appeal starts', body: z.strictObject({ note }).nullish() },
  appeal: { path: 'appeal', summary: 'Record an appeal against the outcome, with its grounds, within the time to appeal', body: z.strictObject({ grounds: words }) },
  decide_appeal: { path: 'decide-appeal', summary: 'Decide an appeal with reasons: upheld sends the case back to be decided, dismissed closes it', body: z.strictObject({ result: z.enum(APPEAL_RESULTS), reasons: words }) },
  close: { path: 'close', summary: 'Close a case with reasons (not while a decision or appeal is pending, nor before the time to appeal has passed)', body: z.strictObject({ reasons: words }) },
};

export const caseRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config, files }) => {
  const db = database.db;
  const ctx: service.CasesContext = { db, mailer, publicUrl: config.publicUrl, files };

  app.get(
    '/api/orgs/:orgId/cases',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: 'A page of the cases I am on (as an officer or on the panel): overdue first, then by stage, oldest first; the total is in X-Total-Count',
        params: orgParams,
        querystring: z.strictObject({ type: z.enum(CASE_TYPE_IDS).optional(), stage: z.enum(STAGES).optional(), declarationId: idOf('a declaration').optional(), ...pageQuery }),
        response: { 200: z.array(caseSummary) },
      },
    },
    async (request, reply) => {
      const { total, items } = await service.listCases(db, actorOf(request), request.query);
      return reply.header('x-total-count', String(total)).send(items);
    },
  );

  app.post(
    '/api/orgs/:orgId/cases',
    {
      config: { access: 'case.open' },
      schema: {
        tags,
        summary: 'Open a case about a person of the organisation, at intake; I become its first case officer',
        params: orgParams,
        body: z.strictObject({
          type: z.enum(CASE_TYPE_IDS),
          subjectId: idOf('a person'),
          summary: words.min(1, 'is required'),
          harmThreshold: z.boolean().default(false),
          namedPersonIds: z.array(idOf('a person')).max(20).default([]),
          openedFrom: z.enum(['intake', 'concern', 'third_party']),
          sourceNote: z.string().trim().min(1).max(2000).optional(),
        }),
        response: { 201: caseDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await service.openCase(ctx, actorOf(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/cases/statistics',
    {
      config: { access: 'case.statistics' },
      schema: {
        tags,
        summary: 'Anonymised counts of cases by type, stage and outcome (opened in a year, or ever); a group under five shows no number',
        params: orgParams,
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: z.object({ year: z.number().nullable(), total: z.number().nullable(), byType: counts(CASE_TYPE_IDS), byStage: counts(STAGES), byOutcome: z.array(z.object({ key: z.string(), count: z.number().nullable() })) }) },
      },
    },
    async (request) => service.statistics(db, actorOf(request), request.query.year),
  );

  app.get(
    '/api/orgs/:orgId/cases/mine',
    {
      config: { access: 'case.respond' },
      schema: { tags, summary: 'The cases about me that put something to me: the requests for information, the letters sent to me and the outcome, never the notes', params: orgParams, response: { 200: z.array(myCase) } },
    },
    async (request) => service.myCases(db, actorOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/cases/:caseId/letters/:letterId',
    {
      config: { access: 'case.letters' },
      schema: { tags, summary: 'Download a letter the case sent, as PDF (its team, and the person it was sent to; each reading is recorded)', params: caseParams.extend({ letterId: idOf('a letter') }) },
    },
    async (request, reply) => {
      const file = await service.caseLetter(ctx, actorOf(request), request.params.caseId, request.params.letterId);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${file.name}"`).header('x-content-type-options', 'nosniff').send(file.bytes);
    },
  );

  app.get(
    '/api/orgs/:orgId/cases/:caseId',
    { config: { access: 'case.read' }, schema: { tags, summary: 'A case with its team, panel, chronology and requests for information (each read is recorded)', params: caseParams, response: { 200: caseDetail } } },
    async (request) => service.readCase(db, actorOf(request), request.params.caseId),
  );

  for (const [event, { path, summary, body }] of Object.entries(STEPS) as [keyof typeof STEPS, (typeof STEPS)[keyof typeof STEPS]][]) {
    app.post(
      `/api/orgs/:orgId/cases/:caseId/${path}`,
      { config: { access: STEP_ACTIONS[event] }, schema: { tags, summary, params: caseParams, body, response: { 200: caseDetail } } },
      // The body is the one its step's schema has just validated.
      async (request) => service.takeStep(ctx, actorOf(request), request.params.caseId, { ...(request.body as object), type: event } as service.StepInput),
    );
  }

  app.get(
    '/api/orgs/:orgId/cases/:caseId/candidates',
    {
      config: { access: 'case.team' },
      schema: { tags, summary: 'Who may be appointed as a case officer or to the panel: never anyone barred from the case', params: caseParams, response: { 200: z.object({ officers: z.array(z.object({ personId: z.uuid(), name: z.string() })), panel: z.array(z.object({ personId: z.uuid(), name: z.string() })) }) } },
    },
    async (request) => service.candidates(db, actorOf(request), request.params.caseId),
  );

  app.post(
    '/api/orgs/:orgId/cases/:caseId/officers',
    { config: { access: 'case.team' }, schema: { tags, summary: 'Appoint a case officer to the case', params: caseParams, body: z.strictObject({ personId: idOf('a person') }), response: { 200: caseDetail } } },
    async (request) => service.appoint(ctx, actorOf(request), request.params.caseId, 'officer', request.body),
  );

  app.delete(
    '/api/orgs/:orgId/cases/:caseId/officers/:personId',
    { config: { access: 'case.team' }, schema: { tags, summary: 'Take a case officer off the case (an open case keeps one)', params: caseParams.extend({ personId: idOf('a person') }), response: { 204: z.null() } } },
    async (request, reply) => {
      await service.removeFromSeat(ctx, actorOf(request), request.params.caseId, 'officer', request.params.personId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/orgs/:orgId/cases/:caseId/panel',
    {
      config: { access: 'case.team' },
      schema: { tags, summary: 'Appoint a panel member to the case, as a practitioner or a lay member', params: caseParams, body: z.strictObject({ personId: idOf('a person'), kind: z.enum(PANEL_KINDS) }), response: { 200: caseDetail } },
    },
    async (request) => service.appoint(ctx, actorOf(request), request.params.caseId, 'panel', request.body),
  );

  app.delete(
    '/api/orgs/:orgId/cases/:caseId/panel/:personId',
    { config: { access: 'case.team' }, schema: { tags, summary: 'Take a panel member off the case (not once the panel has decided)', params: caseParams.extend({ personId: idOf('a person') }), response: { 204: z.null() } } },
    async (request, reply) => {
      await service.removeFromSeat(ctx, actorOf(request), request.params.caseId, 'panel', request.params.personId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/orgs/:orgId/cases/:caseId/step-aside',
    {
      config: { access: 'case.step_aside' },
      schema: { tags, summary: 'Step aside from the case with a reason: off its team and panel, and barred from it from then on', params: caseParams, body: z.strictObject({ reason: z.string().trim().min(3, 'must say why').max(2000) }), response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.stepAside(ctx, actorOf(request), request.params.caseId, request.body.reason);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/cases/:caseId/documents/:documentId',
    { config: { access: 'case.read' }, schema: { tags, summary: 'Download a document sent with an answer (each download is recorded)', params: caseParams.extend({ documentId: idOf('a document') }) } },
    async (request, reply) => {
      const file = await service.caseDocument(ctx, actorOf(request), request.params.caseId, request.params.documentId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.name.replace(/[^\w. -]/g, '_')}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.bytes));
    },
  );

  app.get(
    '/api/orgs/:orgId/information-requests',
    { config: { access: 'case.respond' }, schema: { tags, summary: 'The requests for information put to me in cases about me: all I see of them', params: orgParams, response: { 200: z.array(informationRequest.extend({ allowed: allowedActions })) } } },
    async (request) => service.myRequests(db, actorOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/information-requests/:requestId/answer',
    {
      config: { access: 'case.respond' },
      schema: {
        tags,
        summary: 'Answer a request for information put to me, with documents I uploaded (POST /files) and, where it asks, whether I consent to disclosure by the third party',
        params: orgParams.extend({ requestId: idOf('a request for information') }),
        body: z.strictObject({ answer: words.min(1, 'is required'), fileIds: z.array(idOf('a file')).max(20).default([]), consent: z.boolean().optional() }),
        response: { 200: informationRequest.extend({ allowed: allowedActions }) },
      },
    },
    async (request) => service.answerRequest(ctx, actorOf(request), request.params.requestId, request.body),
  );
};
