import { getTableName, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Transaction } from '../db/index.ts';
import { employments } from './people/schema.ts';
import { durationMs } from './retention.ts';

// The records themselves (declarations, concerns, cases, reports, the conduct log), unlike the ephemeral
// things in ./retention.ts, are never deleted by a job: each type of record has a period as data, with its
// source; a job lists what is due into the data protection officer's review list, and only what they confirm
// is deleted, unless a legal hold stops it (features/retention). Whatever keeps the records offers its types.

/** A record whose period has run, with the people it is about (for a legal hold on a person). */
export interface DueRecord {
  id: string;
  /** When the event the period runs from happened. */
  eventAt: Date;
  personIds: string[];
}

/** What deleting one record leaves to do once committed: the file store keys of its files, to remove. */
export interface Erased {
  storageKeys: string[];
}

export interface RecordType {
  /** Stable name of the type: `declaration:gift-received`, `case:staff_conduct`, `safeguarding-concern`. */
  type: string;
  /** The type in words a person reads. */
  record: string;
  /** How long it is kept after the event: an ISO 8601 duration in whole years (P6Y) or days (P2192D). */
  keptFor: string;
  /** The event the period runs from, in words. */
  after: string;
  /** The guidance the period comes from, named in words, and how Probity counts it. */
  source: string;
  /** The organisation's records of this type whose event was at or before `cutoff` (the period before now). */
  due(tx: Transaction, organisationId: string, cutoff: Date): Promise<DueRecord[]>;
  /** The people one record is about; null when there is no such record of this type. */
  about(tx: Transaction, organisationId: string, id: string): Promise<string[] | null>;
  /** Deletes the record and every row that depends on it; null when there is no such record. */
  erase(tx: Transaction, organisationId: string, id: string): Promise<Erased | null>;
}

const YEARS = /^P(\d+)Y$/;

/** Whether a period is one Probity can count: whole years, or days (durations of ./retention.ts). */
export function validPeriod(keptFor: string): boolean {
  if (YEARS.test(keptFor)) return true;
  try {
    durationMs(keptFor);
    return true;
  } catch {
    return false;
  }
}

/** The period in days, to compare two periods (a year counted as 365.25 days). */
export function periodDays(keptFor: string): number {
  const years = YEARS.exec(keptFor);
  return years ? Number(years[1]) * 365.25 : durationMs(keptFor) / 86_400_000;
}

/** The moment at or before which the event makes a record due at `now`: whole years back on the calendar (29 February to 28 February), or days. */
export function recordCutoff(keptFor: string, now: Date): Date {
  const years = YEARS.exec(keptFor);
  if (!years) return new Date(now.getTime() - durationMs(keptFor));
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(now.getUTCFullYear() - Number(years[1]));
  // 29 February back to a year without one rolls into March: keep it in February.
  if (cutoff.getUTCMonth() !== now.getUTCMonth()) cutoff.setUTCDate(0);
  return cutoff;
}

/** The record types as people read them, checked to be well formed and named once. */
export function recordSchedule(types: readonly RecordType[]) {
  const seen = new Set<string>();
  return types.map(({ type, record, keptFor, after, source }) => {
    if (seen.has(type)) throw new Error(`the records' retention schedule names "${type}" twice`);
    if (!validPeriod(keptFor)) throw new Error(`"${keptFor}" (${type}) is not a period in years or days`);
    seen.add(type);
    return { type, record, keptFor, after, source };
  });
}

export type RecordScheduleEntry = ReturnType<typeof recordSchedule>[number];

/**
 * When a period that runs "after the person leaves" starts for a record of theirs dated `on` (a timestamptz;
 * a date through `dayStart`): the later of
 * `on` and the last day of their employment in the organisation; `on` itself for someone with no employment
 * recorded there (a member of a professional body); null while any employment there goes on.
 */
export function afterEmployment(organisationId: AnyColumn, personId: AnyColumn, on: SQL | AnyColumn): SQL<Date | null> {
  // A day counts from its midnight in UTC, as the conduct log's do, whatever the session's time zone.
  // The record's columns are named with their table: Drizzle leaves the table out of a query of one table, and
  // a bare "organisation_id" inside this subquery would mean the employment's own, not the record's.
  const outer = (column: AnyColumn) => sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
  return sql<Date | null>`(select case when count(*) = 0 then (${on})
      when bool_and(e.ended_on is not null) then greatest((${on}), max(e.ended_on)::timestamp at time zone 'UTC') end
    from ${employments} e where e.organisation_id = ${outer(organisationId)} and e.person_id = ${outer(personId)})`;
}

/** A date column as the moment its day starts, midnight UTC, whatever the session's time zone. */
export const dayStart = (day: AnyColumn | SQL): SQL<Date> => sql<Date>`(${day}::timestamp at time zone 'UTC')`;
