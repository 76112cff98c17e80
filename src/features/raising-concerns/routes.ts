import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, sessionOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import { Problem } from '../../platform/errors.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import { MAX_FILE_BYTES } from '../../platform/vocabulary.ts';
import { sendCsv } from '../../platform/csv.ts';
import { CASE_TYPE_IDS } from '../cases/index.ts';
import { ACCEPTED } from './metadata.ts';
import { linkReport } from './linked.ts';
import { AddressThrottle } from './receipts.ts';
import { ANONYMITY, CATEGORIES, CHANNELS, CITES, EXCLUSION_GROUNDS, MAX_NAMED, MAX_TEXT, MODES, OUTCOMES, PROTECTION, RELATIONSHIPS, STATUSES, whatHappensNext } from './rules.ts';
import * as service from './service.ts';

// Raising concerns in confidence: the organisation's public page, where anyone reports and follows their
// report with its receipt code, and the handlers' and custodians' routes.

const tags = ['raising concerns'];
const publicParams = z.object({ organisation: z.string().trim().min(1).max(100).regex(/^[a-z0-9-]+$/, 'must be an organisation’s name in its address') });
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const reportParams = orgParams.extend({ reportId: idOf('a report') });
const words = (min = 1) => z.string().trim().min(min, min === 1 ? 'is required' : `must be at least ${min} characters`).max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
const short = z.string().trim().max(500, 'must be at most 500 characters');

const deadlineRule = z.union([z.object({ type: z.literal('calendar_days'), days: z.number() }), z.object({ type: z.literal('working_days'), days: z.number() }), z.object({ type: z.literal('months'), months: z.number() }), z.object({ type: z.string() })]);

const newReport = {
  mode: z.enum(MODES),
  category: z.enum(CATEGORIES),
  account: words(),
  when: short.optional(),
  where: short.optional(),
  namedPeople: z.array(z.string().trim().max(200, 'must be at most 200 characters')).max(MAX_NAMED, `may name at most ${MAX_NAMED} people`).default([]),
  identity: z
    .strictObject({
      name: z.string().trim().max(200, 'must be at most 200 characters'),
      contact: short.optional(),
      relationship: z.enum(RELATIONSHIPS).optional(),
    })
    .optional(),
};

const attachment = z.object({ id: z.uuid(), from: z.enum(['reporter', 'handler']), name: z.string(), mediaType: z.string(), size: z.number(), removed: z.array(z.string()), at: z.date() });
const reporterView = z.object({
  reference: z.string(),
  mode: z.enum(MODES),
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  receivedAt: z.date(),
  acknowledgedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  account: z.string(),
  when: z.string().nullable(),
  where: z.string().nullable(),
  namedPeople: z.array(z.string()),
  acknowledgeBy: z.date().nullable(),
  feedbackBy: z.date().nullable(),
  messages: z.array(z.object({ id: z.uuid(), from: z.enum(['reporter', 'handler']), body: z.string(), at: z.date() })),
  attachments: z.array(attachment),
  identityRevealed: z.array(z.object({ reason: z.string(), at: z.date() })),
  mayWrite: z.boolean(),
});
const person = z.object({ id: z.uuid(), name: z.string() });
const handlerView = reporterView.extend({
  id: z.uuid(),
  channel: z.enum(CHANNELS),
  namedPersons: z.array(person),
  assignedTo: person.nullable(),
  caseId: z.uuid().nullable(),
  timeLimits: z.object({ acknowledge: deadlineRule, feedback: deadlineRule }),
  messages: z.array(z.object({ id: z.uuid(), from: z.enum(['reporter', 'handler']), body: z.string(), at: z.date(), authorName: z.string().nullable(), feedback: z.boolean() })),
  notes: z.array(z.object({ id: z.uuid(), body: z.string(), at: z.date(), authorName: z.string() })),
  exclusions: z.array(z.object({ personId: z.uuid(), name: z.string(), ground: z.enum(EXCLUSION_GROUNDS), reason: z.string().nullable(), recordedAt: z.date() })),
  reveals: z.array(z.object({ id: z.uuid(), requestedBy: z.string(), reason: z.string(), requestedAt: z.date(), decision: z.enum(['approved', 'refused']).nullable(), decidedBy: z.string().nullable(), decidedAt: z.date().nullable() })),
  chronology: z.array(z.object({ id: z.uuid(), event: z.string(), fromStatus: z.enum(STATUSES).nullable(), toStatus: z.enum(STATUSES).nullable(), at: z.date(), actorName: z.string().nullable(), personName: z.string().nullable(), note: z.string().nullable() })),
  allowed: allowedActions,
});
const queueItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  mode: z.enum(MODES),
  category: z.enum(CATEGORIES),
  channel: z.enum(CHANNELS),
  status: z.enum(STATUSES),
  receivedAt: z.date(),
  assignedTo: person.nullable(),
  acknowledgeBy: z.date().nullable(),
  feedbackBy: z.date().nullable(),
  allowed: allowedActions,
});
const days = (type: 'calendar_days' | 'working_days') => z.strictObject({ type: z.literal(type), days: z.int('must be a whole number of days') });
const limitsIn = {
  acknowledge: z.discriminatedUnion('type', [days('calendar_days'), days('working_days')]),
  feedback: z.discriminatedUnion('type', [days('calendar_days'), days('working_days'), z.strictObject({ type: z.literal('months'), months: z.int('must be a whole number of months') })]),
};
const settings = z.object({
  acknowledge: deadlineRule,
  feedback: deadlineRule,
  defaults: z.object({ acknowledge: deadlineRule, feedback: deadlineRule }),
  changedAt: z.date().nullable(),
  changedBy: z.string().nullable(),
});
const fileNameField = z.string().trim().min(1, 'is required').max(200).regex(/^[^/\\\u0000]+$/, 'must be a file name, not a path');
const fileName = z.strictObject({ name: fileNameField });
const received = z.object({ reference: z.string(), receiptCode: z.string().describe('Shown once: the only way back to the report'), receivedAt: z.date(), whatHappensNext: z.array(z.string()) });

/** The reporter's session token, sent as `Authorization: Bearer <token>`: the only thing their browser holds. */
function followToken(headers: Record<string, string | string[] | undefined>): string {
  const value = headers.authorization;
  const token = typeof value === 'string' ? /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(value)?.[1] : undefined;
  if (!token) throw new Problem(401, '/problems/report-session-ended', 'Enter your receipt code again', 'headers.authorization: send the session your receipt code began, as "Bearer <token>".');
  return token;
}

export const raisingConcernsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config, files, secrets }) => {
  const db = database.db;
  const ctx: service.ConcernsContext = { db, mailer, publicUrl: config.publicUrl, files, secrets, throttle: new AddressThrottle() };
  const inOrganisation = async (slug: string) => service.publicOrganisation(db, slug);
  // Files come as their raw bytes.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) => done(null, body));

  // ─── The public page: no sign-in ──────────────────────────────────────────────────────────────────────

  app.get(
    '/api/raising-concerns/:organisation',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'How to raise a concern in confidence with an organisation: what happens next, what protects you, what anonymity means here',
        params: publicParams,
        response: {
          200: z.object({
            organisation: z.string(),
            open: z.boolean(),
            modes: z.array(z.enum(MODES)),
            categories: z.array(z.enum(CATEGORIES)),
            relationships: z.array(z.enum(RELATIONSHIPS)),
            whatHappensNext: z.array(z.string()),
            protection: z.array(z.object({ source: z.string(), words: z.string() })),
            anonymity: z.array(z.string()),
            files: z.string(),
            cites: z.array(z.object({ code: z.string(), version: z.string(), provisions: z.array(z.string()) })),
          }),
        },
      },
    },
    async (request) => {
      const organisation = await inOrganisation(request.params.organisation);
      const { open, limits } = await service.channelOf(db, organisation.id);
      return {
        organisation: organisation.name,
        open,
        modes: [...MODES],
        categories: [...CATEGORIES],
        relationships: [...RELATIONSHIPS],
        whatHappensNext: whatHappensNext(limits),
        protection: [...PROTECTION],
        anonymity: [...ANONYMITY],
        files: `You may add ${ACCEPTED}, up to ${MAX_FILE_BYTES / 1024 / 1024} MB each, once you have your receipt code.`,
        cites: CITES.map((c) => ({ ...c, provisions: [...c.provisions] })),
      };
    },
  );

  app.post(
    '/api/raising-concerns/:organisation/reports',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Raise a concern by name, confidentially or anonymously; the answer holds the receipt code, shown this once',
        params: publicParams,
        body: z.strictObject(newReport),
        response: { 201: received },
      },
    },
    async (request, reply) => {
      const organisation = await inOrganisation(request.params.organisation);
      const made = await service.makeReport(ctx, organisation.id, request.body, request.id);
      const { limits } = await service.channelOf(db, organisation.id);
      return reply.status(201).header('cache-control', 'no-store').send({ reference: made.reference, receiptCode: made.receiptCode, receivedAt: made.receivedAt, whatHappensNext: whatHappensNext(limits) });
    },
  );

  app.post(
    '/api/me/raised-concerns/link',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Link a report I made by name (or confidentially) to my account, with its receipt code, so that my own data export includes it; only a keyed hash of my account is kept beside it, and an anonymous report is never linked',
        body: z.strictObject({ organisation: publicParams.shape.organisation, receiptCode: z.string().max(100, 'is longer than any receipt code') }),
        response: { 200: z.object({ reference: z.string(), linked: z.literal(true) }) },
      },
    },
    async (request) => linkReport(db, secrets, ctx.throttle, request.body, { personId: sessionOf(request).personId, address: request.ip, requestId: request.id }),
  );

  app.post(
    '/api/raising-concerns/:organisation/follow',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Open your report with its receipt code, for a session of 30 minutes; codes that open nothing are throttled',
        params: publicParams,
        body: z.strictObject({ receiptCode: z.string().max(100, 'is longer than any receipt code') }),
        response: { 200: z.object({ token: z.string(), expiresAt: z.date() }) },
      },
    },
    async (request) => {
      const organisation = await inOrganisation(request.params.organisation);
      return service.beginFollowing(ctx, organisation.id, request.body.receiptCode, request.ip, request.id);
    },
  );

  app.get(
    '/api/raising-concerns/:organisation/report',
    { config: { access: 'public' }, schema: { tags, summary: 'Your report, the messages both ways and each time your identity was revealed (with the session your receipt code began)', params: publicParams, response: { 200: reporterView } } },
    async (request) => {
      const organisation = await inOrganisation(request.params.organisation);
      return service.reportForReporter(ctx, organisation.id, followToken(request.headers), request.id);
    },
  );

  app.post(
    '/api/raising-concerns/:organisation/report/messages',
    { config: { access: 'public' }, schema: { tags, summary: 'Answer the handlers, or tell them something new, while your report is open', params: publicParams, body: z.strictObject({ body: words() }), response: { 200: reporterView } } },
    async (request) => {
      const organisation = await inOrganisation(request.params.organisation);
      return service.reporterWrites(ctx, organisation.id, followToken(request.headers), request.body.body, request.id);
    },
  );

  app.post(
    '/api/raising-concerns/:organisation/report/files',
    {
      config: { access: 'public' },
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags,
        summary: 'Add a file to your report (the raw bytes, as application/octet-stream): a picture or plain text, up to 10 MB; what could identify you is removed first',
        params: publicParams,
        querystring: fileName,
        response: { 201: attachment },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new Problem(415, '/problems/http-415', 'Unsupported file upload', 'body: send the file as application/octet-stream');
      const organisation = await inOrganisation(request.params.organisation);
      const kept = await service.reporterAddsFile(ctx, organisation.id, followToken(request.headers), { name: request.query.name, bytes: new Uint8Array(request.body) }, request.id);
      return reply.status(201).send({ ...kept, from: 'reporter' as const });
    },
  );

  app.get(
    '/api/raising-concerns/:organisation/report/attachments/:attachmentId',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Download a file of your report: yours, or one the handlers sent you (with the session your receipt code began)', params: publicParams.extend({ attachmentId: idOf('a file') }) },
    },
    async (request, reply) => {
      const organisation = await inOrganisation(request.params.organisation);
      const file = await service.attachmentForReporter(ctx, organisation.id, followToken(request.headers), request.params.attachmentId, request.id);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.name.replace(/[^\w. -]/g, '_')}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.bytes));
    },
  );

  app.get(
    '/api/raising-concerns/:organisation/report/proof',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Download a proof of your report: the organisation, its reference, when it was received, and a SHA-256 of everything you sent',
        params: publicParams,
        response: { 200: z.object({ organisation: z.string(), reference: z.string(), receivedAt: z.date(), items: z.number(), sha256: z.string() }) },
      },
    },
    async (request, reply) => {
      const organisation = await inOrganisation(request.params.organisation);
      const proof = await service.proofForReporter(ctx, organisation.id, followToken(request.headers), request.id);
      return reply.header('content-disposition', `attachment; filename="proof-${proof.reference}.json"`).send(proof);
    },
  );

  app.delete(
    '/api/raising-concerns/:organisation/report/session',
    { config: { access: 'public' }, schema: { tags, summary: 'End your session on your report at once', params: publicParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const organisation = await inOrganisation(request.params.organisation);
      await service.endFollowing(ctx, organisation.id, followToken(request.headers));
      return reply.status(204).send(null);
    },
  );

  // ─── Handlers and custodians ─────────────────────────────────────────────────────────────────────────

  app.get(
    '/api/orgs/:orgId/raised-concerns',
    {
      config: { access: 'report.read' },
      schema: {
        tags,
        summary: 'The reports I may handle (none I am excluded from), open ones first, oldest first',
        params: orgParams,
        querystring: z.strictObject({ status: z.enum(STATUSES).optional(), mine: z.stringbool().optional() }),
        response: { 200: z.array(queueItem) },
      },
    },
    async (request) => service.queue(db, actorOf(request), request.query),
  );

  app.post(
    '/api/orgs/:orgId/raised-concerns',
    {
      config: { access: 'report.enter' },
      schema: {
        tags,
        summary: 'Enter a concern received by phone, letter, email or in person; give the reporter the receipt code, shown this once',
        params: orgParams,
        body: z.strictObject({ ...newReport, channel: z.enum(CHANNELS).exclude(['web']) }),
        response: { 201: received.extend({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const made = await service.enterReport(ctx, actorOf(request), request.body);
      const { limits } = await service.channelOf(db, actorOf(request).organisationId);
      return reply.status(201).header('cache-control', 'no-store').send({ id: made.id, reference: made.reference, receiptCode: made.receiptCode, receivedAt: made.receivedAt, whatHappensNext: whatHappensNext(limits) });
    },
  );

  app.get(
    '/api/orgs/:orgId/raised-concerns/statistics',
    {
      config: { access: 'report.statistics' },
      schema: {
        tags,
        summary: 'Reports in figures: how many at each status, and the days taken to acknowledge and to close them',
        params: orgParams,
        response: {
          200: z.object({
            total: z.number(),
            byStatus: z.array(z.object({ status: z.enum(STATUSES), count: z.number() })),
            daysToAcknowledge: z.object({ median: z.number().nullable(), longest: z.number().nullable(), late: z.number() }),
            daysToClose: z.object({ median: z.number().nullable(), longest: z.number().nullable() }),
          }),
        },
      },
    },
    async (request) => service.statistics(db, actorOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/raised-concerns/export',
    { config: { access: 'report.statistics' }, schema: { tags, summary: 'The reports I may handle as CSV, without personal data: references, dates, statuses and outcomes', params: orgParams } },
    async (request, reply) => sendCsv(reply, 'raised-concerns.csv', await service.exportCsv(db, actorOf(request))),
  );

  app.get(
    '/api/orgs/:orgId/raised-concerns/settings',
    { config: { access: 'report.configure' }, schema: { tags, summary: "The organisation's time limits for its reports (or the defaults): to acknowledge, and to give feedback", params: orgParams, response: { 200: settings } } },
    async (request) => service.settingsOf(db, actorOf(request)),
  );

  app.put(
    '/api/orgs/:orgId/raised-concerns/settings',
    {
      config: { access: 'report.configure' },
      schema: {
        tags,
        summary: 'Set the time limits reports received from now on carry: acknowledge within 1 to 7 days (1 to 5 working days), feedback within 1 to 3 months (7 to 92 days, 5 to 65 working days)',
        params: orgParams,
        body: z.strictObject(limitsIn),
        response: { 200: settings },
      },
    },
    async (request) => service.setTimeLimits(db, actorOf(request), request.body),
  );

  app.get(
    '/api/orgs/:orgId/raised-concerns/:reportId',
    { config: { access: 'report.read' }, schema: { tags, summary: 'A report with its messages, notes, exclusions and chronology (each read is recorded)', params: reportParams, response: { 200: handlerView } } },
    async (request) => service.readReport(db, actorOf(request), request.params.reportId),
  );

  const steps = {
    acknowledge: { access: 'report.acknowledge', summary: 'Acknowledge the report, with a message to the reporter (or the standard words)', body: z.strictObject({ message: words().optional() }).nullish() },
    begin: { access: 'report.progress', summary: 'Take up the acknowledged report: it is in progress', body: z.strictObject({}).nullish() },
    close: { access: 'report.progress', summary: 'Close the report with its outcome and the reasons the reporter reads', body: z.strictObject({ outcome: z.enum(OUTCOMES), reasons: words() }) },
    reopen: { access: 'report.progress', summary: 'Reopen a closed report, saying why (new information, or the closure was premature)', body: z.strictObject({ reason: words() }) },
  } as const;
  for (const [type, { access, summary, body }] of Object.entries(steps)) {
    app.post(
      `/api/orgs/:orgId/raised-concerns/:reportId/${type}`,
      { config: { access }, schema: { tags, summary, params: reportParams, body, response: { 200: handlerView } } },
      // The body is the one its step's schema has just validated.
      async (request) => service.takeStep(ctx, actorOf(request), request.params.reportId, { ...((request.body ?? {}) as object), type } as service.StepInput),
    );
  }

  app.post(
    '/api/orgs/:orgId/raised-concerns/:reportId/messages',
    {
      config: { access: 'report.message' },
      schema: { tags, summary: 'Write to the reporter: a question, or feedback on what is being done (which the feedback time limit waits for)', params: reportParams, body: z.strictObject({ body: words(), feedback: z.boolean().default(false) }), response: { 200: handlerView } },
    },
    async (request) => service.messageReporter(ctx, actorOf(request), request.params.reportId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/raised-concerns/:reportId/notes',
    { config: { access: 'report.note' }, schema: { tags, summary: 'Add an internal note, which the reporter never sees', params: reportParams, body: z.strictObject({ body: words() }), response: { 200: handlerView } } },
    async (request) => service.addNote(ctx, actorOf(request), request.params.reportId, request.body.body),
  );

  app.post(
    '/api/orgs/:orgId/raised-concerns/:reportId/step-aside',
    {
      config: { access: 'report.step_aside' },
      schema: { tags, summary: 'Step aside from the report with a reason: excluded from it from then on, and it passes to another handler', params: reportParams, body: z.strictObject({ reason: z.string().trim().min(3, 'must say why').max(2000) }), response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.stepAside(ctx, actorOf(request), request.params.reportId, request.body.reason);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/orgs/:orgId/raised-concerns/:reportId/assign',
    { config: { access: 'report.assign' }, schema: { tags, summary: 'Assign the open report to another handler who is not excluded from it', params: reportParams, body: z.strictObject({ personId: idOf('a person') }), response: { 200: handlerView } } },
    async (request) => service.reassign(ctx, actorOf(request), request.params.reportId, request.body.personId),
  );

  app.post(
    '/api/orgs/:orgId/raised-concerns/:reportId/reveal-requests',
    {
      config: { access: 'report.request_reveal' },
      schema: { tags, summary: "Ask a custodian to let me know a confidential reporter's identity, saying why", params: reportParams, body: z.strictObject({ reason: words(20) }), response: { 200: handlerView } },
    },
    async (request) => service.requestReveal(ctx, actorOf(request), request.params.reportId, request.body.reason),
  );

  app.get(
    '/api/orgs/:orgId/raised-concerns/:reportId/identity',
    {
      config: { access: 'report.reveal' },
      schema: {
        tags,
        summary: "The reporter's identity: a named report's at once, a confidential one's once a custodian approved my request (every read is recorded and shown to the reporter)",
        params: reportParams,
        response: { 200: z.object({ name: z.string(), contact: z.string().optional(), relationship: z.enum(RELATIONSHIPS).optional() }) },
      },
    },
    async (request) => service.revealIdentity(ctx, actorOf(request), request.params.reportId),
  );

  app.post(
    '/api/orgs/:orgId/raised-concerns/:reportId/case',
    {
      config: { access: 'report.open_case' },
      schema: {
        tags,
        summary: 'Open a case (or a protected case, 000 provision 12) about someone the report names; the case learns the reference, never the reporter',
        params: reportParams,
        body: z.strictObject({ type: z.enum(CASE_TYPE_IDS), subjectId: idOf('a person'), summary: words() }),
        response: { 200: handlerView },
      },
    },
    async (request) => service.openCaseFromReport(ctx, actorOf(request), request.params.reportId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/raised-concerns/:reportId/files',
    {
      config: { access: 'report.message' },
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags,
        summary: 'Send the reporter a file (the raw bytes, as application/octet-stream): a picture or plain text, up to 10 MB, stripped of what could identify its maker; the reporter reads it with their receipt code',
        params: reportParams,
        // The name is required, but asked for once the report is found: a report the handler may not see is not found, whatever was sent.
        querystring: z.strictObject({ name: fileNameField.optional() }),
        response: { 200: handlerView },
      },
    },
    async (request) => {
      const bytes = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : null;
      return service.handlerAddsFile(ctx, actorOf(request), request.params.reportId, { name: request.query.name, bytes });
    },
  );

  app.get(
    '/api/orgs/:orgId/raised-concerns/:reportId/attachments/:attachmentId',
    { config: { access: 'report.read' }, schema: { tags, summary: 'Download a file sent with the report (each download is recorded)', params: reportParams.extend({ attachmentId: idOf('a file') }) } },
    async (request, reply) => {
      const file = await service.attachmentForHandler(ctx, actorOf(request), request.params.reportId, request.params.attachmentId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.name.replace(/[^\w. -]/g, '_')}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.bytes));
    },
  );

  app.get(
    '/api/orgs/:orgId/reveal-requests',
    {
      config: { access: 'report.approve_reveal' },
      schema: {
        tags,
        summary: "Handlers' requests to know a confidential reporter's identity, waiting for a custodian: who asks and why, never what the report says",
        params: orgParams,
        response: { 200: z.array(z.object({ id: z.uuid(), reportId: z.uuid(), reference: z.string(), requestedBy: z.string(), reason: z.string(), requestedAt: z.date() })) },
      },
    },
    async (request) => service.revealRequests(db, actorOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/reveal-requests/:requestId/decision',
    {
      config: { access: 'report.approve_reveal' },
      schema: {
        tags,
        summary: "Approve or refuse a handler's request to know a confidential reporter's identity",
        params: orgParams.extend({ requestId: idOf('a request') }),
        body: z.strictObject({ decision: z.enum(['approved', 'refused']), note: z.string().trim().max(2000).optional() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.decideReveal(ctx, actorOf(request), request.params.requestId, request.body);
      return reply.status(204).send(null);
    },
  );
};
