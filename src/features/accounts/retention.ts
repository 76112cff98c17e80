import { and, isNotNull, lte, or } from 'drizzle-orm';
import { oneTimeTokens, signInChallenges, signInFailures } from '../../platform/auth/schema.ts';
import type { RetentionRule } from '../../platform/retention.ts';
import { FAILURE_WINDOW_MS } from './service.ts';

// What signing in leaves behind, and when it goes: none of it is a record of what happened (the audit trail
// keeps each sign-in, failed sign-in, invitation and password reset), only what the next step checks.

export const accountsRetention: RetentionRule[] = [
  {
    record: 'two-factor sign-in challenges',
    keptFor: 'PT0S',
    after: 'the challenge expires (a challenge answered is ended at once)',
    action: 'delete',
    reason: 'An expired challenge can never complete a sign-in; the audit trail records each challenge and each failed code.',
    apply: async (tx, cutoff) => (await tx.delete(signInChallenges).where(lte(signInChallenges.expiresAt, cutoff)).returning({ tokenHash: signInChallenges.tokenHash })).length,
  },
  {
    record: 'invitation and password-reset links',
    keptFor: 'P7D',
    after: 'the link is used or expires',
    action: 'delete',
    reason: 'A used or expired link can never sign anyone in; kept a week so that a late click hears it was used or expired rather than that it is unknown.',
    apply: async (tx, cutoff) =>
      (await tx.delete(oneTimeTokens).where(or(and(isNotNull(oneTimeTokens.usedAt), lte(oneTimeTokens.usedAt, cutoff)), lte(oneTimeTokens.expiresAt, cutoff))).returning({ tokenHash: oneTimeTokens.tokenHash })).length,
  },
  {
    record: 'failed sign-in counts',
    keptFor: `PT${FAILURE_WINDOW_MS / 60_000}M`,
    after: 'the failed attempt',
    action: 'delete',
    reason: 'Failed sign-ins are counted only within the throttling window, to slow down guessing; the audit trail keeps each failed sign-in.',
    apply: async (tx, cutoff) => (await tx.delete(signInFailures).where(lte(signInFailures.at, cutoff)).returning({ id: signInFailures.id })).length,
  },
];
