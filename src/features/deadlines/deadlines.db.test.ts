import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { and, eq, inArray, like, lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { londonInstant } from '../../platform/calendar/index.ts';
import { outbox } from '../../platform/mail/schema.ts';
import { notificationPreferences, notifications, sendDigests } from '../../platform/notifications/index.ts';
import { employments } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { clock } from '../../platform/clock.ts';
import { CSV_PAGE } from '../../platform/csv.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { checkDeadlines } from './index.ts';
import { KINDS, dueSoonFrom, stateOf } from './rules.ts';
import { deadlines } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

// Every test here runs on a day it chose: a Thursday morning in term, London time.
const THURSDAY_MORNING = londonInstant('2026-11-26', '08:30');
beforeEach(() => startClockAt(THURSDAY_MORNING));

const DAY = 86_400_000;

interface Trust {
  org: TestOrganisation;
  admin: TestPerson;
  adminSession: SignedIn;
  manager: TestPerson;
  staff: TestPerson;
  staffSession: SignedIn;
}

async function trust(): Promise<Trust> {
  const org = await makeOrganisation(t.database.db, 'employer_trust');
  const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
  const manager = await makePerson(t.database.db, org.id, [{ role: 'staff' }, { role: 'line_manager', academyId: org.academies.northfield }], { employedAt: org.academies.northfield, name: 'Manager' });
  const staff = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield, name: 'Staff' });
  await t.database.db.update(employments).set({ lineManagerId: manager.id }).where(eq(employments.personId, staff.id));
  return { org, admin, adminSession: await signIn(t.app, admin.email), manager, staff, staffSession: await signIn(t.app, staff.email) };
}

async function give(x: Trust, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines`, headers: x.adminSession.headers, payload: { ownerId: x.staff.id, kind: 'task', ...body } });
}

const ctx = () => ({ db: t.database.db, mailer: t.app.mailer, publicUrl: 'http://probity.test' });
const noticesFor = (deadlineId: string) => t.database.db.select().from(notifications).where(like(notifications.dedupeKey, `deadline:${deadlineId}:%`));
/** The deadline's audit entries, in order: what was done, by whom (null: the system), to whom, in which request. */
const auditedFor = async (deadlineId: string) =>
  (await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordType, 'deadline'), eq(auditEvents.recordId, deadlineId))).orderBy(auditEvents.seq)).map((e) => ({
    action: e.action,
    organisationId: e.organisationId,
    actorId: e.actorId,
    requestId: e.requestId,
    notice: e.details.notice,
    to: e.details.to,
  }));

describe('giving a deadline', () => {
  it('computes the due time from the rule, tells the owner, and records it', async () => {
    const x = await trust();
    const r = await give(x, { title: 'Send the reference', rule: { type: 'working_days', days: 10 }, startsAt: '2026-12-18T10:00:00Z' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ title: 'Send the reference', dueAt: '2027-01-06T23:59:59.999Z', allDay: true, due: 'by Wednesday 6 January 2027', ownerId: x.staff.id, ownerName: 'Test Staff' });
    const [created] = await noticesFor(r.json().id);
    expect(created!.title).toBe('New deadline: Send the reference');
    expect(await t.database.db.select().from(outbox).where(eq(outbox.personId, x.staff.id))).toHaveLength(1);
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, r.json().id), eq(auditEvents.action, 'deadline.created')));
    expect(event).toBeDefined();
  });

  it('uses the nation of the organisation for working days', async () => {
    const x = await trust();
    await t.app.inject({ method: 'PATCH', url: `/api/orgs/${x.org.id}`, headers: x.adminSession.headers, payload: { nation: 'scotland' } });
    const r = await give(x, { rule: { type: 'working_days', days: 1 }, startsAt: '2026-12-31T10:00:00Z' });
    expect(r.json().dueAt).toBe('2027-01-05T23:59:59.999Z');
  });

  it('is due by the end of the academy day, using the academy’s own day and terms', async () => {
    const x = await trust();
    const academy = `/api/orgs/${x.org.id}/academies/${x.org.academies.northfield}`;
    expect((await t.app.inject({ method: 'PATCH', url: academy, headers: x.adminSession.headers, payload: { dayEndsAt: '15:30' } })).statusCode).toBe(200);
    const terms = await t.app.inject({ method: 'PUT', url: `${academy}/terms`, headers: x.adminSession.headers, payload: { terms: [{ startsOn: '2026-09-02', endsOn: '2026-12-18' }, { startsOn: '2027-01-05', endsOn: '2027-03-26' }] } });
    expect(terms.json().academies.find((a: { id: string }) => a.id === x.org.academies.northfield)).toMatchObject({ dayEndsAt: '15:30', terms: [{ startsOn: '2026-09-02' }, { startsOn: '2027-01-05' }] });
    const today = await give(x, { kind: 'safeguarding-action', academyId: x.org.academies.northfield, startsAt: londonInstant('2026-11-25', '10:00').toISOString() });
    expect(today.json()).toMatchObject({ dueAt: londonInstant('2026-11-25', '15:30').toISOString(), allDay: false, urgent: true });
    const holidays = await give(x, { kind: 'safeguarding-action', academyId: x.org.academies.northfield, startsAt: londonInstant('2026-12-18', '16:00').toISOString() });
    expect(holidays.json().dueAt).toBe(londonInstant('2027-01-05', '15:30').toISOString());
  });

  it('refuses bad input with the field and the reason, and writes nothing', async () => {
    const x = await trust();
    const other = await makeOrganisation(t.database.db, 'employer_trust');
    const stranger = await makePerson(t.database.db, other.id, [{ role: 'staff' }]);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ rule: { type: 'calendar_days', days: -3 } }, 'body.rule.days', 'cannot be negative'],
      [{ rule: { type: 'working_days', days: 2, nation: 'wales' } }, 'body.rule.nation', 'must be one of'],
      [{ rule: { type: 'fixed', dueAt: '2026-02-30T10:00:00Z' } }, 'body.rule.dueAt', 'must be a date and time'],
      [{ startsAt: 'the day after tomorrow' }, 'body.startsAt', 'must be a date and time'],
      [{ ownerId: stranger.id }, 'body.ownerId', 'a deadline needs an owner'],
      [{ ownerId: undefined }, 'body.ownerId', 'is required'],
      [{ kind: 'safeguarding-action' }, 'body.rule', 'needs an academy'],
      [{ academyId: other.academies.northfield }, 'body.academyId', 'is not an academy of this organisation'],
    ];
    for (const [body, field, reason] of cases) {
      const r = await give(x, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().errors[0].field, JSON.stringify(body)).toBe(field);
      expect(r.json().errors[0].reason, JSON.stringify(body)).toContain(reason);
    }
    expect(await t.database.db.select().from(deadlines).where(eq(deadlines.organisationId, x.org.id))).toHaveLength(0);
  });

  it('is for those allowed: staff cannot give deadlines', async () => {
    const x = await trust();
    const r = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines`, headers: x.staffSession.headers, payload: { ownerId: x.staff.id, kind: 'task' } });
    expect(r.statusCode).toBe(403);
  });
});

describe('my deadlines', () => {
  it('lists my open deadlines in every organisation, soonest first', async () => {
    const x = await trust();
    const body = await makeOrganisation(t.database.db, 'professional_body');
    const bodyAdmin = await makePerson(t.database.db, body.id, [{ role: 'organisation_admin' }]);
    await t.database.db.insert((await import('../../platform/people/schema.ts')).roleAssignments).values({ organisationId: body.id, personId: x.staff.id, role: 'member' });
    await give(x, { title: 'Later', rule: { type: 'calendar_days', days: 30 } });
    const bodySession = await signIn(t.app, bodyAdmin.email);
    await t.app.inject({ method: 'POST', url: `/api/orgs/${body.id}/deadlines`, headers: bodySession.headers, payload: { ownerId: x.staff.id, kind: 'notification-duty' } });
    const mine = await t.app.inject({ method: 'GET', url: '/api/me/deadlines', headers: { cookie: x.staffSession.cookie } });
    expect(mine.json().map((d: { title: string }) => d.title)).toEqual(['Notify the professional body', 'Later']);
    expect(mine.json()[0]).toMatchObject({ state: 'upcoming', organisationName: expect.stringContaining('professional_body'), allowed: ['deadline.meet'] });
  });

  it('is met by its owner, and then leaves the open list', async () => {
    const x = await trust();
    const d = (await give(x, {})).json();
    const other = await makePerson(t.database.db, x.org.id, [{ role: 'staff' }]);
    const otherSession = await signIn(t.app, other.email);
    expect((await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${d.id}/met`, headers: otherSession.headers })).statusCode).toBe(404);
    const met = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${d.id}/met`, headers: x.staffSession.headers });
    expect(met.json().state).toBe('met');
    const again = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${d.id}/met`, headers: x.staffSession.headers });
    expect(again.json().type).toBe('/rules/deadline-closed');
    expect((await t.app.inject({ method: 'GET', url: '/api/me/deadlines', headers: { cookie: x.staffSession.cookie } })).json()).toEqual([]);
  });

  it('is met (or waived) once when two requests arrive at once, with one audit entry', async () => {
    const x = await trust();
    const d = (await give(x, {})).json();
    const url = `/api/orgs/${x.org.id}/deadlines/${d.id}/met`;
    const both = await Promise.all([t.app.inject({ method: 'POST', url, headers: x.staffSession.headers }), t.app.inject({ method: 'POST', url, headers: x.staffSession.headers })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const entries = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, d.id), eq(auditEvents.action, 'deadline.met')));
    expect(entries).toHaveLength(1);
    const other = (await give(x, {})).json();
    const waive = () => t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${other.id}/waive`, headers: x.adminSession.headers, payload: { reason: 'Left the trust' } });
    expect((await Promise.all([waive(), waive()])).map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, other.id), eq(auditEvents.action, 'deadline.waived')))).toHaveLength(1);
  });

  it('cannot be marked met by hand when it is met by doing the thing itself', async () => {
    const x = await trust();
    const d = (await give(x, { kind: 'attestation' })).json();
    expect(d.allowed).not.toContain('deadline.meet');
    const r = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${d.id}/met`, headers: x.staffSession.headers });
    expect(r.statusCode).toBe(409);
    expect(r.json().type).toBe('/rules/met-by-its-record');
  });

  it('is waived only with a reason, by those allowed', async () => {
    const x = await trust();
    const d = (await give(x, {})).json();
    expect((await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${d.id}/waive`, headers: x.staffSession.headers, payload: { reason: 'I would rather not' } })).statusCode).toBe(403);
    const noReason = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${d.id}/waive`, headers: x.adminSession.headers, payload: { reason: '' } });
    expect(noReason.json().errors[0]).toEqual({ field: 'body.reason', reason: 'must say why' });
    const waived = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${d.id}/waive`, headers: x.adminSession.headers, payload: { reason: 'Superseded by the new policy' } });
    expect(waived.json()).toMatchObject({ state: 'waived', waivedReason: 'Superseded by the new policy' });
  });
});

describe('reminders and escalation', () => {
  it('reminds the owner, then tells them at the due time, then escalates to their line manager, each once', async () => {
    const x = await trust();
    const d = (await give(x, { rule: { type: 'calendar_days', days: 10 } })).json();
    const dueAt = new Date(d.dueAt).getTime();

    // Other test files may have deadlines of their own: this one's notices are what count.
    await checkDeadlines(ctx(), new Date(dueAt - 7 * DAY + 60_000));
    expect((await noticesFor(d.id)).map((n) => n.dedupeKey.split(':')[2]).sort()).toEqual(['created', 'remind-P7D']);
    await checkDeadlines(ctx(), new Date(dueAt - 7 * DAY + 120_000));
    expect(await noticesFor(d.id)).toHaveLength(2);
    await checkDeadlines(ctx(), new Date(dueAt - DAY + 60_000));
    await checkDeadlines(ctx(), new Date(dueAt + 60_000));
    await checkDeadlines(ctx(), new Date(dueAt + DAY + 60_000));
    await checkDeadlines(ctx(), new Date(dueAt + 5 * DAY));

    const sent = await noticesFor(d.id);
    expect(sent.map((n) => [n.personId === x.manager.id ? 'manager' : 'owner', n.dedupeKey.split(':')[2]]).sort()).toEqual([
      ['manager', 'escalate'],
      ['owner', 'created'],
      ['owner', 'due'],
      ['owner', 'remind-P1D'],
      ['owner', 'remind-P7D'],
    ]);
    const escalation = sent.find((n) => n.personId === x.manager.id)!;
    expect(escalation.title).toContain('Overdue');
    const [row] = await t.database.db.select().from(deadlines).where(eq(deadlines.id, d.id));
    expect(row!.nextCheckAt).toBeNull();
    // The escalation is in the organisation's audit trail, sent by the system; the reminders of a duty that is not urgent are not.
    expect((await auditedFor(d.id)).slice(1)).toEqual([{ action: 'deadline.escalated', organisationId: x.org.id, actorId: null, requestId: null, notice: 'escalation', to: x.manager.id }]);
  });

  it('sends nothing for a deadline met in time', async () => {
    const x = await trust();
    const d = (await give(x, { rule: { type: 'calendar_days', days: 10 } })).json();
    await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/deadlines/${d.id}/met`, headers: x.staffSession.headers });
    await checkDeadlines(ctx(), new Date(new Date(d.dueAt).getTime() + 3 * DAY));
    expect((await noticesFor(d.id)).map((n) => n.dedupeKey.split(':')[2])).toEqual(['created']);
  });

  it('never sends the same message twice with two server processes at work', async () => {
    const x = await trust();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push((await give(x, { title: `Task ${i}`, rule: { type: 'calendar_days', days: 3 } })).json().id);
    const [first] = await t.database.db.select().from(deadlines).where(eq(deadlines.id, ids[0]!));
    const url = inject('databaseUrl');
    const run = (now: Date) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'test/fixtures/check-deadlines.ts', url, now.toISOString()]);
    for (const at of [first!.dueAt.getTime() - DAY + 60_000, first!.dueAt.getTime() + 60_000, first!.dueAt.getTime() + DAY + 60_000]) {
      await Promise.all([run(new Date(at)), run(new Date(at))]);
    }
    for (const id of ids) {
      const keys = (await noticesFor(id)).map((n) => `${n.dedupeKey.split(':')[2]}:${n.personId === x.manager.id ? 'manager' : 'owner'}`).sort();
      expect(keys).toEqual(['created:owner', 'due:owner', 'escalate:manager', 'remind-P1D:owner']);
    }
    const emails = await t.database.db.select().from(outbox).where(eq(outbox.personId, x.manager.id));
    expect(emails).toHaveLength(ids.length);
  }, 120_000);

  it('escalates a safeguarding concern to the academy’s designated safeguarding lead at once, whatever their digest preference', async () => {
    const x = await trust();
    const dsl = await makePerson(t.database.db, x.org.id, [{ role: 'designated_safeguarding_lead', academyId: x.org.academies.northfield }]);
    const otherDsl = await makePerson(t.database.db, x.org.id, [{ role: 'designated_safeguarding_lead', academyId: x.org.academies.southgate }]);
    await t.database.db.insert(notificationPreferences).values({ personId: dsl.id, email: 'daily_digest' });
    startClockAt(londonInstant('2026-11-25', '10:00'));
    const d = (await give(x, { kind: 'safeguarding-action', academyId: x.org.academies.northfield })).json();
    expect((await noticesFor(d.id)).map((n) => n.dedupeKey.split(':')[2])).toEqual(['created']);
    await checkDeadlines(ctx(), new Date(new Date(d.dueAt).getTime() + 60_000));
    const sent = await noticesFor(d.id);
    expect(sent.filter((n) => n.personId === dsl.id)).toHaveLength(1);
    expect(sent.filter((n) => n.personId === otherDsl.id)).toHaveLength(0);
    expect(sent.every((n) => n.urgent && n.emailedAt !== null)).toBe(true);
    // Each urgent notice delivered, and the escalation, is in the audit trail, by the system.
    expect((await auditedFor(d.id)).slice(1)).toEqual([
      { action: 'deadline.urgent_notice_sent', organisationId: x.org.id, actorId: null, requestId: null, notice: 'due', to: x.staff.id },
      { action: 'deadline.escalated', organisationId: x.org.id, actorId: null, requestId: null, notice: 'escalation', to: dsl.id },
    ]);
  });

  it('sends what is owed at once, and once, for a safeguarding concern recorded the next morning', async () => {
    const x = await trust();
    const dsl = await makePerson(t.database.db, x.org.id, [{ role: 'designated_safeguarding_lead', academyId: x.org.academies.northfield }]);
    await t.database.db.insert(notificationPreferences).values({ personId: dsl.id, email: 'daily_digest' });
    // Seen at 14:00 yesterday; recorded at 08:30 today, after the academy day it was due by had ended.
    const given = await give(x, { kind: 'safeguarding-action', academyId: x.org.academies.northfield, startsAt: londonInstant('2026-11-25', '14:00').toISOString() });
    const d = given.json();
    expect(d.state).toBe('overdue');
    const sent = async () => (await noticesFor(d.id)).map((n) => `${n.dedupeKey.split(':')[2]}:${n.personId === dsl.id ? 'dsl' : n.personId === x.staff.id ? 'owner' : 'other'}`).sort();
    expect(await sent()).toEqual(['created:owner', 'due:owner', 'escalate:dsl']);
    const toDsl = await t.database.db.select().from(outbox).where(eq(outbox.personId, dsl.id));
    expect(toDsl.map((m) => m.subject)).toEqual([expect.stringContaining('Overdue: Act on a safeguarding concern')]);
    await checkDeadlines(ctx(), new Date(clock.now().getTime() + 60_000));
    await checkDeadlines(ctx(), new Date(clock.now().getTime() + 5 * DAY));
    expect(await sent()).toEqual(['created:owner', 'due:owner', 'escalate:dsl']);
    // Sent by the system within the request that recorded the concern, each recorded once.
    const requestId = given.headers['x-request-id'];
    expect(requestId).toBeTruthy();
    expect(await auditedFor(d.id)).toEqual([
      { action: 'deadline.created', organisationId: x.org.id, actorId: x.admin.id, requestId, notice: undefined, to: undefined },
      { action: 'deadline.urgent_notice_sent', organisationId: x.org.id, actorId: null, requestId, notice: 'due', to: x.staff.id },
      { action: 'deadline.escalated', organisationId: x.org.id, actorId: null, requestId, notice: 'escalation', to: dsl.id },
    ]);
  });

  it('escalates police contact to whom the code says the colleague must inform', async () => {
    const x = await trust();
    const principal = await makePerson(t.database.db, x.org.id, [{ role: 'staff' }, { role: 'principal', academyId: x.org.academies.northfield }], { employedAt: x.org.academies.northfield, name: 'Principal' });
    await makePerson(t.database.db, x.org.id, [{ role: 'principal', academyId: x.org.academies.southgate }]);
    const director = await makePerson(t.database.db, x.org.id, [{ role: 'regional_education_director', regionId: x.org.regions.north }]);
    await makePerson(t.database.db, x.org.id, [{ role: 'regional_education_director', regionId: x.org.regions.south }]);
    const coo = await makePerson(t.database.db, x.org.id, [{ role: 'chief_operating_officer' }]);
    const central = await makePerson(t.database.db, x.org.id, [{ role: 'staff' }], { employedAt: null, name: 'Central' });
    const escalatedTo = async (ownerId: string) => {
      const d = (await give(x, { kind: 'police-contact-report', ownerId })).json();
      await checkDeadlines(ctx(), new Date(new Date(d.dueAt).getTime() + 5 * 3_600_000));
      return (await noticesFor(d.id)).filter((n) => n.dedupeKey.includes(':escalate:')).map((n) => n.personId);
    };
    // 003 §20.3: staff inform their academy's principal, not their line manager.
    expect(await escalatedTo(x.staff.id)).toEqual([principal.id]);
    // §20.4: a principal, the regional education director for their academy's region.
    expect(await escalatedTo(principal.id)).toEqual([director.id]);
    // §20.5: a colleague not working in an academy day to day, the chief operating officer.
    expect(await escalatedTo(central.id)).toEqual([coo.id]);
  });
});

describe('the inbox and email preferences', () => {
  it('counts unread notifications and marks them read', async () => {
    const x = await trust();
    await give(x, { title: 'One' });
    await give(x, { title: 'Two' });
    const headers = { cookie: x.staffSession.cookie };
    const inbox = await t.app.inject({ method: 'GET', url: '/api/me/notifications', headers });
    expect(inbox.json().unread).toBe(2);
    expect(inbox.json().items.map((n: { title: string }) => n.title)).toEqual(['New deadline: Two', 'New deadline: One']);
    const read = await t.app.inject({ method: 'POST', url: `/api/me/notifications/${inbox.json().items[0].id}/read`, headers: x.staffSession.headers });
    expect(read.json()).toEqual({ unread: 1 });
    const foreign = await t.app.inject({ method: 'POST', url: `/api/me/notifications/${inbox.json().items[0].id}/read`, headers: x.adminSession.headers });
    expect(foreign.statusCode).toBe(404);
    await t.app.inject({ method: 'POST', url: '/api/me/notifications/read-all', headers: x.staffSession.headers });
    expect((await t.app.inject({ method: 'GET', url: '/api/me/notifications?unread=true', headers })).json()).toEqual({ unread: 0, items: [] });
  });

  it('gathers non-urgent email into one daily digest for those who ask', async () => {
    const x = await trust();
    const pref = await t.app.inject({ method: 'PUT', url: '/api/me/notification-preferences', headers: x.staffSession.headers, payload: { email: 'daily_digest' } });
    expect(pref.json()).toEqual({ email: 'daily_digest' });
    const bad = await t.app.inject({ method: 'PUT', url: '/api/me/notification-preferences', headers: x.staffSession.headers, payload: { email: 'weekly' } });
    expect(bad.json().errors[0]).toEqual({ field: 'body.email', reason: 'must be immediate or daily_digest' });
    await give(x, { title: 'First' });
    await give(x, { title: 'Second' });
    expect(await t.database.db.select().from(outbox).where(eq(outbox.personId, x.staff.id))).toHaveLength(0);
    await sendDigests(t.database.db, t.app.mailer, 'http://probity.test');
    const digests = await t.database.db.select().from(outbox).where(eq(outbox.personId, x.staff.id));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Probity: 2 updates for you');
    expect(digests[0]!.text).toContain('New deadline: First');
    await sendDigests(t.database.db, t.app.mailer, 'http://probity.test');
    expect(await t.database.db.select().from(outbox).where(eq(outbox.personId, x.staff.id))).toHaveLength(1);
  });
});

describe('overseeing deadlines', () => {
  it('reports overdue deadlines by kind and by owner, as JSON and CSV', async () => {
    const x = await trust();
    await give(x, { title: '=HYPERLINK("http://evil.example")', rule: { type: 'fixed', dueAt: '2026-01-01T12:00:00Z' } });
    await give(x, { kind: 'notification-duty', startsAt: '2025-10-01T09:00:00Z' });
    await give(x, { title: 'Not yet', rule: { type: 'calendar_days', days: 30 } });
    const report = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines/overdue`, headers: { cookie: x.adminSession.cookie } });
    expect(report.json().byKind).toEqual([
      { kind: 'notification-duty', count: 1 },
      { kind: 'task', count: 1 },
    ]);
    expect(report.json().byOwner).toEqual([{ ownerId: x.staff.id, ownerName: 'Test Staff', count: 2 }]);
    const csv = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines/overdue?format=csv`, headers: { cookie: x.adminSession.cookie } });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('kind,title,owner,due,due_at,days_overdue,record');
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    // More than a page of them, all due at the same moment: the spreadsheet, sent page by page, has each once.
    const db = t.database.db;
    const [first] = await db.select().from(deadlines).where(and(eq(deadlines.organisationId, x.org.id), eq(deadlines.kind, 'task'), lt(deadlines.dueAt, clock.now())));
    const columns = (await db.execute<{ name: string }>(sql`select column_name as name from information_schema.columns where table_name = 'deadlines' and column_name <> 'id'`)).rows.map((c) => sql.identifier(c.name));
    const list = sql.join(columns, sql`, `);
    await db.execute(sql`insert into deadlines (id, ${list}) select gen_random_uuid(), ${list} from deadlines, generate_series(1, ${CSV_PAGE}) where id = ${first!.id}`);
    const long = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines/overdue?format=csv`, headers: { cookie: x.adminSession.cookie } });
    const rows = long.body.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(CSV_PAGE + 2);
    expect(rows.filter((r) => r.includes('HYPERLINK'))).toHaveLength(CSV_PAGE + 1);
  });

  it('asks the database for a state and gets exactly the deadlines the rules put in it, a page at a time', async () => {
    const x = await trust();
    const now = clock.now().getTime();
    // One deadline in each state, and a few more of one, with the schedules of two kinds.
    const facts = [
      { dueAt: new Date(now + 30 * DAY) },
      { dueAt: new Date(now + 3 * DAY) },
      { dueAt: new Date(now + 3 * 3_600_000), kind: 'safeguarding-action' as const },
      { dueAt: new Date(now - 2 * DAY) },
      { dueAt: new Date(now - 3 * DAY) },
      { dueAt: new Date(now - 4 * DAY) },
      { dueAt: new Date(now - 5 * DAY), metAt: new Date(now - 6 * DAY) },
      { dueAt: new Date(now - 5 * DAY), metAt: new Date(now - 4 * DAY) },
      { dueAt: new Date(now + 5 * DAY), waivedAt: new Date(now) },
    ];
    await t.database.db.insert(deadlines).values(
      facts.map((f, i) => {
        const kind = KINDS[f.kind ?? 'task'];
        return { organisationId: x.org.id, kind: f.kind ?? 'task', title: `D${i}`, rule: kind.rule, schedule: kind.schedule, startsAt: new Date(now - 40 * DAY), dueAt: f.dueAt, dueSoonAt: dueSoonFrom({ dueAt: f.dueAt, schedule: kind.schedule }), allDay: false, ownerId: x.staff.id, checkedAt: new Date(now), metAt: f.metAt ?? null, waivedAt: f.waivedAt ?? null, waivedReason: f.waivedAt ? 'Left the trust' : null };
      }),
    );
    const expected = (state: string) => facts.flatMap((f, i) => (stateOf({ metAt: null, waivedAt: null, ...f, schedule: KINDS[f.kind ?? 'task'].schedule }, clock.now()) === state ? [`D${i}`] : []));
    for (const state of ['upcoming', 'due_soon', 'overdue', 'met', 'met_late', 'waived']) {
      const listed = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines?state=${state}`, headers: { cookie: x.adminSession.cookie } });
      expect(listed.json().map((d: { title: string; state: string }) => [d.title, d.state]).sort(), state).toEqual(expected(state).map((title) => [title, state]));
    }
    expect(expected('overdue')).toHaveLength(3);
    const page = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines?state=overdue&limit=2&offset=1`, headers: { cookie: x.adminSession.cookie } });
    expect(page.headers['x-total-count']).toBe('3');
    expect(page.json().map((d: { title: string }) => d.title)).toEqual(['D4', 'D3']);
    const past = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines?limit=5&offset=50`, headers: { cookie: x.adminSession.cookie } });
    expect([past.json(), past.headers['x-total-count']]).toEqual([[], '9']);
    const report = (await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines/overdue?limit=1`, headers: { cookie: x.adminSession.cookie } })).json();
    expect(report).toMatchObject({ total: 3, byKind: [{ kind: 'task', count: 3 }], byOwner: [{ ownerId: x.staff.id, count: 3 }] });
    expect(report.items.map((d: { title: string }) => d.title)).toEqual(['D5']);
    expect((await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines?limit=0`, headers: { cookie: x.adminSession.cookie } })).json().errors[0].field).toBe('querystring.limit');
  });

  it('gives deadlines made before the due-soon time was kept the time the rules give them', async () => {
    const x = await trust();
    const made = await Promise.all([give(x, { kind: 'task' }), give(x, { kind: 'safeguarding-action', academyId: x.org.academies.northfield }), give(x, { kind: 'notification-duty' })]);
    const ids = made.map((r) => r.json().id as string);
    const before = await t.database.db.select().from(deadlines).where(inArray(deadlines.id, ids));
    await t.database.db.update(deadlines).set({ dueSoonAt: new Date(0) }).where(inArray(deadlines.id, ids));
    // The migration's own statement, as it ran on the deadlines already there.
    const migration = fs.readFileSync(new URL('../../db/migrations/0009_deadline_due_soon.sql', import.meta.url), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').find((statement) => statement.includes('UPDATE'))!;
    await t.database.pool.query(backfill.replace(/;\s*$/, ` WHERE "id" = ANY($1)`), [ids]);
    const after = await t.database.db.select().from(deadlines).where(inArray(deadlines.id, ids));
    for (const row of after) expect(row.dueSoonAt.getTime()).toBe(dueSoonFrom(before.find((b) => b.id === row.id)!).getTime());
    expect(new Set(after.map((row) => row.dueAt.getTime() - row.dueSoonAt.getTime())).size).toBeGreaterThan(1);
  });

  it('shows a principal only their academy’s deadlines, and staff none', async () => {
    const x = await trust();
    const principal = await makePerson(t.database.db, x.org.id, [{ role: 'principal', academyId: x.org.academies.southgate }]);
    await give(x, { title: 'Northfield', academyId: x.org.academies.northfield });
    await give(x, { title: 'Southgate', academyId: x.org.academies.southgate });
    const session = await signIn(t.app, principal.email);
    const seen = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines`, headers: { cookie: session.cookie } });
    expect(seen.json().map((d: { title: string }) => d.title)).toEqual(['Southgate']);
    expect((await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/deadlines`, headers: { cookie: x.staffSession.cookie } })).statusCode).toBe(403);
  });
});

describe('the calendar feed', () => {
  it('serves my open deadlines at a secret URL until I revoke it', async () => {
    const x = await trust();
    await give(x, { title: 'Feed me', rule: { type: 'calendar_days', days: 5 } });
    const created = await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: x.staffSession.headers });
    expect(created.statusCode).toBe(201);
    const path = new URL(created.json().url).pathname;
    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('SUMMARY:Feed me');
    const replaced = await t.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: x.staffSession.headers });
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    await t.app.inject({ method: 'DELETE', url: '/api/me/calendar-feed', headers: x.staffSession.headers });
    expect((await t.app.inject({ method: 'GET', url: new URL(replaced.json().url).pathname })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/me/calendar-feed', headers: { cookie: x.staffSession.cookie } })).json()).toEqual({ active: false, createdAt: null });
  });
});

describe('academy settings', () => {
  it('refuses a malformed day end and overlapping terms', async () => {
    const x = await trust();
    const academy = `/api/orgs/${x.org.id}/academies/${x.org.academies.northfield}`;
    const time = await t.app.inject({ method: 'PATCH', url: academy, headers: x.adminSession.headers, payload: { dayEndsAt: '5pm' } });
    expect(time.json().errors).toEqual([{ field: 'body.dayEndsAt', reason: 'must be a time as HH:MM' }]);
    const terms = await t.app.inject({
      method: 'PUT',
      url: `${academy}/terms`,
      headers: x.adminSession.headers,
      payload: { terms: [{ startsOn: '2026-09-02', endsOn: '2026-12-18' }, { startsOn: '2026-12-01', endsOn: '2026-11-01' }] },
    });
    expect(terms.json().errors).toEqual([
      { field: 'body.terms.1.endsOn', reason: 'is before the term starts' },
      { field: 'body.terms.1.startsOn', reason: 'overlaps the term 2026-09-02 to 2026-12-18' },
    ]);
  });
});
