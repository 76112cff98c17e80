import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { declarations } from './schema.ts';

// The provisions its declarations were made under, for the provisions report across every record.
export { declarationCitations } from './cited.ts';

// Its kinds in the records' retention schedule.
export { declarationRecordTypes } from './retention.ts';

// What other features may use of declarations.

/**
 * The people connected to a person by a declaration either of them made and submitted in the organisation:
 * one declared a relationship or an interest naming the other (003 §8.5, §19; 002 and 004 C and K). Cases
 * and reports bar a connected person from anything about the other. Given the organisation and the person as
 * values, it is a set PostgreSQL gathers once for a whole query (`staff_id in (…)`), by the declarant's
 * index and the index of the people named, however many rows it is asked of.
 */
export function declaredConnectionsOf(organisationId: AnyColumn | SQL | string, person: AnyColumn | SQL | string): SQL {
  return sql`(select unnest(d.named_person_ids) from ${declarations} d where d.organisation_id = ${organisationId} and d.declarant_id = ${person} and d.state <> 'draft'
    union all select d.declarant_id from ${declarations} d where d.organisation_id = ${organisationId} and d.state <> 'draft' and d.named_person_ids @> array[${person}::uuid])`;
}

/** Whether two people are connected by a declaration (see `declaredConnectionsOf`); a condition for a query's WHERE. */
export function declaredConnection(organisationId: AnyColumn | SQL | string, a: AnyColumn | SQL | string, b: AnyColumn | SQL | string): SQL {
  return sql`(${b} in ${declaredConnectionsOf(organisationId, a)})`;
}

// Their part of a person's own data export.
export { declarationsPersonalData } from './personal-data.ts';
