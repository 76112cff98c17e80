import {
  addAcademyDays,
  addDays,
  addMonths,
  addWorkingDays,
  CalendarError,
  endOfAcademyDay,
  endOfLondonDay,
  inLondon,
  londonInstant,
  type AcademyCalendar,
  type Nation,
} from '../../platform/calendar/index.ts';
import type { Role } from '../../platform/policy.ts';
import { ATTESTATION_PERIOD_DAYS, MONTHS_BETWEEN_ASSESSMENTS } from '../../platform/vocabulary.ts';

// Deadlines as data: a rule says how the due time follows from the start, a schedule says when to remind
// and whom to escalate to. The codes' own time limits are the catalogue below, each citing its source.

export type DeadlineRule =
  | { type: 'calendar_days'; days: number }
  | { type: 'working_days'; days: number; nation?: Nation }
  | { type: 'months'; months: number }
  | { type: 'academy_day' }
  /** School days: the academy's working days within its terms, so that holidays and term breaks do not count. */
  | { type: 'academy_days'; days: number }
  | { type: 'immediately' }
  | { type: 'fixed'; dueAt: string };

/**
 * Whom an escalation goes to: the owner's line manager; whoever 003 §20.3–20.5 says a colleague must
 * inform of police questioning, a charge or a conviction (`police_contact`, see `policeContactRecipient`);
 * or the holders of a role for the deadline's academy.
 */
export type EscalationTarget = 'line_manager' | 'police_contact' | Role;

export interface Schedule {
  /** ISO 8601 durations before the due time at which to remind the owner, e.g. P7D, P1D, PT2H. */
  remindBefore: string[];
  /** Tell the owner when it falls due. */
  atDue: boolean;
  /** How long after the due time to escalate, if not yet met; null: never. */
  escalateAfter: string | null;
  escalateTo: EscalationTarget | null;
  /** A duty that forbids delay: notifications go out at once, never in a digest. */
  urgent: boolean;
}

/**
 * The provisions of a code in the codes library that set a time limit: the code and the provisions' keys,
 * which stay the same across its versions. No version: a deadline is read against the version its
 * organisation has in force (or the newest), so a new version of a code moves its citations with it.
 */
export interface Citation {
  code: string;
  provisions: string[];
}

export interface DeadlineKind {
  title: string;
  /** What the cited provisions ask, in words a person reads; the citation itself names the code and provision. */
  source: string;
  /** The provisions that set the limit; null where no code sets it and the organisation's default applies. */
  cites: Citation | null;
  rule: DeadlineRule;
  schedule: Schedule;
  /** Met only by doing the thing itself (confirming a code, submitting a self-assessment), never by hand. */
  metByRecord?: boolean;
}

const standard: Schedule = { remindBefore: ['P7D', 'P1D'], atDue: true, escalateAfter: 'P1D', escalateTo: 'line_manager', urgent: false };
const codeOfPractice = (...provisions: string[]): Citation => ({ code: 'set-code-of-practice', provisions });
const supportPolicy = (...provisions: string[]): Citation => ({ code: 'set-qtls-ats-support-policy', provisions });
const staffCode = (...provisions: string[]): Citation => ({ code: 'att-staff-code-of-conduct', provisions });

const immediateReport = (escalateTo: EscalationTarget): Schedule => ({ remindBefore: [], atDue: true, escalateAfter: 'PT4H', escalateTo, urgent: true });

export const KINDS = {
  'notification-duty': {
    title: 'Notify the professional body',
    source: 'Notify SET within 21 days of a bar or warning, a charge, conviction or caution, a disciplinary finding or an investigation',
    cites: codeOfPractice('10', '10.1', '10.2', '10.3', '10.4'),
    rule: { type: 'calendar_days', days: 21 },
    schedule: { ...standard, escalateTo: 'case_officer' },
  },
  'support-appeal-response': {
    title: 'Respond in writing to an appeal against the sufficiency of support',
    source: 'The Professional Status Team responds in writing within 10 working days',
    cites: supportPolicy('9.1'),
    rule: { type: 'working_days', days: 10 },
    schedule: { ...standard, remindBefore: ['P3D', 'P1D'], escalateTo: 'professional_status_team' },
  },
  'adjustment-request': {
    title: 'Request reasonable adjustments',
    source: 'Ask at least one month before the programme is due to start',
    cites: supportPolicy('3.1.1'),
    rule: { type: 'months', months: -1 },
    schedule: { ...standard, remindBefore: ['P14D', 'P3D'], escalateAfter: null, escalateTo: null },
  },
  'review-and-moderation': {
    title: 'Review and moderate the portfolio',
    source: 'Review and moderation starts after the submission deadline and runs over one month',
    cites: supportPolicy('4.4'),
    rule: { type: 'months', months: 1 },
    schedule: { ...standard, escalateTo: 'professional_status_team' },
  },
  // Programmes (features/programmes): the participant's own deadlines, met by submitting. Each cohort's
  // deadline is its own day (an agreed adjustment extends it), given to the deadline as its rule.
  'portfolio-submission': {
    title: 'Submit your portfolio',
    source: 'Submit the portfolio at the end of the developmental period: six months of professional formation, twelve months for ATS',
    cites: supportPolicy('4.1', '4.2'),
    rule: { type: 'months', months: 6 },
    schedule: { remindBefore: ['P30D', 'P7D', 'P1D'], atDue: true, escalateAfter: null, escalateTo: null, urgent: false },
    metByRecord: true,
  },
  'portfolio-resubmission': {
    title: 'Resubmit your portfolio',
    source: 'One resubmission free of charge, by the deadline set for it: evidence resubmitted after it re-starts the process with a new portfolio in the next cohort, for an administration fee',
    cites: supportPolicy('6.2.1', '6.2.3'),
    rule: { type: 'months', months: 2 },
    schedule: { remindBefore: ['P14D', 'P7D', 'P1D'], atDue: true, escalateAfter: null, escalateTo: null, urgent: false },
    metByRecord: true,
  },
  'safeguarding-action': {
    title: 'Act on a safeguarding concern',
    source: 'Act as soon as reasonably possible and always by the end of the academy day',
    cites: staffCode('3.1'),
    rule: { type: 'academy_day' },
    schedule: { remindBefore: ['PT2H'], atDue: true, escalateAfter: 'PT0M', escalateTo: 'designated_safeguarding_lead', urgent: true },
  },
  'police-contact-report': {
    title: 'Report police questioning, a charge or a conviction',
    source:
      'Inform your principal immediately and without delay; a principal informs the regional education director, and a colleague not working in an academy day to day the chief operating officer',
    cites: staffCode('20.3', '20.4', '20.5'),
    rule: { type: 'immediately' },
    schedule: { remindBefore: [], atDue: true, escalateAfter: 'PT4H', escalateTo: 'police_contact', urgent: true },
  },
  // 003's other duties to report immediately, each to the person its provision names; an immediate report
  // is made at once or escalated, like police contact (declarations of these kinds start them).
  'infatuation-report': {
    title: "Tell your line manager of a learner's infatuation",
    source: 'Discuss it with your line manager immediately',
    cites: staffCode('8.4'),
    rule: { type: 'immediately' },
    schedule: immediateReport('line_manager'),
  },
  'data-risk-report': {
    title: 'Report data at risk of compromise or loss',
    source: 'Report it immediately to the data protection lead or the data protection officer',
    cites: staffCode('9.2'),
    rule: { type: 'immediately' },
    schedule: immediateReport('data_protection_officer'),
  },
  'contact-details-report': {
    title: 'Report personal contact details given to a learner',
    source: 'Report it to your line manager immediately',
    cites: staffCode('12.2'),
    rule: { type: 'immediately' },
    schedule: immediateReport('line_manager'),
  },
  'outside-contact-report': {
    title: 'Report concerning contact with a learner outside school',
    source: 'Report it to your line manager immediately',
    cites: staffCode('12.3'),
    rule: { type: 'immediately' },
    schedule: immediateReport('line_manager'),
  },
  'outside-work-conduct-report': {
    title: 'Report conduct outside work',
    source: 'Make your line manager aware immediately and without delay',
    cites: staffCode('21.2'),
    rule: { type: 'immediately' },
    schedule: immediateReport('line_manager'),
  },
  // Declarations (features/declarations): what their recipients and declarants must do after one is made.
  'declaration-acknowledgement': {
    title: 'Acknowledge a report made to you',
    source:
      "The code asks for this report to be made immediately, so its recipient acknowledges it at once; the organisation's default allows four hours before it goes to the recipient's own line manager",
    cites: null,
    rule: { type: 'immediately' },
    // Due the moment it is made: the alert itself tells the recipient, so no separate notice falls due.
    schedule: { ...immediateReport('line_manager'), atDue: false },
  },
  'insurance-renewal': {
    title: 'Renew your professional indemnity insurance',
    source: 'Maintain adequate professional indemnity insurance while you work on your own account',
    cites: { code: 'education-improvement-code-of-conduct', provisions: ['J'] },
    // A policy usually runs a year; a declaration of insurance sets the day its own cover expires.
    rule: { type: 'months', months: 12 },
    schedule: { remindBefore: ['P30D', 'P7D'], atDue: true, escalateAfter: null, escalateTo: null, urgent: false },
  },
  'annual-redeclaration': {
    title: 'Confirm your declarations of interests, gifts and hospitality',
    source: "Confirm once a year that your entries in the registers of interests and of gifts and hospitality stand, or that you have none: the organisation's default for keeping its registers true",
    cites: staffCode('18.1', '19.1'),
    rule: { type: 'calendar_days', days: 28 },
    schedule: standard,
    metByRecord: true,
  },
  // Cases (features/cases): no code sets these times. Acknowledging, answering a request and closing after
  // the time to appeal are the organisation's defaults; the referral is statutory guidance for schools. None
  // escalates to a role, which would tell a case officer barred from the case that it exists.
  'case-acknowledgement': {
    title: 'Acknowledge the case to the person it concerns',
    source: "The organisation's service standard: what was received is acknowledged within two working days; no code sets the time",
    cites: null,
    rule: { type: 'working_days', days: 2 },
    schedule: { ...standard, remindBefore: ['P1D'] },
  },
  'lado-referral': {
    title: "Refer the allegation to the local authority's designated officer",
    source: 'Statutory guidance for schools, which the organisation follows: an allegation that may meet the harm threshold is referred to the designated officer within one working day',
    cites: null,
    rule: { type: 'working_days', days: 1 },
    schedule: { remindBefore: ['PT4H'], atDue: true, escalateAfter: 'PT0M', escalateTo: 'line_manager', urgent: true },
  },
  'case-information-request': {
    title: 'Answer the request for information',
    source: "By the day the request gives, or in the organisation's default of 14 days: members comply with reasonable requests for information, and no code sets a time for it",
    cites: null,
    rule: { type: 'calendar_days', days: 14 },
    schedule: { remindBefore: ['P7D', 'P1D'], atDue: true, escalateAfter: null, escalateTo: null, urgent: false },
    metByRecord: true,
  },
  'case-appeal-window': {
    title: 'Close the case once the time to appeal has passed',
    source: "A person may appeal within 28 days of the outcome, the organisation's default where its procedure sets none; the case is closed within five working days after, unless they appealed",
    cites: null,
    rule: { type: 'working_days', days: 5 },
    schedule: { ...standard, remindBefore: ['P1D'] },
    metByRecord: true,
  },
  // Raising concerns in confidence (features/raising-concerns): no code sets these times; the organisation's
  // policy does, with these defaults, each report carrying its own. Owned by the report's handler; neither
  // escalates to a role, which would tell someone excluded from the report that it exists.
  'report-acknowledgement': {
    title: 'Acknowledge a concern raised in confidence',
    source: "The organisation's policy for concerns raised in confidence: every report is acknowledged to the reporter within 7 days, unless the policy sets another time",
    cites: null,
    rule: { type: 'calendar_days', days: 7 },
    schedule: { remindBefore: ['P2D'], atDue: true, escalateAfter: null, escalateTo: null, urgent: false },
    metByRecord: true,
  },
  'report-feedback': {
    title: 'Tell the reporter what is being done',
    source: "The organisation's policy for concerns raised in confidence: feedback to the reporter within 3 months of the acknowledgement, unless the policy sets another time",
    cites: null,
    rule: { type: 'months', months: 3 },
    schedule: { remindBefore: ['P14D', 'P3D'], atDue: true, escalateAfter: null, escalateTo: null, urgent: false },
    metByRecord: true,
  },
  // Safeguarding (features/safeguarding): an outside agency's answer to a referral, chased by the DSL who
  // made it. Children's social care's times are statutory guidance 003 §1.2 takes account of; no guidance
  // sets the others, which are the organisation's defaults.
  'social-care-referral-decision': {
    title: "Hear children's social care's decision on a referral",
    source:
      'Within one working day of a referral a social worker acknowledges it and decides the next steps, and the school follows it up if it hears nothing (Keeping Children Safe in Education; Working Together to Safeguard Children)',
    cites: staffCode('1.2'),
    rule: { type: 'working_days', days: 1 },
    schedule: { remindBefore: [], atDue: true, escalateAfter: 'P1D', escalateTo: 'designated_safeguarding_lead', urgent: true },
  },
  'social-care-assessment': {
    title: "Hear the conclusion of children's social care's assessment",
    source: 'An assessment concludes within 45 working days of the referral (Working Together to Safeguard Children)',
    cites: staffCode('1.2'),
    rule: { type: 'working_days', days: 45 },
    schedule: { remindBefore: ['P5D'], atDue: true, escalateAfter: 'P1D', escalateTo: 'designated_safeguarding_lead', urgent: false },
  },
  'police-referral-response': {
    title: "Hear the police's answer to a referral",
    source: "No guidance sets a time for the police to answer a school's referral: the organisation's default is to follow it up after one working day, as for children's social care",
    cites: null,
    rule: { type: 'working_days', days: 1 },
    schedule: { remindBefore: [], atDue: true, escalateAfter: 'P1D', escalateTo: 'designated_safeguarding_lead', urgent: true },
  },
  'early-help-referral-response': {
    title: "Hear the early help service's answer to a referral",
    source: "No guidance sets a time for an early help service to answer a referral: the organisation's default is to follow it up after ten working days",
    cites: null,
    rule: { type: 'working_days', days: 10 },
    schedule: { remindBefore: [], atDue: true, escalateAfter: 'P2D', escalateTo: 'designated_safeguarding_lead', urgent: false },
  },
  // A learner's safeguarding file sent by another organisation in Probity (features/safeguarding, transfers):
  // owned by the receiving academy's designated safeguarding leads, met by accepting it.
  'safeguarding-file-acceptance': {
    title: "Accept a learner's safeguarding file sent from their previous school",
    source:
      "Keeping Children Safe in Education, which the staff code takes account of: a child protection file is transferred to the new school within five school days of an in-year move, separately from the main pupil file, and confirmation of receipt obtained; the organisation's default gives the receiving school five school days (the academy's term days, not its holidays) to accept it",
    cites: staffCode('1.2'),
    rule: { type: 'academy_days', days: 5 },
    schedule: { remindBefore: ['P1D'], atDue: true, escalateAfter: 'PT0M', escalateTo: 'principal', urgent: true },
    metByRecord: true,
  },
  // The sender's side of the same duty: the DSL who sent the file hears when it has not been accepted in time,
  // to chase it. Due when the receiving school's five school days end (given as the deadline's own time).
  'safeguarding-file-receipt': {
    title: "Hear that a learner's safeguarding file you sent was received",
    source:
      "Keeping Children Safe in Education, which the staff code takes account of: the school a learner leaves obtains confirmation that their child protection file was received; the organisation's default gives the receiving school five school days to accept it",
    cites: staffCode('1.2'),
    rule: { type: 'academy_days', days: 5 },
    schedule: { remindBefore: [], atDue: true, escalateAfter: null, escalateTo: null, urgent: true },
    metByRecord: true,
  },
  'self-assessment': {
    title: 'Assess yourself against the Professional Standards',
    source: 'Assess yourself at least annually against the Professional Standards',
    cites: codeOfPractice('self-assessment'),
    rule: { type: 'months', months: MONTHS_BETWEEN_ASSESSMENTS },
    schedule: { remindBefore: ['P30D', 'P7D'], atDue: true, escalateAfter: null, escalateTo: null, urgent: false },
    metByRecord: true,
  },
  attestation: {
    title: 'Read and confirm the code',
    // What it cites is the code to be confirmed, which each deadline's campaign names (the service reads it).
    source: "The organisation's default period for confirming a code that binds you: the codes ask you to read and understand them, and set no time for it",
    cites: null,
    rule: { type: 'calendar_days', days: ATTESTATION_PERIOD_DAYS },
    schedule: { ...standard, escalateAfter: 'P3D' },
    metByRecord: true,
  },
  task: {
    title: 'Task',
    source: 'A deadline set by the organisation',
    cites: null,
    rule: { type: 'calendar_days', days: 7 },
    schedule: standard,
  },
} as const satisfies Record<string, DeadlineKind>;

/**
 * 003 §20.3–20.5: whom a colleague must inform of police questioning, a charge or a conviction. A principal
 * (or executive principal) informs the regional education director (§20.4); a colleague not working in one
 * of the academies day to day, the chief operating officer (§20.5); everyone else, their academy's
 * principal (§20.3).
 */
export function policeContactRecipient(colleague: { isPrincipal: boolean; academyId: string | null }): Role {
  if (colleague.isPrincipal) return 'regional_education_director';
  return colleague.academyId === null ? 'chief_operating_officer' : 'principal';
}

/** A kind by the name stored on a deadline; undefined for a name the catalogue no longer has. */
export const kindOf = (kind: string): DeadlineKind | undefined => (KINDS as Record<string, DeadlineKind>)[kind];

/** Whether a deadline of this kind may be marked met by hand. */
export const meetableByHand = (kind: string) => !kindOf(kind)?.metByRecord;

export type KindName = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as KindName[];

export interface RuleContext {
  nation: Nation;
  academy?: AcademyCalendar;
}

export class RuleProblem extends Error {}

/**
 * The Nth school day after a day. Term dates entered only so far ahead (none yet for next year) would leave no
 * school day to count to: the duty stands whatever, so then every working day counts.
 */
function schoolDaysAfter(day: string, days: number, academy: AcademyCalendar): string {
  try {
    return addAcademyDays(day, days, academy);
  } catch (error) {
    if (error instanceof CalendarError && academy.terms.length > 0) return addAcademyDays(day, days, { ...academy, terms: [] });
    throw error;
  }
}

/** The due time a rule gives for something that started at `startsAt`, and whether it is a whole day. */
export function computeDue(rule: DeadlineRule, startsAt: Date, ctx: RuleContext): { dueAt: Date; allDay: boolean } {
  const day = inLondon(startsAt).date;
  switch (rule.type) {
    case 'calendar_days':
      return { dueAt: endOfLondonDay(addDays(day, rule.days)), allDay: true };
    case 'working_days':
      return { dueAt: endOfLondonDay(addWorkingDays(day, rule.days, rule.nation ?? ctx.nation)), allDay: true };
    case 'months':
      return { dueAt: endOfLondonDay(addMonths(day, rule.months)), allDay: true };
    case 'academy_day':
      if (!ctx.academy) throw new RuleProblem('a deadline by the end of the academy day needs an academy');
      return { dueAt: endOfAcademyDay(startsAt, ctx.academy), allDay: false };
    case 'academy_days':
      if (!ctx.academy) throw new RuleProblem('a deadline in school days needs an academy');
      return { dueAt: londonInstant(schoolDaysAfter(day, rule.days, ctx.academy), ctx.academy.dayEndsAt), allDay: false };
    case 'immediately':
      return { dueAt: startsAt, allDay: false };
    case 'fixed': {
      const dueAt = new Date(rule.dueAt);
      if (Number.isNaN(dueAt.getTime())) throw new RuleProblem('the due time is not a date and time');
      // Due at the very end of a London day: a whole-day deadline ("by 9 December").
      return { dueAt, allDay: dueAt.getTime() === endOfLondonDay(inLondon(dueAt).date).getTime() };
    }
  }
}

/** Milliseconds in an ISO 8601 duration of days, hours and minutes (P7D, PT2H, P1DT12H, PT0M). */
export function durationMs(duration: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!match || duration === 'P' || duration.endsWith('T')) throw new RuleProblem(`"${duration}" is not a duration such as P7D or PT2H`);
  return ((Number(match[1] ?? 0) * 24 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0)) * 60_000;
}

export type DeadlineState = 'upcoming' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'waived';

export interface DeadlineFacts {
  dueAt: Date;
  metAt: Date | null;
  waivedAt: Date | null;
  schedule: Schedule;
}

const DEFAULT_DUE_SOON_MS = 24 * 3_600_000;

/** When a deadline becomes "due soon": at its earliest reminder, or a day before it falls due without one. */
export function dueSoonFrom(d: Pick<DeadlineFacts, 'dueAt' | 'schedule'>): Date {
  return new Date(d.dueAt.getTime() - Math.max(DEFAULT_DUE_SOON_MS, ...d.schedule.remindBefore.map(durationMs)));
}

/**
 * Where a deadline stands at `now`. (The organisation's lists ask the database for one state at a time:
 * `stateIs` in the service says the same in SQL, over the stored `dueSoonAt`.)
 */
export function stateOf(d: DeadlineFacts, now: Date): DeadlineState {
  if (d.waivedAt) return 'waived';
  if (d.metAt) return d.metAt.getTime() <= d.dueAt.getTime() ? 'met' : 'met_late';
  if (now.getTime() > d.dueAt.getTime()) return 'overdue';
  return now.getTime() >= dueSoonFrom(d).getTime() ? 'due_soon' : 'upcoming';
}

export interface Checkpoint {
  /** Stable name, part of the notification's idempotency key. */
  key: string;
  at: Date;
  kind: 'reminder' | 'due' | 'escalation';
}

/** Every moment the schedule acts at, in time order. */
export function checkpoints(d: Pick<DeadlineFacts, 'dueAt' | 'schedule'>): Checkpoint[] {
  const due = d.dueAt.getTime();
  const points: Checkpoint[] = d.schedule.remindBefore.map((before) => ({ key: `remind-${before}`, at: new Date(due - durationMs(before)), kind: 'reminder' as const }));
  if (d.schedule.atDue) points.push({ key: 'due', at: new Date(due), kind: 'due' });
  if (d.schedule.escalateAfter !== null && d.schedule.escalateTo !== null) {
    points.push({ key: 'escalate', at: new Date(due + durationMs(d.schedule.escalateAfter)), kind: 'escalation' });
  }
  return points.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * What to send now for an open deadline, given the checkpoint the job last reached: of the reminders that
 * have come round since, only the latest (a server that was down does not send a burst of stale reminders);
 * the escalation, once its time has come. Also when to look next.
 */
export function dueActions(d: Pick<DeadlineFacts, 'dueAt' | 'schedule'>, lastChecked: Date | null, now: Date): { send: Checkpoint[]; nextCheckAt: Date | null } {
  const points = checkpoints(d);
  const fresh = points.filter((p) => p.at.getTime() <= now.getTime() && (lastChecked === null || p.at.getTime() > lastChecked.getTime()));
  const reminders = fresh.filter((p) => p.kind !== 'escalation');
  const send = [...reminders.slice(-1), ...fresh.filter((p) => p.kind === 'escalation')];
  const next = points.find((p) => p.at.getTime() > now.getTime());
  return { send, nextCheckAt: next?.at ?? null };
}

/**
 * What a deadline owes the moment it is made: a deadline made already due or overdue (a safeguarding
 * concern recorded after the academy day ended, a notification entered late) sends its due notice and its
 * escalation at once, rather than waiting for a check that would only look forward from now. Reminders
 * whose time has passed are not sent: the notice of the new deadline says when it is due.
 */
export function owedAtCreation(d: Pick<DeadlineFacts, 'dueAt' | 'schedule'>, now: Date): { send: Checkpoint[]; nextCheckAt: Date | null } {
  const { send, nextCheckAt } = dueActions(d, null, now);
  return { send: send.filter((p) => p.kind !== 'reminder'), nextCheckAt };
}
