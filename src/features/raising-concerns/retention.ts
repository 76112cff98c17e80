import { lte } from 'drizzle-orm';
import type { RetentionRule } from '../../platform/retention.ts';
import { LOOKUP_WINDOW_MS } from './receipts.ts';
import { concernFollowSessions, concernLookupFailures } from './schema.ts';

// What following a report leaves behind, and when it goes: only what the next step checks. The reports
// themselves, and how long they are kept, are the retention schedule's part for records (not yet written).

export const raisingConcernsRetention: RetentionRule[] = [
  {
    record: "reporters' sessions on their reports",
    keptFor: 'PT0S',
    after: 'the session ends (30 minutes after the receipt code opened it)',
    action: 'delete',
    reason: 'An ended session opens nothing; the audit trail records each time a report was followed, without anything of who followed it.',
    apply: async (tx, cutoff) => (await tx.delete(concernFollowSessions).where(lte(concernFollowSessions.expiresAt, cutoff)).returning({ tokenHash: concernFollowSessions.tokenHash })).length,
  },
  {
    record: 'receipt codes that opened no report',
    keptFor: `PT${LOOKUP_WINDOW_MS / 60_000}M`,
    after: 'the attempt',
    action: 'delete',
    reason: 'Counted only within the throttling window, to slow down guessing; they hold no address and no code, only the organisation and the time.',
    apply: async (tx, cutoff) => (await tx.delete(concernLookupFailures).where(lte(concernLookupFailures.at, cutoff)).returning({ id: concernLookupFailures.id })).length,
  },
];
