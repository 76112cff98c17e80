import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/auth/plugin.ts';
import type { RouteContext } from '../../platform/context.ts';
import { idOf } from '../../platform/validation.ts';
import { sendCsv } from '../../platform/csv.ts';
import * as service from './service.ts';

const tags = ['provisions report'];
const orgParams = z.object({ orgId: z.uuid('must be an organisation id') });
const isoDate = z.iso.date('must be a date as YYYY-MM-DD');
const count = z.number().nullable();

const report = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  academies: z.array(z.object({ id: z.uuid().nullable(), name: z.string() })),
  choices: z.array(z.object({ id: z.uuid(), name: z.string() })),
  months: z.array(z.string()),
  provisions: z.array(
    z.object({
      provision: z.object({ id: z.string(), code: z.string(), codeName: z.string(), version: z.string(), key: z.string(), words: z.string(), href: z.string().nullable() }),
      total: count,
      byKind: z.object({ conduct: count, declaration: count, concern: count, case: count }),
      byAcademy: z.array(z.object({ academyId: z.uuid().nullable(), academyName: z.string(), count })),
      byMonth: z.array(z.object({ month: z.string(), count })),
    }),
  ),
});

export const provisionsReportRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { database }) => {
  const db = database.reports;

  app.get(
    '/api/orgs/:orgId/provisions-report',
    {
      config: { access: 'provisions.report' },
      schema: {
        tags,
        summary:
          'Which provisions of the codes conduct-log entries, declarations, safeguarding concerns and cases cite over a period (at most 36 months), of one academy or every one I oversee: counts by kind of record, academy and month, most involved first; a count from 1 to 4 is hidden (null); as a spreadsheet with format=csv',
        params: orgParams,
        querystring: z.strictObject({ from: isoDate, to: isoDate, academyId: idOf('an academy').optional(), format: z.enum(['json', 'csv']).default('json') }),
        response: { 200: z.union([report, z.string()]) },
      },
    },
    async (request, reply) => {
      const { from, to, academyId, format } = request.query;
      if (format === 'json') return service.provisionsInvolved(db, actorOf(request), { from, to }, academyId);
      return sendCsv(reply, `provisions-report-${from}-to-${to}.csv`, await service.provisionsInvolvedCsv(db, actorOf(request), { from, to }, academyId));
    },
  );
};
