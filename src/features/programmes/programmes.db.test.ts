import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { clock } from '../../platform/clock.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { declarations } from '../declarations/schema.ts';
import { deadlines } from '../deadlines/schema.ts';
import { seedProgrammesDemo } from './demo.ts';
import { portfolioSubmissions, programmeParticipants } from './schema.ts';

// Programmes through the API on days the tests chose: a cohort opened, a member registered, their supporter,
// the portfolio written, submitted and locked, reviewed by the reviewer allocated (never the supporter),
// sampled and moderated, released together, a resubmission, a re-start in a later cohort; who sees what at
// each point, and what is refused with nothing changed.

let t: TestApp;
beforeAll(async () => {
  startClockAt(new Date('2027-01-04T10:00:00Z'));
  t = await testApp();
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

const db = () => t.database.db;
const FEEDBACK = 'The evidence shows this standard clearly, with reflection on practice.';
const REASONS = 'The review is sound and the feedback says what is missing.';
const QTLS_ANSWERS = { member: true, teachingQualification: true, englishAndMaths: true, teachingInSector: true, supporterIdentified: true };

interface Person extends TestPerson {
  session: SignedIn;
}

interface Body {
  org: TestOrganisation;
  team: Person;
  member: Person;
  other: Person;
  supporter: Person;
  reviewer: Person;
  otherReviewer: Person;
  moderator: Person;
}

async function person(org: TestOrganisation, roles: Parameters<typeof makePerson>[2], name: string): Promise<Person> {
  const made = await makePerson(db(), org.id, roles, { name, member: roles.some((r) => r.role === 'member') });
  return { ...made, session: await signIn(t.app, made.email) };
}

async function body(): Promise<Body> {
  const org = await makeOrganisation(db(), 'professional_body');
  return {
    org,
    team: await person(org, [{ role: 'professional_status_team' }], 'Team'),
    member: await person(org, [{ role: 'member' }], 'Member'),
    other: await person(org, [{ role: 'member' }], 'Other'),
    supporter: await person(org, [{ role: 'supporter' }, { role: 'reviewer' }], 'Supporter'),
    reviewer: await person(org, [{ role: 'reviewer' }], 'Reviewer'),
    otherReviewer: await person(org, [{ role: 'reviewer' }], 'Reviewer'),
    moderator: await person(org, [{ role: 'moderator' }], 'Moderator'),
  };
}

function call(x: Body, who: Person, method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) {
  return t.app.inject({ method, url: `/api/orgs/${x.org.id}${path}`, headers: method === 'GET' ? { cookie: who.session.cookie } : who.session.headers, ...(payload ? { payload } : {}) });
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

/** Refused by the rule named: 400 where a field of the request is at fault, 409 where the record's state is. */
async function refused(response: Awaited<ReturnType<typeof call>>, rule: string) {
  expect([400, 409], response.body).toContain(response.statusCode);
  expect(response.json().errors.map((e: { rule: string }) => e.rule), response.body).toContain(rule);
}

/** Moves the clock on, with everyone signed in again: a session left idle for weeks has ended. */
async function moveTo(x: Body, at: string) {
  startClockAt(new Date(at));
  for (const who of [x.team, x.member, x.other, x.supporter, x.reviewer, x.otherReviewer, x.moderator]) who.session = await signIn(t.app, who.email);
}

const stepOf = (x: Body, who: Person, id: string, step: object) => call(x, who, 'POST', `/participants/${id}/steps`, step);
const openCohort = async (x: Body, startsOn: string, programme = 'qtls') => ok(await call(x, x.team, 'POST', `/programmes/${programme}/cohorts`, { startsOn }), 201);

/** A member registered on a QTLS cohort starting on 2027-02-01, with their supporter, writing their portfolio from the day it starts. */
async function writing(x: Body) {
  const cohort = await openCohort(x, '2027-02-01');
  const registered = await ok(await call(x, x.member, 'POST', '/programmes/qtls/registrations', { cohortId: cohort.id, answers: QTLS_ANSWERS, acceptTerms: true }), 201);
  await ok(await stepOf(x, x.member, registered.id, { type: 'arrange_support', personId: x.supporter.id }));
  await moveTo(x, '2027-02-02T09:00:00Z');
  await ok(await stepOf(x, x.member, registered.id, { type: 'begin' }));
  for (const section of ['values', 'knowledge', 'skills']) {
    await ok(await call(x, x.member, 'PUT', `/participants/${registered.id}/portfolio/${section}`, { text: `My evidence for ${section}, with reflection.` }));
  }
  return { cohort, id: registered.id as string };
}

/** The reviewer allocated reviews every criterion, "not met" where asked, and completes the review. */
async function review(x: Body, id: string, notMet: string[] = []) {
  for (const criterion of ['values', 'knowledge', 'skills']) {
    await ok(await stepOf(x, x.reviewer, id, { type: 'review_criterion', criterion, outcome: notMet.includes(criterion) ? 'criteria_not_met' : 'criteria_met', feedback: FEEDBACK }));
  }
  await ok(await stepOf(x, x.reviewer, id, { type: 'complete_review' }));
}

describe('programmes and cohorts', () => {
  it('opens a cohort with dates that follow from its start, for the team of a professional body only', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const x = await body();
    const cohort = await openCohort(x, '2027-02-01');
    expect(cohort).toMatchObject({ adjustmentsBy: '2027-01-01', startsOn: '2027-02-01', submissionDeadline: '2027-08-01', reviewEnds: '2027-09-01', resubmissionDeadline: '2027-11-01' });
    await refused(await call(x, x.team, 'POST', '/programmes/qtls/cohorts', { startsOn: '2027-02-01' }), 'cohort-exists');
    await refused(await call(x, x.team, 'POST', '/programmes/qtls/cohorts', { startsOn: '2026-12-01' }), 'cohort-start');
    expect((await call(x, x.member, 'POST', '/programmes/qtls/cohorts', { startsOn: '2027-03-01' })).statusCode).toBe(403);

    const programmes = await ok(await call(x, x.member, 'GET', '/programmes'));
    expect(programmes.map((p: { id: string }) => p.id)).toEqual(['qtls', 'ats']);
    expect(programmes[0].cohorts).toEqual([cohort]);
    expect(programmes[0].allowed).toEqual(['programme.register']);

    const trust = await makeOrganisation(db(), 'employer_trust');
    const admin = await makePerson(db(), trust.id, [{ role: 'organisation_admin' }]);
    const session = await signIn(t.app, admin.email);
    const r = await t.app.inject({ method: 'POST', url: `/api/orgs/${trust.id}/programmes/qtls/cohorts`, headers: session.headers, payload: { startsOn: '2027-03-01' } });
    expect(r.json().type).toBe('/rules/programmes-of-a-body');
    expect((await t.app.inject({ method: 'GET', url: `/api/orgs/${trust.id}/programmes`, headers: { cookie: session.cookie } })).json()).toEqual([]);
  });

  it("sets the body's own fees and limits within bounds, each refusal against its field", async () => {
    const x = await body();
    const r = await call(x, x.team, 'PUT', '/programmes/ats/settings', { supportRequestLimit: 0, moderationRatePercent: 101 });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.moderationRatePercent', 'body.supportRequestLimit']);
    const set = await ok(await call(x, x.team, 'PUT', '/programmes/ats/settings', { supportRequestLimit: 8, blindReview: false }));
    expect(set).toMatchObject({ supportRequestLimit: 8, blindReview: false, moderationRatePercent: 20 });
    expect((await ok(await call(x, x.member, 'GET', '/programmes')))[1]).toMatchObject({ supportRequestLimit: 8, blindReview: false });
    expect((await call(x, x.member, 'PUT', '/programmes/ats/settings', { supportRequestLimit: 9 })).statusCode).toBe(403);
  });
});

describe('registration', () => {
  it('registers an eligible member who accepts the terms, issues the portfolio and starts its submission deadline', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const x = await body();
    const cohort = await openCohort(x, '2027-02-01');
    const register = (payload: object) => call(x, x.member, 'POST', '/programmes/qtls/registrations', { cohortId: cohort.id, ...payload });

    const missing = await register({ answers: { ...QTLS_ANSWERS, englishAndMaths: undefined }, acceptTerms: false });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.acceptTerms', 'body.answers.englishAndMaths']);
    await refused(await register({ answers: { ...QTLS_ANSWERS, teachingQualification: false }, acceptTerms: true }), 'not-eligible');
    expect(await db().select().from(programmeParticipants).where(eq(programmeParticipants.organisationId, x.org.id))).toEqual([]);

    const registered = await ok(await register({ answers: QTLS_ANSWERS, acceptTerms: true }), 201);
    expect(registered).toMatchObject({ state: 'registered', standing: 'participant', programmeTitle: 'Professional formation leading to QTLS', marking: null, steps: ['arrange_support', 'withdraw'] });
    const [deadline] = await db().select().from(deadlines).where(and(eq(deadlines.recordId, registered.id), eq(deadlines.kind, 'portfolio-submission')));
    expect(deadline).toMatchObject({ ownerId: x.member.id, dueAt: new Date('2027-08-01T22:59:59.999Z') });
    await refused(await register({ answers: QTLS_ANSWERS, acceptTerms: true }), 'registered-already');
    // Staff and other members do not register here, or see it.
    expect((await call(x, x.team, 'POST', '/programmes/qtls/registrations', { cohortId: cohort.id, answers: QTLS_ANSWERS, acceptTerms: true })).statusCode).toBe(403);
    expect((await call(x, x.other, 'GET', `/participants/${registered.id}`)).statusCode).toBe(404);
    expect((await call(x, x.reviewer, 'GET', `/participants/${registered.id}`)).statusCode).toBe(404);
    expect(await ok(await call(x, x.other, 'GET', '/participants'))).toEqual([]);
  });
});

describe('the portfolio, from writing to award', () => {
  it('locks what is submitted, keeps the team out before it, and never lets the supporter review it', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const x = await body();
    const cohort = await openCohort(x, '2027-02-01');
    const { id } = await ok(await call(x, x.member, 'POST', '/programmes/qtls/registrations', { cohortId: cohort.id, answers: QTLS_ANSWERS, acceptTerms: true }), 201);
    await refused(await call(x, x.member, 'PUT', `/participants/${id}/portfolio/values`, { text: 'Too soon.' }), 'portfolio-locked');
    await refused(await stepOf(x, x.member, id, { type: 'await_mentor' }), 'participant-appoints-supporter');
    expect((await stepOf(x, x.member, id, { type: 'arrange_support', personId: x.reviewer.id })).json().errors[0]).toMatchObject({ field: 'body.personId' });
    await ok(await stepOf(x, x.member, id, { type: 'arrange_support', personId: x.supporter.id }));
    await refused(await stepOf(x, x.member, id, { type: 'begin' }), 'programme-not-started');

    await moveTo(x, '2027-02-02T09:00:00Z');
    await ok(await stepOf(x, x.member, id, { type: 'begin' }));
    await ok(await call(x, x.member, 'PUT', `/participants/${id}/portfolio/values`, { text: 'How I challenge my own practice.' }));
    expect((await call(x, x.member, 'PUT', `/participants/${id}/portfolio/nonsense`, { text: 'x' })).json().errors[0]).toMatchObject({ field: 'params.section' });
    await refused(await stepOf(x, x.member, id, { type: 'submit' }), 'portfolio-incomplete');

    // The supporter follows it; the team sees where it stands but not its content before submission (001 §6.1.5).
    const followed = await ok(await call(x, x.supporter, 'GET', `/participants/${id}`));
    expect(followed).toMatchObject({ standing: 'support', marking: null });
    expect(followed.sections[0].text).toBe('How I challenge my own practice.');
    const overseen = await ok(await call(x, x.team, 'GET', `/participants/${id}`));
    expect(overseen.standing).toBe('team');
    expect(overseen.sections.every((s: { text: string | null }) => s.text === null)).toBe(true);
    expect((await call(x, x.supporter, 'PUT', `/participants/${id}/portfolio/values`, { text: 'Written for them.' })).statusCode).toBe(403);

    for (const section of ['knowledge', 'skills']) await ok(await call(x, x.member, 'PUT', `/participants/${id}/portfolio/${section}`, { text: `Evidence for ${section}.` }));
    const submitted = await ok(await stepOf(x, x.member, id, { type: 'submit' }));
    expect(submitted.state).toBe('submitted');
    expect(submitted.lockedCopies).toEqual([expect.objectContaining({ attempt: 1, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), content: expect.objectContaining({ values: 'How I challenge my own practice.' }) })]);
    await refused(await call(x, x.member, 'PUT', `/participants/${id}/portfolio/values`, { text: 'A change after.' }), 'portfolio-locked');
    await refused(await stepOf(x, x.member, id, { type: 'submit' }), 'participant-state');
    expect((await db().select().from(deadlines).where(and(eq(deadlines.recordId, id), eq(deadlines.kind, 'portfolio-submission'))))[0]!.metAt).not.toBeNull();

    await refused(await stepOf(x, x.team, id, { type: 'allocate_reviewer', reviewerId: x.supporter.id }), 'reviewer-conflict');
    expect((await stepOf(x, x.member, id, { type: 'allocate_reviewer', reviewerId: x.reviewer.id })).statusCode).toBe(403);
    await ok(await stepOf(x, x.team, id, { type: 'allocate_reviewer', reviewerId: x.reviewer.id }));
    // Review is not blind on this programme: the participant, their supporter and the reviewer each see both names.
    for (const who of [x.member, x.supporter, x.reviewer, x.team]) {
      expect(await ok(await call(x, who, 'GET', `/participants/${id}`))).toMatchObject({ supporter: { id: x.supporter.id, name: 'Test Supporter' }, reviewer: { id: x.reviewer.id, name: 'Test Reviewer' } });
    }
    expect((await call(x, x.otherReviewer, 'GET', `/participants/${id}`)).statusCode).toBe(404);
    expect(await ok(await call(x, x.reviewer, 'GET', '/participants'))).toEqual([expect.objectContaining({ id, standing: 'reviewer', markingStage: 'not_started' })]);

    await review(x, id, ['knowledge']);
    await refused(await stepOf(x, x.reviewer, id, { type: 'review_criterion', criterion: 'skills', outcome: 'criteria_met', feedback: FEEDBACK }), 'marking-stage');
    // Nothing of the marking reaches the participant before release.
    const waiting = await ok(await call(x, x.member, 'GET', `/participants/${id}`));
    expect(waiting.view.submissions).toEqual([expect.objectContaining({ released: false })]);
    expect(JSON.stringify(waiting)).not.toContain(FEEDBACK);

    // Every "criteria not met" is in the sample; the moderator confirms with reasons and a note of their own.
    expect(await ok(await call(x, x.moderator, 'POST', `/programme-cohorts/${cohort.id}/sample`))).toEqual({ sampled: [id], notSampled: [] });
    await refused(await call(x, x.team, 'POST', `/programme-cohorts/${cohort.id}/release`), 'release-together');
    await ok(await stepOf(x, x.moderator, id, { type: 'moderate', decision: 'confirm', reasons: REASONS, note: 'Moderators only: borderline on knowledge.' }));
    const released = await ok(await call(x, x.team, 'POST', `/programme-cohorts/${cohort.id}/release`));
    expect(released).toEqual({ released: [{ id, state: 'not_met' }] });

    const told = await ok(await call(x, x.member, 'GET', `/participants/${id}`));
    expect(told.view.submissions[0]).toMatchObject({ released: true, outcome: 'criteria_not_met' });
    expect(told.view.submissions[0].feedback).toHaveLength(3);
    expect(JSON.stringify(told)).not.toContain('Moderators only');
    expect(told.steps).toEqual(['resubmit', 'withdraw']);
    expect((await ok(await call(x, x.team, 'GET', `/participants/${id}`))).marking[0].moderatorNotes).toEqual([expect.objectContaining({ note: 'Moderators only: borderline on knowledge.' })]);
    const [resubmission] = await db().select().from(deadlines).where(and(eq(deadlines.recordId, id), eq(deadlines.kind, 'portfolio-resubmission')));
    expect(resubmission).toMatchObject({ ownerId: x.member.id, metAt: null });

    // The one free resubmission, not met again: a re-start in a later cohort with a new portfolio and the fee owed.
    await ok(await call(x, x.member, 'PUT', `/participants/${id}/portfolio/knowledge`, { text: 'Evidence for knowledge, with research applied.' }));
    await ok(await stepOf(x, x.member, id, { type: 'resubmit' }));
    await ok(await stepOf(x, x.team, id, { type: 'allocate_reviewer', reviewerId: x.reviewer.id }));
    await review(x, id, ['knowledge']);
    await ok(await call(x, x.moderator, 'POST', `/programme-cohorts/${cohort.id}/sample`));
    await ok(await stepOf(x, x.moderator, id, { type: 'moderate', decision: 'confirm', reasons: REASONS }));
    expect((await ok(await call(x, x.team, 'POST', `/programme-cohorts/${cohort.id}/release`))).released).toEqual([{ id, state: 'restart_required' }]);
    await refused(await stepOf(x, x.member, id, { type: 'resubmit' }), 'one-free-resubmission');
    expect(await db().select({ attempt: portfolioSubmissions.attempt }).from(portfolioSubmissions).where(eq(portfolioSubmissions.participantId, id))).toEqual([{ attempt: 1 }, { attempt: 2 }]);

    await refused(await stepOf(x, x.team, id, { type: 'restart', cohortId: cohort.id }), 'restart-cohort');
    const later = await openCohort(x, '2027-09-01');
    const restarted = await ok(await stepOf(x, x.team, id, { type: 'restart', cohortId: later.id }));
    expect(restarted).toMatchObject({ state: 'registered', cohort: { id: later.id }, view: { feeOwedPence: 10_000 } });
    expect(restarted.id).not.toBe(id);
    expect((await ok(await call(x, x.member, 'GET', `/participants/${id}`))).state).toBe('restarted');
    expect(await ok(await call(x, x.team, 'GET', `/programme-cohorts/${cohort.id}`))).toMatchObject({ funnel: { registered: 1, submitted: 1, awarded: 0, restarted: 1, withdrawn: 0 }, open: 0 });

    const actions = (await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.recordId, id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['programme.registered', 'programme.submitted', 'programme.reviewer_allocated', 'programme.moderated', 'programme.released', 'programme.resubmitted', 'programme.restarted', 'programme.viewed']));
  });

  it('awards on "criteria met" released with the cohort, and bars a reviewer with a declared conflict', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const x = await body();
    const { cohort, id } = await writing(x);
    await ok(await stepOf(x, x.member, id, { type: 'submit' }));
    await db().insert(declarations).values({ organisationId: x.org.id, declarantId: x.otherReviewer.id, kind: 'relationship', state: 'submitted', submittedAt: clock.now(), namedPersonIds: [x.member.id] });
    await refused(await stepOf(x, x.team, id, { type: 'allocate_reviewer', reviewerId: x.otherReviewer.id }), 'reviewer-conflict');
    await ok(await stepOf(x, x.team, id, { type: 'allocate_reviewer', reviewerId: x.reviewer.id }));
    await review(x, id);
    // The member's own data export holds their place, portfolio and locked copy, but no feedback before release.
    const exported = async () => ((await t.app.inject({ method: 'GET', url: '/api/me/export', headers: { cookie: x.member.session.cookie } })).json().programmes as { standing: { submissions: { feedback?: unknown[] }[] }; sections: unknown[]; lockedCopies: unknown[] }[]);
    const [before] = await exported();
    expect(before).toMatchObject({ programme: 'Professional formation leading to QTLS', lockedCopies: [{ attempt: 1, content: { values: 'My evidence for values, with reflection.' } }] });
    expect(JSON.stringify(before)).not.toContain(FEEDBACK);
    const drawn = await ok(await call(x, x.moderator, 'POST', `/programme-cohorts/${cohort.id}/sample`));
    // One review at 20%: the sample is one, so it is moderated.
    expect(drawn.sampled).toEqual([id]);
    expect((await stepOf(x, x.reviewer, id, { type: 'moderate', decision: 'confirm', reasons: REASONS })).statusCode).toBe(403);
    await ok(await stepOf(x, x.moderator, id, { type: 'moderate', decision: 'confirm', reasons: REASONS }));
    await ok(await call(x, x.team, 'POST', `/programme-cohorts/${cohort.id}/release`));
    const awarded = await ok(await call(x, x.member, 'GET', `/participants/${id}`));
    expect(awarded).toMatchObject({ state: 'awarded', steps: [] });
    expect(JSON.stringify(await exported())).toContain(FEEDBACK);
    await refused(await stepOf(x, x.member, id, { type: 'withdraw', reason: 'Changed my mind.' }), 'participant-closed');
  });

  it('shows the reviewer of a blind-reviewed programme an identifier, never the name', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const x = await body();
    const cohort = await openCohort(x, '2027-02-01', 'ats');
    const answers = { member: true, qualifiedTeacher: true, teachingInSector: true, mentorIdentified: false };
    const { id } = await ok(await call(x, x.member, 'POST', '/programmes/ats/registrations', { cohortId: cohort.id, answers, acceptTerms: true }), 201);
    await ok(await stepOf(x, x.member, id, { type: 'await_mentor' }));
    await db().update(programmeParticipants).set({ reviewerId: x.reviewer.id, supportPersonId: x.supporter.id }).where(eq(programmeParticipants.id, id));
    const seen = await ok(await call(x, x.reviewer, 'GET', `/participants/${id}`));
    expect(seen.name).toMatch(/^Candidate [0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(JSON.stringify(seen)).not.toContain('Member');
    // Nor the mentor's name, which leads back to the participant; and the participant and their mentor never learn the reviewer's.
    expect(seen).toMatchObject({ supporter: null, reviewer: { id: x.reviewer.id, name: 'Test Reviewer' } });
    for (const who of [x.member, x.supporter]) {
      const theirs = await ok(await call(x, who, 'GET', `/participants/${id}`));
      expect(theirs).toMatchObject({ supporter: { id: x.supporter.id, name: 'Test Supporter' }, reviewer: null });
      expect(JSON.stringify(theirs)).not.toContain('Test Reviewer');
    }
    expect(await ok(await call(x, x.team, 'GET', `/participants/${id}`))).toMatchObject({ supporter: { name: 'Test Supporter' }, reviewer: { name: 'Test Reviewer' } });
    expect((await ok(await call(x, x.reviewer, 'GET', '/participants')))[0].name).toBe(seen.name);
    expect((await ok(await call(x, x.team, 'GET', `/participants/${id}`))).name).toBe('Test Member');
  });
});

describe('support, adjustments and appeals', () => {
  it('flags a late request for adjustments, and an agreed one adds support requests and moves the deadline', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const x = await body();
    const cohort = await openCohort(x, '2027-02-01');
    const { id } = await ok(await call(x, x.member, 'POST', '/programmes/qtls/registrations', { cohortId: cohort.id, answers: QTLS_ANSWERS, acceptTerms: true }), 201);
    await ok(await stepOf(x, x.member, id, { type: 'arrange_support', personId: x.supporter.id }));
    await refused(await call(x, x.member, 'POST', `/participants/${id}/adjustments`, { needs: 'Extra time' }), 'needs-needed');
    const asked = await ok(await call(x, x.member, 'POST', `/participants/${id}/adjustments`, { needs: 'Extra time to write, as I have dyslexia.' }), 201);
    // 001 §3.1.1: a month before the start was 2027-01-01: recorded all the same, and flagged.
    expect(asked.adjustments[0]).toMatchObject({ late: true, beforeStart: true, decision: null });
    expect(asked.allowed).toEqual(['programme.participate']);
    const adjustmentId = asked.adjustments[0].id;
    expect((await ok(await call(x, x.team, 'GET', '/programme-support'))).adjustments).toEqual([
      expect.objectContaining({ id: adjustmentId, participantId: id, name: 'Test Member', programme: 'qtls', startsOn: '2027-02-01', late: true, beforeStart: true }),
    ]);
    expect((await ok(await call(x, x.member, 'GET', `/participants/${id}`))).deadlines).toEqual({ submissionDeadline: '2027-08-01', resubmissionDeadline: '2027-11-01' });
    const decide = (payload: object) => call(x, x.team, 'POST', `/participants/${id}/adjustments/${adjustmentId}/decision`, payload);
    expect((await call(x, x.member, 'POST', `/participants/${id}/adjustments/${adjustmentId}/decision`, { agreed: true, reasons: REASONS })).statusCode).toBe(403);
    await refused(await decide({ agreed: true, reasons: REASONS }), 'arrangement-needed');
    const arrangement = { extraSupportRequests: 2, submissionExtensionDays: 14, resubmissionExtensionDays: 0, supportDuringReview: true, other: '' };
    const agreed = await ok(await decide({ agreed: true, arrangement, reasons: REASONS }));
    expect(agreed).toMatchObject({ limit: 8, left: 8, arrangement, allowed: ['programme.manage'] });
    await refused(await decide({ agreed: false, reasons: REASONS }), 'adjustment-decided');
    expect((await ok(await call(x, x.team, 'GET', '/programme-support'))).adjustments).toEqual([]);
    // The participant's own submission deadline moves with the agreed extension; the cohort's stays.
    expect(await ok(await call(x, x.member, 'GET', `/participants/${id}`))).toMatchObject({ cohort: { submissionDeadline: '2027-08-01' }, deadlines: { submissionDeadline: '2027-08-15', resubmissionDeadline: '2027-11-01' } });
    const submission = await db().select().from(deadlines).where(and(eq(deadlines.recordId, id), eq(deadlines.kind, 'portfolio-submission')));
    expect(submission.map((d) => [d.dueAt.toISOString(), d.waivedAt !== null])).toEqual(
      expect.arrayContaining([
        ['2027-08-01T22:59:59.999Z', true],
        ['2027-08-15T22:59:59.999Z', false],
      ]),
    );

    // The fair-use limit with the agreed extra: eight, through the programme's channels only.
    await refused(await call(x, x.member, 'POST', `/participants/${id}/support-requests`, { channel: 'ats', question: 'What counts as evidence?' }), 'support-channel');
    for (let i = 0; i < 8; i++) await ok(await call(x, x.member, 'POST', `/participants/${id}/support-requests`, { channel: 'portfolio', question: `Question number ${i + 1} on the portfolio.` }), 201);
    await refused(await call(x, x.member, 'POST', `/participants/${id}/support-requests`, { channel: 'general', question: 'One more question, please.' }), 'support-limit');
    const queue = await ok(await call(x, x.team, 'GET', '/programme-support'));
    expect(queue.requests).toHaveLength(8);
    expect(queue.requests[0]).toMatchObject({ participantId: id, name: 'Test Member', channel: 'portfolio' });
    const requestId = queue.requests[0].id;
    expect((await call(x, x.member, 'POST', `/participants/${id}/support-requests/${requestId}/answer`, { text: 'Answering myself here.' })).statusCode).toBe(403);
    const answered = await ok(await call(x, x.team, 'POST', `/participants/${id}/support-requests/${requestId}/answer`, { text: 'See the guidance notes under each section.' }));
    expect(answered.requests[0]).toMatchObject({ answer: 'See the guidance notes under each section.' });
    await refused(await call(x, x.team, 'POST', `/participants/${id}/support-requests/${requestId}/answer`, { text: 'A second answer to it.' }), 'support-answered');
    expect((await call(x, x.other, 'GET', `/participants/${id}/support`)).statusCode).toBe(404);
    expect((await ok(await call(x, x.supporter, 'GET', `/participants/${id}/support`))).allowed).toEqual([]);
  });

  it('answers an appeal against the sufficiency of support within 10 working days, tracked as a deadline', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const x = await body();
    const cohort = await openCohort(x, '2027-02-01');
    const { id } = await ok(await call(x, x.member, 'POST', '/programmes/qtls/registrations', { cohortId: cohort.id, answers: QTLS_ANSWERS, acceptTerms: true }), 201);
    await refused(await call(x, x.member, 'POST', `/participants/${id}/appeals`, { grounds: 'Not enough.' }), 'grounds-needed');
    const lodged = await ok(await call(x, x.member, 'POST', `/participants/${id}/appeals`, { grounds: 'My questions on the portfolio went unanswered for three weeks.' }), 201);
    expect(lodged.appeals[0]).toMatchObject({ responseDueOn: '2027-01-18', standing: 'awaiting_response' });
    const appealId = lodged.appeals[0].id;
    const [deadline] = await db().select().from(deadlines).where(eq(deadlines.recordId, appealId));
    expect(deadline).toMatchObject({ kind: 'support-appeal-response', ownerId: x.team.id, metAt: null });
    expect((await ok(await call(x, x.team, 'GET', '/programme-support'))).appeals).toEqual([expect.objectContaining({ id: appealId, participantId: id, standing: 'awaiting_response' })]);
    expect((await call(x, x.member, 'POST', `/participants/${id}/appeals/${appealId}/response`, { text: 'I answer my own appeal here.' })).statusCode).toBe(403);
    const answered = await ok(await call(x, x.team, 'POST', `/participants/${id}/appeals/${appealId}/response`, { text: 'We are sorry: a named adviser now answers within two days.' }));
    expect(answered.appeals[0]).toMatchObject({ standing: 'responded' });
    expect((await db().select().from(deadlines).where(eq(deadlines.recordId, appealId)))[0]!.metAt).not.toBeNull();
    await refused(await call(x, x.team, 'POST', `/participants/${id}/appeals/${appealId}/response`, { text: 'A second response to it.' }), 'appeal-answered');
    expect((await ok(await call(x, x.team, 'GET', '/programme-support'))).appeals).toEqual([]);
  });

  it('puts overdue appeals first in the team’s queue', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const x = await body();
    const cohort = await openCohort(x, '2027-02-01');
    const { id } = await ok(await call(x, x.member, 'POST', '/programmes/qtls/registrations', { cohortId: cohort.id, answers: QTLS_ANSWERS, acceptTerms: true }), 201);
    const first = (await ok(await call(x, x.member, 'POST', `/participants/${id}/appeals`, { grounds: 'My first question went unanswered for three weeks.' }), 201)).appeals[0].id;
    // 2027-01-18 was the last day to respond to the first.
    await moveTo(x, '2027-01-19T10:00:00Z');
    const second = (await ok(await call(x, x.member, 'POST', `/participants/${id}/appeals`, { grounds: 'The webinar for my stage was cancelled without notice.' }), 201)).appeals[1].id;
    const queue = await ok(await call(x, x.team, 'GET', '/programme-support'));
    expect(queue.appeals.map((a: { id: string; standing: string }) => [a.id, a.standing])).toEqual([
      [first, 'overdue'],
      [second, 'awaiting_response'],
    ]);
  });
});

describe('the demo', () => {
  it('starts each seeded participant’s submission deadline as registration does, met for the one who has submitted', async () => {
    startClockAt(new Date('2027-01-04T10:00:00Z'));
    const x = await body();
    const ids: Record<string, string> = { 'pst@demo.test': x.team.id, 'member@demo.test': x.member.id, 'aisha.khan@demo.test': x.other.id, 'supporter@demo.test': x.supporter.id, 'reviewer@demo.test': x.reviewer.id, 'mentor@demo.test': x.otherReviewer.id };
    await db().transaction((tx) => seedProgrammesDemo({ db: db(), mailer: t.app.mailer, publicUrl: t.config.publicUrl }, tx, x.org.id, (email) => ids[email]!));
    const seeded = await db().select().from(programmeParticipants).where(eq(programmeParticipants.organisationId, x.org.id));
    const found = await db().select().from(deadlines).where(and(eq(deadlines.organisationId, x.org.id), eq(deadlines.kind, 'portfolio-submission')));
    // The cohort started on 2026-12-05, a month before: six months of professional formation.
    expect(found.map((d) => ({ recordId: d.recordId, ownerId: d.ownerId, dueAt: d.dueAt.toISOString(), met: d.metAt !== null })).sort((a, b) => a.ownerId.localeCompare(b.ownerId))).toEqual(
      [
        { recordId: seeded.find((p) => p.personId === x.member.id)!.id, ownerId: x.member.id, dueAt: '2027-06-05T22:59:59.999Z', met: false },
        { recordId: seeded.find((p) => p.personId === x.other.id)!.id, ownerId: x.other.id, dueAt: '2027-06-05T22:59:59.999Z', met: true },
      ].sort((a, b) => a.ownerId.localeCompare(b.ownerId)),
    );
  });
});
