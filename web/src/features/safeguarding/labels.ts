import type { Agency, ConcernCategory, ConcernOutcome, ConcernState, DashboardItem, TriageLevel } from '../../api.ts';

// How safeguarding records read: each category, state, triage level, agency, outcome and step in words.

const CATEGORIES: Record<ConcernCategory, string> = {
  physical_abuse: 'Physical abuse',
  emotional_abuse: 'Emotional abuse',
  sexual_abuse: 'Sexual abuse',
  neglect: 'Neglect',
  radicalisation: 'Radicalisation (the Prevent duty)',
  other: 'Another safeguarding concern',
};
export const categoryLabel = (category: ConcernCategory) => CATEGORIES[category];

const STATES: Record<ConcernState, { label: string; tone: string }> = {
  recorded: { label: 'New, not yet triaged', tone: 'pending' },
  triaged: { label: 'Triaged', tone: '' },
  acting: { label: 'Being acted on', tone: '' },
  outcome_recorded: { label: 'Outcome recorded', tone: 'ok' },
  closed: { label: 'Closed', tone: 'ok' },
  allegation: { label: 'Allegation about staff', tone: 'pending' },
};
export const stateLabel = (state: ConcernState) => STATES[state].label;
export const stateTone = (state: ConcernState) => STATES[state].tone;

const TRIAGE: Record<TriageLevel, string> = {
  record_only: 'Record only: nothing more to do',
  pastoral_support: 'Support within the academy',
  early_help: 'An early help assessment',
  statutory_referral: "A referral to children's social care or the police",
};
export const triageLabel = (level: TriageLevel) => TRIAGE[level];

const AGENCIES: Record<Agency, string> = { childrens_social_care: "Children's social care", police: 'The police', early_help: 'Early help' };
export const agencyLabel = (agency: Agency) => AGENCIES[agency];

const OUTCOMES: Record<ConcernOutcome, string> = {
  no_further_action: 'No further action',
  monitoring: 'Monitoring',
  pastoral_support: 'Pastoral support',
  early_help: 'Early help',
  child_in_need: 'Child in need',
  child_protection: 'Child protection',
  police_action: 'Police action',
};
export const concernOutcomeLabel = (outcome: ConcernOutcome) => OUTCOMES[outcome];

const EVENTS: Record<string, string> = {
  seen: 'Seen or said',
  record: 'Recorded',
  triage: 'Triaged',
  add_action: 'Action given',
  complete_action: 'Action done',
  refer: 'Referred',
  record_response: 'Agency answered',
  record_conclusion: 'Assessment concluded',
  record_outcome: 'Outcome recorded',
  close: 'Closed',
  reopen: 'Reopened',
};
export const eventLabel = (event: string) => EVENTS[event] ?? event;

const WAITING: Record<DashboardItem['what'], string> = {
  triage: 'Triage',
  action: 'An action',
  referral_response: "An agency's answer",
  referral_conclusion: "An assessment's conclusion",
};
export const waitingLabel = (what: DashboardItem['what']) => WAITING[what];

/** The keyboard shortcut that hides a safeguarding page, as the page says it. */
export const HIDE_SHORTCUT_WORDS = 'press the Shift key three times';
