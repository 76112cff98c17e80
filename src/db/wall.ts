import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/**
 * The second wall between organisations. Every tenant table has a row-level security policy that lets the
 * role probity_app (made by migration 0011, without BYPASSRLS) see and write only the rows of the organisation
 * named by the transaction's setting app.organisation_id. Inside an organisation's scope (a request to a
 * route under /api/orgs/:orgId, once its access is granted) every transaction the pool runs begins, in the same
 * round trip as its BEGIN, with SET LOCAL ROLE probity_app and that organisation; a query outside any
 * transaction becomes a transaction of its own. So a service query that forgets its organisation filter still
 * reads and changes nothing of another organisation: PostgreSQL leaves those rows out.
 *
 * Outside any scope (migrations, jobs, demo seeding, sign-in and session look-up, a person's own pages across
 * their organisations) the pool runs as the connecting role, which owns the tables (or is a superuser) and so
 * is not bound by the policies: that work is deliberately the system's, across organisations.
 */

export const WALL_ROLE = 'probity_app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const scope = new AsyncLocalStorage<{ organisationId: string } | null>();

/** Runs work, and everything it starts, behind the wall of one organisation. */
export function withinOrganisation<T>(organisationId: string, work: () => T): T {
  // The id is written into the SQL that begins each transaction, so it must be exactly a UUID.
  if (!UUID.test(organisationId)) throw new Error(`Not an organisation id: ${JSON.stringify(organisationId)}`);
  return scope.run({ organisationId: organisationId.toLowerCase() }, work);
}

/**
 * Runs work as the system, across organisations, even when called inside an organisation's scope.
 * Every use says why in a comment: it is a deliberate opening in the wall.
 */
export function outsideTheWall<T>(work: () => PromiseLike<T> | T): Promise<T> {
  // Awaited within the run: a Drizzle query is sent only when awaited, and must be sent outside the wall.
  return scope.run(null, async () => await work());
}

/** The organisation whose wall the current work is behind, if any. */
export function walledOrganisation(): string | undefined {
  return scope.getStore()?.organisationId;
}

const beginWalled = (begin: string, organisationId: string) =>
  `${begin}; SET LOCAL ROLE ${WALL_ROLE}; SET LOCAL app.organisation_id = '${organisationId}'`;
const BEGIN = /^\s*(begin|start\s+transaction)\b/i;
const ENDS = /^\s*(commit|end|rollback|abort)\s*;?\s*$/i;

type QueryArgs = Parameters<pg.PoolClient['query']>;
const textOf = (first: unknown) => (typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text);

/**
 * A client taken from the pool inside an organisation's scope (for a transaction, as Drizzle does): its BEGIN
 * also sets the role and organisation, and it refuses a query outside a transaction, which would not be walled.
 */
function walledClient(client: pg.PoolClient, organisationId: string): pg.PoolClient {
  let inTransaction = false;
  const query = (...args: QueryArgs) => {
    const [first, ...rest] = args;
    const text = textOf(first);
    if (typeof text !== 'string') throw new Error('Inside an organisation’s scope a query must be SQL text.');
    if (!inTransaction) {
      if (!BEGIN.test(text)) throw new Error('Inside an organisation’s scope a connection is taken for a transaction: begin one first, so that it is walled.');
      inTransaction = true;
      const walled = beginWalled(text.replace(/;\s*$/, ''), organisationId);
      return client.query(...([typeof first === 'string' ? walled : { ...(first as object), text: walled }, ...rest] as unknown as QueryArgs));
    }
    if (ENDS.test(text)) inTransaction = false;
    return client.query(...args);
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === 'query') return query;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The one pool of the process. Outside an organisation's scope it is an ordinary pool; inside one, every
 * query and every transaction it runs is walled (see above).
 */
export class WalledPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): Promise<pg.PoolClient> | void {
    const organisationId = walledOrganisation();
    // The pool's own query() takes its client with a callback; so does nothing else of Probity's.
    if (callback) {
      if (organisationId) throw new Error('Inside an organisation’s scope a connection is taken with a promise, so that it can be walled.');
      return super.connect(callback);
    }
    if (!organisationId) return super.connect();
    return super.connect().then((client) => walledClient(client, organisationId));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads, passed through as they are
  override query(...args: any[]): any {
    const organisationId = walledOrganisation();
    if (!organisationId) return (super.query as (...a: unknown[]) => unknown)(...args);
    if (typeof args[args.length - 1] === 'function') throw new Error('Inside an organisation’s scope a query is made with a promise, so that it can be walled.');
    return this.walledQuery(organisationId, args as QueryArgs);
  }

  /** A query outside any transaction, inside a scope: a walled transaction of its own. */
  private async walledQuery(organisationId: string, args: QueryArgs) {
    const client = await super.connect();
    let broken: Error | undefined;
    try {
      await client.query(beginWalled('BEGIN', organisationId));
      const result = await client.query(...args);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot roll back is not given back to the pool: it is closed.
      await client.query('ROLLBACK').catch((failed: Error) => (broken = failed));
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
