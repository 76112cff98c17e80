import { and, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { CONDUCT_CODE } from './rules.ts';
import { conductLogEntries as e } from './schema.ts';

/** The provisions each entry of the period cites, with its academy and day: counts for the provisions report, never the entry's content. */
export async function conductLogCitations(db: Db, organisationId: string, period: { from: string; to: string }) {
  const rows = await db
    .select({ academyId: e.academyId, on: e.occurredOn, provisions: e.provisions })
    .from(e)
    .where(and(eq(e.organisationId, organisationId), gte(e.occurredOn, period.from), lte(e.occurredOn, period.to)));
  return rows.map((r) => ({ academyId: r.academyId as string | null, on: r.on, cites: [{ ...CONDUCT_CODE, provisions: r.provisions }] }));
}
