import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { employments } from '../../platform/people/schema.ts';
import { CASE_TYPES } from './rules.ts';
import { cases as c } from './schema.ts';

const openedOn = sql<string>`to_char(${c.openedAt} at time zone 'Europe/London', 'YYYY-MM-DD')`;
/** A case lies in no academy of its own: it counts at the academy where the person it is about worked, if any. */
const academyOf = sql<string | null>`(select ${employments.academyId} from ${employments} where ${employments.organisationId} = ${c.organisationId}
  and ${employments.personId} = ${c.subjectId} and ${employments.academyId} is not null order by ${employments.endedOn} desc nulls first limit 1)`;

/** The provisions each case opened in the period is concerned with (its type's), with its academy and day: counts for the provisions report, never its content. */
export async function caseCitations(db: Db, organisationId: string, period: { from: string; to: string }) {
  const rows = await db
    .select({ academyId: academyOf, on: openedOn, type: c.type })
    .from(c)
    .where(and(eq(c.organisationId, organisationId), sql`${openedOn} between ${period.from} and ${period.to}`));
  return rows.map((r) => ({ academyId: r.academyId, on: r.on, cites: CASE_TYPES[r.type].cites }));
}
