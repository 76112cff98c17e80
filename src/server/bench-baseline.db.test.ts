import { afterEach, describe, expect, it, vi } from 'vitest';
import { testApp } from '../../test/app.ts';
import { makeOrganisation, makePerson, signIn } from '../../test/factories.ts';
import { BENCH_BASELINE_SETTING, BENCH_BASELINE_URL } from './bench-baseline.ts';

afterEach(() => vi.unstubAllEnvs());

describe("the benchmark's baseline route", () => {
  it('is absent from a server started without the setting', async () => {
    vi.stubEnv(BENCH_BASELINE_SETTING, undefined);
    const t = await testApp();
    try {
      const org = await makeOrganisation(t.database.db);
      const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
      const { cookie } = await signIn(t.app, person.email);
      const response = await t.app.inject({ method: 'GET', url: BENCH_BASELINE_URL, headers: { cookie } });
      expect(response.statusCode).toBe(404);
      expect(t.app.apiRoutes.map((r) => r.url)).not.toContain(BENCH_BASELINE_URL);
    } finally {
      await t.close();
    }
  });

  it('answers a signed-in person, and no one else, when the benchmark starts the server', async () => {
    vi.stubEnv(BENCH_BASELINE_SETTING, '1');
    const t = await testApp();
    try {
      const org = await makeOrganisation(t.database.db);
      const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
      const { cookie } = await signIn(t.app, person.email);
      const response = await t.app.inject({ method: 'GET', url: BENCH_BASELINE_URL, headers: { cookie } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ personId: person.id });
      expect((await t.app.inject({ method: 'GET', url: BENCH_BASELINE_URL })).statusCode).toBe(401);
      // Not part of the API's contract: the web app's generated types never see it.
      const document = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{ paths: Record<string, unknown> }>();
      expect(Object.keys(document.paths)).not.toContain(BENCH_BASELINE_URL);
    } finally {
      await t.close();
    }
  });
});
