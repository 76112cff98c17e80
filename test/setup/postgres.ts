import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/index.ts';
import { loadCodes } from '../../src/features/codes/index.ts';
import { TEST_CODES } from '../codes.ts';

// A fresh database on the PostgreSQL server for each run, dropped at the end.
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `probity_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  await loadCodes(database.db, TEST_CODES);
  await database.close();
  project.provide('databaseUrl', url.toString());
  project.provide('databaseServer', serverUrl);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}
