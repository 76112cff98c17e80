import { and, desc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { clock } from '../../platform/clock.ts';
import { outbox } from '../../platform/mail/schema.ts';
import { roleAssignments } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, unique, type SignedIn, type TestOrganisation } from '../../../test/factories.ts';

// Appointing a participant's supporter or mentor, on days the tests chose (001 §6.1.2, §6.1.3): the team's
// mentor pool with capacity; an ATS participant asking the body for a mentor, matched or waiting, and those
// waiting served first come first served as places free; a QTLS participant inviting their own supporter by
// email, accepted, withdrawn or expired; and what is refused, with nothing changed.

let t: TestApp;
beforeAll(async () => {
  startClockAt(new Date('2027-01-04T10:00:00Z'));
  t = await testApp();
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

const db = () => t.database.db;
const ATS_ANSWERS = { member: true, qualifiedTeacher: true, teachingInSector: true, mentorIdentified: false };
const QTLS_ANSWERS = { member: true, teachingQualification: true, englishAndMaths: true, teachingInSector: true, supporterIdentified: false };

interface Person {
  id: string;
  email: string;
  session: SignedIn;
}

async function person(org: TestOrganisation, role: 'member' | 'professional_status_team' | 'staff', name: string): Promise<Person> {
  const made = await makePerson(db(), org.id, [{ role }], { name, member: role === 'member' });
  return { ...made, session: await signIn(t.app, made.email) };
}

function call(org: TestOrganisation, who: Person, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: object) {
  return t.app.inject({ method, url: `/api/orgs/${org.id}${path}`, headers: method === 'GET' ? { cookie: who.session.cookie } : who.session.headers, ...(payload ? { payload } : {}) });
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

async function refused(response: Awaited<ReturnType<typeof call>>, rule: string, field?: string) {
  expect([400, 409], response.body).toContain(response.statusCode);
  const errors = response.json().errors as { rule: string; field: string | null }[];
  expect(errors.map((e) => e.rule), response.body).toContain(rule);
  if (field) expect(errors.map((e) => e.field)).toContain(field);
}

async function registered(org: TestOrganisation, team: Person, programme: 'ats' | 'qtls', members: Person[]) {
  const cohort = await ok(await call(org, team, 'POST', `/programmes/${programme}/cohorts`, { startsOn: '2027-03-01' }), 201);
  const ids: string[] = [];
  for (const m of members) ids.push((await ok(await call(org, m, 'POST', `/programmes/${programme}/registrations`, { cohortId: cohort.id, answers: programme === 'ats' ? ATS_ANSWERS : QTLS_ANSWERS, acceptTerms: true }), 201)).id);
  return ids;
}

/** The clock moved on: everyone signs in again, as sessions end when idle. */
async function moveTo(at: string, who: Person[]) {
  startClockAt(new Date(at));
  for (const p of who) p.session = await signIn(t.app, p.email);
}

/** The token in the newest email to the address holding one at the link's path. */
async function tokenSentTo(email: string, path: string) {
  const [mail] = await db()
    .select({ text: outbox.text })
    .from(outbox)
    .where(and(eq(outbox.to, email), like(outbox.text, `%${path}#token=%`)))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  return new RegExp(`${path}#token=([\\w-]+)`).exec(mail!.text)![1]!;
}

describe('the mentor pool (001 §6.1.3)', () => {
  it('matches a participant to a free mentor, keeps the rest waiting, and serves them first come first served as places free', async () => {
    const org = await makeOrganisation(db(), 'professional_body');
    const team = await person(org, 'professional_status_team', 'Team');
    const mentor = await person(org, 'staff', 'Mentor');
    const second = await person(org, 'staff', 'Second');
    const [a, b, c] = [await person(org, 'member', 'Ada'), await person(org, 'member', 'Ben'), await person(org, 'member', 'Cal')];
    const [aId, bId, cId] = await registered(org, team, 'ats', [a!, b!, c!]);

    // Only the team keeps the pool; only a person of the body joins it; a capacity within bounds.
    expect((await call(org, a!, 'GET', '/mentor-pool')).statusCode).toBe(403);
    const stranger = await makePerson(db(), (await makeOrganisation(db(), 'professional_body')).id, [{ role: 'staff' }]);
    const notOurs = await call(org, team, 'POST', '/mentor-pool', { email: stranger.email, capacity: 1, subjects: [] });
    expect(notOurs.statusCode).toBe(400);
    expect(notOurs.json().errors[0].field).toBe('body.email');
    await refused(await call(org, team, 'POST', '/mentor-pool', { email: mentor.email, capacity: 0, subjects: [] }), 'mentor-capacity', 'body.capacity');
    const added = await ok(await call(org, team, 'POST', '/mentor-pool', { email: mentor.email.toUpperCase(), capacity: 1, subjects: ['Mathematics'] }), 201);
    expect(added.mentors).toEqual([expect.objectContaining({ personId: mentor.id, capacity: 1, load: 0, subjects: ['Mathematics'], available: true })]);
    expect((await call(org, team, 'POST', '/mentor-pool', { email: mentor.email, capacity: 2, subjects: [] })).statusCode).toBe(409);
    // Joining the pool gives the mentor role.
    expect((await db().select().from(roleAssignments).where(and(eq(roleAssignments.personId, mentor.id), eq(roleAssignments.role, 'mentor')))).length).toBe(1);

    // The first to ask is matched; the next two wait, in the order they asked.
    const matched = await ok(await call(org, a!, 'POST', `/participants/${aId}/mentor-request`, { subject: 'mathematics' }));
    expect(matched).toMatchObject({ state: 'support_arranged', supporter: { id: mentor.id }, view: { support: { role: 'mentor', personId: mentor.id, appointedBy: 'body' } } });
    await moveTo('2027-01-05T10:00:00Z', [team, a!, b!, c!]);
    expect(await ok(await call(org, b!, 'POST', `/participants/${bId}/mentor-request`, { subject: 'English' }))).toMatchObject({ state: 'awaiting_mentor', supporter: null });
    await moveTo('2027-01-06T10:00:00Z', [team, a!, b!, c!]);
    expect(await ok(await call(org, c!, 'POST', `/participants/${cId}/mentor-request`, {}))).toMatchObject({ state: 'awaiting_mentor' });
    await refused(await call(org, b!, 'POST', `/participants/${bId}/mentor-request`, {}), 'participant-state');
    const full = await ok(await call(org, team, 'GET', '/mentor-pool'));
    expect(full.mentors[0]).toMatchObject({ load: 1, capacity: 1 });
    expect(full.waiting.map((w: { participantId: string }) => w.participantId)).toEqual([bId, cId]);
    expect(full.waiting[0]).toMatchObject({ name: 'Test Ben', subject: 'English' });

    // A capacity is never below those mentored now.
    await refused(await call(org, team, 'PATCH', `/mentor-pool/${mentor.id}`, { subjects: ['Mathematics'], capacity: 0 }), 'mentor-capacity', 'body.capacity');

    // A mentee who withdraws frees the place: the first waiting is served, not the later one.
    await ok(await call(org, a!, 'POST', `/participants/${aId}/steps`, { type: 'withdraw', reason: 'A change of job.' }));
    let pool = await ok(await call(org, team, 'GET', '/mentor-pool'));
    expect(pool.mentors[0]).toMatchObject({ load: 1 });
    expect(pool.waiting.map((w: { participantId: string }) => w.participantId)).toEqual([cId]);
    expect(await ok(await call(org, b!, 'GET', `/participants/${bId}`))).toMatchObject({ state: 'support_arranged', supporter: { id: mentor.id } });

    // Raising a capacity serves the next.
    pool = await ok(await call(org, team, 'PATCH', `/mentor-pool/${mentor.id}`, { capacity: 2 }));
    expect(pool).toMatchObject({ mentors: [expect.objectContaining({ load: 2, capacity: 2 })], waiting: [] });
    expect(await ok(await call(org, c!, 'GET', `/participants/${cId}`))).toMatchObject({ state: 'support_arranged', supporter: { id: mentor.id } });

    // A mentor added later, and one removed: those mentored keep their mentor.
    await ok(await call(org, team, 'POST', '/mentor-pool', { email: second.email, capacity: 3, subjects: [] }), 201);
    pool = await ok(await call(org, team, 'DELETE', `/mentor-pool/${mentor.id}`));
    expect(pool.mentors.map((m: { personId: string }) => m.personId)).toEqual([second.id]);
    expect((await call(org, team, 'DELETE', `/mentor-pool/${mentor.id}`)).statusCode).toBe(404);
    expect(await ok(await call(org, c!, 'GET', `/participants/${cId}`))).toMatchObject({ supporter: { id: mentor.id } });

    const actions = (await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.organisationId, org.id))).map((e) => e.action);
    expect(actions.filter((a) => a === 'programme.mentor_appointed')).toHaveLength(3);
    expect(actions).toEqual(expect.arrayContaining(['programme.mentor_added', 'programme.mentor_changed', 'programme.mentor_removed', 'programme.awaiting_mentor']));
  });

  it('serves a waiting participant when a mentor joins the pool, and never with someone barred from them', async () => {
    const org = await makeOrganisation(db(), 'professional_body');
    const team = await person(org, 'professional_status_team', 'Team');
    const member = await person(org, 'member', 'Member');
    const [id] = await registered(org, team, 'ats', [member]);
    expect(await ok(await call(org, member, 'POST', `/participants/${id}/mentor-request`, { subject: 'Science' }))).toMatchObject({ state: 'awaiting_mentor' });
    // Themselves: never their own mentor, so they still wait.
    await ok(await call(org, team, 'POST', '/mentor-pool', { email: member.email, capacity: 2, subjects: ['Science'] }), 201);
    expect(await ok(await call(org, member, 'GET', `/participants/${id}`))).toMatchObject({ state: 'awaiting_mentor' });
    const mentor = await person(org, 'staff', 'Mentor');
    const pool = await ok(await call(org, team, 'POST', '/mentor-pool', { email: mentor.email, capacity: 1, subjects: [], available: false }), 201);
    expect(pool.waiting).toHaveLength(1);
    // Available again: served.
    expect((await ok(await call(org, team, 'PATCH', `/mentor-pool/${mentor.id}`, { available: true }))).waiting).toEqual([]);
    expect(await ok(await call(org, member, 'GET', `/participants/${id}`))).toMatchObject({ state: 'support_arranged', supporter: { id: mentor.id } });

    // Asked through the lifecycle's own step, without a subject: the mentor is full, so they wait; a place made serves them.
    await ok(await call(org, team, 'DELETE', `/mentor-pool/${member.id}`));
    const later = await person(org, 'member', 'Later');
    const laterId = (await ok(await call(org, later, 'POST', '/programmes/ats/registrations', { cohortId: (await ok(await call(org, team, 'GET', '/programmes')))[1].cohorts[0].id, answers: ATS_ANSWERS, acceptTerms: true }), 201)).id;
    expect(await ok(await call(org, later, 'POST', `/participants/${laterId}/steps`, { type: 'await_mentor' }))).toMatchObject({ state: 'awaiting_mentor' });
    expect((await ok(await call(org, team, 'GET', '/mentor-pool'))).waiting).toEqual([expect.objectContaining({ participantId: laterId, subject: null })]);
    await ok(await call(org, team, 'PATCH', `/mentor-pool/${mentor.id}`, { capacity: 2 }));
    expect(await ok(await call(org, later, 'GET', `/participants/${laterId}`))).toMatchObject({ state: 'support_arranged', supporter: { id: mentor.id } });
  });

  it('refuses a QTLS participant asking the body for a mentor: they appoint their own supporter', async () => {
    const org = await makeOrganisation(db(), 'professional_body');
    const team = await person(org, 'professional_status_team', 'Team');
    const member = await person(org, 'member', 'Member');
    const [id] = await registered(org, team, 'qtls', [member]);
    await refused(await call(org, member, 'POST', `/participants/${id}/mentor-request`, {}), 'participant-appoints-supporter');
    expect(await ok(await call(org, member, 'GET', `/participants/${id}`))).toMatchObject({ state: 'registered' });
    expect((await call(org, team, 'POST', `/participants/${id}/mentor-request`, {})).statusCode).toBe(403);
  });
});

describe('inviting a supporter by email (001 §6.1.2)', () => {
  it('invites someone new, who sets a password through the account invitation, accepts, and becomes the supporter', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const org = await makeOrganisation(db(), 'professional_body');
    const team = await person(org, 'professional_status_team', 'Team');
    const member = await person(org, 'member', 'Member');
    const [id] = await registered(org, team, 'qtls', [member]);

    // Never themselves: refused against the field.
    const self = await call(org, member, 'POST', `/participants/${id}/supporter-invitations`, { givenName: 'Me', familyName: 'Myself', email: member.email.toUpperCase() });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors).toEqual([expect.objectContaining({ field: 'body.email', rule: 'support-not-self' })]);
    expect((await call(org, team, 'POST', `/participants/${id}/supporter-invitations`, { givenName: 'Sam', familyName: 'Lee', email: 'x@example.test' })).statusCode).toBe(403);

    const email = `sam-${unique()}@example.test`;
    const sent = await ok(await call(org, member, 'POST', `/participants/${id}/supporter-invitations`, { givenName: 'Sam', familyName: 'Lee', email }), 201);
    expect(sent).toEqual([expect.objectContaining({ name: 'Sam Lee', email, standing: 'pending' })]);
    // A link that works for 14 days.
    expect(new Date(sent[0].expiresAt).getTime() - new Date(sent[0].invitedAt).getTime()).toBe(14 * 86_400_000);
    expect((await call(org, member, 'POST', `/participants/${id}/supporter-invitations`, { givenName: 'Kim', familyName: 'Ray', email: `kim-${unique()}@example.test` })).statusCode).toBe(409);

    const token = await tokenSentTo(email, '/supporter-invitation');
    const look = await t.app.inject({ method: 'POST', url: '/api/supporter-invitations/look-up', payload: { token } });
    expect(look.json()).toMatchObject({ participantName: 'Test Member', role: 'supporter', email, organisationId: org.id });
    // Not yet an account with a password: the account invitation sets one.
    const password = 'a long and unusual passphrase 7';
    const accountToken = await tokenSentTo(email, '/accept-invitation');
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: accountToken, password } })).statusCode).toBe(200);
    const sam = await signIn(t.app, email, password);

    // Someone else signed in may not accept it.
    const accept = (who: SignedIn, withToken = token) => t.app.inject({ method: 'POST', url: '/api/supporter-invitations/accept', headers: who.headers, payload: { token: withToken } });
    expect((await accept(member.session)).statusCode).toBe(403);
    const accepted = await accept(sam);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ organisationId: org.id, participantId: id });
    expect(await ok(await call(org, member, 'GET', `/participants/${id}`))).toMatchObject({ state: 'support_arranged', supporter: { name: 'Sam Lee' }, view: { support: { role: 'supporter', appointedBy: 'participant' } } });
    // The supporter now follows the participant's portfolio in the body.
    const theirs = await t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}/participants/${id}`, headers: { cookie: sam.cookie } });
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json().standing).toBe('support');
    const again = await accept(sam);
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ field: 'body.token', reason: 'has already been used' });
    expect((await ok(await call(org, member, 'GET', `/participants/${id}/supporter-invitations`)))[0]).toMatchObject({ standing: 'accepted' });
  });

  it('lets the participant withdraw a pending invitation, and refuses an expired one', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const org = await makeOrganisation(db(), 'professional_body');
    const team = await person(org, 'professional_status_team', 'Team');
    const member = await person(org, 'member', 'Member');
    const friend = await person(org, 'staff', 'Friend');
    const [id] = await registered(org, team, 'qtls', [member]);
    const accept = (token: string) => t.app.inject({ method: 'POST', url: '/api/supporter-invitations/accept', headers: friend.session.headers, payload: { token } });

    const [first] = await ok(await call(org, member, 'POST', `/participants/${id}/supporter-invitations`, { givenName: 'Test', familyName: 'Friend', email: friend.email }), 201);
    const firstToken = await tokenSentTo(friend.email, '/supporter-invitation');
    expect((await ok(await call(org, member, 'POST', `/participants/${id}/supporter-invitations/${first.id}/withdraw`)))[0]).toMatchObject({ standing: 'withdrawn' });
    await refused(await call(org, member, 'POST', `/participants/${id}/supporter-invitations/${first.id}/withdraw`), 'invitation-not-pending');
    const withdrawn = await accept(firstToken);
    expect(withdrawn.statusCode).toBe(400);
    expect(withdrawn.json().errors[0]).toMatchObject({ field: 'body.token', reason: 'was withdrawn by the participant' });

    await ok(await call(org, member, 'POST', `/participants/${id}/supporter-invitations`, { givenName: 'Test', familyName: 'Friend', email: friend.email }), 201);
    const secondToken = await tokenSentTo(friend.email, '/supporter-invitation');
    expect(secondToken).not.toBe(firstToken);
    // Fifteen days on, the link has expired: nothing changes.
    await moveTo('2027-01-19T10:00:00Z', [friend, member]);
    const expired = await accept(secondToken);
    expect(expired.statusCode).toBe(400);
    expect(expired.json().errors[0].reason).toMatch(/expired/);
    expect(await ok(await call(org, member, 'GET', `/participants/${id}`))).toMatchObject({ state: 'registered', supporter: null });
    expect((await ok(await call(org, member, 'GET', `/participants/${id}/supporter-invitations`))).map((i: { standing: string }) => i.standing)).toEqual(['expired', 'withdrawn']);
    // An expired invitation no longer blocks a new one.
    expect((await call(org, member, 'POST', `/participants/${id}/supporter-invitations`, { givenName: 'Test', familyName: 'Friend', email: friend.email })).statusCode).toBe(201);
    const bad = await t.app.inject({ method: 'POST', url: '/api/supporter-invitations/look-up', payload: { token: 'not-a-token' } });
    expect(bad.statusCode).toBe(400);
  });
});
