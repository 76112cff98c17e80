import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { deadlines } from '../deadlines/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { makeOrganisation, makePerson, signIn, unique, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { concernAttachments, concernPolicies, concernReports } from './schema.ts';

// What an organisation sets for its reports (its own time limits, within the bounds of good practice), and
// the files a handler sends the reporter: who may, what is refused naming its field, what is audited.

let t: TestApp;
const db = () => t.database.db;
const ACCOUNT = 'Petty cash was taken from the office safe on three Fridays in March.';

beforeAll(async () => {
  clock.set(new Date('2026-03-02T10:00:00Z'));
  t = await testApp();
});
afterAll(async () => {
  await t.close();
  clock.set(null);
});

type Signed = TestPerson & { session: SignedIn };

interface Place {
  org: TestOrganisation;
  slug: string;
  admin: Signed;
  handler: Signed;
  staff: Signed;
}

async function signedIn(person: TestPerson): Promise<Signed> {
  return { ...person, session: await signIn(t.app, person.email) };
}

/** An organisation with its admin, one handler of concerns (so every report is theirs) and someone on the staff. */
async function place(): Promise<Place> {
  const org = await makeOrganisation(db(), 'employer_trust');
  const [row] = (await db().execute<{ slug: string }>(sql`select slug from organisations where id = ${org.id}`)).rows;
  const admin = await signedIn(await makePerson(db(), org.id, [{ role: 'staff' }, { role: 'organisation_admin' }], { name: 'Admin' }));
  const handler = await signedIn(await makePerson(db(), org.id, [{ role: 'staff' }, { role: 'concerns_handler' }], { name: 'Handler' }));
  const staff = await signedIn(await makePerson(db(), org.id, [{ role: 'staff' }], { name: 'Staff' }));
  return { org, slug: row!.slug, admin, handler, staff };
}

const inOrg = (p: Place, path: string) => `/api/orgs/${p.org.id}${path}`;
const pub = (p: Place, path = '') => `/api/raising-concerns/${p.slug}${path}`;

const as = (person: Signed, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: method === 'GET' ? { cookie: person.session.cookie } : person.session.headers, ...(payload ? { payload } : {}) });

const sendFile = (person: Signed, url: string, bytes: Buffer) => t.app.inject({ method: 'POST', url, headers: { ...person.session.headers, 'content-type': 'application/octet-stream' }, payload: bytes });

/** The actions audited under a response's request id. */
async function auditedIn(response: { headers: Record<string, unknown> }) {
  return (await db().select({ action: auditEvents.action, actorId: auditEvents.actorId }).from(auditEvents).where(eq(auditEvents.requestId, String(response.headers['x-request-id'])))).map((e) => e.action);
}

async function report(p: Place) {
  const r = await t.app.inject({ method: 'POST', url: pub(p, '/reports'), payload: { mode: 'anonymous', category: 'malpractice', account: ACCOUNT } });
  expect(r.statusCode, r.body).toBe(201);
  const made = r.json<{ reference: string; receiptCode: string }>();
  const [row] = await db().select().from(concernReports).where(and(eq(concernReports.organisationId, p.org.id), eq(concernReports.reference, made.reference)));
  return { ...made, id: row!.id, row: row! };
}

async function bearer(p: Place, receiptCode: string) {
  const r = await t.app.inject({ method: 'POST', url: pub(p, '/follow'), payload: { receiptCode } });
  expect(r.statusCode, r.body).toBe(200);
  return { authorization: `Bearer ${r.json<{ token: string }>().token}` };
}

// A JPEG whose EXIF block names its owner.
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x20]),
  Buffer.from('Exif\0\0MM\0*Owner: Robin Whistle ', 'latin1').subarray(0, 30),
  Buffer.from([0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0, 0x12, 0x34, 0xff, 0xd9]),
]);

describe("the organisation's time limits", () => {
  it('are the defaults until set, read and set by an admin only', async () => {
    const p = await place();
    const read = await as(p.admin, 'GET', inOrg(p, '/raised-concerns/settings'));
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ acknowledge: { type: 'calendar_days', days: 7 }, feedback: { type: 'months', months: 3 }, changedAt: null, changedBy: null });
    for (const who of [p.handler, p.staff]) {
      expect((await as(who, 'GET', inOrg(p, '/raised-concerns/settings'))).statusCode).toBe(403);
      const refused = await as(who, 'PUT', inOrg(p, '/raised-concerns/settings'), { acknowledge: { type: 'calendar_days', days: 3 }, feedback: { type: 'months', months: 1 } });
      expect(refused.statusCode).toBe(403);
      expect(await auditedIn(refused)).toEqual([]);
    }
    expect(await db().select().from(concernPolicies).where(eq(concernPolicies.organisationId, p.org.id))).toEqual([]);
    // Another organisation's admin reaches nothing here.
    const elsewhere = await place();
    expect((await as(elsewhere.admin, 'PUT', inOrg(p, '/raised-concerns/settings'), { acknowledge: { type: 'calendar_days', days: 3 }, feedback: { type: 'months', months: 1 } })).statusCode).toBe(404);
  });

  it('are set, audited, and carried by each report received from then on, while earlier ones keep theirs', async () => {
    const p = await place();
    const earlier = await report(p);
    const set = await as(p.admin, 'PUT', inOrg(p, '/raised-concerns/settings'), { acknowledge: { type: 'working_days', days: 3 }, feedback: { type: 'calendar_days', days: 30 } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ acknowledge: { type: 'working_days', days: 3 }, feedback: { type: 'calendar_days', days: 30 }, changedBy: expect.stringContaining('Admin'), changedAt: '2026-03-02T10:00:00.000Z' });
    expect(await auditedIn(set)).toEqual(['report.settings_changed']);
    const [entry] = await db().select().from(auditEvents).where(eq(auditEvents.requestId, String(set.headers['x-request-id'])));
    expect(entry).toMatchObject({ actorId: p.admin.id, recordType: 'organisation', recordId: p.org.id });
    expect(entry!.details).toMatchObject({ before: { acknowledge: { type: 'calendar_days', days: 7 } }, after: { acknowledge: { type: 'working_days', days: 3 } } });

    const page = (await t.app.inject({ method: 'GET', url: pub(p) })).json<{ whatHappensNext: string[] }>();
    expect(page.whatHappensNext.join(' ')).toContain('within 3 working days');
    expect(page.whatHappensNext.join(' ')).toContain('Within 30 days');
    const later = await report(p);
    expect(later.row.timeLimits).toEqual({ acknowledge: { type: 'working_days', days: 3 }, feedback: { type: 'calendar_days', days: 30 } });
    expect(earlier.row.timeLimits).toEqual({ acknowledge: { type: 'calendar_days', days: 7 }, feedback: { type: 'months', months: 3 } });
    // Received on Monday 2 March: three working days end on Thursday 5 March; seven days on Monday 9 March.
    const dueOf = async (id: string) => (await db().select({ dueAt: deadlines.dueAt }).from(deadlines).where(and(eq(deadlines.recordId, id), eq(deadlines.kind, 'report-acknowledgement'))))[0]!.dueAt;
    expect(await dueOf(later.id)).toEqual(new Date('2026-03-05T23:59:59.999Z'));
    expect(await dueOf(earlier.id)).toEqual(new Date('2026-03-09T23:59:59.999Z'));
    const handlerView = (await as(p.handler, 'GET', inOrg(p, `/raised-concerns/${later.id}`))).json();
    expect(handlerView.timeLimits).toEqual({ acknowledge: { type: 'working_days', days: 3 }, feedback: { type: 'calendar_days', days: 30 } });
  });

  it('refuses limits beyond the bounds of good practice, naming every field, and changes nothing', async () => {
    const p = await place();
    await as(p.admin, 'PUT', inOrg(p, '/raised-concerns/settings'), { acknowledge: { type: 'calendar_days', days: 5 }, feedback: { type: 'months', months: 2 } });
    const tries: [object, string[]][] = [
      [{ acknowledge: { type: 'calendar_days', days: 14 }, feedback: { type: 'months', months: 6 } }, ['body.acknowledge.days', 'body.feedback.months']],
      [{ acknowledge: { type: 'working_days', days: 0 }, feedback: { type: 'working_days', days: 4 } }, ['body.acknowledge.days', 'body.feedback.days']],
      [{ acknowledge: { type: 'calendar_days', days: 2.5 }, feedback: { type: 'months', months: 1 } }, ['body.acknowledge.days']],
      [{ acknowledge: { type: 'months', months: 1 }, feedback: { type: 'months', months: 1 } }, ['body.acknowledge.type']],
      [{ acknowledge: { type: 'calendar_days', days: 3 } }, ['body.feedback']],
    ];
    for (const [body, fields] of tries) {
      const r = await as(p.admin, 'PUT', inOrg(p, '/raised-concerns/settings'), body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      const named = r.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
      for (const field of fields) expect(named.some((f) => f === field || f.startsWith(`${field}.`)), `${JSON.stringify(body)}: ${named.join(', ')}`).toBe(true);
      expect(await auditedIn(r)).toEqual([]);
    }
    const bounds = await as(p.admin, 'PUT', inOrg(p, '/raised-concerns/settings'), tries[0]![0]);
    expect(bounds.json().errors).toEqual([
      { field: 'body.acknowledge.days', rule: 'time-limit-bounds', reason: 'must be a whole number from 1 to 7 calendar days.' },
      { field: 'body.feedback.months', rule: 'time-limit-bounds', reason: 'must be a whole number from 1 to 3 months.' },
    ]);
    expect((await as(p.admin, 'GET', inOrg(p, '/raised-concerns/settings'))).json()).toMatchObject({ acknowledge: { type: 'calendar_days', days: 5 }, feedback: { type: 'months', months: 2 } });
  });
});

describe('files a handler sends the reporter', () => {
  it('are stripped like a reporter’s, audited, and read by the reporter with their receipt code', async () => {
    const p = await place();
    const made = await report(p);
    await as(p.handler, 'POST', inOrg(p, `/raised-concerns/${made.id}/acknowledge`), {});
    const sent = await sendFile(p.handler, inOrg(p, `/raised-concerns/${made.id}/files?name=notice.jpg`), JPEG);
    expect(sent.statusCode, sent.body).toBe(200);
    const view = sent.json();
    expect(view.attachments).toEqual([expect.objectContaining({ from: 'handler', name: 'notice.jpg', mediaType: 'image/jpeg', removed: ['EXIF'] })]);
    expect(view.chronology.map((e: { event: string }) => e.event)).toContain('file_added');
    expect(await auditedIn(sent)).toEqual(['report.file_added']);
    const [entry] = await db().select().from(auditEvents).where(eq(auditEvents.requestId, String(sent.headers['x-request-id'])));
    expect(entry).toMatchObject({ actorId: p.handler.id, recordId: made.id, details: expect.objectContaining({ from: 'handler' }) });

    const session = await bearer(p, made.receiptCode);
    const seen = (await t.app.inject({ method: 'GET', url: pub(p, '/report'), headers: session })).json();
    expect(seen.attachments).toEqual([expect.objectContaining({ id: view.attachments[0].id, from: 'handler', name: 'notice.jpg' })]);
    const download = await t.app.inject({ method: 'GET', url: pub(p, `/report/attachments/${view.attachments[0].id}`), headers: session });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.headers['content-disposition']).toContain('notice.jpg');
    expect(download.rawPayload.includes(Buffer.from('Robin'))).toBe(false);
    expect(await auditedIn(download)).toEqual(['report.file_downloaded']);
    // Without the session, or with the session of another report, the file is not there.
    expect((await t.app.inject({ method: 'GET', url: pub(p, `/report/attachments/${view.attachments[0].id}`) })).statusCode).toBe(401);
    const other = await report(p);
    const otherSession = await bearer(p, other.receiptCode);
    expect((await t.app.inject({ method: 'GET', url: pub(p, `/report/attachments/${view.attachments[0].id}`), headers: otherSession })).statusCode).toBe(404);
  });

  it('are sent only by the handler the report is assigned to, once acknowledged and while open; anyone else is refused and nothing is kept', async () => {
    const p = await place();
    const made = await report(p);
    const file = (name = 'dates.txt') => inOrg(p, `/raised-concerns/${made.id}/files?name=${name}`);
    const text = Buffer.from('The dates the safe was opened.');
    const kept = async () => (await db().select().from(concernAttachments).where(eq(concernAttachments.reportId, made.id))).length;

    const early = await sendFile(p.handler, file(), text);
    expect(early.statusCode).toBe(409);
    expect(early.json().type).toBe('/rules/acknowledge-first');
    await as(p.handler, 'POST', inOrg(p, `/raised-concerns/${made.id}/acknowledge`), {});

    // A second handler, on the team but not assigned: reads the report, sends nothing.
    const second = await signedIn(await makePerson(db(), p.org.id, [{ role: 'staff' }, { role: 'concerns_handler' }], { name: `Second${unique()}` }));
    expect((await sendFile(second, file(), text)).statusCode).toBe(403);
    // Someone on the staff, or another organisation's handler: as if the report did not exist.
    expect((await sendFile(p.staff, file(), text)).statusCode).toBe(404);
    const elsewhere = await place();
    expect((await sendFile(elsewhere.handler, file(), text)).statusCode).toBe(404);

    const disguised = await sendFile(p.handler, file('notes.txt'), JPEG);
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().errors[0].field).toBe('query.name');
    const pdf = await sendFile(p.handler, file('letter.pdf'), Buffer.from('%PDF-1.7 /Author (Robin)'));
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().errors[0].field).toBe('body');
    const empty = await sendFile(p.handler, file(), Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const path = await sendFile(p.handler, inOrg(p, `/raised-concerns/${made.id}/files?name=..%2Fetc%2Fpasswd`), text);
    expect(path.statusCode).toBe(400);
    // Checked by the route's schema, which names the query string as the framework does.
    expect(path.json().errors[0].field).toBe('querystring.name');
    const unnamed = await sendFile(p.handler, inOrg(p, `/raised-concerns/${made.id}/files`), text);
    expect(unnamed.json().errors[0].field).toBe('querystring.name');
    for (const r of [early, disguised, pdf, empty, path, unnamed]) expect(await auditedIn(r)).toEqual([]);
    expect(await kept()).toBe(0);

    await as(p.handler, 'POST', inOrg(p, `/raised-concerns/${made.id}/close`), { outcome: 'no_further_action', reasons: 'Nothing was found missing when the safe log was checked.' });
    const closed = await sendFile(p.handler, file(), text);
    expect(closed.json().type).toBe('/rules/report-closed');
    expect(await kept()).toBe(0);
  });
});
