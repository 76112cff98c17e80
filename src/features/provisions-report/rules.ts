import { addMonths, parseIsoDate, type IsoDate } from '../../platform/calendar/index.ts';
import { naturally } from '../../platform/collation.ts';
import type { Refusal } from '../../platform/result.ts';

// The provisions report: conduct-log entries, declarations, safeguarding concerns and cases all cite
// provisions of the codes, so the organisation can see which provisions are involved most often across all
// of them, by academy and month, and plan its training from them (003 §6.4: themes and patterns "inform
// decisions about training and development needs"). Counts only, never a person or a record's content.
// Pure functions.

/** The kinds of record counted, in the order the report shows them. */
export const KINDS = ['conduct', 'declaration', 'concern', 'case'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * The smallest count shown. The report reads records its reader may not read one by one (a concern is the
 * DSL team's, a case its officers' and panel's, a conduct entry the principal's), so a count of 1 to 4 in
 * any cell is hidden for every reader, as if none of them could read the records behind it: a small count
 * by academy and month could point to a person. Zero is shown: it points to no one.
 */
export const MIN_COUNT = 5;

/** The longest period read at once: three years of months. */
export const MAX_PERIOD_MONTHS = 36;

/** One record as the report counts it: its kind, academy (null: none), day, and the provisions it cites, each once. */
export interface CitingRecord {
  kind: Kind;
  academyId: string | null;
  on: IsoDate;
  provisions: readonly string[];
}

/** Inclusive dates. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

const realDate = (value: string): IsoDate | null => {
  try {
    return parseIsoDate(value);
  } catch {
    return null;
  }
};

/** Every problem with a period at once, each naming its field. */
export function periodProblems(period: Period): Refusal[] {
  const from = realDate(period.from);
  const to = realDate(period.to);
  const problems: Refusal[] = [];
  if (from === null) problems.push({ rule: 'period', field: 'from', detail: 'A real date as YYYY-MM-DD.' });
  if (to === null) problems.push({ rule: 'period', field: 'to', detail: 'A real date as YYYY-MM-DD.' });
  if (from === null || to === null) return problems;
  if (from > to) return [{ rule: 'period', field: 'to', detail: 'A period ends on or after the day it starts.' }];
  if (addMonths(from, MAX_PERIOD_MONTHS) <= to) return [{ rule: 'period', field: 'from', detail: `At most ${MAX_PERIOD_MONTHS} months at once.` }];
  return [];
}

/** The months a period spans, as YYYY-MM. */
export function monthsOf(period: Period): string[] {
  const result: string[] = [];
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7); month = addMonths(`${month}-01`, 1).slice(0, 7)) result.push(month);
  return result;
}

/** A count as shown: null where it is from 1 to MIN_COUNT - 1. */
const shown = (n: number): number | null => (n === 0 || n >= MIN_COUNT ? n : null);

/**
 * The parts of a total, each shown or hidden. Where exactly one part is hidden the total would give it away,
 * so the smallest other part above zero is hidden too; where there is none, the total is hidden instead.
 */
export function protect(parts: readonly number[], total: number): { parts: (number | null)[]; total: number | null } {
  const result = parts.map(shown);
  if (result.filter((p) => p === null).length !== 1) return { parts: result, total: shown(total) };
  const others = result.flatMap((p, i) => (p !== null && p > 0 ? [i] : [])).sort((a, b) => parts[a]! - parts[b]!);
  if (others.length === 0) return { parts: result, total: null };
  result[others[0]!] = null;
  return { parts: result, total: shown(total) };
}

export interface ProvisionRow {
  provision: string;
  total: number | null;
  byKind: Record<Kind, number | null>;
  byAcademy: { academyId: string | null; count: number | null }[];
  byMonth: { month: string; count: number | null }[];
}

/**
 * For each provision cited in the period, its records counted by kind, by academy (each of `academies`, and
 * the records of no academy where `academies` holds null) and by month; most involved first. A provision
 * whose total is hidden comes after those shown, in its key's order, so that its place gives nothing away.
 */
export function provisionsReport(records: readonly CitingRecord[], period: Period, academies: readonly (string | null)[]): { months: string[]; rows: ProvisionRow[] } {
  const months = monthsOf(period);
  const inPeriod = records.filter((r) => period.from <= r.on && r.on <= period.to && academies.includes(r.academyId));
  const provisions = [...new Set(inPeriod.flatMap((r) => r.provisions))];
  const rows = provisions.map((provision) => {
    const citing = inPeriod.filter((r) => r.provisions.includes(provision));
    const total = citing.length;
    const kinds = protect(
      KINDS.map((k) => citing.filter((r) => r.kind === k).length),
      total,
    );
    const places = protect(
      academies.map((a) => citing.filter((r) => r.academyId === a).length),
      total,
    );
    const spans = protect(
      months.map((m) => citing.filter((r) => r.on.startsWith(m)).length),
      total,
    );
    // A total hidden by any of its breakdowns is hidden in all: it is one figure.
    const shownTotal = kinds.total === null || places.total === null || spans.total === null ? null : total;
    return {
      row: {
        provision,
        total: shownTotal,
        byKind: Object.fromEntries(KINDS.map((k, i) => [k, kinds.parts[i]!])) as Record<Kind, number | null>,
        byAcademy: academies.map((academyId, i) => ({ academyId, count: places.parts[i]! })),
        byMonth: months.map((month, i) => ({ month, count: spans.parts[i]! })),
      },
      total,
    };
  });
  const order = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
    if ((a.row.total === null) !== (b.row.total === null)) return a.row.total === null ? 1 : -1;
    if (a.row.total !== null && b.row.total !== null && a.total !== b.total) return b.total - a.total;
    return naturally(a.row.provision, b.row.provision);
  };
  return { months, rows: rows.sort(order).map((r) => r.row) };
}
