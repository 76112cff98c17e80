import {
  addWorkingDays,
  endOfAcademyDay,
  endOfLondonDay,
  inLondon,
  isAcademyDay,
  londonInstant,
  parseIsoDate,
  type AcademyCalendar,
  type IsoDate,
  type Nation,
} from '../../platform/calendar/index.ts';
import { ok, refused, type ProvisionCitation, type Refusal, type Result } from '../../platform/result.ts';
import type { KindName } from '../deadlines/index.ts';
import { placeMarks, type MarkInput, type PlacedMark } from './body-map.ts';

// Safeguarding concerns about learners, as data and one state machine. 003 §3.1: we all act on a concern
// "as soon as reasonably possible and always by the end of the academy day"; Appendix 1: record any incident
// of concern involving a learner's welfare, and never let an allegation go "unchallenged, unrecorded or not
// acted upon". The designated safeguarding lead's work (triage, actions, referrals to outside agencies,
// outcome, closure) follows the statutory guidance 003 §1.2 takes account of: Keeping Children Safe in
// Education and Working Together to Safeguard Children. Who may take each step is the policy's (an action,
// and the person's relation to the record: the DSL team, those granted access, recusal); these rules guard
// the record's own facts. Pure functions: every `now` is passed in.

const staffCode = (...provisions: string[]): ProvisionCitation => ({ code: 'att-staff-code-of-conduct', version: '2020', provisions });

/** What a concern is recorded under: the code's safeguarding commitment, 003 §3.1 and §3.2, and Appendix 1's "record any incident of concern". */
export const CONCERN_CITES = staffCode('ensuring-safeguarding', '3.1', '3.2', 'appendix-1-always-12');
/** What an allegation about a member of staff is recorded under: 003 Appendix 1, never leave an allegation unrecorded. */
export const ALLEGATION_CITES = staffCode('appendix-1-never-1');

// ─── A concern as recorded ──────────────────────────────────────────────────────────────────────────────

// 003, "Ensuring safeguarding": to protect learners "from radicalisation (the Prevent Duty), abuse (sexual,
// physical and emotional), neglect and any other safeguarding concerns or risks".
export const CATEGORIES = ['physical_abuse', 'emotional_abuse', 'sexual_abuse', 'neglect', 'radicalisation', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_WORDS: Readonly<Record<Category, string>> = {
  physical_abuse: 'physical abuse',
  emotional_abuse: 'emotional abuse',
  sexual_abuse: 'sexual abuse',
  neglect: 'neglect',
  radicalisation: 'radicalisation (the Prevent duty)',
  other: 'another safeguarding concern',
};

/**
 * Where a record stands. A concern is recorded, triaged by the DSL team (which answers 003 §3.1's "by the
 * end of the academy day"), acted on through actions and referrals, given an outcome and closed; it may be
 * reopened when something new comes to light. An allegation about a member of staff takes its own path from
 * the start (003 Appendix 1; it opens an allegation case) and is never handled, closed or downgraded here.
 */
export const STATES = ['recorded', 'triaged', 'acting', 'outcome_recorded', 'closed', 'allegation'] as const;
export type State = (typeof STATES)[number];

/**
 * The DSL's decision at triage, from the options Keeping Children Safe in Education gives: support within
 * the academy, an early help assessment, or a referral to statutory services (children's social care, the
 * police); or that the record itself is enough.
 */
export const TRIAGE_LEVELS = ['record_only', 'pastoral_support', 'early_help', 'statutory_referral'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export const OUTCOMES = ['no_further_action', 'monitoring', 'pastoral_support', 'early_help', 'child_in_need', 'child_protection', 'police_action'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const AGENCIES = ['childrens_social_care', 'police', 'early_help'] as const;
export type Agency = (typeof AGENCIES)[number];

export const AGENCY_WORDS: Readonly<Record<Agency, string>> = { childrens_social_care: "children's social care", police: 'the police', early_help: 'early help' };

export interface ConcernAction {
  id: string;
  description: string;
  assigneeId: string;
  dueOn: IsoDate | null;
  doneAt: Date | null;
}

export interface Referral {
  id: string;
  agency: Agency;
  madeAt: Date;
  reference: string | null;
  /** The agency's decision: taken on (for assessment, investigation or support) or not. */
  response: { at: Date; accepted: boolean } | null;
  conclusion: { at: Date } | null;
}

export type EventType = 'triage' | 'add_action' | 'complete_action' | 'refer' | 'record_response' | 'record_conclusion' | 'record_outcome' | 'close' | 'reopen';

export interface HistoryEntry {
  event: EventType | 'record';
  at: Date;
  by: string;
  from: State;
  to: State;
  /** What was decided or done, in the words of whoever did it: the chronology reads these. */
  note: string | null;
}

export interface Concern {
  /** The learner by the academy's own reference for them, never their name (learnerReference). */
  learnerRef: string;
  category: Category;
  /** When it was seen or said: 003 §3.1's academy day runs from here. */
  seenAt: Date;
  recordedAt: Date;
  recorderId: string;
  /** What was seen or said, in the reporter's own words. */
  account: string;
  immediateAction: string | null;
  /** Set when it is an allegation about a member of staff (who, where the recorder knows). */
  allegation: { staffMemberId: string | null } | null;
  marks: readonly PlacedMark[];
  state: State;
  triage: { level: TriageLevel; at: Date } | null;
  actions: readonly ConcernAction[];
  referrals: readonly Referral[];
  outcome: { outcome: Outcome; at: Date } | null;
  closedAt: Date | null;
  history: readonly HistoryEntry[];
}

export interface ConcernReport {
  learnerRef: string;
  category: string;
  seenAt: Date;
  account: string;
  immediateAction?: string | null;
  allegation?: { staffMemberId: string | null } | null;
  marks?: readonly MarkInput[];
}

export const MAX_TEXT = 10_000;
const MAX_REFERENCE = 200;

// Letters, digits and - / . _ with no spaces: a pupil number or the academy's own code, which a name is not.
export const LEARNER_REF = /^[A-Z0-9][A-Z0-9/._-]{1,39}$/;

/** A learner's reference as kept and matched: trimmed, in capitals, so that "ab-12" and "AB-12" are one learner. */
export const learnerReference = (raw: string) => raw.trim().toUpperCase();

const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);
const validDate = (d: Date) => d instanceof Date && !Number.isNaN(d.getTime());

function realDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

function textProblem(field: string, text: string | null | undefined, required: string | null): Refusal | null {
  if (text == null || text.trim() === '') return required ? { rule: `${field}-needed`, field, detail: required } : null;
  return text.length > MAX_TEXT ? { rule: 'text-too-long', field, detail: `At most ${MAX_TEXT} characters.` } : null;
}

/**
 * A concern as recorded by anyone (a phone in hand, under a minute), or every problem with it at once. An
 * allegation about a member of staff is recorded the same way and goes straight to its own path: nothing
 * asked of it is more than of a concern, so that it is never left unrecorded (003 Appendix 1).
 */
export function recordConcern(report: ConcernReport, ctx: { now: Date; recorderId: string }): Result<Concern> {
  const refusals: Refusal[] = [];
  const learnerRef = learnerReference(report.learnerRef);
  if (!LEARNER_REF.test(learnerRef)) refusals.push({ rule: 'learner-reference', field: 'learnerRef', detail: "The learner is named by the academy's reference for them (letters, digits and - / . _), never by their name." });
  if (!isCategory(report.category)) refusals.push({ rule: 'concern-category', field: 'category', detail: `A concern has a category: ${CATEGORIES.join(', ')}.` });
  if (!validDate(report.seenAt)) refusals.push({ rule: 'seen-at', field: 'seenAt', detail: 'When it was seen or said, as a date and time.' });
  else if (report.seenAt.getTime() > ctx.now.getTime()) refusals.push({ rule: 'seen-in-future', field: 'seenAt', detail: 'What was seen or said is not dated after now.' });
  for (const problem of [textProblem('account', report.account, 'Say what was seen or said, in your own words.'), textProblem('immediateAction', report.immediateAction, null)]) if (problem) refusals.push(problem);
  const marks = placeMarks(report.marks ?? []);
  if (!marks.ok) refusals.push(...marks.refusals);
  if (refusals.length || !marks.ok) return refused(...refusals);
  const state: State = report.allegation ? 'allegation' : 'recorded';
  return ok({
    learnerRef,
    category: report.category as Category,
    seenAt: report.seenAt,
    recordedAt: ctx.now,
    recorderId: ctx.recorderId,
    account: report.account,
    immediateAction: report.immediateAction?.trim() ? report.immediateAction : null,
    allegation: report.allegation ? { staffMemberId: report.allegation.staffMemberId } : null,
    marks: marks.value,
    state,
    triage: null,
    actions: [],
    referrals: [],
    outcome: null,
    closedAt: null,
    history: [{ event: 'record', at: ctx.now, by: ctx.recorderId, from: state, to: state, note: null }],
  });
}

// ─── The lifecycle ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The policy action each step needs, and the others the feature's routes will ask for. Who holds them is
 * the policy's: anyone in the organisation records; the DSL team (the academy's designated safeguarding
 * leads and their deputies) and those they grant read and work a concern; an allegation is read by its case
 * manager, never by the member of staff it is about; anyone else opens a record only by breaking the glass.
 */
export type SafeguardingAction =
  | 'safeguarding.record'
  | 'safeguarding.read'
  | 'safeguarding.triage'
  | 'safeguarding.act'
  | 'safeguarding.refer'
  | 'safeguarding.conclude'
  | 'safeguarding.grant'
  | 'safeguarding.break_glass'
  | 'safeguarding.dashboard'
  | 'safeguarding.appoint_deputy';

export const TRANSITIONS: Readonly<Record<EventType, { from: readonly State[]; to: State | 'same'; action: SafeguardingAction }>> = {
  triage: { from: ['recorded'], to: 'triaged', action: 'safeguarding.triage' },
  add_action: { from: ['triaged', 'acting'], to: 'acting', action: 'safeguarding.act' },
  // Actions decided before the outcome may be finished after it, before the concern is closed.
  complete_action: { from: ['acting', 'outcome_recorded'], to: 'same', action: 'safeguarding.act' },
  refer: { from: ['triaged', 'acting'], to: 'acting', action: 'safeguarding.refer' },
  record_response: { from: ['acting'], to: 'same', action: 'safeguarding.refer' },
  // An assessment may conclude after the concern's outcome is known; the concern closes only once it has.
  record_conclusion: { from: ['acting', 'outcome_recorded'], to: 'same', action: 'safeguarding.refer' },
  record_outcome: { from: ['triaged', 'acting'], to: 'outcome_recorded', action: 'safeguarding.conclude' },
  close: { from: ['outcome_recorded'], to: 'closed', action: 'safeguarding.conclude' },
  reopen: { from: ['outcome_recorded', 'closed'], to: 'acting', action: 'safeguarding.triage' },
};
export const EVENT_TYPES = Object.keys(TRANSITIONS) as EventType[];

export type ConcernEvent =
  | { type: 'triage'; level: TriageLevel; note: string }
  | { type: 'add_action'; id: string; description: string; assigneeId: string; dueOn: IsoDate | null }
  | { type: 'complete_action'; id: string; note?: string }
  | { type: 'refer'; id: string; agency: Agency; madeAt: Date; reference?: string | null }
  | { type: 'record_response'; id: string; accepted: boolean; note: string }
  | { type: 'record_conclusion'; id: string; note: string }
  | { type: 'record_outcome'; outcome: Outcome; summary: string }
  | { type: 'close'; note?: string }
  | { type: 'reopen'; reason: string };

const STATE_WORDS: Record<State, string> = {
  recorded: 'recorded and not yet triaged',
  triaged: 'triaged',
  acting: 'being acted on',
  outcome_recorded: 'given its outcome',
  closed: 'closed',
  allegation: 'an allegation',
};

const STEP_WORDS: Record<EventType, string> = {
  triage: 'be triaged',
  add_action: 'take a new action',
  complete_action: 'have an action completed',
  refer: 'be referred',
  record_response: "record an agency's answer",
  record_conclusion: "record an assessment's conclusion",
  record_outcome: 'be given its outcome',
  close: 'be closed',
  reopen: 'be reopened',
};

/** The steps open from a state, whoever takes them (the policy then says who may). */
export const eventsFrom = (state: State): EventType[] => EVENT_TYPES.filter((type) => TRANSITIONS[type].from.includes(state));

const lastChange = (c: Concern) => c.history.at(-1)?.at ?? c.recordedAt;
const one = (problem: Refusal | null) => (problem ? [problem] : []);

/** Why an outcome cannot be recorded yet: an agency has not answered, or the referral triage called for was never made. */
function outcomeProblems(c: Concern): Refusal[] {
  const problems: Refusal[] = c.referrals.filter((r) => !r.response).map((r) => ({ rule: 'referral-unanswered', field: `referrals.${r.id}`, detail: `The referral to ${AGENCY_WORDS[r.agency]} has no answer recorded yet.` }));
  // Keeping Children Safe in Education: where the DSL decides a referral to statutory services is needed, it is made.
  if (c.triage?.level === 'statutory_referral' && !c.referrals.some((r) => r.agency === 'childrens_social_care' || r.agency === 'police')) {
    problems.push({ rule: 'referral-expected', detail: "Triage called for a referral to children's social care or the police, and none is recorded." });
  }
  return problems;
}

/** Why a concern cannot close yet: an action is unfinished, or an assessment an agency took on has not concluded. */
function closeProblems(c: Concern): Refusal[] {
  const open = c.actions.filter((a) => !a.doneAt).map((a) => ({ rule: 'action-open', field: `actions.${a.id}`, detail: `"${a.description}" is not done.` }));
  const awaiting = c.referrals
    .filter((r) => r.response?.accepted && REFERRAL_TIMESCALES[r.agency].concludeWithin !== null && !r.conclusion)
    .map((r) => ({ rule: 'referral-awaiting-conclusion', field: `referrals.${r.id}`, detail: `The assessment by ${AGENCY_WORDS[r.agency]} has not concluded.` }));
  return [...open, ...awaiting];
}

/**
 * Takes one step of a concern's lifecycle, or refuses it and changes nothing. Every step is guarded here by
 * the concern's own facts (its state, its actions and referrals, the order of time); whether this person may
 * take it is the policy's question, asked by the service with TRANSITIONS[type].action before calling this.
 */
export function transition(c: Concern, event: ConcernEvent, ctx: { now: Date; by: string }): Result<Concern> {
  const { from, to } = TRANSITIONS[event.type];
  if (c.state === 'allegation') return refused({ rule: 'allegation-path', detail: 'An allegation about a member of staff is dealt with through its own case, not here.' });
  if (!from.includes(c.state)) return refused({ rule: c.state === 'closed' ? 'concern-closed' : 'concern-state', detail: `A concern ${STATE_WORDS[c.state]} cannot ${STEP_WORDS[event.type]}.` });
  if (ctx.now.getTime() < lastChange(c).getTime()) return refused({ rule: 'time-goes-forward', detail: 'A step is not dated before the one it follows.' });
  const next = to === 'same' ? c.state : to;
  const move = (note: string | null, changes: Partial<Concern>): Result<Concern> =>
    ok({ ...c, ...changes, state: next, history: [...c.history, { event: event.type, at: ctx.now, by: ctx.by, from: c.state, to: next, note }] });
  const today = inLondon(ctx.now).date;

  switch (event.type) {
    case 'triage': {
      const problems = one(textProblem('note', event.note, 'Say what was decided and why.'));
      if (!TRIAGE_LEVELS.includes(event.level)) problems.push({ rule: 'triage-level', field: 'level', detail: `Triage decides one of: ${TRIAGE_LEVELS.join(', ')}.` });
      if (problems.length) return refused(...problems);
      return move(event.note, { triage: { level: event.level, at: ctx.now } });
    }
    case 'add_action': {
      const problems = one(textProblem('description', event.description, 'Say what is to be done.'));
      if (c.actions.some((a) => a.id === event.id)) problems.push({ rule: 'action-exists', field: 'id', detail: 'This concern already has that action.' });
      if (!event.assigneeId) problems.push({ rule: 'assignee-needed', field: 'assigneeId', detail: 'Someone is given the action.' });
      if (event.dueOn !== null) {
        if (!realDate(event.dueOn)) problems.push({ rule: 'due-on', field: 'dueOn', detail: 'A real date as YYYY-MM-DD.' });
        else if (event.dueOn < today) problems.push({ rule: 'due-in-past', field: 'dueOn', detail: 'An action is not due before today.' });
      }
      if (problems.length) return refused(...problems);
      return move(event.description, { actions: [...c.actions, { id: event.id, description: event.description, assigneeId: event.assigneeId, dueOn: event.dueOn, doneAt: null }] });
    }
    case 'complete_action': {
      const action = c.actions.find((a) => a.id === event.id);
      if (!action) return refused({ rule: 'unknown-action', field: 'id', detail: 'This concern has no such action.' });
      if (action.doneAt) return refused({ rule: 'action-done', field: 'id', detail: `"${action.description}" is already done.` });
      const problem = textProblem('note', event.note, null);
      if (problem) return refused(problem);
      return move(event.note?.trim() ? event.note : `Done: ${action.description}`, { actions: c.actions.map((a) => (a.id === event.id ? { ...a, doneAt: ctx.now } : a)) });
    }
    case 'refer': {
      const problems: Refusal[] = [];
      if (c.referrals.some((r) => r.id === event.id)) problems.push({ rule: 'referral-exists', field: 'id', detail: 'This concern already has that referral.' });
      if (!AGENCIES.includes(event.agency)) problems.push({ rule: 'referral-agency', field: 'agency', detail: `A referral goes to ${AGENCIES.join(', ')}.` });
      // A referral is often made by phone and recorded after: it is dated when it was made, never ahead of now or before what it is about.
      if (!validDate(event.madeAt) || event.madeAt.getTime() > ctx.now.getTime() || event.madeAt.getTime() < c.seenAt.getTime()) {
        problems.push({ rule: 'referral-made-at', field: 'madeAt', detail: 'A referral is dated when it was made: after the concern arose, and not after now.' });
      }
      const reference = event.reference?.trim() ? event.reference.trim() : null;
      if (reference !== null && reference.length > MAX_REFERENCE) problems.push({ rule: 'text-too-long', field: 'reference', detail: `At most ${MAX_REFERENCE} characters.` });
      if (problems.length) return refused(...problems);
      const referral: Referral = { id: event.id, agency: event.agency, madeAt: event.madeAt, reference, response: null, conclusion: null };
      return move(`Referred to ${AGENCY_WORDS[event.agency]}${reference ? ` (reference ${reference})` : ''}`, { referrals: [...c.referrals, referral] });
    }
    case 'record_response':
    case 'record_conclusion': {
      const referral = c.referrals.find((r) => r.id === event.id);
      if (!referral) return refused({ rule: 'unknown-referral', field: 'id', detail: 'This concern has no such referral.' });
      const problem = textProblem('note', event.note, 'Say what the agency decided.');
      if (problem) return refused(problem);
      if (event.type === 'record_response') {
        if (referral.response) return refused({ rule: 'referral-answered', field: 'id', detail: `The answer from ${AGENCY_WORDS[referral.agency]} is already recorded.` });
        const response = { at: ctx.now, accepted: event.accepted };
        const answer = `${event.accepted ? 'Taken on' : 'Not taken on'} by ${AGENCY_WORDS[referral.agency]}: ${event.note}`;
        return move(answer, { referrals: c.referrals.map((r) => (r.id === referral.id ? { ...r, response } : r)) });
      }
      if (!referral.response?.accepted) return refused({ rule: 'referral-not-taken-on', field: 'id', detail: `Nothing to conclude: ${AGENCY_WORDS[referral.agency]} did not take the referral on.` });
      if (referral.conclusion) return refused({ rule: 'referral-concluded', field: 'id', detail: 'Its conclusion is already recorded.' });
      return move(`Concluded by ${AGENCY_WORDS[referral.agency]}: ${event.note}`, { referrals: c.referrals.map((r) => (r.id === referral.id ? { ...r, conclusion: { at: ctx.now } } : r)) });
    }
    case 'record_outcome': {
      const problems = [...outcomeProblems(c), ...one(textProblem('summary', event.summary, 'Summarise what came of it.'))];
      if (!OUTCOMES.includes(event.outcome)) problems.push({ rule: 'concern-outcome', field: 'outcome', detail: `An outcome is one of: ${OUTCOMES.join(', ')}.` });
      if (problems.length) return refused(...problems);
      return move(event.summary, { outcome: { outcome: event.outcome, at: ctx.now } });
    }
    case 'close': {
      const problems = [...closeProblems(c), ...one(textProblem('note', event.note, null))];
      if (problems.length) return refused(...problems);
      return move(event.note?.trim() ? event.note : null, { closedAt: ctx.now });
    }
    case 'reopen': {
      const problem = textProblem('reason', event.reason, 'Say what has come to light.');
      if (problem) return refused(problem);
      return move(event.reason, { outcome: null, closedAt: null });
    }
  }
}

// ─── Alerts: the DSL at once, then up the chain while untouched ─────────────────────────────────────────

/** Those a concern's alert goes to, in order; an allegation's goes to its case manager. */
export const ALERT_CHAIN = ['designated_safeguarding_lead', 'deputy_designated_safeguarding_lead', 'principal'] as const;
export type AlertPlace = (typeof ALERT_CHAIN)[number] | 'regional_education_director';

/**
 * Minutes after the DSL's alert at which each place in the chain is alerted while nobody has triaged the
 * concern. No code or guidance sets them; they are the organisation's default, read from 003 §3.1 ("as
 * soon as reasonably possible and always by the end of the academy day") and Keeping Children Safe in
 * Education's expectation that the DSL or a deputy is always available during school hours: if the DSL has
 * not picked it up within half an hour, a deputy is told; after an hour, the principal.
 */
export const ESCALATION_MINUTES: Readonly<Record<(typeof ALERT_CHAIN)[number], number>> = { designated_safeguarding_lead: 0, deputy_designated_safeguarding_lead: 30, principal: 60 };

export interface AlertStep {
  place: AlertPlace;
  at: Date;
}

export interface AlertPlan {
  /** When the concern is to be acted on: by the end of the academy day it was seen or said (003 §3.1). */
  actBy: Date;
  /** Recorded only after the time to act on it had passed. */
  late: boolean;
  /** Recorded after the academy day ended, or on a day that is not one. */
  outOfHours: boolean;
  steps: readonly AlertStep[];
}

/**
 * When each place in the chain is alerted. Within the academy day: the DSL at once, the deputy and the
 * principal at their minutes, or sooner where the day ends first (each at most its share of the time left,
 * so that the principal hears before the day ends). Recorded after the day's end, or late: everyone at once,
 * since nobody may be at work to pick it up and there is no time left to wait.
 */
export function alertPlan(c: Pick<Concern, 'seenAt' | 'recordedAt'>, academy: AcademyCalendar): AlertPlan {
  const actBy = endOfAcademyDay(c.seenAt, academy);
  const start = c.recordedAt.getTime();
  const { date } = inLondon(c.recordedAt);
  const late = actBy.getTime() <= start;
  const outOfHours = !isAcademyDay(date, academy) || start >= londonInstant(date, academy.dayEndsAt).getTime();
  const left = actBy.getTime() - start;
  const steps = ALERT_CHAIN.map((place, i) => {
    const after = late || outOfHours ? 0 : Math.min(ESCALATION_MINUTES[place] * 60_000, Math.floor((left * i) / ALERT_CHAIN.length));
    return { place, at: new Date(start + after) };
  });
  return { actBy, late, outOfHours, steps };
}

/**
 * An allegation's one alert, at once, to its case manager: the principal, or where the allegation is about
 * the principal, the regional education director (Keeping Children Safe in Education, Part four: the
 * headteacher, and for the headteacher someone above them; 003 §20.4 sends a principal's own matters to the
 * regional education director). Its case carries the rest.
 */
export const allegationPlan = (c: Pick<Concern, 'recordedAt'>, aboutThePrincipal: boolean): AlertStep[] => [
  { place: aboutThePrincipal ? 'regional_education_director' : 'principal', at: c.recordedAt },
];

export interface AlertSent {
  place: AlertPlace;
  personId: string;
}

/**
 * What to send now: each place whose time has come, to each of its holders not yet sent it. A place nobody
 * holds is passed over and the next takes its time, so a missing deputy never delays the principal. Once the
 * concern is touched (triaged) the chain stops; the first alert is owed whatever. Those excluded (who recorded
 * it; whom an allegation is about) are never sent it. Also when to look next.
 */
export function alertsOwed(
  steps: readonly AlertStep[],
  holders: (place: AlertPlace) => readonly string[],
  o: { touched: boolean; sent: readonly AlertSent[]; excluded: readonly string[]; now: Date },
): { send: (AlertSent & { at: Date })[]; nextAt: Date | null } {
  const held = steps.filter((s) => holders(s.place).length > 0).map((s, i) => ({ place: s.place, at: steps[i]!.at }));
  const live = o.touched ? held.slice(0, 1) : held;
  const owedTo = (s: AlertStep) => holders(s.place).filter((p) => !o.excluded.includes(p) && !o.sent.some((x) => x.place === s.place && x.personId === p));
  const send = live.filter((s) => s.at.getTime() <= o.now.getTime()).flatMap((s) => owedTo(s).map((personId) => ({ place: s.place, personId, at: s.at })));
  const next = live.find((s) => s.at.getTime() > o.now.getTime() && owedTo(s).length > 0);
  return { send, nextAt: next?.at ?? null };
}

const PLACE_WORDS: Record<AlertPlace, string> = {
  designated_safeguarding_lead: 'designated safeguarding lead',
  deputy_designated_safeguarding_lead: 'deputy designated safeguarding lead',
  principal: 'principal',
  regional_education_director: 'regional education director',
};

/**
 * The words of an alert: that a concern exists, its category and a link, never its content. Email leaves
 * the organisation's hands, so it says nothing of the learner, what was seen or said, or who recorded it.
 */
export function alertMessage(c: Pick<Concern, 'category' | 'allegation'>, place: AlertPlace, link: string): { subject: string; body: string } {
  const category = CATEGORY_WORDS[c.category];
  if (c.allegation) {
    return {
      subject: 'An allegation about a member of staff',
      body: `An allegation about a member of staff has been recorded (${category}). As ${PLACE_WORDS[place]}, you lead on it: open it in Probity to read it and open its case.\n\n${link}`,
    };
  }
  const why = place === 'designated_safeguarding_lead' ? '' : ` Nobody has triaged it yet, so you are told as ${PLACE_WORDS[place]}.`;
  return {
    subject: `A safeguarding concern: ${category}`,
    body: `A safeguarding concern has been recorded (${category}). It is to be acted on by the end of the academy day.${why} Open it in Probity to read it.\n\n${link}`,
  };
}

// ─── Need to know ───────────────────────────────────────────────────────────────────────────────────────

const MAX_REASON = 1_000;

function reasonProblem(reason: string, detail: string): Refusal | null {
  if (reason.trim().length < 10) return { rule: 'reason-needed', field: 'reason', detail };
  return reason.length > MAX_REASON ? { rule: 'text-too-long', field: 'reason', detail: `At most ${MAX_REASON} characters.` } : null;
}

/** Why access to a record may not be granted to this person: a reason is given, and the person an allegation is about never sees it. */
export function grantProblems(c: Pick<Concern, 'allegation'>, grant: { personId: string; reason: string }): Refusal[] {
  const problems = one(reasonProblem(grant.reason, 'Say, in a sentence, why they need to know.'));
  if (c.allegation?.staffMemberId === grant.personId) problems.push({ rule: 'subject-never-sees', field: 'personId', detail: 'The member of staff an allegation is about never sees it.' });
  return problems;
}

/** Opening a record one may not otherwise see ("breaking the glass") needs a reason, which the DSL is told of at once and the audit trail keeps. */
export const breakGlassProblems = (reason: string): Refusal[] => one(reasonProblem(reason, 'Say, in a sentence, why you need to open this record.'));

/** The DSL's alert when someone breaks the glass: that it happened and where to look, never the record's content. */
export const breakGlassMessage = (link: string) => ({
  subject: 'A safeguarding record was opened from outside the team',
  body: `Someone outside the safeguarding team opened a safeguarding record, giving a reason. The audit trail says who and why.\n\n${link}`,
});

// ─── Referrals: each agency's timescale ─────────────────────────────────────────────────────────────────

/**
 * How long each agency has. Children's social care: within one working day of a referral a social worker
 * acknowledges it and decides the next steps, and the school follows it up if it hears nothing (Keeping
 * Children Safe in Education; Working Together to Safeguard Children); an assessment concludes within 45
 * working days of the referral (Working Together). No guidance sets a time for the police or an early help
 * service to answer a school: following up after one working day and after ten are the organisation's
 * defaults. The Deadlines engine's catalogue states the same periods, with these sources, for the deadlines
 * that chase them.
 */
export interface ReferralTimescale {
  /** Working days from the referral within which the agency answers, before the DSL follows it up. */
  respondWithin: number;
  /** Working days from the referral within which an assessment it took on concludes; null where none is set. */
  concludeWithin: number | null;
  responseDeadline: KindName;
  conclusionDeadline: KindName | null;
}

export const REFERRAL_TIMESCALES: Readonly<Record<Agency, ReferralTimescale>> = {
  childrens_social_care: { respondWithin: 1, concludeWithin: 45, responseDeadline: 'social-care-referral-decision', conclusionDeadline: 'social-care-assessment' },
  police: { respondWithin: 1, concludeWithin: null, responseDeadline: 'police-referral-response', conclusionDeadline: null },
  early_help: { respondWithin: 10, concludeWithin: null, responseDeadline: 'early-help-referral-response', conclusionDeadline: null },
};

const byEndOf = (madeAt: Date, workingDays: number, nation: Nation) => endOfLondonDay(addWorkingDays(inLondon(madeAt).date, workingDays, nation));

/** When a referral's answer is due, and, once the agency has taken it on, when its assessment is to conclude. */
export function referralDue(r: Referral, nation: Nation): { respondBy: Date; concludeBy: Date | null } {
  const { respondWithin, concludeWithin } = REFERRAL_TIMESCALES[r.agency];
  return { respondBy: byEndOf(r.madeAt, respondWithin, nation), concludeBy: r.response?.accepted && concludeWithin !== null ? byEndOf(r.madeAt, concludeWithin, nation) : null };
}

// ─── The DSL's dashboard and a learner's chronology ─────────────────────────────────────────────────────

export interface DashboardItem {
  concernId: string;
  category: Category;
  what: 'triage' | 'action' | 'referral_response' | 'referral_conclusion';
  /** The action or referral it is about. */
  itemId: string | null;
  dueAt: Date;
}

export interface Dashboard {
  /** Concerns nobody has triaged yet, still in time. */
  new: DashboardItem[];
  /** What falls due later today (London time). */
  dueToday: DashboardItem[];
  overdue: DashboardItem[];
  openByCategory: Record<Category, number>;
}

const isOpen = (c: Concern) => c.state !== 'closed' && c.state !== 'allegation';

/** What a concern has waiting: its triage, its unfinished actions with a due date, and its referrals' answers and conclusions. */
function waiting(id: string, c: Concern, actBy: Date, nation: Nation): DashboardItem[] {
  const item = (what: DashboardItem['what'], itemId: string | null, dueAt: Date): DashboardItem => ({ concernId: id, category: c.category, what, itemId, dueAt });
  const items = c.state === 'recorded' ? [item('triage', null, actBy)] : [];
  for (const a of c.actions) if (!a.doneAt && a.dueOn) items.push(item('action', a.id, endOfLondonDay(a.dueOn)));
  for (const r of c.referrals) {
    const due = referralDue(r, nation);
    if (!r.response) items.push(item('referral_response', r.id, due.respondBy));
    else if (due.concludeBy && !r.conclusion) items.push(item('referral_conclusion', r.id, due.concludeBy));
  }
  return items;
}

/**
 * The DSL's dashboard over the concerns they may see (each with its act-by time from alertPlan): new,
 * due today, overdue, and open concerns by category. Allegations are their case's, not the DSL's.
 */
export function dashboard(concerns: readonly { id: string; concern: Concern; actBy: Date }[], nation: Nation, now: Date): Dashboard {
  const today = inLondon(now).date;
  const open = concerns.filter(({ concern }) => isOpen(concern));
  const items = open.flatMap(({ id, concern, actBy }) => waiting(id, concern, actBy, nation)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const overdue = (i: DashboardItem) => now.getTime() > i.dueAt.getTime();
  const openByCategory = Object.fromEntries(CATEGORIES.map((k) => [k, 0])) as Record<Category, number>;
  for (const { concern } of open) openByCategory[concern.category]++;
  return {
    new: items.filter((i) => i.what === 'triage' && !overdue(i)),
    dueToday: items.filter((i) => !overdue(i) && inLondon(i.dueAt).date === today),
    overdue: items.filter(overdue),
    openByCategory,
  };
}

export interface ChronologyEntry {
  at: Date;
  concernId: string;
  category: Category;
  event: HistoryEntry['event'] | 'seen';
  by: string;
  note: string | null;
}

/**
 * A learner's chronology across every concern about them that the reader may see: what was seen or said,
 * when, then each step taken, in time order (concerns in the order given where two fall at one moment).
 */
export function chronology(learnerRef: string, concerns: readonly { id: string; concern: Concern }[]): ChronologyEntry[] {
  const ref = learnerReference(learnerRef);
  return concerns
    .filter(({ concern }) => concern.learnerRef === ref)
    .flatMap(({ id, concern }) => [
      { at: concern.seenAt, concernId: id, category: concern.category, event: 'seen' as const, by: concern.recorderId, note: concern.account },
      ...concern.history.map((h) => ({ at: h.at, concernId: id, category: concern.category, event: h.event, by: h.by, note: h.note })),
    ])
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
