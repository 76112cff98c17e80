import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { servePGlite } from './socket.ts';

// The embedded database: PGlite with its data in a directory, served on a private Unix socket
// (./socket.ts) so that the rest of Probity talks node-postgres to it exactly as it would to a server.
// PGlite is loaded only when the embedded database is used: a start on a PostgreSQL server does without it.

export class DataDirectoryInUse extends Error {}

/** The data directory cannot be made or written: full, read-only, or not a directory. */
export class DataDirectoryUnusable extends Error {}

// PGlite's file system reports the operating system's errors by Emscripten's numbers.
const EMSCRIPTEN_ERRNO: Record<number, string> = { 2: 'EACCES', 19: 'EDQUOT', 51: 'ENOSPC', 54: 'ENOTDIR', 63: 'EPERM', 69: 'EROFS' };

/** Says in one line what stops the data directory being used, and what to do; null for any other failure. */
export function dataDirectoryProblem(error: unknown, dataDir: string): DataDirectoryUnusable | null {
  const failure = error as (NodeJS.ErrnoException & { errno?: number }) | null;
  const code = failure?.name === 'ErrnoError' && typeof failure.errno === 'number' ? EMSCRIPTEN_ERRNO[failure.errno] : failure?.code;
  const message = error instanceof Error ? error.message : String(error);
  // A failure elsewhere (the socket's temporary directory) is not the data directory's.
  const at = failure?.path ? path.resolve(failure.path) : undefined;
  const inDataDir = path.resolve(dataDir);
  if (at && !at.startsWith(inDataDir) && !inDataDir.startsWith(at)) return null;
  const where = failure?.path && failure.path !== dataDir ? ` (writing ${failure.path})` : '';
  if (code === 'ENOSPC' || code === 'EDQUOT' || /no space left on device|disk quota exceeded/i.test(message)) {
    return new DataDirectoryUnusable(`The disk holding the data directory ${dataDir} is full${where}: free some space on it, or set PROBITY_DATA_DIR to a directory on another disk.`);
  }
  if (code === 'EROFS' || /read-only file system/i.test(message)) {
    return new DataDirectoryUnusable(`The data directory ${dataDir} is on a read-only file system: set PROBITY_DATA_DIR to a directory that can be written.`);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new DataDirectoryUnusable(`The data directory ${dataDir} cannot be written by this user${where}: give this user write access to it, or set PROBITY_DATA_DIR to a directory it can write.`);
  }
  if (code === 'ENOTDIR' || (code === 'EEXIST' && failure?.syscall === 'mkdir')) {
    return new DataDirectoryUnusable(`The data directory ${dataDir} cannot be made: part of that path is a file, not a directory. Set PROBITY_DATA_DIR to a directory.`);
  }
  return null;
}

export interface EmbeddedDatabase {
  /** A node-postgres connection string for the socket. */
  url: string;
  close(): Promise<void>;
}

const LOCK_FILE = 'probity.lock';
export const PG_DIR = 'pgdata';

/** Linux process start time, so that a reused pid is not mistaken for the lock's owner. */
function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number, started: string | undefined): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = processStart(pid);
  return started === undefined || now === undefined || now === started;
}

/**
 * PGlite does not lock its directory and two processes on one directory corrupt it,
 * so Probity holds a lock file for as long as it runs. A lock left by a dead process is taken over.
 */
export function acquireLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, started: processStart(process.pid) });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, mine, { flag: 'wx', mode: 0o600 });
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === mine) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: { pid?: unknown; started?: unknown } = {};
    try {
      holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as typeof holder;
    } catch {
      // unreadable or half-written: treated as stale
    }
    if (typeof holder.pid === 'number' && isAlive(holder.pid, typeof holder.started === 'string' ? holder.started : undefined)) {
      throw new DataDirectoryInUse(
        `The data directory ${dataDir} is in use by another Probity process (pid ${holder.pid}). ` +
          'Stop that process first, or set PROBITY_DATA_DIR to another directory.',
      );
    }
    fs.rmSync(lockPath, { force: true });
  }
  throw new DataDirectoryInUse(`Could not take the lock on ${dataDir}: another process is starting on it.`);
}

/**
 * A new database is made aside and renamed into place only when complete,
 * so that a crash during the first start leaves nothing half-made.
 */
async function ensureDatabaseDirectory(dataDir: string): Promise<string> {
  const target = path.join(dataDir, PG_DIR);
  for (const entry of fs.readdirSync(dataDir)) {
    if (entry.startsWith(`${PG_DIR}.new-`)) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  }
  if (fs.existsSync(target)) return target;
  const aside = path.join(dataDir, `${PG_DIR}.new-${process.pid}`);
  const { PGlite } = await import('@electric-sql/pglite');
  const fresh = await PGlite.create({ dataDir: aside });
  await fresh.close();
  fs.renameSync(aside, target);
  return target;
}

export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  let releaseLock: () => void;
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // The first write at start: a full disk or a read-only directory is found here, before PGlite starts.
    releaseLock = acquireLock(dataDir);
  } catch (error) {
    throw dataDirectoryProblem(error, dataDir) ?? error;
  }
  let pglite: PGlite | undefined;
  let socketDir: string | undefined;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    pglite = await PGlite.create({ dataDir: await ensureDatabaseDirectory(dataDir) });
    // The socket lives in a private temporary directory: Unix socket paths are limited to about 100 bytes.
    socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-'));
    const server = await servePGlite(pglite, path.join(socketDir, '.s.PGSQL.5432'), (error) => console.error('embedded database connection failed:', error));
    const db = pglite;
    const dir = socketDir;
    return {
      url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}`,
      async close() {
        await server.close();
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
        releaseLock();
      },
    };
  } catch (error) {
    await pglite?.close().catch(() => undefined);
    if (socketDir) fs.rmSync(socketDir, { recursive: true, force: true });
    releaseLock();
    throw dataDirectoryProblem(error, dataDir) ?? error;
  }
}
