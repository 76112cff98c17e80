import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { declarations } from './schema.ts';

// The provisions its declarations were made under, for the provisions report across every record.
export { declarationCitations } from './cited.ts';

// Its kinds in the records' retention schedule.
export { declarationRecordTypes } from './retention.ts';

// What other features may use of declarations.

/**
 * Whether two people are connected by a declaration either of them made and submitted in the organisation:
 * one declared a relationship or an interest naming the other (003 §8.5, §19; 002 and 004 C and K). Cases
 * and reports bar a connected person from anything about the other; a condition for a query's WHERE, asked
 * of each row, for checks of a few rows (see `declaredConnectionsOf` for a list of many).
 */
export function declaredConnection(organisationId: AnyColumn | SQL | string, a: AnyColumn | SQL | string, b: AnyColumn | SQL | string): SQL {
  // One test for each direction, so that each finds the declarant's declarations by its index: asked as one test
  // with OR, PostgreSQL reads every declaration of the organisation for each row it checks.
  const declared = (by: AnyColumn | SQL | string, naming: AnyColumn | SQL | string) =>
    sql`exists (select 1 from ${declarations} d where d.declarant_id = ${by} and d.organisation_id = ${organisationId} and d.state <> 'draft' and ${naming} = any(d.named_person_ids))`;
  return sql`(${declared(a, b)} or ${declared(b, a)})`;
}

/**
 * The same connection as `declaredConnection`, as the set of people connected to one person: PostgreSQL
 * gathers it once for a whole query (`staff_id in (…)`), however many rows a list asks it of. Those the
 * person named are found by the declarant's index; those who named the person take one pass over the
 * organisation's declarations (behind the wall, the index of the people named cannot be used).
 */
export function declaredConnectionsOf(organisationId: string, person: string): SQL {
  return sql`(select unnest(d.named_person_ids) from ${declarations} d where d.organisation_id = ${organisationId} and d.declarant_id = ${person} and d.state <> 'draft'
    union all select d.declarant_id from ${declarations} d where d.organisation_id = ${organisationId} and d.state <> 'draft' and d.named_person_ids @> array[${person}::uuid])`;
}

// Their part of a person's own data export.
export { declarationsPersonalData } from './personal-data.ts';
