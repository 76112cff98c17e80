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
 * and reports bar a connected person from anything about the other; a condition for a query's WHERE.
 */
export function declaredConnection(organisationId: AnyColumn | SQL | string, a: AnyColumn | SQL | string, b: AnyColumn | SQL | string): SQL {
  // One test for each direction, so that each finds the declarant's declarations by its index: asked as one test
  // with OR, PostgreSQL reads every declaration of the organisation for each row it checks.
  const declared = (by: AnyColumn | SQL | string, naming: AnyColumn | SQL | string) =>
    sql`exists (select 1 from ${declarations} d where d.declarant_id = ${by} and d.organisation_id = ${organisationId} and d.state <> 'draft' and ${naming} = any(d.named_person_ids))`;
  return sql`(${declared(a, b)} or ${declared(b, a)})`;
}

// Their part of a person's own data export.
export { declarationsPersonalData } from './personal-data.ts';
