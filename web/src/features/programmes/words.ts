import type { MarkingStage, ParticipantState, ParticipantStep, ProgrammeSupport, SupportChannel } from '../../api.ts';

// Words the programmes' pages show for the API's codes (the server's own words, in its rules, for the same states).

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

export const MARKING_WORDS: Readonly<Record<MarkingStage, string>> = {
  not_started: 'Not started',
  in_review: 'In review',
  review_done: 'Review done',
  in_moderation: 'In moderation',
  ready_for_release: 'Ready for release',
  released: 'Released',
};

export const PROGRAMME_OUTCOME_WORDS = { criteria_met: 'Criteria met', criteria_not_met: 'Criteria not met' } as const;

export type StepType = ParticipantStep['type'];

/** What each step is called on its button. */
export const STEP_WORDS: Readonly<Record<StepType, string>> = {
  await_mentor: 'Ask the body to appoint a mentor',
  arrange_support: 'Arrange support',
  begin: 'Start the portfolio',
  submit: 'Submit the portfolio',
  allocate_reviewer: 'Allocate a reviewer',
  review_criterion: 'Review a criterion',
  complete_review: 'Complete the review',
  sample: 'Sample for moderation',
  moderate: 'Moderate',
  resubmit: 'Resubmit the portfolio',
  lapse: 'Record a lapse',
  restart: 'Re-start in a later cohort',
  withdraw: 'Withdraw',
};

/** The next date the participant must meet, by where they stand: their submission or resubmission deadline (the cohort's, moved by any agreed adjustment). */
export function nextDeadline(state: ParticipantState, cohort: { reviewEnds: string; resubmissionReviewEnds: string }, own: { submissionDeadline: string; resubmissionDeadline: string }): { what: string; on: string } | null {
  if (['registered', 'awaiting_mentor', 'support_arranged', 'in_progress'].includes(state)) return { what: 'Submit the portfolio by', on: own.submissionDeadline };
  if (state === 'not_met') return { what: 'Resubmit by', on: own.resubmissionDeadline };
  if (['submitted', 'in_review', 'moderated'].includes(state)) return { what: 'Review and moderation end by', on: cohort.reviewEnds };
  if (state === 'resubmitted') return { what: 'Review of the resubmission ends by', on: cohort.resubmissionReviewEnds };
  return null;
}

/** The support channels of 001 §6.1.4, as the server names them (rules: CHANNEL_WORDS). */
export const CHANNEL_WORDS: Readonly<Record<SupportChannel, string>> = {
  general: 'General enquiries',
  eligibility: 'Eligibility criteria',
  portfolio: 'Portfolio queries',
  technical: 'Technical problems with the e-portfolio',
  ats: 'ATS portfolio requirements',
};

/** Where an appeal stands against its 10 working days (001 §9.1). */
export const APPEAL_STANDING_WORDS: Readonly<Record<ProgrammeSupport['appeals'][number]['standing'], string>> = {
  awaiting_response: 'Awaiting the response',
  overdue: 'Response overdue',
  responded: 'Responded',
  responded_late: 'Responded late',
};

/** Pence as pounds: "£450". */
export const pounds = (pence: number) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: pence % 100 ? 2 : 0 })}`;
