import { inLondon } from '../../platform/calendar/index.ts';
import { ok, refused, type ProvisionCitation, type Refusal, type Result } from '../../platform/result.ts';
import type { KindName } from '../deadlines/index.ts';
import type { LetterName } from './letters.ts';
import { CASE_TYPE_WORDS } from './words.ts';

// Cases as data and one state machine. A professional body checks suitability before admitting a member
// and acts on information that calls a member's suitability into question (000, "Related procedures");
// an employer records every allegation about a member of staff (003 Appendix 1) and runs its conduct
// process; anyone who raised a concern and was dissuaded or treated unfairly for it has a protected case
// (000 provision 12). Each type says its stages, its outcomes, whether a panel decides, how long an
// appeal stays open and which deadlines start when. Who may take each step is the policy's question (an
// action and the person's relation to the case: its team, recusal); these rules guard the case's own facts.
// Pure functions: every date is passed in.

export const STAGES = ['intake', 'assessment', 'investigation', 'decision', 'outcome', 'appeal', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

/** The stages a case passes through before its decision; a type may skip those it does not have. */
const BEFORE_DECISION: readonly Stage[] = ['intake', 'assessment', 'investigation', 'decision'];

export const CASE_TYPE_IDS = ['membership_application', 'suitability', 'allegation', 'staff_conduct', 'protected'] as const;
export type CaseTypeId = (typeof CASE_TYPE_IDS)[number];

/**
 * What a case is opened from: received directly (an application, a report to the organisation), a person's
 * own declaration or notification (000 provisions 10 and 11), a concern raised, or information from a third party.
 */
export const OPENED_FROM = ['intake', 'declaration', 'concern', 'third_party'] as const;
export type OpenedFrom = (typeof OPENED_FROM)[number];

/** When a deadline falls: working days (UK, by the organisation's nation) or calendar days from the event that starts it. */
export type Period = { unit: 'working_days' | 'calendar_days'; count: number };

export interface StageDeadline {
  /** Its kind in the deadlines catalogue, which says whom it reminds and escalates to (a test holds the two periods equal). */
  kind: KindName;
  /** What starts it: the case being opened, or it reaching a stage. */
  startsOn: 'opened' | Stage;
  title: string;
  period: Period;
  /** Only for a case flagged so at intake (an allegation that may meet the harm threshold). */
  onlyIf?: 'harm_threshold';
  /** Where the time comes from: a code's provision, or statutory guidance the code points to. */
  source: string;
}

export interface CaseType {
  id: CaseTypeId;
  title: string;
  runBy: 'professional_body' | 'employer_trust' | 'any';
  /** The letters its cases' references start with. */
  prefix: string;
  cites: readonly ProvisionCitation[];
  /** The stages in order, from intake to closed. */
  stages: readonly Stage[];
  outcomes: readonly string[];
  /** Decided by a panel of three with at least one practitioner and one lay member. */
  panel: boolean;
  /** Calendar days after the outcome within which the person may appeal; null: the process has no appeal. */
  appealDays: number | null;
  deadlines: readonly StageDeadline[];
  /** The letters the case sends, by the step that sends them. */
  letters: Partial<Record<CaseEventType, LetterName>>;
}

const setCode = (...provisions: string[]): ProvisionCitation => ({ code: 'set-code-of-practice', version: '2018', provisions });
const staffCode = (...provisions: string[]): ProvisionCitation => ({ code: 'att-staff-code-of-conduct', version: '2020', provisions });

/** Two working days to acknowledge what was received: the organisation's service standard, the same for every type. */
const ACKNOWLEDGE: StageDeadline = { kind: 'case-acknowledgement', startsOn: 'opened', title: 'Acknowledge it to the person', period: { unit: 'working_days', count: 2 }, source: 'Probity: acknowledged within two working days' };
/** Appeals: 28 calendar days from the outcome letter, the organisation's default where its procedure sets none. */
const APPEAL_DAYS = 28;

export const CASE_TYPES: Readonly<Record<CaseTypeId, CaseType>> = {
  membership_application: {
    id: 'membership_application',
    ...CASE_TYPE_WORDS.membership_application,
    // 000, "Related procedures": applications follow the Membership Procedures; section 1: the provisions a
    // member complies with "in order to become and remain a member", or SET may refuse membership.
    cites: [setCode('related-procedures-1', 'section-1', '8')],
    stages: ['intake', 'assessment', 'decision', 'outcome', 'appeal', 'closed'],
    outcomes: ['admitted', 'admitted_with_conditions', 'refused'],
    panel: false,
    appealDays: APPEAL_DAYS,
    deadlines: [ACKNOWLEDGE],
    letters: { open: 'application-received', issue_outcome: 'application-outcome', decide_appeal: 'appeal-outcome' },
  },
  suitability: {
    id: 'suitability',
    ...CASE_TYPE_WORDS.suitability,
    // 000, "Related procedures": information that calls a member's suitability into question; provisions 8
    // (information, and consent to disclosure by third parties), 10 and 11 (what members notify).
    cites: [setCode('related-procedures-2', '8', '10', '11')],
    stages: ['intake', 'assessment', 'investigation', 'decision', 'outcome', 'appeal', 'closed'],
    outcomes: ['no_action', 'advice', 'warning', 'conditions', 'membership_cancelled'],
    panel: true,
    appealDays: APPEAL_DAYS,
    deadlines: [ACKNOWLEDGE],
    letters: { open: 'allegation-acknowledged', request_information: 'request-for-information', issue_outcome: 'suitability-outcome', decide_appeal: 'appeal-outcome' },
  },
  allegation: {
    id: 'allegation',
    ...CASE_TYPE_WORDS.allegation,
    // 003 Appendix 1: allegations are never left unchallenged, unrecorded or not acted upon; §15.1 on vulnerability to them.
    cites: [staffCode('appendix-1', '15.1')],
    stages: ['intake', 'investigation', 'decision', 'outcome', 'closed'],
    // The outcomes statutory guidance for schools names for allegations about staff.
    outcomes: ['substantiated', 'unsubstantiated', 'unfounded', 'false', 'malicious'],
    panel: false,
    appealDays: null,
    deadlines: [
      ACKNOWLEDGE,
      {
        kind: 'lado-referral',
        startsOn: 'opened',
        title: "Refer to the local authority's designated officer",
        period: { unit: 'working_days', count: 1 },
        onlyIf: 'harm_threshold',
        source: 'Statutory guidance for schools: an allegation that may meet the harm threshold goes to the designated officer within one working day',
      },
    ],
    letters: { issue_outcome: 'allegation-outcome' },
  },
  staff_conduct: {
    id: 'staff_conduct',
    ...CASE_TYPE_WORDS.staff_conduct,
    // 003 §2.2, §2.3, §20.1 and §21.2: breaches of the code, at work or outside it, go to the disciplinary procedure.
    cites: [staffCode('2.2', '2.3', '20.1', '21.2')],
    stages: ['intake', 'investigation', 'decision', 'outcome', 'appeal', 'closed'],
    outcomes: ['no_action', 'management_advice', 'first_written_warning', 'final_written_warning', 'dismissal'],
    panel: true,
    appealDays: APPEAL_DAYS,
    deadlines: [ACKNOWLEDGE],
    letters: { open: 'investigation-notice', issue_outcome: 'hearing-outcome', decide_appeal: 'appeal-outcome' },
  },
  protected: {
    id: 'protected',
    ...CASE_TYPE_WORDS.protected,
    // 000 provision 12: do not seek to dissuade anyone from raising a concern, or act unfairly towards them if they do.
    cites: [setCode('12')],
    stages: ['intake', 'assessment', 'investigation', 'decision', 'outcome', 'closed'],
    outcomes: ['not_upheld', 'upheld_advice', 'upheld_action_taken', 'referred_to_suitability'],
    panel: false,
    appealDays: null,
    deadlines: [ACKNOWLEDGE],
    letters: { open: 'concern-protected', issue_outcome: 'protection-outcome' },
  },
};

/** A case's reference, as its pages and letters give it: its type's letters, the year it was opened (in London) and the first eight of its id. */
export function caseReference(c: { id: string; type: CaseTypeId; openedAt: Date }): string {
  return `${CASE_TYPES[c.type].prefix}-${inLondon(c.openedAt).date.slice(0, 4)}-${c.id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** Why an organisation of this kind does not open a case of this type: a trust has no membership applications, a professional body no staff. */
export function typeRefusal(type: CaseType, organisationKind: string): Refusal | null {
  if (type.runBy === 'any' || type.runBy === organisationKind) return null;
  return { rule: 'case-type-not-here', field: 'type', detail: `${type.title}: a case that ${type.runBy === 'professional_body' ? 'a professional body' : 'an employer'} runs.` };
}

const CLOSED: Refusal = { rule: 'case-closed', detail: 'A closed case changes no more.' };

// ─── Panels ─────────────────────────────────────────────────────────────────────────────────────────────

/** A practitioner of the profession, or a lay member from outside it. */
export const PANEL_KINDS = ['practitioner', 'lay'] as const;

export interface PanelMember {
  personId: string;
  kind: (typeof PANEL_KINDS)[number];
}

export const PANEL_SIZE = 3;

/**
 * Why a panel may not sit: three different people, at least one practitioner and one lay member, and
 * nobody barred from the case (a declared conflict or relationship, named in it, or stepped aside).
 */
export function panelProblems(panel: readonly PanelMember[], barred: ReadonlySet<string>): Refusal[] {
  const problems: Refusal[] = [];
  const people = new Set(panel.map((m) => m.personId));
  if (panel.length !== PANEL_SIZE || people.size !== PANEL_SIZE) problems.push({ rule: 'panel-of-three', field: 'panel', detail: 'A panel is three different people.' });
  if (!panel.some((m) => m.kind === 'practitioner')) problems.push({ rule: 'panel-practitioner', field: 'panel', detail: 'A panel has at least one practitioner.' });
  if (!panel.some((m) => m.kind === 'lay')) problems.push({ rule: 'panel-lay-member', field: 'panel', detail: 'A panel has at least one lay member.' });
  panel.forEach((m, i) => barred.has(m.personId) && problems.push({ rule: 'panel-member-recused', field: `panel.${i}`, detail: 'This person is barred from the case and cannot sit on its panel.' }));
  return problems;
}

/**
 * Why the panel may not change now: only a type decided by a panel has one, a closed case changes no more,
 * the panel that made a decision stays as it sat (an appeal upheld sends the case back to be decided, and
 * then it may change), and a panel has three seats.
 */
export function panelChangeRefusal(type: CaseType, c: Pick<Case, 'stage' | 'decision'>, seatedAfter: number): Refusal | null {
  if (!type.panel) return { rule: 'no-panel', detail: `A ${type.title.toLowerCase()} is not decided by a panel.` };
  if (c.stage === 'closed') return CLOSED;
  if (c.decision) return { rule: 'panel-has-decided', detail: 'The panel that made the decision stays as it sat.' };
  return seatedAfter > PANEL_SIZE ? { rule: 'panel-of-three', detail: 'A panel is three people: remove one before appointing another.' } : null;
}

// ─── The lifecycle ──────────────────────────────────────────────────────────────────────────────────────

export interface Decision {
  outcome: string;
  reasons: string;
  decidedAt: Date;
  panel: readonly PanelMember[] | null;
}

export interface Case {
  type: CaseTypeId;
  stage: Stage;
  openedAt: Date;
  /** Set at intake for an allegation that may meet the harm threshold: it must go to the designated officer. */
  harmThreshold: boolean;
  decision: Decision | null;
  outcome: { outcome: string; issuedAt: Date } | null;
  appeal: { grounds: string; lodgedAt: Date; result: AppealResult | null } | null;
  closedAt: Date | null;
  history: readonly { event: CaseEventType; at: Date; from: Stage; to: Stage }[];
}

export const APPEAL_RESULTS = ['upheld', 'dismissed'] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];

export type CaseEvent =
  | { type: 'open' }
  | { type: 'advance'; to: Stage }
  | { type: 'request_information'; dueOn: string }
  | { type: 'decide'; outcome: string; reasons: string; panel?: readonly PanelMember[] }
  | { type: 'issue_outcome' }
  | { type: 'appeal'; grounds: string }
  | { type: 'decide_appeal'; result: AppealResult; reasons: string }
  | { type: 'close'; reasons: string };
export type CaseEventType = CaseEvent['type'];

/** The policy action each step needs; who holds it is the policy's, by role and relation to the case. */
export const STEP_ACTIONS: Readonly<Record<CaseEventType, 'case.open' | 'case.progress' | 'case.decide' | 'case.appeal'>> = {
  open: 'case.open',
  advance: 'case.progress',
  request_information: 'case.progress',
  decide: 'case.decide',
  issue_outcome: 'case.progress',
  appeal: 'case.appeal',
  decide_appeal: 'case.decide',
  close: 'case.progress',
};
export const EVENT_TYPES = Object.keys(STEP_ACTIONS) as CaseEventType[];

/** Why an officer may not join or leave the case now: a closed case changes no more, and an open one always has an officer. */
export function officerChangeRefusal(c: Pick<Case, 'stage'>, officersAfter: number): Refusal | null {
  if (c.stage === 'closed') return CLOSED;
  return officersAfter < 1 ? { rule: 'case-needs-an-officer', detail: 'An open case keeps at least one case officer: another is appointed before the last one leaves.' } : null;
}

export const MIN_REASONS = 20;
export const MAX_TEXT = 20_000;

/** A new case at intake. */
export function openCase(type: CaseType, now: Date, harmThreshold = false): Case {
  return { type: type.id, stage: 'intake', openedAt: now, harmThreshold: harmThreshold && type.id === 'allegation', decision: null, outcome: null, appeal: null, closedAt: null, history: [{ event: 'open', at: now, from: 'intake', to: 'intake' }] };
}

/** The deadlines an event starts for this case: those of the type that start on it and apply to the case. */
export function deadlinesStartedBy(type: CaseType, c: Pick<Case, 'harmThreshold'>, on: 'opened' | Stage): StageDeadline[] {
  return type.deadlines.filter((d) => d.startsOn === on && (d.onlyIf !== 'harm_threshold' || c.harmThreshold));
}

/** The last day an appeal may be lodged, or null where the type has none or no outcome was issued. */
export function appealCloses(type: CaseType, c: Pick<Case, 'outcome'>): Date | null {
  if (type.appealDays === null || !c.outcome) return null;
  return new Date(c.outcome.issuedAt.getTime() + type.appealDays * 86_400_000);
}

function textProblem(field: string, text: string, min: number, what: string): Refusal | null {
  if (text.trim().length < min) return { rule: `${field}-needed`, field, detail: `${what} in at least ${min} characters.` };
  return text.length > MAX_TEXT ? { rule: `${field}-too-long`, field, detail: `At most ${MAX_TEXT} characters.` } : null;
}

const refuseStep = (c: Case, step: string) => refused<Case>({ rule: 'case-stage', detail: `A case at ${c.stage.replace('_', ' ')} cannot ${step}.` });

/**
 * Takes one step, or refuses it and changes nothing. A decision carries written reasons (and, where a panel
 * decides, a panel that may sit); an outcome follows a decision; an appeal follows an outcome and is lodged
 * in time; a closed case changes no more; time only goes forward.
 */
export function step(type: CaseType, c: Case, event: CaseEvent, now: Date, barred: ReadonlySet<string> = new Set()): Result<Case> {
  if (type.id !== c.type) return refused({ rule: 'case-type', detail: `This case is a ${c.type}, not a ${type.id}.` });
  if (c.stage === 'closed') return refused(CLOSED);
  const last = c.history.at(-1)?.at ?? c.openedAt;
  if (now.getTime() < last.getTime()) return refused({ rule: 'time-goes-forward', detail: 'A step is not dated before the one it follows.' });
  const move = (to: Stage, changes: Partial<Case> = {}): Result<Case> => ok({ ...c, ...changes, stage: to, history: [...c.history, { event: event.type, at: now, from: c.stage, to }] });

  switch (event.type) {
    case 'open':
      return refused({ rule: 'case-open', detail: 'This case is already open.' });
    case 'advance': {
      const from = BEFORE_DECISION.indexOf(c.stage);
      const to = BEFORE_DECISION.indexOf(event.to);
      if (from < 0 || to <= from || !type.stages.includes(event.to)) return refuseStep(c, `move to ${event.to}`);
      return move(event.to);
    }
    case 'request_information':
      // 000 provision 8: a member complies with reasonable requests for information, with a time to answer.
      if (!['assessment', 'investigation'].includes(c.stage)) return refuseStep(c, 'ask for information');
      if (!(event.dueOn > inLondon(now).date)) return refused({ rule: 'information-due-later', field: 'dueOn', detail: 'A request for information gives until a later day to answer.' });
      return move(c.stage);
    case 'decide': {
      if (c.stage !== 'decision') return refuseStep(c, 'be decided');
      const problems: Refusal[] = [];
      if (!type.outcomes.includes(event.outcome)) problems.push({ rule: 'case-outcome', field: 'outcome', detail: `A ${type.title.toLowerCase()} ends in one of: ${type.outcomes.join(', ')}.` });
      const reasons = textProblem('reasons', event.reasons, MIN_REASONS, 'A decision gives its reasons');
      if (reasons) problems.push(reasons);
      if (type.panel) problems.push(...panelProblems(event.panel ?? [], barred));
      if (problems.length) return refused(...problems);
      return move('decision', { decision: { outcome: event.outcome, reasons: event.reasons, decidedAt: now, panel: type.panel ? event.panel! : null } });
    }
    case 'issue_outcome':
      if (c.stage !== 'decision' || !c.decision) return refused({ rule: 'outcome-needs-decision', detail: 'An outcome is issued only once the decision is made, with its reasons.' });
      return move('outcome', { outcome: { outcome: c.decision.outcome, issuedAt: now } });
    case 'appeal': {
      const closes = appealCloses(type, c);
      if (c.stage !== 'outcome' || !closes) return refused({ rule: 'appeal-needs-outcome', detail: type.appealDays === null ? 'This process has no appeal.' : 'An appeal follows an outcome.' });
      if (now.getTime() > closes.getTime()) return refused({ rule: 'appeal-out-of-time', detail: `An appeal is lodged within ${type.appealDays} days of the outcome.` });
      const grounds = textProblem('grounds', event.grounds, MIN_REASONS, 'An appeal gives its grounds');
      if (grounds) return refused(grounds);
      return move('appeal', { appeal: { grounds: event.grounds, lodgedAt: now, result: null } });
    }
    case 'decide_appeal': {
      if (c.stage !== 'appeal' || !c.appeal) return refuseStep(c, 'have an appeal decided');
      const reasons = textProblem('reasons', event.reasons, MIN_REASONS, 'An appeal decision gives its reasons');
      if (reasons) return refused(reasons);
      const appeal = { ...c.appeal, result: event.result };
      // An appeal upheld sends the case back to be decided afresh; one dismissed leaves the outcome standing.
      return event.result === 'upheld' ? move('decision', { appeal, decision: null, outcome: null }) : move('closed', { appeal, closedAt: now });
    }
    case 'close': {
      const reasons = textProblem('reasons', event.reasons, MIN_REASONS, 'Closing a case gives its reasons');
      if (reasons) return refused(reasons);
      if (c.stage === 'decision' || c.stage === 'appeal') return refuseStep(c, 'be closed before it is decided');
      if (c.stage === 'outcome') {
        const closes = appealCloses(type, c);
        if (closes && now.getTime() <= closes.getTime()) return refused({ rule: 'appeal-still-open', detail: `The person may appeal until ${closes.toISOString().slice(0, 10)}.` });
      }
      return move('closed', { closedAt: now });
    }
  }
}

/** The stages a case may move on to now: the later stages before the decision that its type has. */
export function advanceTargets(type: CaseType, c: Pick<Case, 'stage'>): Stage[] {
  const from = BEFORE_DECISION.indexOf(c.stage);
  if (from < 0) return [];
  return BEFORE_DECISION.filter((stage, i) => i > from && type.stages.includes(stage));
}

/**
 * The steps the state machine takes from where the case stands now, for the pages to offer only those (what
 * a step carries, its reasons or its panel, is still judged when it is taken). A property test holds it to `step`.
 */
export function openSteps(type: CaseType, c: Case, now: Date): Exclude<CaseEventType, 'open'>[] {
  if (c.stage === 'closed') return [];
  const closes = appealCloses(type, c);
  const appealOpen = closes !== null && now.getTime() <= closes.getTime();
  const open: Record<CaseEventType, boolean> = {
    open: false,
    advance: advanceTargets(type, c).length > 0,
    request_information: c.stage === 'assessment' || c.stage === 'investigation',
    decide: c.stage === 'decision',
    issue_outcome: c.stage === 'decision' && c.decision !== null,
    appeal: c.stage === 'outcome' && appealOpen,
    decide_appeal: c.stage === 'appeal',
    close: c.stage !== 'decision' && c.stage !== 'appeal' && !(c.stage === 'outcome' && appealOpen),
  };
  return EVENT_TYPES.filter((event): event is Exclude<CaseEventType, 'open'> => open[event]);
}

// ─── Requests for information ───────────────────────────────────────────────────────────────────────────

/**
 * Why the person may not answer a request for information now: a closed case changes no more, a request
 * is answered once, and where it asks the person to consent to disclosure by a third party (000 provision 8)
 * the answer says whether they do; where it asks none, there is nothing to consent to.
 */
export function answerRefusal(c: Pick<Case, 'stage'>, request: { answeredAt: Date | null; consentFrom: string | null }, consent: boolean | undefined): Refusal | null {
  if (c.stage === 'closed') return CLOSED;
  if (request.answeredAt) return { rule: 'already-answered', detail: 'This request was answered already.' };
  if (request.consentFrom !== null && consent === undefined) return { rule: 'consent-answer-needed', field: 'consent', detail: `Say whether you consent to ${request.consentFrom} disclosing what it holds about you.` };
  if (request.consentFrom === null && consent !== undefined) return { rule: 'no-consent-asked', field: 'consent', detail: 'This request asks for no consent.' };
  return null;
}

// ─── Statistics ─────────────────────────────────────────────────────────────────────────────────────────

/** The smallest group a published count may describe: fewer could point to a person. */
export const MIN_PUBLISHED_GROUP = 5;

/**
 * Counts fit to publish: a group under five shows no number, and where a row's total is published and only
 * one of its groups would be hidden, the next smallest is hidden too, so that no hidden count can be worked
 * out from the total and the rest.
 */
export function publishable<K extends string>(counts: Readonly<Record<K, number>>): Record<K, number | null> {
  const entries = Object.entries(counts) as [K, number][];
  const hidden = new Set(entries.filter(([, n]) => n > 0 && n < MIN_PUBLISHED_GROUP).map(([k]) => k));
  if (hidden.size === 1) {
    const next = entries.filter(([k, n]) => !hidden.has(k) && n > 0).sort((a, b) => a[1] - b[1])[0];
    if (next) hidden.add(next[0]);
  }
  return Object.fromEntries(entries.map(([k, n]) => [k, hidden.has(k) ? null : n])) as Record<K, number | null>;
}
