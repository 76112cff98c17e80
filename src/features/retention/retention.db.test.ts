import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { files } from '../../platform/files/schema.ts';
import { employments } from '../../platform/people/schema.ts';
import { cases } from '../cases/schema.ts';
import { attestationCampaigns, attestations, adoptions, citations, codeVersions, provisions } from '../codes/schema.ts';
import { conductLogEntries } from '../conduct-log/schema.ts';
import { deadlines } from '../deadlines/schema.ts';
import { declarationCampaigns, declarationReturns, declarations } from '../declarations/schema.ts';
import { safeguardingTransfersReceived, safeguardingTransfersSent } from '../safeguarding/schema.ts';
import { cpdActivities, developmentGoals, evidence, selfAssessmentEntries, selfAssessments } from '../self-assessment/schema.ts';
import { concernAttachments, concernMessages, concernReporterAccounts, concernReporters, concernReports } from '../raising-concerns/schema.ts';
import { portfolioEvidence, portfolioSubmissions, programmeCohorts, programmeParticipants, supportRequests } from '../programmes/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, unique, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { recurringJobs } from '../../server/jobs.ts';
import { legalHolds, retentionDeletions, retentionReviews } from './schema.ts';

// The records' retention: listed when their period has run and not before, deleted only when the data
// protection officer confirms, never while a legal hold covers them, leaving a deletion record that says
// nothing of what the record said or whom it was about.

let t: TestApp;
const db = () => t.database.db;
const ACCOUNT = 'Petty cash was taken from the office safe on three Fridays in March.';
const REPORTER = 'Robin Whistleblower';
const FILE_TEXT = 'The dates the safe was opened, in my own notes.';

beforeAll(async () => {
  t = await testApp();
});
afterEach(() => clock.set(null));
afterAll(() => t.close());

interface Place {
  org: TestOrganisation;
  dpo: TestPerson & { session: SignedIn };
  staff: TestPerson;
}

async function place(): Promise<Place> {
  const org = await makeOrganisation(db(), 'employer_trust');
  const dpo = await makePerson(db(), org.id, [{ role: 'data_protection_officer' }], { name: 'Dataofficer' });
  const staff = await makePerson(db(), org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield, name: `Staff${unique()}` });
  return { org, dpo: { ...dpo, session: await signIn(t.app, dpo.email) }, staff };
}

const inOrg = (p: Place, path: string) => `/api/orgs/${p.org.id}${path}`;
const asDpo = (p: Place, method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
  t.app.inject({ method, url: inOrg(p, path), headers: p.dpo.session.headers, ...(payload ? { payload } : {}) });

/** A report closed at the time given, with the reporter's sealed identity, a message and a file in the file store. */
async function closedReport(p: Place, closedAt: Date, namedPersonIds: string[] = []) {
  const [row] = await db()
    .insert(concernReports)
    .values({
      organisationId: p.org.id,
      reference: `R-${unique()}`,
      receiptHash: crypto.randomBytes(16).toString('hex'),
      mode: 'named',
      category: 'malpractice',
      channel: 'web',
      account: ACCOUNT,
      namedPeople: [REPORTER],
      namedPersonIds,
      status: 'closed',
      outcome: 'no_further_action',
      receivedAt: new Date(closedAt.getTime() - 30 * 86_400_000),
      closedAt,
      timeLimits: { acknowledge: { type: 'calendar_days', days: 7 }, feedback: { type: 'months', months: 3 } },
    })
    .returning();
  await db().insert(concernReporters).values({ reportId: row!.id, organisationId: p.org.id, sealed: `sealed ${REPORTER}` });
  await db().insert(concernMessages).values({ reportId: row!.id, organisationId: p.org.id, from: 'reporter', body: 'It happened again on Friday.', at: closedAt });
  const storageKey = crypto.randomUUID();
  await t.app.files.put(storageKey, Buffer.from(FILE_TEXT));
  await db().insert(concernAttachments).values({ reportId: row!.id, organisationId: p.org.id, from: 'reporter', name: 'notes.txt', mediaType: 'text/plain', size: FILE_TEXT.length, sha256: 'x'.repeat(64), storageKey, at: closedAt });
  return { id: row!.id, reference: row!.reference, storageKey };
}

async function conductEntry(p: Place, occurredOn: string) {
  const [row] = await db()
    .insert(conductLogEntries)
    .values({ organisationId: p.org.id, academyId: p.org.academies.northfield, staffId: p.staff.id, recordedBy: p.dpo.id, occurredOn, categories: ['x'], provisions: [], description: 'Raised voice at a colleague.', actionTaken: 'A word.' })
    .returning({ id: conductLogEntries.id });
  return row!.id;
}

async function refresh(p: Place) {
  const r = await asDpo(p, 'POST', '/retention/due/refresh', {});
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{ id: string; recordType: string; recordId: string; heldBy: { id: string; scope: string }[]; allowed: string[] }[]>();
}

const reportExists = async (id: string) => (await db().select({ id: concernReports.id }).from(concernReports).where(eq(concernReports.id, id))).length === 1;
const fileExists = async (key: string) =>
  t.app.files.get(key).then(
    () => true,
    () => false,
  );

describe("listing what is due for the data protection officer", () => {
  it('lists a report once six years have run since it closed, not a moment before, and deletes nothing by itself', async () => {
    // Sessions are counted by the clock too: sign in at the time the test is set.
    const now = new Date('2031-05-10T09:00:00Z');
    clock.set(now);
    const p = await place();
    const due = await closedReport(p, new Date('2025-05-10T09:00:00Z'));
    const notYet = await closedReport(p, new Date('2025-05-10T09:00:01Z'));
    const listed = await refresh(p);
    expect(listed.map((r) => r.recordId)).toEqual([due.id]);
    expect(listed[0]).toMatchObject({ recordType: 'concern-report', heldBy: [], allowed: ['retention.review'] });
    expect(await reportExists(due.id)).toBe(true);

    // The daily job lists the second when its time comes, and deletes neither.
    clock.set(new Date(now.getTime() + 1000));
    const job = recurringJobs(t.config, t.database, t.app.mailer).find((j) => j.name === 'retention-review')!;
    expect(job.cron).toBe('30 2 * * *');
    await job.run();
    const reviews = await db().select({ recordId: retentionReviews.recordId }).from(retentionReviews).where(eq(retentionReviews.organisationId, p.org.id));
    expect(reviews.map((r) => r.recordId).sort()).toEqual([due.id, notYet.id].sort());
    expect((await reportExists(due.id)) && (await reportExists(notYet.id))).toBe(true);
  });

  it('takes a record off the list when it is no longer due, as when the organisation keeps its type longer', async () => {
    clock.set(new Date('2026-02-01T12:00:00Z'));
    const p = await place();
    const entry = await conductEntry(p, '2020-01-15');
    expect((await refresh(p)).map((r) => r.recordId)).toEqual([entry]);

    const shorter = await asDpo(p, 'PUT', '/retention/records/conduct-log-entry', { keptFor: 'P5Y' });
    expect(shorter.statusCode).toBe(400);
    expect(shorter.json().type).toBe('/rules/period-not-shorter');
    const longer = await asDpo(p, 'PUT', '/retention/records/conduct-log-entry', { keptFor: 'P7Y' });
    expect(longer.statusCode, longer.body).toBe(200);
    expect(longer.json().find((r: { type: string }) => r.type === 'conduct-log-entry')).toMatchObject({ defaultKeptFor: 'P6Y', keptFor: 'P7Y' });
    expect(await refresh(p)).toEqual([]);
  });

  it('names every type of record with a period, the event it runs from and its source', async () => {
    const p = await place();
    const r = await asDpo(p, 'GET', '/retention/records');
    expect(r.statusCode).toBe(200);
    const types = r.json<{ type: string; keptFor: string; after: string; source: string }[]>();
    for (const type of ['declaration:gift-or-hospitality', 'declaration:own-kind', 'case:staff_conduct', 'case:allegation', 'case:protected', 'safeguarding-concern', 'conduct-log-entry', 'concern-report', 'safe-working-request']) {
      expect(types.map((x) => x.type), type).toContain(type);
    }
    for (const type of types) {
      expect(type.keptFor, type.type).toMatch(/^P\d+[YD]$/);
      expect(type.source.length, type.type).toBeGreaterThan(40);
    }
    expect(types.find((x) => x.type === 'safeguarding-concern')).toMatchObject({ keptFor: 'P25Y' });
    expect(types.find((x) => x.type === 'safeguarding-concern')!.source).toMatch(/IRMS Information Management Toolkit for Schools \(2019\).*date of birth plus 25 years/);
    expect(types.find((x) => x.type === 'case:staff_conduct')).toMatchObject({ keptFor: 'P6Y', after: expect.stringMatching(/employment/) });
  });
});

describe('confirming a deletion', () => {
  it('deletes the record with its messages, identity and files, and keeps a deletion record with no personal data', async () => {
    startClockAt(new Date('2027-01-01T10:00:00Z'));
    const p = await place();
    const report = await closedReport(p, new Date('2020-01-01T10:00:00Z'), [p.staff.id]);
    const [listed] = await refresh(p);

    const r = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [listed!.id] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ deleted: 1 });
    expect(await reportExists(report.id)).toBe(false);
    expect(await db().select().from(concernReporters).where(eq(concernReporters.reportId, report.id))).toEqual([]);
    expect(await db().select().from(concernMessages).where(eq(concernMessages.reportId, report.id))).toEqual([]);
    expect(await fileExists(report.storageKey)).toBe(false);
    expect(await db().select().from(retentionReviews).where(eq(retentionReviews.id, listed!.id))).toEqual([]);

    const [deletion] = await db().select().from(retentionDeletions).where(eq(retentionDeletions.organisationId, p.org.id));
    expect(deletion).toMatchObject({ recordType: 'concern-report', keptFor: 'P6Y', after: 'the report is closed', files: 1, deletedBy: p.dpo.id });
    const kept = JSON.stringify(deletion);
    for (const secret of [ACCOUNT, REPORTER, report.reference, report.id, p.staff.id, FILE_TEXT, 'notes.txt']) expect(kept).not.toContain(secret);

    const [entry] = await db().select().from(auditEvents).where(and(eq(auditEvents.organisationId, p.org.id), eq(auditEvents.action, 'retention.record_deleted')));
    expect(entry).toMatchObject({ recordType: 'retention_deletion', recordId: deletion!.id, actorId: p.dpo.id });
    const audited = JSON.stringify(entry);
    for (const secret of [ACCOUNT, REPORTER, report.reference, report.id, p.staff.id]) expect(audited).not.toContain(secret);

    const records = await asDpo(p, 'GET', '/retention/deletions');
    expect(records.json()).toEqual([expect.objectContaining({ id: deletion!.id, recordType: 'concern-report', files: 1 })]);
  });

  it('refuses to delete a declaration a kept case was opened from, and changes nothing in the batch', async () => {
    startClockAt(new Date('2027-01-01T10:00:00Z'));
    const p = await place();
    const report = await closedReport(p, new Date('2020-01-01T10:00:00Z'));
    const [declaration] = await db()
      .insert(declarations)
      .values({ organisationId: p.org.id, declarantId: p.staff.id, kind: 'conflict-of-interest', state: 'closed', fields: { interest: 'A family business' }, submittedAt: new Date('2019-06-01T10:00:00Z'), closedAt: new Date('2019-07-01T10:00:00Z'), outcome: 'no_action' })
      .returning({ id: declarations.id });
    await db()
      .insert(cases)
      .values({ organisationId: p.org.id, type: 'staff_conduct', subjectId: p.staff.id, openedFrom: 'declaration', declarationId: declaration!.id, summary: 'A conflict not managed', openedBy: p.dpo.id, openedAt: new Date('2019-07-01T10:00:00Z') });
    const listed = await refresh(p);
    expect(listed.map((r) => r.recordId).sort()).toEqual([report.id, declaration!.id].sort());

    const refused = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: listed.map((r) => r.id) });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().type).toBe('/rules/still-referenced');
    expect(await reportExists(report.id)).toBe(true);
    expect(await fileExists(report.storageKey)).toBe(true);
    expect((await db().select().from(declarations).where(eq(declarations.id, declaration!.id))).length).toBe(1);
    expect(await db().select().from(retentionDeletions).where(eq(retentionDeletions.organisationId, p.org.id))).toEqual([]);
  });

  it('refuses a record no longer there or not in the list as not found, and changes nothing', async () => {
    const p = await place();
    const r = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [crypto.randomUUID()] });
    expect(r.statusCode).toBe(404);
  });
});

describe('legal holds', () => {
  it('a hold on the record, a person it is about or its type refuses the deletion with a reason, changing nothing; once lifted, it goes', async () => {
    startClockAt(new Date('2027-01-01T10:00:00Z'));
    const p = await place();
    const report = await closedReport(p, new Date('2020-01-01T10:00:00Z'), [p.staff.id]);
    const entry = await conductEntry(p, '2020-01-15');
    const listed = await refresh(p);
    const reportReview = listed.find((r) => r.recordId === report.id)!;
    const entryReview = listed.find((r) => r.recordId === entry)!;

    const holds = [
      { scope: 'record', recordType: 'concern-report', recordId: report.id, reason: 'An employment tribunal claim names this report.' },
      { scope: 'person', personId: p.staff.id, reason: 'A subject access request from this person is open.' },
      { scope: 'type', recordType: 'concern-report', reason: 'The regulator asked us to keep every report this year.' },
    ];
    for (const hold of holds) {
      const placed = await asDpo(p, 'POST', '/retention/holds', hold);
      expect(placed.statusCode, placed.body).toBe(201);
      const id = placed.json<{ id: string }>().id;
      const shown = (await asDpo(p, 'GET', '/retention/due')).json<{ id: string; heldBy: { id: string }[]; allowed: string[] }[]>();
      expect(shown.find((r) => r.id === reportReview.id)).toMatchObject({ heldBy: [expect.objectContaining({ id, scope: hold.scope })], allowed: [] });

      const refused = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [entryReview.id, reportReview.id] });
      expect(refused.statusCode, hold.scope).toBe(409);
      expect(refused.json()).toMatchObject({ type: '/rules/legal-hold', detail: expect.stringContaining(hold.reason) });
      // Nothing changed: neither the report nor the entry confirmed with it in the batch.
      expect(await reportExists(report.id)).toBe(true);
      expect(await fileExists(report.storageKey)).toBe(true);
      expect((await db().select().from(conductLogEntries).where(eq(conductLogEntries.id, entry))).length).toBe(1);
      expect(await db().select().from(retentionDeletions).where(eq(retentionDeletions.organisationId, p.org.id))).toEqual([]);

      const lifted = await asDpo(p, 'POST', `/retention/holds/${id}/lift`, { reason: 'The claim was settled and withdrawn.' });
      expect(lifted.statusCode, lifted.body).toBe(200);
      expect(lifted.json()).toMatchObject({ liftedBy: p.dpo.id, liftReason: 'The claim was settled and withdrawn.' });
      expect((await asDpo(p, 'POST', `/retention/holds/${id}/lift`, { reason: 'The claim was settled and withdrawn.' })).json().type).toBe('/rules/hold-already-lifted');
    }
    const audited = await db().select({ action: auditEvents.action, reason: auditEvents.reason }).from(auditEvents).where(and(eq(auditEvents.organisationId, p.org.id), sql`${auditEvents.action} like 'retention.hold_%'`));
    expect(audited.filter((a) => a.action === 'retention.hold_placed').map((a) => a.reason)).toEqual(holds.map((h) => h.reason));
    expect(audited.filter((a) => a.action === 'retention.hold_lifted')).toHaveLength(3);

    const confirmed = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [entryReview.id, reportReview.id] });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ deleted: 2 });
    expect(await reportExists(report.id)).toBe(false);
    expect(await fileExists(report.storageKey)).toBe(false);
  });

  it('refuses a hold without a reason, naming the wrong thing for its scope, or on a record that is not here', async () => {
    const p = await place();
    const bad = await asDpo(p, 'POST', '/retention/holds', { scope: 'record', personId: p.staff.id, reason: 'short' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.personId', 'body.reason', 'body.recordId', 'body.recordType']);
    const missing = await asDpo(p, 'POST', '/retention/holds', { scope: 'record', recordType: 'concern-report', recordId: crypto.randomUUID(), reason: 'A claim names this report.' });
    expect(missing.statusCode).toBe(404);
    const other = await makeOrganisation(db(), 'employer_trust');
    const stranger = await makePerson(db(), other.id, [{ role: 'staff' }]);
    expect((await asDpo(p, 'POST', '/retention/holds', { scope: 'person', personId: stranger.id, reason: 'A claim names this person.' })).statusCode).toBe(404);
    expect(await db().select().from(legalHolds).where(eq(legalHolds.organisationId, p.org.id))).toEqual([]);
  });
});

describe('a report made by name in the reporter’s own export', () => {
  it('includes a report its reporter linked to their account with its receipt code, and no one else’s', async () => {
    const org = await makeOrganisation(db(), 'employer_trust');
    const [{ slug }] = (await db().execute<{ slug: string }>(sql`select slug from organisations where id = ${org.id}`)).rows as [{ slug: string }];
    await makePerson(db(), org.id, [{ role: 'staff' }, { role: 'concerns_handler' }]);
    const reporter = await makePerson(db(), org.id, [{ role: 'staff' }]);
    const someoneElse = await makePerson(db(), org.id, [{ role: 'staff' }]);
    const reporterSession = await signIn(t.app, reporter.email);
    const otherSession = await signIn(t.app, someoneElse.email);
    const make = async (mode: string) => {
      const r = await t.app.inject({ method: 'POST', url: `/api/raising-concerns/${slug}/reports`, payload: { mode, category: 'malpractice', account: ACCOUNT, ...(mode === 'anonymous' ? {} : { identity: { name: REPORTER } }) } });
      expect(r.statusCode, r.body).toBe(201);
      return r.json<{ reference: string; receiptCode: string }>();
    };
    const named = await make('named');
    const anonymous = await make('anonymous');
    const link = (session: SignedIn, receiptCode: string) => t.app.inject({ method: 'POST', url: '/api/me/raised-concerns/link', headers: session.headers, payload: { organisation: slug, receiptCode } });

    const mistyped = await link(reporterSession, `${named.receiptCode.slice(0, -1)}${named.receiptCode.endsWith('A') ? 'B' : 'A'}`);
    expect(mistyped.statusCode).toBe(400);
    expect(mistyped.json().errors).toEqual([expect.objectContaining({ field: 'body.receiptCode', rule: 'receipt-code-shape' })]);
    const linked = await link(reporterSession, named.receiptCode);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toEqual({ reference: named.reference, linked: true });
    expect((await link(reporterSession, anonymous.receiptCode)).json().type).toBe('/rules/anonymous-not-linked');
    expect((await link(reporterSession, named.receiptCode)).json().type).toBe('/rules/already-linked');
    expect((await link(otherSession, named.receiptCode)).json().type).toBe('/rules/linked-to-another-account');
    expect((await t.app.inject({ method: 'POST', url: '/api/me/raised-concerns/link', payload: { organisation: slug, receiptCode: named.receiptCode } })).statusCode).toBe(401);

    // Only a keyed hash of the account is kept beside the report, and the trail does not say who linked it.
    const [row] = await db().select().from(concernReporterAccounts).innerJoin(concernReports, eq(concernReports.id, concernReporterAccounts.reportId)).where(eq(concernReports.reference, named.reference));
    expect(row!.concern_reporter_accounts.accountHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row!.concern_reporter_accounts)).not.toContain(reporter.id);
    const [entry] = await db().select().from(auditEvents).where(and(eq(auditEvents.organisationId, org.id), eq(auditEvents.action, 'report.linked_to_account')));
    expect(entry!.actorId).toBeNull();
    expect(JSON.stringify(entry)).not.toContain(reporter.id);

    const exported = await t.app.inject({ method: 'GET', url: '/api/me/export', headers: reporterSession.headers });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.json().reportsMadeByName).toEqual([expect.objectContaining({ reference: named.reference, mode: 'named', account: ACCOUNT })]);
    const theirs = await t.app.inject({ method: 'GET', url: '/api/me/export', headers: otherSession.headers });
    expect(theirs.json().reportsMadeByName).toEqual([]);
  });
});

describe('development records: self-assessments, CPD, goals', () => {
  const EVIDENCE_TEXT = 'The lesson plan I changed after the observation.';

  /** A self-assessment for `year` against the test standards, one standard rated, with a written and a file evidence. */
  async function selfAssessment(p: Place, year: number) {
    const [version] = await db().select({ id: codeVersions.id }).from(codeVersions).where(and(eq(codeVersions.codeId, 'test-standards'), eq(codeVersions.version, '1')));
    const [provision] = await db().select({ id: provisions.id }).from(provisions).where(eq(provisions.versionId, version!.id)).limit(1);
    const [row] = await db()
      .insert(selfAssessments)
      .values({ organisationId: p.org.id, personId: p.staff.id, versionId: version!.id, year, status: 'submitted', submittedAt: new Date(`${year}-06-01T10:00:00Z`) })
      .returning({ id: selfAssessments.id });
    await db().insert(selfAssessmentEntries).values({ organisationId: p.org.id, assessmentId: row!.id, provisionId: provision!.id, rating: 3, reflection: 'I plan lessons with care.' });
    const storageKey = crypto.randomUUID();
    await t.app.files.put(storageKey, Buffer.from(EVIDENCE_TEXT));
    const [file] = await db()
      .insert(files)
      .values({ organisationId: p.org.id, ownerId: p.staff.id, name: 'lesson-plan.txt', mediaType: 'text/plain', size: EVIDENCE_TEXT.length, sha256: 'x'.repeat(64), storageKey })
      .returning({ id: files.id });
    await db().insert(evidence).values([
      { organisationId: p.org.id, personId: p.staff.id, assessmentId: row!.id, provisionId: provision!.id, kind: 'file', fileId: file!.id },
      { organisationId: p.org.id, personId: p.staff.id, assessmentId: row!.id, provisionId: provision!.id, kind: 'text', text: EVIDENCE_TEXT },
    ]);
    await db().insert(citations).values({ organisationId: p.org.id, provisionId: provision!.id, recordType: 'self_assessment', recordId: row!.id });
    return { id: row!.id, fileId: file!.id, storageKey };
  }

  const assessmentExists = async (id: string) => (await db().select({ id: selfAssessments.id }).from(selfAssessments).where(eq(selfAssessments.id, id))).length === 1;

  it('lists a self-assessment five years after the end of the year it assesses, not a moment before', async () => {
    startClockAt(new Date('2030-12-31T23:59:00Z'));
    const p = await place();
    const due = await selfAssessment(p, 2025);
    const later = await selfAssessment(p, 2026);
    expect((await refresh(p)).filter((r) => r.recordType === 'self-assessment')).toEqual([]);

    startClockAt(new Date('2031-01-01T00:00:30Z'));
    p.dpo.session = await signIn(t.app, p.dpo.email);
    const listed = (await refresh(p)).filter((r) => r.recordType === 'self-assessment');
    expect(listed.map((r) => r.recordId)).toEqual([due.id]);
    const shown = (await asDpo(p, 'GET', '/retention/due')).json<{ recordId: string; record: string; eventAt: string }[]>().find((r) => r.recordId === due.id);
    expect(shown).toMatchObject({ record: expect.stringMatching(/^self-assessments/), eventAt: '2026-01-01T00:00:00.000Z' });
    expect((await assessmentExists(due.id)) && (await assessmentExists(later.id))).toBe(true);
  });

  it('deletes a confirmed self-assessment with its ratings, evidence and files; a hold on the person stops it until lifted', async () => {
    startClockAt(new Date('2032-03-01T10:00:00Z'));
    const p = await place();
    const made = await selfAssessment(p, 2025);
    const review = (await refresh(p)).find((r) => r.recordId === made.id)!;
    expect(review).toMatchObject({ recordType: 'self-assessment', heldBy: [] });

    const hold = await asDpo(p, 'POST', '/retention/holds', { scope: 'person', personId: p.staff.id, reason: 'A grievance this person raised is still open.' });
    expect(hold.statusCode, hold.body).toBe(201);
    const refused = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [review.id] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().type).toBe('/rules/legal-hold');
    expect(await assessmentExists(made.id)).toBe(true);
    expect(await fileExists(made.storageKey)).toBe(true);
    expect(await db().select().from(evidence).where(eq(evidence.assessmentId, made.id))).toHaveLength(2);

    const lifted = await asDpo(p, 'POST', `/retention/holds/${hold.json<{ id: string }>().id}/lift`, { reason: 'The grievance was resolved in June.' });
    expect(lifted.statusCode, lifted.body).toBe(200);
    const confirmed = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [review.id] });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await assessmentExists(made.id)).toBe(false);
    expect(await db().select().from(selfAssessmentEntries).where(eq(selfAssessmentEntries.assessmentId, made.id))).toEqual([]);
    expect(await db().select().from(evidence).where(eq(evidence.assessmentId, made.id))).toEqual([]);
    expect(await db().select().from(files).where(eq(files.id, made.fileId))).toEqual([]);
    expect(await fileExists(made.storageKey)).toBe(false);
    expect(await db().select().from(citations).where(eq(citations.recordId, made.id))).toEqual([]);
    const [deletion] = await db().select().from(retentionDeletions).where(eq(retentionDeletions.organisationId, p.org.id));
    expect(deletion).toMatchObject({ recordType: 'self-assessment', keptFor: 'P5Y', files: 1 });
    expect(JSON.stringify(deletion)).not.toContain(EVIDENCE_TEXT);
  });

  it('keeps CPD and goals while the person is employed here, and lists them six years after they leave', async () => {
    startClockAt(new Date('2030-06-01T10:00:00Z'));
    const p = await place();
    const [activity] = await db()
      .insert(cpdActivities)
      .values({ organisationId: p.org.id, personId: p.staff.id, kind: 'course', title: 'Safeguarding refresher', happenedOn: '2020-03-01', minutes: 90 })
      .returning({ id: cpdActivities.id });
    const [goal] = await db()
      .insert(developmentGoals)
      .values({ organisationId: p.org.id, personId: p.staff.id, title: 'Lead a department', successMeasure: 'Appointed', targetDate: '2021-07-31', activityIds: [activity!.id] })
      .returning({ id: developmentGoals.id });
    const ofDevelopment = async () => (await refresh(p)).filter((r) => r.recordType === 'cpd-activity' || r.recordType === 'development-goal');
    // Still employed here: nothing is due, however old.
    expect(await ofDevelopment()).toEqual([]);

    await db().update(employments).set({ endedOn: '2024-06-02' }).where(and(eq(employments.organisationId, p.org.id), eq(employments.personId, p.staff.id)));
    expect(await ofDevelopment()).toEqual([]);
    await db().update(employments).set({ endedOn: '2024-06-01' }).where(and(eq(employments.organisationId, p.org.id), eq(employments.personId, p.staff.id)));
    const listed = await ofDevelopment();
    expect(listed.map((r) => r.recordId).sort()).toEqual([activity!.id, goal!.id].sort());

    const confirmed = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [listed.find((r) => r.recordType === 'cpd-activity')!.id] });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await db().select().from(cpdActivities).where(eq(cpdActivities.id, activity!.id))).toEqual([]);
    // The goal it counted towards no longer names it.
    const [after] = await db().select({ activityIds: developmentGoals.activityIds }).from(developmentGoals).where(eq(developmentGoals.id, goal!.id));
    expect(after!.activityIds).toEqual([]);
  });
});

describe('attestations and deadlines', () => {
  it('keeps a confirmation of reading a code while the person is employed, and lists it six years after they leave', async () => {
    startClockAt(new Date('2031-01-10T10:00:00Z'));
    const p = await place();
    const [version] = await db().select({ id: codeVersions.id }).from(codeVersions).where(and(eq(codeVersions.codeId, 'test-standards'), eq(codeVersions.version, '1')));
    const [adoption] = await db().insert(adoptions).values({ organisationId: p.org.id, versionId: version!.id, adoptedFrom: '2020-01-01' }).returning({ id: adoptions.id });
    const [campaign] = await db().insert(attestationCampaigns).values({ organisationId: p.org.id, adoptionId: adoption!.id, versionId: version!.id, title: 'Read the standards', dueOn: '2020-02-01' }).returning({ id: attestationCampaigns.id });
    const [attestation] = await db()
      .insert(attestations)
      .values({ organisationId: p.org.id, campaignId: campaign!.id, personId: p.staff.id, versionId: version!.id, contentHash: 'x'.repeat(64), statement: 'I have read it.', attestedAt: new Date('2020-01-20T10:00:00Z') })
      .returning({ id: attestations.id });
    const ofAttestations = async () => (await refresh(p)).filter((r) => r.recordType === 'attestation').map((r) => r.recordId);
    expect(await ofAttestations()).toEqual([]);
    await db().update(employments).set({ endedOn: '2025-01-09' }).where(and(eq(employments.organisationId, p.org.id), eq(employments.personId, p.staff.id)));
    expect(await ofAttestations()).toEqual([attestation!.id]);
  });

  it('lists a met deadline only once the record it belongs to has gone, and one on no record six years after it was met', async () => {
    startClockAt(new Date('2031-01-10T10:00:00Z'));
    const p = await place();
    const report = await closedReport(p, new Date('2020-01-01T10:00:00Z'));
    const deadline = (recordType: string | null, recordId: string | null, metAt: Date) => ({
      organisationId: p.org.id,
      kind: 'test',
      title: 'A time limit',
      recordType,
      recordId,
      rule: { type: 'calendar_days' as const, days: 7 },
      schedule: { remindBefore: [], atDue: false, escalateAfter: null, escalateTo: null, urgent: false },
      startsAt: new Date(metAt.getTime() - 7 * 86_400_000),
      dueAt: metAt,
      dueSoonAt: metAt,
      allDay: false,
      ownerId: p.staff.id,
      metAt,
      checkedAt: metAt,
    });
    const long = new Date('2024-01-01T10:00:00Z');
    const rows = await db()
      .insert(deadlines)
      .values([deadline('concern_report', report.id, long), deadline(null, null, long), deadline(null, null, new Date('2025-02-01T10:00:00Z')), deadline('programme_support_appeal', crypto.randomUUID(), long)])
      .returning({ id: deadlines.id });
    const [ofReport, alone, recent, ofUnscheduled] = rows.map((r) => r.id);
    const ofDeadlines = async () => (await refresh(p)).filter((r) => r.recordType === 'deadline').map((r) => r.recordId);
    expect(await ofDeadlines()).toEqual([alone]);

    const review = (await refresh(p)).find((r) => r.recordId === report.id)!;
    expect((await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [review.id] })).statusCode).toBe(200);
    expect((await ofDeadlines()).sort()).toEqual([alone, ofReport].sort());
    // Met recently, or carried by a kind of record the schedule does not know yet: still not listed.
    expect(await ofDeadlines()).not.toContain(recent);
    expect(await ofDeadlines()).not.toContain(ofUnscheduled);
  });
});

describe('re-declarations and safeguarding transfers', () => {
  it('lists a re-declaration six years after its last return, and deletes it with everyone’s returns', async () => {
    startClockAt(new Date('2030-10-04T10:00:00Z'));
    const p = await place();
    const [campaign] = await db().insert(declarationCampaigns).values({ organisationId: p.org.id, year: 2024, dueOn: '2024-09-30' }).returning({ id: declarationCampaigns.id });
    await db().insert(declarationReturns).values({ campaignId: campaign!.id, organisationId: p.org.id, personId: p.staff.id, kind: 'nil', declarationIds: [], madeAt: new Date('2024-10-05T09:00:00Z') });
    const ofCampaigns = async () => (await refresh(p)).filter((r) => r.recordType === 'declaration-campaign');
    expect(await ofCampaigns()).toEqual([]);

    startClockAt(new Date('2030-10-05T10:00:00Z'));
    p.dpo.session = await signIn(t.app, p.dpo.email);
    const [review] = await ofCampaigns();
    expect(review).toMatchObject({ recordId: campaign!.id });
    const confirmed = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [review!.id] });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await db().select().from(declarationCampaigns).where(eq(declarationCampaigns.id, campaign!.id))).toEqual([]);
    expect(await db().select().from(declarationReturns).where(eq(declarationReturns.campaignId, campaign!.id))).toEqual([]);
  });

  it('keeps a transferred child protection file on each side 25 years after it was accepted, and one not yet accepted for good', async () => {
    startClockAt(new Date('2026-01-02T10:00:00Z'));
    const sender = await place();
    const receiver = await place();
    const file = { learnerRef: 'L-1', takenAt: '2000-01-01T00:00:00Z', concerns: [], chronology: [] };
    const transfer = (id: string, acceptedAt: Date | null) => ({ id, learnerRef: 'L-1', file, state: acceptedAt ? ('accepted' as const) : ('sent' as const), sentAt: new Date('1999-12-01T10:00:00Z'), acceptBy: new Date('1999-12-31T10:00:00Z'), acceptedAt });
    const [old, open] = [crypto.randomUUID(), crypto.randomUUID()];
    for (const [id, acceptedAt] of [[old, new Date('2001-01-01T10:00:00Z')], [open, null]] as const) {
      await db().insert(safeguardingTransfersSent).values({ ...transfer(id, acceptedAt), organisationId: sender.org.id, academyId: sender.org.academies.northfield, toOrganisationId: receiver.org.id, toAcademyId: receiver.org.academies.northfield, toOrganisationName: 'Receiver', toAcademyName: 'Northfield', sentBy: sender.dpo.id, acceptedBy: acceptedAt ? 'A Receiver' : null });
      await db().insert(safeguardingTransfersReceived).values({ ...transfer(id, acceptedAt), organisationId: receiver.org.id, academyId: receiver.org.academies.northfield, fromOrganisationId: sender.org.id, fromOrganisationName: 'Sender', fromAcademyName: 'Northfield', sentBy: 'A Sender', acceptedBy: acceptedAt ? receiver.staff.id : null, localRef: acceptedAt ? 'R-1' : null });
    }
    const sent = (await refresh(sender)).filter((r) => r.recordType === 'safeguarding-transfer-sent');
    const received = (await refresh(receiver)).filter((r) => r.recordType === 'safeguarding-transfer-received');
    expect(sent.map((r) => r.recordId)).toEqual([old]);
    expect(received.map((r) => r.recordId)).toEqual([old]);

    // A hold on the person who accepted it stops the receiving side's deletion.
    const hold = await asDpo(receiver, 'POST', '/retention/holds', { scope: 'person', personId: receiver.staff.id, reason: 'A review of this learner’s care names the person who accepted it.' });
    expect(hold.statusCode, hold.body).toBe(201);
    expect((await asDpo(receiver, 'POST', '/retention/due/confirm', { reviewIds: [received[0]!.id] })).json().type).toBe('/rules/legal-hold');
    expect((await asDpo(sender, 'POST', '/retention/due/confirm', { reviewIds: [sent[0]!.id] })).statusCode).toBe(200);
    expect(await db().select({ id: safeguardingTransfersSent.id }).from(safeguardingTransfersSent).where(eq(safeguardingTransfersSent.organisationId, sender.org.id))).toEqual([{ id: open }]);
    expect(await db().select({ id: safeguardingTransfersReceived.id }).from(safeguardingTransfersReceived).where(eq(safeguardingTransfersReceived.organisationId, receiver.org.id))).toHaveLength(2);
  });
});

describe('programme participants', () => {
  const PORTFOLIO_TEXT = 'My reflective log of the first term.';
  it('lists a participant six years after their programme ended, and deletes it with its portfolio, locked copies, support and evidence files', async () => {
    startClockAt(new Date('2033-06-01T10:00:00Z'));
    const p = await place();
    const [cohort] = await db()
      .insert(programmeCohorts)
      .values({ organisationId: p.org.id, programme: 'qtls', startsOn: '2026-09-01', blindSecret: 'secret', createdBy: p.dpo.id, createdAt: new Date('2026-06-01T10:00:00Z') })
      .returning({ id: programmeCohorts.id });
    const participant = async (closedAt: Date | null) =>
      (
        await db()
          .insert(programmeParticipants)
          .values({ organisationId: p.org.id, cohortId: cohort!.id, programme: 'qtls', personId: p.staff.id, state: closedAt ? 'awarded' : 'in_progress', answers: {}, record: {} as never, registeredAt: new Date('2026-07-01T10:00:00Z'), closedAt })
          .returning({ id: programmeParticipants.id })
      )[0]!.id;
    const ended = await participant(new Date('2027-05-31T10:00:00Z'));
    const recent = await participant(new Date('2027-06-02T10:00:00Z'));
    const open = await participant(null);
    const storageKey = crypto.randomUUID();
    await t.app.files.put(storageKey, Buffer.from(PORTFOLIO_TEXT));
    const [file] = await db()
      .insert(files)
      .values({ organisationId: p.org.id, ownerId: p.staff.id, name: 'reflective-log.txt', mediaType: 'text/plain', size: PORTFOLIO_TEXT.length, sha256: 'x'.repeat(64), storageKey })
      .returning({ id: files.id });
    await db().insert(portfolioEvidence).values({ organisationId: p.org.id, participantId: ended, section: 'knowledge', fileId: file!.id, addedAt: new Date('2027-01-10T10:00:00Z') });
    await db()
      .insert(portfolioSubmissions)
      .values({ organisationId: p.org.id, participantId: ended, attempt: 1, content: { knowledge: PORTFOLIO_TEXT }, contentHash: 'y'.repeat(64), evidence: [{ section: 'knowledge', fileId: file!.id, name: 'reflective-log.txt', mediaType: 'text/plain', size: PORTFOLIO_TEXT.length, sha256: 'x'.repeat(64) }], lockedAt: new Date('2027-03-01T10:00:00Z') });
    await db().insert(supportRequests).values({ organisationId: p.org.id, participantId: ended, channel: 'portfolio', question: 'Which standards does the knowledge section cover?', askedAt: new Date('2027-02-01T10:00:00Z') });

    const listed = (await refresh(p)).filter((r) => r.recordType === 'programme-participant');
    expect(listed.map((r) => r.recordId)).toEqual([ended]);
    const confirmed = await asDpo(p, 'POST', '/retention/due/confirm', { reviewIds: [listed[0]!.id] });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const left = await db().select({ id: programmeParticipants.id }).from(programmeParticipants).where(eq(programmeParticipants.cohortId, cohort!.id));
    expect(left.map((r) => r.id).sort()).toEqual([recent, open].sort());
    expect(await db().select().from(portfolioSubmissions).where(eq(portfolioSubmissions.participantId, ended))).toEqual([]);
    expect(await db().select().from(supportRequests).where(eq(supportRequests.participantId, ended))).toEqual([]);
    expect(await db().select().from(files).where(eq(files.id, file!.id))).toEqual([]);
    expect(await fileExists(storageKey)).toBe(false);
    const [deletion] = await db().select().from(retentionDeletions).where(eq(retentionDeletions.organisationId, p.org.id));
    expect(deletion).toMatchObject({ recordType: 'programme-participant', keptFor: 'P6Y', files: 1 });
    expect(JSON.stringify(deletion)).not.toContain(PORTFOLIO_TEXT);
  });
});
