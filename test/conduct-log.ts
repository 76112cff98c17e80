import type { IsoDate } from '../src/platform/calendar/index.ts';
import { key, months, periodBefore, type Counted, type DrillDown, type PatternSettings, type Period, type Run, type Tally } from '../src/features/conduct-log/rules.ts';

// A model of how the conduct log's patterns count entries, from a list of them in memory: the tests hold
// the database's counting (features/conduct-log/service.ts) to it, and drive the rules with it.

export interface LoggedEntry {
  id: string;
  academyId: string;
  staffId: string;
  occurredOn: IsoDate;
  categories: readonly string[];
  provisions: readonly string[];
}

/** Whether the reader may read this entry. */
export type CanSee = (e: LoggedEntry) => boolean;

/** Whether an entry is one of those behind a figure. */
export const behind = (d: DrillDown, e: LoggedEntry): boolean =>
  d.from <= e.occurredOn &&
  e.occurredOn <= d.to &&
  (d.academyId === undefined || e.academyId === d.academyId) &&
  (d.category === undefined || e.categories.includes(d.category)) &&
  (d.provision === undefined || e.provisions.includes(d.provision)) &&
  (d.staffId === undefined || e.staffId === d.staffId);

function tally(entries: readonly LoggedEntry[], canSee: CanSee): Tally {
  return { count: entries.length, people: new Set(entries.map((e) => e.staffId)).size, allSeen: entries.every(canSee) };
}

/** The tallies of the entries behind each key, for every key some entry has. */
function tallied(entries: readonly LoggedEntry[], keys: (e: LoggedEntry) => string[], canSee: CanSee): Map<string, Tally> {
  const groups = new Map<string, LoggedEntry[]>();
  for (const e of entries) for (const k of new Set(keys(e))) groups.set(k, [...(groups.get(k) ?? []), e]);
  return new Map([...groups].map(([k, group]) => [k, tally(group, canSee)]));
}

/** Each person's runs: every `threshold` consecutive entries within `windowDays` days, overlapping windows joined. */
function runs(entries: readonly LoggedEntry[], settings: PatternSettings, canSee: CanSee): Run[] {
  const day = (d: IsoDate) => Date.parse(d) / 86_400_000;
  return [...new Set(entries.map((e) => e.staffId))].flatMap((staffId) => {
    const own = entries.filter((e) => e.staffId === staffId);
    const dates = own.map((e) => e.occurredOn).sort();
    const spans: [IsoDate, IsoDate][] = [];
    for (let i = 0; i + settings.threshold - 1 < dates.length; i++) {
      const [first, last] = [dates[i]!, dates[i + settings.threshold - 1]!];
      if (day(last) - day(first) >= settings.windowDays) continue;
      const open = spans.at(-1);
      if (open && first <= open[1]) open[1] = last;
      else spans.push([first, last]);
    }
    return spans.map(([from, to]) => {
      const them = own.filter((e) => behind({ from, to, staffId }, e));
      return { staffId, from, to, categories: [...new Set(them.flatMap((e) => e.categories))], ...tally(them, canSee) };
    });
  });
}

/** What the database counts for the patterns over `period`, counted here from `entries`. */
export function counted(entries: readonly LoggedEntry[], period: Period, canSee: CanSee, settings: PatternSettings = { windowDays: 180, threshold: 3 }): Counted {
  const inPeriod = entries.filter((e) => behind(period, e));
  const before = entries.filter((e) => behind(periodBefore(period), e));
  const monthOf = (e: LoggedEntry) => months(period).find((m) => m.from <= e.occurredOn && e.occurredOn <= m.to)!.month;
  const found = runs(inPeriod, settings, canSee);
  const earlier = tallied(before, (e) => e.categories.map((c) => key(e.academyId, c)), canSee);
  return {
    byCategoryMonth: tallied(inPeriod, (e) => e.categories.map((c) => key(c, monthOf(e))), canSee),
    byCategory: tallied(inPeriod, (e) => [...e.categories], canSee),
    byAcademy: tallied(inPeriod, (e) => [e.academyId], canSee),
    all: tally(inPeriod, canSee),
    byProvision: tallied(inPeriod, (e) => [...e.provisions], canSee),
    byAcademyCategory: new Map(
      [...new Set([...tallied(inPeriod, (e) => e.categories.map((c) => key(e.academyId, c)), canSee).keys(), ...earlier.keys()])].map((k) => {
        const here = inPeriod.filter((e) => e.categories.some((c) => key(e.academyId, c) === k));
        return [k, { ...tally(here, canSee), before: earlier.get(k)?.count ?? 0 }];
      }),
    ),
    byAcademyProvision: new Map([...tallied(inPeriod, (e) => e.provisions.map((p) => key(e.academyId, p)), canSee)].map(([k, t]) => [k, t.count])),
    runs: found,
    repeats: found.filter((r) => r.allSeen).length,
  };
}
