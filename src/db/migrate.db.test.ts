import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { roundTrips } from '../../test/round-trips.ts';
import { DatabaseNewerThanCode, migrate, readMigrations } from './migrate.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
});
afterAll(() => pool.end());

describe('migrations', () => {
  it('applies nothing the second time, and finds that out in one read', async () => {
    expect(await migrate(pool)).toEqual([]);
    expect(await roundTrips(async () => expect(await migrate(pool)).toEqual([]))).toEqual(['SELECT tag, hash FROM probity_migrations']);
  });

  it('refuses a database newer than the code, changing nothing', async () => {
    const all = readMigrations();
    const older = all.slice(0, -1);
    await expect(migrate(pool, older)).rejects.toThrow(DatabaseNewerThanCode);
    await expect(migrate(pool, older)).rejects.toThrow(new RegExp(`newer than this version of Probity.*${all.at(-1)!.tag}`));
    expect(await migrate(pool)).toEqual([]);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, hash: 'edited' } : m));
    await expect(migrate(pool, edited)).rejects.toThrow(/0000_platform was changed after it was applied/);
  });
});
