import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/index.ts';
import { londonInstant } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { CSV_PAGE } from '../../platform/csv.ts';
import { COUNTED_UP_TO } from '../../platform/paging.ts';
import { employments } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { adoptions, codeVersions } from '../codes/schema.ts';
import { loadCodes } from '../codes/index.ts';

// What leaders keep of declarations (registers, settings, the re-declaration, the report) and safe-working
// approvals, through the API, with who may and who may not.

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

interface Trust {
  org: TestOrganisation;
  admin: SignedIn;
  principal: SignedIn;
  otherPrincipal: SignedIn;
  manager: TestPerson;
  managerSession: SignedIn;
  staff: TestPerson;
  staffSession: SignedIn;
  southStaff: SignedIn;
}

async function trust(): Promise<Trust> {
  const db = t.database.db;
  const org = await makeOrganisation(db, 'employer_trust');
  const [v] = await db.select({ id: codeVersions.id }).from(codeVersions).where(and(eq(codeVersions.codeId, 'att-staff-code-of-conduct'), eq(codeVersions.version, '2020')));
  await db.insert(adoptions).values({ organisationId: org.id, versionId: v!.id, adoptedFrom: '2020-01-01' });
  const admin = await makePerson(db, org.id, [{ role: 'organisation_admin' }], { name: 'Admin' });
  const principal = await makePerson(db, org.id, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.northfield }], { employedAt: org.academies.northfield, name: 'Principal' });
  const otherPrincipal = await makePerson(db, org.id, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.southgate }], { employedAt: org.academies.southgate, name: 'South' });
  const manager = await makePerson(db, org.id, [{ role: 'staff' }, { role: 'line_manager', academyId: org.academies.northfield }], { employedAt: org.academies.northfield, name: 'Manager' });
  const staff = await makePerson(db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield, name: 'Teacher' });
  const south = await makePerson(db, org.id, [{ role: 'staff' }], { employedAt: org.academies.southgate, name: 'Southern' });
  await db.update(employments).set({ lineManagerId: manager.id }).where(eq(employments.personId, staff.id));
  const session = (p: TestPerson) => signIn(t.app, p.email);
  return { org, admin: await session(admin), principal: await session(principal), otherPrincipal: await session(otherPrincipal), manager, managerSession: await session(manager), staff, staffSession: await session(staff), southStaff: await session(south) };
}

const send = (session: SignedIn, method: 'POST' | 'PUT', url: string, payload: object) => t.app.inject({ method, url, headers: session.headers, payload });
const get = (session: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: session.headers });

async function declare(x: Trust, session: SignedIn, kind: string, fields: object) {
  const drafted = await send(session, 'POST', `/api/orgs/${x.org.id}/declarations`, { kind, fields });
  expect(drafted.statusCode, drafted.body).toBe(201);
  const made = await send(session, 'POST', `/api/orgs/${x.org.id}/declarations/${drafted.json().id}/steps`, { type: 'submit' });
  expect(made.statusCode, made.body).toBe(200);
  return made.json();
}

const gift = (valuePence: number, counterparty = 'A supplier') => ({ direction: 'received', counterparty, description: 'A hamper', valuePence, occurredOn: '2026-11-20' });

describe('the registers', () => {
  it('lists gifts with those above the threshold needing approval, for the academies the reader oversees only', async () => {
    const x = await trust();
    const settings = await send(x.admin, 'PUT', `/api/orgs/${x.org.id}/declaration-settings`, { giftThresholdPence: 2500, acknowledgeWithinMinutes: null, tailoring: {} });
    expect(settings.statusCode, settings.body).toBe(200);
    await declare(x, x.staffSession, 'gift-or-hospitality', gift(5000));
    await declare(x, x.staffSession, 'gift-or-hospitality', gift(1000));
    await declare(x, x.southStaff, 'gift-or-hospitality', gift(9000));
    const all = (await get(x.admin, `/api/orgs/${x.org.id}/registers/gifts`)).json();
    expect(all.total).toBe(3);
    // The admin oversees the register but received none of them, so may not open one; the principal received theirs.
    expect(all.entries.map((e: { readable: boolean }) => e.readable)).toEqual([false, false, false]);
    const north = (await get(x.principal, `/api/orgs/${x.org.id}/registers/gifts`)).json();
    expect(north.entries.map((e: { fields: { valuePence: number }; needsApproval: boolean }) => [e.fields.valuePence, e.needsApproval]).sort()).toEqual([
      [1000, false],
      [5000, true],
    ]);
    expect(north.entries.every((e: { readable: boolean }) => e.readable)).toBe(true);
    // The principal who received the gift above the threshold approves or declines it; nothing else closes it.
    const above = north.entries.find((e: { needsApproval: boolean }) => e.needsApproval);
    expect(above.approval).toBe('awaiting');
    const steps = `/api/orgs/${x.org.id}/declarations/${above.id}/steps`;
    await send(x.principal, 'POST', steps, { type: 'acknowledge' });
    expect((await send(x.principal, 'POST', steps, { type: 'close', outcome: 'no_action' })).json().type).toBe('/rules/approval-needed');
    expect((await send(x.principal, 'POST', steps, { type: 'close', outcome: 'declined', note: 'Too generous to accept.' })).json().outcome).toBe('declined');
    const after = (await get(x.principal, `/api/orgs/${x.org.id}/registers/gifts`)).json();
    expect(after.entries.find((e: { id: string }) => e.id === above.id).approval).toBe('declined');
    // Staff may not read the registers.
    expect((await get(x.staffSession, `/api/orgs/${x.org.id}/registers/gifts`)).statusCode).toBe(403);
  });

  it('exports a register as CSV with formula cells neutralised, and records the download', async () => {
    const x = await trust();
    await declare(x, x.staffSession, 'gift-or-hospitality', gift(1200, '=HYPERLINK("http://evil.example")'));
    const file = await get(x.admin, `/api/orgs/${x.org.id}/registers/gifts?format=csv`);
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(file.body).toContain('12.00');
    const recorded = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, x.org.id), eq(auditEvents.action, 'register.exported')));
    expect(recorded).toHaveLength(1);
  });

  it('counts a long register up to where counting stops, and sends it whole as a spreadsheet, page after page, each entry once', async () => {
    const x = await trust();
    const made = await declare(x, x.staffSession, 'gift-or-hospitality', gift(700, 'The copied supplier'));
    // More copies of that gift than are counted, all declared at the same moment, so that pages break among entries alike in time.
    const db = t.database.db;
    const columns = (await db.execute<{ name: string }>(sql`select column_name as name from information_schema.columns where table_name = 'declarations' and column_name <> 'id'`)).rows.map((c) => sql.identifier(c.name));
    const list = sql.join(columns, sql`, `);
    await db.execute(sql`insert into declarations (id, ${list}) select gen_random_uuid(), ${list} from declarations, generate_series(1, ${COUNTED_UP_TO}) where id = ${made.id}`);
    await declare(x, x.staffSession, 'gift-or-hospitality', gift(900, 'The last supplier'));
    expect(COUNTED_UP_TO).toBeGreaterThan(CSV_PAGE);
    const listed = (await get(x.admin, `/api/orgs/${x.org.id}/registers/gifts?limit=1`)).json();
    expect([listed.total, listed.more]).toEqual([COUNTED_UP_TO, true]);
    const narrowed = (await get(x.admin, `/api/orgs/${x.org.id}/registers/gifts?person=Nobody`)).json();
    expect([narrowed.total, narrowed.more]).toEqual([0, false]);
    const file = await get(x.admin, `/api/orgs/${x.org.id}/registers/gifts?format=csv`);
    expect(file.statusCode).toBe(200);
    const lines = file.body.split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(COUNTED_UP_TO + 2);
    expect(lines[0]).toContain('The last supplier');
    expect(lines.slice(1).every((l) => l.includes('The copied supplier'))).toBe(true);
  });
});

describe('tailoring the catalogue', () => {
  it('adds recipients and kinds of its own, and refuses to drop a duty a code imposes', async () => {
    const x = await trust();
    const url = `/api/orgs/${x.org.id}/declaration-settings`;
    const dropped = await send(x.admin, 'PUT', url, { giftThresholdPence: null, acknowledgeWithinMinutes: null, tailoring: { withdrawnKinds: ['police-contact'] } });
    expect(dropped.statusCode).toBe(400);
    expect(dropped.json().type).toBe('/rules/cannot-drop-a-duty');
    expect((await send(x.admin, 'PUT', url, { giftThresholdPence: -1, acknowledgeWithinMinutes: null, tailoring: {} })).json().errors[0].field).toBe('body.giftThresholdPence');
    const own = { id: 'outside-employment', title: 'Work outside the trust', asks: 'Tell the trust of paid work you do elsewhere.', audience: 'staff', fields: [{ name: 'employer', label: 'Who for', type: 'text', required: true }], routing: { colleague: ['principal'] }, timeLimit: null, sensitive: false };
    const changed = await send(x.admin, 'PUT', url, { giftThresholdPence: null, acknowledgeWithinMinutes: null, tailoring: { addedKinds: [own], addedRecipients: { 'data-at-risk': ['principal'] } } });
    expect(changed.statusCode, changed.body).toBe(200);
    const kinds = (await get(x.staffSession, `/api/orgs/${x.org.id}/declaration-kinds`)).json();
    expect(kinds.find((k: { id: string }) => k.id === 'outside-employment')).toMatchObject({ imposedByCode: false, cites: [], closedBecause: null });
    const made = await declare(x, x.staffSession, 'outside-employment', { employer: 'A tutoring agency' });
    expect(made.recipients).toHaveLength(1);
    // Only administrators tailor.
    expect((await send(x.principal, 'PUT', url, { giftThresholdPence: null, acknowledgeWithinMinutes: null, tailoring: {} })).statusCode).toBe(403);
  });
});

describe('the annual re-declaration', () => {
  it('asks everyone, counts returns by academy, and takes a nil return only from someone with nothing to confirm', async () => {
    const x = await trust();
    const interest = await declare(x, x.staffSession, 'conflict-of-interest', { interest: 'My spouse runs a catering firm', decisions: 'Catering contracts' });
    const started = await send(x.admin, 'POST', `/api/orgs/${x.org.id}/declaration-campaigns`, { year: 2026, dueOn: '2026-12-18' });
    expect(started.statusCode, started.body).toBe(201);
    const campaign = started.json();
    expect(campaign.total).toBe(5);
    expect((await send(x.admin, 'POST', `/api/orgs/${x.org.id}/declaration-campaigns`, { year: 2026, dueOn: '2026-12-18' })).json().type).toBe('/rules/campaign-exists');

    const returnUrl = `/api/orgs/${x.org.id}/declaration-campaigns/${campaign.campaign.id}/return`;
    expect((await send(x.staffSession, 'POST', returnUrl, { kind: 'nil' })).json().type).toBe('/rules/entries-to-confirm');
    expect((await send(x.staffSession, 'POST', returnUrl, { kind: 'confirmed', declarationIds: [crypto.randomUUID()] })).json().errors[0].field).toBe('body.declarationIds.0');
    const confirmed = await send(x.staffSession, 'POST', returnUrl, { kind: 'confirmed', declarationIds: [interest.id] });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()[0]).toMatchObject({ returned: 'confirmed', entries: [interest.id] });
    expect((await send(x.southStaff, 'POST', returnUrl, { kind: 'nil' })).statusCode).toBe(200);
    expect((await send(x.southStaff, 'POST', returnUrl, { kind: 'nil' })).json().type).toBe('/rules/already-returned');

    const dashboard = (await get(x.admin, `/api/orgs/${x.org.id}/declaration-campaigns/${campaign.campaign.id}`)).json();
    expect(dashboard.done).toBe(2);
    expect(dashboard.byAcademy.find((a: { group: string }) => a.group === 'Northfield')).toMatchObject({ total: 3, done: 1 });
    // A principal sees their own academy's people only.
    expect((await get(x.principal, `/api/orgs/${x.org.id}/declaration-campaigns/${campaign.campaign.id}`)).json().total).toBe(3);
    // The teacher's deadline to return is met.
    const mine = (await get(x.staffSession, '/api/me/deadlines')).json();
    expect(mine.some((d: { kind: string }) => d.kind === 'annual-redeclaration')).toBe(false);
  });
});

describe('the report of duties met', () => {
  it('counts on time and late by kind, academy and month, citing the provision', async () => {
    const x = await trust();
    await declare(x, x.staffSession, 'contact-outside-school', { learner: 'L-7', occurredOn: '2026-11-26', details: 'Met at the shops.' });
    await declare(x, x.staffSession, 'contact-outside-school', { learner: 'L-8', occurredOn: '2026-11-20', details: 'Met at the park.' });
    const report = (await get(x.admin, `/api/orgs/${x.org.id}/declarations/report?year=2026`)).json();
    expect(report.rows).toEqual([expect.objectContaining({ kind: 'contact-outside-school', academy: 'Northfield', month: 11, onTime: 1, late: 1 })]);
    expect(report.rows[0].cites[0].text).toMatch(/12\.3/);
  });
});

describe('safe-working approvals', () => {
  it('goes to the line manager, who approves; conditions are recorded; an approval after the journey is marked so', async () => {
    const x = await trust();
    const url = `/api/orgs/${x.org.id}/safe-working`;
    const asked = await send(x.staffSession, 'POST', url, { kind: 'learner-in-car', learner: 'L-12', purpose: 'Home after a late rehearsal', eventAt: '2026-11-26T18:00:00Z' });
    expect(asked.statusCode, asked.body).toBe(201);
    const id = asked.json().id;
    expect((await get(x.managerSession, url)).json().toMe.map((r: { id: string }) => r.id)).toEqual([id]);
    // The requester cannot decide their own request; the manager must give a reason to refuse.
    expect((await send(x.staffSession, 'POST', `${url}/${id}/steps`, { type: 'approve' })).statusCode).toBe(404);
    expect((await send(x.managerSession, 'POST', `${url}/${id}/steps`, { type: 'refuse', reason: ' ' })).json().type).toBe('/rules/reason-needed');
    expect((await send(x.staffSession, 'POST', `${url}/${id}/steps`, { type: 'record_condition', condition: 'risk-assessment' })).statusCode).toBe(200);
    // Another academy's principal sees nothing of it.
    expect((await get(x.otherPrincipal, `${url}/${id}`)).statusCode).toBe(404);
    // The manager signs in again that evening, after the journey, and approves it then.
    startClockAt(londonInstant('2026-11-26', '19:00'));
    const evening = await signIn(t.app, x.manager.email);
    const approved = (await send(evening, 'POST', `${url}/${id}/steps`, { type: 'approve' })).json();
    expect(approved).toMatchObject({ state: 'approved', approvedAfterEvent: true, allMetBeforeEvent: false });
    expect(approved.conditions.find((c: { id: string }) => c.id === 'risk-assessment')).toMatchObject({ met: true, metBeforeEvent: true });
    // Conditions are still recorded once it is approved; the manager has nothing more to decide.
    expect(approved.allowed).toEqual([]);
    const mine = (await get(await signIn(t.app, x.staff.email), `${url}/${id}`)).json();
    expect(mine.allowed).toEqual(['safe_working.request']);
  });

  it('records a one-to-one meeting as a notice that nobody approves', async () => {
    const x = await trust();
    const url = `/api/orgs/${x.org.id}/safe-working`;
    const notice = (await send(x.staffSession, 'POST', url, { kind: 'one-to-one-meeting', learner: 'L-3', purpose: 'Catch-up on coursework', eventAt: '2026-11-27T09:00:00Z' })).json();
    expect(notice.allMetBeforeEvent).toBe(true);
    expect(notice.allowed).not.toContain('safe_working.decide');
    expect((await send(x.managerSession, 'POST', `${url}/${notice.id}/steps`, { type: 'approve' })).json().type).toBe('/rules/no-decision-needed');
    expect((await send(x.staffSession, 'POST', url, { kind: 'learner-in-bus', learner: 'L-3', purpose: 'x', eventAt: '2026-11-27T09:00:00Z' })).json().errors[0].field).toBe('body.kind');
  });
});
