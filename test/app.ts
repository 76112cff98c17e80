import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DestinationStream } from 'pino';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/index.ts';
import type { Mailer } from '../src/platform/mail/index.ts';
import { buildApp, type App } from '../src/server/app.ts';

/** Every test server of a run shares the one database, so they share one key for its sealed secrets. */
export const TEST_SECRET_KEY = '5e'.repeat(32);

export interface TestApp {
  app: App;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/** The whole server on the run's test database, answering through app.inject. */
export async function testApp(options: { env?: Record<string, string>; mailer?: Mailer; logStream?: DestinationStream } = {}): Promise<TestApp> {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-files-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', PROBITY_DEMO: '0', PUBLIC_URL: 'http://probity.test', PROBITY_FILES_DIR: filesDir, RATE_LIMIT_PER_MINUTE: '0', PROBITY_SECRET_KEY: TEST_SECRET_KEY, ...options.env });
  const database = await openDatabase({ databaseUrl: inject('databaseUrl'), dataDir: '', poolSize: 4 });
  const app = await buildApp({ config, database, mailer: options.mailer, logStream: options.logStream });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
