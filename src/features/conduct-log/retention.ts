import { lte } from 'drizzle-orm';
import { inLondon } from '../../platform/calendar/index.ts';
import type { RetentionRule } from '../../platform/retention.ts';
import { conductLogEntries } from './schema.ts';

/**
 * An entry goes six years after the conduct it records, with the grants of access to it. No code sets the
 * period: six years lets the patterns read their longest period (three years) against the three before it
 * (003 §6.4), and is the time within which a claim in contract can be brought (Limitation Act 1980).
 */
export const conductLogRetention: RetentionRule = {
  record: 'conduct log entries',
  keptFor: 'P2192D',
  after: 'the day of the conduct it records (six years, counting the leap days)',
  action: 'delete',
  reason:
    'No code sets it. Six years lets the patterns that inform training read three years against the three before (003 §6.4), and is the time within which a claim in contract arising from employment can be brought.',
  apply: async (tx, cutoff) => (await tx.delete(conductLogEntries).where(lte(conductLogEntries.occurredOn, inLondon(cutoff).date)).returning({ id: conductLogEntries.id })).length,
};
