import { and, eq, inArray, like } from 'drizzle-orm';
import { employments, memberships } from '../../platform/people/schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { deadlines } from '../deadlines/schema.ts';
import { developmentInsightRefreshes, developmentInsightSums, evidence, selfAssessmentEntries, selfAssessments } from './schema.ts';
import { SUMS_FRESH_FOR_MS, refreshInsights } from './insights.ts';
import { programmeCohorts, programmeParticipants } from '../programmes/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const YEAR = new Date().getUTCFullYear();

interface Body {
  org: TestOrganisation;
  member: TestPerson;
  member$: SignedIn;
  admin$: SignedIn;
}

async function body(kind: TestOrganisation['kind'] = 'professional_body'): Promise<Body> {
  const org = await makeOrganisation(t.database.db, kind);
  const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
  const member = await makePerson(t.database.db, org.id, [{ role: 'member' }], { member: true });
  const admin$ = await signIn(t.app, admin.email);
  const adopted = await t.app.inject({ method: 'POST', url: `/api/orgs/${org.id}/adoptions`, headers: admin$.headers, payload: { codeId: 'test-standards', version: '1', adoptedFrom: '2020-01-01', material: false } });
  expect(adopted.statusCode).toBe(201);
  return { org, member, member$: await signIn(t.app, member.email), admin$ };
}

const api = (x: Body, path: string) => `/api/orgs/${x.org.id}${path}`;

async function start(x: Body, year = YEAR) {
  const r = await t.app.inject({ method: 'POST', url: api(x, '/self-assessments'), headers: x.member$.headers, payload: { year } });
  expect(r.statusCode).toBe(201);
  return r.json();
}

async function rateAll(x: Body, assessment: { id: string; standards: { id: string }[] }, ratings: number[]) {
  for (const [i, s] of assessment.standards.entries()) {
    const r = await t.app.inject({ method: 'PUT', url: api(x, `/self-assessments/${assessment.id}/standards/${s.id}`), headers: x.member$.headers, payload: { rating: ratings[i], reflection: `Reflection ${i}` } });
    expect(r.statusCode).toBe(200);
  }
}

describe('a self-assessment', () => {
  it('rates every standard of the adopted standards, saves as it goes, and locks once submitted', async () => {
    const x = await body();
    const draft = await start(x);
    expect(draft.standards.map((s: { number: string }) => s.number)).toEqual(['1', '2', '3', '4']);
    expect(draft.allowed).toEqual(['development.edit']);
    await rateAll(x, draft, [2, 3, 1, 4]);
    const submitted = await t.app.inject({ method: 'POST', url: api(x, `/self-assessments/${draft.id}/submit`), headers: x.member$.headers });
    expect(submitted.json()).toMatchObject({ status: 'submitted', allowed: [] });
    const locked = await t.app.inject({ method: 'PUT', url: api(x, `/self-assessments/${draft.id}/standards/${draft.standards[0].id}`), headers: x.member$.headers, payload: { rating: 4 } });
    expect(locked.json().type).toBe('/rules/submitted-self-assessment-is-locked');
    const next = await t.database.db.select().from(deadlines).where(and(eq(deadlines.ownerId, x.member.id), eq(deadlines.kind, 'self-assessment')));
    expect(next).toHaveLength(1);
    expect(next[0]!.dueAt.getTime() - Date.now()).toBeGreaterThan(360 * 86_400_000);
  });

  it('needs an adopted code of professional standards', async () => {
    const org = await makeOrganisation(t.database.db, 'association');
    const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
    const admin$ = await signIn(t.app, admin.email);
    await t.app.inject({ method: 'POST', url: `/api/orgs/${org.id}/adoptions`, headers: admin$.headers, payload: { codeId: 'test-conduct', version: '2', adoptedFrom: '2020-01-01', material: false } });
    const r = await t.app.inject({ method: 'POST', url: `/api/orgs/${org.id}/self-assessments`, headers: admin$.headers, payload: {} });
    expect(r.statusCode).toBe(409);
    expect(r.json().type).toBe('/rules/no-standards-adopted');
  });

  it('refuses to submit with standards unrated, naming each', async () => {
    const x = await body();
    const draft = await start(x);
    await t.app.inject({ method: 'PUT', url: api(x, `/self-assessments/${draft.id}/standards/${draft.standards[0].id}`), headers: x.member$.headers, payload: { rating: 3 } });
    const r = await t.app.inject({ method: 'POST', url: api(x, `/self-assessments/${draft.id}/submit`), headers: x.member$.headers });
    expect(r.json().errors.map((e: { field: string }) => e.field)).toEqual(['standards.2', 'standards.3', 'standards.4']);
  });

  it('refuses ratings off the scale, a second one in a year, a future year, and another person’s assessment', async () => {
    const x = await body();
    const draft = await start(x);
    const url = api(x, `/self-assessments/${draft.id}/standards/${draft.standards[0].id}`);
    for (const rating of [0, 5, 2.5]) {
      const r = await t.app.inject({ method: 'PUT', url, headers: x.member$.headers, payload: { rating } });
      expect(r.statusCode).toBe(400);
      expect(r.json().errors[0].field).toBe('body.rating');
    }
    expect((await t.app.inject({ method: 'POST', url: api(x, '/self-assessments'), headers: x.member$.headers, payload: { year: YEAR } })).json().type).toBe('/rules/one-self-assessment-a-year');
    expect((await t.app.inject({ method: 'POST', url: api(x, '/self-assessments'), headers: x.member$.headers, payload: { year: YEAR + 1 } })).json().errors[0]).toEqual({ field: 'body.year', reason: 'cannot be in the future' });
    const other = await makePerson(t.database.db, x.org.id, [{ role: 'member' }]);
    const other$ = await signIn(t.app, other.email);
    expect((await t.app.inject({ method: 'GET', url: api(x, `/self-assessments/${draft.id}`), headers: { cookie: other$.cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PUT', url, headers: other$.headers, payload: { rating: 1 } })).statusCode).toBe(404);
    const [entry] = await t.database.db.select().from(selfAssessmentEntries).where(eq(selfAssessmentEntries.assessmentId, draft.id));
    expect(entry).toBeUndefined();
  });

  it('takes text, link and file evidence, and judges a file by its content', async () => {
    const x = await body();
    const draft = await start(x);
    const standard = draft.standards[1].id;
    const evidenceUrl = api(x, `/self-assessments/${draft.id}/standards/${standard}/evidence`);
    expect((await t.app.inject({ method: 'POST', url: evidenceUrl, headers: x.member$.headers, payload: { kind: 'link', url: 'javascript:alert(1)' } })).json().errors[0].field).toBe('body.url');
    await t.app.inject({ method: 'POST', url: evidenceUrl, headers: x.member$.headers, payload: { kind: 'text', text: 'Led the diversity week.' } });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const upload = (name: string, bytes: Buffer) =>
      t.app.inject({ method: 'POST', url: api(x, `/files?name=${encodeURIComponent(name)}`), headers: { ...x.member$.headers, 'content-type': 'application/octet-stream' }, payload: bytes });
    const stored = await upload('certificate.pdf', pdf);
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({ mediaType: 'application/pdf', size: pdf.length });
    const disguised = await upload('photo.png', Buffer.from('MZ\x90\x00 an executable pretending to be a picture\x00'));
    expect(disguised.json().errors[0]).toEqual({ field: 'body', reason: expect.stringContaining('is not a PDF') });
    const misnamed = await upload('notes.png', pdf);
    expect(misnamed.json().errors[0]).toEqual({ field: 'query.name', reason: 'says .png but the content is PDF' });
    const huge = await upload('big.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    expect(huge.statusCode).toBe(413);
    await t.app.inject({ method: 'POST', url: evidenceUrl, headers: x.member$.headers, payload: { kind: 'file', fileId: stored.json().id } });
    const seen = await t.app.inject({ method: 'GET', url: api(x, `/self-assessments/${draft.id}`), headers: { cookie: x.member$.cookie } });
    expect(seen.json().standards[1].evidence.map((e: { kind: string }) => e.kind)).toEqual(['text', 'file']);
    const download = await t.app.inject({ method: 'GET', url: api(x, `/files/${stored.json().id}`), headers: { cookie: x.member$.cookie } });
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const stranger = await makePerson(t.database.db, x.org.id, [{ role: 'member' }]);
    expect((await t.app.inject({ method: 'GET', url: api(x, `/files/${stored.json().id}`), headers: { cookie: (await signIn(t.app, stranger.email)).cookie } })).statusCode).toBe(404);
  });
});

describe('the standards to assess against', () => {
  it('are the adopted code with the most standards, unless the organisation chooses another it has adopted', async () => {
    const x = await body();
    const setting = async () => (await t.app.inject({ method: 'GET', url: api(x, '/development/standards'), headers: { cookie: x.member$.cookie } })).json();
    const choose = (codeId: string | null, headers = x.admin$.headers) => t.app.inject({ method: 'PUT', url: api(x, '/development/standards'), headers, payload: { codeId } });
    expect((await choose('test-mentor-standards')).json().errors).toEqual([{ field: 'body.codeId', reason: 'is not a code of standards this organisation has adopted' }]);
    await t.app.inject({ method: 'POST', url: api(x, '/adoptions'), headers: x.admin$.headers, payload: { codeId: 'test-mentor-standards', version: '1', adoptedFrom: '2020-01-01', material: false } });
    expect(await setting()).toMatchObject({ chosenCodeId: null, inUse: { codeId: 'test-standards', standards: 4 } });
    expect((await setting()).candidates.map((c: { codeId: string }) => c.codeId)).toEqual(['test-standards', 'test-mentor-standards']);

    expect((await choose('test-mentor-standards', x.member$.headers)).statusCode).toBe(403);
    expect((await choose('test-conduct')).json().errors[0].field).toBe('body.codeId');
    expect((await choose('test-mentor-standards')).json()).toMatchObject({ chosenCodeId: 'test-mentor-standards', inUse: { codeId: 'test-mentor-standards', standards: 2 } });
    const draft = await start(x);
    expect(draft.code.codeId).toBe('test-mentor-standards');
    expect(draft.standards.map((s: { text: string }) => s.text)).toEqual(['Support the trainee to develop their teaching.', 'Give feedback that the trainee can act on.']);
    const summary = (await t.app.inject({ method: 'GET', url: api(x, `/development/cpd/summary?year=${YEAR}`), headers: { cookie: x.member$.cookie } })).json();
    expect(summary.byStandard).toHaveLength(2);

    expect((await choose(null)).json()).toMatchObject({ chosenCodeId: null, inUse: { codeId: 'test-standards' } });
    const trail = await t.database.db.select({ details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.organisationId, x.org.id), eq(auditEvents.action, 'development.standards_chosen'))).orderBy(auditEvents.seq);
    expect(trail.map((e) => e.details)).toEqual([{ codeId: 'test-mentor-standards' }, { codeId: null }]);
  });
});

describe('the dashboard and the development plan', () => {
  it('compares this year with last, finds the strongest and weakest standards, and orders the priorities', async () => {
    const x = await body();
    const last = await start(x, YEAR - 1);
    await rateAll(x, last, [3, 3, 2, 4]);
    await t.app.inject({ method: 'POST', url: api(x, `/self-assessments/${last.id}/submit`), headers: x.member$.headers });
    const now = await start(x, YEAR);
    await rateAll(x, now, [2, 4, 2, 4]);
    const dash = (await t.app.inject({ method: 'GET', url: api(x, '/development/dashboard'), headers: { cookie: x.member$.cookie } })).json();
    expect(dash.years).toEqual([YEAR - 1, YEAR]);
    expect(dash.overall).toEqual([
      { year: YEAR - 1, average: 3 },
      { year: YEAR, average: 3 },
    ]);
    const byNumber = (id: string) => dash.standards.find((s: { id: string }) => s.id === id).number;
    expect(dash.weakest.map(byNumber)).toEqual(['1', '3']);
    expect(dash.strongest.map(byNumber)).toEqual(['2', '4']);
    expect(dash.priorities.map((p: { number: string; change: number }) => [p.number, p.change])).toEqual([
      ['1', -1],
      ['3', 0],
    ]);
  });

  it('keeps goals linked to standards and CPD, and refuses CPD in the future', async () => {
    const x = await body();
    const draft = await start(x);
    const standard = draft.standards[2].id;
    const future = await t.app.inject({ method: 'POST', url: api(x, '/development/cpd'), headers: x.member$.headers, payload: { kind: 'course', title: 'Next term', happenedOn: `${YEAR + 1}-01-10`, minutes: 60 } });
    expect(future.json().errors[0]).toEqual({ field: 'body.happenedOn', reason: 'cannot be in the future: record CPD once it has happened' });
    const activity = await t.app.inject({ method: 'POST', url: api(x, '/development/cpd'), headers: x.member$.headers, payload: { kind: 'course', title: 'Subject update', happenedOn: `${YEAR}-01-15`, minutes: 150, provisionIds: [standard] } });
    expect(activity.statusCode).toBe(201);
    const goal = await t.app.inject({
      method: 'POST',
      url: api(x, '/development/goals'),
      headers: x.member$.headers,
      payload: { title: 'Refresh my subject knowledge', successMeasure: 'Two courses and a peer observation', targetDate: `${YEAR + 1}-06-30`, provisionIds: [standard], activityIds: [activity.json().id] },
    });
    expect(goal.statusCode).toBe(201);
    const progressed = await t.app.inject({ method: 'PATCH', url: api(x, `/development/goals/${goal.json().id}`), headers: x.member$.headers, payload: { status: 'in_progress', progress: 40 } });
    expect(progressed.json()).toMatchObject({ status: 'in_progress', progress: 40 });
    expect((await t.app.inject({ method: 'PATCH', url: api(x, `/development/goals/${goal.json().id}`), headers: x.member$.headers, payload: { progress: 140 } })).json().errors[0].field).toBe('body.progress');
    const summary = (await t.app.inject({ method: 'GET', url: api(x, `/development/cpd/summary?year=${YEAR}`), headers: { cookie: x.member$.cookie } })).json();
    expect(summary).toMatchObject({ activities: 1, hours: 2.5 });
    expect(summary.untouched).toHaveLength(3);
    expect(summary.untouched).not.toContain(standard);
    const pdf = await t.app.inject({ method: 'GET', url: api(x, '/development/export'), headers: { cookie: x.member$.cookie } });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(2000);
    const csv = await t.app.inject({ method: 'GET', url: api(x, '/development/export?format=csv'), headers: { cookie: x.member$.cookie } });
    expect(csv.body.split('\r\n')[0]).toBe('section,when,what,rating_or_progress_or_hours,status_or_kind,reflection_or_measure,standards,note_or_provider,evidence');
    expect(csv.body).toContain('goal,');
    expect(csv.body).toContain('cpd,');
  });
});

describe('evidence of CPD', () => {
  it('keeps notes, links and files with an activity, shows them to whom the record is shared with, and goes with the activity', async () => {
    const x = await body();
    const recorded = await t.app.inject({ method: 'POST', url: api(x, '/development/cpd'), headers: x.member$.headers, payload: { kind: 'course', title: 'Safeguarding refresher', happenedOn: `${YEAR}-01-20`, minutes: 90 } });
    expect(recorded.json().evidence).toEqual([]);
    const activityId = recorded.json().id;
    const evidenceUrl = api(x, `/development/cpd/${activityId}/evidence`);
    const link = await t.app.inject({ method: 'POST', url: evidenceUrl, headers: x.member$.headers, payload: { kind: 'link', url: 'https://training.example/certificates/42' } });
    expect(link.statusCode).toBe(201);
    const certificate = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const stored = await t.app.inject({ method: 'POST', url: api(x, '/files?name=certificate.pdf'), headers: { ...x.member$.headers, 'content-type': 'application/octet-stream' }, payload: certificate });
    const withFile = await t.app.inject({ method: 'POST', url: evidenceUrl, headers: x.member$.headers, payload: { kind: 'file', fileId: stored.json().id } });
    expect(withFile.json().evidence.map((e: { kind: string; fileName: string | null }) => [e.kind, e.fileName])).toEqual([
      ['link', null],
      ['file', 'certificate.pdf'],
    ]);

    // Someone else's file, someone else's activity, and bad input: refused, nothing stored.
    const colleague = await makePerson(t.database.db, x.org.id, [{ role: 'member' }]);
    const colleague$ = await signIn(t.app, colleague.email);
    const theirs = await t.app.inject({ method: 'POST', url: api(x, '/files?name=mine.pdf'), headers: { ...colleague$.headers, 'content-type': 'application/octet-stream' }, payload: certificate });
    expect((await t.app.inject({ method: 'POST', url: evidenceUrl, headers: x.member$.headers, payload: { kind: 'file', fileId: theirs.json().id } })).json().errors).toEqual([{ field: 'body.fileId', reason: 'is not a file you uploaded' }]);
    expect((await t.app.inject({ method: 'POST', url: evidenceUrl, headers: colleague$.headers, payload: { kind: 'text', text: 'Not mine to add' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: evidenceUrl, headers: x.member$.headers, payload: { kind: 'text', text: '   ' } })).json().errors[0].field).toBe('body.text');
    expect((await t.app.inject({ method: 'POST', url: evidenceUrl, headers: x.member$.headers, payload: { kind: 'video', url: 'x' } })).statusCode).toBe(400);
    expect(await t.database.db.select().from(evidence).where(eq(evidence.activityId, activityId))).toHaveLength(2);

    // A mentor the record is shared with sees the evidence and may download the file, read-only.
    const mentor = await makePerson(t.database.db, x.org.id, [{ role: 'mentor' }]);
    await t.app.inject({ method: 'POST', url: api(x, '/development/shares'), headers: x.member$.headers, payload: { viewerId: mentor.id } });
    const mentor$ = await signIn(t.app, mentor.email);
    const seen = await t.app.inject({ method: 'GET', url: api(x, `/development/cpd?personId=${x.member.id}`), headers: { cookie: mentor$.cookie } });
    expect(seen.json()[0].evidence).toHaveLength(2);
    expect((await t.app.inject({ method: 'GET', url: api(x, `/files/${stored.json().id}`), headers: { cookie: mentor$.cookie } })).rawPayload.equals(certificate)).toBe(true);
    expect((await t.app.inject({ method: 'DELETE', url: api(x, `/development/cpd/${activityId}/evidence/${link.json().evidence[0].id}`), headers: mentor$.headers })).statusCode).toBe(404);

    const csv = await t.app.inject({ method: 'GET', url: api(x, '/development/export?format=csv'), headers: { cookie: x.member$.cookie } });
    expect(csv.body).toContain('"https://training.example/certificates/42\nfile: certificate.pdf"');

    const removed = await t.app.inject({ method: 'DELETE', url: api(x, `/development/cpd/${activityId}/evidence/${link.json().evidence[0].id}`), headers: x.member$.headers });
    expect(removed.json().evidence.map((e: { kind: string }) => e.kind)).toEqual(['file']);
    const trail = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.recordId, activityId), like(auditEvents.action, 'cpd_activity.evidence%'))).orderBy(auditEvents.seq);
    expect(trail.map((e) => e.action)).toEqual(['cpd_activity.evidence_added', 'cpd_activity.evidence_added', 'cpd_activity.evidence_removed']);
    await t.app.inject({ method: 'DELETE', url: api(x, `/development/cpd/${activityId}`), headers: x.member$.headers });
    expect(await t.database.db.select().from(evidence).where(eq(evidence.activityId, activityId))).toHaveLength(0);
  });
});

describe('sharing', () => {
  it('shares a read-only view with a named mentor, records every view, and withdraws it', async () => {
    const x = await body();
    const draft = await start(x);
    await rateAll(x, draft, [2, 3, 1, 4]);
    const mentor = await makePerson(t.database.db, x.org.id, [{ role: 'mentor' }]);
    const member2 = await makePerson(t.database.db, x.org.id, [{ role: 'member' }]);
    expect((await t.app.inject({ method: 'POST', url: api(x, '/development/shares'), headers: x.member$.headers, payload: { viewerId: member2.id } })).json().errors[0].field).toBe('body.viewerId');
    const offered = await t.app.inject({ method: 'GET', url: api(x, '/development/viewers'), headers: { cookie: x.member$.cookie } });
    expect(offered.json()).toEqual([{ id: mentor.id, name: 'Test Person', roles: ['mentor'] }]);
    expect((await t.app.inject({ method: 'GET', url: api(x, '/development/viewers?q=nobody'), headers: { cookie: x.member$.cookie } })).json()).toEqual([]);
    const shared = await t.app.inject({ method: 'POST', url: api(x, '/development/shares'), headers: x.member$.headers, payload: { viewerId: mentor.id } });
    expect(shared.statusCode).toBe(201);
    const mentor$ = await signIn(t.app, mentor.email);
    const view = await t.app.inject({ method: 'GET', url: api(x, `/self-assessments/${draft.id}`), headers: { cookie: mentor$.cookie } });
    expect(view.statusCode).toBe(200);
    expect(view.json().allowed).toEqual([]);
    expect((await t.app.inject({ method: 'PUT', url: api(x, `/self-assessments/${draft.id}/standards/${draft.standards[0].id}`), headers: mentor$.headers, payload: { rating: 1 } })).statusCode).toBe(404);
    const viewed = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.actorId, mentor.id), like(auditEvents.action, '%viewed_shared')));
    expect(viewed).toHaveLength(1);
    // The mentor may take the shared record away as a PDF or CSV too; the export is recorded against its owner.
    const exportUrl = api(x, `/development/export?format=csv&personId=${x.member.id}`);
    const exported = await t.app.inject({ method: 'GET', url: exportUrl, headers: { cookie: mentor$.cookie } });
    expect(exported.headers['content-disposition']).toBe('attachment; filename="development-record.csv"');
    expect(exported.body).toContain('Reflection 0');
    const [recorded] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.actorId, mentor.id), eq(auditEvents.action, 'development.exported')));
    expect(recorded).toMatchObject({ recordId: x.member.id, details: { format: 'csv' } });
    // Each read of the shared record says which part was read.
    await t.app.inject({ method: 'GET', url: api(x, `/development/goals?personId=${x.member.id}`), headers: { cookie: mentor$.cookie } });
    const reads = await t.database.db.select({ details: auditEvents.details }).from(auditEvents).where(and(eq(auditEvents.actorId, mentor.id), eq(auditEvents.action, 'development.viewed_shared'))).orderBy(auditEvents.seq);
    expect(reads.map((r) => r.details)).toEqual([{ part: 'export' }, { part: 'plan' }]);
    await t.app.inject({ method: 'DELETE', url: api(x, `/development/shares/${shared.json().id}`), headers: x.member$.headers });
    expect((await t.app.inject({ method: 'GET', url: api(x, `/self-assessments/${draft.id}`), headers: { cookie: mentor$.cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: exportUrl, headers: { cookie: mentor$.cookie } })).statusCode).toBe(404);
  });
});

describe('the organisation view', () => {
  const submitAs = async (x: Body, session: SignedIn, ratings: number[]) => {
    const draft = (await t.app.inject({ method: 'POST', url: api(x, '/self-assessments'), headers: session.headers, payload: {} })).json();
    for (const [i, s] of draft.standards.entries()) {
      await t.app.inject({ method: 'PUT', url: api(x, `/self-assessments/${draft.id}/standards/${s.id}`), headers: session.headers, payload: { rating: ratings[i] } });
    }
    expect((await t.app.inject({ method: 'POST', url: api(x, `/self-assessments/${draft.id}/submit`), headers: session.headers })).statusCode).toBe(200);
  };

  it('shows averages only for groups of five or more', async () => {
    const x = await body();
    const people: SignedIn[] = [x.member$];
    for (let i = 0; i < 4; i++) people.push(await signIn(t.app, (await makePerson(t.database.db, x.org.id, [{ role: 'member' }])).email));
    for (const session of people.slice(0, 4)) await submitAs(x, session, [2, 3, 1, 4]);
    const four = (await t.app.inject({ method: 'GET', url: api(x, `/development/insights?year=${YEAR}`), headers: { cookie: x.admin$.cookie } })).json();
    expect(four.people).toBeNull();
    const none = (await t.app.inject({ method: 'GET', url: api(x, `/development/insights?year=${YEAR - 5}`), headers: { cookie: x.admin$.cookie } })).json();
    expect(none).toMatchObject({ people: null, cpdHours: null, groups: [] });
    expect(four.standards[0].overall).toEqual({ people: null, average: null, cpdHours: null });
    await submitAs(x, people[4]!, [4, 3, 1, 4]);
    const five = (await t.app.inject({ method: 'GET', url: api(x, `/development/insights?year=${YEAR}`), headers: { cookie: x.admin$.cookie } })).json();
    expect(five.people).toBe(5);
    expect(five.standards[0].overall).toMatchObject({ people: 5, average: 2.4 });
    expect((await t.app.inject({ method: 'GET', url: api(x, `/development/insights?year=${YEAR}`), headers: { cookie: x.member$.cookie } })).statusCode).toBe(403);
    expect(await t.database.db.select().from(selfAssessments).where(eq(selfAssessments.organisationId, x.org.id))).toHaveLength(5);
  });

  it('groups by academy or by cohort, counts each person once, and gives CPD in hours per person', async () => {
    const x = await body('employer_trust');
    const { northfield, riverside } = x.org.academies;
    const staff: { id: string; session: SignedIn }[] = [];
    for (let i = 0; i < 6; i++) {
      const person = await makePerson(t.database.db, x.org.id, [{ role: 'member' }], { employedAt: northfield, member: true });
      staff.push({ id: person.id, session: await signIn(t.app, person.email) });
    }
    // The first also works at Riverside; five joined in 2021, the sixth in 2023.
    await t.database.db.insert(employments).values({ organisationId: x.org.id, personId: staff[0]!.id, academyId: riverside, jobRole: 'Teacher' });
    await t.database.db.update(memberships).set({ joinedOn: '2021-09-01' }).where(inArray(memberships.personId, staff.slice(0, 5).map((s) => s.id)));
    await t.database.db.update(memberships).set({ joinedOn: '2023-01-05' }).where(eq(memberships.personId, staff[5]!.id));
    const firstStandard = (await start({ ...x, member$: staff[0]!.session })).standards[0].id;
    for (const [i, s] of staff.entries()) {
      if (i > 0) await submitAs(x, s.session, [i < 5 ? 2 : 4, 3, 1, 4]);
      if (i < 5) await t.app.inject({ method: 'POST', url: api(x, '/development/cpd'), headers: s.session.headers, payload: { kind: 'course', title: 'Phonics', happenedOn: `${YEAR}-01-10`, minutes: 120, provisionIds: [firstStandard] } });
    }
    const [draft] = (await t.app.inject({ method: 'GET', url: api(x, '/self-assessments'), headers: { cookie: staff[0]!.session.cookie } })).json();
    for (const [i, s] of (await t.app.inject({ method: 'GET', url: api(x, `/self-assessments/${draft.id}`), headers: { cookie: staff[0]!.session.cookie } })).json().standards.entries()) {
      await t.app.inject({ method: 'PUT', url: api(x, `/self-assessments/${draft.id}/standards/${s.id}`), headers: staff[0]!.session.headers, payload: { rating: [2, 3, 1, 4][i] } });
    }
    await t.app.inject({ method: 'POST', url: api(x, `/self-assessments/${draft.id}/submit`), headers: staff[0]!.session.headers });

    const view = async (session: SignedIn, groupBy: string) => t.app.inject({ method: 'GET', url: api(x, `/development/insights?year=${YEAR}&groupBy=${groupBy}`), headers: { cookie: session.cookie } });
    const cohorts = (await view(x.admin$, 'cohort')).json();
    expect(cohorts).toMatchObject({ grouping: 'cohort', people: 6, cpdHours: 1.67 });
    expect(cohorts.groups).toEqual([
      { group: 'Joined in 2021', people: 5, cpdHours: 2 },
      { group: 'Joined in 2023', people: null, cpdHours: null },
    ]);
    expect(cohorts.standards[0].overall).toEqual({ people: 6, average: 2.33, cpdHours: 1.67 });
    expect(cohorts.standards[0].byGroup).toEqual([
      { group: 'Joined in 2021', people: 5, average: 2, cpdHours: 2 },
      { group: 'Joined in 2023', people: null, average: null, cpdHours: null },
    ]);
    expect(cohorts.standards[1].overall.cpdHours).toBe(0);

    const byAcademy = (await view(x.admin$, 'academy')).json();
    expect(byAcademy.people).toBe(6);
    expect(byAcademy.groups.map((g: { group: string; people: number | null }) => [g.group, g.people])).toEqual([
      ['Northfield', 6],
      ['Riverside', null],
    ]);
    // Riverside's principal oversees one of them, at Riverside only: too few to show anything.
    const principal = await makePerson(t.database.db, x.org.id, [{ role: 'principal', academyId: riverside }]);
    const theirs = (await view(await signIn(t.app, principal.email), 'academy')).json();
    expect(theirs.people).toBeNull();
    expect(theirs.groups).toEqual([{ group: 'Riverside', people: null, cpdHours: null }]);
    expect((await view(x.admin$, 'region')).json().errors[0].field).toBe('querystring.groupBy');
  });

  it('groups by programme cohort, each participant in their latest, everyone else apart', async () => {
    const x = await body();
    const people: { id: string; session: SignedIn }[] = [];
    for (let i = 0; i < 7; i++) {
      const person = await makePerson(t.database.db, x.org.id, [{ role: 'member' }], { member: true });
      people.push({ id: person.id, session: await signIn(t.app, person.email) });
    }
    for (const p of people) await submitAs(x, p.session, [2, 3, 1, 4]);
    const cohort = async (programme: 'qtls' | 'ats', startsOn: string) =>
      (await t.database.db.insert(programmeCohorts).values({ organisationId: x.org.id, programme, startsOn, blindSecret: 'secret', createdBy: x.member.id, createdAt: new Date() }).returning({ id: programmeCohorts.id }))[0]!.id;
    const [september, march] = [await cohort('qtls', `${YEAR - 1}-09-01`), await cohort('qtls', `${YEAR}-03-01`)];
    const ats = await cohort('ats', `${YEAR}-01-15`);
    const join = (personId: string, cohortId: string, programme: 'qtls' | 'ats') =>
      t.database.db.insert(programmeParticipants).values({ organisationId: x.org.id, cohortId, programme, personId, state: 'in_progress', answers: {}, record: {}, registeredAt: new Date() });
    // Five in September's QTLS cohort, one of whom re-started in March's; one on ATS; one on none.
    for (const p of people.slice(0, 5)) await join(p.id, september, 'qtls');
    await join(people[0]!.id, march, 'qtls');
    await join(people[5]!.id, ats, 'ats');
    const byProgramme = (await t.app.inject({ method: 'GET', url: api(x, `/development/insights?year=${YEAR}&groupBy=programme`), headers: { cookie: x.admin$.cookie } })).json();
    expect(byProgramme).toMatchObject({ grouping: 'programme', people: 7 });
    expect(byProgramme.groups.map((g: { group: string; people: number | null }) => [g.group, g.people])).toEqual([
      [`ATS cohort of January ${YEAR}`, null],
      ['Not on a programme', null],
      [`QTLS cohort of March ${YEAR}`, null],
      [`QTLS cohort of September ${YEAR - 1}`, null],
    ]);
    // With a fifth in September's cohort, it shows.
    await join(people[6]!.id, september, 'qtls');
    const again = (await t.app.inject({ method: 'GET', url: api(x, `/development/insights?year=${YEAR}&groupBy=programme`), headers: { cookie: x.admin$.cookie } })).json();
    expect(again.groups.find((g: { group: string }) => g.group === `QTLS cohort of September ${YEAR - 1}`)).toMatchObject({ people: 5 });
  });

  it('is added up ahead by the job, the same figures as added up for the request, and used only while fresh', async () => {
    const x = await body('employer_trust');
    const { northfield, riverside } = x.org.academies;
    const staff: SignedIn[] = [];
    for (let i = 0; i < 7; i++) {
      const person = await makePerson(t.database.db, x.org.id, [{ role: 'member' }], { employedAt: i < 5 ? northfield : riverside, member: true });
      staff.push(await signIn(t.app, person.email));
    }
    for (const [i, session] of staff.slice(0, 6).entries()) {
      await submitAs(x, session, [1 + (i % 4), 3, 2, 4]);
      await t.app.inject({ method: 'POST', url: api(x, '/development/cpd'), headers: session.headers, payload: { kind: 'course', title: 'Phonics', happenedOn: `${YEAR}-01-10`, minutes: 30 * (i + 1), provisionIds: [] } });
    }
    const view = async (groupBy: string) => (await t.app.inject({ method: 'GET', url: api(x, `/development/insights?year=${YEAR}&groupBy=${groupBy}`), headers: { cookie: x.admin$.cookie } })).json();
    const live = { academy: await view('academy'), cohort: await view('cohort'), programme: await view('programme') };
    expect(live.academy).toMatchObject({ summedAt: null, people: 6 });

    expect(await refreshInsights(t.database.db)).toBeGreaterThan(0);
    for (const [groupBy, figures] of Object.entries(live)) {
      const ahead = await view(groupBy);
      expect(ahead.summedAt).not.toBeNull();
      expect({ ...ahead, summedAt: null }).toEqual(figures);
    }
    // A self-assessment submitted since shows once the job has run again, or once the sums are too old to use.
    await submitAs(x, staff[6]!, [4, 4, 4, 4]);
    expect((await view('academy')).people).toBe(6);
    await t.database.db.update(developmentInsightRefreshes).set({ refreshedAt: new Date(Date.now() - SUMS_FRESH_FOR_MS - 60_000) }).where(eq(developmentInsightRefreshes.organisationId, x.org.id));
    expect(await view('academy')).toMatchObject({ summedAt: null, people: 7 });
    await refreshInsights(t.database.db);
    expect(await view('academy')).toMatchObject({ people: 7, summedAt: expect.any(String) });
    // Sums made over other standards, or the same in another order, are not used.
    const [refresh] = await t.database.db.select({ standardIds: developmentInsightRefreshes.standardIds }).from(developmentInsightRefreshes).where(eq(developmentInsightRefreshes.organisationId, x.org.id));
    for (const standardIds of [[...refresh!.standardIds].reverse(), refresh!.standardIds.slice(1)]) {
      await t.database.db.update(developmentInsightRefreshes).set({ standardIds }).where(eq(developmentInsightRefreshes.organisationId, x.org.id));
      expect(await view('academy')).toMatchObject({ summedAt: null, people: 7 });
    }
    // Once its self-assessments have gone, its sums go too.
    await t.database.db.delete(selfAssessments).where(eq(selfAssessments.organisationId, x.org.id));
    await refreshInsights(t.database.db);
    expect(await t.database.db.select().from(developmentInsightSums).where(eq(developmentInsightSums.organisationId, x.org.id))).toEqual([]);
    expect(await view('academy')).toMatchObject({ summedAt: null, people: null, groups: [] });
  });
});
