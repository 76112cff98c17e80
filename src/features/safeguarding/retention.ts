import { and, eq, lte } from 'drizzle-orm';
import type { RetentionRule } from '../../platform/retention.ts';
import { safeguardingConcerns } from './schema.ts';

/**
 * A closed concern goes 25 years after it closed, with everything recorded about it (its steps, actions,
 * referrals, alerts, body map and grants). Keeping Children Safe in Education, which 003 §1.2 takes account
 * of, has a learner's child protection file kept at least until they are 25 (the schools' records
 * management toolkit: date of birth plus 25 years); Probity knows a learner by reference, not by birth date,
 * so it counts from closing, which is never earlier. A reopened concern is not closed. An allegation about a
 * member of staff is not in the schedule: it is kept until their normal pension age or for ten years,
 * whichever is longer, which Probity cannot count, so it stays until someone with the right deletes it.
 */
export const safeguardingRetention: RetentionRule = {
  record: 'closed safeguarding concerns',
  keptFor: 'P9132D',
  after: 'the concern is closed (25 years, counting every leap day)',
  action: 'delete',
  reason:
    "A learner's child protection file is kept until they are at least 25 (Keeping Children Safe in Education, which the staff code 003 §1.2 takes account of); Probity knows the learner by reference, not birth date, so counts from closing, which is never earlier.",
  apply: async (tx, cutoff) =>
    (await tx.delete(safeguardingConcerns).where(and(eq(safeguardingConcerns.state, 'closed'), lte(safeguardingConcerns.closedAt, cutoff))).returning({ id: safeguardingConcerns.id })).length,
};
