import { describe, expect, it } from 'vitest';
import type { Db } from '../db/index.ts';
import { applyRetention, cutoffOf, durationMs, retentionSchedule, type RetentionRule } from './retention.ts';

const rule = (record: string, keptFor: string, apply: RetentionRule['apply'] = async () => 0): RetentionRule => ({ record, keptFor, after: 'an event', action: 'delete', reason: 'a reason', apply });
/** A database whose transactions hand the rule a stand-in: the rules below never touch it. */
const db = { transaction: <T>(work: (tx: never) => Promise<T>) => work(undefined as never) } as unknown as Db;
const NOW = new Date('2027-03-10T12:00:00Z');

describe('retention periods', () => {
  it('reads days, hours, minutes and seconds', () => {
    expect(durationMs('PT0S')).toBe(0);
    expect(durationMs('PT15M')).toBe(15 * 60_000);
    expect(durationMs('P30D')).toBe(30 * 86_400_000);
    expect(durationMs('P1DT2H')).toBe(26 * 3_600_000);
  });

  it('refuses what is not such a duration', () => {
    for (const bad of ['P', 'PT', '30 days', 'P1M2D', 'P1W', '']) expect(() => durationMs(bad), bad).toThrow();
  });

  it('makes a record due when its event is the period or more before now', () => {
    expect(cutoffOf({ keptFor: 'P30D' }, NOW)).toEqual(new Date('2027-02-08T12:00:00Z'));
    expect(cutoffOf({ keptFor: 'PT0S' }, NOW)).toEqual(NOW);
  });
});

describe('the schedule', () => {
  it('lists each rule as people read it, without its code', () => {
    expect(retentionSchedule([rule('sessions', 'PT0S')])).toEqual([{ record: 'sessions', keptFor: 'PT0S', after: 'an event', action: 'delete', reason: 'a reason' }]);
  });

  it('refuses a kind of record named twice, or a period it cannot read', () => {
    expect(() => retentionSchedule([rule('sessions', 'PT0S'), rule('sessions', 'P1D')])).toThrow(/twice/);
    expect(() => retentionSchedule([rule('mail', 'a month')])).toThrow(/not a duration/);
  });
});

describe('applying the schedule', () => {
  it('gives each rule the moment its period before now, and reports how many records each removed', async () => {
    const cutoffs: Record<string, Date> = {};
    const rules = [
      rule('mail', 'P30D', async (_tx, cutoff) => ((cutoffs.mail = cutoff), 3)),
      rule('sessions', 'PT0S', async (_tx, cutoff) => ((cutoffs.sessions = cutoff), 1)),
    ];
    expect(await applyRetention(db, rules, NOW)).toEqual({ mail: 3, sessions: 1 });
    expect(cutoffs).toEqual({ mail: new Date('2027-02-08T12:00:00Z'), sessions: NOW });
  });

  it('applies the other rules when one fails, then reports the failure', async () => {
    const applied: string[] = [];
    const rules = [
      rule('first', 'PT0S', async () => (applied.push('first'), 1)),
      rule('broken', 'PT0S', async () => {
        throw new Error('no such table');
      }),
      rule('last', 'PT0S', async () => (applied.push('last'), 2)),
    ];
    await expect(applyRetention(db, rules, NOW)).rejects.toThrow(/1 retention rule\(s\) failed; the others were applied: \{"first":1,"last":2\}/);
    expect(applied).toEqual(['first', 'last']);
  });
});
