import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import { pageQuery } from '../../platform/paging.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import { citationSchema } from '../deadlines/index.ts';
import { MAX_MARKS, MAX_MARK_DESCRIPTION, VIEWS } from './body-map.ts';
import { AGENCIES, CATEGORIES, EVENT_TYPES, MAX_TEXT, OUTCOMES, STATES, TRIAGE_LEVELS, type EventType } from './rules.ts';
import { safeguardingAlertPlace } from './schema.ts';
import * as service from './service.ts';
import * as transfers from './transfer-service.ts';
import { TRANSFER_STATES } from './transfers.ts';

const tags = ['safeguarding'];
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const concernParams = orgParams.extend({ concernId: idOf('a safeguarding record') });
const deputyParams = orgParams.extend({ academyId: idOf('an academy') });
// Blank text is the rules' to refuse, naming what it needs (rules: recordConcern, transition).
const text = (max = MAX_TEXT) => z.string().max(max, `must be at most ${max} characters`);
const dateTime = z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }).transform((v) => new Date(v));
const reason = z.string().max(1000, 'must be at most 1000 characters');

const person = z.object({ id: z.uuid(), name: z.string() });
const category = z.enum(CATEGORIES, `must be chosen: one of ${CATEGORIES.join(', ')}`);
const state = z.enum(STATES);

const receipt = z.object({
  id: z.uuid(),
  category,
  state,
  recordedAt: z.date(),
  actBy: z.date(),
  alerted: z.array(z.object({ place: z.enum(safeguardingAlertPlace.enumValues), name: z.string() })),
});

const concernSummary = z.object({
  id: z.uuid(),
  academy: z.object({ id: z.uuid(), name: z.string() }),
  learnerRef: z.string(),
  category,
  state,
  seenAt: z.date(),
  recordedAt: z.date(),
  actBy: z.date(),
  allegation: z.boolean(),
  caseId: z.uuid().nullable(),
  allowed: allowedActions,
});

const concernDetail = z.object({
  id: z.uuid(),
  academy: z.object({ id: z.uuid(), name: z.string() }),
  learnerRef: z.string(),
  category,
  state,
  seenAt: z.date(),
  recordedAt: z.date(),
  recordedBy: person,
  actBy: z.date(),
  account: z.string(),
  immediateAction: z.string().nullable(),
  allegation: z.object({ staffMember: person.nullable(), caseId: z.uuid().nullable() }).nullable(),
  cites: citationSchema.nullable(),
  marks: z.array(z.object({ view: z.enum(VIEWS), x: z.number(), y: z.number(), region: z.string(), description: z.string().nullable() })),
  triage: z.object({ level: z.enum(TRIAGE_LEVELS), at: z.date() }).nullable(),
  actions: z.array(z.object({ id: z.uuid(), description: z.string(), assignee: person, dueOn: z.string().nullable(), doneAt: z.date().nullable() })),
  referrals: z.array(
    z.object({
      id: z.uuid(),
      agency: z.enum(AGENCIES),
      madeAt: z.date(),
      reference: z.string().nullable(),
      respondBy: z.date(),
      response: z.object({ at: z.date(), accepted: z.boolean() }).nullable(),
      concludeBy: z.date().nullable(),
      concludedAt: z.date().nullable(),
    }),
  ),
  outcome: z.object({ outcome: z.enum(OUTCOMES), at: z.date() }).nullable(),
  closedAt: z.date().nullable(),
  history: z.array(z.object({ event: z.string(), at: z.date(), by: person, from: state, to: state, note: z.string().nullable() })),
  access: z.array(z.object({ person, reason: z.string(), grantedAt: z.date() })),
  allowed: allowedActions,
  /** The steps open to the person now: the record's state allows them and the policy lets this person take them. */
  steps: z.array(z.enum(EVENT_TYPES as [EventType, ...EventType[]])),
});

const step = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('triage'), level: z.enum(TRIAGE_LEVELS), note: text() }),
  z.strictObject({ type: z.literal('add_action'), description: text(), assigneeId: idOf('a person'), dueOn: z.iso.date('must be a date as YYYY-MM-DD').nullish() }),
  z.strictObject({ type: z.literal('complete_action'), actionId: idOf('an action'), note: text().optional() }),
  z.strictObject({ type: z.literal('refer'), agency: z.enum(AGENCIES), madeAt: dateTime.optional().describe('When it was made, if not now (a referral by phone, recorded after)'), reference: text(200).optional() }),
  z.strictObject({ type: z.literal('record_response'), referralId: idOf('a referral'), accepted: z.boolean(), note: text() }),
  z.strictObject({ type: z.literal('record_conclusion'), referralId: idOf('a referral'), note: text() }),
  z.strictObject({ type: z.literal('record_outcome'), outcome: z.enum(OUTCOMES), summary: text() }),
  z.strictObject({ type: z.literal('close'), note: text().optional() }),
  z.strictObject({ type: z.literal('reopen'), reason: text() }),
]);

const dashboardItem = z.object({ concernId: z.uuid(), academyId: z.uuid(), learnerRef: z.string(), category, what: z.enum(['triage', 'action', 'referral_response', 'referral_conclusion']), itemId: z.uuid().nullable(), dueAt: z.date() });


// ─── Transfers of a learner's file to the organisation they move to ─────────────────────────────────────

const transferParams = orgParams.extend({ transferId: idOf('a transfer') });
const at = z.string().describe('A date and time (ISO 8601)');
const fileSnapshot = z.object({
  learnerRef: z.string(),
  takenAt: at,
  concerns: z.array(
    z.object({
      number: z.number(),
      category,
      seenAt: at,
      recordedAt: at,
      recordedBy: z.string(),
      account: z.string(),
      immediateAction: z.string().nullable(),
      state,
      triage: z.object({ level: z.enum(TRIAGE_LEVELS), at }).nullable(),
      actions: z.array(z.object({ description: z.string(), assignee: z.string(), dueOn: z.string().nullable(), doneAt: at.nullable() })),
      referrals: z.array(z.object({ agency: z.enum(AGENCIES), madeAt: at, reference: z.string().nullable(), response: z.object({ at, accepted: z.boolean() }).nullable(), concludedAt: at.nullable() })),
      outcome: z.object({ outcome: z.enum(OUTCOMES), at }).nullable(),
      closedAt: at.nullable(),
      marks: z.array(z.object({ view: z.enum(VIEWS), x: z.number(), y: z.number(), region: z.string(), description: z.string().nullable() })),
    }),
  ),
  chronology: z.array(z.object({ at, concern: z.number(), category, event: z.string(), by: z.string(), note: z.string().nullable() })),
});
const trail = {
  state: z.enum(TRANSFER_STATES),
  sentAt: z.date(),
  acceptBy: z.date().describe('Five school days of the receiving academy after it was sent'),
  overdue: z.boolean(),
  viewed: z.object({ at: z.date(), by: z.string() }).nullable(),
  accepted: z.object({ at: z.date(), by: z.string() }).nullable(),
  declined: z.object({ at: z.date(), by: z.string(), reason: z.string() }).nullable(),
  concerns: z.number(),
  allowed: allowedActions,
};
const sentTransfer = z.object({
  id: z.uuid(),
  learnerRef: z.string(),
  academyId: z.uuid(),
  to: z.object({ organisationId: z.uuid(), organisation: z.string(), academy: z.string() }),
  sentBy: person,
  ...trail,
  file: fileSnapshot.nullable(),
});
const receivedTransfer = z.object({
  id: z.uuid(),
  learnerRef: z.string().describe('The learner by the sending academy’s reference'),
  academy: z.object({ id: z.uuid(), name: z.string() }),
  from: z.object({ organisation: z.string(), academy: z.string() }),
  sentBy: z.string(),
  localRef: z.string().nullable(),
  ...trail,
  file: fileSnapshot.nullable(),
});

export const safeguardingRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config, files }) => {
  const db = database.db;
  const ctx: service.SafeguardingContext = { db, mailer, publicUrl: config.publicUrl, files };

  app.post(
    '/api/orgs/:orgId/safeguarding/concerns',
    {
      config: { access: 'safeguarding.record' },
      schema: {
        tags,
        summary: 'Record a safeguarding concern about a learner (or an allegation about a member of staff), in one request: its DSL team is alerted at once',
        params: orgParams,
        body: z.strictObject({
          academyId: idOf('an academy').optional().describe('The academy the learner is at; where I work, when I work at one only'),
          learnerRef: z.string().max(100, 'must be at most 100 characters').describe("The academy's reference for the learner, never their name"),
          category,
          seenAt: dateTime,
          account: text().describe('What was seen or said, in my own words'),
          immediateAction: text().optional(),
          allegation: z.strictObject({ staffMemberId: idOf('a person').nullable() }).optional().describe('An allegation about a member of staff: who, where I know'),
          marks: z
            .array(z.strictObject({ view: z.enum(VIEWS), x: z.number(), y: z.number(), description: z.string().max(MAX_MARK_DESCRIPTION).optional() }))
            .max(MAX_MARKS)
            .default([])
            .describe('Where an injury is on the body map, as fractions of the front or back outline'),
        }),
        response: { 201: receipt },
      },
    },
    async (request, reply) => reply.status(201).send(await service.recordConcern(ctx, actorOf(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/concerns',
    {
      config: { access: 'safeguarding.read' },
      schema: {
        tags,
        summary: 'A page of the safeguarding records I may read, newest first; the total is in X-Total-Count',
        params: orgParams,
        querystring: z.strictObject({ state: state.optional(), category: category.optional(), ...pageQuery }),
        response: { 200: z.array(concernSummary) },
      },
    },
    async (request, reply) => {
      const { total, items } = await service.listConcerns(db, actorOf(request), request.query);
      return reply.header('x-total-count', String(total)).send(items);
    },
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/people',
    {
      config: { access: 'safeguarding.record' },
      schema: {
        tags,
        summary: 'People of the organisation by name (names only, at most 20): the member of staff an allegation is about, whom to give an action or let see a record',
        params: orgParams,
        querystring: z.strictObject({ q: z.string().trim().min(2, 'is at least 2 characters').max(100, 'must be at most 100 characters') }),
        response: { 200: z.array(person) },
      },
    },
    async (request) => service.peopleToName(db, actorOf(request), request.query.q),
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/dashboard',
    {
      config: { access: 'safeguarding.dashboard' },
      schema: {
        tags,
        summary: 'The DSL team’s dashboard for the academies I am on the team of: new, due today, overdue, and open concerns by category',
        params: orgParams,
        response: { 200: z.object({ academies: z.array(z.object({ id: z.uuid(), name: z.string() })), new: z.array(dashboardItem), dueToday: z.array(dashboardItem), overdue: z.array(dashboardItem), openByCategory: z.record(category, z.number()) }) },
      },
    },
    async (request) => service.teamDashboard(db, actorOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/chronology',
    {
      config: { access: 'safeguarding.read' },
      schema: {
        tags,
        summary: 'A learner’s chronology across every record about them I may read (each record read is recorded)',
        params: orgParams,
        querystring: z.strictObject({ learnerRef: z.string().min(1, 'is required').max(100, 'must be at most 100 characters') }),
        response: {
          200: z.object({
            learnerRef: z.string(),
            entries: z.array(z.object({ at: z.date(), concernId: z.uuid(), category, event: z.string(), by: person, note: z.string().nullable() })),
            transferred: z
              .array(z.object({ transferId: z.uuid(), from: z.object({ organisation: z.string(), academy: z.string() }), acceptedAt: z.date(), entries: fileSnapshot.shape.chronology }))
              .describe('Files accepted for this learner from their previous schools, each with its chronology as sent'),
          }),
        },
      },
    },
    async (request) => transfers.chronologyWithFiles(db, actorOf(request), request.query.learnerRef),
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/concerns/:concernId',
    { config: { access: 'safeguarding.read' }, schema: { tags, summary: 'A safeguarding record, to its team and those who may read it (each read is recorded)', params: concernParams, response: { 200: concernDetail } } },
    async (request) => service.readConcern(db, actorOf(request), request.params.concernId),
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/concerns/:concernId/pdf',
    {
      config: { access: 'safeguarding.read' },
      schema: { tags, summary: 'A safeguarding record as PDF, with its body map: front and back outlines with each mark placed and listed (each reading is recorded)', params: concernParams },
    },
    async (request, reply) => {
      const file = await service.concernAsPdf(db, actorOf(request), request.params.concernId);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${file.name}"`).header('x-content-type-options', 'nosniff').header('cache-control', 'no-store').send(file.bytes);
    },
  );

  app.post(
    '/api/orgs/:orgId/safeguarding/concerns/:concernId/steps',
    {
      config: { access: 'safeguarding.act' },
      schema: {
        tags,
        summary: 'Take a step: triage; add or complete an action; refer to an agency, record its answer or its assessment’s conclusion; record the outcome; close; reopen',
        params: concernParams,
        body: step,
        response: { 200: concernDetail },
      },
    },
    async (request) => service.takeStep(ctx, actorOf(request), request.params.concernId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/safeguarding/concerns/:concernId/access',
    {
      config: { access: 'safeguarding.grant' },
      schema: { tags, summary: 'Let someone of the organisation see the record, saying why they need to know', params: concernParams, body: z.strictObject({ personId: idOf('a person'), reason }), response: { 200: concernDetail } },
    },
    async (request) => service.grantAccess(ctx, actorOf(request), request.params.concernId, request.body),
  );

  app.delete(
    '/api/orgs/:orgId/safeguarding/concerns/:concernId/access/:personId',
    { config: { access: 'safeguarding.grant' }, schema: { tags, summary: 'Withdraw someone’s access to the record (the grant stays in its history)', params: concernParams.extend({ personId: idOf('a person') }), response: { 204: z.null() } } },
    async (request, reply) => {
      await service.withdrawAccess(db, actorOf(request), request.params.concernId, request.params.personId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/orgs/:orgId/safeguarding/concerns/:concernId/break-glass',
    {
      config: { access: 'safeguarding.break_glass' },
      schema: { tags, summary: 'Open a record I may not otherwise see, giving a reason: recorded, and its team told at once', params: concernParams, body: z.strictObject({ reason }), response: { 200: concernDetail } },
    },
    async (request) => service.breakGlass(ctx, actorOf(request), request.params.concernId, request.body.reason),
  );

  app.post(
    '/api/orgs/:orgId/safeguarding/concerns/:concernId/case',
    {
      config: { access: 'case.open' },
      schema: {
        tags,
        summary: 'Open an allegation case about the member of staff an allegation names (a case officer who may read it); the record keeps the case',
        params: concernParams,
        body: z.strictObject({ summary: z.string().trim().min(1, 'is required').max(MAX_TEXT), harmThreshold: z.boolean().default(false) }),
        response: { 200: concernDetail },
      },
    },
    async (request) => service.openAllegationCase(ctx, actorOf(request), request.params.concernId, request.body),
  );

  const deputies = z.array(z.object({ personId: z.uuid(), name: z.string(), appointedAt: z.date() }));
  app.get(
    '/api/orgs/:orgId/safeguarding/academies/:academyId/deputies',
    { config: { access: 'safeguarding.appoint_deputy' }, schema: { tags, summary: 'The academy’s deputy designated safeguarding leads', params: deputyParams, response: { 200: deputies } } },
    async (request) => service.deputiesOf(db, actorOf(request), request.params.academyId),
  );

  app.put(
    '/api/orgs/:orgId/safeguarding/academies/:academyId/deputies/:personId',
    {
      config: { access: 'safeguarding.appoint_deputy' },
      schema: { tags, summary: 'Appoint a deputy designated safeguarding lead: on the DSL team, and alerted when a concern is not picked up', params: deputyParams.extend({ personId: idOf('a person') }), response: { 200: deputies } },
    },
    async (request) => service.appointDeputy(ctx, actorOf(request), request.params.academyId, request.params.personId),
  );

  app.delete(
    '/api/orgs/:orgId/safeguarding/academies/:academyId/deputies/:personId',
    { config: { access: 'safeguarding.appoint_deputy' }, schema: { tags, summary: 'Remove a deputy designated safeguarding lead', params: deputyParams.extend({ personId: idOf('a person') }), response: { 204: z.null() } } },
    async (request, reply) => {
      await service.removeDeputy(db, actorOf(request), request.params.academyId, request.params.personId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/transfer-destinations',
    {
      config: { access: 'safeguarding.dashboard' },
      schema: { tags, summary: 'The other organisations in Probity, with their academies, a learner’s safeguarding file may be sent to (names only; for the DSL team)', params: orgParams, response: { 200: z.array(z.object({ id: z.uuid(), name: z.string(), academies: z.array(z.object({ id: z.uuid(), name: z.string() })) })) } },
    },
    async (request) => transfers.destinations(db, actorOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/safeguarding/transfers',
    {
      config: { access: 'safeguarding.transfer_send' },
      schema: {
        tags,
        summary: 'Send a learner’s safeguarding file to the organisation they move to: a copy of every record about them my DSL team holds; its DSLs have five school days to accept it',
        params: orgParams,
        body: z.strictObject({
          learnerRef: z.string().max(100, 'must be at most 100 characters').describe('The learner, by our reference'),
          academyId: idOf('an academy').optional().describe('The academy they leave, where their records are at several'),
          toOrganisationId: idOf('an organisation').describe('The organisation they move to, one of the transfer destinations'),
          toAcademyId: idOf('an academy').optional().describe('The academy they join, where that organisation has several'),
        }),
        response: { 201: sentTransfer },
      },
    },
    async (request, reply) => reply.status(201).send(await transfers.sendTransfer(ctx, actorOf(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/transfers/sent',
    { config: { access: 'safeguarding.transfer_read' }, schema: { tags, summary: 'The files my DSL teams sent, newest first, with their receipt trails (sent, viewed, accepted)', params: orgParams, response: { 200: z.array(sentTransfer) } } },
    async (request) => transfers.listSent(db, actorOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/transfers/sent/:transferId',
    { config: { access: 'safeguarding.transfer_read' }, schema: { tags, summary: 'A file my DSL team sent: its receipt trail and the copy sent (the reading is recorded)', params: transferParams, response: { 200: sentTransfer } } },
    async (request) => transfers.readSent(db, actorOf(request), request.params.transferId),
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/transfers/received',
    { config: { access: 'safeguarding.transfer_read' }, schema: { tags, summary: 'Files sent to the academies whose DSL team I am on, unanswered first (no content)', params: orgParams, response: { 200: z.array(receivedTransfer) } } },
    async (request) => transfers.listReceived(db, actorOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/safeguarding/transfers/received/:transferId',
    {
      config: { access: 'safeguarding.transfer_read' },
      schema: { tags, summary: 'Open a file sent to my academy: the first opening marks it viewed on both sides’ trails; every reading is recorded', params: transferParams, response: { 200: receivedTransfer } },
    },
    async (request) => transfers.openReceived(ctx, actorOf(request), request.params.transferId),
  );

  app.post(
    '/api/orgs/:orgId/safeguarding/transfers/received/:transferId/accept',
    {
      config: { access: 'safeguarding.transfer_accept' },
      schema: {
        tags,
        summary: 'Accept a file: it becomes the learner’s here, under our reference for them (a new one, or one our records already use)',
        params: transferParams,
        body: z.strictObject({ learnerRef: z.string().max(100, 'must be at most 100 characters').describe('Our reference for the learner') }),
        response: { 200: receivedTransfer },
      },
    },
    async (request) => transfers.acceptTransfer(ctx, actorOf(request), request.params.transferId, request.body.learnerRef),
  );

  app.post(
    '/api/orgs/:orgId/safeguarding/transfers/received/:transferId/decline',
    {
      config: { access: 'safeguarding.transfer_accept' },
      schema: { tags, summary: 'Decline a file, saying why (the learner is not joining us, say): the sender is told', params: transferParams, body: z.strictObject({ reason }), response: { 200: receivedTransfer } },
    },
    async (request) => transfers.declineTransfer(ctx, actorOf(request), request.params.transferId, request.body.reason),
  );
};
