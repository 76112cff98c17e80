import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import { allowedActions } from '../../platform/policy.ts';
import { CPD_KINDS, GOAL_STATUSES, MAX_FILE_BYTES, MAX_TITLE_LENGTH, ROLES } from '../../platform/vocabulary.ts';
import { Problem } from '../../platform/errors.ts';
import { idOf } from '../../platform/validation.ts';
import type { RouteContext } from '../../platform/context.ts';
import { sendCsv } from '../../platform/csv.ts';
import { INSIGHT_GROUPINGS, RATING_SCALE } from './rules.ts';
import * as service from './service.ts';
import { insights } from './insights.ts';
import { exportCsv, exportPdf } from './export.ts';

const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const assessmentParams = orgParams.extend({ assessmentId: idOf('a self-assessment') });
const standardParams = assessmentParams.extend({ provisionId: idOf('a standard') });
const ownerQuery = z.strictObject({ personId: z.uuid().optional() });
const isoDate = z.iso.date('must be a date as YYYY-MM-DD');
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const ids = z.array(z.uuid()).max(50);
const tags = ['self-assessment'];

const nullableNumber = z.number().nullable();
const assessmentSummary = z.object({ id: z.uuid(), year: z.number(), status: z.enum(['draft', 'submitted']), submittedAt: z.date().nullable(), codeTitle: z.string(), version: z.string() });
const evidenceItem = z.object({ id: z.uuid(), kind: z.enum(['text', 'link', 'file']), text: z.string().nullable(), url: z.string().nullable(), fileId: z.uuid().nullable(), fileName: z.string().nullable(), mediaType: z.string().nullable(), allowed: allowedActions });
const assessment = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  year: z.number(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.date().nullable(),
  code: z.object({ codeId: z.string(), title: z.string(), version: z.string() }),
  standards: z.array(z.object({ id: z.uuid(), key: z.string(), number: z.string(), text: z.string(), rating: nullableNumber, reflection: z.string(), evidence: z.array(evidenceItem) })),
  allowed: allowedActions,
});
const priority = z.object({ id: z.uuid(), key: z.string(), number: z.string(), text: z.string(), rating: nullableNumber, change: nullableNumber });
const dashboardResponse = z.object({
  years: z.array(z.number()),
  overall: z.array(z.object({ year: z.number(), average: nullableNumber })),
  standards: z.array(priority.extend({ trend: z.array(z.object({ year: z.number(), rating: nullableNumber })) })),
  strongest: z.array(z.uuid()),
  weakest: z.array(z.uuid()),
  priorities: z.array(priority),
});
const goal = z.object({
  id: z.uuid(),
  title: z.string(),
  successMeasure: z.string(),
  targetDate: z.string(),
  status: z.enum(GOAL_STATUSES),
  progress: z.number(),
  note: z.string(),
  provisionIds: z.array(z.uuid()),
  activityIds: z.array(z.uuid()),
  createdAt: z.date(),
  updatedAt: z.date(),
  allowed: allowedActions,
});
const activity = z.object({
  id: z.uuid(),
  kind: z.enum(CPD_KINDS),
  title: z.string(),
  happenedOn: z.string(),
  minutes: z.number(),
  provider: z.string(),
  reflection: z.string(),
  provisionIds: z.array(z.uuid()),
  evidence: z.array(evidenceItem),
  createdAt: z.date(),
  allowed: allowedActions,
});
const cpdSummaryResponse = z.object({
  year: z.number(),
  activities: z.number(),
  hours: z.number(),
  byStandard: z.array(z.object({ id: z.uuid(), number: z.string(), activities: z.number(), hours: z.number() })),
  untouched: z.array(z.uuid()),
});
const sharePerson = z.object({ id: z.uuid(), personId: z.uuid(), name: z.string(), since: z.date(), allowed: allowedActions });
const group = z.object({ people: nullableNumber, average: nullableNumber, cpdHours: nullableNumber });
const insightsResponse = z.object({
  year: z.number(),
  grouping: z.enum(INSIGHT_GROUPINGS),
  code: z.object({ id: z.uuid(), codeId: z.string(), title: z.string(), version: z.string() }),
  summedAt: z.date().nullable().describe('When the figures were added up ahead by the job that does so every ten minutes; null when added up for this request'),
  people: nullableNumber,
  cpdHours: nullableNumber,
  groups: z.array(z.object({ group: z.string(), people: nullableNumber, cpdHours: nullableNumber })),
  standards: z.array(z.object({ id: z.uuid(), number: z.string(), text: z.string(), overall: group, byGroup: z.array(group.extend({ group: z.string() })) })),
});
const standardsCode = z.object({ codeId: z.string(), title: z.string(), version: z.string(), standards: z.number() });
const standardsSettingResponse = z.object({ chosenCodeId: z.string().nullable(), inUse: standardsCode.nullable(), candidates: z.array(standardsCode) });
const fileResponse = z.object({ id: z.uuid(), name: z.string(), mediaType: z.string(), size: z.number() });

const goalBody = z.strictObject({
  title: text(MAX_TITLE_LENGTH).min(1, 'is required'),
  successMeasure: text(1000).min(1, 'says how you will know the goal is met'),
  targetDate: isoDate,
  status: z.enum(GOAL_STATUSES).optional(),
  progress: z.number().int().min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100').optional(),
  note: text(4000).optional(),
  provisionIds: ids.default([]),
  activityIds: ids.default([]),
});
const evidenceBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: text(8000).min(1, 'is required') }),
  z.strictObject({ kind: z.literal('link'), url: z.url({ protocol: /^https?$/, error: 'must be a web address (http or https)' }).max(2000) }),
  z.strictObject({ kind: z.literal('file'), fileId: idOf('a file') }),
]);
const activityBody = z.strictObject({
  kind: z.enum(CPD_KINDS),
  title: text(MAX_TITLE_LENGTH).min(1, 'is required'),
  happenedOn: isoDate,
  minutes: z.number().int().min(1, 'must be at least 1 minute').max(60 * 24 * 30, 'is more than a month of time'),
  provider: text(MAX_TITLE_LENGTH).default(''),
  reflection: text(8000).default(''),
  provisionIds: ids.default([]),
});

export const selfAssessmentRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database, mailer, config, files }) => {
  const db = database.db;
  const ctx: service.SelfAssessmentContext = { db, mailer, publicUrl: config.publicUrl, files };
  // Provisions may be cited from self-assessments, goals and CPD activities that the actor may see.
  service.registerCitableRecords();

  // Evidence files arrive as raw bytes; their kind is judged from the content, not the name or header.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) => done(null, body));

  app.get('/api/rating-scale', { config: { access: 'signed-in' }, schema: { tags, summary: 'The self-assessment rating scale, with a descriptor for each level', response: { 200: z.array(z.object({ value: z.number(), label: z.string(), descriptor: z.string() })) } } }, async () => [...RATING_SCALE]);

  app.get(
    '/api/orgs/:orgId/self-assessments',
    { config: { access: 'development.read' }, schema: { tags, summary: 'My self-assessments (or those of someone who shares theirs with me)', params: orgParams, querystring: ownerQuery, response: { 200: z.array(assessmentSummary) } } },
    async (request) => service.listAssessments(db, actorOf(request), request.query.personId),
  );

  app.post(
    '/api/orgs/:orgId/self-assessments',
    {
      config: { access: 'development.edit' },
      schema: { tags, summary: "Start this year's self-assessment against the organisation's professional standards", params: orgParams, body: z.strictObject({ year: z.number().int().optional(), codeId: z.string().max(80).optional() }), response: { 201: assessment } },
    },
    async (request, reply) => reply.status(201).send(await service.startAssessment(ctx, actorOf(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/self-assessments/:assessmentId',
    { config: { access: 'development.read' }, schema: { tags, summary: 'A self-assessment: every standard with its rating, reflection and evidence', params: assessmentParams, response: { 200: assessment } } },
    async (request) => service.getAssessment(db, actorOf(request), request.params.assessmentId),
  );

  app.put(
    '/api/orgs/:orgId/self-assessments/:assessmentId/standards/:provisionId',
    {
      config: { access: 'development.edit' },
      schema: {
        tags,
        summary: "Save a standard's rating and reflection (a draft saves as you go)",
        params: standardParams,
        body: z.strictObject({
          rating: z.number().int().min(1, `must be on the scale from 1 to ${RATING_SCALE.length}`).max(RATING_SCALE.length, `must be on the scale from 1 to ${RATING_SCALE.length}`).nullable(),
          reflection: text(8000).default(''),
        }),
        response: { 200: assessment },
      },
    },
    async (request) => service.saveEntry(db, actorOf(request), request.params.assessmentId, request.params.provisionId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/self-assessments/:assessmentId/standards/:provisionId/evidence',
    {
      config: { access: 'development.edit' },
      schema: {
        tags,
        summary: 'Add evidence to a standard: text, a link, or an uploaded file',
        params: standardParams,
        body: evidenceBody,
        response: { 201: assessment },
      },
    },
    async (request, reply) => reply.status(201).send(await service.addEvidence(db, actorOf(request), request.params.assessmentId, request.params.provisionId, request.body)),
  );

  app.delete(
    '/api/orgs/:orgId/self-assessments/:assessmentId/evidence/:evidenceId',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Remove evidence from a draft', params: assessmentParams.extend({ evidenceId: idOf('an evidence item') }), response: { 200: assessment } } },
    async (request) => service.removeEvidence(db, actorOf(request), request.params.assessmentId, request.params.evidenceId),
  );

  app.post(
    '/api/orgs/:orgId/self-assessments/:assessmentId/submit',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Submit a self-assessment once every standard is rated; it is then locked', params: assessmentParams, body: z.strictObject({}).nullish(), response: { 200: assessment } } },
    async (request) => service.submitAssessment(ctx, actorOf(request), request.params.assessmentId),
  );

  app.get(
    '/api/orgs/:orgId/development/dashboard',
    { config: { access: 'development.read' }, schema: { tags, summary: 'This year against earlier years, strongest and weakest standards, and priorities for the plan', params: orgParams, querystring: ownerQuery, response: { 200: dashboardResponse } } },
    async (request) => service.dashboard(db, actorOf(request), request.query.personId),
  );

  app.get(
    '/api/orgs/:orgId/development/goals',
    { config: { access: 'development.read' }, schema: { tags, summary: 'My development plan', params: orgParams, querystring: ownerQuery, response: { 200: z.array(goal) } } },
    async (request) => service.listGoals(db, actorOf(request), request.query.personId),
  );
  app.post(
    '/api/orgs/:orgId/development/goals',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Add a goal to my development plan', params: orgParams, body: goalBody, response: { 201: goal } } },
    async (request, reply) => reply.status(201).send(await service.createGoal(db, actorOf(request), request.body)),
  );
  const goalParams = orgParams.extend({ goalId: idOf('a goal') });
  app.patch(
    '/api/orgs/:orgId/development/goals/:goalId',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Change a goal or record progress', params: goalParams, body: goalBody.partial(), response: { 200: goal } } },
    async (request) => service.updateGoal(db, actorOf(request), request.params.goalId, request.body),
  );
  app.delete(
    '/api/orgs/:orgId/development/goals/:goalId',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Remove a goal', params: goalParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await service.deleteGoal(db, actorOf(request), request.params.goalId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/development/cpd',
    { config: { access: 'development.read' }, schema: { tags, summary: 'My CPD record', params: orgParams, querystring: ownerQuery, response: { 200: z.array(activity) } } },
    async (request) => service.listActivities(db, actorOf(request), request.query.personId),
  );
  app.post(
    '/api/orgs/:orgId/development/cpd',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Record a CPD activity that has happened', params: orgParams, body: activityBody, response: { 201: activity } } },
    async (request, reply) => reply.status(201).send(await service.createActivity(db, actorOf(request), request.body)),
  );
  const activityParams = orgParams.extend({ activityId: idOf('a CPD activity') });
  app.patch(
    '/api/orgs/:orgId/development/cpd/:activityId',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Change a CPD activity', params: activityParams, body: activityBody.partial(), response: { 200: activity } } },
    async (request) => service.updateActivity(db, actorOf(request), request.params.activityId, request.body),
  );
  app.delete(
    '/api/orgs/:orgId/development/cpd/:activityId',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Remove a CPD activity', params: activityParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await service.deleteActivity(db, actorOf(request), request.params.activityId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/orgs/:orgId/development/cpd/:activityId/evidence',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Add evidence to a CPD activity: text, a link, or an uploaded file (a certificate, notes)', params: activityParams, body: evidenceBody, response: { 201: activity } } },
    async (request, reply) => reply.status(201).send(await service.addActivityEvidence(db, actorOf(request), request.params.activityId, request.body)),
  );
  app.delete(
    '/api/orgs/:orgId/development/cpd/:activityId/evidence/:evidenceId',
    { config: { access: 'development.edit' }, schema: { tags, summary: 'Remove evidence from a CPD activity', params: activityParams.extend({ evidenceId: idOf('an evidence item') }), response: { 200: activity } } },
    async (request) => service.removeActivityEvidence(db, actorOf(request), request.params.activityId, request.params.evidenceId),
  );
  app.get(
    '/api/orgs/:orgId/development/cpd/summary',
    {
      config: { access: 'development.read' },
      schema: { tags, summary: "A year's CPD: hours, activities, and the standards touched and not touched", params: orgParams, querystring: ownerQuery.extend({ year: z.coerce.number().int().min(2000).max(2100) }), response: { 200: cpdSummaryResponse } },
    },
    async (request) => service.cpdSummary(db, actorOf(request), request.query.year, request.query.personId),
  );

  app.get(
    '/api/orgs/:orgId/development/shares',
    { config: { access: 'development.read' }, schema: { tags, summary: 'Whom I share my development record with, and who shares theirs with me', params: orgParams, response: { 200: z.object({ sharedWith: z.array(sharePerson), sharedWithMe: z.array(sharePerson) }) } } },
    async (request) => service.shares(db, actorOf(request)),
  );
  app.get(
    '/api/orgs/:orgId/development/viewers',
    {
      config: { access: 'development.share' },
      schema: {
        tags,
        summary: 'The line managers, supporters and mentors one may share a development record with, by name',
        params: orgParams,
        querystring: z.strictObject({ q: z.string().max(100).optional() }),
        response: { 200: z.array(z.object({ id: z.uuid(), name: z.string(), roles: z.array(z.enum(ROLES)) })) },
      },
    },
    async (request) => service.viewers(db, actorOf(request), request.query.q),
  );

  app.post(
    '/api/orgs/:orgId/development/shares',
    { config: { access: 'development.share' }, schema: { tags, summary: 'Share a read-only view with a named line manager, supporter or mentor', params: orgParams, body: z.strictObject({ viewerId: idOf('a person') }), response: { 201: z.object({ id: z.uuid(), viewerId: z.uuid(), createdAt: z.date() }) } } },
    async (request, reply) => reply.status(201).send(await service.share(db, actorOf(request), request.body.viewerId)),
  );
  app.delete(
    '/api/orgs/:orgId/development/shares/:shareId',
    { config: { access: 'development.share' }, schema: { tags, summary: 'Withdraw a share', params: orgParams.extend({ shareId: idOf('a share') }), response: { 204: z.null() } } },
    async (request, reply) => {
      await service.withdrawShare(db, actorOf(request), request.params.shareId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/development/standards',
    { config: { access: 'development.read' }, schema: { tags, summary: 'The code of standards people assess themselves against, the organisation\'s choice, and the adopted codes it may choose from', params: orgParams, response: { 200: standardsSettingResponse } } },
    async (request) => service.standardsSetting(db, actorOf(request)),
  );
  app.put(
    '/api/orgs/:orgId/development/standards',
    {
      config: { access: 'codes.adopt' },
      schema: {
        tags,
        summary: 'Choose the adopted code of standards people assess themselves against (null: the adopted code with the most standards)',
        params: orgParams,
        body: z.strictObject({ codeId: z.string().min(1).max(80).nullable() }),
        response: { 200: standardsSettingResponse },
      },
    },
    async (request) => service.chooseStandards(db, actorOf(request), request.body.codeId),
  );

  app.get(
    '/api/orgs/:orgId/development/insights',
    {
      config: { access: 'development.insights' },
      schema: {
        tags,
        summary: 'Which standards the workforce rates lowest and where CPD is thin (hours per person), by academy or by cohort (year joined): aggregates of five or more only',
        params: orgParams,
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100), groupBy: z.enum(INSIGHT_GROUPINGS).default('academy') }),
        response: { 200: insightsResponse },
      },
    },
    async (request) => insights(database.reports, actorOf(request), request.query.year, request.query.groupBy),
  );

  app.get(
    '/api/orgs/:orgId/development/export',
    {
      config: { access: 'development.read' },
      schema: {
        tags,
        summary: 'My self-assessments, development plan and CPD record (or those of someone who shares theirs with me), as PDF or CSV',
        params: orgParams,
        querystring: ownerQuery.extend({ format: z.enum(['pdf', 'csv']).default('pdf') }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { personId, format } = request.query;
      const name = personId && personId !== actor.personId ? 'development-record' : 'my-development-record';
      return format === 'csv'
        ? sendCsv(reply, `${name}.csv`, await exportCsv(db, actor, personId))
        : reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}.pdf"`).send(await exportPdf(db, actor, personId));
    },
  );

  app.post(
    '/api/orgs/:orgId/files',
    {
      config: { access: 'development.edit' },
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags,
        summary: 'Upload an evidence file (the raw bytes, as application/octet-stream): PDF, image, Office document or text, up to 10 MB',
        params: orgParams,
        querystring: z.strictObject({ name: z.string().trim().min(1, 'is required').max(200).regex(/^[^/\\\u0000]+$/, 'must be a file name, not a path') }),
        response: { 201: fileResponse },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new Problem(415, '/problems/http-415', 'Unsupported file upload', 'body: send the file as application/octet-stream');
      return reply.status(201).send(await service.uploadFile(ctx, actorOf(request), { name: request.query.name, bytes: new Uint8Array(request.body) }));
    },
  );

  app.get(
    '/api/orgs/:orgId/files/:fileId',
    { config: { access: 'development.read' }, schema: { tags, summary: 'Download a file (its owner, or someone they share their record with)', params: orgParams.extend({ fileId: idOf('a file') }) } },
    async (request, reply) => {
      const file = await service.downloadFile(ctx, actorOf(request), request.params.fileId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.name.replace(/[^\w. -]/g, '_')}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.bytes));
    },
  );
};
