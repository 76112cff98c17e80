import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ownDatabase } from '../../test/own-database.ts';
import { REPORT_CONNECTIONS, openDatabase, type Database } from './index.ts';

// On a server, reports read through connections of their own (Database.reports): however many reports are
// asked for at once, the connections every other request needs stay free. The embedded database answers one
// statement at a time whoever asks, so there reports read as everything else does.

const server = inject('databaseServer');
let database: Database;

beforeAll(async () => {
  database = server ? await openDatabase({ databaseUrl: server, dataDir: '' }) : await ownDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe.skipIf(!server)('reports on a server', () => {
  it('wait for connections of their own, at most REPORT_CONNECTIONS at once, while other requests are answered', async () => {
    const settled: string[] = [];
    const slow = Array.from({ length: REPORT_CONNECTIONS + 1 }, (_, i) => database.reports.execute(sql`select pg_sleep(2), ${i}::int as n`).then(() => settled.push(`report ${i}`)));
    const running = async () => Number((await database.db.execute<{ n: string }>(sql`select count(*) as n from pg_stat_activity where datname = current_database() and query like 'select pg_sleep(2)%'`)).rows[0]!.n);
    // The reports that got a connection are running; the one more waits for one of theirs.
    let seen = 0;
    for (let tries = 0; tries < 100 && seen < REPORT_CONNECTIONS; tries++) seen = await running();
    expect(seen).toBe(REPORT_CONNECTIONS);
    expect(await running()).toBe(REPORT_CONNECTIONS);
    // Meanwhile the rest of the server reads and writes as usual.
    await database.db.execute(sql`select 1`);
    settled.push('other');
    await Promise.all(slow);
    expect(settled[0]).toBe('other');
    expect(settled).toHaveLength(REPORT_CONNECTIONS + 2);
  });
});

describe.skipIf(server)('reports on the embedded database', () => {
  it('read as everything else does', () => {
    expect(database.reports).toBe(database.db);
  });
});
