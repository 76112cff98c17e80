import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SYNC_EVERY_MS } from '../src/platform/rate-limits.ts';

// Two server processes on one PostgreSQL database, as behind a load balancer without sticky sessions: a
// session made through one is used, and ended, through the other, and a request limit holds across both.
// The embedded database admits one process only (test/lifecycle.test.ts), so this runs in the PostgreSQL run.

const PASSWORD = 'scale-out-demo-2026';
const server = inject('databaseServer');
const children: ChildProcess[] = [];
const dirs: string[] = [];
let database: { url: string; drop: () => Promise<void> };
let one: string;
let two: string;

async function start(url: string): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-scale-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      PROBITY_DATA_DIR: dataDir,
      PROBITY_DEMO: '1',
      PROBITY_DEMO_PASSWORD: PASSWORD,
      PROBITY_SECRET_KEY: '7a'.repeat(32),
      RATE_LIMIT_PER_MINUTE: '12',
      PUBLIC_URL: '',
      SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started within 110 s:\n${output}`)), 110_000);
    const look = () => {
      const running = /running at (\S+)/.exec(output);
      if (running) {
        clearTimeout(timer);
        resolve(running[1]!);
      } else if (child.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`stopped (${child.exitCode}):\n${output}`));
      } else setTimeout(look, 50);
    };
    look();
  });
}

async function signIn(base: string, email: string) {
  const response = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => /probity_session=/.test(c))!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

const me = async (base: string, headers: Record<string, string>) => (await fetch(`${base}/api/me`, { headers })).status;
const synchronised = () => new Promise((resolve) => setTimeout(resolve, 2 * SYNC_EVERY_MS + 300));

describe.skipIf(!server)('two server processes on one PostgreSQL database', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    const name = `probity_scale_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server!);
    url.pathname = `/${name}`;
    database = {
      url: url.toString(),
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
    // The first migrates and seeds the demo; the second finds both done.
    one = await start(database.url);
    two = await start(database.url);
  }, 240_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await database?.drop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes a session made through one through the other, and ends it for both', async () => {
    const headers = await signIn(one, 'teacher@demo.test');
    expect(await me(two, headers)).toBe(200);
    expect((await fetch(`${two}/api/session`, { method: 'DELETE', headers })).status).toBe(204);
    expect(await me(one, headers)).toBe(401);
  });

  it('holds a person to one request limit across both', async () => {
    // Counted by the minute (the servers' own clock): starting late in one, the requests could fall in two.
    const intoTheMinute = Date.now() % 60_000;
    if (intoTheMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 61_000 - intoTheMinute));
    // Someone the first test did not count.
    const headers = await signIn(two, 'member@demo.test');
    for (let i = 0; i < 7; i++) expect(await me(one, headers)).toBe(200);
    await synchronised();
    for (let i = 0; i < 5; i++) expect(await me(two, headers)).toBe(200);
    await synchronised();
    // Twelve in the minute, seven through one and five through the other: the next is refused by either.
    expect(await me(one, headers)).toBe(429);
    expect(await me(two, headers)).toBe(429);
  });
});
