import type { Config } from '../config.ts';
import type { Database } from '../db/index.ts';
import { checkDeadlines } from '../features/deadlines/index.ts';
import { sendDueCommunications } from '../features/programmes/index.ts';
import { refreshInsights } from '../features/self-assessment/index.ts';
import { checkSafeguardingAlerts } from '../features/safeguarding/index.ts';
import { anchorChains } from '../platform/audit/index.ts';
import type { RecurringJob } from '../platform/jobs/index.ts';
import type { Mailer } from '../platform/mail/index.ts';
import { sendDigests } from '../platform/notifications/index.ts';
import { applyRetention } from '../platform/retention.ts';
import { clock } from '../platform/clock.ts';
import { listDueEverywhere } from '../features/retention/service.ts';
import { recordTypes, retentionRules } from './retention.ts';

/** Every recurring job Probity runs. */
export function recurringJobs(config: Config, database: Database, mailer: Mailer): RecurringJob[] {
  const ctx = { db: database.db, mailer, publicUrl: config.publicUrl };
  return [
    { name: 'deadlines-check', cron: '* * * * *', run: () => checkDeadlines(ctx) },
    // Programme messages and webinar invitations at their cohort's key stages (001 §6.1.4), each sent once.
    { name: 'programme-communications', cron: '* * * * *', run: () => sendDueCommunications(ctx) },
    // A safeguarding concern nobody has triaged: its deputy after half an hour, then its principal.
    { name: 'safeguarding-alerts', cron: '* * * * *', run: () => checkSafeguardingAlerts(ctx) },
    // Leaders' insights added up ahead for every organisation's recent years, so that reading them stays quick at scale.
    { name: 'development-insights', cron: '*/10 * * * *', run: () => refreshInsights(database.db) },
    { name: 'notifications-digest', cron: '0 7 * * *', run: () => sendDigests(database.db, mailer, config.publicUrl) },
    // Ended sessions, spent sign-in steps, old mail: the retention schedule (./retention.ts).
    { name: 'retention', cron: '17 * * * *', run: () => applyRetention(database.db, retentionRules(config), clock.now()) },
    // The records whose period has run, listed for the data protection officer to confirm: never deleted here.
    { name: 'retention-review', cron: '30 2 * * *', run: () => listDueEverywhere(database.db, recordTypes(), clock.now()) },
    { name: 'mail-deliver', cron: '* * * * *', run: () => mailer.deliver() },
    { name: 'audit-anchor', cron: '5 * * * *', run: () => anchorChains(database.db, config.auditAnchors) },
    ...(database.kind === 'embedded'
      ? [
          { name: 'database-analyze', cron: '23 * * * *', run: () => database.maintain('analyze') },
          // At night: vacuuming holds the embedded database's one backend while it runs.
          { name: 'database-vacuum', cron: '40 3 * * *', run: () => database.maintain('vacuum') },
        ]
      : []),
  ];
}
