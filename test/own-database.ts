import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/db/index.ts';

/**
 * A database of the test's own, for a test whose subject reads a whole table across organisations (the
 * outbox's sender takes the oldest waiting mail of everyone's): a fresh embedded one in the embedded run,
 * a fresh database on the server in the PostgreSQL run. Other test files write to the shared one meanwhile.
 */
export async function ownDatabase(): Promise<Database> {
  const server = inject('databaseServer');
  if (!server) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-own-'));
    const database = await openDatabase({ databaseUrl: undefined, dataDir, poolSize: 6 });
    return { ...database, close: async () => { await database.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const name = `probity_own_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 6 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
