import { Writable } from 'node:stream';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../src/platform/audit/index.ts';
import { testApp, type TestApp } from './app.ts';
import { makeOrganisation, makePerson, PASSWORD, signIn, unique, type SignedIn, type TestOrganisation } from './factories.ts';

// What reaches the server log: what happened and where, never the personal data a request carried.

let log = '';
const stream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    log += chunk.toString();
    done();
  },
});

let t: TestApp;
let org: TestOrganisation;
let session: SignedIn;
// A name the database refuses, by a trigger this test adds, so that the insert carrying it fails as an unforeseen error would.
const refusedName = `Zebedee${unique()}`;
const trigger = `refuse_${unique()}`;

beforeAll(async () => {
  t = await testApp({ env: { LOG_LEVEL: 'info' }, logStream: stream });
  org = await makeOrganisation(t.database.db, 'employer_trust');
  const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
  session = await signIn(t.app, admin.email);
  await t.database.db.execute(
    sql.raw(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.given_name = '${refusedName}' THEN RAISE EXCEPTION 'refused by the log test'; END IF; RETURN NEW; END $$`),
  );
  await t.database.db.execute(sql.raw(`CREATE TRIGGER ${trigger} BEFORE INSERT ON people FOR EACH ROW EXECUTE FUNCTION ${trigger}()`));
});
afterAll(async () => {
  await t.database.db.execute(sql.raw(`DROP TRIGGER IF EXISTS ${trigger} ON people`));
  await t.database.db.execute(sql.raw(`DROP FUNCTION IF EXISTS ${trigger}()`));
  await t.close();
});

describe('the server log', () => {
  it('records a failed query by its shape and error, without its parameters', async () => {
    const email = `${refusedName.toLowerCase()}@example.test`;
    log = '';
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/orgs/${org.id}/people`,
      headers: session.headers,
      payload: { email, givenName: refusedName, familyName: 'Quigley-Fairweather', roles: [{ role: 'staff' }], invite: false },
    });
    expect(r.statusCode).toBe(500);
    expect(log).toContain('request failed');
    expect(log).toContain(`"reqId":"${String(r.headers['x-request-id'])}"`);
    expect(log).toContain('refused by the log test');
    expect(log).toMatch(/insert into \\"people\\"/);
    expect(log).toContain('$1');
    expect(log).not.toContain(refusedName);
    expect(log).not.toContain(email);
    expect(log).not.toContain('Quigley-Fairweather');
  });

  it("gives every request the server's own id, in the audit trail and the response, keeping the client's apart", async () => {
    const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    log = '';
    const r = await t.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-request-id': 'forged' }, payload: { email: person.email, password: PASSWORD } });
    expect(r.statusCode).toBe(200);
    const requestId = String(r.headers['x-request-id']);
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [entry] = await t.database.db
      .select({ requestId: auditEvents.requestId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'session.sign_in'), eq(auditEvents.recordId, person.id)))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    expect(entry!.requestId).toBe(requestId);
    // The client's id is in the request's log lines, beside the server's.
    const lines = () => log.trim().split('\n').map((line) => JSON.parse(line) as { reqId?: string; clientRequestId?: string });
    expect(lines().length).toBeGreaterThan(0);
    for (const line of lines()) expect(line).toMatchObject({ reqId: requestId, clientRequestId: 'forged' });

    // Made safe and short first.
    log = '';
    const messy = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': `forged <script>"${'x'.repeat(200)}` } });
    for (const line of lines()) expect(line).toMatchObject({ reqId: messy.headers['x-request-id'], clientRequestId: `forgedscript${'x'.repeat(52)}` });
  });

  it('leaves a calendar feed’s secret token out of the log', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: session.headers });
    const path = new URL(created.json().url).pathname;
    log = '';
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    expect(log).toContain('/api/calendar/[secret].ics');
    expect(log).not.toContain(path.split('/').pop()!.replace('.ics', ''));
  });
});
