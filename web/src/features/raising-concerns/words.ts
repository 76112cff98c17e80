import type { RaisedConcernOutcome, RaisedConcernStatus, RaisedConcernSummary, ReportCategory, ReporterRelationship, ReportMode } from '../../api.ts';

// Words for the API's codes of reports raised in confidence, and the receipt code's shape as a reporter
// types it.

export const MODE_WORDS: Record<ReportMode, { label: string; hint: string }> = {
  named: { label: 'By name', hint: 'Your name goes with your report: the people who handle it know who you are at once.' },
  confidential: { label: 'Confidentially', hint: 'You give your name, but it is sealed apart from your report: a handler learns it only with a custodian’s approval, and you are told.' },
  anonymous: { label: 'Anonymously', hint: 'You give no name. Your receipt code is the only link to your report.' },
};

export const CATEGORY_WORDS: Record<ReportCategory, string> = {
  misconduct: 'Misconduct',
  malpractice: 'Malpractice',
  illegal: 'Something illegal',
  unethical: 'Something unethical',
  treated_unfairly_for_raising_a_concern: 'I was dissuaded or treated unfairly for raising a concern',
};

export const RELATIONSHIP_WORDS: Record<ReporterRelationship, string> = {
  staff: 'I work here',
  member: 'I am a member',
  learner: 'I am a learner',
  parent_or_carer: 'I am a parent or carer',
  contractor_or_volunteer: 'I am a contractor or volunteer',
  other: 'Something else',
};

export const STATUS_WORDS: Record<RaisedConcernStatus, string> = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  closed: 'Closed',
};

export const OUTCOME_WORDS: Record<RaisedConcernOutcome, string> = {
  action_taken: 'Action taken',
  no_further_action: 'No further action',
  insufficient_information: 'Not enough information to act on',
  referred_to_case: 'Referred to a case',
  referred_outside: 'Referred outside the organisation',
};

export const CHANNEL_WORDS: Record<RaisedConcernSummary['channel'], string> = {
  web: 'The reporting page',
  phone: 'By phone',
  letter: 'By letter',
  email: 'By email',
  in_person: 'In person',
};

// The receipt code's shape, as the server's rules define it (src/features/raising-concerns/rules.ts, which
// the browser cannot load: it hashes with node:crypto): 20 characters of Crockford's base 32, typed in any
// case, with or without spaces and hyphens, O read as 0 and I or L as 1. The server checks the code's two
// check characters too, and answers a code that opens nothing exactly as one that never existed.
const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECEIPT_LENGTH = 20;

/** Why what was typed cannot be a receipt code, or null when it has the right shape. */
export function receiptCodeProblem(typed: string): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!code) return 'is required: enter the code you were given when you made your report.';
  if (code.length !== RECEIPT_LENGTH) return `is ${RECEIPT_LENGTH} letters and digits in five groups of four, like K7QM-3XWD-9HPA-T2RZ-M4C8 (you typed ${code.length}).`;
  if ([...code].some((c) => !RECEIPT_ALPHABET.includes(c))) return 'has a character that is never in a receipt code (codes have only letters and digits, and no U).';
  return null;
}
