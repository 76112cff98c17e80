import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, server, web } from '../src/cli/build.ts';
import { EMBEDDED, POSTGRES_SERVER, RESULTS, ROOT, benchDatabase, commitOf, freePort, say, type DatabaseKind } from './run.ts';

// `npm run bench:start`: start to ready, as a person meets it. Runs `npm start` itself (its build check, then
// the server) on a data directory, or a PostgreSQL database, that the demo organisations are already in, and
// measures from launch until it says it is listening, and until GET /api/health first answers (the budget's
// figure). A first start (which makes the database and seeds the demo) comes first and is reported apart;
// then BENCH_STARTS starts (default 5), each stopped with SIGTERM, and gone, before the next. On the embedded database in a new directory and, with BENCH_DATABASE_URL, on a database made
// on that server for the run and dropped after (BENCH_EMBEDDED=0 skips the embedded database). Builds what is
// out of date first, so that no start here pays for a build. Writes bench/results/start.md and start.json.

const STARTS = Number(process.env.BENCH_STARTS ?? 5);
/** Issue 18, item 2: start to ready under 2 s when the data directory exists. */
const BUDGET_MS = 2000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};


const TICKS_PER_SECOND = 100;

/**
 * The processes of a group, each as the fields of its /proc/PID/stat after the command's name (in brackets,
 * which may hold spaces): state, parent, group, …, utime, stime, cutime, cstime. Linux; null elsewhere.
 */
function groupProcesses(group: number): string[][] | null {
  try {
    return fs.readdirSync('/proc').flatMap((pid) => {
      if (!/^\d+$/.test(pid)) return [];
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(fields[2]) === group ? [fields] : [];
      } catch {
        return []; // gone meanwhile
      }
    });
  } catch {
    return null;
  }
}

/**
 * The CPU time the processes of a group have taken so far, with that of their children which have finished,
 * which other work on the machine moves less than the time on the clock.
 */
const cpuMsOfGroup = (group: number): number | null =>
  groupProcesses(group)?.reduce((sum, fields) => sum + ([11, 12, 13, 14].reduce((ticks, i) => ticks + Number(fields[i]), 0) * 1000) / TICKS_PER_SECOND, 0) ?? null;

interface Start {
  /** Until it says it is running, which it does once listening. */
  listeningMs: number;
  /** Until GET /api/health answers. */
  answeredMs: number;
  /** CPU time of every process of `npm start` until then. */
  cpuMs: number | null;
}

/** `npm start` in a process group of its own, from launch until it is listening and the health check answers; then stopped, as Ctrl+C would. */
async function startOnce(env: NodeJS.ProcessEnv): Promise<Start> {
  const port = await freePort();
  const launched = performance.now();
  // The npm that runs this benchmark, else the one on the PATH.
  const [command, args] = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath, 'start']] : ['npm', ['start']];
  const child = spawn(command, args, { cwd: ROOT, env: { ...env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let listeningMs: number | null = null;
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    if (listeningMs === null && output.includes('Probity is running')) listeningMs = Math.round(performance.now() - launched);
  };
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  const stopAll = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  // Interrupted, the benchmark takes its server with it.
  const orphaned = () => stopAll('SIGKILL');
  process.once('exit', orphaned);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start stopped before it was ready:\n${output}`);
      if (performance.now() - launched > 300_000) throw new Error(`npm start was not ready within five minutes:\n${output}`);
      // Asked only once it says it is listening, so that asking takes nothing from the start.
      if (listeningMs !== null && (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status === 200, () => false))) {
        return { listeningMs, answeredMs: Math.round(performance.now() - launched), cpuMs: cpuMsOfGroup(child.pid!) };
      }
      await pause(10);
    }
  } finally {
    stopAll('SIGTERM');
    // Until every process of it has gone: the next start needs the data directory.
    for (let waited = 0; groupProcesses(child.pid!)?.length; waited += 50) {
      if (waited === 15_000) stopAll('SIGKILL');
      await pause(50);
    }
    process.off('exit', orphaned);
  }
}

async function runOn(kind: DatabaseKind) {
  say(`\n${kind === 'embedded' ? 'Embedded database' : 'PostgreSQL'}`);
  const { dataDir, databaseUrl, drop } = await benchDatabase(kind, 'start_to_ready');
  const env: NodeJS.ProcessEnv = { ...process.env, PROBITY_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn', PROBITY_DEMO: '1', PROBITY_WEB_DEV: '0' };
  delete env.DATABASE_URL;
  delete env.PUBLIC_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  try {
    const first = await startOnce(env);
    say(`  first start (makes the database, seeds the demo): ${first.answeredMs} ms`);
    const starts: Start[] = [];
    for (let i = 0; i < STARTS; i++) {
      const start = await startOnce(env);
      starts.push(start);
      say(`  start ${i + 1}: listening after ${start.listeningMs} ms, answering after ${start.answeredMs} ms, ${start.cpuMs ?? '?'} ms of CPU`);
    }
    const cpu = starts.flatMap((start) => (start.cpuMs === null ? [] : [start.cpuMs]));
    const answeredMs = median(starts.map((start) => start.answeredMs));
    return {
      database: kind,
      firstStartMs: first.answeredMs,
      starts,
      medianListeningMs: median(starts.map((start) => start.listeningMs)),
      medianAnsweredMs: answeredMs,
      medianCpuMs: cpu.length ? median(cpu) : null,
      budgetMs: BUDGET_MS,
      verdict: answeredMs < BUDGET_MS ? 'pass' : 'miss',
    };
  } finally {
    await drop();
  }
}

type Run = Awaited<ReturnType<typeof runOn>>;



if (!EMBEDDED && !POSTGRES_SERVER) throw new Error('nothing to measure: BENCH_EMBEDDED=0 and no BENCH_DATABASE_URL');
const tree = commitOf(); // what the servers run: the tree as the run starts, not as it ends
for (const target of [web, server]) await buildIfStale(target);
const runs: Run[] = [];
if (EMBEDDED) runs.push(await runOn('embedded'));
if (POSTGRES_SERVER) runs.push(await runOn('postgres'));
else say('\n(PostgreSQL not measured: set BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test)');
const report = { when: new Date().toISOString(), ...tree, node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', load: os.loadavg().map((n) => Number(n.toFixed(2))), runs };
const lines = [
  '# Benchmark: start to ready',
  '',
  `Run ${report.when} on ${report.cpus} CPUs (${report.cpuModel}), Node.js ${report.node}, commit ${report.commit ?? 'unknown'}${report.uncommittedChanges ? ' with uncommitted changes' : ''}; ` +
    `load average ${report.load.join(', ')} at the end. From launching \`npm start\` until \`GET /api/health\` answers, with the build and the demo already there. Written by \`npm run bench:start\`.`,
  '',
  `Budget (issue 18, item 2): under ${BUDGET_MS} ms until the first answer; the verdict is the median's. Listening: until \`npm start\` prints that Probity is running, which it does once listening. CPU: that of every process of \`npm start\` until the first answer (npm, the build check, the server), which other work on the machine moves less than the time on the clock.`,
  '',
  '| database | first start ms | listening ms | first answer ms | CPU ms | median listening ms | median first answer ms | median CPU ms | budget | verdict |',
  '|---|---:|---|---|---|---:|---:|---:|---|---|',
  ...runs.map(
    (r) =>
      `| ${r.database} | ${r.firstStartMs} | ${r.starts.map((s) => s.listeningMs).join(', ')} | ${r.starts.map((s) => s.answeredMs).join(', ')} | ${r.starts.map((s) => s.cpuMs ?? '?').join(', ')} | ${r.medianListeningMs} | ${r.medianAnsweredMs} | ${r.medianCpuMs ?? '?'} | < ${r.budgetMs} ms | ${r.verdict === 'miss' ? '**miss**' : 'pass'} |`,
  ),
];
fs.mkdirSync(RESULTS, { recursive: true });
fs.writeFileSync(path.join(RESULTS, 'start.json'), `${JSON.stringify(report, null, 2)}\n`);
fs.writeFileSync(path.join(RESULTS, 'start.md'), `${lines.join('\n')}\n`);
say('\nWritten: bench/results/start.json and bench/results/start.md');
