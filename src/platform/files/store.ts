import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { s3FileStore } from './s3.ts';

// Where file contents live: outside the database, behind one small interface.

export interface FileStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  remove(key: string): Promise<void>;
}

/** Files in a local directory, written aside and renamed into place so a crash leaves no half-file. */
export function localFileStore(root: string): FileStore {
  const where = (key: string) => {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('invalid storage key');
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const target = where(key);
      await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const aside = `${target}.${crypto.randomUUID()}.part`;
      await fs.writeFile(aside, bytes, { mode: 0o600 });
      await fs.rename(aside, target);
    },
    async get(key) {
      return new Uint8Array(await fs.readFile(where(key)));
    },
    async remove(key) {
      await fs.rm(where(key), { force: true });
    },
  };
}

export function openFileStore(settings: Config['fileStore']): FileStore {
  return settings.kind === 's3' ? s3FileStore(settings) : localFileStore(settings.dir);
}
