import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/index.ts';

// The server as a process: start, refuse a second one on the same data, stop cleanly, survive kill -9.

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', PROBITY_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp, ms = 30_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)), ms);
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        } else setTimeout(check, 50);
      };
      check();
    });
  return { child, exited, waitFor, output: () => output };
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'probity-life-'));
const server = (dataDir: string) => run('src/server/main.ts', [], { PROBITY_DATA_DIR: dataDir });

// Each starts Probity in a child process, most on a new data directory, whose first start creates the
// database and applies every migration: seconds on a quiet machine, several times that on a busy one.
describe('the server process', { timeout: 120_000 }, () => {
  it('refuses at once to start a second process on the same data directory, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    const first = server(dataDir);
    const [, url] = await first.waitFor(/running at (\S+)/);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);

    const second = server(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by another Probity process \(pid \d+\)/);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'probity.lock'))).toBe(false);

    const again = server(dataDir);
    await again.waitFor(/running at/);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  });

  it('loses no committed write when killed with SIGKILL in the middle of writing, and opens normally afterwards', async () => {
    const dataDir = tempDir();
    const writer = run('test/fixtures/writer.ts', [dataDir]);
    await writer.waitFor(/committed 40\n/);
    writer.child.kill('SIGKILL');
    await writer.exited;
    const committed = Math.max(...[...writer.output().matchAll(/committed (\d+)/g)].map((m) => Number(m[1])));
    expect(fs.existsSync(path.join(dataDir, 'probity.lock'))).toBe(true); // left behind by the killed process

    const database = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      const { rows } = await database.pool.query<{ n: string }>("SELECT count(*) AS n FROM outbox WHERE \"to\" = 'crash@example.test'");
      expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(committed);
    } finally {
      await database.close();
    }
  });

  it('leaves nothing half-made when killed during the first start', async () => {
    const dataDir = tempDir();
    const first = server(dataDir);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.child.kill('SIGKILL');
    await first.exited;
    const entries = fs.readdirSync(dataDir);
    // Either nothing was made yet, or only a complete database was renamed into place.
    expect(entries.filter((e) => e !== 'probity.lock' && e !== 'pgdata' && !e.startsWith('pgdata.new-'))).toEqual([]);

    const second = server(dataDir);
    const [, url] = await second.waitFor(/running at (\S+)/);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect(fs.readdirSync(dataDir).filter((e) => e.startsWith('pgdata.new-'))).toEqual([]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses to start on a database that a newer Probity has migrated, and touches nothing', async () => {
    const dataDir = tempDir();
    const database = await openDatabase({ databaseUrl: undefined, dataDir });
    await database.pool.query("INSERT INTO probity_migrations (tag, hash) VALUES ('9999_from_the_future', 'x')");
    await database.close();
    const started = server(dataDir);
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/Probity cannot start: The database is newer than this version of Probity.*9999_from_the_future/);
  });

  it('says clearly what is wrong with a bad setting', async () => {
    const bad = run('src/server/main.ts', [], { PORT: 'eighty' });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain('PORT');
  });
});
