import { naturally } from '../../platform/collation.ts';

// Self-assessment against professional standards (000 §2): the rating scale, year-on-year comparison,
// the development priorities it suggests, CPD coverage, and aggregation that protects individuals.

export const RATING_SCALE = [
  { value: 1, label: 'Beginning', descriptor: 'I understand what this standard asks and have begun to work on it.' },
  { value: 2, label: 'Developing', descriptor: 'I meet this standard some of the time and am building consistency.' },
  { value: 3, label: 'Established', descriptor: 'I meet this standard consistently in my practice.' },
  { value: 4, label: 'Leading', descriptor: 'I meet this standard fully and help colleagues to develop in it.' },
] as const;

export const MIN_RATING = RATING_SCALE[0].value;
export const MAX_RATING = RATING_SCALE[RATING_SCALE.length - 1]!.value;

/** 000 §2 asks for at least an annual self-assessment: the next is due twelve months after a submission. */
export { MONTHS_BETWEEN_ASSESSMENTS } from '../../platform/vocabulary.ts';

/** An organisation view never shows a group smaller than this, so that no one can be picked out. */
export const MIN_GROUP_SIZE = 5;

export interface StandardRef {
  id: string;
  key: string;
  number: string;
  text: string;
}

// The web app bundles this file, so it imports only platform/vocabulary.ts, which imports nothing. Rules that
// depend on the day take `today`, the London date of the service's `now` (platform/calendar's inLondon).

/** A provision of a code version, as the codes feature gives it. */
export interface ProvisionFact {
  id: string;
  versionId: string;
  key: string;
  number: string;
  heading: string | null;
  text: string;
  kind: string;
  position: number;
}

/**
 * 000 §2: "The Professional Standards require you to demonstrate commitment to: 1. … 20." A standard is a
 * numbered (plain number) aspirational provision; its words are its text, or its heading when it has none.
 */
export const isStandard = (p: Pick<ProvisionFact, 'kind' | 'number'>) => p.kind === 'aspirational' && /^[0-9]+$/.test(p.number);

/** The standards of one version, in document order. */
export function standardsOf(provisions: ProvisionFact[]): StandardRef[] {
  return provisions
    .filter(isStandard)
    .sort((a, b) => a.position - b.position)
    .map((p) => ({ id: p.id, key: p.key, number: p.number, text: p.text || p.heading || '' }));
}

export interface VersionFact {
  id: string;
  codeId: string;
  title: string;
  version: string;
}

/**
 * The adopted versions that make a set of standards, most standards first (then by code): those with
 * standards, each number once. A code whose aspirational lists restart their numbering is not a set of
 * standards.
 */
export function standardsCandidates(versions: VersionFact[], provisions: ProvisionFact[]) {
  const unique = [...new Map(versions.map((v) => [v.id, v])).values()];
  return unique
    .map((v) => ({ ...v, numbers: provisions.filter((p) => p.versionId === v.id && isStandard(p)).map((p) => p.number) }))
    .filter((v) => v.numbers.length > 0 && new Set(v.numbers).size === v.numbers.length)
    .map(({ numbers, ...v }) => ({ ...v, standards: numbers.length }))
    .sort((a, b) => b.standards - a.standards || (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0));
}

/** The calendar year a self-assessment is for, when the person names none: this year. */
export const thisYear = (today: string) => Number(today.slice(0, 4));

/**
 * Which years a self-assessment may be for (000 §2: at least annually): this year, or last year for one
 * finished late; never a year to come. What is wrong with `year`, or null.
 */
export function assessmentYearProblem(year: number, today: string): string | null {
  if (year > thisYear(today)) return 'cannot be in the future';
  if (year < thisYear(today) - 1) return 'can be this year or last year only';
  return null;
}

/** CPD is recorded once it has happened: what is wrong with its date, or null. Today counts. */
export function cpdDateProblem(happenedOn: string, today: string): string | null {
  return happenedOn > today ? 'cannot be in the future: record CPD once it has happened' : null;
}

export interface YearRatings {
  year: number;
  ratings: Map<string, number | null>;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/**
 * This year against earlier years: each standard's rating per year and its change since the year before,
 * the overall average per year, and the strongest and weakest standards now.
 */
export function compareYears(standards: StandardRef[], years: YearRatings[]) {
  const ordered = [...years].sort((a, b) => a.year - b.year);
  const latest = ordered.at(-1);
  const previous = ordered.at(-2);
  const perStandard = standards.map((s) => {
    const trend = ordered.map((y) => ({ year: y.year, rating: y.ratings.get(s.id) ?? null }));
    const now = latest?.ratings.get(s.id) ?? null;
    const before = previous?.ratings.get(s.id) ?? null;
    return { ...s, trend, rating: now, change: now !== null && before !== null ? now - before : null };
  });
  const overall = ordered.map((y) => ({ year: y.year, average: round(mean([...y.ratings.values()].filter((r): r is number => r !== null))) }));
  const rated = perStandard.filter((s) => s.rating !== null);
  const highest = Math.max(...rated.map((s) => s.rating!));
  const lowest = Math.min(...rated.map((s) => s.rating!));
  return {
    years: ordered.map((y) => y.year),
    overall,
    standards: perStandard,
    strongest: rated.length ? rated.filter((s) => s.rating === highest).map((s) => s.id) : [],
    weakest: rated.length ? rated.filter((s) => s.rating === lowest).map((s) => s.id) : [],
  };
}

/**
 * The order in which to build a development plan (000 §2: "build their own professional development
 * programme based on this comparison"): weakest standards first; among equals, those that declined most.
 */
export function developmentPriorities(comparison: ReturnType<typeof compareYears>) {
  return comparison.standards
    .filter((s) => s.rating !== null && (s.rating < MAX_RATING || (s.change ?? 0) < 0))
    .sort((a, b) => a.rating! - b.rating! || (a.change ?? 0) - (b.change ?? 0) || naturally(a.number, b.number))
    .map((s) => ({ id: s.id, key: s.key, number: s.number, text: s.text, rating: s.rating, change: s.change }));
}

export interface CpdFact {
  happenedOn: string;
  minutes: number;
  provisionIds: string[];
}

/** A year's CPD: the totals, and which standards it touched and which it did not. */
export function cpdYear(standards: StandardRef[], activities: CpdFact[], year: number) {
  const inYear = activities.filter((a) => a.happenedOn.startsWith(`${year}-`));
  const byStandard = standards.map((s) => {
    const touching = inYear.filter((a) => a.provisionIds.includes(s.id));
    return { id: s.id, number: s.number, activities: touching.length, hours: touching.reduce((t, a) => t + a.minutes, 0) / 60 };
  });
  return {
    year,
    activities: inYear.length,
    hours: inYear.reduce((t, a) => t + a.minutes, 0) / 60,
    byStandard,
    untouched: byStandard.filter((s) => s.activities === 0).map((s) => s.id),
  };
}

/** A group's average rating; for a group too small to show without exposing someone, neither its size nor its average. */
export function groupAverage(total: number, count: number): { people: number | null; average: number | null } {
  if (count < MIN_GROUP_SIZE) return { people: null, average: null };
  return { people: count, average: round(total / count) };
}

/** How leaders may group the workforce: by the academy they work at, by cohort (the year joined), or by programme cohort (QTLS, ATS). */
export const INSIGHT_GROUPINGS = ['academy', 'cohort', 'programme'] as const;
export type InsightGrouping = (typeof INSIGHT_GROUPINGS)[number];

/**
 * A cohort: the people who joined the organisation in the same year, as members or else (without a
 * membership date) when their first current post began; the year is found with the sums (insights.ts).
 */
export function cohortOf(joinedIn: number | null): string {
  return joinedIn === null ? 'Joining date not recorded' : `Joined in ${joinedIn}`;
}

/** A group's CPD in hours per person; nothing for a group too small to show. */
export function hoursPerPerson(people: number, minutes: number): number | null {
  return people < MIN_GROUP_SIZE ? null : round(minutes / 60 / people);
}
