import { defineConfig } from 'vitest/config';

// Unit tests run once. Database tests (*.db.test.ts) run against the embedded database and,
// when TEST_DATABASE_URL is set, again against that PostgreSQL server.
const databaseTests = ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true as const, test: { name: 'unit', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: [...databaseTests, 'test/e2e/**'] } },
      { extends: true as const, test: { name: 'pglite', include: databaseTests, globalSetup: ['test/setup/embedded.ts'] } },
      // Browser journeys against a real server: once per run, whatever the database.
      { extends: true as const, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/setup.ts'], testTimeout: 90_000, hookTimeout: 120_000 } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ extends: true as const, test: { name: 'postgres', include: databaseTests, globalSetup: ['test/setup/postgres.ts'] } }]
        : []),
    ],
  },
});
