import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, server as compiledServer, web } from '../src/cli/build.ts';
import { startArguments } from '../src/cli/start-command.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/index.ts';
import { loadCodes } from '../src/features/codes/index.ts';
import { buildApp } from '../src/server/app.ts';
import { BENCH_BASELINE_SETTING, BENCH_BASELINE_URL } from '../src/server/bench-baseline.ts';
import type { LoadResult, LoadSpec } from './load.ts';
import { seedBench, type BenchData } from './seed.ts';
import { refreshInsights } from '../src/features/self-assessment/index.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { seedLarge } from '../src/server/large.ts';
import { EMBEDDED, POSTGRES_SERVER, RESULTS, ROOT, benchDatabase, commitOf, freePort, say, type DatabaseKind } from './run.ts';

// `npm run bench`: the real server (bin/start.js, compiled from src/server/main.ts, in a process of its own, as `npm start` runs it)
// under load over loopback from autocannon in another process, route by route, on the embedded database and,
// with BENCH_DATABASE_URL, on a fresh database on that PostgreSQL server (created for the run, then dropped).
//
// Each route's requests a second are given as a fraction of a baseline measured in the same run, on the same
// server: a route that does nothing but the session check, one indexed query through the whole stack
// (src/server/bench-baseline.ts). It is measured first, half-way and last, and routes are compared with the
// mean of the three. The machines this runs on are shared and small, so absolute figures move from run to run; the
// ratios are what compare. Load goes only to this machine's loopback address, for a bounded time.
//
// Settings: BENCH_SECONDS (per route, default 5), BENCH_WARMUP_SECONDS (default 1), BENCH_CONNECTIONS
// (default 50), BENCH_PEOPLE (staff added to the demo trust, default 200), BENCH_DATABASE_URL (a PostgreSQL
// server, e.g. postgres://postgres@127.0.0.1:5432/test), BENCH_EMBEDDED=0 to skip the embedded database,
// BENCH_SCALE (grow the demo organisations as `npm run seed:large -- --scale N` does, then measure on that;
// the results go to latest-large.md and .json).

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 200);
const SCALE = process.env.BENCH_SCALE ? Number(process.env.BENCH_SCALE) : null;
const PASSWORD = 'probity-demo-2026';

/** Issue 18's budgets: each listed read as a fraction of the baseline, its p99 on PostgreSQL, and the server's memory. */
const BUDGETS = {
  postgres: { ratio: 0.5, p99Ms: 50 as number | null },
  embedded: { ratio: 0.25, p99Ms: null as number | null },
  rssMb: 300,
};

const NOTE =
  'Measured on a shared machine while other work ran on it, so absolute figures are noisy and move between runs; ' +
  'compare the ratios to the baseline, which was measured in the same run on the same server. The load generator ' +
  'runs in its own process on the same machine and takes CPU from the server; on PostgreSQL the database server ' +
  "shares the machine too, and its memory is not in the RSS, which is the Probity process's alone (on the embedded " +
  'database it includes the database). Latencies are of the requests answered within the run; a route too slow ' +
  'to answer within it shows no latency and counts as a miss.';

type Who = 'admin' | 'teacher' | 'member' | 'principal' | 'dsl' | 'pst' | 'case-officer';

interface Route {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  /** Whose session the requests carry; none for sign-in and the health check. */
  as: Who | null;
  body?: unknown;
  /** Not one of the reads the budgets are for. */
  unbudgeted?: string;
}

interface Measured {
  name: string;
  method: string;
  path: string;
  as: Who | null;
  requestsPerSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
  ratio: number;
  rssPeakMb: number | null;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  budget: { ratio: number | null; p99Ms: number | null; rssMb: number; note?: string };
  misses: string[];
  verdict: 'pass' | 'miss' | 'reference';
}

const round = (n: number, places = 0) => Number(n.toFixed(places));

function routesOf(data: BenchData): Route[] {
  const trust = `/api/orgs/${data.trustId}`;
  const society = `/api/orgs/${data.societyId}`;
  return [
    { name: 'me', method: 'GET', path: '/api/me', as: 'admin' },
    { name: 'organisation', method: 'GET', path: trust, as: 'admin' },
    { name: 'people (a page of 100)', method: 'GET', path: `${trust}/people`, as: 'admin' },
    { name: 'my deadlines', method: 'GET', path: '/api/me/deadlines', as: 'teacher' },
    { name: 'my codes', method: 'GET', path: '/api/me/codes', as: 'teacher' },
    { name: 'codes search', method: 'GET', path: `${trust}/codes/search?q=safeguarding`, as: 'admin' },
    { name: 'organisation deadlines (a page of 100)', method: 'GET', path: `${trust}/deadlines`, as: 'admin' },
    { name: 'attestation dashboard', method: 'GET', path: `${trust}/attestation-campaigns/${data.campaignId}`, as: 'admin' },
    { name: 'development dashboard', method: 'GET', path: `/api/orgs/${data.societyId}/development/dashboard`, as: 'member' },
    { name: "leaders' insights", method: 'GET', path: `${trust}/development/insights?year=${data.year}&groupBy=academy`, as: 'admin' },
    { name: "the body's insights, by cohort", method: 'GET', path: `${society}/development/insights?year=${data.year - 1}&groupBy=cohort`, as: 'admin' },
    { name: "the recipient's queue", method: 'GET', path: `${trust}/declarations/queue?bucket=open&limit=50`, as: 'principal' },
    { name: 'the conduct log', method: 'GET', path: `${trust}/conduct-log/entries`, as: 'principal' },
    { name: 'conduct log patterns', method: 'GET', path: `${trust}/conduct-log/patterns?from=${data.year - 1}-01-01&to=${data.year}-12-31`, as: 'principal' },
    { name: "the DSL's dashboard", method: 'GET', path: `${trust}/safeguarding/dashboard`, as: 'dsl' },
    { name: 'a caseload', method: 'GET', path: `${society}/cases`, as: 'case-officer' },
    { name: 'a cohort dashboard', method: 'GET', path: `${society}/programme-cohorts/${data.cohortId}`, as: 'pst' },
    { name: "the support team's queue", method: 'GET', path: `${society}/programme-support`, as: 'pst' },
    { name: 'health (no session, for reference)', method: 'GET', path: '/api/health', as: null, unbudgeted: 'for reference: no session, one SELECT 1' },
    {
      name: 'sign-in',
      method: 'POST',
      path: '/api/session',
      as: null,
      body: { email: 'teacher@demo.test', password: PASSWORD },
      unbudgeted: 'a write, not one of the budgeted reads: argon2id makes it slow on purpose',
    },
  ];
}


/** Resident memory of a process in MB, from /proc (Linux); null elsewhere. */
function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs autocannon in a process of its own against one route; samples the server's memory meanwhile. */
async function load(server: ChildProcess, spec: LoadSpec): Promise<LoadResult & { rssPeakMb: number | null }> {
  let peak: number | null = null;
  const sample = () => {
    const now = rssMb(server.pid!);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  };
  const sampler = setInterval(sample, 200);
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'load.ts'), JSON.stringify(spec)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`the load generator exited with ${code}`);
    sample();
    return { ...(JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult), rssPeakMb: peak };
  } finally {
    clearInterval(sampler);
  }
}

async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (response.status !== 200) throw new Error(`signing in ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => /probity_session=/.test(c));
  return cookie!.split(';')[0]!;
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<{ server: ChildProcess; base: string; stop: () => Promise<void> }> {
  const server = spawn(process.execPath, startArguments(ROOT), { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  // Interrupted (Ctrl+C), the benchmark takes its server with it.
  const orphaned = () => server.kill('SIGKILL');
  process.once('exit', orphaned);
  void exited.then(() => process.off('exit', orphaned));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  for (let tries = 0; ; tries++) {
    if (server.exitCode !== null) throw new Error(`the server stopped before it was ready:\n${stderr}`);
    const up = await fetch(`${base}/api/health`).then((r) => r.status === 200, () => false);
    if (up) return { server, base, stop };
    if (tries > 600) {
      await stop();
      throw new Error(`the server was not ready within a minute:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function runOn(kind: DatabaseKind) {
  say(`\n${kind === 'embedded' ? 'Embedded database' : 'PostgreSQL'}`);
  const { dataDir, databaseUrl, drop } = await benchDatabase(kind, 'probity_bench');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PROBITY_DATA_DIR: dataDir,
    PROBITY_DEMO: '0',
    PROBITY_DEMO_PASSWORD: PASSWORD,
    PROBITY_WEB_DEV: '0',
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    [BENCH_BASELINE_SETTING]: '1',
  };
  delete env.DATABASE_URL;
  delete env.PUBLIC_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;

  try {
    // The data, written before the server starts (the embedded database admits one process at a time).
    const seedStart = Date.now();
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent', PORT: '0' });
    const database = await openDatabase({ databaseUrl, dataDir });
    const app = await buildApp({ config, database });
    await loadCodes(database.db);
    const data = await seedBench(database, { db: database.db, mailer: app.mailer, files: app.files, publicUrl: config.publicUrl }, PASSWORD, PEOPLE, say);
    if (SCALE !== null) await seedLarge(database.db, SCALE, await hashPassword(PASSWORD), say);
    // Planner statistics, as the embedded database's hourly upkeep and a server's autovacuum would have by now.
    await database.pool.query('ANALYZE');
    // As the recurring job would have by the time anyone reads them.
    if (SCALE !== null) say(`  leaders' insights added up ahead for ${await refreshInsights(database.db)} organisations' years`);
    await app.close();
    await database.close();
    say(`  seeded in ${round((Date.now() - seedStart) / 1000)} s`);

    const port = await freePort();
    const { server, base, stop } = await startServer({ ...env, PORT: String(port) }, port);
    try {
      const rssIdleMb = rssMb(server.pid!);
      const cookies = {} as Record<Who, string>;
      for (const who of ['admin', 'teacher', 'member', 'principal', 'dsl', 'pst', 'case-officer'] as const) cookies[who] = await signIn(base, `${who}@demo.test`);
      const specOf = (route: Route, seconds: number): LoadSpec => ({
        url: `${base}${route.path}`,
        connections: CONNECTIONS,
        seconds,
        method: route.method,
        headers: { ...(route.as ? { cookie: cookies[route.as] } : {}), ...(route.body ? { 'content-type': 'application/json' } : {}) },
        ...(route.body ? { body: JSON.stringify(route.body) } : {}),
      });
      // The load generator stops with requests still in flight, which the server goes on working through; the
      // next route is measured only once they are done, so that it does not pay for them. The database takes
      // requests in turn (PGlite one at a time, a pool in order), so one request answered means the rest were.
      const drain = async () => {
        const health = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(300_000) });
        await health.arrayBuffer();
      };
      const measure = async (route: Route) => {
        // One request first: a route that does not answer 200 is a mistake in the benchmark, not a figure.
        const spec = specOf(route, SECONDS);
        const check = await fetch(spec.url, { method: spec.method, headers: spec.headers, body: spec.body });
        if (check.status !== 200) throw new Error(`${route.method} ${route.path} answered ${check.status}: ${(await check.text()).slice(0, 300)}`);
        await check.arrayBuffer().catch(() => undefined);
        if (WARMUP_SECONDS > 0) {
          await load(server, specOf(route, WARMUP_SECONDS));
          await drain();
        }
        const result = await load(server, spec);
        await drain();
        say(`  ${route.name.padEnd(40)} ${String(round(result.requestsPerSecond)).padStart(6)} req/s  p50 ${String(result.p50Ms).padStart(4)} ms  p99 ${String(result.p99Ms).padStart(4)} ms  RSS ${result.rssPeakMb === null ? '?' : round(result.rssPeakMb)} MB${result.non2xx + result.errors + result.timeouts ? `  (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)` : ''}`);
        return result;
      };

      const baselineRoute: Route = { name: 'baseline: session check only', method: 'GET', path: BENCH_BASELINE_URL, as: 'admin' };
      // A freshly started server is slower at first (compiling, caches): a longer warm-up before anything counts.
      await load(server, specOf(baselineRoute, 3 * WARMUP_SECONDS));
      await drain();
      const routes = routesOf(data);
      const half = Math.ceil(routes.length / 2);
      const measured: { route: Route; result: Awaited<ReturnType<typeof measure>> }[] = [];
      // The baseline first, half-way and last, as the machine's other work comes and goes; routes are compared with the mean.
      const first = await measure(baselineRoute);
      for (const route of routes.slice(0, half)) measured.push({ route, result: await measure(route) });
      const middle = await measure(baselineRoute);
      for (const route of routes.slice(half)) measured.push({ route, result: await measure(route) });
      const last = await measure(baselineRoute);
      const baselineRps = (first.requestsPerSecond + middle.requestsPerSecond + last.requestsPerSecond) / 3;

      const budget = BUDGETS[kind];
      const rows: Measured[] = measured.map(({ route, result }) => {
        const ratio = result.requestsPerSecond / baselineRps;
        const misses: string[] = [];
        if (!route.unbudgeted && ratio < budget.ratio) misses.push(`${round(ratio, 2)} of baseline < ${budget.ratio}`);
        if (!route.unbudgeted && budget.p99Ms !== null && result.requests > 0 && result.p99Ms >= budget.p99Ms) misses.push(`p99 ${result.p99Ms} ms ≥ ${budget.p99Ms} ms`);
        if (result.rssPeakMb !== null && result.rssPeakMb >= BUDGETS.rssMb) misses.push(`RSS ${round(result.rssPeakMb)} MB ≥ ${BUDGETS.rssMb} MB`);
        if (result.requests === 0) misses.push(`no answer within the ${SECONDS} s run`);
        if (result.non2xx + result.errors + result.timeouts > 0) misses.push(`${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
        return {
          name: route.name,
          method: route.method,
          path: route.path.replaceAll(data.trustId, ':trustId').replaceAll(data.societyId, ':societyId').replaceAll(data.campaignId, ':campaignId').replaceAll(data.cohortId, ':cohortId'),
          as: route.as,
          requestsPerSecond: round(result.requestsPerSecond),
          p50Ms: result.requests ? result.p50Ms : null,
          p99Ms: result.requests ? result.p99Ms : null,
          ratio: round(ratio, 3),
          rssPeakMb: result.rssPeakMb === null ? null : round(result.rssPeakMb),
          requests: result.requests,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          budget: route.unbudgeted ? { ratio: null, p99Ms: null, rssMb: BUDGETS.rssMb, note: route.unbudgeted } : { ratio: budget.ratio, p99Ms: budget.p99Ms, rssMb: BUDGETS.rssMb },
          misses,
          verdict: misses.length ? 'miss' : route.unbudgeted && route.name.startsWith('health') ? 'reference' : 'pass',
        };
      });
      const baselineOf = (r: typeof first) => ({ requestsPerSecond: round(r.requestsPerSecond), p50Ms: r.p50Ms, p99Ms: r.p99Ms, rssPeakMb: r.rssPeakMb === null ? null : round(r.rssPeakMb), non2xx: r.non2xx, errors: r.errors });
      return {
        database: kind,
        people: data.people,
        scale: SCALE,
        rssIdleMb: rssIdleMb === null ? null : round(rssIdleMb),
        baseline: { route: `GET ${BENCH_BASELINE_URL}`, what: 'the session check (one indexed query) through the whole stack, then a fixed answer', requestsPerSecond: round(baselineRps), first: baselineOf(first), middle: baselineOf(middle), last: baselineOf(last) },
        routes: rows,
      };
    } finally {
      await stop();
    }
  } finally {
    await drop();
  }
}

type Run = Awaited<ReturnType<typeof runOn>>;


function markdown(report: { when: string; commit: string | null; uncommittedChanges: boolean | null; node: string; cpus: number; cpuModel: string; connections: number; seconds: number; note: string; runs: Run[] }): string {
  const lines = [
    '# Benchmark: the real server under load',
    '',
    `Run ${report.when} on ${report.cpus} CPUs (${report.cpuModel}), Node.js ${report.node}, commit ${report.commit ?? 'unknown'}${report.uncommittedChanges ? ' with uncommitted changes' : ''}: ` +
      `autocannon in its own process, ${report.connections} connections, ${report.seconds} s a route after a warm-up, over loopback to the server as \`npm start\` runs it (\`bin/start.js\`: \`src/server/main.ts\` compiled). Written by \`npm run bench\`.`,
    '',
    report.note,
    '',
    `Budgets (issue 18, item 2): on PostgreSQL every listed read at least ${BUDGETS.postgres.ratio} of the baseline with p99 under ${BUDGETS.postgres.p99Ms} ms; on the embedded database at least ${BUDGETS.embedded.ratio}; the server's resident memory under ${BUDGETS.rssMb} MB under load.`,
  ];
  for (const run of report.runs) {
    lines.push(
      '',
      `## ${run.database === 'embedded' ? 'Embedded database' : 'PostgreSQL'}`,
      '',
      `${run.people} staff added to the demo trust${run.scale === null ? '' : `, then the demo organisations grown at scale ${run.scale} (\`npm run seed:large -- --scale ${run.scale}\`) and leaders' insights added up ahead`}. Baseline (\`${run.baseline.route}\`: ${run.baseline.what}): ${run.baseline.requestsPerSecond} requests a second, the mean of ${run.baseline.first.requestsPerSecond} measured first (p50 ${run.baseline.first.p50Ms} ms, p99 ${run.baseline.first.p99Ms} ms), ${run.baseline.middle.requestsPerSecond} half-way (p50 ${run.baseline.middle.p50Ms} ms, p99 ${run.baseline.middle.p99Ms} ms) and ${run.baseline.last.requestsPerSecond} last (p50 ${run.baseline.last.p50Ms} ms, p99 ${run.baseline.last.p99Ms} ms); the further they are apart, the noisier the run. Server RSS idle before the load: ${run.rssIdleMb ?? '?'} MB.`,
      '',
      '| route | as | req/s | p50 ms | p99 ms | × baseline | peak RSS MB | budget | verdict |',
      '|---|---|---:|---:|---:|---:|---:|---|---|',
    );
    for (const r of run.routes) {
      const budget = r.budget.ratio === null ? `RSS < ${r.budget.rssMb} MB only (${r.budget.note})` : `≥ ${r.budget.ratio}${r.budget.p99Ms === null ? '' : `, p99 < ${r.budget.p99Ms} ms`}, RSS < ${r.budget.rssMb} MB`;
      const verdict = r.verdict === 'miss' ? `**miss**: ${r.misses.join('; ')}` : r.verdict;
      lines.push(`| ${r.name}: \`${r.method} ${r.path}\` | ${r.as ?? '—'} | ${r.requestsPerSecond} | ${r.p50Ms ?? '—'} | ${r.p99Ms ?? '—'} | ${r.ratio} | ${r.rssPeakMb ?? '?'} | ${budget} | ${verdict} |`);
    }
    const budgeted = run.routes.filter((r) => r.budget.ratio !== null);
    lines.push('', `${budgeted.filter((r) => r.verdict === 'pass').length} of ${budgeted.length} budgeted reads pass.`);
  }
  return `${lines.join('\n')}\n`;
}


async function main() {
  if (!EMBEDDED && !POSTGRES_SERVER) throw new Error('nothing to measure: BENCH_EMBEDDED=0 and no BENCH_DATABASE_URL');
  const tree = commitOf(); // what the servers run: the tree as the run starts, not as it ends
  // Built before any server starts, as the first `npm start` would, so that no wait for a server includes a build.
  for (const target of [web, compiledServer]) await buildIfStale(target);
  const runs: Run[] = [];
  if (EMBEDDED) runs.push(await runOn('embedded'));
  if (POSTGRES_SERVER) runs.push(await runOn('postgres'));
  else say('\n(PostgreSQL not measured: set BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test)');
  const report = {
    when: new Date().toISOString(),
    ...tree,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    note: NOTE,
    budgets: BUDGETS,
    runs,
  };
  fs.mkdirSync(RESULTS, { recursive: true });
  const name = SCALE === null ? 'latest' : 'latest-large';
  fs.writeFileSync(path.join(RESULTS, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS, `${name}.md`), markdown(report));
  say(`\nWritten: bench/results/${name}.json and bench/results/${name}.md`);
}

await main();
