import type { Config } from '../config.ts';
import { accountsRetention } from '../features/accounts/index.ts';
import { conductLogRetention } from '../features/conduct-log/index.ts';
import { raisingConcernsRetention } from '../features/raising-concerns/index.ts';
import { safeguardingRetention } from '../features/safeguarding/index.ts';
import { singleSignOnRetention } from '../features/single-sign-on/index.ts';
import { sessionsRetention } from '../platform/auth/sessions.ts';
import { outboxRetention } from '../platform/mail/index.ts';
import type { RetentionRule } from '../platform/retention.ts';

/**
 * The retention schedule: every rule that whatever keeps the records offers. Records not named here stay
 * until someone with the right deletes them, and the audit trail always (the database refuses to delete
 * from it). A withdrawn share of a development record stays on purpose: it is the history of who could see
 * the record, which the person's own data export shows.
 */
export function retentionRules(config: Pick<Config, 'sessions'>): RetentionRule[] {
  return [sessionsRetention(config.sessions), ...accountsRetention, singleSignOnRetention, ...outboxRetention, safeguardingRetention, conductLogRetention, ...raisingConcernsRetention];
}
