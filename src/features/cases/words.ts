// Words shown to people for the cases' codes: stages, outcomes, chronology events and letters. No imports:
// the server's letters and the web app's pages say them alike (the web app bundles this file as it is).

/** Each type of case: its title, who runs it, and the letters its references start with. */
export const CASE_TYPE_WORDS = {
  membership_application: { title: 'Application for membership', runBy: 'professional_body', prefix: 'MA' },
  suitability: { title: 'Suitability for membership', runBy: 'professional_body', prefix: 'SU' },
  allegation: { title: 'Allegation about a member of staff', runBy: 'employer_trust', prefix: 'AL' },
  staff_conduct: { title: 'Staff conduct (disciplinary)', runBy: 'employer_trust', prefix: 'SC' },
  protected: { title: 'Protection of someone who raised a concern', runBy: 'any', prefix: 'PC' },
} as const;

/** Each stage of a case as the person running it, or the person it is about, reads it. */
export const STAGE_WORDS = {
  intake: 'Intake',
  assessment: 'Assessment',
  investigation: 'Investigation',
  decision: 'Decision',
  outcome: 'Outcome issued',
  appeal: 'Appeal',
  closed: 'Closed',
} as const;

/** Each outcome a case type allows (rules.ts `outcomes`), in words a letter can say. */
export const OUTCOME_WORDS = {
  admitted: 'Admitted to membership',
  admitted_with_conditions: 'Admitted to membership with conditions',
  refused: 'Membership refused',
  no_action: 'No action',
  advice: 'Advice',
  warning: 'A warning',
  conditions: 'Conditions on membership',
  membership_cancelled: 'Membership cancelled',
  substantiated: 'Substantiated',
  unsubstantiated: 'Unsubstantiated',
  unfounded: 'Unfounded',
  false: 'False',
  malicious: 'Malicious',
  management_advice: 'Management advice',
  first_written_warning: 'First written warning',
  final_written_warning: 'Final written warning',
  dismissal: 'Dismissal',
  not_upheld: 'Not upheld',
  upheld_advice: 'Upheld: advice given',
  upheld_action_taken: 'Upheld: action taken',
  referred_to_suitability: 'Referred to a suitability case',
} as const;

/** What each chronology entry records, in words. */
export const EVENT_WORDS = {
  open: 'Received and opened',
  advance: 'Moved on',
  request_information: 'Information requested',
  decide: 'Decided',
  issue_outcome: 'Outcome issued',
  appeal: 'Appeal lodged',
  decide_appeal: 'Appeal decided',
  close: 'Closed',
  officer_appointed: 'Case officer appointed',
  officer_removed: 'Case officer taken off',
  panel_member_appointed: 'Panel member appointed',
  panel_member_removed: 'Panel member taken off',
  recused: 'Barred from the case',
  stepped_aside: 'Stepped aside',
  information_answered: 'Information answered',
  letter_sent: 'Letter sent',
} as const;

/** The words for a code, or the code itself where there are none (a stage, outcome or event added since). */
export function wordsFor(words: Readonly<Record<string, string>>, key: string): string {
  return words[key] ?? key.replace(/_/g, ' ');
}
