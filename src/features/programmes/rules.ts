import { addDays, addMonths, addWorkingDays, inLondon, parseIsoDate, type IsoDate, type Nation } from '../../platform/calendar/index.ts';
import { ok, refused, type ProvisionCitation, type Refusal, type Result } from '../../platform/result.ts';
import type { KindName } from '../deadlines/index.ts';

// Professional status programmes (001, the Society's support policy for QTLS and ATS) as data and rules:
// programmes and their cohorts' dates, eligibility at registration, a participant's lifecycle from
// registration to award as one state machine, the marking of each submission (review, moderation, release
// together), support requests within a fair-use limit, reasonable adjustments, appeals against the
// sufficiency of support and the pool of mentors. Who may take each step is the policy's question (an action
// and the person's relation to the participant: supporter, mentor, allocated reviewer, recusal); these rules
// guard the participant's own facts. Pure functions: every date and `now` is passed in.

const policy = (...provisions: string[]): ProvisionCitation => ({ code: 'set-qtls-ats-support-policy', version: '2022', provisions });
const standards = (...provisions: string[]): ProvisionCitation => ({ code: 'set-professional-standards', version: '2014', provisions });

const MIN_TEXT = 20;
const MAX_TEXT = 20_000;
const today = (now: Date): IsoDate => inLondon(now).date;

function textProblem(field: string, text: string | undefined, what: string, min = MIN_TEXT): Refusal | null {
  if (text === undefined || text.trim().length < min) return { rule: `${field}-needed`, field, detail: `${what} in at least ${min} characters.` };
  return text.length > MAX_TEXT ? { rule: `${field}-too-long`, field, detail: `At most ${MAX_TEXT} characters.` } : null;
}

// ─── Programmes ─────────────────────────────────────────────────────────────────────────────────────────

export const PROGRAMME_IDS = ['qtls', 'ats'] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

/**
 * The channels a participant asks for support through (001 §6.1.4): general queries to the membership
 * enquiries team, and the dedicated inboxes of the Professional Status Team for eligibility, the portfolio,
 * technical problems with the e-portfolio and (for ATS) the portfolio's requirements.
 */
export const CHANNELS = ['general', 'eligibility', 'portfolio', 'technical', 'ats'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_WORDS: Readonly<Record<Channel, { title: string; answeredBy: string }>> = {
  general: { title: 'General enquiries', answeredBy: 'The membership enquiries team' },
  eligibility: { title: 'Eligibility criteria', answeredBy: 'The Professional Status Team' },
  portfolio: { title: 'Portfolio queries', answeredBy: 'The Professional Status Team' },
  technical: { title: 'Technical problems with the e-portfolio', answeredBy: 'The Professional Status Team' },
  ats: { title: 'ATS portfolio requirements', answeredBy: 'The Professional Status Team' },
};

/** A section of the portfolio, with the guidance notes under it (001 §6.1.4) and the standards it evidences: one criterion a reviewer marks. */
export interface PortfolioSection {
  key: string;
  title: string;
  guidance: string;
  cites: readonly ProvisionCitation[];
}

/**
 * A question asked at registration. `eligibleIf`: the answer that makes a person eligible; null where the
 * answer is asked for the record only (whether a supporter is already identified).
 */
export interface EligibilityQuestion {
  key: string;
  text: string;
  eligibleIf: boolean | null;
  /** Why the answer matters: a provision, or the programme's terms and conditions. */
  cites: readonly ProvisionCitation[];
}

/** Money in whole pence. A resubmission is free of charge (001 §6.2.1), so it has no fee to set. */
export interface Fees {
  registrationPence: number;
  /** The administration fee of a re-start (001 §6.2.3; the amount is in the terms and conditions). */
  restartPence: number;
}

export interface Programme {
  id: ProgrammeId;
  title: string;
  /** The professional status it leads to. */
  leadsTo: string;
  /** The developmental period: 6 months of professional formation (001 §4.1), 12 months for ATS (§4.2). */
  months: number;
  /** The main source of academic support (001 §6.1.1): a supporter for QTLS, a mentor for ATS. */
  supportRole: 'supporter' | 'mentor';
  /** The participant appoints their own supporter (001 §6.1.2); an ATS participant may ask the body to appoint a mentor (§6.1.3). */
  bodyMayAppoint: boolean;
  cites: readonly ProvisionCitation[];
  /** The terms and conditions the participant accepts at registration (001 Appendix 1 or 2). */
  terms: ProvisionCitation;
  sections: readonly PortfolioSection[];
  eligibility: readonly EligibilityQuestion[];
  channels: readonly Channel[];
  fees: Fees;
  /** Support requests a participant may make on one portfolio (001 §6.1.7), unless an agreed arrangement allows more. */
  supportRequestLimit: number;
  /** The share of reviews moderated, in whole percent; every "criteria not met" is moderated besides. */
  moderationRatePercent: number;
  /** Reviewers see participants under random identifiers, not their names. */
  blindReview: boolean;
  /** Months after the review and moderation window by which a resubmission is due: no provision sets it, so the body does. */
  resubmissionMonths: number;
}

const member: EligibilityQuestion = { key: 'member', text: 'Are you a member of the Society?', eligibleIf: true, cites: [policy('2.1')] };
const inSector: EligibilityQuestion = {
  key: 'teachingInSector',
  text: 'Do you teach or train in the further education and skills sector, in an organisation where you can do the programme as part of your work?',
  eligibleIf: true,
  cites: [policy('6.3.1')],
};

export const PROGRAMMES: Readonly<Record<ProgrammeId, Programme>> = {
  qtls: {
    id: 'qtls',
    title: 'Professional formation leading to QTLS',
    leadsTo: 'Qualified Teacher Learning and Skills (QTLS)',
    // 001 §4.1: a 6-month developmental period when participants work on their portfolios.
    months: 6,
    supportRole: 'supporter',
    // 001 §6.1.2: it is the participant's responsibility to appoint the supporter.
    bodyMayAppoint: false,
    cites: [policy('4.1', '6.1.1', '6.1.2')],
    terms: policy('appendix-1'),
    sections: [
      { key: 'values', title: 'Professional values and attributes', guidance: 'Show how you reflect on, evaluate and challenge your practice, and how you inspire learners and promote equality and diversity.', cites: [standards('1', '2', '3', '4', '5', '6')] },
      { key: 'knowledge', title: 'Professional knowledge and understanding', guidance: 'Show how you keep your subject and your knowledge of educational research up to date, and apply it to your teaching.', cites: [standards('7', '8', '9', '10', '11', '12')] },
      { key: 'skills', title: 'Professional skills', guidance: 'Show how you plan, deliver and assess learning for diverse learners, including their mathematics, English and use of technology.', cites: [standards('13', '14', '15', '16', '17', '18', '19', '20')] },
    ],
    eligibility: [
      member,
      { key: 'teachingQualification', text: 'Do you hold a recognised teaching qualification at level 5 or above?', eligibleIf: true, cites: [policy('appendix-1')] },
      { key: 'englishAndMaths', text: 'Do you hold English and mathematics qualifications at level 2 or above?', eligibleIf: true, cites: [policy('appendix-1')] },
      inSector,
      { key: 'supporterIdentified', text: 'Have you already identified your supporter?', eligibleIf: null, cites: [policy('6.1.2')] },
    ],
    channels: ['general', 'eligibility', 'portfolio', 'technical'],
    // The body's own amounts, set in its terms and conditions; these are Probity's starting values.
    fees: { registrationPence: 48_500, restartPence: 10_000 },
    supportRequestLimit: 6,
    moderationRatePercent: 20,
    blindReview: false,
    resubmissionMonths: 2,
  },
  ats: {
    id: 'ats',
    title: 'Developmental process leading to ATS',
    leadsTo: 'Advanced Teacher Status (ATS)',
    // 001 §4.2: a 12-month developmental period working on CPD activity at the level of an advanced teacher.
    months: 12,
    supportRole: 'mentor',
    // 001 §6.1.3: the participant may ask SET to appoint a mentor, subject to availability.
    bodyMayAppoint: true,
    cites: [policy('4.2', '6.1.1', '6.1.3')],
    terms: policy('appendix-2'),
    sections: [
      { key: 'development-need', title: 'Your development need', guidance: 'Evaluate your practice with others and name the development that would most improve learning.', cites: [standards('2', '8', '10')] },
      { key: 'cpd-activity', title: 'CPD at the level of an advanced teacher', guidance: 'Describe the CPD you undertook over the year and how it took your expertise further.', cites: [standards('7', '8', '19')] },
      { key: 'impact', title: 'Impact on learners', guidance: 'Show, with evidence, what changed for your learners.', cites: [standards('10', '13')] },
      { key: 'colleagues', title: 'Contribution to colleagues and your organisation', guidance: 'Show how you shared what you learned and contributed to quality improvement.', cites: [standards('6', '20')] },
    ],
    eligibility: [
      member,
      { key: 'qualifiedTeacher', text: 'Do you hold QTLS or QTS?', eligibleIf: true, cites: [policy('appendix-2')] },
      inSector,
      { key: 'mentorIdentified', text: 'Have you identified someone to be your mentor?', eligibleIf: null, cites: [policy('6.1.3')] },
    ],
    channels: ['general', 'ats', 'technical'],
    fees: { registrationPence: 60_000, restartPence: 10_000 },
    supportRequestLimit: 6,
    moderationRatePercent: 20,
    blindReview: true,
    resubmissionMonths: 2,
  },
};

/** What an organisation may set of a programme: its fees, its fair-use limit, its moderation rate, blind review and the resubmission period. */
export type ProgrammeSettings = Partial<Pick<Programme, 'fees' | 'supportRequestLimit' | 'moderationRatePercent' | 'blindReview' | 'resubmissionMonths'>>;

const wholeIn = (n: unknown, min: number, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** The programme as the organisation runs it, or every setting it may not take. The periods and the channels are the policy's, not a setting. */
export function tailorProgramme(programme: Programme, settings: ProgrammeSettings): Result<Programme> {
  const problems: Refusal[] = [];
  const pence = (field: string, n: unknown) => !wholeIn(n, 0, 10_000_000) && problems.push({ rule: 'programme-setting', field, detail: 'An amount of money is a whole number of pence, from 0 to 10,000,000.' });
  if (settings.fees) {
    pence('fees.registrationPence', settings.fees.registrationPence);
    pence('fees.restartPence', settings.fees.restartPence);
  }
  // 001 §6.1.7: requests are limited, never forbidden: at least one.
  if (settings.supportRequestLimit !== undefined && !wholeIn(settings.supportRequestLimit, 1, 1000))
    problems.push({ rule: 'programme-setting', field: 'supportRequestLimit', detail: 'The fair-use limit is a whole number of support requests, from 1 to 1000.' });
  if (settings.moderationRatePercent !== undefined && !wholeIn(settings.moderationRatePercent, 0, 100))
    problems.push({ rule: 'programme-setting', field: 'moderationRatePercent', detail: 'The moderation rate is a whole percentage, from 0 to 100.' });
  if (settings.blindReview !== undefined && typeof settings.blindReview !== 'boolean') problems.push({ rule: 'programme-setting', field: 'blindReview', detail: 'Blind review is on or off.' });
  if (settings.resubmissionMonths !== undefined && !wholeIn(settings.resubmissionMonths, 1, 12))
    problems.push({ rule: 'programme-setting', field: 'resubmissionMonths', detail: 'The time to resubmit is a whole number of months, from 1 to 12.' });
  if (problems.length) return refused(...problems);
  return ok({ ...programme, ...settings });
}

// ─── Cohorts ────────────────────────────────────────────────────────────────────────────────────────────

export interface Cohort {
  id: string;
  programme: ProgrammeId;
  startsOn: IsoDate;
}

/** The days a cohort runs by, each the last day on which the thing may be done. */
export interface CohortDates {
  /** 001 §3.1.1: adjustments are asked for at least one month before the programme starts. */
  adjustmentsBy: IsoDate;
  startsOn: IsoDate;
  /** The end of the developmental period (001 §4.1, §4.2). */
  submissionDeadline: IsoDate;
  /** 001 §4.4: review and moderation start after the submission deadline and run over one month. */
  reviewEnds: IsoDate;
  /** The free resubmission's deadline (001 §6.2.1); evidence after it re-starts the process (§6.2.3). */
  resubmissionDeadline: IsoDate;
  /** A resubmission is reviewed and moderated over one month too (001 §4.4). */
  resubmissionReviewEnds: IsoDate;
}

export function cohortDates(programme: Programme, startsOn: IsoDate): CohortDates {
  const submissionDeadline = addMonths(startsOn, programme.months);
  const reviewEnds = addMonths(submissionDeadline, 1);
  const resubmissionDeadline = addMonths(reviewEnds, programme.resubmissionMonths);
  return { adjustmentsBy: addMonths(startsOn, -1), startsOn, submissionDeadline, reviewEnds, resubmissionDeadline, resubmissionReviewEnds: addMonths(resubmissionDeadline, 1) };
}

/** Why a cohort may not be opened: a real start day, not in the past, and not the start of another cohort of the programme. */
export function cohortRefusals(programme: Programme, startsOn: string, existing: readonly Cohort[], now: Date): Refusal[] {
  try {
    parseIsoDate(startsOn);
  } catch {
    return [{ rule: 'cohort-start', field: 'startsOn', detail: 'A cohort starts on a real day, written as YYYY-MM-DD.' }];
  }
  if (startsOn < today(now)) return [{ rule: 'cohort-start', field: 'startsOn', detail: 'A new cohort starts today or later.' }];
  if (existing.some((c) => c.programme === programme.id && c.startsOn === startsOn)) return [{ rule: 'cohort-exists', field: 'startsOn', detail: `A cohort of ${programme.title} already starts that day.` }];
  return [];
}

/** 001 §6.2.3: the next available cohort of the programme, one that starts after `after` and has not started yet. */
export function nextAvailableCohort(cohorts: readonly Cohort[], programme: ProgrammeId, after: IsoDate, now: Date): Cohort | null {
  return [...cohorts].filter((c) => c.programme === programme && c.startsOn > after && c.startsOn > today(now)).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0] ?? null;
}

/** The deadlines a cohort starts in the Deadlines engine, each with the day it falls on for this participant. */
export function cohortDeadlines(dates: CohortDates): { kind: KindName; dueOn: IsoDate; cites: ProvisionCitation }[] {
  return [
    { kind: 'adjustment-request', dueOn: dates.adjustmentsBy, cites: policy('3.1.1') },
    { kind: 'portfolio-submission', dueOn: dates.submissionDeadline, cites: policy('4.1', '4.2') },
    { kind: 'review-and-moderation', dueOn: dates.reviewEnds, cites: policy('4.4') },
  ];
}

/** The deadline a first "criteria not met" starts, due on `resubmissionDeadline` (001 §6.2.1, §6.2.3). */
export const RESUBMISSION_DEADLINE_KIND: KindName = 'portfolio-resubmission';
/** The deadline an appeal against the sufficiency of support starts (001 §9.1). */
export const APPEAL_DEADLINE_KIND: KindName = 'support-appeal-response';

// ─── Registration ───────────────────────────────────────────────────────────────────────────────────────

export type EligibilityAnswers = Readonly<Record<string, unknown>>;

/**
 * Why a person may not register on a cohort: every question answered yes or no (each missing one named),
 * every answer that decides eligibility the eligible one, the cohort of this programme, and not yet started.
 */
export function registrationRefusals(programme: Programme, cohort: Cohort, answers: EligibilityAnswers, now: Date): Refusal[] {
  const problems: Refusal[] = [];
  if (cohort.programme !== programme.id) problems.push({ rule: 'cohort-programme', field: 'cohortId', detail: `This cohort is not of ${programme.title}.` });
  // 001 §4.3: support runs from the day the portfolio is issued; a cohort that has started is closed to registration.
  else if (today(now) >= cohort.startsOn) problems.push({ rule: 'registration-closed', field: 'cohortId', detail: 'This cohort has started: register on a later one.' });
  for (const q of programme.eligibility) {
    const answer = answers[q.key];
    if (typeof answer !== 'boolean') problems.push({ rule: 'eligibility-answer', field: `answers.${q.key}`, detail: `Answer yes or no: ${q.text}` });
    else if (q.eligibleIf !== null && answer !== q.eligibleIf) problems.push({ rule: 'not-eligible', field: `answers.${q.key}`, detail: `${programme.title} is for those who answer ${q.eligibleIf ? 'yes' : 'no'}: ${q.text}` });
  }
  const known = new Set(programme.eligibility.map((q) => q.key));
  for (const key of Object.keys(answers)) if (!known.has(key)) problems.push({ rule: 'eligibility-answer', field: `answers.${key}`, detail: 'This programme asks no such question.' });
  return problems;
}

// ─── Reasonable adjustments ─────────────────────────────────────────────────────────────────────────────

/** What an agreed adjustment changes for the participant (001 §6.1.7, §6.2.2). */
export interface Arrangement {
  /** Support requests beyond the programme's fair-use limit (001 §6.1.7). */
  extraSupportRequests: number;
  /** Days added to the submission deadline. */
  submissionExtensionDays: number;
  /** Days added to the resubmission deadline. */
  resubmissionExtensionDays: number;
  /** Support during review and moderation, only by prior arrangement (001 §6.2.2). */
  supportDuringReview: boolean;
  /** Anything else agreed, in words. */
  other: string;
}

export const NO_ARRANGEMENT: Arrangement = { extraSupportRequests: 0, submissionExtensionDays: 0, resubmissionExtensionDays: 0, supportDuringReview: false, other: '' };

export interface AdjustmentRequest {
  needs: string;
  requestedAt: Date;
  /** 001 §3.1.1: asked later than one month before the programme started; recorded all the same. */
  late: boolean;
  /** Asked before the programme started: only then may support during review be arranged (001 §6.2.2). */
  beforeStart: boolean;
  decision: { agreed: boolean; arrangement: Arrangement | null; reasons: string; decidedAt: Date } | null;
}

/** An adjustment asked for: never refused for being late (001 §3.1.1 asks for a month's notice), but flagged. */
export function requestAdjustment(dates: Pick<CohortDates, 'adjustmentsBy' | 'startsOn'>, needs: string, now: Date): Result<AdjustmentRequest> {
  const problem = textProblem('needs', needs, 'Say what support or adjustment you need');
  if (problem) return refused(problem);
  return ok({ needs, requestedAt: now, late: today(now) > dates.adjustmentsBy, beforeStart: today(now) < dates.startsOn, decision: null });
}

const MAX_EXTENSION_DAYS = 366;

/** The team's decision: agreed with what it changes, or declined with its reasons; decided once. */
export function decideAdjustment(request: AdjustmentRequest, decision: { agreed: boolean; arrangement?: Arrangement; reasons: string }, now: Date): Result<AdjustmentRequest> {
  if (request.decision) return refused({ rule: 'adjustment-decided', detail: 'This request was decided already: a new need is a new request.' });
  if (now.getTime() < request.requestedAt.getTime()) return refused({ rule: 'time-goes-forward', detail: 'A decision is not dated before the request.' });
  const problems: Refusal[] = [];
  const reasons = textProblem('reasons', decision.reasons, 'A decision gives its reasons');
  if (reasons) problems.push(reasons);
  const a = decision.arrangement;
  if (decision.agreed) {
    if (!a) problems.push({ rule: 'arrangement-needed', field: 'arrangement', detail: 'An agreed adjustment says what it changes.' });
    else {
      if (!wholeIn(a.extraSupportRequests, 0, 1000)) problems.push({ rule: 'arrangement', field: 'arrangement.extraSupportRequests', detail: 'A whole number of extra support requests, from 0 to 1000.' });
      if (!wholeIn(a.submissionExtensionDays, 0, MAX_EXTENSION_DAYS)) problems.push({ rule: 'arrangement', field: 'arrangement.submissionExtensionDays', detail: `A whole number of days, from 0 to ${MAX_EXTENSION_DAYS}.` });
      if (!wholeIn(a.resubmissionExtensionDays, 0, MAX_EXTENSION_DAYS)) problems.push({ rule: 'arrangement', field: 'arrangement.resubmissionExtensionDays', detail: `A whole number of days, from 0 to ${MAX_EXTENSION_DAYS}.` });
      if (a.other.length > MAX_TEXT) problems.push({ rule: 'arrangement', field: 'arrangement.other', detail: `At most ${MAX_TEXT} characters.` });
      // 001 §6.2.2: further support during review and moderation only for those who applied before their programme started.
      if (a.supportDuringReview && !request.beforeStart)
        problems.push({ rule: 'support-during-review-needs-prior-request', field: 'arrangement.supportDuringReview', detail: 'Support during review and moderation is arranged only for someone who asked before their programme started.' });
      const changes = a.extraSupportRequests > 0 || a.submissionExtensionDays > 0 || a.resubmissionExtensionDays > 0 || a.supportDuringReview || a.other.trim() !== '';
      if (!changes) problems.push({ rule: 'arrangement-needed', field: 'arrangement', detail: 'An agreed adjustment changes something: more support requests, more time, or another arrangement in words.' });
    }
  } else if (a) problems.push({ rule: 'arrangement', field: 'arrangement', detail: 'A declined request arranges nothing.' });
  if (problems.length) return refused(...problems);
  return ok({ ...request, decision: { agreed: decision.agreed, arrangement: decision.agreed ? a! : null, reasons: decision.reasons, decidedAt: now } });
}

/** What the participant's agreed adjustments add up to: the extra requests summed, the longest extensions, support in review if any allows it. */
export function arrangementOf(requests: readonly AdjustmentRequest[]): Arrangement {
  const agreed = requests.flatMap((r) => (r.decision?.agreed && r.decision.arrangement ? [r.decision.arrangement] : []));
  return agreed.reduce<Arrangement>(
    (sum, a) => ({
      extraSupportRequests: sum.extraSupportRequests + a.extraSupportRequests,
      submissionExtensionDays: Math.max(sum.submissionExtensionDays, a.submissionExtensionDays),
      resubmissionExtensionDays: Math.max(sum.resubmissionExtensionDays, a.resubmissionExtensionDays),
      supportDuringReview: sum.supportDuringReview || a.supportDuringReview,
      other: [sum.other, a.other].filter((s) => s.trim() !== '').join('\n'),
    }),
    NO_ARRANGEMENT,
  );
}

/** The deadlines that apply to this participant: the cohort's, extended by an agreed adjustment (001 §6.2.2). */
export function deadlinesFor(dates: CohortDates, arrangement: Arrangement): { submissionDeadline: IsoDate; resubmissionDeadline: IsoDate } {
  return { submissionDeadline: addDays(dates.submissionDeadline, arrangement.submissionExtensionDays), resubmissionDeadline: addDays(dates.resubmissionDeadline, arrangement.resubmissionExtensionDays) };
}

// ─── The participant's lifecycle ────────────────────────────────────────────────────────────────────────

/**
 * Registered; waiting for a mentor from the pool (ATS, none free); supporter or mentor arranged; portfolio
 * in progress; submitted (locked); in review; moderated; then released: awarded on "criteria met", or "not
 * met" with one free resubmission; a second "not met" or a missed deadline requires a re-start in the next
 * available cohort, which closes this portfolio as re-started. Withdrawn at any point with a reason.
 */
export const STATES = ['registered', 'awaiting_mentor', 'support_arranged', 'in_progress', 'submitted', 'in_review', 'moderated', 'not_met', 'resubmitted', 'restart_required', 'awarded', 'restarted', 'withdrawn'] as const;
export type ParticipantState = (typeof STATES)[number];

export const STATE_WORDS: Readonly<Record<ParticipantState, string>> = {
  registered: 'Registered',
  awaiting_mentor: 'Waiting for a mentor',
  support_arranged: 'Supporter or mentor arranged',
  in_progress: 'Portfolio in progress',
  submitted: 'Submitted',
  in_review: 'In review',
  moderated: 'Moderated, awaiting release',
  not_met: 'Criteria not met: resubmission open',
  resubmitted: 'Resubmitted',
  restart_required: 'Re-start in the next cohort',
  awarded: 'Awarded',
  restarted: 'Re-started',
  withdrawn: 'Withdrawn',
};

/** A participant in one of these changes no more. */
export const FINAL_STATES: readonly ParticipantState[] = ['awarded', 'restarted', 'withdrawn'];
const BEFORE_SUBMISSION: readonly ParticipantState[] = ['registered', 'awaiting_mentor', 'support_arranged', 'in_progress'];
const OPEN_STATES = STATES.filter((s) => !FINAL_STATES.includes(s));

/** How a submission is marked, stage by stage, as a marking workflow shows it. */
export const MARKING_STAGES = ['not_started', 'in_review', 'review_done', 'in_moderation', 'ready_for_release', 'released'] as const;
export type MarkingStage = (typeof MARKING_STAGES)[number];

export const MARKING_WORDS: Readonly<Record<MarkingStage, string>> = {
  not_started: 'Not started',
  in_review: 'In review',
  review_done: 'Review done',
  in_moderation: 'In moderation',
  ready_for_release: 'Ready for release',
  released: 'Released',
};

/** 001 §4.4: the outcomes of review and moderation. */
export const OUTCOMES = ['criteria_met', 'criteria_not_met'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = { criteria_met: 'Criteria met', criteria_not_met: 'Criteria not met' };

export interface CriterionReview {
  /** The portfolio section marked. */
  criterion: string;
  outcome: Outcome;
  /** Written feedback (001 §6.2.1: detailed where the criterion is not met). */
  feedback: string;
  at: Date;
}

/** One submission or resubmission: a locked copy of what was submitted, and its marking. */
export interface Submission {
  attempt: 1 | 2;
  lockedAt: Date;
  /** The digest of the locked copy, so what was reviewed can always be shown. */
  contentHash: string;
  reviewerId: string | null;
  stage: MarkingStage;
  reviews: readonly CriterionReview[];
  /** The reviewer's outcome: met when every criterion is met. */
  reviewOutcome: Outcome | null;
  sampled: boolean | null;
  moderation: { moderatorId: string; decision: 'confirm' | 'change'; reasons: string; at: Date } | null;
  /** The moderators' own notes: never shown to the participant. */
  moderatorNotes: readonly { by: string; note: string; at: Date }[];
  /** The outcome after moderation, released to the participant with the feedback. */
  outcome: Outcome | null;
  releasedAt: Date | null;
}

export type RestartReason = 'second_not_met' | 'late_resubmission' | 'missed_submission';
export const RESTART_WORDS: Readonly<Record<RestartReason, string>> = {
  second_not_met: 'The resubmission did not meet the criteria',
  late_resubmission: 'No resubmission by the deadline',
  missed_submission: 'No submission by the deadline',
};

export interface Participant {
  programme: ProgrammeId;
  cohort: Cohort;
  personId: string;
  portfolioId: string;
  state: ParticipantState;
  registeredAt: Date;
  support: { role: 'supporter' | 'mentor'; personId: string; appointedBy: 'participant' | 'body' } | null;
  /** At most two: the submission and the one free resubmission (001 §6.2.1). */
  submissions: readonly Submission[];
  /** The administration fee this portfolio owes, for the re-start that opened it (001 §6.2.3). */
  feeOwedPence: number;
  /** The portfolio this one re-starts. */
  restartedFrom: string | null;
  restart: { reason: RestartReason; feeOwedPence: number; into: { cohort: Cohort; portfolioId: string } | null } | null;
  withdrawal: { reason: string; at: Date } | null;
  closedAt: Date | null;
  history: readonly { event: ParticipantEventType; at: Date; from: ParticipantState; to: ParticipantState }[];
}

export type ParticipantEvent =
  | { type: 'await_mentor' }
  | { type: 'arrange_support'; personId: string; appointedBy: 'participant' | 'body' }
  | { type: 'begin' }
  | { type: 'submit'; contentHash: string }
  | { type: 'allocate_reviewer'; reviewerId: string }
  | { type: 'review_criterion'; by: string; criterion: string; outcome: Outcome; feedback: string }
  | { type: 'complete_review'; by: string }
  | { type: 'sample'; sampled: boolean }
  | { type: 'moderate'; by: string; decision: 'confirm' | 'change'; reasons: string; note?: string }
  | { type: 'release' }
  | { type: 'resubmit'; contentHash: string }
  | { type: 'lapse' }
  | { type: 'restart'; cohort: Cohort; portfolioId: string }
  | { type: 'withdraw'; reason: string };
export type ParticipantEventType = ParticipantEvent['type'];

/** The policy action each step needs; who holds it is the policy's, by role and relation to the participant. */
export type ProgrammeAction = 'programme.participate' | 'programme.manage' | 'programme.review' | 'programme.moderate';

/** From which states each step may be taken, and the policy action it needs. */
export const TRANSITIONS: Readonly<Record<ParticipantEventType, { from: readonly ParticipantState[]; action: ProgrammeAction }>> = {
  await_mentor: { from: ['registered'], action: 'programme.participate' },
  arrange_support: { from: ['registered', 'awaiting_mentor', 'support_arranged', 'in_progress'], action: 'programme.participate' },
  begin: { from: ['support_arranged'], action: 'programme.participate' },
  submit: { from: ['in_progress'], action: 'programme.participate' },
  allocate_reviewer: { from: ['submitted', 'resubmitted'], action: 'programme.manage' },
  review_criterion: { from: ['submitted', 'resubmitted', 'in_review'], action: 'programme.review' },
  complete_review: { from: ['in_review'], action: 'programme.review' },
  sample: { from: ['in_review'], action: 'programme.moderate' },
  moderate: { from: ['in_review'], action: 'programme.moderate' },
  release: { from: ['moderated'], action: 'programme.manage' },
  resubmit: { from: ['not_met'], action: 'programme.participate' },
  lapse: { from: [...BEFORE_SUBMISSION, 'not_met'], action: 'programme.manage' },
  restart: { from: ['restart_required'], action: 'programme.manage' },
  withdraw: { from: OPEN_STATES, action: 'programme.participate' },
};
export const EVENT_TYPES = Object.keys(TRANSITIONS) as ParticipantEventType[];

/** Every move between states the lifecycle allows; a property test holds every history to it. */
export const EDGES: Readonly<Record<ParticipantState, readonly ParticipantState[]>> = {
  registered: ['awaiting_mentor', 'support_arranged', 'restart_required', 'withdrawn'],
  awaiting_mentor: ['support_arranged', 'restart_required', 'withdrawn'],
  support_arranged: ['support_arranged', 'in_progress', 'restart_required', 'withdrawn'],
  in_progress: ['in_progress', 'submitted', 'restart_required', 'withdrawn'],
  submitted: ['submitted', 'in_review', 'withdrawn'],
  resubmitted: ['resubmitted', 'in_review', 'withdrawn'],
  in_review: ['in_review', 'moderated', 'withdrawn'],
  moderated: ['awarded', 'not_met', 'restart_required', 'withdrawn'],
  not_met: ['resubmitted', 'restart_required', 'withdrawn'],
  restart_required: ['restarted', 'withdrawn'],
  awarded: [],
  restarted: [],
  withdrawn: [],
};

/** What a step is judged against besides the participant: the programme, the dates that apply, who the participant's relations are. */
export interface StepContext {
  programme: Programme;
  now: Date;
  dates: CohortDates;
  /** The participant's agreed adjustments, added up (arrangementOf). */
  arrangement: Arrangement;
  /** People barred from reviewing or moderating this participant: their line manager and anyone with a declared conflict. */
  barred: ReadonlySet<string>;
}

/** A participant newly registered on a cohort, with their portfolio. */
export function register(programme: Programme, cohort: Cohort, personId: string, portfolioId: string, now: Date, restartOf?: { portfolioId: string; feeOwedPence: number }): Participant {
  return {
    programme: programme.id,
    cohort,
    personId,
    portfolioId,
    state: 'registered',
    registeredAt: now,
    support: null,
    submissions: [],
    feeOwedPence: restartOf?.feeOwedPence ?? 0,
    restartedFrom: restartOf?.portfolioId ?? null,
    restart: null,
    withdrawal: null,
    closedAt: null,
    history: [],
  };
}

const EVENT_WORDS: Readonly<Record<ParticipantEventType, string>> = {
  await_mentor: 'wait for a mentor',
  arrange_support: 'arrange a supporter or mentor',
  begin: 'start the portfolio',
  submit: 'submit the portfolio',
  allocate_reviewer: 'have a reviewer allocated',
  review_criterion: 'be reviewed',
  complete_review: 'complete its review',
  sample: 'be sampled for moderation',
  moderate: 'be moderated',
  release: 'have its outcome released',
  resubmit: 'resubmit',
  lapse: 'lapse',
  restart: 're-start',
  withdraw: 'withdraw',
};

/** The people who may not review or moderate this participant: themselves, their supporter or mentor, and those barred (line manager, declared conflicts). */
export function barredFromMarking(p: Pick<Participant, 'personId' | 'support'>, barred: ReadonlySet<string>): Set<string> {
  return new Set([p.personId, ...(p.support ? [p.support.personId] : []), ...barred]);
}

const REVIEWER_BARRED: Refusal = {
  rule: 'reviewer-conflict',
  field: 'reviewerId',
  detail: 'A reviewer is never the participant, their supporter or mentor, their line manager or someone with a declared conflict.',
};

const current = (p: Participant): Submission | undefined => p.submissions.at(-1);
const late = (now: Date, deadline: IsoDate) => today(now) > deadline;

/**
 * Takes one step of the participant's lifecycle, or refuses it and changes nothing: the step must be open
 * from where the participant stands, dated no earlier than the last, and its own facts must hold. A
 * participant awarded, re-started or withdrawn changes no more.
 */
export function step(p: Participant, event: ParticipantEvent, ctx: StepContext): Result<Participant> {
  const { programme, now } = ctx;
  if (programme.id !== p.programme) return refused({ rule: 'programme-mismatch', detail: `This participant is on ${PROGRAMMES[p.programme].title}.` });
  if (FINAL_STATES.includes(p.state)) return refused({ rule: 'participant-closed', detail: `A participant who is ${STATE_WORDS[p.state].toLowerCase()} changes no more.` });
  // 001 §6.2.1: one resubmission, free of charge; never a third attempt, whatever the state.
  if (event.type === 'resubmit' && p.submissions.length >= 2) return refused({ rule: 'one-free-resubmission', detail: 'A portfolio has one resubmission: after it, the process re-starts in the next available cohort.' });
  if (!TRANSITIONS[event.type].from.includes(p.state)) return refused({ rule: 'participant-state', detail: `A participant who is ${STATE_WORDS[p.state].toLowerCase()} cannot ${EVENT_WORDS[event.type]}.` });
  const last = p.history.at(-1)?.at ?? p.registeredAt;
  if (now.getTime() < last.getTime()) return refused({ rule: 'time-goes-forward', detail: 'A step is not dated before the one it follows.' });
  const deadlines = deadlinesFor(ctx.dates, ctx.arrangement);
  const move = (to: ParticipantState, changes: Partial<Participant> = {}): Result<Participant> => ok({ ...p, ...changes, state: to, history: [...p.history, { event: event.type, at: now, from: p.state, to }] });
  const sub = current(p);
  const withCurrent = (changes: Partial<Submission>) => [...p.submissions.slice(0, -1), { ...sub!, ...changes }];

  switch (event.type) {
    case 'await_mentor':
      // 001 §6.1.2: a QTLS participant appoints their own supporter; §6.1.3: an ATS participant may ask SET for a mentor.
      if (!programme.bodyMayAppoint) return refused({ rule: 'participant-appoints-supporter', detail: 'On professional formation the participant appoints their own supporter.' });
      return move('awaiting_mentor');
    case 'arrange_support': {
      if (event.appointedBy === 'body' && !programme.bodyMayAppoint)
        return refused({ rule: 'participant-appoints-supporter', field: 'appointedBy', detail: 'On professional formation the participant appoints their own supporter.' });
      if (event.personId === p.personId) return refused({ rule: 'support-not-self', field: 'personId', detail: `A participant is not their own ${programme.supportRole}.` });
      const support = { role: programme.supportRole, personId: event.personId, appointedBy: event.appointedBy };
      return move(p.state === 'registered' || p.state === 'awaiting_mentor' ? 'support_arranged' : p.state, { support });
    }
    case 'begin':
      // 001 §4.3: support runs from the day the portfolio is issued, at the start of the programme.
      if (today(now) < ctx.dates.startsOn) return refused({ rule: 'programme-not-started', detail: `The programme starts on ${ctx.dates.startsOn}.` });
      return move('in_progress');
    case 'submit': {
      if (late(now, deadlines.submissionDeadline)) return refused({ rule: 'submission-deadline-passed', detail: `The submission deadline was ${deadlines.submissionDeadline}.` });
      const hash = hashProblem(event.contentHash);
      if (hash) return refused(hash);
      return move('submitted', { submissions: [newSubmission(1, event.contentHash, now)] });
    }
    case 'resubmit': {
      // 001 §6.2.3: evidence resubmitted after the deadline re-starts the process with a new portfolio.
      const due = resubmissionDeadline(deadlines.resubmissionDeadline, programme, sub?.releasedAt ?? null);
      if (late(now, due)) return refused({ rule: 'resubmission-deadline-passed', detail: `The resubmission deadline was ${due}: the process re-starts in the next available cohort.` });
      const hash = hashProblem(event.contentHash);
      if (hash) return refused(hash);
      return move('resubmitted', { submissions: [...p.submissions, newSubmission(2, event.contentHash, now)] });
    }
    case 'allocate_reviewer':
      // Only while the submission waits for its review (submitted or resubmitted): a review once started keeps its reviewer.
      if (barredFromMarking(p, ctx.barred).has(event.reviewerId)) return refused(REVIEWER_BARRED);
      return move(p.state, { submissions: withCurrent({ reviewerId: event.reviewerId }) });
    case 'review_criterion': {
      if (!sub || (sub.stage !== 'not_started' && sub.stage !== 'in_review')) return refused({ rule: 'marking-stage', detail: 'The review of this submission is done.' });
      if (!sub.reviewerId || sub.reviewerId !== event.by) return refused({ rule: 'not-allocated-reviewer', detail: 'Only the reviewer allocated to this portfolio reviews it.' });
      if (barredFromMarking(p, ctx.barred).has(event.by)) return refused(REVIEWER_BARRED);
      const problems: Refusal[] = [];
      if (!programme.sections.some((s) => s.key === event.criterion)) problems.push({ rule: 'criterion', field: 'criterion', detail: `A criterion is one of the portfolio's sections: ${programme.sections.map((s) => s.key).join(', ')}.` });
      if (!OUTCOMES.includes(event.outcome)) problems.push({ rule: 'criterion-outcome', field: 'outcome', detail: 'A criterion is met or not met.' });
      // 001 §6.2.1: detailed written feedback; every criterion gets written feedback.
      const feedback = textProblem('feedback', event.feedback, 'Give written feedback');
      if (feedback) problems.push(feedback);
      if (problems.length) return refused(...problems);
      const reviews = [...sub.reviews.filter((r) => r.criterion !== event.criterion), { criterion: event.criterion, outcome: event.outcome, feedback: event.feedback, at: now }];
      return move('in_review', { submissions: withCurrent({ stage: 'in_review', reviews }) });
    }
    case 'complete_review': {
      if (sub?.stage !== 'in_review') return refused({ rule: 'marking-stage', detail: 'Only a review in progress is completed.' });
      if (sub.reviewerId !== event.by) return refused({ rule: 'not-allocated-reviewer', detail: 'Only the reviewer allocated to this portfolio reviews it.' });
      const missing = programme.sections.filter((s) => !sub.reviews.some((r) => r.criterion === s.key));
      if (missing.length) return refused({ rule: 'every-criterion-reviewed', detail: `Review every criterion first: ${missing.map((s) => s.title).join(', ')}.` });
      return move('in_review', { submissions: withCurrent({ stage: 'review_done', reviewOutcome: outcomeOf(sub.reviews) }) });
    }
    case 'sample': {
      if (sub?.stage !== 'review_done') return refused({ rule: 'marking-stage', detail: 'A review is sampled for moderation once it is done.' });
      // Every "criteria not met" is moderated: it changes what happens next for the participant (001 §6.2.1, §6.2.3).
      if (!event.sampled && sub.reviewOutcome === 'criteria_not_met') return refused({ rule: 'not-met-moderated', field: 'sampled', detail: 'Every "criteria not met" outcome is moderated.' });
      return event.sampled ? move('in_review', { submissions: withCurrent({ stage: 'in_moderation', sampled: true }) }) : move('moderated', { submissions: withCurrent({ stage: 'ready_for_release', sampled: false, outcome: sub.reviewOutcome }) });
    }
    case 'moderate': {
      if (sub?.stage !== 'in_moderation') return refused({ rule: 'marking-stage', detail: 'Only a sampled review is moderated.' });
      if (event.by === sub.reviewerId || barredFromMarking(p, ctx.barred).has(event.by))
        return refused({ rule: 'moderator-conflict', detail: "A moderator is not the portfolio's reviewer, nor anyone barred from reviewing it." });
      const problems: Refusal[] = [];
      if (event.decision !== 'confirm' && event.decision !== 'change') problems.push({ rule: 'moderation-decision', field: 'decision', detail: 'A moderator confirms or changes the outcome.' });
      const reasons = textProblem('reasons', event.reasons, event.decision === 'change' ? 'Changing an outcome gives its reasons' : 'Confirming an outcome gives its reasons');
      if (reasons) problems.push(reasons);
      if (event.note !== undefined && event.note.length > MAX_TEXT) problems.push({ rule: 'note-too-long', field: 'note', detail: `At most ${MAX_TEXT} characters.` });
      if (problems.length) return refused(...problems);
      const outcome: Outcome = event.decision === 'confirm' ? sub.reviewOutcome! : sub.reviewOutcome === 'criteria_met' ? 'criteria_not_met' : 'criteria_met';
      const moderatorNotes = event.note?.trim() ? [...sub.moderatorNotes, { by: event.by, note: event.note, at: now }] : sub.moderatorNotes;
      return move('moderated', { submissions: withCurrent({ stage: 'ready_for_release', moderation: { moderatorId: event.by, decision: event.decision, reasons: event.reasons, at: now }, moderatorNotes, outcome }) });
    }
    case 'release': {
      const released = withCurrent({ stage: 'released', releasedAt: now });
      if (sub!.outcome === 'criteria_met') return move('awarded', { submissions: released, closedAt: now });
      // 001 §6.2.1: a first "not met" gets one free resubmission; §6.2.3: a second re-starts the process, for a fee.
      if (sub!.attempt === 1) return move('not_met', { submissions: released });
      return move('restart_required', { submissions: released, restart: { reason: 'second_not_met', feeOwedPence: programme.fees.restartPence, into: null } });
    }
    case 'lapse': {
      if (p.state === 'not_met') {
        const due = resubmissionDeadline(deadlines.resubmissionDeadline, programme, sub?.releasedAt ?? null);
        if (!late(now, due)) return refused({ rule: 'deadline-not-passed', detail: `The resubmission is open until ${due}.` });
        return move('restart_required', { restart: { reason: 'late_resubmission', feeOwedPence: programme.fees.restartPence, into: null } });
      }
      if (!late(now, deadlines.submissionDeadline)) return refused({ rule: 'deadline-not-passed', detail: `The portfolio may be submitted until ${deadlines.submissionDeadline}.` });
      // 001 names the administration fee for a failed or late resubmission (§6.2.3) only: a missed first submission re-starts without one.
      return move('restart_required', { restart: { reason: 'missed_submission', feeOwedPence: 0, into: null } });
    }
    case 'restart': {
      // 001 §6.2.3: a new portfolio with the next available cohort of the same programme.
      const problems: Refusal[] = [];
      if (event.cohort.programme !== p.programme) problems.push({ rule: 'restart-cohort', field: 'cohortId', detail: `A re-start is on a cohort of ${programme.title}.` });
      else if (event.cohort.startsOn <= p.cohort.startsOn || event.cohort.startsOn <= today(now)) problems.push({ rule: 'restart-cohort', field: 'cohortId', detail: 'A re-start is on a later cohort that has not started yet.' });
      if (event.portfolioId === p.portfolioId || p.restartedFrom === event.portfolioId) problems.push({ rule: 'new-portfolio', field: 'portfolioId', detail: 'A re-start opens a new portfolio.' });
      if (problems.length) return refused(...problems);
      return move('restarted', { restart: { ...p.restart!, into: { cohort: event.cohort, portfolioId: event.portfolioId } }, closedAt: now });
    }
    case 'withdraw': {
      const reason = textProblem('reason', event.reason, 'Withdrawing gives its reason', 5);
      if (reason) return refused(reason);
      return move('withdrawn', { withdrawal: { reason: event.reason, at: now }, closedAt: now });
    }
  }
}

/** The participant a re-start opens: registered on the later cohort with a new portfolio and the administration fee owed (001 §6.2.3). */
export function restartedParticipant(closed: Participant, programme: Programme): Participant | null {
  const into = closed.state === 'restarted' ? closed.restart?.into : null;
  if (!into || !closed.closedAt) return null;
  return register(programme, into.cohort, closed.personId, into.portfolioId, closed.closedAt, { portfolioId: closed.portfolioId, feeOwedPence: closed.restart!.feeOwedPence });
}

/**
 * The day a resubmission is due: the cohort's resubmission deadline (extended by an agreed adjustment), but
 * never less than the programme's time to resubmit after the outcome was released, should the release come late.
 */
export function resubmissionDeadline(adjusted: IsoDate, programme: Programme, releasedAt: Date | null): IsoDate {
  if (!releasedAt) return adjusted;
  const fromRelease = addMonths(today(releasedAt), programme.resubmissionMonths);
  return fromRelease > adjusted ? fromRelease : adjusted;
}

function newSubmission(attempt: 1 | 2, contentHash: string, now: Date): Submission {
  return { attempt, lockedAt: now, contentHash, reviewerId: null, stage: 'not_started', reviews: [], reviewOutcome: null, sampled: null, moderation: null, moderatorNotes: [], outcome: null, releasedAt: null };
}

function hashProblem(contentHash: string): Refusal | null {
  return /^[0-9a-f]{64}$/.test(contentHash) ? null : { rule: 'locked-copy', field: 'contentHash', detail: 'A submission is a locked copy, named by the SHA-256 digest of its content.' };
}

/** Met when every criterion is met. */
export const outcomeOf = (reviews: readonly CriterionReview[]): Outcome => (reviews.every((r) => r.outcome === 'criteria_met') ? 'criteria_met' : 'criteria_not_met');

/** The steps open from where the participant stands, whoever takes them (the policy then says who may). */
export function openSteps(p: Participant, ctx: Pick<StepContext, 'programme'>): ParticipantEventType[] {
  if (FINAL_STATES.includes(p.state)) return [];
  return EVENT_TYPES.filter((type) => TRANSITIONS[type].from.includes(p.state) && !(type === 'await_mentor' && !ctx.programme.bodyMayAppoint) && !(type === 'resubmit' && p.submissions.length >= 2));
}

// ─── Moderation and release ─────────────────────────────────────────────────────────────────────────────

/** A small, stable hash of text (FNV-1a, 32 bits): the same text always gives the same number. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Which reviews moderation samples: every "criteria not met", and met ones until the sample is at least the
 * programme's rate of all reviews (rounded up). The met ones are chosen by the seed, so a sample can be drawn
 * again and checked, and do not depend on the order the reviews are listed in.
 */
export function moderationSample(reviews: readonly { id: string; outcome: Outcome }[], ratePercent: number, seed: string): Set<string> {
  const wanted = Math.ceil((reviews.length * ratePercent) / 100);
  const notMet = reviews.filter((r) => r.outcome === 'criteria_not_met').map((r) => r.id);
  const met = reviews
    .filter((r) => r.outcome === 'criteria_met')
    .map((r) => ({ id: r.id, rank: stableHash(`${seed}:${r.id}`) }))
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id))
    .map((r) => r.id);
  return new Set([...notMet, ...met.slice(0, Math.max(0, wanted - notMet.length))]);
}

/**
 * Releases a cohort's outcomes together, after moderation: every participant in the batch must be moderated
 * and ready for release, or nothing is released and each one not ready is named.
 */
export function releaseTogether(batch: readonly { id: string; participant: Participant }[], ctx: (p: Participant) => StepContext): Result<{ id: string; participant: Participant }[]> {
  const notReady = batch.filter((b) => b.participant.state !== 'moderated');
  if (notReady.length) return refused(...notReady.map((b) => ({ rule: 'release-together', field: b.id, detail: 'Outcomes are released together once every review is moderated or has stood outside the sample.' })));
  const released: { id: string; participant: Participant }[] = [];
  for (const b of batch) {
    const r = step(b.participant, { type: 'release' }, ctx(b.participant));
    if (!r.ok) return refused(...r.refusals.map((x) => ({ ...x, field: b.id })));
    released.push({ id: b.id, participant: r.value });
  }
  return ok(released);
}

/** The identifier a reviewer sees for a participant under blind review: random to the reviewer, the same every time for the cohort's secret. */
export function blindIdentifier(portfolioId: string, secret: string): string {
  const a = stableHash(`${secret}:${portfolioId}`).toString(16).padStart(8, '0');
  const b = stableHash(`${portfolioId}:${secret}`).toString(16).padStart(8, '0');
  return `Candidate ${a.slice(0, 4).toUpperCase()}-${b.slice(0, 4).toUpperCase()}`;
}

/** What the allocated reviewer sees: the locked copy's marking, and the participant by name or, under blind review, by identifier. */
export function reviewerView(p: Participant, programme: Programme, blindSecret: string) {
  const sub = current(p);
  return {
    participant: programme.blindReview ? { identifier: blindIdentifier(p.portfolioId, blindSecret) } : { personId: p.personId },
    attempt: sub?.attempt ?? null,
    contentHash: sub?.contentHash ?? null,
    stage: sub?.stage ?? null,
    reviews: sub?.reviews ?? [],
  };
}

/** How a reader stands to a participant (the service works it out from the policy's relations). */
export type Standing = 'participant' | 'support' | 'reviewer' | 'team' | 'moderator';

/**
 * Whose names a reader is shown beside the participant. The supporter or mentor: to all who follow the
 * portfolio, but not to a reviewer under blind review, for whom the name would lead back to the participant.
 * The allocated reviewer: to the team, moderators and the reviewer; to the participant and their supporter or
 * mentor only where review is not blind, since a programme that chooses blind review keeps participant and
 * reviewer unknown to each other (Issue 17 §6).
 */
export function namesShown(standing: Standing, blindReview: boolean): { supporter: boolean; reviewer: boolean } {
  if (!blindReview) return { supporter: true, reviewer: true };
  return { supporter: standing !== 'reviewer', reviewer: standing === 'reviewer' || standing === 'team' || standing === 'moderator' };
}

/**
 * What the participant sees of their own portfolio: where it stands and, for each submission, only once its
 * outcome is released, the outcome, the feedback and a moderator's reasons for changing it. Moderators'
 * notes never; and nothing of the marking before release (001 §6.1.5: feedback comes after review).
 */
export function participantView(p: Participant) {
  return {
    state: p.state,
    portfolioId: p.portfolioId,
    cohort: p.cohort,
    support: p.support,
    feeOwedPence: p.feeOwedPence,
    restart: p.restart ? { reason: p.restart.reason, feeOwedPence: p.restart.feeOwedPence } : null,
    withdrawal: p.withdrawal,
    submissions: p.submissions.map((s) =>
      s.releasedAt
        ? {
            attempt: s.attempt,
            lockedAt: s.lockedAt,
            contentHash: s.contentHash,
            released: true as const,
            releasedAt: s.releasedAt,
            outcome: s.outcome,
            feedback: s.reviews.map(({ criterion, outcome, feedback }) => ({ criterion, outcome, feedback })),
            moderationReasons: s.moderation?.decision === 'change' ? s.moderation.reasons : null,
          }
        : { attempt: s.attempt, lockedAt: s.lockedAt, contentHash: s.contentHash, released: false as const },
    ),
  };
}

// ─── Support requests ───────────────────────────────────────────────────────────────────────────────────

/** The states in which the review and moderation process runs, its resubmission included (001 §6.2). */
const DURING_REVIEW: readonly ParticipantState[] = ['submitted', 'in_review', 'moderated', 'not_met', 'resubmitted', 'restart_required'];
/** Channels about the portfolio's substance; general enquiries and technical faults stay open during review. */
const PORTFOLIO_CHANNELS: readonly Channel[] = ['eligibility', 'portfolio', 'ats'];

/** The support requests a participant may still make on this portfolio: the programme's limit and any agreed extra (001 §6.1.7). */
export const supportRequestsLeft = (programme: Programme, arrangement: Arrangement, used: number) => Math.max(0, programme.supportRequestLimit + arrangement.extraSupportRequests - used);

/**
 * Why a participant may not ask for support now: a channel of their programme (001 §6.1.4); a participant
 * who is awarded, re-started or withdrawn has no in-programme support (§4.3); during review and moderation,
 * questions on the portfolio only by prior arrangement (§6.2.2); within the fair-use limit unless an agreed
 * arrangement raised it (§6.1.7); and a question in words.
 */
export function supportRequestRefusals(p: Pick<Participant, 'state'>, programme: Programme, arrangement: Arrangement, used: number, request: { channel: string; question: string }): Refusal[] {
  if (FINAL_STATES.includes(p.state)) return [{ rule: 'participant-closed', detail: 'Support runs from the day the portfolio is issued until the award or withdrawal.' }];
  const problems: Refusal[] = [];
  if (!(programme.channels as readonly string[]).includes(request.channel))
    problems.push({ rule: 'support-channel', field: 'channel', detail: `${programme.title} takes questions through: ${programme.channels.map((c) => CHANNEL_WORDS[c].title).join(', ')}.` });
  else if (DURING_REVIEW.includes(p.state) && PORTFOLIO_CHANNELS.includes(request.channel as Channel) && !arrangement.supportDuringReview)
    problems.push({ rule: 'support-during-review-by-arrangement', field: 'channel', detail: 'During review and moderation the written feedback is the support; further support is only by prior arrangement.' });
  if (supportRequestsLeft(programme, arrangement, used) === 0)
    problems.push({ rule: 'support-limit', detail: `You have used the ${programme.supportRequestLimit + arrangement.extraSupportRequests} support requests your programme allows, so that everyone has fair access to support.` });
  const question = textProblem('question', request.question, 'Ask your question', 10);
  if (question) problems.push(question);
  return problems;
}

/**
 * Why the Professional Status Team may not send this answer: before submission it gives no feedback on the
 * portfolio's content (001 §6.1.5), so an answer that refers to the participant's evidence is refused; the
 * reviewers give feedback after submission, never an answer to a support request. An answer in words.
 */
export function answerRefusals(p: Pick<Participant, 'state'>, answer: { text: string; evidenceIds: readonly string[] }): Refusal[] {
  const problems: Refusal[] = [];
  if (answer.evidenceIds.length > 0) {
    problems.push(
      BEFORE_SUBMISSION.includes(p.state)
        ? { rule: 'no-feedback-before-submission', field: 'evidenceIds', detail: 'No feedback is given on any part of the portfolio before it is submitted: point to the guidance notes instead.' }
        : { rule: 'feedback-through-review', field: 'evidenceIds', detail: 'Feedback on the portfolio comes from the reviewing and moderation team, with the outcome.' },
    );
  }
  const text = textProblem('text', answer.text, 'Write the answer', 10);
  if (text) problems.push(text);
  return problems;
}

/** Who may open the portfolio's content now: the participant and their supporter or mentor always; the team only once it is submitted (001 §6.1.5). */
export function portfolioAccessRefusal(p: Pick<Participant, 'state'>, relation: 'participant' | 'support' | 'team' | 'reviewer' | 'moderator'): Refusal | null {
  if (relation === 'participant' || relation === 'support') return null;
  if (BEFORE_SUBMISSION.includes(p.state)) return { rule: 'no-feedback-before-submission', detail: 'The portfolio is opened by the team, reviewers and moderators only once it is submitted.' };
  return null;
}

// ─── Appeals against the sufficiency of support ─────────────────────────────────────────────────────────

export interface SupportAppeal {
  grounds: string;
  lodgedAt: Date;
  /** 001 §9.1: a written response within 10 working days. */
  responseDueOn: IsoDate;
  response: { text: string; at: Date } | null;
}

export const APPEAL_RESPONSE_WORKING_DAYS = 10;

/** 001 §9.1: the participant states their case, with any background; the response is due in 10 working days of their nation. */
export function lodgeAppeal(grounds: string, now: Date, nation: Nation): Result<SupportAppeal> {
  const problem = textProblem('grounds', grounds, 'State your case for appeal');
  if (problem) return refused(problem);
  return ok({ grounds, lodgedAt: now, responseDueOn: addWorkingDays(today(now), APPEAL_RESPONSE_WORKING_DAYS, nation), response: null });
}

/** The team's written response, once. */
export function respondToAppeal(appeal: SupportAppeal, text: string, now: Date): Result<SupportAppeal> {
  if (appeal.response) return refused({ rule: 'appeal-answered', detail: 'This appeal has its written response.' });
  if (now.getTime() < appeal.lodgedAt.getTime()) return refused({ rule: 'time-goes-forward', detail: 'A response is not dated before the appeal.' });
  const problem = textProblem('text', text, 'Respond in writing');
  if (problem) return refused(problem);
  return ok({ ...appeal, response: { text, at: now } });
}

export type AppealStanding = 'awaiting_response' | 'overdue' | 'responded' | 'responded_late';

export function appealStanding(appeal: SupportAppeal, now: Date): AppealStanding {
  if (appeal.response) return today(appeal.response.at) > appeal.responseDueOn ? 'responded_late' : 'responded';
  return today(now) > appeal.responseDueOn ? 'overdue' : 'awaiting_response';
}

// ─── The mentor pool ────────────────────────────────────────────────────────────────────────────────────

export interface PoolMentor {
  personId: string;
  /** How many participants they mentor at once. */
  capacity: number;
  /** How many they mentor now. */
  load: number;
  subjects: readonly string[];
  available: boolean;
}

export type MentorMatch = { matched: true; mentorId: string } | { matched: false; waiting: true };

/**
 * 001 §6.1.3: a mentor appointed by the body, subject to availability. Of the available mentors with room
 * who are not barred from the participant (themselves, their line manager, a declared conflict): one who
 * shares the participant's subject first, then the least loaded, then by id so that the choice is stable.
 * None free: the participant waits.
 */
export function matchMentor(pool: readonly PoolMentor[], participant: { personId: string; subject: string | null; barred: ReadonlySet<string> }): MentorMatch {
  const free = pool.filter((m) => m.available && m.load < m.capacity && m.personId !== participant.personId && !participant.barred.has(m.personId));
  const score = (m: PoolMentor) => (participant.subject !== null && m.subjects.includes(participant.subject) ? 0 : 1);
  const best = [...free].sort((a, b) => score(a) - score(b) || a.load / a.capacity - b.load / b.capacity || a.personId.localeCompare(b.personId))[0];
  return best ? { matched: true, mentorId: best.personId } : { matched: false, waiting: true };
}

/**
 * Matches those waiting, first come first served, as mentors free up; returns who is matched to whom and the
 * pool with its loads after.
 */
export function matchWaiting(
  pool: readonly PoolMentor[],
  waiting: readonly { personId: string; subject: string | null; barred: ReadonlySet<string>; askedAt: Date }[],
): { matches: { personId: string; mentorId: string }[]; pool: PoolMentor[] } {
  let current = pool.map((m) => ({ ...m }));
  const matches: { personId: string; mentorId: string }[] = [];
  for (const w of [...waiting].sort((a, b) => a.askedAt.getTime() - b.askedAt.getTime() || a.personId.localeCompare(b.personId))) {
    const m = matchMentor(current, w);
    if (!m.matched) continue;
    matches.push({ personId: w.personId, mentorId: m.mentorId });
    current = current.map((x) => (x.personId === m.mentorId ? { ...x, load: x.load + 1 } : x));
  }
  return { matches, pool: current };
}

/** Why a mentor's capacity may not be set so: a whole number from 1 to 20, and never below those they mentor now. */
export function capacityRefusal(mentor: Pick<PoolMentor, 'load'>, capacity: number): Refusal | null {
  if (!wholeIn(capacity, 1, 20)) return { rule: 'mentor-capacity', field: 'capacity', detail: 'A mentor takes a whole number of participants, from 1 to 20.' };
  if (capacity < mentor.load) return { rule: 'mentor-capacity', field: 'capacity', detail: `This mentor mentors ${mentor.load} participants now: a capacity is not below that.` };
  return null;
}
