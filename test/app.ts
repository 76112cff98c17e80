import { inject } from 'vitest';
import { loadConfig, type Config } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/index.ts';
import type { Mailer } from '../src/platform/mail/index.ts';
import { buildApp, type App } from '../src/server/app.ts';

export interface TestApp {
  app: App;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/** The whole server on the run's test database, answering through app.inject. */
export async function testApp(options: { env?: Record<string, string>; mailer?: Mailer } = {}): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', PROBITY_DEMO: '0', PUBLIC_URL: 'http://probity.test', ...options.env });
  const database = await openDatabase({ databaseUrl: inject('databaseUrl'), dataDir: '', poolSize: 4 });
  const app = await buildApp({ config, database, mailer: options.mailer });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
