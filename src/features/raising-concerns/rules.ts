import crypto from 'node:crypto';
import { ok, refused, type ProvisionCitation, type Refusal, type Result } from '../../platform/result.ts';
import type { DeadlineRule, KindName } from '../deadlines/index.ts';

// Raising concerns in confidence (003 Key Principle 6: "reporting their concerns in confidence to the
// appropriate channels"; 000 provision 12: nobody is dissuaded from raising a concern or treated unfairly for
// it). A report, made by name, confidentially or anonymously, goes to the organisation's handlers; it is
// acknowledged, looked into and closed with feedback to the reporter, inside the time limits the
// organisation's policy sets. Pure functions: every time is passed in, and randomness comes from the caller
// where a rule needs it (so that a test can give its own).

export const CITES: readonly ProvisionCitation[] = [
  { code: 'att-staff-code-of-conduct', version: '2020', provisions: ['key-principle-6'] },
  { code: 'set-code-of-practice', version: '2018', provisions: ['12'] },
];

// ─── What a report is ───────────────────────────────────────────────────────────────────────────────────

/**
 * How the reporter stands to the report: their name given and usable by the handlers (`named`); given but
 * sealed, so that a handler reads it only once a custodian approves (`confidential`); or not given at all
 * (`anonymous`), when only the receipt code leads back to the report.
 */
export const MODES = ['named', 'confidential', 'anonymous'] as const;
export type Mode = (typeof MODES)[number];

/** What a report is about, in 003 Key Principle 6's words, and the unfair treatment 000 provision 12 forbids. */
export const CATEGORIES = ['misconduct', 'malpractice', 'illegal', 'unethical', 'treated_unfairly_for_raising_a_concern'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How the report arrived: through the organisation's page, or told to a handler who entered it. */
export const CHANNELS = ['web', 'phone', 'letter', 'email', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How the reporter relates to the organisation, if they say: it helps the handlers weigh what they can know. */
export const RELATIONSHIPS = ['staff', 'member', 'learner', 'parent_or_carer', 'contractor_or_volunteer', 'other'] as const;

/** Where a report stands. Each status is what the reporter reads too. */
export const STATUSES = ['received', 'acknowledged', 'in_progress', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** How a report ended, told to the reporter with the handler's words. */
export const OUTCOMES = ['action_taken', 'no_further_action', 'insufficient_information', 'referred_to_case', 'referred_outside'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const MAX_TEXT = 20_000;
/** A report says what happened in at least this many characters: an empty or one-word report cannot be looked into. */
export const MIN_ACCOUNT = 20;
/** Closing or reopening a report gives its reasons in at least this many characters. */
export const MIN_REASONS = 20;
/** People a report may name. */
export const MAX_NAMED = 20;

export interface NewReport {
  mode: Mode;
  category: Category;
  /** What happened, in the reporter's own words. */
  account: string;
  /** When and where, in their words, if they say. */
  when?: string | undefined;
  where?: string | undefined;
  /** The people the report is about or names, as the reporter wrote their names. */
  namedPeople: readonly string[];
  /** Who they are, when they give it (never for an anonymous report). */
  identity?: Identity | undefined;
}

export interface Identity {
  name: string;
  /** How the handlers may reach them: an email address or a telephone number, in their words. */
  contact?: string | undefined;
  relationship?: (typeof RELATIONSHIPS)[number] | undefined;
}

/** Everything wrong with a new report at once, each naming its field. */
export function reportProblems(report: NewReport): Refusal[] {
  const problems: Refusal[] = [];
  if (report.account.trim().length < MIN_ACCOUNT) {
    problems.push({ rule: 'report-needs-an-account', field: 'account', detail: `Say what happened in at least ${MIN_ACCOUNT} characters, so that it can be looked into.` });
  }
  if (report.mode === 'anonymous' && report.identity) {
    problems.push({ rule: 'anonymous-without-identity', field: 'identity', detail: 'An anonymous report gives no name: leave it out, or choose to report confidentially.' });
  }
  if (report.mode !== 'anonymous' && !report.identity?.name.trim()) {
    problems.push({ rule: 'identity-needed', field: 'identity.name', detail: `A report made ${report.mode === 'named' ? 'by name' : 'confidentially'} gives your name; to give none, report anonymously.` });
  }
  const seen = new Set<string>();
  report.namedPeople.forEach((name, i) => {
    const key = normaliseName(name);
    if (!key) problems.push({ rule: 'named-person-empty', field: `namedPeople.${i}`, detail: 'Give the name, or leave the line out.' });
    else if (seen.has(key)) problems.push({ rule: 'named-person-twice', field: `namedPeople.${i}`, detail: 'This name is given twice.' });
    seen.add(key);
  });
  if (report.namedPeople.length > MAX_NAMED) problems.push({ rule: 'too-many-named', field: 'namedPeople', detail: `Name at most ${MAX_NAMED} people.` });
  return problems;
}

/**
 * A name as compared with the organisation's people: lower case, accents and punctuation gone, single spaces.
 * A report's names are matched to people by it, so that a handler it names is excluded whatever the reporter's
 * spelling of capitals, accents or spaces; the reporter is never told whether a name matched anyone.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.'-]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

// ─── The receipt code ───────────────────────────────────────────────────────────────────────────────────

/**
 * The receipt code is the reporter's only way back to the report: 18 characters of crypto randomness (90
 * bits) and two check characters, in five groups of four from Crockford's base 32 (no I, L, O or U, so that
 * nothing is mistaken for a 1 or a 0), such as `K7QM-3XWD-9HPA-T2RZ-M4C8`. The
 * check characters catch a mistyped code before it is looked up, so that a typing slip costs the reporter
 * nothing against the throttle; they say nothing about whether a report exists.
 */
export const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 18;
const CHECK_CHARS = 2;
export const RECEIPT_LENGTH = RANDOM_CHARS + CHECK_CHARS;
/** Bits of randomness in a receipt code. */
export const RECEIPT_BITS = RANDOM_CHARS * 5;

function checkOf(body: string): string {
  const digest = crypto.createHash('sha256').update(`receipt:${body}`).digest();
  // The first ten bits of the digest, as two characters.
  const bits = (digest[0]! << 2) | (digest[1]! >> 6);
  return RECEIPT_ALPHABET[bits >> 5]! + RECEIPT_ALPHABET[bits & 31]!;
}

/** A new receipt code from `random` (at least 12 bytes of crypto randomness; the service passes crypto.randomBytes). */
export function newReceiptCode(random: Uint8Array): string {
  if (random.length < 12) throw new Error('a receipt code needs at least 12 random bytes');
  let bits = 0n;
  for (const byte of random.subarray(0, 12)) bits = (bits << 8n) | BigInt(byte);
  let body = '';
  for (let i = 0; i < RANDOM_CHARS; i++) body += RECEIPT_ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)]!;
  return groups(body + checkOf(body));
}

const groups = (code: string) => code.match(/.{1,4}/g)!.join('-');

/**
 * The code as typed, in its one canonical form (upper case, without spaces or hyphens, O read as 0, I and L
 * as 1), or why it cannot be a receipt code. Checked before anything is looked up.
 */
export function readReceiptCode(typed: string): Result<string> {
  const code = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const wrong = (detail: string) => refused<string>({ rule: 'receipt-code-shape', field: 'receiptCode', detail });
  if (code.length !== RECEIPT_LENGTH) return wrong(`is ${RECEIPT_LENGTH} letters and digits in groups of four, like XXXX-XXXX-XXXX-XXXX-XXXX.`);
  if ([...code].some((c) => !RECEIPT_ALPHABET.includes(c))) return wrong('has a character that is never in a receipt code (codes have no U).');
  if (checkOf(code.slice(0, RANDOM_CHARS)) !== code.slice(RANDOM_CHARS)) return wrong('has a typing mistake: check it against the code you were given.');
  return ok(code);
}

/** The receipt code in groups of four, as it is shown. */
export const formatReceiptCode = (canonical: string) => groups(canonical);

/**
 * A report's reference, for the reporter's proof and the handlers' lists: `RC-` and eight characters of the
 * same alphabet. It names the report; it never opens it (only the receipt code does).
 */
export function newReference(random: Uint8Array): string {
  if (random.length < 5) throw new Error('a reference needs at least 5 random bytes');
  let bits = 0n;
  for (const byte of random.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < 8; i++) chars += RECEIPT_ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)]!;
  return `RC-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

// ─── Time limits ────────────────────────────────────────────────────────────────────────────────────────

/**
 * The time limits an organisation's policy sets for its reports, as deadline rules. No code sets them; the
 * defaults are those of good practice for reporting channels (acknowledge within 7 days, feedback within 3
 * months), which an organisation may change.
 */
export interface TimeLimits {
  acknowledge: DeadlineRule;
  feedback: DeadlineRule;
}

export const DEFAULT_TIME_LIMITS: TimeLimits = { acknowledge: { type: 'calendar_days', days: 7 }, feedback: { type: 'months', months: 3 } };

/** The deadline kinds in the deadlines catalogue that carry a report's time limits (a test holds their rules to the defaults). */
export const DEADLINE_KINDS = { acknowledge: 'report-acknowledgement', feedback: 'report-feedback' } as const satisfies Record<keyof TimeLimits, KindName>;

/**
 * The bounds an organisation's own time limits keep within (item 7 of the issue: "the time limits the
 * organisation's policy sets"). No code sets them; they are those of good practice for reporting channels,
 * which the defaults meet: a reporter hears their report arrived within 7 days (5 working days) at the
 * latest, and is told what is being done within 3 months (92 days, 65 working days) at the latest. A policy
 * may be quicker, never slower, and gives no time limit so short that it cannot be met (a day to
 * acknowledge, a week to give feedback).
 */
export const TIME_LIMIT_BOUNDS = {
  acknowledge: { calendar_days: [1, 7], working_days: [1, 5] },
  feedback: { calendar_days: [7, 92], working_days: [5, 65], months: [1, 3] },
} as const;

/** Everything wrong with an organisation's time limits at once, each naming its field (`acknowledge.days`, `feedback.months`). */
export function timeLimitProblems(limits: TimeLimits): Refusal[] {
  const problems: Refusal[] = [];
  for (const limit of ['acknowledge', 'feedback'] as const) {
    const rule = limits[limit];
    const bounds = TIME_LIMIT_BOUNDS[limit] as Record<string, readonly [number, number]>;
    const range = bounds[rule.type];
    if (!range) {
      problems.push({ rule: 'time-limit-kind', field: `${limit}.type`, detail: `is counted in ${Object.keys(bounds).join(', ').replace(/_/g, ' ')}.` });
      continue;
    }
    const [field, value, unit] = rule.type === 'months' ? ['months', rule.months, 'months'] : rule.type === 'calendar_days' || rule.type === 'working_days' ? ['days', rule.days, rule.type.replace('_', ' ')] : ['type', NaN, ''];
    if (!Number.isInteger(value) || value < range[0] || value > range[1]) {
      problems.push({ rule: 'time-limit-bounds', field: `${limit}.${field}`, detail: `must be a whole number from ${range[0]} to ${range[1]} ${unit}.` });
    }
  }
  return problems;
}

/** A time limit in words: "7 days", "5 working days", "3 months". */
export function periodOf(rule: DeadlineRule): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (rule.type === 'calendar_days') return plural(rule.days, 'day');
  if (rule.type === 'working_days') return plural(rule.days, 'working day');
  return rule.type === 'months' ? plural(rule.months, 'month') : 'a short time';
}

/**
 * When the time for feedback starts: at the acknowledgement, but never later than the end of the time to
 * acknowledge, so that a late acknowledgement does not give the handlers longer to give feedback.
 */
export function feedbackStartsAt(acknowledgedAt: Date, acknowledgeDueAt: Date): Date {
  return acknowledgedAt.getTime() <= acknowledgeDueAt.getTime() ? acknowledgedAt : acknowledgeDueAt;
}

// ─── The lifecycle ──────────────────────────────────────────────────────────────────────────────────────

export interface Report {
  status: Status;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  /** The first feedback to the reporter after the acknowledgement (a message marked so, or the closing words). */
  feedbackAt: Date | null;
  closedAt: Date | null;
  outcome: Outcome | null;
  history: readonly { event: ReportEventType; at: Date; from: Status; to: Status }[];
}

export type ReportEvent =
  | { type: 'acknowledge' }
  | { type: 'begin' }
  | { type: 'feedback' }
  | { type: 'close'; outcome: Outcome; reasons: string }
  | { type: 'reopen'; reason: string };
export type ReportEventType = ReportEvent['type'];

/** The policy action each step needs; who holds it is the policy's, by the handler's relation to the report. */
export const STEP_ACTIONS = {
  acknowledge: 'report.acknowledge',
  begin: 'report.progress',
  feedback: 'report.message',
  close: 'report.progress',
  reopen: 'report.progress',
} as const satisfies Record<ReportEventType, string>;

export function receive(now: Date): Report {
  return { status: 'received', receivedAt: now, acknowledgedAt: null, feedbackAt: null, closedAt: null, outcome: null, history: [] };
}

function reasonsProblem(field: string, text: string, what: string): Refusal | null {
  if (text.trim().length < MIN_REASONS) return { rule: `${field}-needed`, field, detail: `${what} in at least ${MIN_REASONS} characters.` };
  return text.length > MAX_TEXT ? { rule: `${field}-too-long`, field, detail: `At most ${MAX_TEXT} characters.` } : null;
}

const refuseStep = (r: Report, step: string): Result<Report> => refused({ rule: 'report-status', detail: `A report that is ${r.status.replace('_', ' ')} cannot ${step}.` });

/**
 * Takes one step, or refuses it and changes nothing.
 * - A report is acknowledged once, first: every reporter hears that it arrived before anything else happens.
 * - Looking into it (`begin`) follows the acknowledgement; feedback to the reporter may come while it is
 *   acknowledged or in progress, and the first one is what the feedback time limit waits for.
 * - It is closed only once acknowledged, with an outcome and reasons the reporter reads (the last feedback).
 * - A closed report is reopened by a handler, with reasons, when new information comes or the closure proves
 *   premature: back to in progress, never to received (the reporter was told it arrived), and its outcome is
 *   cleared, as it no longer stands. A reporter does not reopen one: they follow the report while it is open,
 *   and raise anything after its closure as a new report, which the handlers may join to it by reopening.
 * - Time only goes forward.
 */
export function step(r: Report, event: ReportEvent, now: Date): Result<Report> {
  const last = r.history.at(-1)?.at ?? r.receivedAt;
  if (now.getTime() < last.getTime()) return refused({ rule: 'time-goes-forward', detail: 'A step is not dated before the one it follows.' });
  const move = (to: Status, changes: Partial<Report> = {}): Result<Report> => ok({ ...r, ...changes, status: to, history: [...r.history, { event: event.type, at: now, from: r.status, to }] });
  switch (event.type) {
    case 'acknowledge':
      return r.status === 'received' ? move('acknowledged', { acknowledgedAt: now }) : refuseStep(r, 'be acknowledged again');
    case 'begin':
      return r.status === 'acknowledged' ? move('in_progress') : refuseStep(r, 'be taken up');
    case 'feedback':
      if (r.status === 'received') return refused({ rule: 'acknowledge-first', detail: 'Acknowledge the report before writing to the reporter.' });
      if (r.status === 'closed') return refused({ rule: 'report-closed', detail: 'A closed report takes no more messages: reopen it first.' });
      return move(r.status, { feedbackAt: r.feedbackAt ?? now });
    case 'close': {
      if (r.status === 'received') return refused({ rule: 'acknowledge-first', detail: 'Acknowledge the report before closing it: every reporter hears that it arrived.' });
      if (r.status === 'closed') return refuseStep(r, 'be closed again');
      const problems: Refusal[] = [];
      if (!OUTCOMES.includes(event.outcome)) problems.push({ rule: 'report-outcome', field: 'outcome', detail: `A report ends in one of: ${OUTCOMES.join(', ')}.` });
      const reasons = reasonsProblem('reasons', event.reasons, 'Closing a report tells the reporter why');
      if (reasons) problems.push(reasons);
      if (problems.length) return refused(...problems);
      return move('closed', { closedAt: now, outcome: event.outcome, feedbackAt: r.feedbackAt ?? now });
    }
    case 'reopen': {
      if (r.status !== 'closed') return refuseStep(r, 'be reopened');
      const reason = reasonsProblem('reason', event.reason, 'Reopening a report says why');
      if (reason) return refused(reason);
      return move('in_progress', { closedAt: null, outcome: null });
    }
  }
}

/** The deadlines a step starts, by the time limit each carries: receipt starts the acknowledgement; the acknowledgement and a reopening, the feedback. */
export function deadlinesStartedBy(event: ReportEventType | 'receive'): (keyof TimeLimits)[] {
  if (event === 'receive') return ['acknowledge'];
  return event === 'acknowledge' || event === 'reopen' ? ['feedback'] : [];
}

/** The deadlines a step meets: the acknowledgement meets its own; the first feedback, or closing, meets the feedback. */
export function deadlinesMetBy(event: ReportEventType): (keyof TimeLimits)[] {
  if (event === 'acknowledge') return ['acknowledge'];
  return event === 'feedback' || event === 'close' ? ['feedback'] : [];
}

/**
 * Why a handler may not send the reporter a file now: as with a message, the report is acknowledged first
 * (every reporter hears it arrived before anything else), and a closed report takes no more until reopened.
 */
export function handlerFileRefusal(r: Pick<Report, 'status'>): Refusal | null {
  if (r.status === 'received') return { rule: 'acknowledge-first', detail: 'Acknowledge the report before sending the reporter a file.' };
  return r.status === 'closed' ? { rule: 'report-closed', detail: 'A closed report takes no more files: reopen it first.' } : null;
}

/** Why the reporter may not write on the report now: a closed report takes no more (they make a new report). */
export function reporterWriteRefusal(r: Pick<Report, 'status'>): Refusal | null {
  return r.status === 'closed' ? { rule: 'report-closed', detail: 'This report is closed. To tell the handlers something new, make a new report and give this reference in it.' } : null;
}

// ─── Handlers, exclusion, assignment ───────────────────────────────────────────────────────────────────

/**
 * Why a handler (or custodian) is excluded from a report, strongest first: the report names them; they
 * declared a relationship or an interest concerning someone it names (003 §8.5, §19; 002 and 004 C and K);
 * or they stepped aside from it. An excluded person sees nothing of the report, not even that it exists.
 */
export const EXCLUSION_GROUNDS = ['named', 'declared', 'stepped_aside'] as const;
export type ExclusionGround = (typeof EXCLUSION_GROUNDS)[number];

export function exclusionOf(personId: string, facts: { namedPersonIds: readonly string[]; connectedTo: ReadonlySet<string>; steppedAside: boolean }): ExclusionGround | null {
  if (facts.namedPersonIds.includes(personId)) return 'named';
  if (facts.namedPersonIds.some((named) => facts.connectedTo.has(named))) return 'declared';
  return facts.steppedAside ? 'stepped_aside' : null;
}

export interface Candidate {
  personId: string;
  /** How many open reports they are assigned now. */
  openReports: number;
}

/**
 * Who a report is assigned to: the handler with the fewest open reports among those not excluded, the
 * earliest by id among equals (so that the choice is the same on every server); null when every handler is
 * excluded, and then the organisation is told to appoint another (who is never told why).
 */
export function chooseHandler(candidates: readonly Candidate[], excluded: ReadonlySet<string>): string | null {
  const free = candidates.filter((c) => !excluded.has(c.personId));
  free.sort((a, b) => a.openReports - b.openReports || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  return free[0]?.personId ?? null;
}

// ─── Revealing a confidential reporter ─────────────────────────────────────────────────────────────────

/** The shortest reason a handler gives for asking to know a confidential reporter's name. */
export const MIN_REVEAL_REASON = 20;

/**
 * Why a handler may not see the reporter's identity: an anonymous report has none; a named report's is
 * theirs to read; a confidential report's only after a custodian, who is not the handler asking, approved
 * their request.
 */
export function revealRefusal(mode: Mode, approval: { approvedBy: string; requestedBy: string } | null, handlerId: string): Refusal | null {
  if (mode === 'anonymous') return { rule: 'anonymous-report', detail: 'An anonymous report has no identity to reveal.' };
  if (mode === 'named') return null;
  if (!approval || approval.requestedBy !== handlerId) return { rule: 'reveal-needs-approval', detail: "A confidential reporter's identity is revealed only after a custodian approves your request." };
  return approval.approvedBy === handlerId ? { rule: 'reveal-needs-another', detail: 'A custodian approves someone else’s request, never their own.' } : null;
}

// ─── The reporter's proof ──────────────────────────────────────────────────────────────────────────────

export interface SentItem {
  /** The report itself, a message, or a file. */
  kind: 'report' | 'message' | 'file';
  at: Date;
  /** The words sent, or a file's SHA-256. */
  content: string;
}

/**
 * The proof a reporter downloads: the reference, when it was received, and a SHA-256 over everything they
 * sent, in order, each item as its kind, time and content (a file by its own SHA-256), so that the same
 * report always gives the same hash and any change to what they sent gives another.
 */
export function proofOf(reference: string, receivedAt: Date, sent: readonly SentItem[]) {
  const hash = crypto.createHash('sha256');
  for (const item of [...sent].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    hash.update(JSON.stringify([item.kind, item.at.toISOString(), item.content]));
    hash.update('\n');
  }
  return { reference, receivedAt, items: sent.length, sha256: hash.digest('hex') };
}

// ─── What the reporter is told ─────────────────────────────────────────────────────────────────────────

/** What happens after a report is made, in plain words, with the organisation's time limits. */
export function whatHappensNext(limits: TimeLimits): string[] {
  const period = periodOf;
  return [
    'You are given a receipt code, once. Write it down or keep it somewhere safe: it is the only way back to your report, and nobody here can look it up for you.',
    `Someone who handles concerns here reads your report and tells you it has arrived within ${period(limits.acknowledge)}. Anyone your report names, and anyone who has declared a relationship or interest concerning them, is kept away from it.`,
    'Come back with your receipt code to read their questions and answer them, and to add information or files. They cannot contact you any other way unless you give them your details.',
    `Within ${period(limits.feedback)} of that, they tell you what is being done about it, and they tell you when it is closed and why.`,
    'You can download a proof of your report at any time: when it was received, its reference, and a fingerprint (SHA-256) of what you sent.',
  ];
}

/** What protects someone who raises a concern, each with its source. */
export const PROTECTION: readonly { source: string; words: string }[] = [
  {
    source: 'Public Interest Disclosure Act 1998 (the Employment Rights Act 1996, Part IVA)',
    words:
      'If you are a worker and reasonably believe that what you report shows wrongdoing (a crime, a breach of a legal obligation, a danger to health and safety, a miscarriage of justice, damage to the environment, or a cover-up of any of these), and that reporting it is in the public interest, the law protects you from being dismissed or treated badly for reporting it to your employer.',
  },
  {
    source: 'Staff Code of Conduct, Key Principle 6',
    words: 'The trust supports anyone who suspects misconduct, malpractice, illegal or unethical behaviour in reporting their concerns in confidence to the appropriate channels.',
  },
  {
    source: 'SET Code of Practice, provision 12',
    words: 'Members must not seek to dissuade anyone from raising a concern, or act unfairly towards them if they do. If that happens to you, report it here too: it can open a protected case.',
  },
];

/** What anonymity means here, and what it cannot do. */
export const ANONYMITY: readonly string[] = [
  'Reporting anonymously, you give no name. Probity keeps no record of your address on the internet or your browser, and sets no cookie: your receipt code is the only link to your report.',
  'Files you add are stripped of what could identify you (a photograph’s camera details, location and owner; a picture’s hidden text) before they are kept. PDF and Office documents are not taken, as their properties cannot be removed reliably: send a screenshot or paste the words.',
  'What you write can still point to you (a detail only you would know). Leave out what you do not want known.',
  'Reporting confidentially, you give your name, but it is sealed apart from your report: a handler sees it only with a custodian’s approval, and you are shown here each time it is revealed, and why.',
];
