import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, or } from 'drizzle-orm';
import { createSession, csrfTokenFor } from '../src/platform/auth/sessions.ts';
import { auditEvents } from '../src/platform/audit/index.ts';
import { people } from '../src/platform/people/schema.ts';
import { testApp, type TestApp } from './app.ts';
import { makeOrganisation, makePerson, type TestOrganisation, type TestPerson } from './factories.ts';

// Whatever arrives, every route answers with a clear 4xx problem and never a 500.

const INJECTIONS = [
  "'; DROP TABLE people; --",
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u0000nul',
  'ünïcödé ☃ 👩‍🏫',
  'x'.repeat(10_000),
];

let t: TestApp;
let org: TestOrganisation;
let admin: TestPerson;
let headers: Record<string, string>;

beforeAll(async () => {
  t = await testApp();
  org = await makeOrganisation(t.database.db, 'employer_trust');
  // Case officer too, so that opening a case, which only case officers may, is reached by every bad input;
  // and principal and designated safeguarding lead, for the conduct log and the appointment of deputies; and a
  // handler of concerns and a custodian, for entering a concern received by phone and deciding reveals.
  admin = await makePerson(t.database.db, org.id, [
    { role: 'organisation_admin' },
    { role: 'auditor' },
    { role: 'case_officer' },
    { role: 'principal' },
    { role: 'designated_safeguarding_lead' },
    { role: 'concerns_handler' },
    { role: 'identity_custodian' },
    // A member and a moderator, for registering on a programme and drawing a moderation sample.
    { role: 'member' },
    { role: 'moderator' },
    // The data protection officer, for the records' retention: confirming deletions and legal holds.
    { role: 'data_protection_officer' },
  ]);
  const token = await createSession(t.database.db, admin.id, { idleMinutes: 30, absoluteHours: 12 });
  headers = { cookie: `probity_session=${token}`, 'x-csrf-token': csrfTokenFor(token) };
});
afterAll(() => t.close());

const routes = () => t.app.apiRoutes.filter((r) => r.url !== '/api/sessions' && r.url !== '/api/session' || r.method === 'POST');
const fill = (url: string, value: string = crypto.randomUUID()) => url.replace(':orgId', org.id).replace(/:\w+/g, value);

function expectProblem(r: { statusCode: number; headers: Record<string, unknown>; json(): { detail?: string } }, what: string) {
  expect(r.statusCode, what).toBeGreaterThanOrEqual(400);
  expect(r.statusCode, what).toBeLessThan(500);
  expect(String(r.headers['content-type']), what).toContain('application/problem+json');
  expect(r.json().detail, what).toBeTruthy();
}

describe('bad input', () => {
  it('answers malformed JSON with 400 naming the body', async () => {
    for (const route of routes().filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method))) {
      const r = await t.app.inject({ method: route.method as 'POST', url: fill(route.url), headers: { ...headers, 'content-type': 'application/json' }, payload: '{"email": "a@b.c", ' });
      expectProblem(r, `${route.method} ${route.url}`);
      expect(r.json().detail).toMatch(/^body: /);
      if (r.statusCode === 400) expect(r.json().title, route.url).toBe('Malformed JSON');
    }
  });

  it('refuses an oversize body with 413 before reading it', async () => {
    const huge = JSON.stringify({ csv: 'x'.repeat(1_100_000) });
    const r = await t.app.inject({ method: 'POST', url: fill('/api/orgs/:orgId/people/import/preview'), headers: { ...headers, 'content-type': 'application/json' }, payload: huge });
    expect(r.statusCode).toBe(413);
    expect(r.json().title).toBe('Request too large');
    expectProblem(r, 'oversize');
  });

  it('refuses wrong types and unknown fields, naming each', async () => {
    for (const route of routes().filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method))) {
      const r = await t.app.inject({ method: route.method as 'POST', url: fill(route.url), headers, payload: { email: 42, password: [], name: {}, roles: 'admin', unexpected: true } });
      expectProblem(r, `${route.method} ${route.url}`);
      if (r.statusCode === 400) expect(r.json(), `${route.method} ${route.url}`).toHaveProperty('errors');
    }
  });

  it('keeps injection strings in every text field and parameter from doing harm', async () => {
    for (const route of routes()) {
      for (const evil of INJECTIONS) {
        const write = ['POST', 'PUT', 'PATCH'].includes(route.method);
        const payload = { email: evil, password: evil, name: evil, givenName: evil, familyName: evil, csv: evil, token: evil, currentPassword: evil, newPassword: evil, reason: evil };
        const inPath = await t.app.inject({ method: route.method as 'GET', url: fill(route.url, encodeURIComponent(evil.slice(0, 200))), headers, ...(write ? { payload } : {}) });
        expect(inPath.statusCode, `${route.method} ${route.url} with ${evil.slice(0, 20)} in the path`).toBeLessThan(500);
        const inQuery = await t.app.inject({ method: route.method as 'GET', url: `${fill(route.url)}?q=${encodeURIComponent(evil)}&action=${encodeURIComponent(evil.slice(0, 90))}`, headers, ...(write ? { payload } : {}) });
        expect(inQuery.statusCode, `${route.method} ${route.url} with ${evil.slice(0, 20)} in the query`).toBeLessThan(500);
      }
    }
    // Other test files share the database: what counts is that no one was made from these strings.
    const storable = INJECTIONS.filter((evil) => !evil.includes('\u0000'));
    expect(await t.database.db.select({ id: people.id }).from(people).where(or(inArray(people.email, storable), inArray(people.givenName, storable)))).toEqual([]);
    // Every route, with each string in its path and in its query: over a thousand requests.
  }, 300_000);

  it('refuses a learner’s safeguarding file sent to an organisation that does not exist, naming the field, and writes nothing', async () => {
    const r = await t.app.inject({ method: 'POST', url: fill('/api/orgs/:orgId/safeguarding/transfers'), headers, payload: { learnerRef: 'NF-1', toOrganisationId: crypto.randomUUID() } });
    expectProblem(r, 'a transfer to nowhere');
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([expect.objectContaining({ field: 'body.toOrganisationId', reason: 'is not an organisation in Probity' })]);
    expect(await t.database.db.select({ seq: auditEvents.seq }).from(auditEvents).where(eq(auditEvents.requestId, String(r.headers['x-request-id'])))).toEqual([]);
  });

  it('refuses a NUL in any body field, query parameter or path parameter, naming it, and writes nothing', async () => {
    // Other test files share the database: what counts is what these requests wrote, found by their ids.
    const requestIds: string[] = [];
    const sent = async (request: InjectOptions) => {
      const r = await t.app.inject(request);
      requestIds.push(String(r.headers['x-request-id']));
      return r;
    };
    const expectNamed = (r: Awaited<ReturnType<typeof t.app.inject>>, field: string, what: string) => {
      expectProblem(r, what);
      expect(r.statusCode, what).toBe(400);
      expect(r.json().errors, what).toContainEqual({ field, reason: expect.stringContaining('control character') });
    };
    // Each route from its own address: the earlier tests used up the per-address limits of some.
    for (const [i, route] of routes().entries()) {
      const what = `${route.method} ${route.url}`;
      const from = { headers, remoteAddress: `127.6.${i >> 8}.${i & 255}` };
      expectNamed(await sent({ method: route.method as 'GET', url: `${fill(route.url)}?q=a%00b`, ...from }), 'query.q', `${what} with a NUL in the query`);
      if (route.method !== 'GET') {
        const payload = { name: 'a\u0000b', email: 'nul@example.test', csv: 'email\nnul@example.test' };
        expectNamed(await sent({ method: route.method as 'POST', url: fill(route.url), ...from, payload }), 'body.name', `${what} with a NUL in the body`);
      }
      if (/:(?!orgId\b)\w+/.test(route.url)) {
        const inPath = await sent({ method: route.method as 'GET', url: fill(route.url, 'a%00b'), ...from });
        expectProblem(inPath, `${what} with a NUL in the path`);
      }
    }
    expect(requestIds.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(await t.database.db.select({ seq: auditEvents.seq }).from(auditEvents).where(inArray(auditEvents.requestId, requestIds))).toEqual([]);
    expect(await t.database.db.select({ id: people.id }).from(people).where(eq(people.email, 'nul@example.test'))).toEqual([]);
  });
});
