import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, sessionOf } from '../../platform/auth/plugin.ts';
import { CITABLE_RECORD_TYPES } from '../../platform/citable.ts';
import { roleName } from '../../platform/people/schema.ts';
import { allowedActions } from '../../platform/policy.ts';
import { idOf } from '../../platform/validation.ts';
import type { RouteContext } from '../../platform/context.ts';
import { csv, sendCsv } from '../../platform/csv.ts';
import { pageQuery } from '../../platform/paging.ts';
import { THEMES } from './format.ts';
import { ADOPTION_STATUSES } from './rules.ts';
import * as service from './service.ts';

const isoDate = z.iso.date('must be a date as YYYY-MM-DD');
const codeParams = z.object({ codeId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'is not a code id') });
const versionParams = codeParams.extend({ version: z.string().min(1).max(40) });
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const campaignParams = orgParams.extend({ campaignId: idOf('a campaign') });
const provision = z.object({
  id: z.uuid(),
  key: z.string(),
  parentKey: z.string().nullable(),
  depth: z.number(),
  number: z.string(),
  heading: z.string().nullable(),
  text: z.string(),
  kind: z.string(),
  footnotes: z.array(z.string()),
  themes: z.array(z.string()),
  links: z.array(z.object({ to: z.string(), relation: z.string() })),
});
const brief = z.object({ key: z.string(), number: z.string(), heading: z.string().nullable(), text: z.string(), depth: z.number() }).nullable();
const citation = z.object({ provisionId: z.uuid(), key: z.string(), number: z.string(), heading: z.string().nullable(), codeId: z.string(), codeTitle: z.string(), version: z.string() });
const tags = ['codes'];

/**
 * Code texts never change once loaded, so their answers carry an entity tag made from what they are made
 * of (content hashes, names, lists of versions), and a client that has the answer already is told so (304)
 * rather than sent it again. They are no one's personal data: browsers may keep them, asking each time.
 */
function unchanged(request: FastifyRequest, reply: FastifyReply, ...madeOf: unknown[]): boolean {
  const tag = `"${crypto.createHash('sha256').update(JSON.stringify(madeOf)).digest('base64url').slice(0, 32)}"`;
  reply.header('etag', tag).header('cache-control', 'private, no-cache');
  return (request.headers['if-none-match'] ?? '').split(/\s*,\s*/).includes(tag);
}

export const codeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config }) => {
  const db = database.db;
  const ctx = { db, mailer, publicUrl: config.publicUrl };

  app.get(
    '/api/codes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Every code in the library, with its versions',
        response: { 200: z.array(z.object({ id: z.string(), title: z.string(), publisher: z.string(), versions: z.array(z.object({ id: z.uuid(), version: z.string(), effectiveFrom: z.string(), contentHash: z.string() })) })), 304: z.undefined() },
      },
    },
    async (request, reply) => {
      const list = await service.listCodes(db);
      return unchanged(request, reply, list) ? reply.status(304).send(undefined) : list;
    },
  );

  app.get(
    '/api/codes/:codeId/versions/:version',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'One version of a code and its provisions, in document order',
        params: versionParams,
        response: {
          200: z.object({
            code: z.object({ id: z.string(), title: z.string(), publisher: z.string() }),
            id: z.uuid(),
            version: z.string(),
            title: z.string(),
            effectiveFrom: z.string(),
            source: z.object({ document: z.string(), title: z.string() }),
            preamble: z.string().nullable(),
            notes: z.string().nullable(),
            contentHash: z.string(),
            versions: z.array(z.object({ version: z.string(), effectiveFrom: z.string() })),
            provisions: z.array(provision),
          }),
          304: z.undefined(),
        },
      },
    },
    async (request, reply) => {
      const version = await service.getVersion(db, request.params.codeId, request.params.version);
      // The provisions are the content the hash is of; the code's name and its list of versions are not.
      return unchanged(request, reply, version.contentHash, version.code, version.versions) ? reply.status(304).send(undefined) : version;
    },
  );

  app.get(
    '/api/codes/:codeId/compare',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'What changed between two versions: provisions added, removed, renumbered or reworded, with word diffs',
        params: codeParams,
        querystring: z.strictObject({ from: z.string().min(1).max(40), to: z.string().min(1).max(40) }),
        response: {
          200: z.object({
            code: z.string(),
            from: z.string(),
            to: z.string(),
            mapped: z.boolean(),
            counts: z.record(z.string(), z.number()),
            changes: z.array(z.object({ change: z.string(), from: brief, to: brief, diff: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })) })),
          }),
        },
      },
    },
    async (request) => service.compare(db, request.params.codeId, request.query.from, request.query.to),
  );

  app.get(
    '/api/themes/:theme',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The provisions of every code on one theme, to read side by side',
        params: z.object({ theme: z.enum(THEMES) }),
        response: { 200: z.array(provision.extend({ codeId: z.string(), codeTitle: z.string(), version: z.string() })) },
      },
    },
    async (request) => service.byTheme(db, request.params.theme),
  );

  app.get(
    '/api/me/codes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The codes that bind me, in every organisation, and whether I have confirmed each',
        response: {
          200: z.array(
            z.object({
              organisationId: z.uuid(),
              codeId: z.string(),
              title: z.string(),
              version: z.string(),
              adoptedFrom: z.string(),
              /** In force now, or adopted from a date still to come. */
              status: z.enum(['in-force', 'upcoming']),
              campaign: z.object({ id: z.uuid(), dueOn: z.string(), attestedAt: z.date().nullable() }).nullable(),
            }),
          ),
        },
      },
    },
    async (request) => service.codesBindingMe(db, sessionOf(request).personId),
  );

  app.get(
    '/api/orgs/:orgId/codes/search',
    {
      config: { access: 'codes.read' },
      schema: {
        tags,
        summary: 'Search the codes the organisation has adopted (English stemming); asYouType matches every word as a prefix',
        params: orgParams,
        querystring: z.strictObject({ q: z.string().trim().min(1).max(200), asYouType: z.enum(['true', 'false']).default('false'), limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              key: z.string(),
              number: z.string(),
              heading: z.string().nullable(),
              codeId: z.string(),
              codeTitle: z.string(),
              version: z.string(),
              rank: z.number(),
              snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
            }),
          ),
        },
      },
    },
    async (request) => service.search(db, actorOf(request), request.query.q, request.query.limit, request.query.asYouType === 'true'),
  );

  app.get(
    '/api/orgs/:orgId/adoptions',
    {
      config: { access: 'codes.read' },
      schema: {
        tags,
        summary: 'The code versions the organisation has adopted, and for whom',
        params: orgParams,
        response: {
          200: z.array(
            z.object({ id: z.uuid(), codeId: z.string(), title: z.string(), version: z.string(), adoptedFrom: z.string(), endedOn: z.string().nullable(), status: z.enum(ADOPTION_STATUSES), roles: z.array(z.enum(roleName.enumValues)), academyIds: z.array(z.uuid()), material: z.boolean(), allowed: allowedActions }),
          ),
        },
      },
    },
    async (request) => service.listAdoptions(db, actorOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/adoptions',
    {
      config: { access: 'codes.adopt' },
      schema: {
        tags,
        summary: 'Adopt a code version from a date, for everyone or chosen roles or academies; a material change starts an attestation campaign',
        params: orgParams,
        body: z.strictObject({
          codeId: z.string().min(1).max(80),
          version: z.string().min(1).max(40),
          adoptedFrom: isoDate,
          roles: z.array(z.enum(roleName.enumValues)).max(roleName.enumValues.length).default([]),
          academyIds: z.array(z.uuid()).max(200).default([]),
          material: z.boolean().default(true),
          attestationDueOn: isoDate.optional(),
        }),
        response: { 201: z.object({ adoptionId: z.uuid(), campaignId: z.uuid().nullable(), replaces: z.boolean() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await service.adopt(ctx, actorOf(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/attestation-campaigns',
    {
      config: { access: 'attestation.oversee' },
      schema: { tags, summary: 'Attestation campaigns', params: orgParams, response: { 200: z.array(z.object({ id: z.uuid(), title: z.string(), dueOn: z.string(), createdAt: z.date(), allowed: allowedActions })) } },
    },
    async (request) => service.listCampaigns(db, actorOf(request)),
  );

  app.get(
    '/api/orgs/:orgId/attestation-campaigns/:campaignId',
    {
      config: { access: 'attestation.oversee' },
      schema: {
        tags,
        summary:
          'Who has confirmed the code, of those you oversee: in all, by academy and by role, and a page of the people by academy and name, filtered (`matching` counts them); ?format=csv for every one of them',
        params: campaignParams,
        querystring: z.strictObject({
          format: z.enum(['json', 'csv']).default('json'),
          academyId: z.union([z.literal('central'), z.uuid({ error: 'must be an academy id, or central for the central team' })]).optional(),
          role: z.enum(roleName.enumValues).optional(),
          status: z.enum(['confirmed', 'pending']).optional(),
          q: z.string().max(200).optional(),
          ...pageQuery,
        }),
        response: {
          200: z.union([
            z.object({
              campaign: z.object({ id: z.uuid(), title: z.string(), dueOn: z.string() }),
              total: z.number(),
              done: z.number(),
              byAcademy: z.array(z.object({ group: z.string(), academyId: z.uuid().nullable(), total: z.number(), done: z.number() })),
              byRole: z.array(z.object({ group: z.enum(roleName.enumValues), total: z.number(), done: z.number() })),
              matching: z.number(),
              people: z.array(z.object({ personId: z.uuid(), name: z.string(), email: z.string(), academy: z.string(), roles: z.array(z.enum(roleName.enumValues)), attestedAt: z.date().nullable() })),
            }),
            z.string(),
          ]),
        },
      },
    },
    async (request, reply) => {
      const { format, limit, offset, ...filters } = request.query;
      if (format === 'json') return service.campaignDashboard(db, actorOf(request), request.params.campaignId, filters, { limit, offset });
      const people = await service.campaignPeople(db, actorOf(request), request.params.campaignId, filters);
      const rows = people.map((p) => [p.name, p.email, p.academy, p.roles.join(';'), p.attestedAt ?? '']);
      return sendCsv(reply, 'attestations.csv', csv(['name', 'email', 'academy', 'roles', 'attested_at'], rows));
    },
  );

  app.post(
    '/api/orgs/:orgId/attestation-campaigns/:campaignId/attest',
    {
      config: { access: 'attestation.make' },
      schema: {
        tags,
        summary: 'Confirm, for yourself, that you have read and understood the exact version of the code you were shown',
        params: campaignParams,
        body: z.strictObject({ contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the content hash of the version you read'), statement: z.string().max(300), personId: z.uuid().optional() }),
        response: { 201: z.object({ id: z.uuid(), attestedAt: z.date(), contentHash: z.string(), version: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await service.attest(ctx, actorOf(request), request.params.campaignId, request.body)),
  );

  app.post(
    '/api/orgs/:orgId/citations',
    {
      config: { access: 'citation.create' },
      schema: {
        tags,
        summary: 'Cite provisions from a record of the organisation that you may see',
        params: orgParams,
        body: z.strictObject({
          provisionIds: z.array(z.uuid()).min(1).max(50),
          recordType: z.enum(CITABLE_RECORD_TYPES, `must be a kind of record that cites provisions: ${CITABLE_RECORD_TYPES.join(', ')}`),
          recordId: idOf('a record'),
        }),
        response: { 201: z.array(citation) },
      },
    },
    async (request, reply) => reply.status(201).send(await service.cite(db, actorOf(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/citations',
    {
      config: { access: 'citation.read' },
      schema: { tags, summary: 'The provisions a record cites', params: orgParams, querystring: z.strictObject({ recordType: z.string().max(60), recordId: z.string().max(100) }), response: { 200: z.array(citation) } },
    },
    async (request) => service.citationsOfRecord(db, actorOf(request), request.query.recordType, request.query.recordId),
  );

  app.get(
    '/api/orgs/:orgId/provisions/:provisionId/citations',
    {
      config: { access: 'citation.read' },
      schema: {
        tags,
        summary: "The organisation's records that cite a provision",
        params: orgParams.extend({ provisionId: idOf('a provision') }),
        response: { 200: z.array(z.object({ recordType: z.string(), recordId: z.string(), citedAt: z.date() })) },
      },
    },
    async (request) => service.citationsOfProvision(db, actorOf(request), request.params.provisionId),
  );
};
