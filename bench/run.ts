import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

// What each benchmark's run needs: where it stands (the commit), a free port, and a database of its own, the
// embedded one in a new data directory or one made on the PostgreSQL server for the run and dropped after.

export const ROOT = path.resolve(import.meta.dirname, '..');
export const RESULTS = path.join(import.meta.dirname, 'results');
/** The PostgreSQL server to make a database on (BENCH_DATABASE_URL), and whether to measure the embedded database too (BENCH_EMBEDDED). */
export const POSTGRES_SERVER = process.env.BENCH_DATABASE_URL;
export const EMBEDDED = process.env.BENCH_EMBEDDED !== '0';

export type DatabaseKind = 'embedded' | 'postgres';

export const say = (line = '') => process.stdout.write(`${line}\n`);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function commitOf(): { commit: string | null; uncommittedChanges: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return { commit, uncommittedChanges: status.length > 0 };
  } catch {
    return { commit: null, uncommittedChanges: null };
  }
}

/** A new data directory, and on PostgreSQL a new database named from `prefix`; `drop` removes both. */
export async function benchDatabase(kind: DatabaseKind, prefix: string): Promise<{ dataDir: string; databaseUrl: string | undefined; drop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix.replaceAll('_', '-')}-`));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'embedded') return { dataDir, databaseUrl: undefined, drop: async () => removeDir() };
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: POSTGRES_SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_SERVER!);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      removeDir();
    },
  };
}

process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
