import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import * as evidence from './evidence.ts';
import { STATES } from './rules.ts';

// Evidence under the portfolio's sections and a QTLS participant's development record (evidence.ts): files are
// uploaded through the file store's own route, with its content checks, then attached here.

const tags = ['programmes'];
const participantParams = z.object({ orgId: z.uuid('must be an organisation id'), participantId: idOf('a participant') });

const file = z.object({ fileId: z.uuid(), name: z.string(), mediaType: z.string(), size: z.number(), sha256: z.string() });
const developmentRecord = z.object({
  selfAssessment: z
    .object({
      id: z.uuid(),
      year: z.number(),
      submittedAt: z.string(),
      code: z.object({ title: z.string(), version: z.string() }),
      standards: z.array(z.object({ number: z.string(), text: z.string(), rating: z.number().nullable(), reflection: z.string() })),
    })
    .nullable(),
  cpd: z.object({
    from: z.string(),
    to: z.string(),
    totalMinutes: z.number(),
    activities: z.array(z.object({ kind: z.string(), title: z.string(), happenedOn: z.string(), minutes: z.number(), provider: z.string(), reflection: z.string() })),
  }),
});
const evidenceView = z.object({
  /** A QTLS portfolio uses the participant's development record (001). */
  usesDevelopmentRecord: z.boolean(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), evidence: z.array(file.extend({ id: z.uuid(), addedAt: z.date() })) })),
  /** Read live from the workbook, for the participant themselves only; others see what each locked copy holds. */
  developmentRecord: developmentRecord.nullable(),
  lockedCopies: z.array(z.object({ attempt: z.number(), contentHash: z.string(), lockedAt: z.date(), evidence: z.array(file.extend({ section: z.string() })), developmentRecord: developmentRecord.nullable() })),
  allowed: allowedActions,
  /** Why the portfolio is closed to the reader (001 §6.1.5), or null when it is open to them. */
  closed: z.string().nullable(),
  state: z.enum(STATES),
});

export function evidenceRoutes(app: Parameters<FastifyPluginAsyncZod>[0], ctx: evidence.EvidenceContext) {
  app.get(
    '/api/orgs/:orgId/participants/:participantId/evidence',
    {
      config: { access: 'programme.read' },
      schema: {
        tags,
        summary: "A portfolio's evidence under each section and each locked copy's; for a QTLS participant their development record, read live from the workbook for them and as locked for others",
        params: participantParams,
        response: { 200: evidenceView },
      },
    },
    async (request) => evidence.evidenceOf(ctx, actorOf(request), request.params.participantId),
  );

  app.post(
    '/api/orgs/:orgId/participants/:participantId/portfolio/:section/evidence',
    {
      config: { access: 'programme.participate' },
      schema: {
        tags,
        summary: 'Attach a file I uploaded as evidence under a section of my portfolio, while it is mine to write; its content is checked again',
        params: participantParams.extend({ section: z.string().max(100) }),
        body: z.strictObject({ fileId: idOf('a file') }),
        response: { 201: evidenceView },
      },
    },
    async (request, reply) => reply.status(201).send(await evidence.attachEvidence(ctx, actorOf(request), request.params.participantId, request.params.section, request.body.fileId)),
  );

  app.delete(
    '/api/orgs/:orgId/participants/:participantId/evidence/:evidenceId',
    {
      config: { access: 'programme.participate' },
      schema: { tags, summary: 'Remove evidence from my portfolio while it is mine to write; a locked copy keeps what it holds', params: participantParams.extend({ evidenceId: idOf('evidence') }), response: { 200: evidenceView } },
    },
    async (request) => evidence.removeEvidence(ctx, actorOf(request), request.params.participantId, request.params.evidenceId),
  );

  app.get(
    '/api/orgs/:orgId/participants/:participantId/evidence/files/:fileId',
    {
      config: { access: 'programme.read' },
      schema: { tags, summary: "Download a file of a portfolio's evidence, attached now or held by a locked copy, where the portfolio is open to me (each download is recorded)", params: participantParams.extend({ fileId: idOf('a file') }) },
    },
    async (request, reply) => {
      const found = await evidence.downloadEvidence(ctx, actorOf(request), request.params.participantId, request.params.fileId);
      return reply
        .type(found.mediaType)
        .header('content-disposition', `attachment; filename="${found.name.replace(/[^\w. -]/g, '_')}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(found.bytes));
    },
  );
}
