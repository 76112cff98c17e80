import { Writable } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { declarations } from '../declarations/schema.ts';
import { deadlines } from '../deadlines/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { makeOrganisation, makePerson, signIn, unique, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { MAX_MISSES_PER_ADDRESS, MAX_MISSES_PER_ORGANISATION } from './receipts.ts';
import { concernLookupFailures, concernReporters, concernReports } from './schema.ts';

// Raising concerns in confidence through the API: the public page and the reporter's receipt code, the
// handlers' work on a report, exclusion, the custodian's approval of a reveal, and what is never kept.

let log = '';
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    log += chunk.toString();
    done();
  },
});

let t: TestApp;
const db = () => t.database.db;
const ACCOUNT = 'Petty cash was taken from the office safe on three Fridays in March.';
const REASONS = 'The money was repaid and the person responsible was given a warning.';

beforeAll(async () => {
  clock.set(new Date('2026-03-02T10:00:00Z'));
  // Behind a proxy, so that the address a client claims is the one the server sees: the test then looks for it everywhere.
  t = await testApp({ env: { TRUST_PROXY: '1', LOG_LEVEL: 'trace' }, logStream });
});
afterAll(async () => {
  await t.close();
  clock.set(null);
});

interface Place {
  org: TestOrganisation;
  slug: string;
  handler: TestPerson & { session: SignedIn };
  other: TestPerson & { session: SignedIn };
  custodian: TestPerson & { session: SignedIn };
  finance: TestPerson;
}

async function signedIn(person: TestPerson) {
  return { ...person, session: await signIn(t.app, person.email) };
}

/** An organisation with two handlers, a custodian and a head of finance the reports name. */
async function place(): Promise<Place> {
  const org = await makeOrganisation(db(), 'employer_trust');
  const [row] = await db().execute<{ slug: string }>(sql`select slug from organisations where id = ${org.id}`).then((r) => r.rows);
  const handler = await signedIn(await makePerson(db(), org.id, [{ role: 'staff' }, { role: 'concerns_handler' }, { role: 'case_officer' }], { name: 'Handler' }));
  const other = await signedIn(await makePerson(db(), org.id, [{ role: 'staff' }, { role: 'concerns_handler' }], { name: 'Otherhandler' }));
  const custodian = await signedIn(await makePerson(db(), org.id, [{ role: 'staff' }, { role: 'identity_custodian' }], { name: 'Custodian' }));
  const finance = await makePerson(db(), org.id, [{ role: 'staff' }], { name: `Finance${unique()}` });
  return { org, slug: row!.slug, handler, other, custodian, finance };
}

const pub = (p: Place, path = '') => `/api/raising-concerns/${p.slug}${path}`;
const inOrg = (p: Place, path: string) => `/api/orgs/${p.org.id}${path}`;

async function report(p: Place, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const r = await t.app.inject({ method: 'POST', url: pub(p, '/reports'), headers, payload: { mode: 'anonymous', category: 'malpractice', account: ACCOUNT, ...body } });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<{ reference: string; receiptCode: string; receivedAt: string; whatHappensNext: string[] }>();
}

async function follow(p: Place, receiptCode: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: pub(p, '/follow'), headers, payload: { receiptCode } });
}

async function bearer(p: Place, receiptCode: string, headers: Record<string, string> = {}) {
  const r = await follow(p, receiptCode, headers);
  expect(r.statusCode, r.body).toBe(200);
  return { ...headers, authorization: `Bearer ${r.json<{ token: string }>().token}` };
}

async function reportIdOf(p: Place, reference: string) {
  const [row] = await db().select({ id: concernReports.id }).from(concernReports).where(and(eq(concernReports.organisationId, p.org.id), eq(concernReports.reference, reference)));
  return row!.id;
}

const as = (person: { session: SignedIn }, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: method === 'GET' ? { cookie: person.session.cookie } : person.session.headers, ...(payload ? { payload } : {}) });

describe('the public page', () => {
  it('says plainly what happens next and what protects a reporter, without signing in', async () => {
    const p = await place();
    const r = await t.app.inject({ method: 'GET', url: pub(p) });
    expect(r.statusCode).toBe(200);
    const page = r.json();
    expect(page).toMatchObject({ open: true, modes: ['named', 'confidential', 'anonymous'] });
    expect(page.whatHappensNext.join(' ')).toContain('within 7 days');
    expect(page.whatHappensNext.join(' ')).toMatch(/within 3 months/i);
    expect(page.protection.map((x: { source: string }) => x.source).join(' ')).toMatch(/Public Interest Disclosure Act.*Key Principle 6.*provision 12/);
    expect((await t.app.inject({ method: 'GET', url: '/api/raising-concerns/no-such-organisation' })).statusCode).toBe(404);
  });

  it('takes no report where nobody handles them yet, saying so', async () => {
    const org = await makeOrganisation(db(), 'association');
    const [row] = (await db().execute<{ slug: string }>(sql`select slug from organisations where id = ${org.id}`)).rows;
    expect((await t.app.inject({ method: 'GET', url: `/api/raising-concerns/${row!.slug}` })).json().open).toBe(false);
    const r = await t.app.inject({ method: 'POST', url: `/api/raising-concerns/${row!.slug}/reports`, payload: { mode: 'anonymous', category: 'misconduct', account: ACCOUNT } });
    expect(r.statusCode).toBe(409);
    expect(r.json().type).toBe('/rules/no-handlers');
  });

  it('refuses an empty report, or a confidential one without a name, naming every field, and keeps nothing', async () => {
    const p = await place();
    const r = await t.app.inject({ method: 'POST', url: pub(p, '/reports'), payload: { mode: 'confidential', category: 'illegal', account: 'short', namedPeople: ['Pat Head', 'pat head'] } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.account', 'body.identity.name', 'body.namedPeople.1']);
    expect(await db().select().from(concernReports).where(eq(concernReports.organisationId, p.org.id))).toEqual([]);
  });
});

describe('the receipt code', () => {
  it('is given once and kept only as a slow hash; the reporter’s identity is kept apart, sealed', async () => {
    const p = await place();
    const made = await report(p, { mode: 'confidential', identity: { name: 'Robin Whistle', contact: 'robin@example.test', relationship: 'staff' } });
    expect(made.receiptCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    const [row] = await db().select().from(concernReports).where(eq(concernReports.reference, made.reference));
    expect(row!.receiptHash).toMatch(/^\$argon2id\$/);
    const everything = JSON.stringify((await db().execute(sql`select to_jsonb(r) as r from concern_reports r where id = ${row!.id}`)).rows);
    expect(everything).not.toContain(made.receiptCode.replace(/-/g, ''));
    const [identity] = await db().select().from(concernReporters).where(eq(concernReporters.reportId, row!.id));
    expect(identity!.sealed).toMatch(/^v1\./);
    expect(identity!.sealed).not.toContain('Robin');
    const { rows } = await db().execute(sql`select count(*)::int as n from audit_events where organisation_id = ${p.org.id} and (details::text like '%Robin%' or coalesce(reason, '') like '%Robin%')`);
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('opens the report typed in any case or spacing, and refuses a code of the wrong shape before looking anything up', async () => {
    const p = await place();
    const made = await report(p);
    expect((await follow(p, made.receiptCode.toLowerCase().replace(/-/g, ' '))).statusCode).toBe(200);
    const misshapen = await follow(p, 'ABCD-1234');
    expect(misshapen.statusCode).toBe(400);
    expect(misshapen.json().errors[0]).toMatchObject({ field: 'body.receiptCode', rule: 'receipt-code-shape' });
    expect(await db().select().from(concernLookupFailures).where(eq(concernLookupFailures.organisationId, p.org.id))).toEqual([]);
  });

  it('answers a code that never existed exactly as one of another organisation, with no hint either way', async () => {
    const p = await place();
    const elsewhere = await place();
    const theirs = await report(elsewhere);
    const { newReceiptCode } = await import('./rules.ts');
    const never = newReceiptCode(crypto.getRandomValues(new Uint8Array(12)));
    const a = await follow(p, theirs.receiptCode, { 'x-forwarded-for': '203.0.113.50' });
    const b = await follow(p, never, { 'x-forwarded-for': '203.0.113.50' });
    expect([a.statusCode, b.statusCode]).toEqual([404, 404]);
    const strip = (body: string) => body.replace(/"instance":"[^"]*",?/, '');
    expect(strip(a.body)).toBe(strip(b.body));
    expect(a.json().type).toBe('/problems/receipt-code-not-recognised');
  });

  it('throttles an address after repeated misses, even for the right code, and leaves other addresses alone', async () => {
    const p = await place();
    const made = await report(p);
    const { newReceiptCode } = await import('./rules.ts');
    const guesser = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < MAX_MISSES_PER_ADDRESS; i++) expect((await follow(p, newReceiptCode(crypto.getRandomValues(new Uint8Array(12))), guesser)).statusCode).toBe(404);
    const blocked = await follow(p, made.receiptCode, guesser);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await follow(p, made.receiptCode, { 'x-forwarded-for': '198.51.100.8' })).statusCode).toBe(200);
    // No address is written down: only the organisation's count of misses.
    const { rows } = await db().execute(sql`select to_jsonb(f)::text as row from concern_lookup_failures f where organisation_id = ${p.org.id}`);
    expect(rows).toHaveLength(MAX_MISSES_PER_ADDRESS);
    expect(JSON.stringify(rows)).not.toContain('198.51.100');
  });

  it('throttles the whole organisation when guesses come from many addresses', async () => {
    const p = await place();
    const made = await report(p);
    await db().insert(concernLookupFailures).values(Array.from({ length: MAX_MISSES_PER_ORGANISATION }, () => ({ organisationId: p.org.id, at: clock.now() })));
    expect((await follow(p, made.receiptCode, { 'x-forwarded-for': '192.0.2.99' })).statusCode).toBe(429);
  });
});

describe('an anonymous reporter', () => {
  it('leaves no trace of their address or browser in any table, log line or audit entry', async () => {
    const p = await place();
    const address = '203.0.113.197';
    const agent = `Mozilla/5.0 (Whistle; Anonymous ${unique()})`;
    const headers = { 'x-forwarded-for': address, 'user-agent': agent };
    log = '';
    const made = await report(p, {}, headers);
    const session = await bearer(p, made.receiptCode, headers);
    expect((await t.app.inject({ method: 'POST', url: pub(p, '/report/messages'), headers: session, payload: { body: 'It happened again on Friday.' } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: pub(p, '/report'), headers: session })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: pub(p, '/report/proof'), headers: session })).statusCode).toBe(200);
    const miss = await follow(p, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ', headers);
    expect(miss.statusCode).toBeLessThan(500);
    expect(log).toContain('/api/raising-concerns/');
    expect(log).not.toContain(address);
    expect(log).not.toContain(agent);
    const { rows: tables } = await db().execute<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`);
    const holding: string[] = [];
    for (const { table_name: table } of tables) {
      const { rows } = await db().execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} x where x::text like ${`%${address}%`} or x::text like ${`%${agent}%`}`);
      if (rows[0]!.n > 0) holding.push(table);
    }
    expect(holding).toEqual([]);
    expect(miss.cookies).toEqual([]);
  });
});

describe('the reporter following their report', () => {
  it('reads the handlers’ messages, answers, adds a picture stripped of its EXIF, and downloads a proof of what they sent', async () => {
    const p = await place();
    const made = await report(p);
    const id = await reportIdOf(p, made.reference);
    const handler = await assignedHandler(p, id);
    expect((await as(handler, 'POST', inOrg(p, `/raised-concerns/${id}/acknowledge`), { message: 'Thank you: which office do you mean?' })).statusCode).toBe(200);
    const session = await bearer(p, made.receiptCode);
    const seen = (await t.app.inject({ method: 'GET', url: pub(p, '/report'), headers: session })).json();
    expect(seen).toMatchObject({ reference: made.reference, status: 'acknowledged', mayWrite: true });
    expect(seen.messages.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([['handler', 'Thank you: which office do you mean?']]);
    expect(seen.feedbackBy).not.toBeNull();
    expect(JSON.stringify(seen)).not.toContain('Handler');
    await t.app.inject({ method: 'POST', url: pub(p, '/report/messages'), headers: session, payload: { body: 'The finance office, on the first floor.' } });
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x20]), Buffer.from('Exif\0\0MM\0*Owner: Robin Whistle ', 'latin1').subarray(0, 30), Buffer.from([0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0, 0x12, 0x34, 0xff, 0xd9])]);
    const added = await t.app.inject({ method: 'POST', url: pub(p, '/report/files?name=safe.jpg'), headers: { ...session, 'content-type': 'application/octet-stream' }, payload: jpeg });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ name: 'safe.jpg', mediaType: 'image/jpeg', removed: ['EXIF'] });
    const disguised = await t.app.inject({ method: 'POST', url: pub(p, '/report/files?name=notes.txt'), headers: { ...session, 'content-type': 'application/octet-stream' }, payload: jpeg });
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().errors[0].field).toBe('query.name');
    const pdf = await t.app.inject({ method: 'POST', url: pub(p, '/report/files?name=letter.pdf'), headers: { ...session, 'content-type': 'application/octet-stream' }, payload: Buffer.from('%PDF-1.7 /Author (Robin)') });
    expect(pdf.statusCode).toBe(400);
    const proof = await t.app.inject({ method: 'GET', url: pub(p, '/report/proof'), headers: session });
    expect(proof.headers['content-disposition']).toContain(made.reference);
    expect(proof.json()).toMatchObject({ reference: made.reference, receivedAt: made.receivedAt, items: 3, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The handler downloads the picture as kept: nothing of its owner in it.
    const handlerView = (await as(handler, 'GET', inOrg(p, `/raised-concerns/${id}`))).json();
    const file = await as(handler, 'GET', inOrg(p, `/raised-concerns/${id}/attachments/${handlerView.attachments[0].id}`));
    expect(file.rawPayload.includes(Buffer.from('Robin'))).toBe(false);
  });

  it('refuses a file over 10 MB before reading it, and keeps nothing', async () => {
    const p = await place();
    const session = await bearer(p, (await report(p)).receiptCode);
    const r = await t.app.inject({ method: 'POST', url: pub(p, '/report/files?name=big.txt'), headers: { ...session, 'content-type': 'application/octet-stream' }, payload: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61) });
    expect(r.statusCode).toBe(413);
    expect((await t.app.inject({ method: 'GET', url: pub(p, '/report'), headers: session })).json().attachments).toEqual([]);
  });

  it('needs the session its receipt code began, which ends when asked', async () => {
    const p = await place();
    const made = await report(p);
    expect((await t.app.inject({ method: 'GET', url: pub(p, '/report') })).statusCode).toBe(401);
    const session = await bearer(p, made.receiptCode);
    const elsewhere = await place();
    expect((await t.app.inject({ method: 'GET', url: pub(elsewhere, '/report'), headers: session })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: pub(p, '/report/session'), headers: session })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: pub(p, '/report'), headers: session })).statusCode).toBe(401);
  });
});

describe('handlers', () => {
  let p: Place;
  beforeEach(async () => {
    p = await place();
  });

  it('work a report from receipt to closing within its time limits, notes never reaching the reporter', async () => {
    const made = await report(p);
    const id = await reportIdOf(p, made.reference);
    const queue = (await as(p.handler, 'GET', inOrg(p, '/raised-concerns'))).json();
    expect(queue).toHaveLength(1);
    const assigned = queue[0].assignedTo.id === p.handler.id ? p.handler : p.other;
    const [ack] = await db().select().from(deadlines).where(and(eq(deadlines.recordType, 'concern_report'), eq(deadlines.recordId, id)));
    expect(ack).toMatchObject({ kind: 'report-acknowledgement', ownerId: assigned.id, dueAt: new Date('2026-03-09T23:59:59.999Z') });
    expect((await as(assigned, 'POST', inOrg(p, `/raised-concerns/${id}/close`), { outcome: 'no_further_action', reasons: REASONS })).json().type).toBe('/rules/acknowledge-first');
    const acknowledged = (await as(assigned, 'POST', inOrg(p, `/raised-concerns/${id}/acknowledge`), {})).json();
    expect(acknowledged.status).toBe('acknowledged');
    await as(assigned, 'POST', inOrg(p, `/raised-concerns/${id}/begin`), {});
    await as(assigned, 'POST', inOrg(p, `/raised-concerns/${id}/notes`), { body: 'Checked the safe log: three withdrawals unsigned.' });
    const fed = (await as(assigned, 'POST', inOrg(p, `/raised-concerns/${id}/messages`), { body: 'We are looking at the safe log.', feedback: true })).json();
    expect(fed.notes).toHaveLength(1);
    const all = await db().select().from(deadlines).where(and(eq(deadlines.recordType, 'concern_report'), eq(deadlines.recordId, id)));
    expect(all.map((d) => [d.kind, d.metAt !== null])).toEqual([
      ['report-acknowledgement', true],
      ['report-feedback', true],
    ]);
    const closed = (await as(assigned, 'POST', inOrg(p, `/raised-concerns/${id}/close`), { outcome: 'action_taken', reasons: REASONS })).json();
    expect(closed).toMatchObject({ status: 'closed', outcome: 'action_taken' });
    const session = await bearer(p, made.receiptCode);
    const seen = await t.app.inject({ method: 'GET', url: pub(p, '/report'), headers: session });
    expect(seen.json()).toMatchObject({ status: 'closed', outcome: 'action_taken', mayWrite: false });
    expect(seen.body).not.toContain('safe log: three');
    const late = await t.app.inject({ method: 'POST', url: pub(p, '/report/messages'), headers: session, payload: { body: 'One more thing.' } });
    expect(late.json().type).toBe('/rules/report-closed');
    expect((await as(assigned, 'POST', inOrg(p, `/raised-concerns/${id}/reopen`), { reason: 'The reporter made a second report with new evidence.' })).json().status).toBe('in_progress');
    const stats = (await as(assigned, 'GET', inOrg(p, '/raised-concerns/statistics'))).json();
    expect(stats).toMatchObject({ total: 1, byStatus: expect.arrayContaining([{ status: 'in_progress', count: 1 }]) });
    const csvFile = await as(assigned, 'GET', inOrg(p, '/raised-concerns/export'));
    expect(csvFile.body.split('\r\n')[0]).toBe('reference,channel,mode,category,status,received_at,acknowledged_at,days_to_acknowledge,closed_at,days_to_close,outcome,case_opened');
    expect(csvFile.body).toContain(made.reference);
    expect(csvFile.body).not.toContain('Petty cash');
  });

  it('never show a report to a handler it names, nor to one who declared a connection with someone it names', async () => {
    await db().insert(declarations).values({ organisationId: p.org.id, declarantId: p.other.id, kind: 'relationship', state: 'submitted', submittedAt: clock.now(), namedPersonIds: [p.finance.id] });
    // Named as the reporter wrote it: capitals and spaces of their own.
    const made = await report(p, { namedPeople: [` ${(await nameOf(p.finance.id)).toUpperCase().replace(' ', '   ')} `] });
    const id = await reportIdOf(p, made.reference);
    expect((await as(p.other, 'GET', inOrg(p, `/raised-concerns/${id}`))).statusCode).toBe(404);
    expect((await as(p.other, 'GET', inOrg(p, '/raised-concerns'))).json()).toEqual([]);
    const seen = (await as(p.handler, 'GET', inOrg(p, `/raised-concerns/${id}`))).json();
    expect(seen.assignedTo.id).toBe(p.handler.id);
    expect(seen.exclusions).toEqual([expect.objectContaining({ personId: p.other.id, ground: 'declared' })]);
    const named = await report(p, { namedPeople: [await nameOf(p.handler.id)] });
    const namedId = await reportIdOf(p, named.reference);
    expect((await as(p.handler, 'GET', inOrg(p, `/raised-concerns/${namedId}`))).statusCode).toBe(404);
    expect((await as(p.handler, 'POST', inOrg(p, `/raised-concerns/${namedId}/notes`), { body: 'Trying anyway.' })).statusCode).toBe(404);
  });

  it('step aside with a reason, passing the report and its deadlines to another; reassign an open report', async () => {
    const made = await report(p);
    const id = await reportIdOf(p, made.reference);
    const first = (await as(p.handler, 'GET', inOrg(p, `/raised-concerns/${id}`))).json().assignedTo.id as string;
    const [holder, next] = first === p.handler.id ? [p.handler, p.other] : [p.other, p.handler];
    expect((await as(holder, 'POST', inOrg(p, `/raised-concerns/${id}/step-aside`), { reason: 'I manage the person it concerns.' })).statusCode).toBe(204);
    expect((await as(holder, 'GET', inOrg(p, `/raised-concerns/${id}`))).statusCode).toBe(404);
    const seen = (await as(next, 'GET', inOrg(p, `/raised-concerns/${id}`))).json();
    expect(seen.assignedTo.id).toBe(next.id);
    const open = await db().select().from(deadlines).where(and(eq(deadlines.recordId, id), sql`${deadlines.waivedAt} is null`));
    expect(open.map((d) => d.ownerId)).toEqual([next.id]);
    const refused = await as(next, 'POST', inOrg(p, `/raised-concerns/${id}/assign`), { personId: holder.id });
    expect(refused.json().type).toBe('/rules/excluded');
    const third = await signedIn(await makePerson(db(), p.org.id, [{ role: 'concerns_handler' }], { name: 'Third' }));
    expect((await as(next, 'POST', inOrg(p, `/raised-concerns/${id}/assign`), { personId: third.id })).json().assignedTo.id).toBe(third.id);
    expect((await as(next, 'POST', inOrg(p, `/raised-concerns/${id}/assign`), { personId: p.custodian.id })).statusCode).toBe(400);
  });

  it('enter a concern received by phone, and open a protected case from it about someone it names', async () => {
    const entered = await as(p.handler, 'POST', inOrg(p, '/raised-concerns'), { channel: 'phone', mode: 'named', category: 'treated_unfairly_for_raising_a_concern', account: 'My manager moved me off the timetable after I raised a concern.', namedPeople: [await nameOf(p.finance.id)], identity: { name: 'Sam Caller' } });
    expect(entered.statusCode, entered.body).toBe(201);
    const id = entered.json().id as string;
    const seen = (await as(p.handler, 'GET', inOrg(p, `/raised-concerns/${id}`))).json();
    expect(seen).toMatchObject({ channel: 'phone', assignedTo: { id: p.handler.id }, namedPersons: [{ id: p.finance.id }] });
    expect((await as(p.handler, 'GET', inOrg(p, `/raised-concerns/${id}/identity`))).json()).toEqual({ name: 'Sam Caller' });
    const opened = await as(p.handler, 'POST', inOrg(p, `/raised-concerns/${id}/case`), { type: 'protected', subjectId: p.finance.id, summary: 'Moved off the timetable after raising a concern.' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().caseId).toBeTruthy();
    const [c] = (await db().execute<{ source_note: string; summary: string }>(sql`select source_note, summary from cases where id = ${opened.json().caseId}`)).rows;
    expect(c!.source_note).toContain(seen.reference);
    expect(JSON.stringify(c)).not.toContain('Sam Caller');
    expect((await as(p.handler, 'POST', inOrg(p, `/raised-concerns/${id}/case`), { type: 'protected', subjectId: p.handler.id, summary: 'Again.' })).statusCode).toBe(409);
  });
});

describe("a confidential reporter's identity", () => {
  it('is revealed to a handler only after a custodian approves, every read audited and shown to the reporter', async () => {
    const p = await place();
    const made = await report(p, { mode: 'confidential', identity: { name: 'Robin Whistle', contact: '07700 900123' } });
    const id = await reportIdOf(p, made.reference);
    const handler = (await as(p.handler, 'GET', inOrg(p, `/raised-concerns/${id}`))).json().assignedTo.id === p.handler.id ? p.handler : p.other;
    const early = await as(handler, 'GET', inOrg(p, `/raised-concerns/${id}/identity`));
    expect(early.statusCode).toBe(409);
    expect(early.json().type).toBe('/rules/reveal-needs-approval');
    await as(handler, 'POST', inOrg(p, `/raised-concerns/${id}/reveal-requests`), { reason: 'We need to take a witness statement from the reporter.' });
    const waiting = (await as(p.custodian, 'GET', inOrg(p, '/reveal-requests'))).json();
    expect(waiting).toEqual([expect.objectContaining({ reference: made.reference, reason: 'We need to take a witness statement from the reporter.' })]);
    expect(JSON.stringify(waiting)).not.toContain('Petty cash');
    expect((await as(handler, 'GET', inOrg(p, '/reveal-requests'))).statusCode).toBe(403);
    expect((await as(p.custodian, 'POST', inOrg(p, `/reveal-requests/${waiting[0].id}/decision`), { decision: 'approved' })).statusCode).toBe(204);
    const revealed = await as(handler, 'GET', inOrg(p, `/raised-concerns/${id}/identity`));
    expect(revealed.json()).toEqual({ name: 'Robin Whistle', contact: '07700 900123' });
    const [entry] = await db().select().from(auditEvents).where(and(eq(auditEvents.recordId, id), eq(auditEvents.action, 'report.identity_revealed')));
    expect(entry!.actorId).toBe(handler.id);
    const otherHandler = handler === p.handler ? p.other : p.handler;
    expect((await as(otherHandler, 'GET', inOrg(p, `/raised-concerns/${id}/identity`))).statusCode).toBe(403);
    const session = await bearer(p, made.receiptCode);
    const seen = (await t.app.inject({ method: 'GET', url: pub(p, '/report'), headers: session })).json();
    expect(seen.identityRevealed).toEqual([{ reason: 'We need to take a witness statement from the reporter.', at: expect.any(String) }]);
  });

  it('is never revealed for an anonymous report, which has none', async () => {
    const p = await place();
    const made = await report(p);
    const id = await reportIdOf(p, made.reference);
    const handler = (await as(p.handler, 'GET', inOrg(p, `/raised-concerns/${id}`))).json().assignedTo.id === p.handler.id ? p.handler : p.other;
    expect((await as(handler, 'POST', inOrg(p, `/raised-concerns/${id}/reveal-requests`), { reason: 'We would like to know who made this report.' })).json().type).toBe('/rules/anonymous-report');
  });
});

/** The handler of the place a report is assigned to. */
async function assignedHandler(p: Place, reportId: string) {
  const [row] = await db().select({ assignedTo: concernReports.assignedTo }).from(concernReports).where(eq(concernReports.id, reportId));
  return row!.assignedTo === p.handler.id ? p.handler : p.other;
}

async function nameOf(personId: string) {
  const [row] = (await db().execute<{ name: string }>(sql`select given_name || ' ' || family_name as name from people where id = ${personId}`)).rows;
  return row!.name;
}
