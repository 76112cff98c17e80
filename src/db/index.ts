import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import { startEmbeddedDatabase } from './embedded.ts';
import { migrate } from './migrate.ts';
import * as schema from './schema.ts';
import { WalledPool } from './wall.ts';

export type Db = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A transaction, or the database itself: what services read and write through (audit takes a Transaction only). */
export type Tx = Transaction | Db;

export interface Database {
  kind: 'embedded' | 'postgres';
  pool: pg.Pool;
  db: Db;
  /**
   * Where reports read (overdue deadlines, leaders' insights, registers, the provisions report, the conduct
   * log's patterns): a read replica's when DATABASE_REPLICA_URL names one, so that reports over years of
   * records take nothing from the primary; otherwise the primary's. Either way through connections of their
   * own, at most REPORT_CONNECTIONS: a burst of reports that take seconds each waits for those, and a report
   * that waits longer than REPORT_WAIT_MS is refused (503, Retry-After), while every other request keeps the
   * connections it needs. A replica is a moment behind its primary, so only reports read there, and nothing
   * writes there (a report's audit entry goes to `db`). On the embedded database, `db` itself: it answers one
   * statement at a time whoever asks.
   */
  reports: Db;
  /**
   * Routine upkeep the embedded database needs because PGlite runs as a standalone backend with no
   * autovacuum: it would never gather planner statistics nor reuse the room of dead rows. 'analyze'
   * samples each table (cheap); 'vacuum' also makes dead rows' room reusable. A server's autovacuum does
   * both, so there it does nothing.
   */
  maintain(work: 'analyze' | 'vacuum'): Promise<void>;
  close(): Promise<void>;
}

// Dates without time stay 'YYYY-MM-DD' strings rather than becoming midnight in some zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** How many connections a server process's reports hold at most (see Database.reports). */
export const REPORT_CONNECTIONS = 3;
/** How long a report waits for one of them before it is refused. */
const REPORT_WAIT_MS = 10_000;

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  replicaUrl?: string | undefined;
  dataDir: string;
  logger?: Logger;
  poolSize?: number;
  /** On a server, prepare each statement once per connection (WalledPool); off for a pooler that cannot keep them. On unless said. */
  prepare?: boolean;
}

/** Whether each connection to this server has a session of its own: not so PGlite served over a socket (./socket.ts), whose connections share its one. */
async function sessionPerConnection(url: string | undefined): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    return !rows[0]!.version.includes('PGlite');
  } finally {
    await client.end();
  }
}

/** Opens the configured database (a server, or the embedded one) and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.databaseUrl ? undefined : await startEmbeddedDatabase(options.dataDir);
  // Statements are prepared where each connection keeps its own (see WalledPool), unless asked not to.
  const prepare = !embedded && (options.prepare ?? true) && (await sessionPerConnection(options.databaseUrl));
  // Walled inside an organisation's scope (./wall.ts); an ordinary pool outside one.
  const pool = new WalledPool({
    connectionString: embedded?.url ?? options.databaseUrl,
    max: options.poolSize ?? 10,
    idleTimeoutMillis: 10_000,
    prepare,
  });
  pool.on('error', (error) => options.logger?.error({ err: error }, 'idle database connection failed'));
  try {
    const applied = await migrate(pool);
    if (applied.length > 0) options.logger?.info({ migrations: applied }, 'database migrated');
    // Statistics from the start: the embedded database has had no autovacuum to gather them. They are kept
    // in the data directory, so a start analyses only when a table has never been (a new database, or tables
    // a migration added); the hourly and nightly upkeep keep them current.
    if (embedded) {
      const { rows } = await pool.query("SELECT bool_and(c.reltuples >= 0) AS analysed FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'");
      if (!(rows as [{ analysed: boolean | null }])[0].analysed) await pool.query('ANALYZE');
    }
  } catch (error) {
    await pool.end();
    await embedded?.close();
    throw error;
  }
  // Walled as the primary's pool is: a replica takes SET LOCAL in its read-only transactions. Its statements
  // are not prepared: each runs for seconds, of which planning is a sliver, and is best planned for its values.
  const reportsUrl = options.replicaUrl ?? options.databaseUrl;
  const reports = embedded || !reportsUrl ? undefined : new WalledPool({ connectionString: reportsUrl, max: REPORT_CONNECTIONS, connectionTimeoutMillis: REPORT_WAIT_MS, idleTimeoutMillis: 10_000 });
  reports?.on('error', (error) => options.logger?.error({ err: error }, 'idle reports connection failed'));
  const db = drizzle(pool, { schema });
  return {
    kind: embedded ? 'embedded' : 'postgres',
    pool,
    db,
    reports: reports ? drizzle(reports, { schema }) : db,
    async maintain(work) {
      if (embedded) await pool.query(work === 'vacuum' ? 'VACUUM (ANALYZE)' : 'ANALYZE');
    },
    async close() {
      await reports?.end();
      await pool.end();
      await embedded?.close();
    },
  };
}
