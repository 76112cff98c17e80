import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { londonInstant } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { employments } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn } from '../../../test/factories.ts';
import { loadCodes } from '../codes/index.ts';

// Citations a person reads on a deadline, in the inbox and in the calendar feed: named as the code names
// itself and linked to the provision's address in the library. These tests read the real library.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await loadCodes(t.database.db);
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});
beforeEach(() => startClockAt(londonInstant('2026-11-26', '08:30')));

async function trustWithStaff() {
  const org = await makeOrganisation(t.database.db, 'employer_trust');
  const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
  const staff = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield, name: 'Staff' });
  await t.database.db.update(employments).set({ lineManagerId: null }).where(eq(employments.personId, staff.id));
  return { org, admin, staff, adminSession: await signIn(t.app, admin.email), staffSession: await signIn(t.app, staff.email) };
}

interface Citation {
  name: string;
  text: string;
  href: string;
  provisions: { key: string; words: string; href: string }[];
}

describe('what a deadline cites', () => {
  it('names the code and its provisions as the code does, with their addresses in the library', async () => {
    const x = await trustWithStaff();
    const give = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines`, headers: x.adminSession.headers, payload: { ownerId: x.staff.id, ...body } });
    const notify = await give({ kind: 'notification-duty' });
    expect(notify.statusCode).toBe(201);
    expect(notify.json().citation).toMatchObject({
      name: 'SET Code of Practice',
      text: 'SET Code of Practice, provision 10',
      href: '/codes/set-code-of-practice/2018#p-10',
      provisions: [{ key: '10', words: 'provision 10', href: '/codes/set-code-of-practice/2018#p-10' }],
    });
    expect(notify.json().source).not.toMatch(/00\d|Code of/);
    await give({ kind: 'police-contact-report', academyId: x.org.academies.northfield });
    await give({ kind: 'task', title: 'tidy the staff room' });

    const mine = await t.app.inject({ method: 'GET', url: '/api/me/deadlines', headers: { cookie: x.staffSession.cookie } });
    const byKind = new Map(mine.json().map((d: { kind: string; citation: Citation | null }) => [d.kind, d.citation]));
    expect((byKind.get('police-contact-report') as Citation).text).toBe('ATT Code of Conduct, provisions 20.3, 20.4 and 20.5');
    expect((byKind.get('police-contact-report') as Citation).provisions.map((p) => p.href)).toEqual([
      '/codes/att-staff-code-of-conduct/2020#p-20.3',
      '/codes/att-staff-code-of-conduct/2020#p-20.4',
      '/codes/att-staff-code-of-conduct/2020#p-20.5',
    ]);
    expect(byKind.get('task')).toBeNull();
  });

  it('cites the code itself when asking for it to be confirmed, whichever code it is', async () => {
    const x = await trustWithStaff();
    for (const [codeId, version] of [['att-staff-code-of-conduct', '2020'], ['set-professional-standards', '2014']]) {
      const adopted = await t.app.inject({
        method: 'POST',
        url: `/api/orgs/${x.org.id}/adoptions`,
        headers: x.adminSession.headers,
        payload: { codeId, version, adoptedFrom: '2026-11-01', attestationDueOn: '2026-12-20' },
      });
      expect(adopted.statusCode, adopted.body).toBe(201);
    }
    const mine = await t.app.inject({ method: 'GET', url: '/api/me/deadlines', headers: { cookie: x.staffSession.cookie } });
    const confirm = mine.json().filter((d: { kind: string }) => d.kind === 'attestation').map((d: { citation: Citation }) => [d.citation.text, d.citation.href]);
    expect(confirm.sort()).toEqual([
      ['ATT Code of Conduct', '/codes/att-staff-code-of-conduct/2020'],
      ['Professional Standards for Teachers and Trainers (Society for Education and Training)', '/codes/set-professional-standards/2014'],
    ]);
  });
});

describe('the inbox', () => {
  it('leads each notice to its deadline, shows where it stands now, and starts with a capital letter', async () => {
    const x = await trustWithStaff();
    const made = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines`, headers: x.adminSession.headers, payload: { ownerId: x.staff.id, kind: 'task', title: 'tidy the staff room' } });
    const id = made.json().id as string;
    const before = (await t.app.inject({ method: 'GET', url: '/api/me/notifications', headers: { cookie: x.staffSession.cookie } })).json().items[0];
    expect(before).toMatchObject({ title: 'New deadline: tidy the staff room', body: expect.stringMatching(/^Tidy the staff room: due by /), link: `/deadlines?closed=true#deadline-${id}` });
    expect(before.about).toMatchObject({ type: 'deadline', id, state: 'upcoming', metAt: null });

    await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${id}/met`, headers: x.staffSession.headers });
    const after = (await t.app.inject({ method: 'GET', url: '/api/me/notifications', headers: { cookie: x.staffSession.cookie } })).json().items[0];
    expect(after.title).toBe('Met: tidy the staff room');
    expect(after.about).toMatchObject({ state: 'met', metAt: expect.any(String) });
  });

  it('carries the citation, and the calendar feed names it with its address', async () => {
    const x = await trustWithStaff();
    await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines`, headers: x.adminSession.headers, payload: { ownerId: x.staff.id, kind: 'notification-duty' } });
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/me/notifications', headers: { cookie: x.staffSession.cookie } })).json();
    expect(inbox.items[0].about.citation.text).toBe('SET Code of Practice, provision 10');

    const feed = await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: x.staffSession.headers });
    const path = new URL(feed.json().url).pathname;
    const ics = (await t.app.inject({ method: 'GET', url: path })).body.replace(/\r\n /g, '');
    expect(ics).toContain('SET Code of Practice\\, provision 10: ');
    expect(ics).toMatch(/\/codes\/set-code-of-practice\/2018#p-10/);
  });
});
