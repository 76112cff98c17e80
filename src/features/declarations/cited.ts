import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { declarations as d } from './schema.ts';

const submittedOn = sql<string>`to_char(${d.submittedAt} at time zone 'Europe/London', 'YYYY-MM-DD')`;

/** The provisions each declaration submitted in the period was made under, with its academy and day: counts for the provisions report, never its content. */
export async function declarationCitations(db: Db, organisationId: string, period: { from: string; to: string }) {
  return db
    .select({ academyId: d.academyId, on: submittedOn, cites: d.cites })
    .from(d)
    .where(and(eq(d.organisationId, organisationId), ne(d.state, 'draft'), sql`${submittedOn} between ${period.from} and ${period.to}`));
}
