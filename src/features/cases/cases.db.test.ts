import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { clock } from '../../platform/clock.ts';
import { roleAssignments } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { deadlines } from '../deadlines/schema.ts';
import { declarations } from '../declarations/schema.ts';
import { openCase } from './index.ts';
import { caseRecusals, cases } from './schema.ts';

// Cases through the API on a day the tests chose: who sees a case (its officers and panel, never anyone
// barred from it), the person it is about (only the requests put to them), each step through the rules,
// and what is refused, with nothing changed.

let t: TestApp;
beforeAll(async () => {
  startClockAt(new Date('2026-03-02T09:00:00Z'));
  t = await testApp();
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

const REASONS = 'The member did not tell the Society of the caution within 21 days.';
const db = () => t.database.db;

interface Person extends TestPerson {
  session: SignedIn;
}

interface Body {
  org: TestOrganisation;
  officer: Person;
  colleague: Person;
  practitioners: [Person, Person];
  lay: Person;
  member: Person;
  otherMember: Person;
}

async function person(org: TestOrganisation, roles: Parameters<typeof makePerson>[2], name: string): Promise<Person> {
  const made = await makePerson(db(), org.id, roles, { name, member: roles.some((r) => r.role === 'member') });
  return { ...made, session: await signIn(t.app, made.email) };
}

/** A professional body with two case officers, a pool of three panel members and two members. */
async function body(kind: TestOrganisation['kind'] = 'professional_body'): Promise<Body> {
  const org = await makeOrganisation(db(), kind);
  return {
    org,
    officer: await person(org, [{ role: 'case_officer' }], 'Officer'),
    colleague: await person(org, [{ role: 'case_officer' }], 'Colleague'),
    practitioners: [await person(org, [{ role: 'panel_member' }], 'Practitioner'), await person(org, [{ role: 'panel_member' }], 'Practitioner')],
    lay: await person(org, [{ role: 'panel_member' }], 'Lay'),
    member: await person(org, [{ role: 'member' }], 'Member'),
    otherMember: await person(org, [{ role: 'member' }], 'Other'),
  };
}

function call(x: Body, who: Person, method: 'GET' | 'POST' | 'DELETE', path: string, payload?: object) {
  return t.app.inject({ method, url: `/api/orgs/${x.org.id}${path}`, headers: method === 'GET' ? { cookie: who.session.cookie } : who.session.headers, ...(payload ? { payload } : {}) });
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.statusCode === 204 ? null : response.json();
}

const open = async (x: Body, body: Record<string, unknown> = {}) =>
  ok(await call(x, x.officer, 'POST', '/cases', { type: 'suitability', subjectId: x.member.id, summary: 'A caution the member did not notify.', openedFrom: 'third_party', sourceNote: 'A letter from the police', ...body }), 201);

/** Submitted by `declarant`, naming `named`: a relationship of 003 §8.5 or an interest of §19. */
async function declareConnection(x: Body, declarant: TestPerson, named: TestPerson) {
  await db().insert(declarations).values({ organisationId: x.org.id, declarantId: declarant.id, kind: 'relationship', state: 'submitted', submittedAt: clock.now(), namedPersonIds: [named.id] });
}

async function seatPanel(x: Body, caseId: string) {
  for (const [p, kind] of [[x.practitioners[0], 'practitioner'], [x.practitioners[1], 'practitioner'], [x.lay, 'lay']] as const) {
    await ok(await call(x, x.officer, 'POST', `/cases/${caseId}/panel`, { personId: p.id, kind }));
  }
}

/** Everything the case's tables and the audit trail hold for a case, to show a refusal changed nothing. */
async function stateOf(caseId: string) {
  const [row] = await db().select().from(cases).where(eq(cases.id, caseId));
  const entries = await db().select({ seq: auditEvents.seq }).from(auditEvents).where(eq(auditEvents.recordId, caseId));
  const recusals = await db().select().from(caseRecusals).where(eq(caseRecusals.caseId, caseId));
  return JSON.stringify({ row, entries: entries.length, recusals });
}

describe('opening a case', () => {
  it('puts the officer on it, records the opening and starts the acknowledgement, for no one else to see', async () => {
    const x = await body();
    const c = await open(x, { namedPersonIds: [x.otherMember.id] });
    expect(c).toMatchObject({ type: 'suitability', stage: 'intake', subject: { id: x.member.id }, named: [{ id: x.otherMember.id }], openedFrom: 'third_party', allowed: ['case.progress', 'case.decide', 'case.appeal', 'case.team', 'case.step_aside'] });
    expect(c.officers.map((o: { personId: string }) => o.personId)).toEqual([x.officer.id]);
    // The suitability case's acknowledgement goes to the member as a letter (letters.db.test.ts).
    expect(c.chronology.map((e: { event: string }) => e.event)).toEqual(['open', 'letter_sent']);
    // The letter acknowledges it: the deadline to acknowledge is met on opening.
    const [acknowledge] = await db().select().from(deadlines).where(and(eq(deadlines.recordType, 'case'), eq(deadlines.recordId, c.id)));
    expect(acknowledge).toMatchObject({ kind: 'case-acknowledgement', ownerId: x.officer.id, rule: { type: 'working_days', days: 2 }, metAt: expect.any(Date) });
    const opened = await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.recordId, c.id));
    expect(opened.map((e) => e.action)).toEqual(['case.opened', 'case.letter_sent']);

    for (const outsider of [x.colleague, x.member, x.lay]) {
      expect((await call(x, outsider, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
      expect(await ok(await call(x, outsider, 'GET', '/cases'))).toEqual([]);
    }
    const listed = await call(x, x.officer, 'GET', '/cases?type=suitability&stage=intake');
    expect(listed.headers['x-total-count']).toBe('1');
    expect(await ok(await call(x, x.officer, 'GET', '/cases?stage=decision'))).toEqual([]);
  });

  it('refers an allegation that may meet the harm threshold to the designated officer within one working day', async () => {
    const x = await body('employer_trust');
    const c = await open(x, { type: 'allegation', harmThreshold: true, openedFrom: 'concern' });
    const kinds = await db().select({ kind: deadlines.kind, urgent: deadlines.schedule }).from(deadlines).where(eq(deadlines.recordId, c.id));
    expect(kinds.map((d) => d.kind).sort()).toEqual(['case-acknowledgement', 'lado-referral']);
    const membership = await call(x, x.officer, 'POST', '/cases', { type: 'membership_application', subjectId: x.member.id, summary: 'An application', openedFrom: 'intake' });
    expect(membership.statusCode).toBe(400);
    expect(membership.json()).toMatchObject({ type: '/rules/case-type-not-here', errors: [{ field: 'body.type' }] });
  });

  it('refuses bad input naming every field at fault, and opens nothing', async () => {
    const x = await body();
    const before = await db().select({ id: cases.id }).from(cases).where(eq(cases.organisationId, x.org.id));
    const missing = await call(x, x.officer, 'POST', '/cases', { type: 'grievance', summary: 'x'.repeat(20_001), openedFrom: 'intake' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.subjectId', 'body.summary', 'body.type']);
    const strangers = await call(x, x.officer, 'POST', '/cases', { type: 'suitability', subjectId: crypto.randomUUID(), summary: 'About nobody', openedFrom: 'intake', harmThreshold: true, namedPersonIds: [x.member.id] });
    expect(strangers.json().errors).toEqual([
      { field: 'body.subjectId', reason: 'is not a person in this organisation' },
      { field: 'body.harmThreshold', reason: 'applies only to an allegation about a member of staff' },
    ]);
    const yourself = await call(x, x.officer, 'POST', '/cases', { type: 'suitability', subjectId: x.officer.id, summary: 'About me', openedFrom: 'intake' });
    expect(yourself.json().errors).toEqual([{ field: 'body.subjectId', reason: 'is you: another case officer opens a case about you' }]);
    const control = await call(x, x.officer, 'POST', '/cases', { type: 'suitability', subjectId: x.member.id, summary: 'a\u0007b', openedFrom: 'intake' });
    expect(control.statusCode).toBe(400);
    expect(control.json().errors[0].field).toBe('body.summary');
    expect((await call(x, x.member, 'POST', '/cases', { type: 'suitability', subjectId: x.otherMember.id, summary: 'x', openedFrom: 'intake' })).statusCode).toBe(403);
    expect(await db().select({ id: cases.id }).from(cases).where(eq(cases.organisationId, x.org.id))).toEqual(before);
  });
});

describe('recusal', () => {
  it('bars a panel member who declared a relationship with the person: recorded at opening, never offered, refused if appointed, sees nothing', async () => {
    const x = await body();
    await declareConnection(x, x.lay, x.member);
    const c = await open(x, { namedPersonIds: [x.colleague.id] });
    expect(c.recusals.map((r: { personId: string; ground: string }) => [r.personId, r.ground]).sort()).toEqual([[x.colleague.id, 'named'], [x.lay.id, 'declared']].sort());
    const candidates = await ok(await call(x, x.officer, 'GET', `/cases/${c.id}/candidates`));
    expect(candidates.panel.map((p: { personId: string }) => p.personId).sort()).toEqual([x.practitioners[0].id, x.practitioners[1].id].sort());
    expect(candidates.officers).toEqual([]);

    const before = await stateOf(c.id);
    const appointed = await call(x, x.officer, 'POST', `/cases/${c.id}/panel`, { personId: x.lay.id, kind: 'lay' });
    expect(appointed.statusCode).toBe(409);
    expect(appointed.json().type).toBe('/rules/recused');
    expect((await call(x, x.officer, 'POST', `/cases/${c.id}/officers`, { personId: x.colleague.id })).json().type).toBe('/rules/recused');
    expect(await stateOf(c.id)).toBe(before);
    const barredEntries = await db().select({ details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.recordId, c.id), eq(auditEvents.action, 'case.recused')));
    expect(barredEntries).toHaveLength(2);
  });

  it('bars someone already on the case the moment they declare a connection, and the panel may not then decide', async () => {
    const x = await body();
    const c = await open(x);
    await seatPanel(x, c.id);
    expect((await call(x, x.lay, 'GET', `/cases/${c.id}`)).statusCode).toBe(200);
    await declareConnection(x, x.lay, x.member);
    expect((await call(x, x.lay, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    expect(await ok(await call(x, x.lay, 'GET', '/cases'))).toEqual([]);
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'decision' }));
    const decided = await call(x, x.officer, 'POST', `/cases/${c.id}/decide`, { outcome: 'warning', reasons: REASONS });
    expect(decided.statusCode).toBe(409);
    expect(decided.json()).toMatchObject({ type: '/rules/panel-member-recused', errors: [{ field: null, rule: 'panel-member-recused' }] });
  });

  it('lets anyone on the case step aside with a reason, then bars them; the last officer appoints another first', async () => {
    const x = await body();
    const c = await open(x);
    const last = await call(x, x.officer, 'POST', `/cases/${c.id}/step-aside`, { reason: 'I taught the member for two years.' });
    expect(last.json().type).toBe('/rules/case-needs-an-officer');
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/officers`, { personId: x.colleague.id }));
    expect((await call(x, x.colleague, 'POST', `/cases/${c.id}/step-aside`, { reason: '' })).json().errors).toEqual([{ field: 'body.reason', reason: 'must say why' }]);
    await ok(await call(x, x.colleague, 'POST', `/cases/${c.id}/step-aside`, { reason: 'The member is my neighbour.' }), 204);
    expect((await call(x, x.colleague, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    const after = await ok(await call(x, x.officer, 'GET', `/cases/${c.id}`));
    expect(after.officers.map((o: { personId: string }) => o.personId)).toEqual([x.officer.id]);
    expect(after.recusals).toMatchObject([{ personId: x.colleague.id, ground: 'stepped_aside', reason: 'The member is my neighbour.' }]);
    expect(after.chronology.map((e: { event: string }) => e.event)).toEqual(['open', 'letter_sent', 'officer_appointed', 'stepped_aside']);
    expect((await call(x, x.officer, 'POST', `/cases/${c.id}/officers`, { personId: x.colleague.id })).json().type).toBe('/rules/recused');
    const [entry] = await db().select({ reason: auditEvents.reason }).from(auditEvents).where(and(eq(auditEvents.recordId, c.id), eq(auditEvents.action, 'case.stepped_aside')));
    expect(entry!.reason).toBe('The member is my neighbour.');
  });
});

describe('the panel', () => {
  it('is three from the pool with a practitioner and a lay member before it may decide; it reads the case but does not run it', async () => {
    const x = await body();
    const c = await open(x);
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'decision' }));
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/panel`, { personId: x.practitioners[0].id, kind: 'practitioner' }));
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/panel`, { personId: x.practitioners[1].id, kind: 'practitioner' }));
    const short = await call(x, x.officer, 'POST', `/cases/${c.id}/decide`, { outcome: 'warning', reasons: REASONS });
    expect(short.json().errors.map((e: { rule: string }) => e.rule).sort()).toEqual(['panel-lay-member', 'panel-of-three']);
    expect((await call(x, x.officer, 'POST', `/cases/${c.id}/panel`, { personId: x.member.id, kind: 'lay' })).json().errors).toEqual([{ field: 'body.personId', reason: 'is not a panel member of this organisation' }]);
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/panel`, { personId: x.lay.id, kind: 'lay' }));
    const spare = await person(x.org, [{ role: 'panel_member' }], 'Spare');
    expect((await call(x, x.officer, 'POST', `/cases/${c.id}/panel`, { personId: spare.id, kind: 'lay' })).json().type).toBe('/rules/panel-of-three');

    const asPanel = await ok(await call(x, x.lay, 'GET', `/cases/${c.id}`));
    expect(asPanel.allowed).toEqual(['case.decide', 'case.step_aside']);
    expect((await call(x, x.lay, 'POST', `/cases/${c.id}/close`, { reasons: REASONS })).statusCode).toBe(403);
    const decided = await ok(await call(x, x.lay, 'POST', `/cases/${c.id}/decide`, { outcome: 'warning', reasons: REASONS }));
    expect(decided.decision).toMatchObject({ outcome: 'warning', reasons: REASONS, panel: [{ kind: 'practitioner' }, { kind: 'practitioner' }, { personId: x.lay.id, kind: 'lay' }] });
    expect((await call(x, x.officer, 'DELETE', `/cases/${c.id}/panel/${x.lay.id}`)).json().type).toBe('/rules/panel-has-decided');
  });

  it('sits only where the type has one', async () => {
    const x = await body('employer_trust');
    const c = await open(x, { type: 'allegation', openedFrom: 'concern' });
    expect((await call(x, x.officer, 'POST', `/cases/${c.id}/panel`, { personId: x.lay.id, kind: 'lay' })).json().type).toBe('/rules/no-panel');
  });
});

describe('a case from intake to its appeal', () => {
  it('walks the stages; the person it is about answers a request with a document and their consent, and sees nothing else', async () => {
    const x = await body();
    const c = await open(x);
    await seatPanel(x, c.id);
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'assessment', note: 'Letter read.' }));
    const early = await call(x, x.officer, 'POST', `/cases/${c.id}/decide`, { outcome: 'warning', reasons: REASONS });
    expect(early.json().type).toBe('/rules/case-stage');
    const past = await call(x, x.officer, 'POST', `/cases/${c.id}/information-requests`, { question: 'Tell us about the caution.', dueOn: '2026-03-02' });
    expect(past.json()).toMatchObject({ status: 400, type: '/rules/information-due-later', errors: [{ field: 'body.dueOn' }] });
    const asked = await ok(
      await call(x, x.officer, 'POST', `/cases/${c.id}/information-requests`, { question: 'Tell us about the caution.', dueOn: '2026-03-16', consentFrom: 'the police' }),
    );
    const requestId = asked.informationRequests[0].id;
    const [due] = await db().select().from(deadlines).where(and(eq(deadlines.recordType, 'case_information_request'), eq(deadlines.recordId, requestId)));
    expect(due).toMatchObject({ kind: 'case-information-request', ownerId: x.member.id, allDay: true, metAt: null });

    // The person it is about: their own requests, and nothing of the case itself.
    expect((await call(x, x.member, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    const mine = await ok(await call(x, x.member, 'GET', '/information-requests'));
    expect(mine).toMatchObject([{ id: requestId, caseTitle: 'Suitability for membership', question: 'Tell us about the caution.', consentFrom: 'the police', answer: null, allowed: ['case.respond'] }]);
    expect(JSON.stringify(mine)).not.toContain('A caution the member did not notify');
    expect(await ok(await call(x, x.otherMember, 'GET', '/information-requests'))).toEqual([]);
    expect((await call(x, x.otherMember, 'POST', `/information-requests/${requestId}/answer`, { answer: 'Not mine', consent: true })).statusCode).toBe(404);

    const upload = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/files?name=caution.txt`, headers: { ...x.member.session.headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from('Simple caution, 2025.') });
    const fileId = (await ok(upload, 201)).id;
    const noConsent = await call(x, x.member, 'POST', `/information-requests/${requestId}/answer`, { answer: 'It was a simple caution.', fileIds: [fileId] });
    expect(noConsent.json()).toMatchObject({ type: '/rules/consent-answer-needed', errors: [{ field: 'body.consent' }] });
    const notMine = await call(x, x.member, 'POST', `/information-requests/${requestId}/answer`, { answer: 'It was a simple caution.', fileIds: [fileId, crypto.randomUUID()], consent: true });
    expect(notMine.json().errors).toEqual([{ field: 'body.fileIds.1', reason: 'is not a file you uploaded' }]);
    const answered = await ok(await call(x, x.member, 'POST', `/information-requests/${requestId}/answer`, { answer: 'It was a simple caution.', fileIds: [fileId], consent: true }));
    expect(answered).toMatchObject({ answer: 'It was a simple caution.', documents: [{ fileId, name: 'caution.txt' }], consent: { given: true, statement: expect.stringContaining('the police') }, allowed: [] });
    expect((await call(x, x.member, 'POST', `/information-requests/${requestId}/answer`, { answer: 'Again', consent: true })).json().type).toBe('/rules/already-answered');
    const [met] = await db().select({ metAt: deadlines.metAt }).from(deadlines).where(eq(deadlines.id, due!.id));
    expect(met!.metAt).not.toBeNull();

    // The team reads the answer and downloads the document; the download is recorded.
    const read = await ok(await call(x, x.officer, 'GET', `/cases/${c.id}`));
    const document = read.informationRequests[0].documents[0];
    const downloaded = await call(x, x.officer, 'GET', `/cases/${c.id}/documents/${document.id}`);
    expect(downloaded.body).toBe('Simple caution, 2025.');
    expect((await call(x, x.member, 'GET', `/cases/${c.id}/documents/${document.id}`)).statusCode).toBe(404);

    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'investigation' }));
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'decision' }));
    const noReasons = await call(x, x.officer, 'POST', `/cases/${c.id}/decide`, { outcome: 'dismissal', reasons: 'Because.' });
    expect(noReasons.json().errors.map((e: { field: string; rule: string }) => [e.field, e.rule]).sort()).toEqual([
      ['body.outcome', 'case-outcome'],
      ['body.reasons', 'reasons-needed'],
    ]);
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/decide`, { outcome: 'warning', reasons: REASONS }));
    const issued = await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/issue-outcome`, {}));
    expect(issued).toMatchObject({ stage: 'outcome', outcome: { outcome: 'warning' } });
    expect(new Date(issued.appealCloses).getTime() - new Date(issued.outcome.issuedAt).getTime()).toBe(28 * 86_400_000);
    const stillOpen = await call(x, x.officer, 'POST', `/cases/${c.id}/close`, { reasons: 'Outcome issued and nothing more to do.' });
    expect(stillOpen.json().type).toBe('/rules/appeal-still-open');
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/appeal`, { grounds: 'The panel did not see my letter to the Society.' }));
    const closed = await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/decide-appeal`, { result: 'dismissed', reasons: 'The letter was seen and weighed by the panel.' }));
    expect(closed).toMatchObject({ stage: 'closed', appeal: { result: 'dismissed' }, allowed: [] });
    expect(closed.chronology.filter((e: { toStage: string | null }) => e.toStage).map((e: { event: string }) => e.event)).toEqual([
      'open',
      'advance',
      'request_information',
      'advance',
      'advance',
      'decide',
      'issue_outcome',
      'appeal',
      'decide_appeal',
    ]);
    const window = await db().select({ metAt: deadlines.metAt }).from(deadlines).where(and(eq(deadlines.recordId, c.id), eq(deadlines.kind, 'case-appeal-window')));
    expect(window).toHaveLength(1);
    expect(window[0]!.metAt).not.toBeNull();

    const before = await stateOf(c.id);
    expect((await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'decision' })).json().type).toBe('/rules/case-closed');
    expect((await call(x, x.officer, 'POST', `/cases/${c.id}/officers`, { personId: x.colleague.id })).json().type).toBe('/rules/case-closed');
    expect(await stateOf(c.id)).toBe(before);
  });
});

describe('another organisation', () => {
  it('answers 404 for a case of another organisation, even to an officer of both, and counts none of it', async () => {
    const a = await body();
    const b = await body();
    const both: Person = { ...a.officer };
    await db().insert(roleAssignments).values({ organisationId: b.org.id, personId: both.id, role: 'case_officer' });
    const c = await open(a);
    const before = await stateOf(c.id);
    for (const path of [`/cases/${c.id}`, `/cases/${c.id}/candidates`, `/cases/${c.id}/documents/${crypto.randomUUID()}`]) expect((await call(b, both, 'GET', path)).statusCode).toBe(404);
    expect((await call(b, both, 'POST', `/cases/${c.id}/advance`, { to: 'assessment' })).statusCode).toBe(404);
    expect((await call(b, both, 'POST', `/cases/${c.id}/officers`, { personId: a.colleague.id })).statusCode).toBe(404);
    expect(await ok(await call(b, both, 'GET', '/cases'))).toEqual([]);
    // A percent-encoded path is not a case id.
    expect((await call(a, both, 'GET', `/cases/..%2F${c.id}`)).statusCode).toBe(400);
    expect(await stateOf(c.id)).toBe(before);
  });

  it('lets another feature open a case from a declaration in its own organisation', async () => {
    const x = await body();
    const [declaration] = await db()
      .insert(declarations)
      .values({ organisationId: x.org.id, declarantId: x.member.id, kind: 'criminal-matter', state: 'marked_for_case', submittedAt: clock.now() })
      .returning({ id: declarations.id });
    const actor = { personId: x.officer.id, requestId: crypto.randomUUID(), organisationId: x.org.id, roles: [{ role: 'case_officer' as const, academyId: null, regionId: null }] };
    const c = await openCase({ db: db(), mailer: t.app.mailer, publicUrl: 'http://probity.test', files: t.app.files }, actor, {
      type: 'suitability',
      subjectId: x.member.id,
      summary: 'Notified a caution.',
      harmThreshold: false,
      namedPersonIds: [],
      openedFrom: 'declaration',
      declarationId: declaration!.id,
    });
    expect(c).toMatchObject({ openedFrom: 'declaration', declarationId: declaration!.id });
  });
});

describe('statistics', () => {
  it('count cases by type, stage and outcome, never showing a group under five', async () => {
    const x = await body();
    const subjects = [x.member, x.otherMember, ...(await Promise.all([1, 2, 3, 4].map((i) => person(x.org, [{ role: 'member' }], `Member${i}`))))];
    for (const subject of subjects) await open(x, { subjectId: subject.id });
    const opened = await db().select({ id: cases.id }).from(cases).where(and(eq(cases.organisationId, x.org.id), inArray(cases.subjectId, subjects.map((s) => s.id))));
    expect(opened).toHaveLength(6);
    await ok(await call(x, x.officer, 'POST', `/cases/${opened[0]!.id}/advance`, { to: 'assessment' }));
    const admin = await person(x.org, [{ role: 'organisation_admin' }], 'Admin');
    const stats = await ok(await call(x, admin, 'GET', '/cases/statistics?year=2026'));
    expect(stats.total).toBe(6);
    expect(stats.byType).toContainEqual({ key: 'suitability', count: 6 });
    // One at assessment is hidden, and so are the five at intake, which with the total would give it away.
    expect(stats.byStage).toContainEqual({ key: 'assessment', count: null });
    expect(stats.byStage).toContainEqual({ key: 'intake', count: null });
    expect(stats.byStage).toContainEqual({ key: 'closed', count: 0 });
    expect((await ok(await call(x, admin, 'GET', '/cases/statistics?year=2025'))).total).toBe(0);
    expect((await call(x, x.member, 'GET', '/cases/statistics')).statusCode).toBe(403);
  });
});
