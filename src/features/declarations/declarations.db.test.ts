import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/index.ts';
import { londonInstant } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { notifications } from '../../platform/notifications/index.ts';
import { employments, memberships, roleAssignments } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { adoptions, codeVersions } from '../codes/schema.ts';
import { loadCodes } from '../codes/index.ts';
import { deadlines } from '../deadlines/schema.ts';
import { declarations } from './schema.ts';
import { declaredConnection, declaredConnectionsOf } from './index.ts';

// Declarations through the API: drafts, submission routed by rule, the recipients' steps, what each side
// sees, the duty a member owes their body from facts told to their trust, and bad input refused.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await loadCodes(t.database.db);
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});
beforeEach(() => startClockAt(londonInstant('2026-11-26', '10:00')));

async function adopt(organisationId: string, code: string, version: string) {
  const [v] = await t.database.db.select({ id: codeVersions.id }).from(codeVersions).where(and(eq(codeVersions.codeId, code), eq(codeVersions.version, version)));
  await t.database.db.insert(adoptions).values({ organisationId, versionId: v!.id, adoptedFrom: '2020-01-01' });
}

interface Trust {
  org: TestOrganisation;
  principal: TestPerson;
  manager: TestPerson;
  staff: TestPerson;
  colleague: TestPerson;
  staffSession: SignedIn;
  principalSession: SignedIn;
  managerSession: SignedIn;
}

async function trust(): Promise<Trust> {
  const db = t.database.db;
  const org = await makeOrganisation(db, 'employer_trust');
  await adopt(org.id, 'att-staff-code-of-conduct', '2020');
  const principal = await makePerson(db, org.id, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.northfield }], { employedAt: org.academies.northfield, name: 'Principal' });
  const manager = await makePerson(db, org.id, [{ role: 'staff' }, { role: 'line_manager', academyId: org.academies.northfield }], { employedAt: org.academies.northfield, name: 'Manager' });
  const staff = await makePerson(db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield, name: 'Teacher' });
  const colleague = await makePerson(db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield, name: 'Colleague' });
  await db.update(employments).set({ lineManagerId: manager.id }).where(eq(employments.personId, staff.id));
  return { org, principal, manager, staff, colleague, staffSession: await signIn(t.app, staff.email), principalSession: await signIn(t.app, principal.email), managerSession: await signIn(t.app, manager.email) };
}

const post = (session: SignedIn, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: session.headers, payload });
const get = (session: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: session.headers });

async function declare(x: Trust, kind: string, fields: object) {
  const drafted = await post(x.staffSession, `/api/orgs/${x.org.id}/declarations`, { kind, fields });
  expect(drafted.statusCode, drafted.body).toBe(201);
  const submitted = await post(x.staffSession, `/api/orgs/${x.org.id}/declarations/${drafted.json().id}/steps`, { type: 'submit' });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return submitted.json();
}

describe('a staff declaration', () => {
  it('lists the kinds the code asks of staff, each citing its provision', async () => {
    const x = await trust();
    const kinds = (await get(x.staffSession, `/api/orgs/${x.org.id}/declaration-kinds`)).json();
    const police = kinds.find((k: { id: string }) => k.id === 'police-contact');
    expect(police.cites[0].text).toMatch(/20\.3/);
    expect(police.timeLimit).toBe('at once');
    expect(police.closedBecause).toBeNull();
    // Members' notifications to a professional body are not for a trust's staff.
    expect(kinds.some((k: { id: string }) => k.id === 'charge-conviction-or-caution')).toBe(false);
  });

  it('counts every bucket of the recipient’s queue and lists the one asked for, the first submitted first, the closed the last closed first', async () => {
    const x = await trust();
    const made: string[] = [];
    for (const at of ['10:00', '10:05', '10:10', '10:15']) {
      startClockAt(londonInstant('2026-11-26', at));
      made.push((await declare(x, 'police-contact', { which: 'questioned', occurredOn: '2026-11-25', details: `Asked at ${at}.` })).id);
    }
    const step = (id: string, body: object) => post(x.principalSession, `/api/orgs/${x.org.id}/declarations/${id}/steps`, body);
    await step(made[1]!, { type: 'acknowledge' });
    for (const body of [{ type: 'acknowledge' }, { type: 'record_action', note: 'Spoke with the teacher.' }, { type: 'close', outcome: 'no_action', note: 'Nothing further.' }]) await step(made[2]!, body);
    const queue = async (session: SignedIn, bucket: string) => (await get(session, `/api/orgs/${x.org.id}/declarations/queue?bucket=${bucket}`)).json();
    const counts = { new: 2, open: 1, late: 0, marked_for_case: 0, closed: 1 };
    for (const [bucket, ids] of [
      ['new', [made[0], made[3]]],
      ['open', [made[1]]],
      ['closed', [made[2]]],
      ['late', []],
      ['marked_for_case', []],
    ] as const) {
      const r = await queue(x.principalSession, bucket);
      expect({ counts: r.counts, ids: r.items.map((i: { id: string }) => i.id) }, bucket).toEqual({ counts, ids });
    }
    expect((await queue(x.principalSession, 'new')).items[0]).toMatchObject({ declarant: 'Test Teacher', academy: 'Northfield', title: expect.any(String), submittedAt: expect.stringMatching(/^2026-11-26T10:00/) });
    // Someone to whom nothing came: nothing, and every count nought.
    expect(await queue(x.managerSession, 'new')).toEqual({ counts: { new: 0, open: 0, late: 0, marked_for_case: 0, closed: 0 }, items: [] });
    // The closed ones, most recently closed first: the last submitted, closed last, comes before the one closed earlier.
    startClockAt(londonInstant('2026-11-26', '10:30'));
    for (const body of [{ type: 'acknowledge' }, { type: 'record_action', note: 'Spoke with the teacher.' }, { type: 'close', outcome: 'no_action', note: 'Nothing further.' }]) await step(made[3]!, body);
    expect((await queue(x.principalSession, 'closed')).items.map((i: { id: string }) => i.id)).toEqual([made[3], made[2]]);
    // A page at a time, in the bucket's order; the counts are the whole queue's on every page, and past the end.
    for (const [page, ids] of [
      ['limit=1', [made[3]]],
      ['limit=1&offset=1', [made[2]]],
      ['limit=1&offset=2', []],
    ] as const) {
      const r = await queue(x.principalSession, `closed&${page}`);
      expect({ counts: r.counts, ids: r.items.map((i: { id: string }) => i.id) }, page).toEqual({ counts: { ...counts, new: 1, closed: 2 }, ids });
    }
    for (const page of ['limit=0', 'limit=501', 'offset=-1', 'limit=x']) {
      const refused = await get(x.principalSession, `/api/orgs/${x.org.id}/declarations/queue?bucket=closed&${page}`);
      expect(refused.statusCode, page).toBe(400);
      expect(refused.json().detail, page).toMatch(/limit|offset/);
    }
  });

  it('goes to the principal for police contact, alerts at once and the principal acknowledges, reviews and closes it', async () => {
    const x = await trust();
    const made = await declare(x, 'police-contact', { which: 'questioned', occurredOn: '2026-11-25', details: 'Asked about a neighbour.' });
    expect(made.state).toBe('submitted');
    expect(made.recipients.map((r: { id: string }) => r.id)).toEqual([x.principal.id]);
    const alerts = await t.database.db.select().from(notifications).where(and(eq(notifications.personId, x.principal.id), eq(notifications.kind, 'declaration.received')));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.urgent).toBe(true);
    // The alert of a sensitive declaration says neither its kind nor its content.
    expect(`${alerts[0]!.title} ${alerts[0]!.body}`).not.toMatch(/police|neighbour/i);

    const queue = (await get(x.principalSession, `/api/orgs/${x.org.id}/declarations/queue`)).json();
    expect(queue.counts.new).toBe(1);
    expect(queue.items[0]).toMatchObject({ id: made.id, immediate: true, acknowledgementOverdue: false });

    const url = `/api/orgs/${x.org.id}/declarations/${made.id}/steps`;
    expect((await post(x.principalSession, url, { type: 'acknowledge' })).json().state).toBe('acknowledged');
    expect((await post(x.principalSession, url, { type: 'record_action', note: 'Spoke with the teacher; no risk to learners.' })).json().state).toBe('under_review');
    const closed = (await post(x.principalSession, url, { type: 'close', outcome: 'no_action', note: 'Nothing further.' })).json();
    expect(closed.state).toBe('closed');
    expect(closed.history.map((h: { note: string | null }) => h.note)).toContain('Spoke with the teacher; no risk to learners.');

    // The declarant sees where it stands, not the principal's notes.
    const mine = (await get(x.staffSession, `/api/orgs/${x.org.id}/declarations/${made.id}`)).json();
    expect(mine.state).toBe('closed');
    expect(mine.history.every((h: { note: string | null; by: string | null }) => h.note === null && h.by === null)).toBe(true);
    // So does their own data export: what they declared and how it ended, without the principal's notes.
    const exported = (await get(x.staffSession, '/api/me/export')).json().declarations;
    expect(exported).toEqual([expect.objectContaining({ kind: 'police-contact', title: expect.any(String), state: 'closed', outcome: 'no_action', occurredOn: '2026-11-25', fields: expect.objectContaining({ details: 'Asked about a neighbour.' }) })]);
    expect(JSON.stringify(exported)).not.toContain('no risk to learners');
    // The principal's reading of it is in the trail.
    const read = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, made.id), eq(auditEvents.action, 'declaration.viewed')));
    expect(read.length).toBeGreaterThan(0);
  });

  it("escalates an unacknowledged report after the organisation's own time, not the default's", async () => {
    const x = await trust();
    const admin = await signIn(t.app, (await makePerson(t.database.db, x.org.id, [{ role: 'organisation_admin' }], { name: 'Admin' })).email);
    const put = (payload: object) => t.app.inject({ method: 'PUT', url: `/api/orgs/${x.org.id}/declaration-settings`, headers: admin.headers, payload });
    expect((await put({ giftThresholdPence: null, acknowledgeWithinMinutes: 5, tailoring: {} })).json().errors[0]).toMatchObject({ field: 'body.acknowledgeWithinMinutes' });
    const set = await put({ giftThresholdPence: null, acknowledgeWithinMinutes: 15, tailoring: {} });
    expect(set.json()).toMatchObject({ acknowledgeWithinMinutes: 15, defaultAcknowledgeWithinMinutes: 240 });
    const made = await declare(x, 'police-contact', { which: 'questioned', occurredOn: '2026-11-25', details: 'Asked about a neighbour.' });
    const [deadline] = await t.database.db.select().from(deadlines).where(and(eq(deadlines.recordId, made.id), eq(deadlines.kind, 'declaration-acknowledgement')));
    expect(deadline!.schedule.escalateAfter).toBe('PT15M');
    const queued = async () => (await get(x.principalSession, `/api/orgs/${x.org.id}/declarations/queue`)).json().items[0];
    expect(await queued()).toMatchObject({ id: made.id, acknowledgementOverdue: false });
    startClockAt(londonInstant('2026-11-26', '10:16'));
    expect(await queued()).toMatchObject({ id: made.id, acknowledgementOverdue: true });
  });

  it('goes to the line manager where the code says so, and never to someone it names', async () => {
    const x = await trust();
    const contact = await declare(x, 'contact-details-given', { learner: 'L-204', given: 'My mobile number', occurredOn: '2026-11-26', details: 'A school trip ran late.' });
    expect(contact.recipients).toEqual([expect.objectContaining({ id: x.manager.id, as: 'line_manager' })]);
    // The teacher declares a relationship with their own line manager's colleague: it goes to the principal,
    // and the colleague it names never receives it and cannot read it.
    const relationship = await declare(x, 'relationship', { connection: 'colleague', colleague: x.colleague.id, who: 'My partner' });
    expect(relationship.recipients.map((r: { id: string }) => r.id)).toEqual([x.principal.id]);
    const colleagueSession = await signIn(t.app, x.colleague.email);
    expect((await get(colleagueSession, `/api/orgs/${x.org.id}/declarations/${relationship.id}`)).statusCode).toBe(404);
    // Nor may anyone but its recipients take a step on it.
    expect((await post(x.managerSession, `/api/orgs/${x.org.id}/declarations/${relationship.id}/steps`, { type: 'acknowledge' })).statusCode).toBe(404);
  });

  it('connects its declarant and the people it names once submitted, both ways, until they are no longer named', async () => {
    const x = await trust();
    const db = t.database.db;
    const connected = async (person: TestPerson) => (await db.execute<{ id: string }>(sql`select * from ${declaredConnectionsOf(x.org.id, person.id)} as c(id)`)).rows.map((r) => r.id);
    const pair = async (a: TestPerson, b: TestPerson) => (await db.execute<{ yes: boolean }>(sql`select ${declaredConnection(x.org.id, a.id, b.id)} as yes`)).rows[0]!.yes;
    const drafted = await post(x.staffSession, `/api/orgs/${x.org.id}/declarations`, { kind: 'relationship', fields: { connection: 'colleague', colleague: x.colleague.id, who: 'My partner' } });
    expect(drafted.statusCode, drafted.body).toBe(201);
    // A draft connects nobody.
    expect(await connected(x.staff)).toEqual([]);
    expect(await pair(x.colleague, x.staff)).toBe(false);
    expect((await post(x.staffSession, `/api/orgs/${x.org.id}/declarations/${drafted.json().id}/steps`, { type: 'submit' })).statusCode).toBe(200);
    expect(await connected(x.staff)).toEqual([x.colleague.id]);
    expect(await connected(x.colleague)).toEqual([x.staff.id]);
    expect([await pair(x.staff, x.colleague), await pair(x.colleague, x.staff), await pair(x.staff, x.manager)]).toEqual([true, true, false]);
    // No longer named (as when the record is erased), and then removed: connected no more.
    await db.update(declarations).set({ namedPersonIds: [] }).where(eq(declarations.id, drafted.json().id));
    expect(await connected(x.colleague)).toEqual([]);
    await db.update(declarations).set({ namedPersonIds: [x.colleague.id] }).where(eq(declarations.id, drafted.json().id));
    expect(await pair(x.colleague, x.staff)).toBe(true);
    await db.delete(declarations).where(eq(declarations.id, drafted.json().id));
    expect(await connected(x.colleague)).toEqual([]);
  });

  it('steps up when the place the code names is empty, and never routes to the declarant', async () => {
    const x = await trust();
    // The principal's own police matter goes to the regional education director (003 §20.4); with none, on to the COO.
    const coo = await makePerson(t.database.db, x.org.id, [{ role: 'chief_operating_officer' }], { name: 'Operating' });
    const drafted = await post(x.principalSession, `/api/orgs/${x.org.id}/declarations`, { kind: 'police-contact', fields: { which: 'charged', occurredOn: '2026-11-20', details: 'A driving offence.' } });
    const made = (await post(x.principalSession, `/api/orgs/${x.org.id}/declarations/${drafted.json().id}/steps`, { type: 'submit' })).json();
    expect(made.recipients).toEqual([expect.objectContaining({ id: coo.id, as: 'chief_operating_officer', steppedUpFrom: 'regional_education_director' })]);
  });

  it('refuses bad input, naming the field and the rule, and changes nothing', async () => {
    const x = await trust();
    const base = `/api/orgs/${x.org.id}/declarations`;
    const before = (await t.database.db.select().from(declarations).where(eq(declarations.organisationId, x.org.id))).length;
    const future = await post(x.staffSession, base, { kind: 'police-contact', fields: { which: 'questioned', occurredOn: '2026-12-25' } });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toContainEqual(expect.objectContaining({ field: 'body.fields.occurredOn', reason: 'is in the future' }));
    const gift = await post(x.staffSession, base, { kind: 'gift-or-hospitality', fields: { direction: 'received', valuePence: -500 } });
    expect(gift.json().errors).toContainEqual(expect.objectContaining({ field: 'body.fields.valuePence', reason: 'cannot be negative' }));
    const self = await post(x.staffSession, base, { kind: 'relationship', fields: { connection: 'colleague', colleague: x.staff.id, who: 'Me' } });
    expect(self.json().errors).toContainEqual(expect.objectContaining({ field: 'body.fields.colleague' }));
    const other = await trust();
    const stranger = await post(x.staffSession, base, { kind: 'relationship', fields: { connection: 'colleague', colleague: other.staff.id, who: 'Them' } });
    const strangerId = stranger.json().id;
    const submitStranger = await post(x.staffSession, `${base}/${strangerId}/steps`, { type: 'submit' });
    expect(submitStranger.statusCode).toBe(400);
    expect(submitStranger.json().errors).toContainEqual(expect.objectContaining({ field: 'body.fields.colleague', reason: 'is not a person of this organisation' }));
    expect((await post(x.staffSession, base, { kind: 'charge-conviction-or-caution', fields: {} })).json().errors[0].field).toBe('body.kind');
    expect((await post(x.staffSession, base, { kind: 'no-such-kind' })).statusCode).toBe(400);
    const incomplete = await post(x.staffSession, base, { kind: 'police-contact', fields: { which: 'questioned' } });
    const refused = await post(x.staffSession, `${base}/${incomplete.json().id}/steps`, { type: 'submit' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().type).toBe('/rules/declaration-field');
    // Another organisation's declaration is not found.
    expect((await get(other.staffSession, `/api/orgs/${other.org.id}/declarations/${incomplete.json().id}`)).statusCode).toBe(404);
    // Drafts were made along the way (the stranger's and the incomplete one); none was submitted.
    const after = await t.database.db.select().from(declarations).where(eq(declarations.organisationId, x.org.id));
    expect(after.length - before).toBe(2);
    expect(after.every((d) => d.state === 'draft')).toBe(true);
  });

  it('refuses a declaration under a code the organisation has not adopted, with that reason', async () => {
    const db = t.database.db;
    const org = await makeOrganisation(db, 'employer_trust');
    const staff = await makePerson(db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield });
    const session = await signIn(t.app, staff.email);
    const kinds = (await get(session, `/api/orgs/${org.id}/declaration-kinds`)).json();
    expect(kinds.find((k: { id: string }) => k.id === 'police-contact').closedBecause).toMatch(/not adopted/);
    const refused = await post(session, `/api/orgs/${org.id}/declarations`, { kind: 'police-contact', fields: {} });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().type).toBe('/rules/code-not-adopted');
  });
});

describe("a member's notification to their body", () => {
  async function body() {
    const db = t.database.db;
    const org = await makeOrganisation(db, 'professional_body');
    await adopt(org.id, 'set-code-of-practice', '2018');
    const officer = await makePerson(db, org.id, [{ role: 'case_officer' }], { name: 'Officer' });
    return { org, officer, officerSession: await signIn(t.app, officer.email) };
  }

  it('is marked late by how much after 21 days, and reaches the case officers’ intake', async () => {
    const b = await body();
    const member = await makePerson(t.database.db, b.org.id, [{ role: 'member' }], { member: true, name: 'Member' });
    const session = await signIn(t.app, member.email);
    const drafted = await post(session, `/api/orgs/${b.org.id}/declarations`, { kind: 'charge-conviction-or-caution', fields: { occurredOn: '2026-11-01', which: 'cautioned', offence: 'Public order', details: 'A caution.' } });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const made = (await post(session, `/api/orgs/${b.org.id}/declarations/${drafted.json().id}/steps`, { type: 'submit' })).json();
    // 1 November + 21 days is 22 November; submitted on 26 November: four days late.
    expect(made).toMatchObject({ daysLate: 4, lateness: '4 days late' });
    const intake = (await get(b.officerSession, `/api/orgs/${b.org.id}/declarations/queue?bucket=late`)).json();
    expect(intake.items.map((i: { id: string }) => i.id)).toEqual([made.id]);
    expect((await post(b.officerSession, `/api/orgs/${b.org.id}/declarations/${made.id}/steps`, { type: 'mark_for_case', reason: 'A caution bears on suitability.' })).json().state).toBe('marked_for_case');
  });

  it('opens a suitability case when a case officer marks it so, and the case closes it', async () => {
    const b = await body();
    const member = await makePerson(t.database.db, b.org.id, [{ role: 'member' }], { member: true, name: 'Member' });
    const session = await signIn(t.app, member.email);
    const drafted = await post(session, `/api/orgs/${b.org.id}/declarations`, { kind: 'disciplinary-finding', fields: { occurredOn: '2026-11-24', madeBy: 'A college', details: 'A final written warning.' } });
    const made = (await post(session, `/api/orgs/${b.org.id}/declarations/${drafted.json().id}/steps`, { type: 'submit' })).json();
    const url = `/api/orgs/${b.org.id}/declarations/${made.id}/steps`;
    // Only a case officer opens a case, and only of a type the body runs.
    expect((await post(b.officerSession, url, { type: 'acknowledge', openCase: { type: 'suitability' } })).statusCode).toBe(400);
    expect((await post(b.officerSession, url, { type: 'mark_for_case', reason: 'A finding bears on suitability.', openCase: { type: 'staff_conduct' } })).json().type).toBe('/rules/case-type-not-here');
    const closed = (await post(b.officerSession, url, { type: 'mark_for_case', reason: 'A finding bears on suitability.', openCase: { type: 'suitability' } })).json();
    expect(closed).toMatchObject({ state: 'closed', outcome: 'case_opened' });
    const opened = (await get(b.officerSession, `/api/orgs/${b.org.id}/cases`)).json();
    expect(opened.items ?? opened).toEqual([expect.objectContaining({ type: 'suitability' })]);
  });

  it('is shown to a trust’s teacher who is a member, after they tell their trust of a charge, and sent only with their consent', async () => {
    const x = await trust();
    const b = await body();
    // The teacher is also a member of the body.
    await t.database.db.insert(roleAssignments).values({ organisationId: b.org.id, personId: x.staff.id, role: 'member' });
    await t.database.db.insert(memberships).values({ organisationId: b.org.id, personId: x.staff.id, memberNumber: `M-${x.staff.id.slice(0, 8)}` });
    const told = await declare(x, 'police-contact', { which: 'charged', occurredOn: '2026-11-20', details: 'Charged with careless driving.' });
    const mine = (await get(x.staffSession, `/api/orgs/${x.org.id}/declarations/mine`)).json();
    expect(mine.dutiesElsewhere).toEqual([expect.objectContaining({ fromDeclarationId: told.id, organisationId: b.org.id, kind: 'charge-conviction-or-caution', dueOn: '2026-12-11' })]);
    // The body sees nothing of the trust's record.
    expect((await get(b.officerSession, `/api/orgs/${b.org.id}/declarations/queue?bucket=new`)).json().counts.new).toBe(0);

    const url = `/api/orgs/${b.org.id}/declarations`;
    const carriedFrom = { organisationId: x.org.id, declarationId: told.id, chosen: ['occurredOn', 'which'] };
    const noConsent = await post(x.staffSession, url, { kind: 'charge-conviction-or-caution', carriedFrom: { ...carriedFrom, consent: ' ' } });
    expect(noConsent.json().type).toBe('/rules/consent-needed');
    const sent = await post(x.staffSession, url, { kind: 'charge-conviction-or-caution', fields: { offence: 'Careless driving' }, carriedFrom: { ...carriedFrom, consent: 'I agree to send these facts to the Society.' } });
    expect(sent.statusCode, sent.body).toBe(201);
    // Only what they chose crossed: not the trust's details.
    expect(sent.json().fields).toEqual({ occurredOn: '2026-11-20', which: 'charged', offence: 'Careless driving' });
    expect(sent.json().consent.statement).toBe('I agree to send these facts to the Society.');
    // Once sent, it is no longer shown as a duty still to meet.
    expect((await get(x.staffSession, `/api/orgs/${x.org.id}/declarations/mine`)).json().dutiesElsewhere).toEqual([]);
  });
});
