import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../src/db/embedded.ts';
import { openDatabase } from '../../src/db/index.ts';
import { loadCodes } from '../../src/features/codes/index.ts';
import { TEST_CODES } from '../codes.ts';

// One embedded database for the run, in a fresh directory; test files isolate by organisation.
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-test-'));
  const embedded = await startEmbeddedDatabase(dataDir);
  const migrated = await openDatabase({ databaseUrl: embedded.url, dataDir });
  await loadCodes(migrated.db, TEST_CODES);
  await migrated.close();
  project.provide('databaseUrl', embedded.url);
  return async () => {
    await embedded.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The PostgreSQL server of the run, where tests may make databases of their own; absent in the embedded run. */
    databaseServer?: string;
  }
}
