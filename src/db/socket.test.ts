import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.ts';

// The embedded database serves many connections through one PGlite session: no connection may ever see
// another's results, and a transaction is never interleaved with other work.

let embedded: EmbeddedDatabase;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-socket-'));
  embedded = await startEmbeddedDatabase(dataDir);
});
afterAll(async () => {
  await embedded.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded database socket', () => {
  it('answers every connection with its own results under concurrent load, queries of different shapes mixed', async () => {
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: embedded.url, max: 4 }));
    const mismatches: string[] = [];
    await Promise.all(
      pools.flatMap((pool, p) =>
        Array.from({ length: 4 }, async (_, w) => {
          for (let i = 0; i < 150; i++) {
            const n = p * 100_000 + w * 1000 + i;
            const shape = (p + w + i) % 4;
            let rows: { n: number }[];
            if (shape === 3) {
              const client = await pool.connect();
              try {
                await client.query('BEGIN');
                await client.query('SELECT 1');
                rows = (await client.query<{ n: number }>('SELECT $1::int AS n', [n])).rows;
                await client.query('COMMIT');
              } finally {
                client.release();
              }
            } else if (shape === 0) rows = (await pool.query<{ n: number }>('SELECT $1::int AS n', [n])).rows;
            else if (shape === 1) rows = (await pool.query<{ n: number }>("SELECT $1::text AS s, $2::int AS n, 'x' AS k", [`v${n}`, n])).rows;
            else rows = (await pool.query<{ n: number }>('SELECT $3::int AS n, $1::int + $2::int AS sum', [1, 2, n])).rows;
            if (rows[0]?.n !== n) mismatches.push(`${n} got ${JSON.stringify(rows)}`);
          }
        }),
      ),
    );
    await Promise.all(pools.map((pool) => pool.end()));
    expect(mismatches).toEqual([]);
  });

  it('delivers large results intact while other connections are busy', async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 6 });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        pool.query<{ n: number; t: string }>("SELECT n, repeat(md5(n::text), 8) AS t FROM generate_series(1, $1::int) AS n", [2000 + i]),
      ),
    );
    results.forEach((r, i) => {
      expect(r.rows).toHaveLength(2000 + i);
      expect(r.rows.at(-1)!.n).toBe(2000 + i);
      expect(r.rows.every((row) => row.t.length === 256)).toBe(true);
    });
    await pool.end();
  });

  it('keeps a transaction to itself: another connection sees neither its writes nor a half of it', async () => {
    const a = new pg.Client({ connectionString: embedded.url });
    const b = new pg.Client({ connectionString: embedded.url });
    await Promise.all([a.connect(), b.connect()]);
    await a.query('CREATE TABLE IF NOT EXISTS isolation_check (n int)');
    await a.query('BEGIN');
    await a.query('INSERT INTO isolation_check VALUES (1)');
    const seen = b.query<{ count: string }>('SELECT count(*) FROM isolation_check');
    await a.query('INSERT INTO isolation_check VALUES (2)');
    await a.query('COMMIT');
    expect((await seen).rows[0]!.count).toBe('2'); // b waited for a's transaction to end
    await Promise.all([a.end(), b.end()]);
  });

  it('rolls back the transaction of a connection that goes away, and carries on', async () => {
    const a = new pg.Client({ connectionString: embedded.url });
    a.on('error', () => undefined); // its connection is cut on purpose
    await a.connect();
    await a.query('CREATE TABLE IF NOT EXISTS abandoned (n int)');
    await a.query('BEGIN');
    await a.query('INSERT INTO abandoned VALUES (1)');
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const b = new pg.Client({ connectionString: embedded.url });
    await b.connect();
    expect((await b.query<{ count: string }>('SELECT count(*) FROM abandoned')).rows[0]!.count).toBe('0');
    await b.end();
  });
});
