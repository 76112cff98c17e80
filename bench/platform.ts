import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/index.ts';
import { audit, verifyChain } from '../src/platform/audit/index.ts';
import { createSession, csrfTokenFor } from '../src/platform/auth/sessions.ts';
import { outbox } from '../src/platform/mail/schema.ts';
import { dueSoonFrom, KINDS } from '../src/features/deadlines/rules.ts';
import { deadlines } from '../src/features/deadlines/schema.ts';
import { buildApp } from '../src/server/app.ts';
import { makeOrganisation, makePerson } from '../test/factories.ts';

// Platform benchmarks. Each figure is reported with a baseline measured in the same run, as a ratio,
// because the machines are shared and absolute times vary from run to run.
// Load goes only to this machine's loopback address, in bounded loops.

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = 8;
const WRITES = Number(process.env.BENCH_WRITES ?? 1000);
const PEOPLE = 1000;
const DEADLINES = 20_000;
const DAY = 86_400_000;

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Sends `count` GET requests with a fixed number in flight; returns requests per second. */
async function load(url: string, headers: Record<string, string>, count = REQUESTS): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const response = await fetch(url, { headers });
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      await response.arrayBuffer();
    }
  };
  const ms = await timed(async () => {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  });
  return (count / ms) * 1000;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-bench-'));
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', PROBITY_DEMO: '0', PORT: '0', RATE_LIMIT_PER_MINUTE: '0', PROBITY_DATA_DIR: dataDir });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir, poolSize: CONCURRENCY + 2 });
  const app = await buildApp({ config, database });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const results: Record<string, number | string> = { database: database.kind, node: process.version, cpus: os.cpus().length, when: new Date().toISOString() };
  try {
    const org = await makeOrganisation(database.db, 'employer_trust');
    const admin = await makePerson(database.db, org.id, [{ role: 'organisation_admin' }]);
    const staff: string[] = [];
    for (let i = 0; i < PEOPLE; i++) staff.push((await makePerson(database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield })).id);
    // A professional body's year of self-assessments: due across the year, about half of them past.
    const now = Date.now();
    for (let batch = 0; batch < DEADLINES; batch += 1000) {
      await database.db.insert(deadlines).values(
        Array.from({ length: 1000 }, (_, i) => {
          const n = batch + i;
          const dueAt = new Date(now + ((n % 365) - 180) * DAY);
          return { organisationId: org.id, academyId: org.academies.northfield, kind: 'task', title: `Deadline ${n}`, rule: { type: 'calendar_days' as const, days: 30 }, schedule: KINDS.task.schedule, startsAt: new Date(dueAt.getTime() - 30 * DAY), dueAt, dueSoonAt: dueSoonFrom({ dueAt, schedule: KINDS.task.schedule }), allDay: false, ownerId: staff[n % staff.length]!, checkedAt: new Date(now), metAt: n % 3 === 0 ? new Date(dueAt.getTime() - DAY) : null };
        }),
      );
    }
    // As the hourly upkeep job would have by now (the embedded database has no autovacuum of its own).
    await database.maintain('analyze');
    const token = await createSession(database.db, admin.id, { idleMinutes: 30, absoluteHours: 12 });
    const headers = { cookie: `probity_session=${token}`, 'x-csrf-token': csrfTokenFor(token) };

    // Warm up: JIT, pool connections, plan caches.
    await load(`${base}/api/health`, {}, 200);
    await load(`${base}/api/me`, headers, 200);

    const health = await load(`${base}/api/health`, {});
    const me = await load(`${base}/api/me`, headers);
    const organisation = await load(`${base}/api/orgs/${org.id}`, headers);
    const peopleList = await load(`${base}/api/orgs/${org.id}/people`, headers, Math.max(100, REQUESTS / 10));
    const overdue = await load(`${base}/api/orgs/${org.id}/deadlines?state=overdue`, headers, Math.max(20, REQUESTS / 100));
    Object.assign(results, {
      'http.health.rps (baseline)': Math.round(health),
      'http.me.rps': Math.round(me),
      'http.me / health': +(me / health).toFixed(3),
      'http.organisation.rps': Math.round(organisation),
      'http.organisation / health': +(organisation / health).toFixed(3),
      'http.people(1001, page of 100).rps': Math.round(peopleList),
      'http.people(1001, page of 100) / health': +(peopleList / health).toFixed(3),
      'http.deadlines(20000, overdue).rps': +overdue.toFixed(2),
      'http.deadlines(20000, overdue) / health': +(overdue / health).toFixed(4),
    });

    // The cost of the audit chain: a chained audit append against a plain insert of a similar row.
    const plainMs = await timed(async () => {
      for (let i = 0; i < WRITES; i++) await database.db.insert(outbox).values({ to: 'bench@example.test', subject: `bench ${i}`, text: 'x' });
    });
    const actor = { personId: admin.id, requestId: 'bench' };
    const auditMs = await timed(async () => {
      for (let i = 0; i < WRITES; i++) {
        await database.db.transaction((tx) => audit(tx, actor, { organisationId: org.id, action: 'organisation.updated', recordType: 'organisation', recordId: org.id, details: { i } }));
      }
    });
    const verifyMs = await timed(async () => {
      const report = await verifyChain(database.db, org.id);
      if (!report.ok) throw new Error('chain broken');
    });
    Object.assign(results, {
      'db.insert.per_s (baseline)': Math.round((WRITES / plainMs) * 1000),
      'db.audit_append.per_s': Math.round((WRITES / auditMs) * 1000),
      'db.audit_append / insert': +(plainMs / auditMs).toFixed(3),
      'db.audit_verify.entries_per_s': Math.round((WRITES / verifyMs) * 1000),
      'db.audit_verify / insert': +(plainMs / verifyMs).toFixed(3),
    });
  } finally {
    await app.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  for (const [key, value] of Object.entries(results)) process.stdout.write(`${key.padEnd(width)}  ${value}\n`);
  fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
  fs.writeFileSync(path.join(import.meta.dirname, 'results', `platform-${results.database}.json`), `${JSON.stringify(results, null, 2)}\n`);
}

await main();
