import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn } from '../../../test/factories.ts';
import { roundTrips } from '../../../test/round-trips.ts';
import { clock } from '../clock.ts';
import { organisations } from '../people/schema.ts';
import { sessions } from './schema.ts';

// Every request resolves its session, and on an organisation's route the person's grants there and whether
// those wait on a second factor, in one round trip to the database: the cost every request pays.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

async function staff() {
  const org = await makeOrganisation(t.database.db);
  // Someone else there may read the audit trail; the person's grants must be their own.
  await makePerson(t.database.db, org.id, [{ role: 'auditor' }]);
  const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }, { role: 'designated_safeguarding_lead', academyId: org.academies.northfield }]);
  return { org, person, session: await signIn(t.app, person.email) };
}

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('the session check', () => {
  it('takes one round trip for the session, the grants in the organisation and the second factor, whatever it answers', async () => {
    const { org, session } = await staff();
    // Their roles do not let them read the audit trail: refused after the one round trip.
    let answer = 0;
    expect(await roundTrips(async () => (answer = (await get(`/api/orgs/${org.id}/audit`, session.cookie)).statusCode))).toHaveLength(1);
    expect(answer).toBe(403);
    // An organisation they have no role in is not found, after the same one.
    const other = await makeOrganisation(t.database.db);
    expect(await roundTrips(async () => (answer = (await get(`/api/orgs/${other.id}/audit`, session.cookie)).statusCode))).toHaveLength(1);
    expect(answer).toBe(404);
    // The organisation asks a second factor of one of their roles, which they have not turned on.
    await t.database.db.update(organisations).set({ twoFactorRoles: ['designated_safeguarding_lead'] }).where(eq(organisations.id, org.id));
    const trips = await roundTrips(async () => (answer = (await get(`/api/orgs/${org.id}`, session.cookie)).statusCode));
    expect([answer, trips.length]).toEqual([403, 1]);
  });

  it('writes down when the session was last used at most once a minute, in the same round trip', async () => {
    const { person, session } = await staff();
    const lastSeen = async () => (await t.database.db.select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.personId, person.id)))[0]!.at;
    const signedInAt = await lastSeen();
    startClockAt(new Date(signedInAt.getTime() + 30_000));
    expect(await roundTrips(() => get('/api/me/codes', session.cookie))).toHaveLength(2);
    expect(await lastSeen()).toEqual(signedInAt);
    startClockAt(new Date(signedInAt.getTime() + 90_000));
    expect(await roundTrips(() => get('/api/me/codes', session.cookie))).toHaveLength(2);
    expect((await lastSeen()).getTime()).toBeGreaterThanOrEqual(signedInAt.getTime() + 90_000);
  });

  it('answers /api/me in two round trips', async () => {
    const { session } = await staff();
    expect(await roundTrips(() => get('/api/me', session.cookie))).toHaveLength(2);
  });
});
