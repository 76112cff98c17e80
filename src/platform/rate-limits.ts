import { lte, sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Db } from '../db/index.ts';
import { clock } from './clock.ts';
import type { RetentionRule } from './retention.ts';

// Request limits kept in the database, so that every server process on one database counts against the same
// allowance (a person sending through two processes behind a load balancer is not allowed twice as much).
// Each process counts in memory and, once a second, adds what it counted to the database and reads back the
// total of every process for each key it has seen in the current window: one statement a second, not one a
// request. So the limit holds across processes to within what arrives in that second.

/** Requests counted per key (the keyed hash of a person or an address) and fixed window, added to by every process. */
export const rateLimitCounts = pgTable(
  'rate_limit_counts',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const SYNC_EVERY_MS = 1000;

interface Tally {
  windowStart: number;
  timeWindow: number;
  /** Counted here and not yet added to the database. */
  pending: number;
  /** Every process's count for the window as last read from the database (this process's part included). */
  shared: number;
}

/** The tallies of the keys a server has seen in their current windows, and their synchronisation. */
export class SharedCounts {
  private readonly tallies = new Map<string, Tally>();
  private readonly timer: NodeJS.Timeout;
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    /** What is written for a key: a keyed hash, the same in every process, so that no address or person is. */
    private readonly hash: (key: string) => string,
    private readonly onError: (error: unknown) => void,
  ) {
    this.timer = setInterval(() => void this.sync(), SYNC_EVERY_MS);
    this.timer.unref();
  }

  /** Counts one request of `key` in its current window: how many there have been, and how long the window has left. */
  incr(key: string, timeWindow: number): { current: number; ttl: number } {
    const now = clock.now().getTime();
    const windowStart = Math.floor(now / timeWindow) * timeWindow;
    let tally = this.tallies.get(key);
    if (!tally || tally.windowStart !== windowStart) this.tallies.set(key, (tally = { windowStart, timeWindow, pending: 0, shared: 0 }));
    tally.pending += 1;
    return { current: tally.shared + tally.pending, ttl: windowStart + timeWindow - now };
  }

  /**
   * Adds what was counted here to the database, and reads back the total of every process for each key seen
   * here in its current window; forgets keys whose window has ended. One at a time; a failed one leaves its
   * counts to the next.
   */
  sync(): Promise<void> {
    this.syncing ??= this.write().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async write() {
    const now = clock.now().getTime();
    for (const [key, tally] of this.tallies) if (tally.pending === 0 && tally.windowStart + tally.timeWindow <= now) this.tallies.delete(key);
    if (this.tallies.size === 0) return;
    const sent = [...this.tallies].map(([key, tally]) => ({ key: this.hash(key), tally, added: tally.pending }));
    try {
      const { rows } = await this.db.execute<{ key: string; window_start: Date | string; count: number }>(sql`
        INSERT INTO ${rateLimitCounts} (key, window_start, count)
        SELECT * FROM unnest(${sql.param(sent.map((s) => s.key))}::text[], ${sql.param(sent.map((s) => new Date(s.tally.windowStart).toISOString()))}::timestamptz[], ${sql.param(sent.map((s) => s.added))}::int[])
        ON CONFLICT (key, window_start) DO UPDATE SET count = ${rateLimitCounts.count} + excluded.count
        RETURNING key, window_start, count`);
      const totals = new Map(rows.map((r) => [`${new Date(r.window_start).getTime()} ${r.key}`, r.count]));
      for (const { key, tally, added } of sent) {
        tally.pending -= added;
        tally.shared = totals.get(`${tally.windowStart} ${key}`) ?? tally.shared + added;
      }
    } catch (error) {
      this.onError(error);
    }
  }

  /** Stops synchronising, after adding what is left. */
  async close() {
    clearInterval(this.timer);
    await this.sync();
  }
}

type Callback = (error: Error | null, result: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit over shared counts: the plugin makes one from its settings, and one more,
 * through `child`, for each route with limits of its own (their keys apart from the others').
 */
export function sharedCountStore(counts: SharedCounts) {
  return class SharedCountStore {
    constructor(
      _settings?: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number) {
      callback(null, counts.incr(this.prefix + key, timeWindow));
    }

    // The plugin passes the route's merged settings with the route as routeInfo (its types say otherwise).
    child(settings: object) {
      const { method, url } = (settings as { routeInfo: { method: string; url: string } }).routeInfo;
      return new SharedCountStore(undefined, `${this.prefix}${method} ${url} `);
    }
  };
}

/** Counts of windows that have ended count for nothing. */
export const rateLimitRetention: RetentionRule = {
  record: 'request counts for the request limits',
  keptFor: 'P1D',
  after: 'the window they were counted in begins',
  action: 'delete',
  reason: 'A count matters only within its window (a minute, or fifteen minutes for signing in); a day is kept to see what was refused.',
  apply: async (tx, cutoff) => (await tx.delete(rateLimitCounts).where(lte(rateLimitCounts.windowStart, cutoff)).returning({ key: rateLimitCounts.key })).length,
};
