import fc from 'fast-check';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addMonths, endOfLondonDay } from '../../platform/calendar/index.ts';
import { computeDue, KINDS } from '../deadlines/rules.ts';
import {
  answerRefusals,
  APPEAL_DEADLINE_KIND,
  appealStanding,
  arrangementOf,
  blindIdentifier,
  capacityRefusal,
  cohortDates,
  cohortDeadlines,
  cohortRefusals,
  decideAdjustment,
  deadlinesFor,
  EDGES,
  EVENT_TYPES,
  FINAL_STATES,
  lodgeAppeal,
  matchMentor,
  matchWaiting,
  moderationSample,
  namesShown,
  NO_ARRANGEMENT,
  nextAvailableCohort,
  openSteps,
  participantView,
  portfolioAccessRefusal,
  PROGRAMMES,
  register,
  registrationRefusals,
  releaseTogether,
  requestAdjustment,
  respondToAppeal,
  restartedParticipant,
  RESUBMISSION_DEADLINE_KIND,
  resubmissionDeadline,
  reviewerView,
  STATES,
  step,
  supportRequestRefusals,
  supportRequestsLeft,
  tailorProgramme,
  TRANSITIONS,
  type Arrangement,
  type Cohort,
  type Participant,
  type ParticipantEvent,
  type ParticipantEventType,
  type ParticipantState,
  type PoolMentor,
  type Programme,
  type StepContext,
} from './rules.ts';

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const qtls = PROGRAMMES.qtls;
const ats = PROGRAMMES.ats;
const HASH = 'a'.repeat(64);
const HASH2 = 'b'.repeat(64);
const FEEDBACK = 'The evidence shows reflection on practice, but the impact on learners is not shown.';
const REASONS = 'The evidence for this criterion was read again against the guidance notes.';
const PARTICIPANT = 'person-participant';
const SUPPORTER = 'person-supporter';
const REVIEWER = 'person-reviewer';
const REVIEWER2 = 'person-reviewer-2';
const MODERATOR = 'person-moderator';
const LINE_MANAGER = 'person-line-manager';
const CONFLICTED = 'person-conflicted';
const BARRED = new Set([LINE_MANAGER, CONFLICTED]);

const COHORT: Cohort = { id: 'cohort-2026-03', programme: 'qtls', startsOn: '2026-03-02' };
const LATER: Cohort = { id: 'cohort-2026-09', programme: 'qtls', startsOn: '2026-09-01' };
const ATS_COHORT: Cohort = { id: 'ats-2026-03', programme: 'ats', startsOn: '2026-03-02' };

function contextFor(programme: Programme, p: Pick<Participant, 'cohort'>, now: Date, arrangement: Arrangement = NO_ARRANGEMENT): StepContext {
  return { programme, now, dates: cohortDates(programme, p.cohort.startsOn), arrangement, barred: BARRED };
}

/** Runs steps, failing the test at the first refusal. */
function run(programme: Programme, p: Participant, ...steps: [ParticipantEvent, string][]): Participant {
  return steps.reduce((current, [event, day]) => {
    const result = step(current, event, contextFor(programme, current, at(day)));
    if (!result.ok) throw new Error(`${event.type} refused: ${result.refusals.map((r) => r.rule).join(', ')}`);
    return result.value;
  }, p);
}

const refusal = (p: Participant, event: ParticipantEvent, day: string, programme = qtls, arrangement = NO_ARRANGEMENT) => {
  const r = step(p, event, contextFor(programme, p, at(day), arrangement));
  return r.ok ? null : r.refusals.map((x) => x.rule);
};

const registered = () => register(qtls, COHORT, PARTICIPANT, 'portfolio-1', at('2026-02-01'));
const inProgress = () => run(qtls, registered(), [{ type: 'arrange_support', personId: SUPPORTER, appointedBy: 'participant' }, '2026-02-02'], [{ type: 'begin' }, '2026-03-02']);
const submitted = () => run(qtls, inProgress(), [{ type: 'submit', contentHash: HASH }, '2026-08-20'], [{ type: 'allocate_reviewer', reviewerId: REVIEWER }, '2026-09-03']);
const reviewAll = (programme: Programme, notMet: string[] = []): [ParticipantEvent, string][] => [
  ...programme.sections.map((s): [ParticipantEvent, string] => [{ type: 'review_criterion', by: REVIEWER, criterion: s.key, outcome: notMet.includes(s.key) ? 'criteria_not_met' : 'criteria_met', feedback: FEEDBACK }, '2026-09-10']),
  [{ type: 'complete_review', by: REVIEWER }, '2026-09-11'],
];
/** Reviewed to "not met" on the skills section, moderated and confirmed: ready for release. */
const moderatedNotMet = () =>
  run(qtls, submitted(), ...reviewAll(qtls, ['skills']), [{ type: 'sample', sampled: true }, '2026-09-15'], [{ type: 'moderate', by: MODERATOR, decision: 'confirm', reasons: REASONS, note: 'PRIVATE: check the reviewer’s other marking.' }, '2026-09-20']);
const notMet = () => run(qtls, moderatedNotMet(), [{ type: 'release' }, '2026-10-01']);
const resubmittedOnce = () => run(qtls, notMet(), [{ type: 'resubmit', contentHash: HASH2 }, '2026-12-01'], [{ type: 'allocate_reviewer', reviewerId: REVIEWER }, '2026-12-02']);

describe('the programmes', () => {
  it('run professional formation over 6 months with a supporter the participant appoints, and ATS over 12 with a mentor the body may appoint (001 §4.1, §4.2, §6.1.2, §6.1.3)', () => {
    expect(qtls).toMatchObject({ months: 6, supportRole: 'supporter', bodyMayAppoint: false });
    expect(ats).toMatchObject({ months: 12, supportRole: 'mentor', bodyMayAppoint: true });
    expect(qtls.channels).toEqual(['general', 'eligibility', 'portfolio', 'technical']);
    expect(ats.channels).toContain('ats');
  });

  it('cite provisions that exist in the codes library, and portfolio sections that cite the Professional Standards', () => {
    const keys = (file: string) => {
      const json = JSON.parse(fs.readFileSync(new URL(`../../../codes/${file}`, import.meta.url), 'utf8')) as { provisions: { key: string; children?: unknown[] }[] };
      const found = new Set<string>();
      const walk = (list: { key: string; children?: unknown[] }[]) => list.forEach((p) => (found.add(p.key), walk((p.children ?? []) as typeof list)));
      walk(json.provisions);
      return found;
    };
    const library: Record<string, Set<string>> = { 'set-qtls-ats-support-policy': keys('set-qtls-ats-support-policy.2022.json'), 'set-professional-standards': keys('set-professional-standards.2014.json') };
    for (const programme of [qtls, ats]) {
      const cited = [...programme.cites, programme.terms, ...programme.sections.flatMap((s) => s.cites), ...programme.eligibility.flatMap((q) => q.cites)];
      for (const c of cited) for (const key of c.provisions) expect(library[c.code]?.has(key), `${programme.id}: ${c.code} ${key}`).toBe(true);
      expect(programme.sections.every((s) => s.guidance.length > 20)).toBe(true);
    }
  });

  it('take an organisation’s fees, fair-use limit, moderation rate, blind review and time to resubmit', () => {
    const r = tailorProgramme(qtls, { fees: { registrationPence: 50_000, restartPence: 12_500 }, supportRequestLimit: 10, moderationRatePercent: 25, blindReview: true, resubmissionMonths: 3 });
    expect(r.ok && r.value).toMatchObject({ supportRequestLimit: 10, moderationRatePercent: 25, blindReview: true, resubmissionMonths: 3, months: 6, fees: { restartPence: 12_500 } });
  });

  it('refuses every setting out of bounds at once, naming each field', () => {
    const r = tailorProgramme(qtls, { fees: { registrationPence: -1, restartPence: 1.5 }, supportRequestLimit: 0, moderationRatePercent: 101, resubmissionMonths: 13 });
    expect(r.ok || r.refusals.map((x) => x.field)).toEqual(['fees.registrationPence', 'fees.restartPence', 'supportRequestLimit', 'moderationRatePercent', 'resubmissionMonths']);
  });
});

describe('a cohort’s dates', () => {
  it('follow from its start: adjustments a month before, submission at the end of the period, review over one month, then the resubmission (001 §3.1.1, §4.1, §4.4)', () => {
    expect(cohortDates(qtls, '2026-03-31')).toEqual({
      adjustmentsBy: '2026-02-28',
      startsOn: '2026-03-31',
      submissionDeadline: '2026-09-30',
      reviewEnds: '2026-10-30',
      resubmissionDeadline: '2026-12-30',
      resubmissionReviewEnds: '2027-01-30',
    });
    expect(cohortDates(ats, '2028-01-31')).toMatchObject({ adjustmentsBy: '2027-12-31', submissionDeadline: '2029-01-31', reviewEnds: '2029-02-28' });
  });

  it('take the programme’s own time to resubmit', () => {
    const slower = { ...qtls, resubmissionMonths: 3 };
    expect(cohortDates(slower, '2026-03-02').resubmissionDeadline).toBe(addMonths(cohortDates(slower, '2026-03-02').reviewEnds, 3));
  });

  it('are the days the Deadlines engine chases, with kinds that exist and the same periods', () => {
    const dates = cohortDates(qtls, '2026-03-02');
    const deadlines = cohortDeadlines(dates);
    expect(deadlines.map((d) => d.kind)).toEqual(['adjustment-request', 'portfolio-submission', 'review-and-moderation']);
    const england = { nation: 'england-and-wales' as const };
    const start = endOfLondonDay(dates.startsOn);
    expect(computeDue(KINDS['adjustment-request'].rule, start, england).dueAt).toEqual(endOfLondonDay(dates.adjustmentsBy));
    expect(computeDue(KINDS['portfolio-submission'].rule, start, england).dueAt).toEqual(endOfLondonDay(dates.submissionDeadline));
    expect(computeDue(KINDS['review-and-moderation'].rule, endOfLondonDay(dates.submissionDeadline), england).dueAt).toEqual(endOfLondonDay(dates.reviewEnds));
    expect(computeDue(KINDS[RESUBMISSION_DEADLINE_KIND].rule, endOfLondonDay(dates.reviewEnds), england).dueAt).toEqual(endOfLondonDay(dates.resubmissionDeadline));
    expect(KINDS['portfolio-resubmission'].cites?.provisions).toEqual(['6.2.1', '6.2.3']);
  });
});

describe('opening cohorts and finding the next one', () => {
  it('opens a cohort on a real day, not in the past, and not twice on the same day', () => {
    expect(cohortRefusals(qtls, '2026-09-01', [COHORT], at('2026-03-01'))).toEqual([]);
    expect(cohortRefusals(qtls, '2026-02-30', [], at('2026-01-01'))).toMatchObject([{ rule: 'cohort-start', field: 'startsOn' }]);
    expect(cohortRefusals(qtls, '2025-12-01', [], at('2026-01-01'))).toMatchObject([{ rule: 'cohort-start' }]);
    expect(cohortRefusals(qtls, '2026-03-02', [COHORT], at('2026-01-01'))).toMatchObject([{ rule: 'cohort-exists' }]);
    expect(cohortRefusals(ats, '2026-03-02', [COHORT], at('2026-01-01'))).toEqual([]);
  });

  it('finds the next available cohort of the programme: later, not yet started, the earliest of those (001 §6.2.3)', () => {
    const cohorts = [LATER, { id: 'x', programme: 'qtls' as const, startsOn: '2027-03-01' }, { ...ATS_COHORT, startsOn: '2026-06-01' }, COHORT];
    expect(nextAvailableCohort(cohorts, 'qtls', COHORT.startsOn, at('2026-06-01'))).toBe(LATER);
    expect(nextAvailableCohort(cohorts, 'qtls', COHORT.startsOn, at('2026-10-01'))?.startsOn).toBe('2027-03-01');
    expect(nextAvailableCohort(cohorts, 'qtls', COHORT.startsOn, at('2027-04-01'))).toBeNull();
  });
});

describe('registration', () => {
  const eligible = { member: true, teachingQualification: true, englishAndMaths: true, teachingInSector: true, supporterIdentified: false };

  it('takes a person who answers every question and is eligible, on a cohort not yet started', () => {
    expect(registrationRefusals(qtls, COHORT, eligible, at('2026-02-01'))).toEqual([]);
  });

  it('names every unanswered question, every answer that makes a person ineligible, and any question not asked', () => {
    const rules = registrationRefusals(qtls, COHORT, { ...eligible, member: false, englishAndMaths: 'yes', teachingQualification: undefined, favouriteColour: true }, at('2026-02-01'));
    expect(rules.map((r) => [r.rule, r.field])).toEqual([
      ['not-eligible', 'answers.member'],
      ['eligibility-answer', 'answers.teachingQualification'],
      ['eligibility-answer', 'answers.englishAndMaths'],
      ['eligibility-answer', 'answers.favouriteColour'],
    ]);
  });

  it('closes when the cohort starts, and takes only a cohort of the programme', () => {
    expect(registrationRefusals(qtls, COHORT, eligible, at('2026-03-02')).map((r) => r.rule)).toEqual(['registration-closed']);
    expect(registrationRefusals(qtls, ATS_COHORT, eligible, at('2026-02-01')).map((r) => r.rule)).toEqual(['cohort-programme']);
  });
});

describe('reasonable adjustments', () => {
  const dates = cohortDates(qtls, COHORT.startsOn);
  const needs = 'I am dyslexic and need extra time to write up my evidence.';
  const more: Arrangement = { ...NO_ARRANGEMENT, extraSupportRequests: 4, submissionExtensionDays: 28, supportDuringReview: true };

  it('are asked for at least one month before the start; a later request is recorded and flagged late, never refused (001 §3.1.1)', () => {
    const onTime = requestAdjustment(dates, needs, at('2026-02-02'));
    expect(onTime.ok && onTime.value).toMatchObject({ late: false, beforeStart: true, decision: null });
    const late = requestAdjustment(dates, needs, at('2026-02-03'));
    expect(late.ok && late.value).toMatchObject({ late: true, beforeStart: true });
    const afterStart = requestAdjustment(dates, needs, at('2026-04-01'));
    expect(afterStart.ok && afterStart.value).toMatchObject({ late: true, beforeStart: false });
    const empty = requestAdjustment(dates, ' ', at('2026-02-01'));
    expect(empty.ok || empty.refusals).toMatchObject([{ rule: 'needs-needed', field: 'needs' }]);
  });

  it('are agreed with what they change, or declined with reasons, and decided once', () => {
    const request = requestAdjustment(dates, needs, at('2026-01-10'));
    if (!request.ok) throw new Error('refused');
    const agreed = decideAdjustment(request.value, { agreed: true, arrangement: more, reasons: REASONS }, at('2026-01-20'));
    expect(agreed.ok && agreed.value.decision).toMatchObject({ agreed: true, arrangement: more });
    if (!agreed.ok) throw new Error('refused');
    expect(decideAdjustment(agreed.value, { agreed: false, reasons: REASONS }, at('2026-01-21'))).toMatchObject({ ok: false, refusals: [{ rule: 'adjustment-decided' }] });
    expect(decideAdjustment(request.value, { agreed: true, arrangement: NO_ARRANGEMENT, reasons: REASONS }, at('2026-01-20'))).toMatchObject({ ok: false, refusals: [{ rule: 'arrangement-needed' }] });
    expect(decideAdjustment(request.value, { agreed: true, reasons: '' }, at('2026-01-20'))).toMatchObject({ ok: false, refusals: [{ rule: 'reasons-needed' }, { rule: 'arrangement-needed' }] });
    expect(decideAdjustment(request.value, { agreed: true, arrangement: { ...more, submissionExtensionDays: -3 }, reasons: REASONS }, at('2026-01-20'))).toMatchObject({
      ok: false,
      refusals: [{ rule: 'arrangement', field: 'arrangement.submissionExtensionDays' }],
    });
    const declined = decideAdjustment(request.value, { agreed: false, reasons: REASONS }, at('2026-01-20'));
    expect(declined.ok && declined.value.decision).toMatchObject({ agreed: false, arrangement: null });
  });

  it('arrange support during review only for someone who asked before their programme started (001 §6.2.2)', () => {
    const request = requestAdjustment(dates, needs, at('2026-03-10'));
    if (!request.ok) throw new Error('refused');
    const r = decideAdjustment(request.value, { agreed: true, arrangement: more, reasons: REASONS }, at('2026-03-12'));
    expect(r.ok || r.refusals.map((x) => x.rule)).toEqual(['support-during-review-needs-prior-request']);
  });

  it('add up, and change the deadlines and limits that apply to the participant', () => {
    const decided = (a: Arrangement) => ({ needs, requestedAt: at('2026-01-01'), late: false, beforeStart: true, decision: { agreed: true, arrangement: a, reasons: REASONS, decidedAt: at('2026-01-02') } });
    const sum = arrangementOf([decided(more), decided({ ...NO_ARRANGEMENT, extraSupportRequests: 2, resubmissionExtensionDays: 14, other: 'A reader for webinars.' }), { ...decided(more), decision: { agreed: false, arrangement: null, reasons: REASONS, decidedAt: at('2026-01-02') } }]);
    expect(sum).toMatchObject({ extraSupportRequests: 6, submissionExtensionDays: 28, resubmissionExtensionDays: 14, supportDuringReview: true, other: 'A reader for webinars.' });
    expect(deadlinesFor(dates, sum)).toEqual({ submissionDeadline: '2026-09-30', resubmissionDeadline: '2026-12-16' });
    expect(supportRequestsLeft(qtls, sum, 10)).toBe(qtls.supportRequestLimit + 6 - 10);
  });
});

describe('a participant', () => {
  it('goes from registration to award: supporter, portfolio, submission, review, moderation, release (001 §4.3, §4.4)', () => {
    const p = run(qtls, submitted(), ...reviewAll(qtls), [{ type: 'sample', sampled: false }, '2026-09-15'], [{ type: 'release' }, '2026-10-01']);
    expect(p.state).toBe('awarded');
    expect(p.closedAt).toEqual(at('2026-10-01'));
    expect(p.history.map((h) => h.to)).toEqual(['support_arranged', 'in_progress', 'submitted', 'submitted', 'in_review', 'in_review', 'in_review', 'in_review', 'moderated', 'awarded']);
    expect(p.submissions).toMatchObject([{ attempt: 1, contentHash: HASH, stage: 'released', outcome: 'criteria_met', sampled: false }]);
  });

  it('on professional formation appoints their own supporter, and never waits for one from the body (001 §6.1.2)', () => {
    expect(refusal(registered(), { type: 'await_mentor' }, '2026-02-02')).toEqual(['participant-appoints-supporter']);
    expect(refusal(registered(), { type: 'arrange_support', personId: SUPPORTER, appointedBy: 'body' }, '2026-02-02')).toEqual(['participant-appoints-supporter']);
    expect(refusal(registered(), { type: 'arrange_support', personId: PARTICIPANT, appointedBy: 'participant' }, '2026-02-02')).toEqual(['support-not-self']);
  });

  it('on ATS may wait for the body to appoint a mentor from the pool (001 §6.1.3)', () => {
    const p = run(ats, register(ats, ATS_COHORT, PARTICIPANT, 'portfolio-a', at('2026-02-01')), [{ type: 'await_mentor' }, '2026-02-02'], [{ type: 'arrange_support', personId: 'mentor-1', appointedBy: 'body' }, '2026-02-10']);
    expect(p).toMatchObject({ state: 'support_arranged', support: { role: 'mentor', personId: 'mentor-1', appointedBy: 'body' } });
  });

  it('starts the portfolio when the programme starts, not before', () => {
    const p = run(qtls, registered(), [{ type: 'arrange_support', personId: SUPPORTER, appointedBy: 'participant' }, '2026-02-02']);
    expect(refusal(p, { type: 'begin' }, '2026-03-01')).toEqual(['programme-not-started']);
    expect(refusal(p, { type: 'submit', contentHash: HASH }, '2026-03-05')).toEqual(['participant-state']);
  });

  it('submits once, as a locked copy, by the submission deadline or an extended one', () => {
    expect(refusal(submitted(), { type: 'submit', contentHash: HASH }, '2026-09-04')).toEqual(['participant-state']);
    expect(refusal(inProgress(), { type: 'submit', contentHash: 'my draft' }, '2026-08-20')).toEqual(['locked-copy']);
    expect(refusal(inProgress(), { type: 'submit', contentHash: HASH }, '2026-09-03')).toEqual(['submission-deadline-passed']);
    expect(refusal(inProgress(), { type: 'submit', contentHash: HASH }, '2026-09-03', qtls, { ...NO_ARRANGEMENT, submissionExtensionDays: 14 })).toBeNull();
  });

  it('is never reviewed by themselves, their supporter, their line manager or someone with a declared conflict', () => {
    const p = run(qtls, inProgress(), [{ type: 'submit', contentHash: HASH }, '2026-08-20']);
    for (const reviewerId of [PARTICIPANT, SUPPORTER, LINE_MANAGER, CONFLICTED]) expect(refusal(p, { type: 'allocate_reviewer', reviewerId }, '2026-09-03'), reviewerId).toEqual(['reviewer-conflict']);
    expect(refusal(p, { type: 'allocate_reviewer', reviewerId: REVIEWER }, '2026-09-03')).toBeNull();
  });

  it('is reviewed only by the reviewer allocated, criterion by criterion, each with written feedback', () => {
    const p = submitted();
    expect(refusal(p, { type: 'review_criterion', by: REVIEWER2, criterion: 'values', outcome: 'criteria_met', feedback: FEEDBACK }, '2026-09-10')).toEqual(['not-allocated-reviewer']);
    expect(refusal(p, { type: 'review_criterion', by: REVIEWER, criterion: 'cooking', outcome: 'criteria_met', feedback: 'ok' }, '2026-09-10')).toEqual(['criterion', 'feedback-needed']);
    const started = run(qtls, p, [{ type: 'review_criterion', by: REVIEWER, criterion: 'values', outcome: 'criteria_met', feedback: FEEDBACK }, '2026-09-10']);
    expect(started.submissions[0]?.stage).toBe('in_review');
    expect(refusal(started, { type: 'allocate_reviewer', reviewerId: REVIEWER2 }, '2026-09-10')).toEqual(['participant-state']);
    expect(refusal(started, { type: 'complete_review', by: REVIEWER }, '2026-09-11')).toEqual(['every-criterion-reviewed']);
  });

  it('is reviewed by someone who has since declared a conflict: refused', () => {
    const r = step(submitted(), { type: 'review_criterion', by: REVIEWER, criterion: 'values', outcome: 'criteria_met', feedback: FEEDBACK }, { ...contextFor(qtls, { cohort: COHORT }, at('2026-09-10')), barred: new Set([REVIEWER]) });
    expect(r.ok || r.refusals.map((x) => x.rule)).toEqual(['reviewer-conflict']);
  });

  it('has every "criteria not met" moderated, and a moderator who is not the reviewer', () => {
    const reviewed = run(qtls, submitted(), ...reviewAll(qtls, ['skills']));
    expect(reviewed.submissions[0]?.reviewOutcome).toBe('criteria_not_met');
    expect(refusal(reviewed, { type: 'sample', sampled: false }, '2026-09-15')).toEqual(['not-met-moderated']);
    const sampled = run(qtls, reviewed, [{ type: 'sample', sampled: true }, '2026-09-15']);
    expect(refusal(sampled, { type: 'moderate', by: REVIEWER, decision: 'confirm', reasons: REASONS }, '2026-09-16')).toEqual(['moderator-conflict']);
    expect(refusal(sampled, { type: 'moderate', by: SUPPORTER, decision: 'confirm', reasons: REASONS }, '2026-09-16')).toEqual(['moderator-conflict']);
    expect(refusal(sampled, { type: 'moderate', by: MODERATOR, decision: 'change', reasons: 'no' }, '2026-09-16')).toEqual(['reasons-needed']);
  });

  it('is marked stage by stage: sampled once the review is done, moderated once sampled, each criterion met or not met', () => {
    const started = run(qtls, submitted(), [{ type: 'review_criterion', by: REVIEWER, criterion: 'values', outcome: 'criteria_met', feedback: FEEDBACK }, '2026-09-10']);
    expect(refusal(started, { type: 'sample', sampled: true }, '2026-09-11')).toEqual(['marking-stage']);
    expect(refusal(started, { type: 'moderate', by: MODERATOR, decision: 'confirm', reasons: REASONS }, '2026-09-11')).toEqual(['marking-stage']);
    expect(refusal(started, { type: 'complete_review', by: REVIEWER2 }, '2026-09-11')).toEqual(['not-allocated-reviewer']);
    expect(refusal(started, { type: 'review_criterion', by: REVIEWER, criterion: 'skills', outcome: 'partly' as never, feedback: FEEDBACK }, '2026-09-11')).toEqual(['criterion-outcome']);
    const done = run(qtls, started, ...reviewAll(qtls));
    expect(done.submissions[0]).toMatchObject({ stage: 'review_done', reviewOutcome: 'criteria_met' });
    expect(refusal(done, { type: 'review_criterion', by: REVIEWER, criterion: 'values', outcome: 'criteria_met', feedback: FEEDBACK }, '2026-09-12')).toEqual(['marking-stage']);
    expect(refusal(done, { type: 'moderate', by: MODERATOR, decision: 'confirm', reasons: REASONS }, '2026-09-12')).toEqual(['marking-stage']);
  });

  it('has an outcome a moderator changes, with reasons the participant reads after release', () => {
    const changed = run(qtls, submitted(), ...reviewAll(qtls), [{ type: 'sample', sampled: true }, '2026-09-15'], [{ type: 'moderate', by: MODERATOR, decision: 'change', reasons: REASONS }, '2026-09-16']);
    expect(changed.submissions[0]).toMatchObject({ reviewOutcome: 'criteria_met', outcome: 'criteria_not_met', stage: 'ready_for_release' });
    const released = run(qtls, changed, [{ type: 'release' }, '2026-10-01']);
    expect(released.state).toBe('not_met');
    expect(participantView(released).submissions[0]).toMatchObject({ released: true, outcome: 'criteria_not_met', moderationReasons: REASONS });
  });

  it('sees no feedback, no outcome and never a moderator’s notes before release; the feedback after', () => {
    const before = participantView(moderatedNotMet());
    expect(before.submissions).toEqual([{ attempt: 1, lockedAt: at('2026-08-20'), contentHash: HASH, released: false }]);
    const after = participantView(notMet());
    expect(after.submissions[0]).toMatchObject({ released: true, outcome: 'criteria_not_met', moderationReasons: null });
    expect(JSON.stringify(after)).toContain(FEEDBACK);
    expect(JSON.stringify(after)).not.toContain('PRIVATE');
    expect(notMet().submissions[0]?.moderatorNotes).toHaveLength(1);
  });

  it('resubmits once, free of charge, by the resubmission deadline (001 §6.2.1)', () => {
    const p = resubmittedOnce();
    expect(p).toMatchObject({ state: 'resubmitted', feeOwedPence: 0 });
    expect(p.submissions.map((s) => [s.attempt, s.contentHash])).toEqual([
      [1, HASH],
      [2, HASH2],
    ]);
    expect(refusal(notMet(), { type: 'resubmit', contentHash: HASH2 }, '2026-12-03')).toEqual(['resubmission-deadline-passed']);
  });

  it('gets the programme’s full time to resubmit when the outcome is released late', () => {
    const dates = cohortDates(qtls, COHORT.startsOn);
    expect(resubmissionDeadline(dates.resubmissionDeadline, qtls, at('2026-10-20'))).toBe('2026-12-20');
    expect(resubmissionDeadline(dates.resubmissionDeadline, qtls, at('2026-11-10'))).toBe('2027-01-10');
  });

  it('re-starts after a second "not met", in a later cohort with a new portfolio and an administration fee owed (001 §6.2.3)', () => {
    const second = run(qtls, resubmittedOnce(), ...reviewAll(qtls, ['values']).map(([e]): [ParticipantEvent, string] => [e, '2027-01-05']), [{ type: 'sample', sampled: true }, '2027-01-06'], [
      { type: 'moderate', by: MODERATOR, decision: 'confirm', reasons: REASONS },
      '2027-01-07',
    ], [{ type: 'release' }, '2027-01-20']);
    expect(second).toMatchObject({ state: 'restart_required', restart: { reason: 'second_not_met', feeOwedPence: qtls.fees.restartPence, into: null } });
    expect(refusal(second, { type: 'resubmit', contentHash: HASH }, '2027-01-21')).toEqual(['one-free-resubmission']);
    const later: Cohort = { id: 'cohort-2027-03', programme: 'qtls', startsOn: '2027-03-01' };
    expect(refusal(second, { type: 'restart', cohort: COHORT, portfolioId: 'portfolio-2' }, '2027-01-21')).toEqual(['restart-cohort']);
    expect(refusal(second, { type: 'restart', cohort: LATER, portfolioId: 'portfolio-2' }, '2027-01-21')).toEqual(['restart-cohort']);
    expect(refusal(second, { type: 'restart', cohort: { ...later, programme: 'ats' }, portfolioId: 'portfolio-1' }, '2027-01-21')).toEqual(['restart-cohort', 'new-portfolio']);
    const closed = run(qtls, second, [{ type: 'restart', cohort: later, portfolioId: 'portfolio-2' }, '2027-01-21']);
    expect(closed).toMatchObject({ state: 'restarted', closedAt: at('2027-01-21') });
    expect(restartedParticipant(closed, qtls)).toMatchObject({ state: 'registered', cohort: later, portfolioId: 'portfolio-2', restartedFrom: 'portfolio-1', feeOwedPence: qtls.fees.restartPence, submissions: [] });
  });

  it('re-starts, for the fee, when no resubmission comes by the deadline; not before it passes (001 §6.2.3)', () => {
    expect(refusal(notMet(), { type: 'lapse' }, '2026-12-02')).toEqual(['deadline-not-passed']);
    const lapsed = run(qtls, notMet(), [{ type: 'lapse' }, '2026-12-03']);
    expect(lapsed.restart).toEqual({ reason: 'late_resubmission', feeOwedPence: qtls.fees.restartPence, into: null });
    const extended = step(notMet(), { type: 'lapse' }, contextFor(qtls, { cohort: COHORT }, at('2026-12-03'), { ...NO_ARRANGEMENT, resubmissionExtensionDays: 30 }));
    expect(extended.ok || extended.refusals.map((x) => x.rule)).toEqual(['deadline-not-passed']);
  });

  it('re-starts without a fee when no first submission comes by the deadline', () => {
    expect(refusal(inProgress(), { type: 'lapse' }, '2026-09-02')).toEqual(['deadline-not-passed']);
    expect(run(qtls, inProgress(), [{ type: 'lapse' }, '2026-09-03']).restart).toEqual({ reason: 'missed_submission', feeOwedPence: 0, into: null });
  });

  it('withdraws at any point with a reason, and then changes no more; nor does one awarded', () => {
    expect(refusal(submitted(), { type: 'withdraw', reason: '' }, '2026-09-04')).toEqual(['reason-needed']);
    const withdrawn = run(qtls, submitted(), [{ type: 'withdraw', reason: 'I have moved to a post outside teaching.' }, '2026-09-04']);
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawal: { reason: 'I have moved to a post outside teaching.' }, closedAt: at('2026-09-04') });
    expect(refusal(withdrawn, { type: 'withdraw', reason: 'Again, for another reason.' }, '2026-09-05')).toEqual(['participant-closed']);
    const awarded = run(qtls, submitted(), ...reviewAll(qtls), [{ type: 'sample', sampled: false }, '2026-09-15'], [{ type: 'release' }, '2026-10-01']);
    expect(refusal(awarded, { type: 'withdraw', reason: 'Changed my mind after the award.' }, '2026-10-02')).toEqual(['participant-closed']);
    expect(openSteps(awarded, { programme: qtls })).toEqual([]);
  });

  it('refuses a step dated before the one it follows, and a step for another programme', () => {
    expect(refusal(inProgress(), { type: 'submit', contentHash: HASH }, '2026-03-01')).toEqual(['time-goes-forward']);
    expect(refusal(inProgress(), { type: 'submit', contentHash: HASH }, '2026-08-20', ats)).toEqual(['programme-mismatch']);
  });
});

describe('releasing a cohort’s outcomes', () => {
  it('releases them together once every one is moderated, or none, naming those not ready', () => {
    const ready = { id: 'a', participant: moderatedNotMet() };
    const notReady = { id: 'b', participant: submitted() };
    const ctx = (p: Participant) => contextFor(qtls, p, at('2026-10-01'));
    expect(releaseTogether([ready, notReady], ctx)).toMatchObject({ ok: false, refusals: [{ rule: 'release-together', field: 'b' }] });
    const r = releaseTogether([ready, { id: 'c', participant: moderatedNotMet() }], ctx);
    expect(r.ok && r.value.map((x) => [x.id, x.participant.state])).toEqual([
      ['a', 'not_met'],
      ['c', 'not_met'],
    ]);
  });
});

describe('moderation samples', () => {
  const reviews = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, outcome: i < 2 ? ('criteria_not_met' as const) : ('criteria_met' as const) }));

  it('take every "not met" and enough "met" to reach the rate, chosen by the seed', () => {
    const sample = moderationSample(reviews, 30, 'cohort-2026-03');
    expect(sample.size).toBe(3);
    expect(sample.has('r0') && sample.has('r1')).toBe(true);
    expect(moderationSample([...reviews].reverse(), 30, 'cohort-2026-03')).toEqual(sample);
    expect(moderationSample(reviews, 0, 'x')).toEqual(new Set(['r0', 'r1']));
    expect(moderationSample(reviews, 100, 'x').size).toBe(10);
  });

  it('always hold every "not met", reach the rate, and are the same for the same seed in any order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ id: fc.uuid(), outcome: fc.constantFrom('criteria_met' as const, 'criteria_not_met' as const) }), { selector: (r) => r.id, maxLength: 40 }), fc.integer({ min: 0, max: 100 }), fc.string(), (list, rate, seed) => {
        const sample = moderationSample(list, rate, seed);
        const notMet = list.filter((r) => r.outcome === 'criteria_not_met');
        for (const r of notMet) expect(sample.has(r.id)).toBe(true);
        expect(sample.size).toBe(Math.max(notMet.length, Math.ceil((list.length * rate) / 100)));
        for (const id of sample) expect(list.some((r) => r.id === id)).toBe(true);
        expect(moderationSample([...list].reverse(), rate, seed)).toEqual(sample);
      }),
    );
  });
});

describe('blind review', () => {
  it('shows the reviewer a stable identifier instead of the participant where the programme chooses it', () => {
    const p = submitted();
    expect(reviewerView(p, qtls, 'secret')).toMatchObject({ participant: { personId: PARTICIPANT } });
    const blind = reviewerView(p, { ...qtls, blindReview: true }, 'secret');
    expect(blind.participant).toEqual({ identifier: blindIdentifier('portfolio-1', 'secret') });
    expect(JSON.stringify(blind)).not.toContain(PARTICIPANT);
    expect(blindIdentifier('portfolio-1', 'secret')).toMatch(/^Candidate [0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(blindIdentifier('portfolio-1', 'secret')).not.toBe(blindIdentifier('portfolio-2', 'secret'));
  });

  it('keeps the reviewer’s name from the participant and their supporter, and the supporter’s from the reviewer, only under blind review', () => {
    for (const standing of ['participant', 'support', 'reviewer', 'team', 'moderator'] as const) expect(namesShown(standing, false)).toEqual({ supporter: true, reviewer: true });
    expect(namesShown('participant', true)).toEqual({ supporter: true, reviewer: false });
    expect(namesShown('support', true)).toEqual({ supporter: true, reviewer: false });
    expect(namesShown('reviewer', true)).toEqual({ supporter: false, reviewer: true });
    expect(namesShown('team', true)).toEqual({ supporter: true, reviewer: true });
    expect(namesShown('moderator', true)).toEqual({ supporter: true, reviewer: true });
  });
});

describe('support requests', () => {
  const ask = (channel: string, question = 'Which evidence counts for the skills section?') => ({ channel, question });

  it('go through the channels of the programme (001 §6.1.4)', () => {
    expect(supportRequestRefusals({ state: 'in_progress' }, qtls, NO_ARRANGEMENT, 0, ask('portfolio'))).toEqual([]);
    expect(supportRequestRefusals({ state: 'in_progress' }, qtls, NO_ARRANGEMENT, 0, ask('ats'))).toMatchObject([{ rule: 'support-channel', field: 'channel' }]);
    expect(supportRequestRefusals({ state: 'in_progress' }, ats, NO_ARRANGEMENT, 0, ask('ats'))).toEqual([]);
    expect(supportRequestRefusals({ state: 'in_progress' }, qtls, NO_ARRANGEMENT, 0, ask('general', '?'))).toMatchObject([{ rule: 'question-needed', field: 'question' }]);
  });

  it('are limited for fair access, unless an agreed arrangement allows more (001 §6.1.7)', () => {
    const limit = qtls.supportRequestLimit;
    expect(supportRequestRefusals({ state: 'in_progress' }, qtls, NO_ARRANGEMENT, limit - 1, ask('portfolio'))).toEqual([]);
    expect(supportRequestRefusals({ state: 'in_progress' }, qtls, NO_ARRANGEMENT, limit, ask('portfolio')).map((r) => r.rule)).toEqual(['support-limit']);
    expect(supportRequestRefusals({ state: 'in_progress' }, qtls, { ...NO_ARRANGEMENT, extraSupportRequests: 2 }, limit, ask('portfolio'))).toEqual([]);
    expect(supportRequestsLeft(qtls, NO_ARRANGEMENT, limit + 3)).toBe(0);
  });

  it('on the portfolio during review and moderation only by prior arrangement; general and technical ones stay open (001 §6.2.2)', () => {
    expect(supportRequestRefusals({ state: 'not_met' }, qtls, NO_ARRANGEMENT, 0, ask('portfolio')).map((r) => r.rule)).toEqual(['support-during-review-by-arrangement']);
    expect(supportRequestRefusals({ state: 'not_met' }, qtls, { ...NO_ARRANGEMENT, supportDuringReview: true }, 0, ask('portfolio'))).toEqual([]);
    expect(supportRequestRefusals({ state: 'in_review' }, qtls, NO_ARRANGEMENT, 0, ask('technical'))).toEqual([]);
  });

  it('end with the award or withdrawal (001 §4.3)', () => {
    for (const state of FINAL_STATES) expect(supportRequestRefusals({ state }, qtls, NO_ARRANGEMENT, 0, ask('general')).map((r) => r.rule)).toEqual(['participant-closed']);
  });

  it('are answered without feedback on the portfolio before submission, which the product refuses rather than discourages (001 §6.1.5)', () => {
    expect(answerRefusals({ state: 'in_progress' }, { text: 'See the guidance notes under section 3.', evidenceIds: [] })).toEqual([]);
    expect(answerRefusals({ state: 'in_progress' }, { text: 'Your lesson plan needs more on assessment.', evidenceIds: ['evidence-1'] })).toMatchObject([{ rule: 'no-feedback-before-submission', field: 'evidenceIds' }]);
    expect(answerRefusals({ state: 'not_met' }, { text: 'Your lesson plan needs more on assessment.', evidenceIds: ['evidence-1'] })).toMatchObject([{ rule: 'feedback-through-review' }]);
    expect(answerRefusals({ state: 'in_progress' }, { text: 'ok', evidenceIds: [] })).toMatchObject([{ rule: 'text-needed', field: 'text' }]);
    expect(portfolioAccessRefusal({ state: 'in_progress' }, 'team')?.rule).toBe('no-feedback-before-submission');
    expect(portfolioAccessRefusal({ state: 'in_progress' }, 'support')).toBeNull();
    expect(portfolioAccessRefusal({ state: 'submitted' }, 'reviewer')).toBeNull();
  });
});

describe('an appeal against the sufficiency of support', () => {
  const grounds = 'I asked three times about the evidence requirements and had no answer before the deadline.';

  it('gets a written response due within 10 working days of the nation, as the Deadlines engine counts it (001 §9.1)', () => {
    const r = lodgeAppeal(grounds, at('2026-12-18'), 'england-and-wales');
    expect(r.ok && r.value.responseDueOn).toBe('2027-01-06');
    const due = computeDue(KINDS[APPEAL_DEADLINE_KIND].rule, at('2026-12-18'), { nation: 'england-and-wales' }).dueAt;
    expect(r.ok && endOfLondonDay(r.value.responseDueOn)).toEqual(due);
    const scotland = lodgeAppeal(grounds, at('2026-12-18'), 'scotland');
    expect(scotland.ok && scotland.value.responseDueOn).toBe('2027-01-07');
    expect(lodgeAppeal('unfair', at('2026-12-18'), 'scotland')).toMatchObject({ ok: false, refusals: [{ rule: 'grounds-needed', field: 'grounds' }] });
  });

  it('is answered once, and is overdue, or answered late, after its due day', () => {
    const r = lodgeAppeal(grounds, at('2026-12-18'), 'england-and-wales');
    if (!r.ok) throw new Error('refused');
    expect(appealStanding(r.value, at('2027-01-06'))).toBe('awaiting_response');
    expect(appealStanding(r.value, at('2027-01-07'))).toBe('overdue');
    const answered = respondToAppeal(r.value, 'We have reviewed the record of your requests and respond as follows.', at('2027-01-08'));
    if (!answered.ok) throw new Error('refused');
    expect(appealStanding(answered.value, at('2027-02-01'))).toBe('responded_late');
    expect(respondToAppeal(answered.value, 'A second response to the same appeal.', at('2027-01-09'))).toMatchObject({ ok: false, refusals: [{ rule: 'appeal-answered' }] });
    expect(respondToAppeal(r.value, 'short', at('2027-01-02'))).toMatchObject({ ok: false, refusals: [{ rule: 'text-needed' }] });
  });
});

describe('the mentor pool', () => {
  const pool: PoolMentor[] = [
    { personId: 'm-a', capacity: 2, load: 1, subjects: ['construction'], available: true },
    { personId: 'm-b', capacity: 3, load: 0, subjects: ['health'], available: true },
    { personId: 'm-c', capacity: 1, load: 1, subjects: ['construction'], available: true },
    { personId: 'm-d', capacity: 5, load: 0, subjects: ['construction'], available: false },
  ];

  it('matches a free mentor of the participant’s subject first, then the least loaded (001 §6.1.3)', () => {
    expect(matchMentor(pool, { personId: 'p1', subject: 'construction', barred: new Set() })).toEqual({ matched: true, mentorId: 'm-a' });
    expect(matchMentor(pool, { personId: 'p1', subject: 'hair and beauty', barred: new Set() })).toEqual({ matched: true, mentorId: 'm-b' });
    expect(matchMentor(pool, { personId: 'p1', subject: 'construction', barred: new Set(['m-a']) })).toEqual({ matched: true, mentorId: 'm-b' });
  });

  it('leaves the participant waiting when none is free, and matches those waiting first come, first served', () => {
    const full = pool.map((m) => ({ ...m, load: m.capacity }));
    expect(matchMentor(full, { personId: 'p1', subject: null, barred: new Set() })).toEqual({ matched: false, waiting: true });
    const waiting = [
      { personId: 'p2', subject: null, barred: new Set<string>(), askedAt: at('2026-02-03') },
      { personId: 'p1', subject: null, barred: new Set<string>(), askedAt: at('2026-02-01') },
    ];
    const one = [{ personId: 'm-x', capacity: 1, load: 0, subjects: [], available: true }];
    expect(matchWaiting(one, waiting)).toMatchObject({ matches: [{ personId: 'p1', mentorId: 'm-x' }], pool: [{ load: 1 }] });
  });

  it('never sets a capacity below those mentored now', () => {
    expect(capacityRefusal({ load: 2 }, 3)).toBeNull();
    expect(capacityRefusal({ load: 2 }, 1)).toMatchObject({ rule: 'mentor-capacity', field: 'capacity' });
    expect(capacityRefusal({ load: 0 }, 0)?.rule).toBe('mentor-capacity');
  });
});

// ─── Random sequences of actions ────────────────────────────────────────────────────────────────────────

/** An action of a random kind: `v` 3 makes it malformed, `w` picks among its choices. */
function build(p: Participant, programme: Programme, type: ParticipantEventType, v: number, w: number, serial: number): ParticipantEvent {
  const sub = p.submissions.at(-1);
  const bad = v === 3;
  switch (type) {
    case 'await_mentor':
    case 'begin':
    case 'release':
    case 'lapse':
      return { type };
    case 'arrange_support':
      return { type, personId: bad ? p.personId : SUPPORTER, appointedBy: v === 1 ? 'body' : 'participant' };
    case 'submit':
    case 'resubmit':
      return { type, contentHash: bad ? 'draft' : (serial % 16).toString(16).repeat(64) };
    case 'allocate_reviewer':
      return { type, reviewerId: [REVIEWER, REVIEWER2, SUPPORTER, LINE_MANAGER][v]! };
    case 'review_criterion':
      return { type, by: bad ? REVIEWER2 : (sub?.reviewerId ?? REVIEWER), criterion: programme.sections[w % programme.sections.length]!.key, outcome: Math.floor(w / 7) % 3 === 0 ? 'criteria_not_met' : 'criteria_met', feedback: v === 2 ? '' : FEEDBACK };
    case 'complete_review':
      return { type, by: bad ? REVIEWER2 : (sub?.reviewerId ?? REVIEWER) };
    case 'sample':
      return { type, sampled: w % 2 === 0 };
    case 'moderate':
      return { type, by: bad ? (sub?.reviewerId ?? REVIEWER) : MODERATOR, decision: w % 3 === 0 ? 'change' : 'confirm', reasons: v === 2 ? '' : REASONS, note: `PRIVATE note ${serial}` };
    case 'restart':
      return {
        type,
        cohort: { id: `cohort-${serial}`, programme: w % 9 === 0 ? (p.programme === 'qtls' ? 'ats' : 'qtls') : p.programme, startsOn: addMonths(p.cohort.startsOn, (w % 18) - 3) },
        portfolioId: bad ? p.portfolioId : `portfolio-${serial}`,
      };
    case 'withdraw':
      return { type, reason: bad ? '' : 'I am leaving teaching for a while.' };
  }
}

/** Where the marking of the latest submission stands for each state of the participant. */
function markingMatchesState(p: Participant) {
  const sub = p.submissions.at(-1);
  const s: ParticipantState = p.state;
  if (['registered', 'awaiting_mentor', 'support_arranged', 'in_progress'].includes(s)) return expect(p.submissions).toHaveLength(0);
  if (p.state === 'withdrawn') return;
  if (s === 'restart_required' || s === 'restarted') {
    if (p.restart?.reason === 'missed_submission') return expect(p.submissions).toHaveLength(0);
    expect(sub).toMatchObject({ stage: 'released', outcome: 'criteria_not_met', attempt: p.restart?.reason === 'second_not_met' ? 2 : 1 });
    return;
  }
  const expected: Partial<Record<ParticipantState, string[]>> = {
    submitted: ['not_started'],
    resubmitted: ['not_started'],
    in_review: ['in_review', 'review_done', 'in_moderation'],
    moderated: ['ready_for_release'],
    not_met: ['released'],
    awarded: ['released'],
  };
  expect(expected[s], s).toContain(sub?.stage);
  if (s === 'submitted') expect(sub?.attempt).toBe(1);
  if (s === 'resubmitted') expect(sub?.attempt).toBe(2);
  if (s === 'not_met') expect(sub).toMatchObject({ attempt: 1, outcome: 'criteria_not_met' });
  if (s === 'awarded') expect(sub?.outcome).toBe('criteria_met');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const action = fc.record({
  fromOpen: fc.integer({ min: 0, max: 4 }),
  pick: fc.nat(1000),
  v: fc.integer({ min: 0, max: 3 }),
  w: fc.nat(200),
  days: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 10 }), weight: 6 }, { arbitrary: fc.integer({ min: 20, max: 120 }), weight: 1 }),
});

describe('the participant’s lifecycle, driven at random', () => {
  it('keeps its invariants: allowed transitions only, one free resubmission, re-starts in later cohorts, no feedback before release, closed participants unchanged', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(qtls, ats),
        fc.constantFrom(NO_ARRANGEMENT, { ...NO_ARRANGEMENT, submissionExtensionDays: 30, resubmissionExtensionDays: 30 }),
        fc.array(action, { minLength: 1, maxLength: 150, size: 'max' }),
        (programme, arrangement, actions) => {
          let p = register(programme, { id: 'c0', programme: programme.id, startsOn: '2026-03-02' }, PARTICIPANT, 'portfolio-0', at('2026-02-01'));
          let now = p.registeredAt;
          const portfolios = new Set([p.portfolioId]);
          actions.forEach(({ fromOpen, pick, v, w, days }, serial) => {
            now = new Date(now.getTime() + days * 86_400_000);
            const offered = openSteps(p, { programme });
            // Mostly a step open from here, so that walks go deep; withdrawing, open from everywhere, only now and then.
            const likely = offered.filter((t) => t !== 'withdraw' || pick % 25 === 0);
            const type = fromOpen > 0 && likely.length ? likely[pick % likely.length]! : EVENT_TYPES[pick % EVENT_TYPES.length]!;
            const event = build(p, programme, type, v, w, serial);
            const before = deepFreeze(p); // a step never changes what it was given: changing it would throw
            const result = step(before, event, contextFor(programme, before, now, arrangement));
            if (!result.ok) {
              expect(result.refusals.length).toBeGreaterThan(0);
              if (FINAL_STATES.includes(before.state)) expect(result.refusals.map((r) => r.rule)).toEqual(['participant-closed']);
              return;
            }
            const after = result.value;
            // Only allowed transitions, each recorded, and nothing from a closed participant.
            expect(FINAL_STATES).not.toContain(before.state);
            expect(TRANSITIONS[event.type].from).toContain(before.state);
            expect(offered).toContain(event.type);
            expect(EDGES[before.state]).toContain(after.state);
            expect(after.history).toEqual([...before.history, { event: event.type, at: now, from: before.state, to: after.state }]);
            if (FINAL_STATES.includes(after.state)) expect(after.closedAt).toEqual(now);
            // At most one free resubmission, and each submission a locked copy that never changes.
            expect(after.submissions.length).toBeLessThanOrEqual(2);
            expect(after.submissions.map((s) => s.attempt)).toEqual([1, 2].slice(0, after.submissions.length));
            before.submissions.forEach((s, i) => expect(after.submissions[i]).toMatchObject({ attempt: s.attempt, lockedAt: s.lockedAt, contentHash: s.contentHash }));
            before.submissions.slice(0, -1).forEach((s, i) => expect(after.submissions[i]).toEqual(s));
            if (event.type === 'resubmit') expect(after.feeOwedPence).toBe(before.feeOwedPence);
            // Every "not met" was moderated; the marking stands where the state says.
            for (const s of after.submissions) if ((s.stage === 'ready_for_release' || s.stage === 'released') && (s.reviewOutcome === 'criteria_not_met' || s.outcome === 'criteria_not_met')) expect(s.sampled).toBe(true);
            markingMatchesState(after);
            // No feedback, no outcome and never a moderator's note is visible to the participant before release.
            const view = participantView(after);
            after.submissions.forEach((s, i) => {
              expect(s.releasedAt === null).toBe(s.stage !== 'released');
              if (!s.releasedAt) expect(Object.keys(view.submissions[i]!).sort()).toEqual(['attempt', 'contentHash', 'lockedAt', 'released']);
            });
            expect(JSON.stringify(view)).not.toContain('PRIVATE');
            p = after;
            // A re-start always opens a new portfolio in a later cohort of the programme, with the fee owed.
            if (after.state === 'restarted') {
              const next = restartedParticipant(after, programme)!;
              expect(next.cohort.startsOn > after.cohort.startsOn).toBe(true);
              expect(next.cohort.programme).toBe(after.programme);
              expect(portfolios.has(next.portfolioId)).toBe(false);
              expect(next).toMatchObject({ state: 'registered', restartedFrom: after.portfolioId, feeOwedPence: after.restart!.feeOwedPence, submissions: [] });
              portfolios.add(next.portfolioId);
              p = next;
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reaches every state by allowed steps alone', () => {
    const ats0 = register(ats, ATS_COHORT, PARTICIPANT, 'portfolio-a', at('2026-02-01'));
    const later: Cohort = { id: 'cohort-2027-03', programme: 'qtls', startsOn: '2027-03-01' };
    const walks: Participant[] = [
      registered(),
      run(ats, ats0, [{ type: 'await_mentor' }, '2026-02-02']),
      inProgress(),
      submitted(),
      resubmittedOnce(),
      moderatedNotMet(),
      notMet(),
      run(qtls, submitted(), [{ type: 'review_criterion', by: REVIEWER, criterion: 'values', outcome: 'criteria_met', feedback: FEEDBACK }, '2026-09-10']),
      run(qtls, submitted(), ...reviewAll(qtls), [{ type: 'sample', sampled: false }, '2026-09-15'], [{ type: 'release' }, '2026-10-01']),
      run(qtls, notMet(), [{ type: 'lapse' }, '2026-12-03'], [{ type: 'restart', cohort: later, portfolioId: 'portfolio-2' }, '2026-12-04']),
      run(qtls, notMet(), [{ type: 'lapse' }, '2026-12-03']),
      run(qtls, registered(), [{ type: 'arrange_support', personId: SUPPORTER, appointedBy: 'participant' }, '2026-02-02']),
      run(qtls, registered(), [{ type: 'withdraw', reason: 'Personal circumstances changed.' }, '2026-02-02']),
    ];
    const reached = new Set(walks.flatMap((p) => [p.state, ...p.history.map((h) => h.to)]));
    expect([...reached].sort()).toEqual([...STATES].sort());
    for (const p of walks) for (const h of p.history) expect(EDGES[h.from]).toContain(h.to);
  });
});
