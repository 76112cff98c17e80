import { AGENCIES, CONCERN_OUTCOMES, TRIAGE_LEVELS, type Agency, type Concern, type ConcernOutcome, type TriageLevel } from '../../api.ts';
import { agencyLabel, concernOutcomeLabel, triageLabel } from './labels.ts';
import type { ConcernStepForm } from './step-form.tsx';

// Each step of a concern's work as its form asks for it: the fields, in the API's names, and the request they
// make. One form (step-form.tsx) shows them all.

type Step = Omit<Parameters<typeof ConcernStepForm>[0], 'concern' | 'onDone'>;
type Action = Concern['actions'][number];
type Referral = Concern['referrals'][number];

export const TRIAGE: Step = {
  id: 'triage-form',
  title: 'Triage it',
  fields: [
    { name: 'level', kind: 'select', label: 'Decision', options: TRIAGE_LEVELS.map((l) => [l, triageLabel(l)] as const) },
    { name: 'note', kind: 'textarea', label: 'Why' },
  ],
  button: 'Record the triage',
  done: 'Triaged: the deadline to act on it is met',
  body: (v) => ({ type: 'triage', level: v.text('level') as TriageLevel, note: v.text('note') }),
};

export const ADD_ACTION: Step = {
  id: 'add-action',
  title: 'Give an action',
  fields: [
    { name: 'description', kind: 'textarea', label: 'The action', rows: 2 },
    { name: 'assigneeId', kind: 'person', label: 'Who does it', hint: 'Someone who may read this record: on the team, or someone you let see it below.' },
    { name: 'dueOn', kind: 'date', label: 'Due by (optional)' },
  ],
  button: 'Give the action',
  done: 'The action is given: they are told, without its content',
  body: (v) => ({ type: 'add_action', description: v.text('description'), assigneeId: v.personId('assigneeId'), ...v.optional('dueOn') }),
};

export const completeAction = (a: Action): Step => ({
  id: `complete-${a.id}`,
  title: `Mark “${a.description}” done`,
  fields: [{ name: 'note', kind: 'textarea', label: 'What was done (optional)' }],
  button: 'Mark it done',
  done: 'The action is done',
  body: (v) => ({ type: 'complete_action', actionId: a.id, ...v.optional('note') }),
});

export const REFER: Step = {
  id: 'refer',
  title: 'Refer to an agency',
  intro: <p className="hint">Children’s social care answers within one working day and concludes an assessment within 45; the police within one, early help within ten. You are reminded when an answer is due.</p>,
  fields: [
    { name: 'agency', kind: 'select', label: 'Agency', options: AGENCIES.map((a) => [a, agencyLabel(a)] as const) },
    { name: 'reference', kind: 'text', label: 'Their reference (optional)' },
  ],
  button: 'Record the referral',
  done: 'Referred: their answer is a deadline of yours',
  body: (v) => ({ type: 'refer', agency: v.text('agency') as Agency, ...v.optional('reference') }),
};

export const response = (r: Referral): Step => ({
  id: `response-${r.id}`,
  title: `Record ${agencyLabel(r.agency).toLowerCase()}’s answer`,
  fields: [
    { name: 'accepted', kind: 'checkbox', label: 'They took it on', hint: 'For an assessment, an investigation or support.' },
    { name: 'note', kind: 'textarea', label: 'What they said', rows: 2 },
  ],
  button: 'Record the answer',
  done: `${agencyLabel(r.agency)}’s answer is recorded`,
  body: (v) => ({ type: 'record_response', referralId: r.id, accepted: v.checked('accepted'), note: v.text('note') }),
});

export const conclusion = (r: Referral): Step => ({
  id: `conclusion-${r.id}`,
  title: `Record the conclusion of ${agencyLabel(r.agency).toLowerCase()}’s assessment`,
  fields: [{ name: 'note', kind: 'textarea', label: 'What it concluded' }],
  button: 'Record the conclusion',
  done: 'The assessment’s conclusion is recorded',
  body: (v) => ({ type: 'record_conclusion', referralId: r.id, note: v.text('note') }),
});

export const OUTCOME: Step = {
  id: 'record-outcome',
  title: 'Record the outcome',
  fields: [
    { name: 'outcome', kind: 'select', label: 'Outcome', options: CONCERN_OUTCOMES.map((o) => [o, concernOutcomeLabel(o)] as const) },
    { name: 'summary', kind: 'textarea', label: 'What came of it' },
  ],
  button: 'Record the outcome',
  done: 'The outcome is recorded',
  body: (v) => ({ type: 'record_outcome', outcome: v.text('outcome') as ConcernOutcome, summary: v.text('summary') }),
};

export const CLOSE: Step = {
  id: 'close',
  title: 'Close the record',
  fields: [{ name: 'note', kind: 'textarea', label: 'Closing note (optional)' }],
  button: 'Close it',
  done: 'Closed',
  body: (v) => ({ type: 'close', ...v.optional('note') }),
};

export const REOPEN: Step = {
  id: 'reopen',
  title: 'Reopen it',
  fields: [{ name: 'reason', kind: 'textarea', label: 'What has come to light' }],
  button: 'Reopen',
  done: 'Reopened',
  body: (v) => ({ type: 'reopen', reason: v.text('reason') }),
};
