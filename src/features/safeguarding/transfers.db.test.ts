import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { londonInstant } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { notifications } from '../../platform/notifications/index.ts';
import { academyTerms } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { checkDeadlines } from '../deadlines/index.ts';
import { deadlines } from '../deadlines/schema.ts';
import { safeguardingTransfersReceived, safeguardingTransfersSent } from './schema.ts';

// A learner's safeguarding file transferred from one trust to another through the API, on days the tests
// chose: Monday 2 March 2026. The receiving academy (B's Northfield) is on half-term from 4 to 6 March, so
// its five school days after the Monday are 3, 9, 10, 11 and 12 March: the file is to be accepted by 17:00
// on Thursday 12 March, not Monday 9 March as five working days would have it.

let t: TestApp;
const db = () => t.database.db;
const jobs = () => ({ db: db(), mailer: t.app.mailer, publicUrl: t.config.publicUrl });

interface Person extends TestPerson {
  session: SignedIn;
}

async function person(org: TestOrganisation, roles: Parameters<typeof makePerson>[2], name: string, academyId: string | null = org.academies.northfield): Promise<Person> {
  const made = await makePerson(db(), org.id, roles, { name, employedAt: academyId });
  return { ...made, session: await signIn(t.app, made.email) };
}

async function trust(prefix: string) {
  const org = await makeOrganisation(db(), 'employer_trust');
  const northfield = org.academies.northfield;
  return {
    org,
    dsl: await person(org, [{ role: 'staff' }, { role: 'designated_safeguarding_lead', academyId: northfield }], `${prefix}Dsl`),
    principal: await person(org, [{ role: 'staff' }, { role: 'principal', academyId: northfield }], `${prefix}Principal`),
    teacher: await person(org, [{ role: 'staff' }], `${prefix}Teacher`),
    admin: await person(org, [{ role: 'staff' }, { role: 'organisation_admin' }], `${prefix}Admin`),
    southgateDsl: await person(org, [{ role: 'staff' }, { role: 'designated_safeguarding_lead', academyId: org.academies.southgate }], `${prefix}Southgate`, org.academies.southgate),
  };
}
type Trust = Awaited<ReturnType<typeof trust>>;

function call(x: Trust, who: Person, method: 'GET' | 'POST', path: string, payload?: object) {
  return t.app.inject({ method, url: `/api/orgs/${x.org.id}${path}`, headers: method === 'GET' ? { cookie: who.session.cookie } : who.session.headers, ...(payload ? { payload } : {}) });
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

const ACCOUNT = 'Jamie said there was no food at home again.';
let a: Trust;
let b: Trust;

/** Moves the clock on, signing everyone in again, since a session left idle for days has ended. */
async function moveTo(date: string, time: string) {
  startClockAt(londonInstant(date, time));
  for (const x of [a, b]) for (const who of [x.dsl, x.principal, x.teacher, x.admin, x.southgateDsl]) who.session = await signIn(t.app, who.email);
}

async function recordFor(learnerRef: string) {
  const concern = await ok(
    await call(a, a.teacher, 'POST', '/safeguarding/concerns', {
      learnerRef,
      category: 'neglect',
      seenAt: clock.now().toISOString(),
      account: ACCOUNT,
      marks: [{ view: 'front', x: 0.5, y: 0.2, description: 'Bruise' }],
    }),
    201,
  );
  await ok(await call(a, a.dsl, 'POST', `/safeguarding/concerns/${concern.id}/steps`, { type: 'triage', level: 'pastoral_support', note: 'Pastoral support from the head of year.' }));
  return concern.id as string;
}

const send = (learnerRef: string, extra: object = {}) => call(a, a.dsl, 'POST', '/safeguarding/transfers', { learnerRef, toOrganisationId: b.org.id, toAcademyId: b.org.academies.northfield, ...extra });
const sentRows = () => db().select().from(safeguardingTransfersSent).where(eq(safeguardingTransfersSent.organisationId, a.org.id));
const receivedRows = () => db().select().from(safeguardingTransfersReceived).where(eq(safeguardingTransfersReceived.organisationId, b.org.id));
const audited = (recordId: string, organisationId: string) =>
  db().select({ action: auditEvents.action, actorId: auditEvents.actorId }).from(auditEvents).where(and(eq(auditEvents.recordId, recordId), eq(auditEvents.organisationId, organisationId))).orderBy(auditEvents.seq);

beforeAll(async () => {
  t = await testApp();
  startClockAt(londonInstant('2026-03-02', '10:00'));
  a = await trust('A');
  b = await trust('B');
  await db().insert(academyTerms).values([
    { organisationId: b.org.id, academyId: b.org.academies.northfield, startsOn: '2026-01-05', endsOn: '2026-03-03' },
    { organisationId: b.org.id, academyId: b.org.academies.northfield, startsOn: '2026-03-09', endsOn: '2026-04-01' },
  ]);
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

describe('sending a learner’s file', () => {
  it('lists the other organisations and their academies to the DSL team, and refuses anyone on no team', async () => {
    const listed = await ok(await call(a, a.dsl, 'GET', '/safeguarding/transfer-destinations'));
    expect(listed.map((o: { id: string }) => o.id)).toContain(b.org.id);
    expect(listed.map((o: { id: string }) => o.id)).not.toContain(a.org.id);
    expect(listed.find((o: { id: string }) => o.id === b.org.id).academies.map((x: { name: string }) => x.name)).toEqual(['Northfield', 'Riverside', 'Southgate']);
    expect((await call(a, a.teacher, 'GET', '/safeguarding/transfer-destinations')).statusCode).toBe(403);
  });

  it('refuses a transfer to an organisation that does not exist, or to its own, naming the field, and changes nothing', async () => {
    await recordFor('NF-0001');
    const before = { sent: await sentRows(), received: await receivedRows() };
    const nowhere = await send('NF-0001', { toOrganisationId: crypto.randomUUID() });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().errors).toEqual([expect.objectContaining({ field: 'body.toOrganisationId' })]);
    expect(nowhere.json().detail).toMatch(/not an organisation in Probity/);
    const own = await send('NF-0001', { toOrganisationId: a.org.id, toAcademyId: a.org.academies.southgate });
    expect(own.statusCode).toBe(400);
    expect(own.json().errors).toEqual([expect.objectContaining({ field: 'body.toOrganisationId', rule: 'transfer-to-another-organisation' })]);
    const noAcademy = await send('NF-0001', { toAcademyId: undefined });
    expect(noAcademy.statusCode).toBe(400);
    expect(noAcademy.json().errors).toEqual([expect.objectContaining({ field: 'body.toAcademyId' })]);
    const theirs = await send('NF-0001', { toAcademyId: a.org.academies.northfield });
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().errors).toEqual([expect.objectContaining({ field: 'body.toAcademyId' })]);
    const nobodyThere = await send('NF-0001', { toAcademyId: b.org.academies.riverside });
    expect(nobodyThere.statusCode).toBe(409);
    expect(nobodyThere.json().type).toBe('/rules/no-receiving-lead');
    const unknownLearner = await send('NF-9999');
    expect(unknownLearner.statusCode).toBe(400);
    expect(unknownLearner.json().errors).toEqual([expect.objectContaining({ field: 'body.learnerRef', rule: 'nothing-to-transfer' })]);
    // A teacher holds no file to send, and another academy's DSL none of Northfield's.
    expect((await call(a, a.teacher, 'POST', '/safeguarding/transfers', { learnerRef: 'NF-0001', toOrganisationId: b.org.id, toAcademyId: b.org.academies.northfield })).statusCode).toBe(400);
    expect((await call(a, a.southgateDsl, 'POST', '/safeguarding/transfers', { learnerRef: 'NF-0001', toOrganisationId: b.org.id, toAcademyId: b.org.academies.northfield })).statusCode).toBe(400);
    expect({ sent: await sentRows(), received: await receivedRows() }).toEqual(before);
    expect(await db().select().from(deadlines).where(and(eq(deadlines.organisationId, b.org.id), eq(deadlines.kind, 'safeguarding-file-acceptance')))).toEqual([]);
  });
});

describe('a transfer from sending to acceptance', () => {
  let concernId: string;
  let transferId: string;

  it('sends a copy of the file, tells the receiving DSL and gives them five school days of their academy to accept it', async () => {
    concernId = await recordFor('NF-0042');
    const sent = await ok(await send('nf-0042'), 201);
    transferId = sent.id;
    expect(sent).toMatchObject({ learnerRef: 'NF-0042', state: 'sent', to: { organisationId: b.org.id, academy: 'Northfield' }, sentBy: { id: a.dsl.id, name: 'Test ADsl' }, viewed: null, accepted: null, concerns: 1 });
    expect(new Date(sent.acceptBy)).toEqual(londonInstant('2026-03-12', '17:00'));
    const [deadline] = await db().select().from(deadlines).where(and(eq(deadlines.organisationId, b.org.id), eq(deadlines.recordId, transferId)));
    expect(deadline).toMatchObject({ kind: 'safeguarding-file-acceptance', ownerId: b.dsl.id, academyId: b.org.academies.northfield, metAt: null });
    // The sender's own deadline to hear of it falls due at the same moment.
    const [receipt] = await db().select().from(deadlines).where(and(eq(deadlines.organisationId, a.org.id), eq(deadlines.recordId, transferId)));
    expect(receipt).toMatchObject({ kind: 'safeguarding-file-receipt', ownerId: a.dsl.id, dueAt: londonInstant('2026-03-12', '17:00'), metAt: null });
    const told = await db().select().from(notifications).where(and(eq(notifications.personId, b.dsl.id), eq(notifications.kind, 'safeguarding.transfer')));
    expect(told).toHaveLength(1);
    expect(told[0]!.body).not.toContain(ACCOUNT);
    expect((await audited(transferId, a.org.id)).map((e) => e.action)).toEqual(['safeguarding.transfer_sent']);
    expect((await audited(transferId, b.org.id)).map((e) => e.action)).toContain('safeguarding.transfer_received');
  });

  it('shows the incoming file to the receiving academy’s DSL team only, and nothing of it to anyone else on either side', async () => {
    const incoming = await ok(await call(b, b.dsl, 'GET', '/safeguarding/transfers/received'));
    expect(incoming).toEqual([expect.objectContaining({ id: transferId, state: 'sent', from: { organisation: expect.any(String), academy: 'Northfield' }, file: null, allowed: ['safeguarding.transfer_accept'] })]);
    for (const who of [b.teacher, b.principal, b.admin, b.southgateDsl]) {
      expect(await ok(await call(b, who, 'GET', '/safeguarding/transfers/received'))).toEqual([]);
      expect((await call(b, who, 'GET', `/safeguarding/transfers/received/${transferId}`)).statusCode).toBe(404);
      expect((await call(b, who, 'POST', `/safeguarding/transfers/received/${transferId}/accept`, { learnerRef: 'RV-7' })).statusCode).toBe(404);
    }
    for (const who of [a.teacher, a.principal, a.admin, a.southgateDsl]) {
      expect(await ok(await call(a, who, 'GET', '/safeguarding/transfers/sent'))).toEqual([]);
      expect((await call(a, who, 'GET', `/safeguarding/transfers/sent/${transferId}`)).statusCode).toBe(404);
    }
    // Each side finds nothing of the transfer through the other's side, even its DSL.
    expect((await call(b, b.dsl, 'GET', `/safeguarding/transfers/sent/${transferId}`)).statusCode).toBe(404);
    expect((await call(a, a.dsl, 'GET', `/safeguarding/transfers/received/${transferId}`)).statusCode).toBe(404);
    // Nor any of the sender's records: B's DSL reads no concern of A.
    expect((await call(b, b.dsl, 'GET', `/safeguarding/concerns/${concernId}`)).statusCode).toBe(404);
  });

  it('keeps what was sent: the sender’s later steps do not reach the receiver', async () => {
    await ok(await call(a, a.dsl, 'POST', `/safeguarding/concerns/${concernId}/steps`, { type: 'add_action', description: 'Call the new school', assigneeId: a.dsl.id }));
    const [row] = await receivedRows().then((rows) => rows.filter((r) => r.id === transferId));
    expect(row!.file.concerns[0]!.actions).toEqual([]);
    expect(row!.file.concerns[0]!.account).toBe(ACCOUNT);
  });

  it('marks the file viewed when its DSL first opens it, on both trails, and records every reading', async () => {
    await moveTo('2026-03-03', '09:00');
    const opened = await ok(await call(b, b.dsl, 'GET', `/safeguarding/transfers/received/${transferId}`));
    expect(opened).toMatchObject({ state: 'viewed', viewed: { by: 'Test BDsl' }, localRef: null });
    expect(opened.file.concerns).toEqual([expect.objectContaining({ number: 1, category: 'neglect', account: ACCOUNT, triage: expect.objectContaining({ level: 'pastoral_support' }), marks: [expect.objectContaining({ view: 'front' })] })]);
    expect(opened.file.chronology.map((e: { event: string }) => e.event)).toEqual(['seen', 'record', 'triage']);
    const firstViewedAt = opened.viewed.at;
    await moveTo('2026-03-03', '09:30');
    const again = await ok(await call(b, b.dsl, 'GET', `/safeguarding/transfers/received/${transferId}`));
    expect(again.viewed.at).toBe(firstViewedAt);
    const trail = await ok(await call(a, a.dsl, 'GET', `/safeguarding/transfers/sent/${transferId}`));
    expect(trail).toMatchObject({ state: 'viewed', viewed: { at: firstViewedAt, by: 'Test BDsl' }, accepted: null });
    expect(trail.file.concerns).toHaveLength(1);
    const inB = (await audited(transferId, b.org.id)).map((e) => e.action);
    expect(inB.filter((x) => x === 'safeguarding.transfer_viewed')).toHaveLength(1);
    expect(inB.filter((x) => x === 'safeguarding.transfer_file_read')).toHaveLength(2);
    expect((await audited(transferId, a.org.id)).map((e) => e.action)).toContain('safeguarding.transfer_file_read');
  });

  it('refuses an acceptance without a proper reference, and changes nothing', async () => {
    const before = await receivedRows();
    const refused = await call(b, b.dsl, 'POST', `/safeguarding/transfers/received/${transferId}/accept`, { learnerRef: 'Jamie Smith' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'body.learnerRef', rule: 'learner-reference' })]);
    expect(await receivedRows()).toEqual(before);
  });

  it('accepts the file under a local reference: the deadline is met, the sender sees it and is told, and the learner’s chronology shows it', async () => {
    const accepted = await ok(await call(b, b.dsl, 'POST', `/safeguarding/transfers/received/${transferId}/accept`, { learnerRef: 'rv-7' }));
    expect(accepted).toMatchObject({ state: 'accepted', localRef: 'RV-7', accepted: { by: 'Test BDsl' }, allowed: [] });
    const met = await db().select().from(deadlines).where(eq(deadlines.recordId, transferId));
    expect(met.map((d) => [d.kind, d.metAt !== null]).sort()).toEqual([
      ['safeguarding-file-acceptance', true],
      ['safeguarding-file-receipt', true],
    ]);
    const trail = await ok(await call(a, a.dsl, 'GET', `/safeguarding/transfers/sent/${transferId}`));
    expect(trail).toMatchObject({ state: 'accepted', accepted: { by: 'Test BDsl' }, overdue: false });
    expect(await db().select().from(notifications).where(and(eq(notifications.personId, a.dsl.id), eq(notifications.kind, 'safeguarding.transfer')))).toHaveLength(1);
    const chronology = await ok(await call(b, b.dsl, 'GET', '/safeguarding/chronology?learnerRef=RV-7'));
    expect(chronology).toMatchObject({ learnerRef: 'RV-7', entries: [], transferred: [expect.objectContaining({ transferId, from: expect.objectContaining({ academy: 'Northfield' }) })] });
    expect(chronology.transferred[0].entries.map((e: { note: string | null }) => e.note)).toContain(ACCOUNT);
    expect((await call(b, b.teacher, 'GET', '/safeguarding/chronology?learnerRef=RV-7')).statusCode).toBe(404);
    const again = await call(b, b.dsl, 'POST', `/safeguarding/transfers/received/${transferId}/accept`, { learnerRef: 'RV-7' });
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toBe('/rules/transfer-answered');
    expect((await audited(transferId, b.org.id)).map((e) => e.action)).toEqual(expect.arrayContaining(['safeguarding.transfer_accepted']));
  });
});

describe('the alert when a file is not accepted', () => {
  it('tells the receiving DSL when five school days have passed, not before, and the principal after', async () => {
    await moveTo('2026-03-02', '11:00');
    await recordFor('NF-0100');
    const sent = await ok(await send('NF-0100'), 201);
    // Sent again while the first waits: refused, so that the receiving DSL is not left with two to answer.
    const again = await send('NF-0100');
    expect([again.statusCode, again.json().type]).toEqual([409, '/rules/transfer-waiting']);
    const due = () => db().select().from(notifications).where(and(eq(notifications.kind, 'deadline.due'), eq(notifications.personId, b.dsl.id)));
    const senderTold = () => db().select().from(notifications).where(and(eq(notifications.kind, 'deadline.due'), eq(notifications.personId, a.dsl.id)));
    const senderBefore = (await senderTold()).length;
    const escalated = () => db().select().from(notifications).where(and(eq(notifications.kind, 'deadline.escalation'), eq(notifications.personId, b.principal.id)));
    const before = (await due()).length;
    // Five working days would end on Monday 9 March: the academy is on half-term, so nothing is due yet.
    await checkDeadlines(jobs(), londonInstant('2026-03-09', '17:30'));
    expect(await due()).toHaveLength(before);
    await checkDeadlines(jobs(), londonInstant('2026-03-12', '17:01'));
    expect(await due()).toHaveLength(before + 1);
    expect(await senderTold()).toHaveLength(senderBefore + 1);
    expect((await escalated()).length).toBeGreaterThan(0);
    await moveTo('2026-03-12', '17:02');
    const trail = await ok(await call(a, a.dsl, 'GET', `/safeguarding/transfers/sent/${sent.id}`));
    expect(trail).toMatchObject({ state: 'sent', overdue: true });
  });

  it('declines a file with a reason the sender reads, which answers the deadline', async () => {
    await moveTo('2026-03-13', '09:00');
    await recordFor('NF-0200');
    const sent = await ok(await send('NF-0200'), 201);
    expect((await call(b, b.dsl, 'POST', `/safeguarding/transfers/received/${sent.id}/decline`, { reason: 'short' })).statusCode).toBe(400);
    const declined = await ok(await call(b, b.dsl, 'POST', `/safeguarding/transfers/received/${sent.id}/decline`, { reason: 'This learner has not joined us: their place was withdrawn.' }));
    expect(declined).toMatchObject({ state: 'declined', declined: { by: 'Test BDsl' } });
    const trail = await ok(await call(a, a.dsl, 'GET', `/safeguarding/transfers/sent/${sent.id}`));
    expect(trail.declined).toMatchObject({ reason: 'This learner has not joined us: their place was withdrawn.' });
    const [deadline] = await db().select().from(deadlines).where(and(eq(deadlines.organisationId, b.org.id), eq(deadlines.recordId, sent.id)));
    expect(deadline!.metAt).not.toBeNull();
  });
});
