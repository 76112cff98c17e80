import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { endOfLondonDay, londonInstant } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { outbox } from '../../platform/mail/schema.ts';
import { notifications } from '../../platform/notifications/index.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { pdfText } from '../../../test/pdf.ts';
import { startClockAt } from '../../../test/clock.ts';
import { statementsSent } from '../../../test/round-trips.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { cases } from '../cases/schema.ts';
import { checkDeadlines } from '../deadlines/index.ts';
import { deadlines } from '../deadlines/schema.ts';
import { checkSafeguardingAlerts } from './index.ts';
import { safeguardingConcerns } from './schema.ts';

// Safeguarding through the API on days the tests chose (Northfield's day ends at 17:00; no term dates, so
// every working day is an academy day): recording and the alert chain, need to know, the DSL team's work,
// allegations on their own path to a case, and what is refused, with nothing changed.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

const db = () => t.database.db;
const jobs = () => ({ db: db(), mailer: t.app.mailer, publicUrl: t.config.publicUrl });
const MINUTE = 60_000;
const at = (time: string, date = '2026-03-02') => londonInstant(date, time);

interface Person extends TestPerson {
  session: SignedIn;
}

async function person(org: TestOrganisation, roles: Parameters<typeof makePerson>[2], name: string, academyId: string | null = org.academies.northfield): Promise<Person> {
  const made = await makePerson(db(), org.id, roles, { name, employedAt: academyId });
  return { ...made, session: await signIn(t.app, made.email) };
}

/** A trust with Northfield's DSL team, its principal, the North's regional director, two teachers, Southgate's DSL and a case officer. */
async function trust() {
  const org = await makeOrganisation(db(), 'employer_trust');
  const northfield = org.academies.northfield;
  return {
    org,
    dsl: await person(org, [{ role: 'staff' }, { role: 'designated_safeguarding_lead', academyId: northfield }], 'Dsl'),
    deputy: await person(org, [{ role: 'staff' }], 'Deputy'),
    principal: await person(org, [{ role: 'staff' }, { role: 'principal', academyId: northfield }], 'Principal'),
    director: await person(org, [{ role: 'regional_education_director', regionId: org.regions.north }], 'Director', null),
    teacher: await person(org, [{ role: 'staff' }], 'Teacher'),
    colleague: await person(org, [{ role: 'staff' }], 'Colleague'),
    otherDsl: await person(org, [{ role: 'staff' }, { role: 'designated_safeguarding_lead', academyId: org.academies.southgate }], 'Southgate', org.academies.southgate),
    officer: await person(org, [{ role: 'case_officer' }], 'Officer', null),
  };
}
type Trust = Awaited<ReturnType<typeof trust>>;

function call(x: Trust, who: Person, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object) {
  return t.app.inject({ method, url: `/api/orgs/${x.org.id}${path}`, headers: method === 'GET' ? { cookie: who.session.cookie } : who.session.headers, ...(payload ? { payload } : {}) });
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.statusCode === 204 ? null : response.json();
}

const ACCOUNT = 'Jamie said there was no food at home again and that Dad hit him with a belt on Sunday.';
const concern = (extra: object = {}) => ({ learnerRef: 'nf-0042', category: 'neglect', seenAt: clock.now().toISOString(), account: ACCOUNT, immediateAction: 'Gave Jamie breakfast', ...extra });
const record = async (x: Trust, extra: object = {}, who = x.teacher) => ok(await call(x, who, 'POST', '/safeguarding/concerns', concern(extra)), 201);
const step = (x: Trust, who: Person, id: string, body: object) => call(x, who, 'POST', `/safeguarding/concerns/${id}/steps`, body);

const mailTo = (personId: string) => db().select().from(outbox).where(eq(outbox.personId, personId));
const noticesTo = (personId: string, kind: string) => db().select().from(notifications).where(and(eq(notifications.personId, personId), eq(notifications.kind, kind)));
const audited = (recordId: string) => db().select({ action: auditEvents.action, actorId: auditEvents.actorId, reason: auditEvents.reason, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.recordId, recordId)).orderBy(auditEvents.seq);

describe('recording a concern', () => {
  it('records it in one request and alerts the DSL at once: that a concern exists, its category and a link, never its content', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const receipt = await record(x, { marks: [{ view: 'front', x: 0.5, y: 0.3, description: 'A bruise about 2 cm across' }] });
    expect(receipt).toMatchObject({ category: 'neglect', state: 'recorded', alerted: [{ place: 'designated_safeguarding_lead', name: 'Test Dsl' }] });
    expect(new Date(receipt.actBy)).toEqual(at('17:00'));

    // Told of it twice at once, by the alert and by the deadline it now owns; neither says what it is about.
    const mails = await mailTo(x.dsl.id);
    expect(mails.map((m) => m.subject).sort()).toEqual(['A safeguarding concern: neglect', 'New deadline: Act on a safeguarding concern']);
    expect(mails.find((m) => m.subject.startsWith('A safeguarding'))!.text).toContain(`/orgs/${x.org.id}/safeguarding/concerns/${receipt.id}`);
    for (const mail of mails) {
      for (const secret of ['Jamie', 'belt', 'breakfast', 'NF-0042', 'Teacher', 'bruise']) expect(`${mail.subject} ${mail.text} ${mail.html}`, secret).not.toContain(secret);
    }
    const [notice] = await noticesTo(x.dsl.id, 'safeguarding.alert');
    expect(notice).toMatchObject({ urgent: true, link: `/orgs/${x.org.id}/safeguarding/concerns/${receipt.id}` });
    expect(notice!.body).not.toContain('Jamie');
    // The DSL owns the deadline to act on it by the end of the academy day (003 §3.1).
    const [deadline] = await db().select().from(deadlines).where(eq(deadlines.recordId, receipt.id));
    expect(deadline).toMatchObject({ kind: 'safeguarding-action', ownerId: x.dsl.id, dueAt: at('17:00') });

    // The DSL reads it all, and the reading is recorded; the body map knows where the mark is.
    const read = await ok(await call(x, x.dsl, 'GET', `/safeguarding/concerns/${receipt.id}`));
    expect(read).toMatchObject({ learnerRef: 'NF-0042', account: ACCOUNT, recordedBy: { id: x.teacher.id }, marks: [{ view: 'front', region: 'chest', description: 'A bruise about 2 cm across' }] });
    expect(read.allowed).toEqual(expect.arrayContaining(['safeguarding.triage', 'safeguarding.grant']));
    expect(read.steps).toEqual(['triage']);
    expect((await audited(receipt.id)).map((e) => e.action)).toEqual(['safeguarding.concern_recorded', 'safeguarding.alert_sent', 'safeguarding.concern_viewed']);
  });

  it('shows a concern to nobody outside its DSL team: not whoever recorded it, a colleague, or another academy’s DSL', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const { id } = await record(x);
    for (const who of [x.teacher, x.colleague, x.otherDsl, x.principal]) {
      expect((await call(x, who, 'GET', `/safeguarding/concerns/${id}`)).statusCode).toBe(404);
      expect(await ok(await call(x, who, 'GET', '/safeguarding/concerns'))).toEqual([]);
      expect((await call(x, who, 'POST', `/safeguarding/concerns/${id}/steps`, { type: 'triage', level: 'record_only', note: 'Nothing more to do.' })).statusCode).toBe(404);
    }
    expect((await ok(await call(x, x.dsl, 'GET', '/safeguarding/concerns'))).map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await call(x, x.otherDsl, 'GET', '/safeguarding/chronology?learnerRef=NF-0042')).statusCode).toBe(404);
    expect(await ok(await call(x, x.otherDsl, 'GET', '/safeguarding/dashboard'))).toMatchObject({ academies: [{ id: x.org.academies.southgate }], new: [], overdue: [] });
    expect((await call(x, x.colleague, 'GET', '/safeguarding/dashboard')).statusCode).toBe(403);
    // Another organisation's DSL, through their own organisation's path: as if it did not exist.
    const y = await trust();
    expect((await call(y, y.dsl, 'GET', `/safeguarding/concerns/${id}`)).statusCode).toBe(404);
    expect((await call(y, y.dsl, 'POST', `/safeguarding/concerns/${id}/break-glass`, { reason: 'I want to see what this record says.' })).statusCode).toBe(404);
  });

  it('escalates to the deputy after half an hour and to the principal after an hour while nobody triages it, and stops once triaged', async () => {
    startClockAt(at('10:00'));
    const x = await trust();
    await ok(await call(x, x.dsl, 'PUT', `/safeguarding/academies/${x.org.academies.northfield}/deputies/${x.deputy.id}`));
    const { id } = await record(x);
    const recordedAt = (await db().select().from(safeguardingConcerns).where(eq(safeguardingConcerns.id, id)))[0]!.recordedAt.getTime();
    const alerted = async () =>
      (await db().select({ personId: notifications.personId }).from(notifications).where(eq(notifications.kind, 'safeguarding.alert')).orderBy(notifications.createdAt))
        .map((n) => n.personId)
        .filter((p) => [x.dsl.id, x.deputy.id, x.principal.id].includes(p));

    await checkSafeguardingAlerts(jobs(), new Date(recordedAt + 29 * MINUTE));
    expect(await alerted()).toEqual([x.dsl.id]);
    await checkSafeguardingAlerts(jobs(), new Date(recordedAt + 31 * MINUTE));
    expect(await alerted()).toEqual([x.dsl.id, x.deputy.id]);
    expect((await mailTo(x.deputy.id)).map((m) => m.subject)).toContain('A safeguarding concern: neglect');
    expect((await call(x, x.principal, 'GET', `/safeguarding/concerns/${id}`)).statusCode).toBe(404);
    await checkSafeguardingAlerts(jobs(), new Date(recordedAt + 61 * MINUTE));
    await checkSafeguardingAlerts(jobs(), new Date(recordedAt + 62 * MINUTE));
    expect(await alerted()).toEqual([x.dsl.id, x.deputy.id, x.principal.id]);
    // Escalated to them, the principal may read and work it; the deputy is on the team.
    expect((await ok(await call(x, x.principal, 'GET', `/safeguarding/concerns/${id}`))).allowed).toContain('safeguarding.triage');
    await ok(await call(x, x.deputy, 'GET', `/safeguarding/concerns/${id}`));
    const escalations = (await audited(id)).filter((e) => e.action === 'safeguarding.alert_sent');
    expect(escalations.map((e) => [e.actorId, (e.details as { place: string }).place])).toEqual([
      [null, 'designated_safeguarding_lead'],
      [null, 'deputy_designated_safeguarding_lead'],
      [null, 'principal'],
    ]);

    // A second concern, triaged within the half hour: nobody else is told, and the DSL's deadline is met.
    const second = await record(x);
    await ok(await step(x, x.dsl, second.id, { type: 'triage', level: 'pastoral_support', note: 'Form tutor to check in daily.' }));
    await checkSafeguardingAlerts(jobs(), new Date(clock.now().getTime() + 2 * 60 * MINUTE));
    expect((await noticesTo(x.deputy.id, 'safeguarding.alert')).filter((n) => n.dedupeKey.includes(second.id))).toEqual([]);
    const [deadline] = await db().select().from(deadlines).where(eq(deadlines.recordId, second.id));
    expect(deadline!.metAt).not.toBeNull();
  });

  it('reads an academy’s alert chain once a run however many of its concerns wait, and what each was sent in one query', async () => {
    startClockAt(at('10:00'));
    const x = await trust();
    for (let n = 0; n < 3; n++) await record(x);
    const sent = await statementsSent(() => checkSafeguardingAlerts(jobs(), new Date(clock.now().getTime() + 61 * MINUTE)));
    // Other tests' concerns may wait too: of this trust's, its one academy's holders are read once.
    const holdersRead = sent.filter((s) => /from "role_assignments"/.test(s.text) && s.values.includes(x.org.id));
    expect(holdersRead).toHaveLength(1);
    expect(sent.filter((s) => /from "safeguarding_alerts" where "safeguarding_alerts"."concern_id" in/.test(s.text))).toHaveLength(1);
    // Untouched for an hour, each of the three went on up the chain to the principal.
    expect(await noticesTo(x.principal.id, 'safeguarding.alert')).toHaveLength(3);
  });

  it('alerts the whole chain at once for a concern recorded after the academy day ended', async () => {
    startClockAt(at('18:30'));
    const x = await trust();
    const receipt = await record(x, { seenAt: at('15:00').toISOString() });
    expect(receipt.alerted.map((a: { place: string }) => a.place)).toEqual(['designated_safeguarding_lead', 'principal']);
    expect(new Date(receipt.actBy)).toEqual(at('17:00'));
  });

  it('refuses bad input naming each field, and records nothing', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const refused = async (body: object, field: string, type?: string) => {
      const r = await call(x, x.teacher, 'POST', '/safeguarding/concerns', body);
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      if (type) expect(r.json().type).toBe(type);
    };
    const { category: _, ...noCategory } = concern();
    await refused(noCategory, 'body.category');
    await refused(concern({ account: '   ' }), 'body.account', '/rules/account-needed');
    await refused(concern({ learnerRef: 'Jamie Smith' }), 'body.learnerRef', '/rules/learner-reference');
    await refused(concern({ marks: [{ view: 'front', x: 0.02, y: 0.02 }] }), 'body.marks.0', '/rules/mark-outside-outline');
    await refused(concern({ seenAt: at('10:00').toISOString() }), 'body.seenAt', '/rules/seen-in-future');
    await refused(concern({ academyId: crypto.randomUUID() }), 'body.academyId');
    await refused(concern({ allegation: { staffMemberId: crypto.randomUUID() } }), 'body.allegation.staffMemberId');
    expect(await db().select().from(safeguardingConcerns).where(eq(safeguardingConcerns.organisationId, x.org.id))).toEqual([]);
  });
});

describe('the DSL team’s work', () => {
  it('triages, gives actions, refers with a deadline that alerts when it slips, records the outcome, closes and reopens, and keeps the learner’s chronology', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const { id } = await record(x);
    await ok(await step(x, x.dsl, id, { type: 'triage', level: 'statutory_referral', note: 'Signs of neglect and a disclosure of physical harm.' }));

    // An action goes to someone who may see the record: the colleague only once the DSL lets them.
    const action = { type: 'add_action', description: 'Check Jamie has lunch each day', assigneeId: x.colleague.id, dueOn: '2026-03-06' };
    const refusedAction = await step(x, x.dsl, id, action);
    expect(refusedAction.statusCode).toBe(400);
    expect(refusedAction.json().errors[0].field).toBe('body.assigneeId');
    const granted = await call(x, x.dsl, 'POST', `/safeguarding/concerns/${id}/access`, { personId: x.colleague.id, reason: 'The form tutor, who sees the learner every morning.' });
    expect((await ok(granted)).access).toEqual([expect.objectContaining({ person: expect.objectContaining({ id: x.colleague.id }) })]);
    const withAction = await ok(await step(x, x.dsl, id, action));
    const actionId = withAction.actions[0].id;
    expect((await noticesTo(x.colleague.id, 'safeguarding.action')).map((n) => n.body)).toEqual([expect.not.stringContaining('lunch')]);
    const asColleague = await ok(await call(x, x.colleague, 'GET', `/safeguarding/concerns/${id}`));
    expect(asColleague.allowed).toEqual(['safeguarding.act']);
    // The steps open to each: the colleague finishes the action given them; the DSL also refers and records the outcome.
    expect(asColleague.steps).toEqual(['add_action', 'complete_action']);
    expect((await ok(await call(x, x.dsl, 'GET', `/safeguarding/concerns/${id}`))).steps).toEqual(['add_action', 'complete_action', 'refer', 'record_response', 'record_conclusion', 'record_outcome']);
    expect((await step(x, x.colleague, id, { type: 'refer', agency: 'police' })).statusCode).toBe(403);
    await ok(await step(x, x.colleague, id, { type: 'complete_action', actionId, note: 'He has had lunch every day.' }));

    // A referral to children's social care: an answer is due by the end of the next working day.
    const referred = await ok(await step(x, x.dsl, id, { type: 'refer', agency: 'childrens_social_care', reference: 'CSC-1234' }));
    const referral = referred.referrals[0];
    expect(new Date(referral.respondBy)).toEqual(endOfLondonDay('2026-03-03'));
    const [due] = await db().select().from(deadlines).where(and(eq(deadlines.recordId, referral.id), eq(deadlines.kind, 'social-care-referral-decision')));
    expect(due!.ownerId).toBe(x.dsl.id);
    // It slips: the DSL is told it is due, at once.
    await checkDeadlines(jobs(), new Date(due!.dueAt.getTime() + MINUTE));
    expect((await noticesTo(x.dsl.id, 'deadline.due')).map((n) => n.title)).toEqual(["Due now: Hear children's social care's decision on a referral"]);
    // No outcome while the agency has not answered: a rule of the record, not of the request.
    const early = await step(x, x.dsl, id, { type: 'record_outcome', outcome: 'child_in_need', summary: 'Support from children’s social care.' });
    expect(early.statusCode).toBe(409);
    expect(early.json().type).toBe('/rules/referral-unanswered');

    await ok(await step(x, x.dsl, id, { type: 'record_response', referralId: referral.id, accepted: true, note: 'A social worker will assess.' }));
    const [answered] = await db().select().from(deadlines).where(and(eq(deadlines.recordId, referral.id), eq(deadlines.kind, 'social-care-referral-decision')));
    expect(answered!.metAt).not.toBeNull();
    const [assessment] = await db().select().from(deadlines).where(and(eq(deadlines.recordId, referral.id), eq(deadlines.kind, 'social-care-assessment')));
    expect(assessment).toMatchObject({ ownerId: x.dsl.id, metAt: null });
    const closedEarly = await step(x, x.dsl, id, { type: 'close' });
    expect(closedEarly.statusCode).toBe(409);
    await ok(await step(x, x.dsl, id, { type: 'record_conclusion', referralId: referral.id, note: 'Assessed: child in need plan.' }));
    await ok(await step(x, x.dsl, id, { type: 'record_outcome', outcome: 'child_in_need', summary: 'A child in need plan, reviewed monthly.' }));
    const closed = await ok(await step(x, x.dsl, id, { type: 'close', note: 'Plan in place.' }));
    expect(closed).toMatchObject({ state: 'closed', allowed: ['safeguarding.triage', 'safeguarding.grant'], steps: ['reopen'] });
    const reopened = await ok(await step(x, x.dsl, id, { type: 'reopen', reason: 'Jamie disclosed a new injury this morning.' }));
    expect(reopened).toMatchObject({ state: 'acting', outcome: null, closedAt: null });
    expect((await step(x, x.dsl, id, { type: 'reopen', reason: 'Again for no reason at all.' })).statusCode).toBe(409);

    // The learner's chronology reads every record about them the DSL may see, in order; each is recorded as read.
    const second = await record(x, { learnerRef: 'NF-0042', category: 'physical_abuse' });
    const { entries } = await ok(await call(x, x.dsl, 'GET', '/safeguarding/chronology?learnerRef=nf-0042'));
    expect(entries.map((e: { event: string }) => e.event)).toEqual([
      'seen', 'record', 'triage', 'add_action', 'complete_action', 'refer', 'record_response', 'record_conclusion', 'record_outcome', 'close', 'reopen', 'seen', 'record',
    ]);
    expect(entries[0]).toMatchObject({ concernId: id, note: ACCOUNT, by: { id: x.teacher.id } });
    expect((await audited(second.id)).map((e) => e.action)).toContain('safeguarding.concern_viewed');
    const board = await ok(await call(x, x.dsl, 'GET', '/safeguarding/dashboard'));
    expect(board.new).toEqual([expect.objectContaining({ concernId: second.id, learnerRef: 'NF-0042', what: 'triage' })]);
    expect(board.openByCategory).toMatchObject({ neglect: 1, physical_abuse: 1 });
    // The audit trail says what was decided, never what was said.
    expect(JSON.stringify(await audited(id))).not.toContain('Jamie');
  });

  it('lets someone outside the team break the glass only with a reason, recorded and told to the team at once', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const { id } = await record(x);
    const noReason = await call(x, x.colleague, 'POST', `/safeguarding/concerns/${id}/break-glass`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ field: 'body.reason', rule: 'reason-needed' });
    const opened = await ok(await call(x, x.colleague, 'POST', `/safeguarding/concerns/${id}/break-glass`, { reason: 'Jamie is on my trip tomorrow and I need to know.' }));
    expect(opened).toMatchObject({ account: ACCOUNT, allowed: [], steps: [] });
    expect((await audited(id)).filter((e) => e.action === 'safeguarding.glass_broken')).toEqual([expect.objectContaining({ actorId: x.colleague.id, reason: 'Jamie is on my trip tomorrow and I need to know.' })]);
    const [told] = await noticesTo(x.dsl.id, 'safeguarding.glass_broken');
    expect(told).toMatchObject({ urgent: true });
    expect(told!.body).not.toContain('trip');
    // Still not theirs to read without it; the team has no glass to break.
    expect((await call(x, x.colleague, 'GET', `/safeguarding/concerns/${id}`)).statusCode).toBe(404);
    expect((await call(x, x.dsl, 'POST', `/safeguarding/concerns/${id}/break-glass`, { reason: 'Just looking at it again.' })).statusCode).toBe(409);
  });
});

describe('allegations about a member of staff', () => {
  it('go to the principal on their own path, never to the person they are about, and open an allegation case', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const allegation = await record(x, { category: 'physical_abuse', allegation: { staffMemberId: x.colleague.id } });
    expect(allegation).toMatchObject({ state: 'allegation', alerted: [{ place: 'principal' }] });
    expect((await mailTo(x.principal.id)).map((m) => m.subject)).toEqual(['An allegation about a member of staff']);
    expect(await db().select().from(deadlines).where(eq(deadlines.recordId, allegation.id))).toEqual([]);
    // The DSL team does not hold it; the person it is about cannot even break the glass.
    expect((await call(x, x.dsl, 'GET', `/safeguarding/concerns/${allegation.id}`)).statusCode).toBe(404);
    expect((await call(x, x.colleague, 'GET', `/safeguarding/concerns/${allegation.id}`)).statusCode).toBe(404);
    expect((await call(x, x.colleague, 'POST', `/safeguarding/concerns/${allegation.id}/break-glass`, { reason: 'I want to know what was said about me.' })).statusCode).toBe(404);
    const asPrincipal = await ok(await call(x, x.principal, 'GET', `/safeguarding/concerns/${allegation.id}`));
    expect(asPrincipal).toMatchObject({ state: 'allegation', allegation: { staffMember: { id: x.colleague.id }, caseId: null }, allowed: ['safeguarding.grant'] });
    const triaged = await step(x, x.principal, allegation.id, { type: 'triage', level: 'record_only', note: 'Not for the DSL.' });
    expect(triaged.statusCode).toBe(409);
    expect(triaged.json().type).toBe('/rules/allegation-path');
    const toSubject = await call(x, x.principal, 'POST', `/safeguarding/concerns/${allegation.id}/access`, { personId: x.colleague.id, reason: 'They asked to see what was said.' });
    expect(toSubject.json().errors[0]).toMatchObject({ field: 'body.personId', rule: 'subject-never-sees' });

    // The principal lets the trust's case officer see it; the officer opens the case, which names who raised it.
    await ok(await call(x, x.principal, 'POST', `/safeguarding/concerns/${allegation.id}/access`, { personId: x.officer.id, reason: 'The HR case officer who will manage the case.' }));
    expect((await call(x, x.principal, 'POST', `/safeguarding/concerns/${allegation.id}/case`, { summary: 'An allegation of physical harm.' })).statusCode).toBe(403);
    const linked = await ok(await call(x, x.officer, 'POST', `/safeguarding/concerns/${allegation.id}/case`, { summary: 'An allegation of physical harm.', harmThreshold: true }));
    const [opened] = await db().select().from(cases).where(eq(cases.id, linked.allegation.caseId));
    expect(opened).toMatchObject({ type: 'allegation', subjectId: x.colleague.id, harmThreshold: true, openedFrom: 'concern', namedPersonIds: [x.teacher.id] });
    expect((await call(x, x.officer, 'POST', `/safeguarding/concerns/${allegation.id}/case`, { summary: 'Again.' })).statusCode).toBe(409);
    expect((await audited(allegation.id)).map((e) => e.action)).toContain('safeguarding.case_opened');

    // About the principal: to the regional education director.
    const aboutPrincipal = await record(x, { category: 'emotional_abuse', allegation: { staffMemberId: x.principal.id } });
    expect(aboutPrincipal.alerted).toEqual([{ place: 'regional_education_director', name: 'Test Director' }]);
    expect((await call(x, x.principal, 'GET', `/safeguarding/concerns/${aboutPrincipal.id}`)).statusCode).toBe(404);
    await ok(await call(x, x.director, 'GET', `/safeguarding/concerns/${aboutPrincipal.id}`));
  });
});

describe('naming someone', () => {
  it('finds people of the organisation by name for anyone recording, names only, never another organisation’s', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const found = await ok(await call(x, x.teacher, 'GET', '/safeguarding/people?q=colleague'));
    expect(found).toEqual([{ id: x.colleague.id, name: 'Test Colleague' }]);
    // Themself too: a DSL gives actions to themself.
    expect(await ok(await call(x, x.dsl, 'GET', '/safeguarding/people?q=dsl'))).toEqual([{ id: x.dsl.id, name: 'Test Dsl' }]);
    const short = await call(x, x.teacher, 'GET', '/safeguarding/people?q=c');
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('querystring.q');
    const y = await trust();
    expect(await ok(await call(y, y.teacher, 'GET', '/safeguarding/people?q=colleague'))).not.toContainEqual(expect.objectContaining({ id: x.colleague.id }));
  });
});

describe('deputies', () => {
  it('are appointed by a designated safeguarding lead of the academy, and join its team', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const path = `/safeguarding/academies/${x.org.academies.northfield}/deputies`;
    expect((await call(x, x.otherDsl, 'PUT', `${path}/${x.deputy.id}`)).statusCode).toBe(403);
    expect((await call(x, x.principal, 'PUT', `${path}/${x.deputy.id}`)).statusCode).toBe(403);
    expect(await ok(await call(x, x.dsl, 'PUT', `${path}/${x.deputy.id}`))).toEqual([expect.objectContaining({ personId: x.deputy.id })]);
    expect((await call(x, x.dsl, 'PUT', `${path}/${x.deputy.id}`)).statusCode).toBe(409);
    const { id } = await record(x);
    await ok(await call(x, x.deputy, 'GET', `/safeguarding/concerns/${id}`));
    expect((await ok(await call(x, x.deputy, 'GET', '/safeguarding/dashboard'))).new).toHaveLength(1);
    await ok(await call(x, x.dsl, 'DELETE', `${path}/${x.deputy.id}`), 204);
    expect((await call(x, x.deputy, 'GET', `/safeguarding/concerns/${id}`)).statusCode).toBe(404);
  });
});

describe('the record as PDF', () => {
  it('gives the record with its body map, each mark placed on the outlines and listed, to those who may read it; recorded as a reading', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const marks = [
      { view: 'front', x: 0.23, y: 0.435, description: 'A bruise about 2 cm across' },
      { view: 'back', x: 0.5, y: 0.4, description: 'Red marks in a line' },
    ];
    const { id } = await record(x, { marks });
    const pdf = await call(x, x.dsl, 'GET', `/safeguarding/concerns/${id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="safeguarding-NF-0042.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const words = pdfText(pdf.rawPayload);
    expect(words).toContain('Safeguarding concern about NF-0042');
    expect(words).toContain(ACCOUNT);
    // Each outline with the number of the mark placed on it, then the list the numbers explain.
    expect(words).toMatch(/Front 1 Back 2 1\. Right forearm \(front\): A bruise about 2 cm across 2\. Lower back \(back\): Red marks in a line/);
    expect((await audited(id)).filter((e) => e.action === 'safeguarding.concern_viewed')).toEqual([expect.objectContaining({ actorId: x.dsl.id, details: { via: 'pdf' } })]);

    // Whoever may not read the record is answered as if it did not exist, and nothing is recorded of it.
    for (const who of [x.teacher, x.colleague, x.otherDsl, x.principal]) expect((await call(x, who, 'GET', `/safeguarding/concerns/${id}/pdf`)).statusCode).toBe(404);
    const y = await trust();
    expect((await call(y, y.dsl, 'GET', `/safeguarding/concerns/${id}/pdf`)).statusCode).toBe(404);
    expect((await audited(id)).filter((e) => e.action === 'safeguarding.concern_viewed')).toHaveLength(1);
  });

  it('says so when no mark was placed', async () => {
    startClockAt(at('09:00'));
    const x = await trust();
    const { id } = await record(x);
    expect(pdfText((await call(x, x.dsl, 'GET', `/safeguarding/concerns/${id}/pdf`)).rawPayload)).toContain('No mark was placed on the body map.');
  });
});
