import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The server started on a data directory it cannot use: one line that names the directory and what to do,
// a non-zero exit, and no stack trace.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-datadir-'));
afterAll(() => {
  fs.chmodSync(scratch, 0o700);
  for (const entry of fs.readdirSync(scratch)) fs.chmodSync(path.join(scratch, entry), 0o700);
  fs.rmSync(scratch, { recursive: true, force: true });
});

function start(dataDir: string, preload: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload.flatMap((p) => ['--import', p]), 'src/server/main.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', PROBITY_DEMO: '0', PROBITY_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output })));
}

// A process whose user may write anywhere (root) is not stopped by a directory's permissions.
const writesAnywhere = (() => {
  const probe = path.join(scratch, 'probe');
  fs.mkdirSync(probe, { mode: 0o555 });
  try {
    fs.writeFileSync(path.join(probe, 'x'), '');
    return true;
  } catch {
    return false;
  }
})();

describe('starting on a data directory that cannot be used', { timeout: 60_000 }, () => {
  it('says the data directory cannot be made when part of its path is a file', async () => {
    const file = path.join(scratch, 'a-file');
    fs.writeFileSync(file, '');
    const dataDir = path.join(file, 'data');
    const { code, output } = await start(dataDir);
    expect(code).toBe(1);
    expect(output.trim()).toBe(`Probity cannot start: The data directory ${dataDir} cannot be made: part of that path is a file, not a directory. Set PROBITY_DATA_DIR to a directory.`);
  });

  it.skipIf(writesAnywhere)('says the data directory cannot be written when it is read-only to this user (skipped as root, whom permissions do not stop)', async () => {
    const dataDir = path.join(scratch, 'read-only');
    fs.mkdirSync(dataDir, { mode: 0o555 });
    const { code, output } = await start(dataDir);
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      `Probity cannot start: The data directory ${dataDir} cannot be written by this user (writing ${path.join(dataDir, 'probity.lock')}): give this user write access to it, or set PROBITY_DATA_DIR to a directory it can write.`,
    );
  });

  it('says the disk is full when the first write into the data directory finds no space', async () => {
    const dataDir = path.join(scratch, 'full');
    const { code, output } = await start(dataDir, ['./test/fixtures/full-disk.ts']);
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      `Probity cannot start: The disk holding the data directory ${dataDir} is full (writing ${path.join(dataDir, 'probity.lock')}): free some space on it, or set PROBITY_DATA_DIR to a directory on another disk.`,
    );
  });
});
