import type { Db, Tx } from '../db/index.ts';

// How long Probity keeps the records it does not keep for good, and what then happens to them. Whatever
// writes such records offers its rules (the kind of record, how long, from what event, delete or anonymise,
// and why); the server gathers them into one schedule (src/server/retention.ts), which a job applies every
// hour and which admins can read. Audit entries are never in it: the trail is kept whole, and the database
// refuses to delete from it.

export interface RetentionRule {
  /** The kind of record, in words a person reads; unique in the schedule. */
  record: string;
  /** How long after the event it is kept: an ISO 8601 duration in days, hours, minutes (PT0S: not at all). */
  keptFor: string;
  /** The event the time runs from. */
  after: string;
  /** What then happens to it. */
  action: 'delete' | 'anonymise';
  /** Why: the provision that sets the period, or the reason where no code sets one. */
  reason: string;
  /**
   * Deletes (or anonymises) the records whose event was at or before `cutoff` (the time `keptFor` before
   * now, which the schedule works out, so that what is applied is what is declared); returns how many.
   */
  apply(tx: Tx, cutoff: Date): Promise<number>;
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** The length of a duration such as P30D, PT15M or PT0S, in milliseconds. */
export function durationMs(duration: string): number {
  const parts = DURATION.exec(duration);
  if (!parts || duration === 'P' || duration.endsWith('T')) throw new Error(`"${duration}" is not a duration in days, hours, minutes and seconds`);
  const [days, hours, minutes, seconds] = parts.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number];
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}

/** The moment at or before which a rule's event makes a record due, at `now`. */
export const cutoffOf = (rule: Pick<RetentionRule, 'keptFor'>, now: Date) => new Date(now.getTime() - durationMs(rule.keptFor));

/** The schedule as people read it: every rule without its code, checked to be well formed. */
export function retentionSchedule(rules: readonly RetentionRule[]) {
  const seen = new Set<string>();
  return rules.map(({ record, keptFor, after, action, reason }) => {
    if (seen.has(record)) throw new Error(`the retention schedule names "${record}" twice`);
    seen.add(record);
    durationMs(keptFor);
    return { record, keptFor, after, action, reason };
  });
}

/** One rule of the schedule as people read it. */
export type RetentionEntry = ReturnType<typeof retentionSchedule>[number];

/**
 * Applies every rule at `now`, each in a transaction of its own (a rule that fails leaves the others
 * applied, and is reported after them); how many records each rule deleted or anonymised.
 */
export async function applyRetention(db: Db, rules: readonly RetentionRule[], now: Date): Promise<Record<string, number>> {
  retentionSchedule(rules);
  const done: Record<string, number> = {};
  const failed: unknown[] = [];
  for (const rule of rules) {
    try {
      done[rule.record] = await db.transaction((tx) => rule.apply(tx, cutoffOf(rule, now)));
    } catch (error) {
      failed.push(error);
    }
  }
  if (failed.length) throw new AggregateError(failed, `${failed.length} retention rule(s) failed; the others were applied: ${JSON.stringify(done)}`);
  return done;
}
