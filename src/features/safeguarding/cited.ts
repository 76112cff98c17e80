import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { ALLEGATION_CITES, CONCERN_CITES } from './rules.ts';
import { safeguardingConcerns as c } from './schema.ts';

const recordedOn = sql<string>`to_char(${c.recordedAt} at time zone 'Europe/London', 'YYYY-MM-DD')`;

/** The provisions each concern (or allegation) recorded in the period is recorded under, with its academy and day: counts for the provisions report, never its content. */
export async function safeguardingCitations(db: Db, organisationId: string, period: { from: string; to: string }) {
  const rows = await db
    .select({ academyId: c.academyId, on: recordedOn, state: c.state })
    .from(c)
    .where(and(eq(c.organisationId, organisationId), sql`${recordedOn} between ${period.from} and ${period.to}`));
  return rows.map((r) => ({ academyId: r.academyId as string | null, on: r.on, cites: [r.state === 'allegation' ? ALLEGATION_CITES : CONCERN_CITES] }));
}
