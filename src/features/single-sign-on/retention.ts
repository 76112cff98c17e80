import { lte } from 'drizzle-orm';
import { singleSignOns } from '../../platform/auth/schema.ts';
import type { RetentionRule } from '../../platform/retention.ts';

/** A sign-on begun and never finished: what its callback would have checked, useless once it expires. */
export const singleSignOnRetention: RetentionRule = {
  record: 'unfinished single sign-ons',
  keptFor: 'PT0S',
  after: 'the sign-on expires (one that finishes is ended at once)',
  action: 'delete',
  reason: 'An expired sign-on can never be finished; it holds only what its callback would check.',
  apply: async (tx, cutoff) => (await tx.delete(singleSignOns).where(lte(singleSignOns.expiresAt, cutoff)).returning({ stateHash: singleSignOns.stateHash })).length,
};
