import { parseIsoDate, type IsoDate } from '../../platform/calendar/index.ts';
import { naturally } from '../../platform/collation.ts';
import { ok, refused, type Refusal, type Result } from '../../platform/result.ts';

// The conduct log. 003 §6.4: "Each academy Principal will securely maintain a conduct log which will assist
// in identifying any themes or patterns in behaviour which will then inform decisions about training and
// development needs within each academy." An entry records a member of staff's conduct under categories
// tied to provisions of the staff code; the patterns below read the entries for themes and training needs.
// Who may record, read or be shown an entry is the policy's (the principal, the trust's HR, those granted
// access; never the person's peers; the person only when the principal shares it). Pure functions.

/** The code whose provisions the categories cite: the staff code of conduct the log keeps to. */
export const CONDUCT_CODE = { code: 'att-staff-code-of-conduct', version: '2020' } as const;

export interface ConductCategory {
  id: string;
  title: string;
  /** The provisions of CONDUCT_CODE it covers; each provision belongs to one category only. */
  provisions: readonly string[];
  /** The training a pattern in this category points to. */
  training: string;
}

const range = (prefix: string, to: number) => Array.from({ length: to }, (_, i) => `${prefix}-${i + 1}`);

export const CATEGORIES: readonly ConductCategory[] = [
  {
    id: 'safeguarding-practice',
    title: 'Safeguarding practice',
    provisions: ['3.1', '3.2', '4.1-2', '6.2-2', 'appendix-1-always-5', 'appendix-1-always-12', 'appendix-1-never-1'],
    training: 'Safeguarding and child protection: recognising, recording and reporting a concern',
  },
  {
    id: 'professional-boundaries',
    title: 'Professional boundaries',
    provisions: ['4.1-3', '6.2-1', '8.1', '8.2', '8.3', '8.4', '8.5', '12.3', 'appendix-1-never-8', 'appendix-1-never-9', 'appendix-1-never-11'],
    training: 'Professional boundaries and the position of trust',
  },
  {
    id: 'physical-contact',
    title: 'Physical contact',
    provisions: ['10.1', '10.2', '10.3', '10.4', 'appendix-1-always-6', 'appendix-1-always-7', ...range('appendix-1-always-7', 7), 'appendix-1-never-4', 'appendix-1-never-5', 'appendix-1-never-10', 'appendix-1-never-14'],
    training: 'Physical contact, reasonable force and safer handling',
  },
  {
    id: 'behaviour-management',
    title: 'Behaviour management',
    provisions: ['11.1', 'appendix-1-always-10', 'appendix-1-never-3', 'appendix-1-never-7'],
    training: 'Managing behaviour without degrading or humiliating treatment',
  },
  {
    id: 'safer-working-practice',
    title: 'Safer working practice',
    provisions: ['15.1', ...range('15.1', 4), 'appendix-1-always-1', 'appendix-1-always-2', 'appendix-1-always-3', 'appendix-1-never-2', 'appendix-1-never-6', 'appendix-1-never-15', ...range('appendix-1-never-15', 8)],
    training: 'Safer working practice: working one to one, open environments and transporting learners',
  },
  {
    id: 'online-conduct',
    title: 'Online conduct and contact with learners',
    provisions: ['12.1', '12.2', '12.4', '13.1', '13.2', '13.3', '13.4', '13.5', 'appendix-1-always-8', 'appendix-1-never-12'],
    training: 'Online safety, social media and communicating with learners',
  },
  { id: 'images-of-learners', title: 'Images of learners', provisions: ['14.1', 'appendix-1-never-13'], training: 'Taking, using and storing images of learners' },
  { id: 'confidentiality', title: 'Confidentiality and data protection', provisions: ['key-principle-3', '9.1', '9.2'], training: 'Confidentiality and data protection' },
  {
    id: 'equality-and-respect',
    title: 'Equality and respect',
    provisions: ['key-principle-4', '6.2-3', '6.2-4', '6.2-5', '7.1', 'appendix-1-always-4'],
    training: 'Equality, dignity at work and tackling bullying and discrimination',
  },
  {
    id: 'professional-standards',
    title: 'Professional standards',
    provisions: ['4.1-1', '6.1', '6.3', '17.1', 'appendix-1-always-9'],
    training: 'Professional standards: attendance, punctuality, appearance and being a role model',
  },
  {
    id: 'honesty-and-integrity',
    title: 'Honesty and integrity',
    provisions: ['key-principle-2', '4.1-4', '6.5', '18.1', '18.2', '19.1'],
    training: 'Honesty and integrity: gifts, hospitality and conflicts of interest',
  },
  { id: 'health-and-safety', title: 'Health and safety', provisions: ['key-principle-5', '5.1', 'appendix-1-always-11'], training: 'Health and safety, first aid and recording injuries' },
  { id: 'sensitive-topics', title: 'Sensitive topics in the curriculum', provisions: ['16.1', '16.2'], training: 'Teaching sensitive topics and handling unplanned discussion' },
  {
    id: 'conduct-outside-work',
    title: 'Conduct outside work and the law',
    provisions: ['key-principle-1', '2.3', '20.1', '20.2', ...range('20.2', 4), '20.3', '20.4', '20.5', '21.1', '21.2', '21.3'],
    training: 'Conduct outside work and keeping within the law',
  },
];

const categoryById = new Map(CATEGORIES.map((c) => [c.id, c]));
const categoryOfProvision = new Map(CATEGORIES.flatMap((c) => c.provisions.map((p) => [p, c.id] as const)));

/** The category a provision belongs to, or undefined for a provision no category covers. */
export const categoryOf = (provision: string) => categoryOfProvision.get(provision);

/** What came of an entry, once decided; a formal process goes to the disciplinary procedure (003 §2.2). */
export const OUTCOMES = ['no_further_action', 'advice_given', 'training_arranged', 'support_plan', 'formal_process'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The policy actions the conduct log's routes will ask for. Who holds them is the policy's: the principal
 * keeps the log for their academy (003 §6.4) and records, amends, shares and grants; the trust's HR reads
 * it; those granted access read what they were granted; the member of staff reads an entry only once it is
 * shared with them; peers never. Analysis shows figures to leaders, suppressed where it could identify someone.
 */
export type ConductLogAction = 'conduct_log.record' | 'conduct_log.read' | 'conduct_log.amend' | 'conduct_log.share' | 'conduct_log.grant' | 'conduct_log.analyse' | 'conduct_log.configure';

// ─── An entry ───────────────────────────────────────────────────────────────────────────────────────────

export interface EntryInput {
  staffId: string;
  occurredOn: string;
  categories: readonly string[];
  /** The provisions involved, each within one of the chosen categories. */
  provisions: readonly string[];
  description: string;
  actionTaken: string;
  outcome: string | null;
}

export interface Entry {
  staffId: string;
  occurredOn: IsoDate;
  categories: string[];
  provisions: string[];
  description: string;
  actionTaken: string;
  outcome: Outcome | null;
}

export interface EntryContext {
  /** Today's London date: nothing is logged as happening after it. */
  today: IsoDate;
  recorderId: string;
  /** The academy whose log it goes in, and the academies the member of staff works at. */
  academyId: string;
  staffAcademyIds: readonly string[];
}

export const MAX_TEXT = 10_000;

function realDate(value: string): IsoDate | null {
  try {
    return parseIsoDate(value);
  } catch {
    return null;
  }
}

function textProblem(field: string, text: string, what: string): Refusal | null {
  if (text.trim() === '') return { rule: `${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-needed`, field, detail: what };
  return text.length > MAX_TEXT ? { rule: 'text-too-long', field, detail: `At most ${MAX_TEXT} characters.` } : null;
}

/** An entry for the academy's log, its categories and provisions in the catalogue's order, or every problem with it at once. */
export function checkEntry(input: EntryInput, ctx: EntryContext): Result<Entry> {
  const refusals: Refusal[] = [];
  if (input.staffId === ctx.recorderId) refusals.push({ rule: 'not-about-yourself', field: 'staffId', detail: 'Nobody keeps a log entry about their own conduct.' });
  else if (!ctx.staffAcademyIds.includes(ctx.academyId)) refusals.push({ rule: 'not-at-academy', field: 'staffId', detail: "An academy's log holds entries about those who work at it." });
  const occurredOn = realDate(input.occurredOn);
  if (occurredOn === null) refusals.push({ rule: 'occurred-on', field: 'occurredOn', detail: 'A real date as YYYY-MM-DD.' });
  else if (occurredOn > ctx.today) refusals.push({ rule: 'occurred-in-future', field: 'occurredOn', detail: 'An entry is not dated after today.' });
  const unknown = input.categories.filter((c) => !categoryById.has(c));
  unknown.forEach((c) => refusals.push({ rule: 'unknown-category', field: 'categories', detail: `No category "${c}".` }));
  if (input.categories.length === 0) refusals.push({ rule: 'category-needed', field: 'categories', detail: 'An entry has at least one category.' });
  const chosen = CATEGORIES.filter((c) => input.categories.includes(c.id));
  const provisions = [...new Set(input.provisions)];
  for (const p of provisions) {
    if (!chosen.some((c) => c.provisions.includes(p))) refusals.push({ rule: 'provision-outside-categories', field: 'provisions', detail: `Provision ${p} is not under the categories chosen.` });
  }
  for (const c of chosen) {
    if (!c.provisions.some((p) => provisions.includes(p))) refusals.push({ rule: 'category-without-provision', field: 'provisions', detail: `Say which provision of "${c.title}" is involved.` });
  }
  for (const problem of [textProblem('description', input.description, 'Describe what happened.'), textProblem('actionTaken', input.actionTaken, 'Say what action was taken.')]) if (problem) refusals.push(problem);
  if (input.outcome !== null && !(OUTCOMES as readonly string[]).includes(input.outcome)) refusals.push({ rule: 'conduct-outcome', field: 'outcome', detail: `An outcome is one of: ${OUTCOMES.join(', ')}.` });
  if (refusals.length || occurredOn === null) return refused(...refusals);
  return ok({
    staffId: input.staffId,
    occurredOn,
    categories: chosen.map((c) => c.id),
    provisions: CATEGORIES.flatMap((c) => c.provisions).filter((p) => provisions.includes(p)),
    description: input.description,
    actionTaken: input.actionTaken,
    outcome: input.outcome as Outcome | null,
  });
}

/**
 * Why access to entries may not be granted to this person: a reason is given; the member of staff an entry
 * is about sees it only when the principal shares it; a peer of theirs, never (the service says who is a
 * peer: someone who neither line-manages them nor holds a role that oversees their academy's staff).
 */
export function grantProblems(grant: { personId: string; reason: string; expiresOn: string | null }, ctx: { today: IsoDate; subjectIds: readonly string[]; granteeIsPeer: boolean }): Refusal[] {
  const problems: Refusal[] = [];
  if (grant.reason.trim().length < 10) problems.push({ rule: 'reason-needed', field: 'reason', detail: 'Say, in a sentence, why they need to see it.' });
  if (ctx.subjectIds.includes(grant.personId)) problems.push({ rule: 'grant-to-subject', field: 'personId', detail: 'A member of staff sees an entry about them only when the principal shares it.' });
  else if (ctx.granteeIsPeer) problems.push({ rule: 'no-peer-access', field: 'personId', detail: "A conduct log is never shown to a member of staff's peers." });
  if (grant.expiresOn !== null) {
    const expiresOn = realDate(grant.expiresOn);
    if (expiresOn === null || expiresOn < ctx.today) problems.push({ rule: 'expires-on', field: 'expiresOn', detail: 'A real date, today or later.' });
  }
  return problems;
}

// ─── Patterns (003 §6.4) ────────────────────────────────────────────────────────────────────────────────

/**
 * Repeated entries for one person: this many within a window of this many days. The trust sets both; no
 * code does. Its default, three entries within 180 days (about two terms), tells a pattern from an
 * isolated lapse while fitting within a school year.
 */
export interface PatternSettings {
  windowDays: number;
  threshold: number;
}
export const DEFAULT_PATTERN_SETTINGS: PatternSettings = { windowDays: 180, threshold: 3 };

export function settingsProblems(s: PatternSettings): Refusal[] {
  const problems: Refusal[] = [];
  if (!Number.isInteger(s.windowDays) || s.windowDays < 7 || s.windowDays > 730) problems.push({ rule: 'pattern-window', field: 'windowDays', detail: 'A window of 7 to 730 days.' });
  if (!Number.isInteger(s.threshold) || s.threshold < 2 || s.threshold > 20) problems.push({ rule: 'pattern-threshold', field: 'threshold', detail: 'A repeat is 2 to 20 entries.' });
  return problems;
}

/**
 * The smallest number of people a figure may describe to someone who may not read the entries behind it:
 * fewer could point to a person. The same five as leaders' other aggregate views.
 */
export const MIN_GROUP = 5;

/**
 * A training need: a category in which at least this many different members of staff have entries in the
 * period. 003 §6.4 asks for themes and patterns to inform training; one person's repeated entries call for
 * support for them, several people's for training for all. The number is the organisation's default.
 */
export const TRAINING_NEED_PEOPLE = 3;

/** The longest period the patterns read at once: three years of months. */
export const MAX_PERIOD_MONTHS = 36;

/** Inclusive dates. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** What selects the entries behind a figure: the service turns it into a query, which the policy narrows to what the reader may see. */
export interface DrillDown extends Period {
  academyId?: string;
  category?: string;
  provision?: string;
  staffId?: string;
}

/** A count of entries and of the people they are about; both null where showing them could identify someone. */
export interface Figure {
  count: number | null;
  people: number | null;
  drillDown: DrillDown;
}

/**
 * Entries counted: how many, about how many different people, and whether the reader may read every one
 * (figures over entries they may all read are shown whatever their size).
 */
export interface Tally {
  count: number;
  people: number;
  allSeen: boolean;
}

/**
 * A period's entries, and the period's of the same length before it, counted as the patterns read them: the
 * service has the database count them, so that years of a trust's entries never leave it. Keys join their
 * parts with a space: a category and a month (YYYY-MM), an academy and a category, an academy and a provision.
 */
export interface Counted {
  byCategoryMonth: ReadonlyMap<string, Tally>;
  byCategory: ReadonlyMap<string, Tally>;
  byAcademy: ReadonlyMap<string, Tally>;
  all: Tally;
  byProvision: ReadonlyMap<string, Tally>;
  /** In the period, with the count of the period before (what a rise is measured against). */
  byAcademyCategory: ReadonlyMap<string, Tally & { before: number }>;
  /** How many entries in the period cite each provision at each academy. */
  byAcademyProvision: ReadonlyMap<string, number>;
  /**
   * Each person's runs of repeated entries (see `repeatPatterns`), as the database finds them for the trust's
   * setting; it sends only the MOST_REPEATS that `repeatPatterns` shows.
   */
  runs: readonly Run[];
  /** How many runs the reader may read every entry of: how many `repeatPatterns` would show without its limit. */
  repeats: number;
}

/** What the patterns read of the counts. */
export type PatternCounts = Pick<Counted, 'byCategoryMonth' | 'byCategory' | 'byAcademy' | 'all' | 'byProvision' | 'runs' | 'repeats'>;
/** What the training-needs report reads of them. */
export type TrainingCounts = Pick<Counted, 'byAcademyCategory' | 'byAcademyProvision'>;

/** Every run of one person's entries in the period in which each `threshold` consecutive ones fall within `windowDays` days, overlapping windows joined. */
export interface Run extends Tally {
  staffId: string;
  from: IsoDate;
  to: IsoDate;
  categories: readonly string[];
}

export const key = (...parts: string[]) => parts.join(' ');

const NONE: Tally = { count: 0, people: 0, allSeen: true };

/** A figure over the entries behind it, shown unless it describes fewer than MIN_GROUP people to a reader who may not read them all. */
function figure(tally: Tally | undefined, drillDown: DrillDown): Figure {
  const { count, people, allSeen } = tally ?? NONE;
  return people === 0 || people >= MIN_GROUP || allSeen ? { count, people, drillDown } : { count: null, people: null, drillDown };
}

/** A total shown beside its parts is hidden when exactly one part is, which it would otherwise give away. */
const protectTotal = (parts: readonly Figure[], total: Figure): Figure => (parts.filter((p) => p.count === null).length === 1 ? { ...total, count: null, people: null } : total);

const dayNumber = (d: IsoDate) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
const fromDayNumber = (n: number): IsoDate => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** The period of the same length just before this one: what a rise is measured against. */
export function periodBefore(period: Period): Period {
  const length = dayNumber(period.to) - dayNumber(period.from) + 1;
  return { from: fromDayNumber(dayNumber(period.from) - length), to: fromDayNumber(dayNumber(period.from) - 1) };
}

/** The last day of a month (YYYY-MM). */
export const lastDayOf = (month: string): IsoDate => fromDayNumber(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0) / 86_400_000);

/** The months a period spans, each cut to the period (counted as numbers, so that the last month of 9999 ends the list too). */
export function months(period: Period): (Period & { month: string })[] {
  const result: (Period & { month: string })[] = [];
  const index = (d: IsoDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  for (let i = index(period.from); i <= index(period.to); i++) {
    const [y, m] = [Math.floor(i / 12), (i % 12) + 1];
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    const last = lastDayOf(month);
    result.push({ month, from: `${month}-01` < period.from ? period.from : `${month}-01`, to: last > period.to ? period.to : last });
  }
  return result;
}

export function periodProblems(period: Period): Refusal[] {
  const from = realDate(period.from);
  const to = realDate(period.to);
  if (from === null || to === null) return [{ rule: 'period', field: from === null ? 'from' : 'to', detail: 'A real date as YYYY-MM-DD.' }];
  if (from > to) return [{ rule: 'period', field: 'to', detail: 'A period ends on or after the day it starts.' }];
  const monthOf = (d: IsoDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return monthOf(to) - monthOf(from) >= MAX_PERIOD_MONTHS ? [{ rule: 'period', field: 'from', detail: `At most ${MAX_PERIOD_MONTHS} months at once.` }] : [];
}

/** Each category's entries month by month over the period, with its total: the trend a chart shows. */
export function categoriesOverTime(counted: Pick<Counted, 'byCategoryMonth' | 'byCategory'>, period: Period) {
  const spans = months(period);
  return {
    months: spans.map((s) => s.month),
    rows: CATEGORIES.map((c) => {
      const cells = spans.map((s) => figure(counted.byCategoryMonth.get(key(c.id, s.month)), { from: s.from, to: s.to, category: c.id }));
      return { category: c.id, title: c.title, months: cells, total: protectTotal(cells, figure(counted.byCategory.get(c.id), { ...period, category: c.id })) };
    }),
  };
}

export interface RepeatPattern {
  staffId: string;
  count: number;
  categories: string[];
  drillDown: DrillDown;
}

/**
 * The most repeated entries shown at once: a list to act on, person by person. A trust with more has them
 * found by academy or over a shorter period; the answer stays small however large the trust.
 */
export const MOST_REPEATS = 100;

/**
 * Repeated entries for one person: the runs the trust's setting finds. A pattern names a person, so it is
 * given only to a reader who may read every entry behind it; the most entries first, at most MOST_REPEATS.
 */
export function repeatPatterns(counted: Pick<Counted, 'runs'>): RepeatPattern[] {
  return counted.runs
    .filter((r) => r.allSeen)
    .map((r) => ({ staffId: r.staffId, count: r.count, categories: CATEGORIES.filter((c) => r.categories.includes(c.id)).map((c) => c.id), drillDown: { from: r.from, to: r.to, staffId: r.staffId } }))
    .sort((a, b) => b.count - a.count || a.drillDown.from.localeCompare(b.drillDown.from) || a.staffId.localeCompare(b.staffId))
    .slice(0, MOST_REPEATS);
}

/** Entries per 100 staff, to one decimal place; null where the count is hidden or the academy has no staff. */
const per100 = (count: number | null, staff: number) => (count === null || staff <= 0 ? null : Math.round((count / staff) * 1000) / 10);

/** Academies compared over the period: each one's entries, and per 100 of its staff, with the trust's total (`staff` lists every academy). */
export function academiesCompared(counted: Pick<Counted, 'byAcademy' | 'all'>, staff: readonly { academyId: string; staff: number }[], period: Period) {
  const rows = staff.map((a) => {
    const count = figure(counted.byAcademy.get(a.academyId), { ...period, academyId: a.academyId });
    return { academyId: a.academyId, staff: a.staff, entries: count, per100: per100(count.count, a.staff) };
  });
  const allStaff = staff.reduce((sum, a) => sum + a.staff, 0);
  const total = protectTotal(
    rows.map((r) => r.entries),
    figure(counted.all, period),
  );
  return { rows, total: { staff: allStaff, entries: total, per100: per100(total.count, allStaff) } };
}

/**
 * The provisions most often involved in the period, most first. A provision whose figure is hidden is left
 * out, not ranked: its place in the list would tell what the figure hides.
 */
export function provisionsMostInvolved(counted: Pick<Counted, 'byProvision'>, period: Period, limit = 10) {
  return [...counted.byProvision]
    .map(([provision, tally]) => ({ provision, category: categoryOf(provision) ?? null, figure: figure(tally, { ...period, provision }) }))
    .filter((p) => p.figure.count !== null && p.figure.count > 0)
    .sort((a, b) => b.figure.count! - a.figure.count! || naturally(a.provision, b.provision))
    .slice(0, limit);
}

/**
 * The training-needs report (003 §6.4: "inform decisions about training and development needs within each
 * academy"): for each academy, each category in which at least TRAINING_NEED_PEOPLE people have entries in
 * the period, with the training it points to, its figure, the provisions most involved in it there, and
 * whether it rose on the period of the same length before.
 */
export function trainingNeeds(counted: TrainingCounts, period: Period) {
  const academies = [...new Set([...counted.byAcademyCategory].filter(([, t]) => t.count > 0).map(([k]) => k.split(' ')[0]!))].sort();
  return academies.flatMap((academyId) =>
    CATEGORIES.flatMap((c) => {
      const tally = counted.byAcademyCategory.get(key(academyId, c.id));
      if (!tally || tally.people < TRAINING_NEED_PEOPLE) return [];
      // Each provision is under one category, so an entry citing one of this category's provisions is in it.
      const provisions = c.provisions
        .map((p) => ({ p, n: counted.byAcademyProvision.get(key(academyId, p)) ?? 0 }))
        .filter((x) => x.n > 0)
        .sort((a, b) => b.n - a.n)
        .slice(0, 3)
        .map((x) => x.p);
      return [{ academyId, category: c.id, training: c.training, figure: figure(tally, { ...period, academyId, category: c.id }), provisions, rising: tally.count > tally.before }];
    }),
  );
}
