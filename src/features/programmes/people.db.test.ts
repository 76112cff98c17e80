import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { makeOrganisation, makePerson, signIn } from '../../../test/factories.ts';

// The people a programme's pickers offer: a member their programme's supporters or mentors, the team those
// and its reviewers; nobody else's list, and nothing outside a professional body.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('the people a programme offers to choose', () => {
  it('lists supporters or mentors to a member, reviewers only to the team, by name', async () => {
    const db = t.database.db;
    const org = await makeOrganisation(db, 'professional_body');
    const member = await makePerson(db, org.id, [{ role: 'member' }], { name: 'Member', member: true });
    const team = await makePerson(db, org.id, [{ role: 'professional_status_team' }], { name: 'Team' });
    const supporter = await makePerson(db, org.id, [{ role: 'supporter' }], { name: 'Supporter' });
    const mentor = await makePerson(db, org.id, [{ role: 'mentor' }], { name: 'Mentor' });
    const reviewer = await makePerson(db, org.id, [{ role: 'reviewer' }], { name: 'Reviewer' });
    const as = async (who: { email: string }, path: string) => t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}/programmes/${path}`, headers: { cookie: (await signIn(t.app, who.email)).cookie } });

    const supporters = await as(member, 'qtls/people');
    expect(supporters.statusCode, supporters.body).toBe(200);
    expect(supporters.json()).toEqual([{ id: supporter.id, name: expect.stringContaining('Supporter') }]);
    expect((await as(member, 'ats/people?role=support')).json()).toEqual([{ id: mentor.id, name: expect.stringContaining('Mentor') }]);
    expect((await as(member, 'qtls/people?role=reviewer')).statusCode).toBe(403);
    expect((await as(reviewer, 'qtls/people')).statusCode).toBe(403);
    expect((await as(team, 'qtls/people?role=reviewer')).json()).toEqual([{ id: reviewer.id, name: expect.stringContaining('Reviewer') }]);
    expect((await as(team, 'qtls/people?role=nobody')).statusCode).toBe(400);

    const trust = await makeOrganisation(db, 'employer_trust');
    const admin = await makePerson(db, trust.id, [{ role: 'organisation_admin' }]);
    const refused = await t.app.inject({ method: 'GET', url: `/api/orgs/${trust.id}/programmes/qtls/people?role=reviewer`, headers: { cookie: (await signIn(t.app, admin.email)).cookie } });
    expect(refused.json().type).toBe('/rules/programmes-of-a-body');
  });
});
