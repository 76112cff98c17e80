import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { makeOrganisation, makePerson, signIn, unique } from '../../../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

interface Entry {
  seq: number;
  action: string;
  actorName: string | null;
  about: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
}

describe('reading the audit trail', () => {
  it('counts every matching entry, names whom each is about, and finds entries by part of a name', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const adminName = `Admin${unique()}`;
    const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }], { name: adminName });
    const auditor = await makePerson(t.database.db, org.id, [{ role: 'auditor' }]);
    const session = await signIn(t.app, admin.email);
    const family = `Okafor${unique()}`;
    for (const given of ['Ada', 'Bea', 'Cal']) {
      const r = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${org.id}/people`,
        headers: session.headers,
        payload: { email: `${given.toLowerCase()}-${unique()}@example.test`, givenName: given, familyName: family, roles: [{ role: 'staff' }] },
      });
      expect(r.statusCode).toBe(201);
    }
    const as = await signIn(t.app, auditor.email);

    // A page of two of the three additions: the count is of all that match, not of the page.
    const page = await t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}/audit?action=person.added&limit=2`, headers: { cookie: as.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['x-total-count']).toBe('3');
    const entries = page.json<Entry[]>();
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.about?.name)).toEqual([`Cal ${family}`, `Bea ${family}`]);
    expect(entries[0]!.actorName).toBe(`Test ${adminName}`);

    const next = await t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}/audit?action=person.added&limit=2&before=${entries[1]!.seq}`, headers: { cookie: as.cookie } });
    expect(next.headers['x-total-count']).toBe('3');
    expect(next.json<Entry[]>().map((e) => e.about?.name)).toEqual([`Ada ${family}`]);

    // By part of the name of whoever did it, in any case.
    const byName = await t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}/audit?person=${encodeURIComponent('admin')}&action=person.added`, headers: { cookie: as.cookie } });
    expect(byName.headers['x-total-count']).toBe('3');
    const byOther = await t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}/audit?person=nobody-${unique()}`, headers: { cookie: as.cookie } });
    expect(byOther.json()).toEqual([]);
    expect(byOther.headers['x-total-count']).toBe('0');
  });
});
