import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
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

/** How many times a connection of a pool that prepares statements is taken before it is closed: what it prepared is bounded by how much it was used. */
const PREPARED_USES = 10_000;
/** What a pool that prepares statements names (see WalledPool): a statement that reads or writes rows, one statement alone. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
/**
 * Written into a statement that is to be planned for its values every time, never prepared: one that decides
 * who may read what (platform/policy.ts: accessWays), whose best plan turns on the reader's grants. A plan made
 * once for any values took one such count of the conduct log from 2 ms to 240 ms.
 */
export const PLANNED_FOR_ITS_VALUES = '/* planned for its values */';

/**
 * A query as the pool sends it: under the name of its text where it prepares statements and the query is one
 * that reads or writes rows, else unnamed. A name the query brings (Drizzle's, for a query built once) is not
 * kept: the embedded database's connections share one set of names, and a pooler may keep none.
 */
function prepared(first: unknown, prepare: boolean): unknown {
  const config = typeof first === 'string' ? { text: first } : (first as (pg.QueryConfig & { rows?: unknown; submit?: unknown }) | null);
  if (!config || typeof config.submit === 'function' || typeof config.text !== 'string' || config.rows) return first;
  if (!prepare || !PREPARABLE.test(config.text) || config.text.includes(';') || config.text.includes(PLANNED_FOR_ITS_VALUES)) return config.name === undefined ? first : { ...config, name: undefined };
  return { ...config, name: `p${createHash('sha256').update(config.text).digest('base64url').slice(0, 32)}` };
}

/**
 * A client taken from the pool, for a transaction as Drizzle takes one, or for the pool's own query. Inside an
 * organisation's scope its BEGIN also sets the role and organisation, and it refuses a query outside a
 * transaction, which would not be walled; where the pool prepares statements, its queries are named.
 */
function pooledClient(client: pg.PoolClient, organisationId: string | undefined, prepare: boolean): pg.PoolClient {
  if (!organisationId && !prepare) return client;
  let inTransaction = false;
  const query = (...args: QueryArgs) => {
    const [first, ...rest] = args;
    if (organisationId) {
      const text = textOf(first);
      if (typeof text !== 'string') throw new Error('Inside an organisation’s scope a query must be SQL text.');
      if (!inTransaction) {
        if (!BEGIN.test(text)) throw new Error('Inside an organisation’s scope a connection is taken for a transaction: begin one first, so that it is walled.');
        inTransaction = true;
        const walled = beginWalled(text.replace(/;\s*$/, ''), organisationId);
        return client.query(...([typeof first === 'string' ? walled : { ...(first as object), text: walled }, ...rest] as unknown as QueryArgs));
      }
      if (ENDS.test(text)) inTransaction = false;
    }
    return client.query(...([prepared(first, prepare), ...rest] as unknown as QueryArgs));
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
 *
 * With `prepare`, each statement that reads or writes rows is prepared once on each connection, under a name
 * taken from its text, and after that sent without its text: PostgreSQL neither parses it again nor, once it
 * has found one plan good for any values (after five runs), plans it again. That is most of what a short
 * query costs the database: on the trust of `npm run seed:large`, /api/me served 1.5 times the requests a
 * second and /api/me/codes twice as many. A statement marked PLANNED_FOR_ITS_VALUES is sent as before. A
 * connection is closed after it has been taken PREPARED_USES times, with what it prepared. Not for the
 * embedded database, whose connections share one session (./socket.ts) and so one set of names.
 */
export class WalledPool extends pg.Pool {
  private readonly prepare: boolean;

  constructor(config: pg.PoolConfig & { prepare?: boolean }) {
    const { prepare = false, ...rest } = config;
    super(prepare ? { maxUses: PREPARED_USES, ...rest } : rest);
    this.prepare = prepare;
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): Promise<pg.PoolClient> | void {
    const organisationId = walledOrganisation();
    // The pool's own query() takes its client with a callback (and names its query itself); so does nothing else of Probity's.
    if (callback) {
      if (organisationId) throw new Error('Inside an organisation’s scope a connection is taken with a promise, so that it can be walled.');
      return super.connect(callback);
    }
    return super.connect().then((client) => pooledClient(client, organisationId, this.prepare));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads, passed through as they are
  override query(...args: any[]): any {
    const organisationId = walledOrganisation();
    if (!organisationId) return (super.query as (...a: unknown[]) => unknown)(prepared(args[0], this.prepare), ...args.slice(1));
    if (typeof args[args.length - 1] === 'function') throw new Error('Inside an organisation’s scope a query is made with a promise, so that it can be walled.');
    return this.walledQuery(organisationId, args as QueryArgs);
  }

  /**
   * A query outside any transaction, inside a scope: a walled transaction of its own, sent in one round trip
   * (see WalledQuery). A query that fails leaves its transaction aborted, and is rolled back after.
   */
  private async walledQuery(organisationId: string, [first, values]: QueryArgs) {
    const config = typeof first === 'string' ? { text: first } : (first as pg.QueryConfig);
    if (typeof config.text !== 'string' || (config as { rows?: unknown }).rows || (config as { name?: unknown }).name) {
      throw new Error('Inside an organisation’s scope a query outside a transaction is SQL text, neither named nor read in pages.');
    }
    const client = await super.connect();
    let broken: Error | undefined;
    try {
      return await new Promise<pg.QueryResult>((resolve, reject) => {
        client.query(new WalledQuery(organisationId, { ...(prepared(config, this.prepare) as pg.QueryConfig), values: (values as unknown[] | undefined) ?? config.values }, (error, result) => (error ? reject(error) : resolve(result))));
      });
    } catch (error) {
      // A connection that cannot roll back is not given back to the pool: it is closed.
      // (Where the batch stopped before BEGIN, there is nothing to roll back, and PostgreSQL only warns.)
      await client.query('ROLLBACK').catch((failed: Error) => (broken = failed));
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

/** What node-postgres's Query does with the connection and its messages, which its types do not declare. */
interface ProtocolConnection {
  parse(message: { text: string; name?: string; types?: unknown }): void;
  bind(message: { portal?: string; statement?: string; values: unknown[]; binary?: boolean; valueMapper?: unknown }): void;
  describe(message: { type: 'P' | 'S'; name: string }): void;
  execute(message: { portal: string; rows?: number }): void;
  sync(): void;
}
interface QueryInternals {
  prepare(connection: ProtocolConnection): void;
  handleCommandComplete(message: unknown, connection: ProtocolConnection): void;
  requiresPreparation(): boolean;
}
const BaseQuery = pg.Query as unknown as new (config: pg.QueryConfig, callback: (error: Error | undefined, result: pg.QueryResult) => void) => pg.Query & QueryInternals;

/**
 * One query in a walled transaction of its own, in one round trip: BEGIN, the role, the organisation, the
 * query and COMMIT go as one extended-protocol batch ending in a single Sync, so the database takes them in
 * turn and answers once. Only the query is described, so only its rows and its completion reach the result;
 * the other statements' completions are passed over. An error stops the batch where it happens (PostgreSQL
 * skips to the Sync), leaving the transaction aborted for the caller to roll back.
 */
class WalledQuery extends BaseQuery {
  private completions = 0;

  constructor(
    private readonly organisationId: string,
    config: pg.QueryConfig,
    callback: (error: Error | undefined, result: pg.QueryResult) => void,
  ) {
    super(config, callback);
  }

  override requiresPreparation() {
    return true;
  }

  override prepare(connection: ProtocolConnection) {
    const statement = (text: string) => {
      connection.parse({ text });
      connection.bind({ values: [] });
      connection.execute({ portal: '' });
    };
    statement('BEGIN');
    statement(`SET LOCAL ROLE ${WALL_ROLE}`);
    statement(`SET LOCAL app.organisation_id = '${this.organisationId}'`);
    // The query's own Sync becomes the COMMIT; the batch's one Sync follows it.
    super.prepare(Object.assign(Object.create(connection) as ProtocolConnection, { sync: () => statement('COMMIT') }));
    connection.sync();
  }

  override handleCommandComplete(message: unknown, connection: ProtocolConnection) {
    // BEGIN, SET, SET, the query, COMMIT: only the fourth is the query's.
    if (++this.completions === 4) super.handleCommandComplete(message, connection);
  }
}
