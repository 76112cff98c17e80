import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './app.ts';
import { makeOrganisation, makePerson, signIn } from './factories.ts';

// What every response carries: security headers, no caching of personal data, limits.

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '20' } });
});
afterAll(() => t.close());

describe('HTTP', () => {
  it('answers the health check with the kind of database', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.0.0.1' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok', database: expect.stringMatching(/^(embedded|postgres)$/) });
  });

  it('sends a Content-Security-Policy that allows no inline script, and other security headers', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.0.0.2' });
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBeDefined();
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/); // the server's own, for support to find the request in the log
  });

  it('never lets personal data be stored, however the path is written', async () => {
    const org = await makeOrganisation(t.database.db);
    const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    const { headers } = await signIn(t.app, person.email);
    const feed = await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers, remoteAddress: '10.0.0.5' });
    const feedPath = new URL(feed.json().url).pathname;
    // The router decodes the path, so each of these is the personal route it names.
    for (const url of ['/%61pi/me', '/%61pi/me/export', feedPath.replace('/api/', '/%61pi/'), '/api/docs/json']) {
      const r = await t.app.inject({ method: 'GET', url, headers, remoteAddress: '10.0.0.5' });
      expect([url, r.statusCode, r.headers['cache-control']]).toEqual([url, 200, 'no-store']);
    }
    const problem = await t.app.inject({ method: 'GET', url: '/%61pi/nothing-here', remoteAddress: '10.0.0.5' });
    expect([problem.statusCode, problem.headers['cache-control']]).toEqual([404, 'no-store']);
  });

  it('publishes the OpenAPI document with every API route', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/docs/json', remoteAddress: '10.0.0.3' });
    const paths = Object.keys(r.json().paths);
    for (const route of t.app.apiRoutes) {
      const openApiPath = route.url.replace(/:(\w+)/g, '{$1}');
      expect(paths, route.url).toContain(openApiPath);
    }
  });

  it('tells an address that sends too much to wait', async () => {
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.0.0.9' })).statusCode;
    expect(last).toBe(429);
    const r = await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.0.0.9' });
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.headers['retry-after']).toBeDefined();
  });

  it('gives each person signed in from one address their own allowance', async () => {
    const org = await makeOrganisation(t.database.db);
    const [first, second] = await Promise.all([0, 1].map(() => makePerson(t.database.db, org.id, [{ role: 'staff' }])));
    const school = '10.0.0.10';
    const ask = async (headers: Record<string, string>) => (await t.app.inject({ method: 'GET', url: '/api/me', headers, remoteAddress: school })).statusCode;
    const one = (await signIn(t.app, first!.email)).headers;
    const two = (await signIn(t.app, second!.email)).headers;
    for (let i = 0; i < 20; i++) expect(await ask(one)).toBe(200);
    expect(await ask(one)).toBe(429);
    expect(await ask(two)).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: school })).statusCode).toBe(200);
  });

  it('answers an unknown API path with a problem, not a page', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/nothing-here', remoteAddress: '10.0.0.4' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ type: '/problems/not-found', detail: 'No route GET /api/nothing-here.' });
  });
});
