import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { clock } from '../../platform/clock.ts';
import { outbox } from '../../platform/mail/schema.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { sendDueCommunications } from './communications.ts';
import { seedProgrammesDemo } from './demo.ts';
import { programmeCommunications } from './communications-schema.ts';
import { programmeParticipants } from './schema.ts';

// Messages and webinars at a cohort's key stages (001 §6.1.4), through the API and the job, on days the
// tests chose: nothing before it is due; once when due, to the participants it is for and not the
// withdrawn; once when two runs overlap; never once cancelled.

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
const ctx = () => ({ db: db(), mailer: t.app.mailer, publicUrl: 'http://probity.test' });
const QTLS_ANSWERS = { member: true, teachingQualification: true, englishAndMaths: true, teachingInSector: true, supporterIdentified: true };
const WEBINAR = {
  kind: 'webinar',
  title: 'Induction webinar',
  body: 'An hour on the portfolio and its guidance notes, with time for questions.',
  stage: 'startsOn',
  offsetDays: 7,
  time: '16:00',
  audience: 'open',
  joinUrl: 'https://meet.example.org/induction',
};

interface Person extends TestPerson {
  session: SignedIn;
}

async function person(org: TestOrganisation, role: 'member' | 'professional_status_team'): Promise<Person> {
  const made = await makePerson(db(), org.id, [{ role }], { member: role === 'member' });
  return { ...made, session: await signIn(t.app, made.email) };
}

function call(org: TestOrganisation, who: Person, method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) {
  return t.app.inject({ method, url: `/api/orgs/${org.id}${path}`, headers: method === 'GET' ? { cookie: who.session.cookie } : who.session.headers, ...(payload ? { payload } : {}) });
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

/** A body's QTLS cohort starting on 2027-02-01, with three members registered on it. */
async function cohortWithParticipants() {
  startClockAt(new Date('2027-01-04T10:00:00Z'));
  const org = await makeOrganisation(db(), 'professional_body');
  const team = await person(org, 'professional_status_team');
  const cohort = await ok(await call(org, team, 'POST', '/programmes/qtls/cohorts', { startsOn: '2027-02-01' }), 201);
  const members: { who: Person; id: string }[] = [];
  for (let i = 0; i < 3; i++) {
    const who = await person(org, 'member');
    const registered = await ok(await call(org, who, 'POST', '/programmes/qtls/registrations', { cohortId: cohort.id, answers: QTLS_ANSWERS, acceptTerms: true }), 201);
    members.push({ who, id: registered.id });
  }
  return { org, team, cohort, members };
}

/** The notifications of this kind each person has, by title. */
async function received(people: Person[], title: string) {
  const rows = await db()
    .select({ personId: notifications.personId })
    .from(notifications)
    .where(and(inArray(notifications.personId, people.map((p) => p.id)), eq(notifications.title, title)));
  return people.map((p) => rows.filter((r) => r.personId === p.id).length);
}

describe('a cohort’s messages and webinars', () => {
  it('starts each cohort with the programme’s default messages, timed from its dates, for the team only', async () => {
    const { org, team, cohort, members } = await cohortWithParticipants();
    const schedule = await ok(await call(org, team, 'GET', `/programme-cohorts/${cohort.id}/communications`));
    expect(schedule.map((c: { defaultKey: string }) => c.defaultKey)).toEqual(['welcome', 'start', 'midpoint', 'submission-reminder', 'release', 'resubmission-reminder']);
    expect(schedule[0]).toMatchObject({ kind: 'message', at: '2027-01-18T09:00:00.000Z', sentAt: null, allowed: ['programme.manage'] });
    expect((await call(org, members[0]!.who, 'GET', `/programme-cohorts/${cohort.id}/communications`)).statusCode).toBe(403);
    expect((await call(org, members[0]!.who, 'POST', `/programme-cohorts/${cohort.id}/communications`, WEBINAR)).statusCode).toBe(403);
  });

  it('refuses a webinar without an https link, or in the past, each against its field, and writes nothing', async () => {
    const { org, team, cohort } = await cohortWithParticipants();
    const r = await call(org, team, 'POST', `/programme-cohorts/${cohort.id}/communications`, { ...WEBINAR, joinUrl: 'http://meet.example.org/x', title: 'x' });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors.map((e: { field: string; rule: string }) => [e.field, e.rule]).sort()).toEqual([
      ['body.joinUrl', 'webinar-link'],
      ['body.title', 'communication-title'],
    ]);
    const past = await call(org, team, 'POST', `/programme-cohorts/${cohort.id}/communications`, { ...WEBINAR, offsetDays: -40 });
    expect(past.json().errors[0]).toMatchObject({ field: 'body.offsetDays', rule: 'communication-in-past' });
    expect(await db().select().from(programmeCommunications).where(eq(programmeCommunications.cohortId, cohort.id))).toHaveLength(6);
  });

  it('sends nothing before it is due, then once to each participant it is for, not the withdrawn, even when two runs overlap', async () => {
    const { org, team, cohort, members } = await cohortWithParticipants();
    const [a, b, c] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0]];
    await ok(await call(org, b.who, 'POST', `/participants/${b.id}/steps`, { type: 'withdraw', reason: 'I have moved out of the sector for now.' }));
    const people = [a.who, b.who, c.who];

    await sendDueCommunications(ctx(), new Date('2027-01-18T08:59:00Z'));
    expect(await received(people, 'Welcome to Professional formation leading to QTLS')).toEqual([0, 0, 0]);

    const due = new Date('2027-01-18T09:01:00Z');
    await Promise.all([sendDueCommunications(ctx(), due), sendDueCommunications(ctx(), due)]);
    await sendDueCommunications(ctx(), due);
    expect(await received(people, 'Welcome to Professional formation leading to QTLS')).toEqual([1, 0, 1]);
    // By email too, once.
    const emails = await db().select().from(outbox).where(and(inArray(outbox.personId, people.map((p) => p.id)), eq(outbox.subject, 'Welcome to Professional formation leading to QTLS')));
    expect(emails.map((e) => e.personId).sort()).toEqual([a.who.id, c.who.id].sort());

    const schedule = await ok(await call(org, team, 'GET', `/programme-cohorts/${cohort.id}/communications`));
    expect(schedule[0]).toMatchObject({ defaultKey: 'welcome', sentAt: '2027-01-18T09:01:00.000Z', sentCount: 2, allowed: [] });
    expect(schedule[1]).toMatchObject({ defaultKey: 'start', sentAt: null });
    const sentEntries = await db().select().from(auditEvents).where(and(eq(auditEvents.recordId, schedule[0].id), eq(auditEvents.action, 'programme.communication_sent')));
    expect(sentEntries).toHaveLength(1);

    // What was sent stays as it was.
    const changed = await call(org, team, 'PATCH', `/programme-communications/${schedule[0].id}`, { title: 'Welcome again' });
    expect(changed.json()).toMatchObject({ type: '/rules/communication-sent' });
    expect((await call(org, team, 'POST', `/programme-communications/${schedule[0].id}/cancel`)).json()).toMatchObject({ type: '/rules/communication-sent' });
  });

  it('sends a webinar’s invitation a week before, which the participant sees on their page; never a cancelled message', async () => {
    const { org, team, cohort, members } = await cohortWithParticipants();
    const [a, b] = members as [(typeof members)[0], (typeof members)[0]];
    await ok(await call(org, b.who, 'POST', `/participants/${b.id}/steps`, { type: 'withdraw', reason: 'I have moved out of the sector for now.' }));
    const webinar = await ok(await call(org, team, 'POST', `/programme-cohorts/${cohort.id}/communications`, WEBINAR), 201);
    expect(webinar).toMatchObject({ at: '2027-02-08T16:00:00.000Z', sendAt: '2027-02-01T16:00:00.000Z' });
    const message = await ok(
      await call(org, team, 'POST', `/programme-cohorts/${cohort.id}/communications`, { kind: 'message', title: 'Portfolio clinic', body: 'Bring your questions on the portfolio to the clinic.', stage: 'startsOn', offsetDays: -3, time: '10:00', audience: 'open' }),
      201,
    );
    const moved = await ok(await call(org, team, 'PATCH', `/programme-communications/${message.id}`, { offsetDays: -2 }));
    expect(moved.at).toBe('2027-01-30T10:00:00.000Z');
    expect((await ok(await call(org, team, 'POST', `/programme-communications/${message.id}/cancel`))).cancelledAt).not.toBeNull();
    expect((await call(org, team, 'POST', `/programme-communications/${message.id}/cancel`)).json()).toMatchObject({ type: '/rules/communication-cancelled' });

    // The participant sees the webinar to come, with its link; the withdrawn do not.
    const seen = await ok(await call(org, a.who, 'GET', `/participants/${a.id}/webinars`));
    expect(seen).toEqual([{ id: webinar.id, title: 'Induction webinar', body: WEBINAR.body, at: '2027-02-08T16:00:00.000Z', joinUrl: WEBINAR.joinUrl }]);
    expect(await ok(await call(org, b.who, 'GET', `/participants/${b.id}/webinars`))).toEqual([]);

    await sendDueCommunications(ctx(), new Date('2027-02-01T15:59:00Z'));
    expect(await received([a.who], 'Webinar: Induction webinar')).toEqual([0]);
    await sendDueCommunications(ctx(), new Date('2027-02-01T16:01:00Z'));
    expect(await received([a.who, b.who], 'Webinar: Induction webinar')).toEqual([1, 0]);
    expect(await received([a.who, b.who], 'Portfolio clinic')).toEqual([0, 0]);
    const [notice] = await db().select().from(notifications).where(and(eq(notifications.personId, a.who.id), eq(notifications.title, 'Webinar: Induction webinar')));
    expect(notice!.body).toContain('https://meet.example.org/induction');
  });

  it('sends the resubmission reminder only to those with "criteria not met"', async () => {
    const { cohort, members } = await cohortWithParticipants();
    const [a, b] = members as [(typeof members)[0], (typeof members)[0]];
    await db().update(programmeParticipants).set({ state: 'not_met' }).where(eq(programmeParticipants.id, b.id));
    await db().update(programmeParticipants).set({ state: 'awarded' }).where(eq(programmeParticipants.id, a.id));
    // Two weeks before the resubmission deadline of 1 November 2027, at 09:00 London time (summer time: 08:00 UTC).
    await sendDueCommunications(ctx(), new Date('2027-10-18T08:01:00Z'));
    expect(await received([a.who, b.who], 'Two weeks to the resubmission deadline')).toEqual([0, 1]);
    expect(await received([a.who, b.who], 'Outcomes are released')).toEqual([1, 1]);
    const [reminder] = await db().select().from(programmeCommunications).where(and(eq(programmeCommunications.cohortId, cohort.id), eq(programmeCommunications.defaultKey, 'resubmission-reminder')));
    expect(reminder).toMatchObject({ sentCount: 1 });
  });

  it('seeds the demo’s started cohort with its default messages, the first two sent, and a webinar to come', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const org = await makeOrganisation(db(), 'professional_body');
    const team = await person(org, 'professional_status_team');
    const member = await person(org, 'member');
    const other = await person(org, 'member');
    const supporter = await makePerson(db(), org.id, [{ role: 'supporter' }]);
    const reviewer = await makePerson(db(), org.id, [{ role: 'reviewer' }]);
    const mentor = await makePerson(db(), org.id, [{ role: 'staff' }]);
    const ids: Record<string, string> = { 'pst@demo.test': team.id, 'member@demo.test': member.id, 'aisha.khan@demo.test': other.id, 'supporter@demo.test': supporter.id, 'reviewer@demo.test': reviewer.id, 'mentor@demo.test': mentor.id };
    await db().transaction((tx) => seedProgrammesDemo(ctx(), tx, org.id, (email) => ids[email]!));
    const [participant] = await db().select().from(programmeParticipants).where(eq(programmeParticipants.personId, member.id));
    const schedule = await ok(await call(org, team, 'GET', `/programme-cohorts/${participant!.cohortId}/communications`));
    expect(schedule.filter((c: { sentAt: string | null }) => c.sentAt).map((c: { defaultKey: string; sentCount: number }) => [c.defaultKey, c.sentCount])).toEqual([
      ['welcome', 2],
      ['start', 2],
    ]);
    expect(await received([member], 'Welcome to Professional formation leading to QTLS')).toEqual([1]);
    const webinars = await ok(await call(org, member, 'GET', `/participants/${participant!.id}/webinars`));
    expect(webinars.map((w: { title: string; joinUrl: string }) => [w.title, w.joinUrl.startsWith('https://')])).toEqual([['Evidencing the professional standards', true]]);
  });
});
