import type { Db } from './index.ts';

/**
 * A query built once for each database and then run with new values, given to its placeholders
 * (`sql.placeholder`) when it runs. Drizzle builds a query's SQL each time it runs it: for the session that
 * every request resolves, and /api/me's, 70 and 110 µs, a sixth of the server's work under load. Only for a
 * query the pool runs, outside any transaction and any organisation's scope. The name Drizzle asks for is not
 * kept: where the pool prepares statements, it names them by their text (WalledPool).
 */
export function builtOnce<Prepared>(build: (db: Db) => { prepare(name: string): Prepared }): (db: Db) => Prepared {
  const built = new WeakMap<Db, Prepared>();
  return (db) => {
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db).prepare('built once')));
    return query;
  };
}
