import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './index.ts';

// PGlite runs as a standalone backend: no autovacuum ever gathers statistics or reclaims dead rows, so
// Probity does it for the embedded database itself.

let database: Database;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-maintain-'));
  database = await openDatabase({ databaseUrl: undefined, dataDir });
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const rowsEstimated = async (table: string) => Number((await database.pool.query('SELECT reltuples FROM pg_class WHERE relname = $1', [table])).rows[0].reltuples);

describe('the embedded database upkeep', () => {
  it('has statistics for every table once opened', async () => {
    expect(await rowsEstimated('people')).toBe(0);
    expect(await rowsEstimated('audit_events')).toBe(0);
  });

  it('gathers the statistics the planner needs, and reclaims dead rows', async () => {
    await database.pool.query('CREATE TABLE upkeep_probe (n int)');
    await database.pool.query('INSERT INTO upkeep_probe SELECT generate_series(1, 5000)');
    expect(await rowsEstimated('upkeep_probe')).toBe(-1);
    await database.maintain('analyze');
    expect(await rowsEstimated('upkeep_probe')).toBe(5000);
    await database.pool.query('DELETE FROM upkeep_probe WHERE n > 1000');
    await database.maintain('vacuum');
    expect(await rowsEstimated('upkeep_probe')).toBe(1000);
  });

  it('analyses at a start only when a table has never been: statistics kept in the data directory serve until the hourly upkeep', async () => {
    const reopen = async () => {
      await database.close();
      database = await openDatabase({ databaseUrl: undefined, dataDir });
    };
    await database.pool.query('CREATE TABLE upkeep_kept (n int)');
    await database.pool.query('INSERT INTO upkeep_kept SELECT generate_series(1, 5000)');
    await database.maintain('analyze');
    await database.pool.query('DELETE FROM upkeep_kept WHERE n > 1000');
    await reopen();
    expect(await rowsEstimated('upkeep_kept')).toBe(5000);
    await database.pool.query('CREATE TABLE upkeep_new (n int)');
    await reopen();
    expect([await rowsEstimated('upkeep_new'), await rowsEstimated('upkeep_kept')]).toEqual([0, 1000]);
  });
});
