import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { declaredConnections } from './schema.ts';

// The provisions its declarations were made under, for the provisions report across every record.
export { declarationCitations } from './cited.ts';

// Its kinds in the records' retention schedule.
export { declarationRecordTypes } from './retention.ts';

// What other features may use of declarations.

/**
 * Whether two people are connected by a declaration either of them made and submitted in the organisation:
 * one declared a relationship or an interest naming the other (003 §8.5, §19; 002 and 004 C and K). Cases
 * and reports bar a connected person from anything about the other; a condition for a query's WHERE, asked
 * of each row, for checks of a few rows (see `declaredConnectionsOf` for a list of many). Both read the
 * connections the database keeps beside each declaration (schema: declaredConnections), by index.
 */
export function declaredConnection(organisationId: AnyColumn | SQL | string, a: AnyColumn | SQL | string, b: AnyColumn | SQL | string): SQL {
  const declared = (by: AnyColumn | SQL | string, naming: AnyColumn | SQL | string) =>
    sql`exists (select 1 from ${declaredConnections} c where c.organisation_id = ${organisationId} and c.declarant_id = ${by} and c.person_id = ${naming})`;
  return sql`(${declared(a, b)} or ${declared(b, a)})`;
}

/**
 * The same connection as `declaredConnection`, as the set of people connected to one person: PostgreSQL
 * gathers it once for a whole query (`staff_id in (…)`), however many rows a list asks it of.
 */
export function declaredConnectionsOf(organisationId: string, person: string): SQL {
  return sql`(select c.person_id from ${declaredConnections} c where c.organisation_id = ${organisationId} and c.declarant_id = ${person}
    union all select c.declarant_id from ${declaredConnections} c where c.organisation_id = ${organisationId} and c.person_id = ${person})`;
}

// Their part of a person's own data export.
export { declarationsPersonalData } from './personal-data.ts';
