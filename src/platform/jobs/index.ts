import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { FastifyBaseLogger } from 'fastify';

// Recurring jobs on pg-boss, in the same database as everything else (embedded or server).
// Its cron schedule makes one job per slot however many Probity processes run; each job is itself
// idempotent, so a retry or a late duplicate does no harm.

export interface RecurringJob {
  name: string;
  /** Five-field cron, Europe/London time. */
  cron: string;
  run(): Promise<unknown>;
}

export interface Jobs {
  stop(): Promise<void>;
}

/**
 * How often each process asks for a due job of each kind. The jobs run at most once a minute, so ten seconds
 * late is soon enough; pg-boss's default of two seconds had each process ask six times a second, idle or not,
 * each time planning a statement over its tables of jobs.
 */
const POLL_SECONDS = 10;

export async function startJobs(pool: pg.Pool, jobs: RecurringJob[], logger?: FastifyBaseLogger): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: 'pgboss',
    // A slot missed while every process was down is not worth running late.
    retryLimit: 2,
    expireInMinutes: 15,
  });
  boss.on('error', (error) => logger?.error({ err: error.message }, 'job queue error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/London' });
    await boss.work(job.name, { pollingIntervalSeconds: POLL_SECONDS }, async () => {
      const result = await job.run();
      logger?.debug({ job: job.name, result }, 'job done');
    });
  }
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
