import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './app.ts';
import { makeOrganisation, makePerson, signIn, unique, type SignedIn, type TestOrganisation } from './factories.ts';

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
    expect(log).toContain('refused by the log test');
    expect(log).toMatch(/insert into \\"people\\"/);
    expect(log).toContain('$1');
    expect(log).not.toContain(refusedName);
    expect(log).not.toContain(email);
    expect(log).not.toContain('Quigley-Fairweather');
  });
});
