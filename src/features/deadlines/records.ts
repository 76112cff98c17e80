import { and, asc, eq, inArray, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { clock } from '../../platform/clock.ts';
import { nameOf } from '../../platform/people/queries.ts';
import { people } from '../../platform/people/schema.ts';
import { deadlines } from './schema.ts';

// What another feature may ask of the deadlines its records carry, by record: which are still open (what is
// due next on a case), and, to order a list of its records, when the soonest of them falls due.

/**
 * The soonest due time of the open deadlines of these records (a condition on the caller's row: the record's
 * type and an SQL list of its ids), or null when none is open: for ordering a list, overdue first.
 */
export function soonestOpenDue(organisationId: AnyColumn | SQL, records: readonly { recordType: string; recordIds: SQL }[]): SQL<Date | null> {
  const any = sql.join(
    records.map((r) => sql`(d.record_type = ${r.recordType} and d.record_id in (${r.recordIds}))`),
    sql` or `,
  );
  return sql`(select min(d.due_at) from ${deadlines} d where d.organisation_id = ${organisationId} and d.met_at is null and d.waived_at is null and (${any}))`.mapWith(deadlines.dueAt) as SQL<Date | null>;
}

/** The open deadlines of these records, soonest first, each with whose it is and whether it is overdue now. */
export async function openDeadlinesOf(db: Db, organisationId: string, records: readonly { recordType: string; recordIds: readonly string[] }[], now = clock.now()) {
  const wanted = records.filter((r) => r.recordIds.length > 0);
  if (wanted.length === 0) return [];
  const rows = await db
    .select({ id: deadlines.id, kind: deadlines.kind, title: deadlines.title, dueAt: deadlines.dueAt, ownerId: deadlines.ownerId, ownerName: nameOf(people) })
    .from(deadlines)
    .innerJoin(people, eq(people.id, deadlines.ownerId))
    .where(and(eq(deadlines.organisationId, organisationId), isNull(deadlines.metAt), isNull(deadlines.waivedAt), or(...wanted.map((r) => and(eq(deadlines.recordType, r.recordType), inArray(deadlines.recordId, [...r.recordIds]))))))
    .orderBy(asc(deadlines.dueAt), asc(deadlines.id));
  return rows.map((row) => ({ ...row, overdue: now.getTime() > row.dueAt.getTime() }));
}
