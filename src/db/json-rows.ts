import { sql, type SQL } from 'drizzle-orm';

/**
 * A query's rows as one JSON array (each row an object keyed by its columns' names), in the query's order:
 * so that one statement, and one round trip, can answer several lists at once.
 */
export const jsonRows = <T>(query: SQL) => sql<T[]>`(select coalesce(json_agg(x), '[]') from (${query}) x)`;
