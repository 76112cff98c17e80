import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { clock } from '../../platform/clock.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { pdfText } from '../../../test/pdf.ts';
import { loadCodes } from '../codes/index.ts';
import { deadlines } from '../deadlines/schema.ts';
import { declarations } from '../declarations/schema.ts';
import { openCase } from './index.ts';
import { caseLetters } from './schema.ts';

// What a case sends and what the person it is about sees, through the API on a day the tests chose: each
// letter generated as a PDF when its step is taken and kept on the chronology, read by the case team and the
// person it was sent to (never anyone else, nor another organisation), every reading recorded; the person's
// own view (requests, letters, outcome, never notes); the caseload with what is overdue first.

let t: TestApp;
beforeAll(async () => {
  startClockAt(new Date('2026-03-02T09:00:00Z'));
  t = await testApp();
  await loadCodes(t.database.db);
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

const REASONS = 'The member did not tell the Society of the caution within 21 days.';
const NOTE = 'Spoke to the police: a simple caution, nothing more.';
const db = () => t.database.db;

interface Person extends TestPerson {
  session: SignedIn;
}

async function person(org: TestOrganisation, roles: Parameters<typeof makePerson>[2], name: string): Promise<Person> {
  const made = await makePerson(db(), org.id, roles, { name, member: roles.some((r) => r.role === 'member') });
  return { ...made, session: await signIn(t.app, made.email) };
}

async function body() {
  const org = await makeOrganisation(db(), 'professional_body');
  return {
    org,
    officer: await person(org, [{ role: 'case_officer' }], 'Officer'),
    colleague: await person(org, [{ role: 'case_officer' }], 'Colleague'),
    panel: [await person(org, [{ role: 'panel_member' }], 'Practitioner'), await person(org, [{ role: 'panel_member' }], 'Practitioner'), await person(org, [{ role: 'panel_member' }], 'Lay')] as const,
    member: await person(org, [{ role: 'member' }], 'Member'),
    otherMember: await person(org, [{ role: 'member' }], 'Other'),
  };
}
type Body = Awaited<ReturnType<typeof body>>;

function call(x: Body, who: Person, method: 'GET' | 'POST', path: string, payload?: object) {
  return t.app.inject({ method, url: `/api/orgs/${x.org.id}${path}`, headers: method === 'GET' ? { cookie: who.session.cookie } : who.session.headers, ...(payload ? { payload } : {}) });
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return status === 204 ? null : response.json();
}

const open = async (x: Body, extra: object = {}) =>
  ok(await call(x, x.officer, 'POST', '/cases', { type: 'suitability', subjectId: x.member.id, summary: 'A caution the member did not notify.', openedFrom: 'third_party', ...extra }), 201);

const letterOf = (x: Body, who: Person, caseId: string, letterId: string) => call(x, who, 'GET', `/cases/${caseId}/letters/${letterId}`);

describe('letters', () => {
  it('sends each letter its type names when its step is taken, as a PDF with the organisation, reference, date, person and provisions', async () => {
    const x = await body();
    const c = await open(x);
    expect(c.reference).toMatch(/^SU-2026-[0-9A-F]{8}$/);
    expect(c.letters).toMatchObject([{ letter: 'allegation-acknowledged', title: 'Information about your suitability for membership', event: 'open' }]);
    expect(c.chronology.map((e: { event: string }) => e.event)).toEqual(['open', 'letter_sent']);

    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'assessment', note: NOTE }));
    const asked = await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/information-requests`, { question: 'Tell us about the caution.', dueOn: '2026-03-16', consentFrom: 'the police' }));
    const request = asked.letters.find((l: { letter: string }) => l.letter === 'request-for-information');
    expect(request).toMatchObject({ event: 'request_information', requestId: asked.informationRequests[0].id });

    const pdf = await letterOf(x, x.officer, c.id, request.id);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${c.reference}-request-for-information.pdf"`);
    const text = pdfText(pdf.rawPayload);
    for (const words of ['Test professional_body', `Our reference: ${c.reference}`, 'Date: 2 March 2026', 'Dear Test Member,', 'Tell us about the caution.', 'Please answer by 16 March 2026.', 'consent to the police disclosing', 'Provisions concerned', 'provision 8']) expect(text).toContain(words);
    expect(text).not.toContain(NOTE);

    // Through to the outcome: its letter gives the outcome, the reasons and the last day to appeal.
    for (const p of x.panel) await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/panel`, { personId: p.id, kind: p === x.panel[2] ? 'lay' : 'practitioner' }));
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'decision' }));
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/decide`, { outcome: 'warning', reasons: REASONS }));
    const issued = await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/issue-outcome`, {}));
    const outcome = issued.letters.find((l: { letter: string }) => l.letter === 'suitability-outcome');
    const words = pdfText((await letterOf(x, x.panel[2], c.id, outcome.id)).rawPayload);
    expect(words).toContain('Outcome: A warning.');
    expect(words).toContain(REASONS);
    expect(words).toContain('by 30 March 2026');
    expect(words).toMatch(/SET Code of Practice, provisions 8, 10 and 11/);
    expect(issued.chronology.filter((e: { event: string }) => e.event === 'letter_sent').map((e: { note: string }) => e.note)).toEqual([
      'Information about your suitability for membership',
      'A request for information',
      'The outcome of the consideration of your suitability for membership',
    ]);
    const sent = await db().select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.recordId, c.id), eq(auditEvents.action, 'case.letter_sent')));
    expect(sent).toHaveLength(3);
  });

  it('lets the person read the letters sent to them, and nobody outside the case team, each reading recorded', async () => {
    const x = await body();
    const c = await open(x);
    const letterId = c.letters[0].id;
    const read = await letterOf(x, x.member, c.id, letterId);
    expect(read.statusCode).toBe(200);
    expect(pdfText(read.rawPayload)).toContain(`Our reference: ${c.reference}`);
    for (const outsider of [x.otherMember, x.colleague, x.panel[0]]) expect((await letterOf(x, outsider, c.id, letterId)).statusCode).toBe(404);
    // A letter is read only through its own case.
    const other = await open(x, { subjectId: x.otherMember.id });
    expect((await letterOf(x, x.officer, other.id, letterId)).statusCode).toBe(404);
    const reads = await db().select({ actorId: auditEvents.actorId, details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.recordId, c.id), eq(auditEvents.action, 'case.letter_read')));
    expect(reads).toEqual([{ actorId: x.member.id, details: { letterId, letter: 'allegation-acknowledged' } }]);
    // Once barred, an officer reads no letter of the case either.
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/officers`, { personId: x.colleague.id }));
    expect((await letterOf(x, x.colleague, c.id, letterId)).statusCode).toBe(200);
    await ok(await call(x, x.colleague, 'POST', `/cases/${c.id}/step-aside`, { reason: 'The member is my neighbour.' }), 204);
    expect((await letterOf(x, x.colleague, c.id, letterId)).statusCode).toBe(404);
  });

  it('sends no letter when its step is refused', async () => {
    const x = await body();
    const c = await open(x);
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'assessment' }));
    const refused = await call(x, x.officer, 'POST', `/cases/${c.id}/information-requests`, { question: 'Tell us about the caution.', dueOn: '2026-03-01' });
    expect(refused.json().type).toBe('/rules/information-due-later');
    expect(await db().select({ letter: caseLetters.letter }).from(caseLetters).where(eq(caseLetters.caseId, c.id))).toEqual([{ letter: 'allegation-acknowledged' }]);
  });
});

describe('the person a case is about', () => {
  it('sees their requests, letters and outcome, never the summary, notes or chronology; only cases that put something to them', async () => {
    const x = await body();
    expect(await ok(await call(x, x.member, 'GET', '/cases/mine'))).toEqual([]);
    const c = await open(x);
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/advance`, { to: 'assessment', note: NOTE }));
    await ok(await call(x, x.officer, 'POST', `/cases/${c.id}/information-requests`, { question: 'Tell us about the caution.', dueOn: '2026-03-16' }));
    const [mine] = await ok(await call(x, x.member, 'GET', '/cases/mine'));
    expect(mine).toMatchObject({ id: c.id, reference: c.reference, title: 'Suitability for membership', outcome: null, requests: [{ question: 'Tell us about the caution.', allowed: ['case.respond'] }] });
    expect(mine.letters.map((l: { letter: string }) => l.letter)).toEqual(['allegation-acknowledged', 'request-for-information']);
    const said = JSON.stringify(mine);
    for (const hidden of [NOTE, 'A caution the member did not notify', 'chronology', x.officer.id]) expect(said).not.toContain(hidden);
    expect(await ok(await call(x, x.otherMember, 'GET', '/cases/mine'))).toEqual([]);
    // An allegation case sends no letter on opening: its person sees nothing of it until one is sent.
    const trust = await makeOrganisation(db(), 'employer_trust');
    const officer = await person(trust, [{ role: 'staff' }, { role: 'case_officer' }], 'Officer');
    const staff = await person(trust, [{ role: 'staff' }], 'Staff');
    await ok(await t.app.inject({ method: 'POST', url: `/api/orgs/${trust.id}/cases`, headers: officer.session.headers, payload: { type: 'allegation', subjectId: staff.id, summary: 'An allegation.', openedFrom: 'concern' } }), 201);
    expect(await ok(await t.app.inject({ method: 'GET', url: `/api/orgs/${trust.id}/cases/mine`, headers: { cookie: staff.session.cookie } }))).toEqual([]);
  });
});

describe('the caseload', () => {
  it('puts what is overdue first, then orders by stage and age, and says what is due next', async () => {
    const x = await body();
    const first = await open(x);
    const second = await open(x, { subjectId: x.otherMember.id });
    await ok(await call(x, x.officer, 'POST', `/cases/${first.id}/advance`, { to: 'investigation' }));
    // The second's acknowledgement is past due (as if its letter had not acknowledged it); the first's is met.
    await db().update(deadlines).set({ dueAt: new Date('2026-03-01T17:00:00Z'), metAt: null }).where(and(eq(deadlines.recordId, second.id), eq(deadlines.kind, 'case-acknowledgement')));
    await db().update(deadlines).set({ metAt: clock.now() }).where(and(eq(deadlines.recordId, first.id), eq(deadlines.kind, 'case-acknowledgement')));
    const list = await ok(await call(x, x.officer, 'GET', '/cases'));
    expect(list.map((c: { id: string; overdue: boolean }) => [c.id, c.overdue])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    expect(list[0]).toMatchObject({ reference: second.reference, openedOn: '2026-03-02', ageDays: 0, nextDueAt: '2026-03-01T17:00:00.000Z' });
    expect(list[1].nextDueAt).toBeNull();
    const overdue = await ok(await call(x, x.officer, 'GET', `/cases/${second.id}`));
    expect(overdue.dueNext).toMatchObject([{ kind: 'case-acknowledgement', title: expect.any(String), overdue: true, ownerName: expect.stringContaining('Officer') }]);
    expect(overdue.steps).toEqual(['advance', 'close']);
    expect(overdue.advanceTo).toEqual(['assessment', 'investigation', 'decision']);
    // A panel member reads the case but takes no step before the decision.
    for (const p of x.panel) await ok(await call(x, x.officer, 'POST', `/cases/${first.id}/panel`, { personId: p.id, kind: p === x.panel[2] ? 'lay' : 'practitioner' }));
    expect((await ok(await call(x, x.panel[2], 'GET', `/cases/${first.id}`))).steps).toEqual([]);
  });

  it('finds the case opened from a declaration, for those on it only', async () => {
    const x = await body();
    const [declaration] = await db().insert(declarations).values({ organisationId: x.org.id, declarantId: x.member.id, kind: 'criminal-matter', state: 'marked_for_case', submittedAt: clock.now() }).returning({ id: declarations.id });
    const actor = { personId: x.officer.id, requestId: crypto.randomUUID(), organisationId: x.org.id, roles: [{ role: 'case_officer' as const, academyId: null, regionId: null }] };
    await openCase({ db: db(), mailer: t.app.mailer, publicUrl: 'http://probity.test', files: t.app.files }, actor, { type: 'suitability', subjectId: x.member.id, summary: 'Notified a caution.', harmThreshold: false, namedPersonIds: [], openedFrom: 'declaration', declarationId: declaration!.id });
    const found = await ok(await call(x, x.officer, 'GET', `/cases?declarationId=${declaration!.id}`));
    expect(found).toHaveLength(1);
    expect(await ok(await call(x, x.colleague, 'GET', `/cases?declarationId=${declaration!.id}`))).toEqual([]);
  });
});
