import { getTableName } from 'drizzle-orm';
import { foreignKey, primaryKey, type PgColumn } from 'drizzle-orm/pg-core';

// Tenant tables are keyed by their organisation first, so that they can be spread over several database
// servers by organisation_id (Citus, README: "Beyond one database server"): a distributed table's primary and
// unique keys must hold that column, and so must a reference from one distributed table to another, on both
// sides. Within one server the same keys mean the database itself refuses a row that points at another
// organisation's record.

/** A tenant table's primary key: its organisation, then what identifies the row within it. */
export function tenantKey(t: { organisationId: PgColumn }, ...columns: PgColumn[]) {
  return primaryKey({ name: `${getTableName(t.organisationId.table)}_pkey`, columns: [t.organisationId, ...columns] });
}

/** A tenant table's column naming a row of another tenant table, which must be of the same organisation. */
export function sameOrganisation(t: { organisationId: PgColumn }, column: PgColumn, target: { organisationId: PgColumn; id: PgColumn }) {
  return foreignKey({
    name: `${getTableName(column.table)}_${column.name}_fk`,
    columns: [t.organisationId, column],
    foreignColumns: [target.organisationId, target.id],
  });
}
