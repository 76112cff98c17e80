import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { clock } from '../../platform/clock.ts';
import { files } from '../../platform/files/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { portfolioSubmissions, programmeParticipants } from './schema.ts';

// Evidence under a portfolio's sections and a QTLS participant's development record, through the API on days
// the tests chose: attached through the file store's content checks, refused when disguised, someone else's
// or after submission; locked with the submission by digest together with the development record as it stood;
// downloaded by the reviewer allocated, audited.

let t: TestApp;
beforeAll(async () => {
  startClockAt(new Date('2027-01-04T10:00:00Z'));
  t = await testApp();
});
beforeEach(() => {
  startClockAt(new Date('2027-01-04T10:00:00Z'));
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

const db = () => t.database.db;
const QTLS_ANSWERS = { member: true, teachingQualification: true, englishAndMaths: true, teachingInSector: true, supporterIdentified: true };
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

interface Person extends TestPerson {
  session: SignedIn;
}
interface Body {
  org: TestOrganisation;
  admin: Person;
  team: Person;
  member: Person;
  other: Person;
  supporter: Person;
  reviewer: Person;
  moderator: Person;
}

async function person(org: TestOrganisation, roles: Parameters<typeof makePerson>[2], name: string): Promise<Person> {
  const made = await makePerson(db(), org.id, roles, { name, member: roles.some((r) => r.role === 'member') });
  return { ...made, session: await signIn(t.app, made.email) };
}

async function body(): Promise<Body> {
  const org = await makeOrganisation(db(), 'professional_body');
  const x = {
    org,
    admin: await person(org, [{ role: 'organisation_admin' }], 'Admin'),
    team: await person(org, [{ role: 'professional_status_team' }], 'Team'),
    member: await person(org, [{ role: 'member' }], 'Member'),
    other: await person(org, [{ role: 'member' }], 'Other'),
    supporter: await person(org, [{ role: 'supporter' }], 'Supporter'),
    reviewer: await person(org, [{ role: 'reviewer' }], 'Reviewer'),
    moderator: await person(org, [{ role: 'moderator' }], 'Moderator'),
  };
  await ok(await call(x, x.admin, 'POST', '/adoptions', { codeId: 'test-standards', version: '1', adoptedFrom: '2020-01-01', material: false }), 201);
  return x;
}

function call(x: Body, who: Person, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object) {
  return t.app.inject({ method, url: `/api/orgs/${x.org.id}${path}`, headers: method === 'GET' ? { cookie: who.session.cookie } : who.session.headers, ...(payload ? { payload } : {}) });
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

const upload = (x: Body, who: Person, name: string, bytes: Uint8Array) =>
  t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/files?name=${encodeURIComponent(name)}`, headers: { ...who.session.headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from(bytes) });

async function moveTo(x: Body, at: string) {
  startClockAt(new Date(at));
  for (const who of [x.admin, x.team, x.member, x.other, x.supporter, x.reviewer, x.moderator]) who.session = await signIn(t.app, who.email);
}

const stepOf = (x: Body, who: Person, id: string, step: object) => call(x, who, 'POST', `/participants/${id}/steps`, step);

/** A member on a QTLS cohort starting 2027-02-01, writing their portfolio from the next day. */
async function writing(x: Body, programme: 'qtls' | 'ats' = 'qtls') {
  const cohort = await ok(await call(x, x.team, 'POST', `/programmes/${programme}/cohorts`, { startsOn: '2027-02-01' }), 201);
  const answers = programme === 'qtls' ? QTLS_ANSWERS : Object.fromEntries(Object.keys(QTLS_ANSWERS).map((k) => [k, true]));
  const registered = await call(x, x.member, 'POST', `/programmes/${programme}/registrations`, { cohortId: cohort.id, answers, acceptTerms: true });
  const id = (await ok(registered, 201)).id as string;
  await ok(await stepOf(x, x.member, id, { type: 'arrange_support', personId: x.supporter.id }));
  await moveTo(x, '2027-02-02T09:00:00Z');
  await ok(await stepOf(x, x.member, id, { type: 'begin' }));
  for (const section of ['values', 'knowledge', 'skills']) await ok(await call(x, x.member, 'PUT', `/participants/${id}/portfolio/${section}`, { text: `My evidence for ${section}.` }));
  return id;
}

/** The member's self-assessment for a year, every standard rated with a reflection, and submitted. */
async function selfAssessed(x: Body, year: number) {
  const draft = await ok(await call(x, x.member, 'POST', '/self-assessments', { year }), 201);
  for (const [i, s] of (draft.standards as { id: string }[]).entries()) {
    await ok(await call(x, x.member, 'PUT', `/self-assessments/${draft.id}/standards/${s.id}`, { rating: (i % 4) + 1, reflection: `Reflection ${year} ${i}` }));
  }
  await ok(await call(x, x.member, 'POST', `/self-assessments/${draft.id}/submit`));
  return draft.id as string;
}

/** JSON with keys sorted at every level, as the locked copy's digest is taken. */
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));

const cpd = (x: Body, title: string, happenedOn: string, minutes: number) => call(x, x.member, 'POST', '/development/cpd', { kind: 'course', title, happenedOn, minutes });

describe('evidence under a section', () => {
  it('attaches a file the participant uploaded under a section, and removes it while the portfolio is open', async () => {
    const x = await body();
    const id = await writing(x);
    const file = await ok(await upload(x, x.member, 'observation.pdf', PDF), 201);
    const attached = await ok(await call(x, x.member, 'POST', `/participants/${id}/portfolio/skills/evidence`, { fileId: file.id }), 201);
    const skills = attached.sections.find((s: { key: string }) => s.key === 'skills');
    expect(skills.evidence).toMatchObject([{ fileId: file.id, name: 'observation.pdf', mediaType: 'application/pdf', sha256: crypto.createHash('sha256').update(PDF).digest('hex') }]);
    expect(attached.allowed).toEqual(['programme.participate']);
    // The supporter follows the portfolio and sees its evidence; the team does not before submission (001 §6.1.5).
    expect((await ok(await call(x, x.supporter, 'GET', `/participants/${id}/evidence`))).sections.find((s: { key: string }) => s.key === 'skills').evidence).toHaveLength(1);
    const team = await ok(await call(x, x.team, 'GET', `/participants/${id}/evidence`));
    expect(team.sections.flatMap((s: { evidence: unknown[] }) => s.evidence)).toEqual([]);
    expect(team.closed).toMatch(/once it is submitted/);
    expect((await call(x, x.team, 'GET', `/participants/${id}/evidence/files/${file.id}`)).statusCode).toBe(404);

    expect((await call(x, x.member, 'POST', `/participants/${id}/portfolio/skills/evidence`, { fileId: file.id })).statusCode).toBe(400);
    const removed = await ok(await call(x, x.member, 'DELETE', `/participants/${id}/evidence/${skills.evidence[0].id}`));
    expect(removed.sections.flatMap((s: { evidence: unknown[] }) => s.evidence)).toEqual([]);
    const actions = await db().select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.organisationId, x.org.id), eq(auditEvents.recordId, id)));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['programme.evidence_attached', 'programme.evidence_removed']));
  });

  it('refuses a disguised file, someone else’s file and a section the portfolio does not have, with nothing attached', async () => {
    const x = await body();
    const id = await writing(x);
    // The file store's own check: a name that says PDF over content that is text.
    const disguised = await upload(x, x.member, 'certificate.pdf', new TextEncoder().encode('not a PDF at all'));
    expect(disguised.statusCode).toBe(400);
    expect(disguised.body).toMatch(/content is TXT/);
    // A stored file whose record says PDF over content that is not is refused again when attached.
    const text = await ok(await upload(x, x.member, 'notes.txt', new TextEncoder().encode('My notes on the observation.')), 201);
    await db().update(files).set({ mediaType: 'application/pdf', name: 'notes.pdf' }).where(eq(files.id, text.id));
    const refusedDisguise = await call(x, x.member, 'POST', `/participants/${id}/portfolio/skills/evidence`, { fileId: text.id });
    expect(refusedDisguise.statusCode, refusedDisguise.body).toBe(400);
    expect(refusedDisguise.json().errors[0]).toMatchObject({ field: 'body.fileId', reason: expect.stringMatching(/content does not match/) });

    const theirs = await ok(await upload(x, x.other, 'theirs.pdf', PDF), 201);
    const refusedTheirs = await call(x, x.member, 'POST', `/participants/${id}/portfolio/skills/evidence`, { fileId: theirs.id });
    expect(refusedTheirs.json().errors[0]).toMatchObject({ field: 'body.fileId', reason: 'is not a file you uploaded' });
    const mine = await ok(await upload(x, x.member, 'mine.pdf', PDF), 201);
    expect((await call(x, x.member, 'POST', `/participants/${id}/portfolio/elsewhere/evidence`, { fileId: mine.id })).statusCode).toBe(400);
    // Nobody but the participant attaches to their portfolio: the supporter reads it, but may not.
    expect((await call(x, x.supporter, 'POST', `/participants/${id}/portfolio/skills/evidence`, { fileId: mine.id })).statusCode).toBe(403);
    expect((await call(x, x.other, 'POST', `/participants/${id}/portfolio/skills/evidence`, { fileId: mine.id })).statusCode).toBe(404);
    const view = await ok(await call(x, x.member, 'GET', `/participants/${id}/evidence`));
    expect(view.sections.flatMap((s: { evidence: unknown[] }) => s.evidence)).toEqual([]);
  });
});

describe('the locked copy', () => {
  it('locks the evidence by its digests with the development record as it stood, and changes neither after', async () => {
    const x = await body();
    // Last year's self-assessment, then this year's: the latest submitted is the one used.
    await selfAssessed(x, 2026);
    await selfAssessed(x, 2027);
    const id = await writing(x);
    await ok(await cpd(x, 'Before the programme', '2027-01-20', 60), 201);
    await ok(await cpd(x, 'Observation workshop', '2027-02-02', 90), 201);
    const live = await ok(await call(x, x.member, 'GET', `/participants/${id}/evidence`));
    expect(live.usesDevelopmentRecord).toBe(true);
    expect(live.developmentRecord.selfAssessment).toMatchObject({ year: 2027, code: { version: '1' } });
    expect(live.developmentRecord.selfAssessment.standards[0]).toMatchObject({ number: '1', rating: 1, reflection: 'Reflection 2027 0' });
    expect(live.developmentRecord.cpd).toMatchObject({ from: '2027-02-01', to: '2027-08-01', totalMinutes: 90, activities: [{ title: 'Observation workshop' }] });
    // The live record is the participant's own: those who follow the portfolio see what a submission locked.
    expect((await ok(await call(x, x.supporter, 'GET', `/participants/${id}/evidence`))).developmentRecord).toBeNull();

    const file = await ok(await upload(x, x.member, 'plan.pdf', PDF), 201);
    await ok(await call(x, x.member, 'POST', `/participants/${id}/portfolio/values/evidence`, { fileId: file.id }), 201);
    const submitted = await ok(await stepOf(x, x.member, id, { type: 'submit' }));
    const [copy] = await db().select().from(portfolioSubmissions).where(eq(portfolioSubmissions.participantId, id));
    expect(copy!.evidence).toEqual([{ section: 'values', fileId: file.id, name: 'plan.pdf', mediaType: 'application/pdf', size: PDF.length, sha256: crypto.createHash('sha256').update(PDF).digest('hex') }]);
    expect(copy!.developmentRecord).toMatchObject({ selfAssessment: { year: 2027 }, cpd: { totalMinutes: 90 } });
    // The digest covers the sections, the evidence's own digests and the development record.
    const digest = crypto.createHash('sha256').update(sortedJson({ sections: copy!.content, evidence: copy!.evidence, developmentRecord: copy!.developmentRecord })).digest('hex');
    expect(copy!.contentHash).toBe(digest);
    expect(submitted.lockedCopies[0].contentHash).toBe(digest);

    // Locked: nothing attached or removed, and CPD added since does not change what was locked.
    const more = await ok(await upload(x, x.member, 'later.pdf', PDF), 201);
    const late = await call(x, x.member, 'POST', `/participants/${id}/portfolio/values/evidence`, { fileId: more.id });
    expect(late.statusCode).toBe(409);
    expect(late.json().errors[0].rule).toBe('portfolio-locked');
    const view = await ok(await call(x, x.member, 'GET', `/participants/${id}/evidence`));
    const locked = await call(x, x.member, 'DELETE', `/participants/${id}/evidence/${view.sections[0].evidence[0].id}`);
    expect(locked.statusCode).toBe(409);
    await ok(await cpd(x, 'After submitting', '2027-02-02', 30), 201);
    const after = await ok(await call(x, x.member, 'GET', `/participants/${id}/evidence`));
    expect(after.lockedCopies[0].developmentRecord.cpd.totalMinutes).toBe(90);
    expect(after.developmentRecord.cpd.totalMinutes).toBe(120);
    expect(after.allowed).toEqual([]);
  });

  it('lets the reviewer allocated see the locked copy and download its evidence, audited as a read', async () => {
    const x = await body();
    const id = await writing(x);
    const file = await ok(await upload(x, x.member, 'plan.pdf', PDF), 201);
    await ok(await call(x, x.member, 'POST', `/participants/${id}/portfolio/knowledge/evidence`, { fileId: file.id }), 201);
    await ok(await stepOf(x, x.member, id, { type: 'submit' }));
    // Not yet allocated: the reviewer may not read the participant at all.
    expect((await call(x, x.reviewer, 'GET', `/participants/${id}/evidence/files/${file.id}`)).statusCode).toBe(404);
    await ok(await stepOf(x, x.team, id, { type: 'allocate_reviewer', reviewerId: x.reviewer.id }));
    const seen = await ok(await call(x, x.reviewer, 'GET', `/participants/${id}/evidence`));
    expect(seen.developmentRecord).toBeNull();
    expect(seen.lockedCopies[0].evidence).toMatchObject([{ section: 'knowledge', fileId: file.id }]);
    expect(seen.lockedCopies[0].developmentRecord).toMatchObject({ selfAssessment: null, cpd: { from: '2027-02-01', activities: [] } });
    const downloaded = await call(x, x.reviewer, 'GET', `/participants/${id}/evidence/files/${file.id}`);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(new Uint8Array(downloaded.rawPayload)).toEqual(PDF);
    const [read] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, x.org.id), eq(auditEvents.action, 'programme.evidence_downloaded'), eq(auditEvents.actorId, x.reviewer.id)));
    expect(read).toMatchObject({ recordId: id, details: { fileId: file.id, as: 'reviewer' } });
    const viewed = await db().select().from(auditEvents).where(and(eq(auditEvents.organisationId, x.org.id), eq(auditEvents.action, 'programme.viewed'), eq(auditEvents.actorId, x.reviewer.id)));
    expect(viewed.map((v) => v.details)).toContainEqual({ as: 'reviewer', evidence: true });
    // A file that is not part of this portfolio is not downloaded through it.
    const stray = await ok(await upload(x, x.member, 'stray.pdf', PDF), 201);
    expect((await call(x, x.reviewer, 'GET', `/participants/${id}/evidence/files/${stray.id}`)).statusCode).toBe(404);
    // Under blind review the reviewer reads no file's own name, which may name its author; the team still does.
    expect(seen.lockedCopies[0].evidence[0].name).toBe('plan.pdf');
    await ok(await call(x, x.team, 'PUT', '/programmes/qtls/settings', { blindReview: true }));
    const blind = await ok(await call(x, x.reviewer, 'GET', `/participants/${id}/evidence`));
    expect(blind.lockedCopies[0].evidence).toMatchObject([{ section: 'knowledge', fileId: file.id, name: 'knowledge-evidence-1.pdf' }]);
    expect((await call(x, x.reviewer, 'GET', `/participants/${id}/evidence/files/${file.id}`)).headers['content-disposition']).toBe('attachment; filename="evidence.pdf"');
    expect((await ok(await call(x, x.team, 'GET', `/participants/${id}/evidence`))).lockedCopies[0].evidence[0].name).toBe('plan.pdf');
  });

  it('opens the evidence again for the resubmission after "not met", and keeps the first locked copy’s files to download', async () => {
    const x = await body();
    const id = await writing(x);
    const first = await ok(await upload(x, x.member, 'first.pdf', PDF), 201);
    await ok(await call(x, x.member, 'POST', `/participants/${id}/portfolio/knowledge/evidence`, { fileId: first.id }), 201);
    await ok(await stepOf(x, x.member, id, { type: 'submit' }));
    await ok(await stepOf(x, x.team, id, { type: 'allocate_reviewer', reviewerId: x.reviewer.id }));
    const REASONS = 'The review is sound and the feedback says what is missing.';
    for (const criterion of ['values', 'knowledge', 'skills']) {
      await ok(await stepOf(x, x.reviewer, id, { type: 'review_criterion', criterion, outcome: criterion === 'knowledge' ? 'criteria_not_met' : 'criteria_met', feedback: REASONS }));
    }
    await ok(await stepOf(x, x.reviewer, id, { type: 'complete_review' }));
    const { cohortId } = (await db().select({ cohortId: programmeParticipants.cohortId }).from(programmeParticipants).where(eq(programmeParticipants.id, id)))[0]!;
    await ok(await call(x, x.moderator, 'POST', `/programme-cohorts/${cohortId}/sample`));
    await ok(await stepOf(x, x.moderator, id, { type: 'moderate', decision: 'confirm', reasons: REASONS }));
    expect((await ok(await call(x, x.team, 'POST', `/programme-cohorts/${cohortId}/release`))).released).toEqual([{ id, state: 'not_met' }]);

    // Open again for the resubmission: the first file removed, another attached, CPD up to the resubmission deadline.
    const open = await ok(await call(x, x.member, 'GET', `/participants/${id}/evidence`));
    expect(open.allowed).toEqual(['programme.participate']);
    expect(open.developmentRecord.cpd).toMatchObject({ from: '2027-02-01', to: '2027-11-01' });
    await ok(await call(x, x.member, 'DELETE', `/participants/${id}/evidence/${open.sections[1].evidence[0].id}`));
    const second = await ok(await upload(x, x.member, 'second.pdf', PDF), 201);
    await ok(await call(x, x.member, 'POST', `/participants/${id}/portfolio/knowledge/evidence`, { fileId: second.id }), 201);
    await ok(await stepOf(x, x.member, id, { type: 'resubmit' }));
    await ok(await stepOf(x, x.team, id, { type: 'allocate_reviewer', reviewerId: x.reviewer.id }));

    const seen = await ok(await call(x, x.reviewer, 'GET', `/participants/${id}/evidence`));
    expect(seen.lockedCopies.map((c: { attempt: number; evidence: { fileId: string }[] }) => [c.attempt, c.evidence.map((e) => e.fileId)])).toEqual([
      [1, [first.id]],
      [2, [second.id]],
    ]);
    expect(seen.lockedCopies[1].developmentRecord.cpd.to).toBe('2027-11-01');
    // What was reviewed the first time can still be shown: its file, removed since, downloads through the locked copy.
    expect((await call(x, x.reviewer, 'GET', `/participants/${id}/evidence/files/${first.id}`)).statusCode).toBe(200);
    expect((await call(x, x.moderator, 'GET', `/participants/${id}/evidence/files/${second.id}`)).statusCode).toBe(200);
  });

  it('keeps an ATS portfolio free of the development record', async () => {
    const x = await body();
    const cohort = await ok(await call(x, x.team, 'POST', '/programmes/ats/cohorts', { startsOn: '2027-02-01' }), 201);
    const atsAnswers = (await ok(await call(x, x.member, 'GET', '/programmes'))).find((p: { id: string }) => p.id === 'ats').eligibility.map((q: { key: string; eligibleIf: boolean | null }) => [q.key, q.eligibleIf ?? true]);
    const registered = await ok(await call(x, x.member, 'POST', '/programmes/ats/registrations', { cohortId: cohort.id, answers: Object.fromEntries(atsAnswers), acceptTerms: true }), 201);
    const view = await ok(await call(x, x.member, 'GET', `/participants/${registered.id}/evidence`));
    expect(view).toMatchObject({ usesDevelopmentRecord: false, developmentRecord: null });
  });
});
