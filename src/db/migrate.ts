import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

// Migrations are the SQL files drizzle-kit writes into ./migrations, applied in the journal's order.

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export class DatabaseNewerThanCode extends Error {}

export interface Migration {
  tag: string;
  hash: string;
  statements: string[];
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map(({ tag }) => {
    const text = fs.readFileSync(path.join(dir, `${tag}.sql`), 'utf8');
    return {
      tag,
      hash: crypto.createHash('sha256').update(text).digest('hex'),
      statements: text.split('--> statement-breakpoint').filter((s) => s.trim() !== ''),
    };
  });
}

/**
 * Applies the migrations the database has not had yet, in one transaction, under an advisory lock
 * so that two processes starting together do not both apply them. Safe to run any number of times.
 * Refuses a database that has migrations this code does not know, or whose applied files were edited.
 * Returns the tags it applied.
 */
export async function migrate(pool: pg.Pool, migrations = readMigrations()): Promise<string[]> {
  if (await upToDate(pool, migrations)) return [];
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const done = await applyMigrations(client, migrations);
    await client.query('COMMIT');
    return done;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** PostgreSQL's code for a table that does not exist: here, a database never migrated. */
const UNDEFINED_TABLE = '42P01';

/**
 * Whether the database has had exactly these migrations, as nearly every start finds: one read, without the
 * transaction and the lock that applying takes. Anything else (a new database, a migration to apply, one
 * this code does not know or that was edited) is for the transaction to apply or refuse.
 */
async function upToDate(pool: pg.Pool, migrations: Migration[]): Promise<boolean> {
  let applied: { tag: string; hash: string }[];
  try {
    applied = (await pool.query<{ tag: string; hash: string }>('SELECT tag, hash FROM probity_migrations')).rows;
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return false;
    throw error;
  }
  const hashes = new Map(applied.map((m) => [m.tag, m.hash]));
  return applied.length === migrations.length && migrations.every((m) => hashes.get(m.tag) === m.hash);
}

/**
 * The work of migrate, inside a transaction the caller has begun (a restore migrates and loads in one).
 * Applies the given migrations, in order, that the database has not had.
 */
export async function applyMigrations(client: pg.ClientBase, migrations: Migration[], known = migrations): Promise<string[]> {
  await client.query("SELECT pg_advisory_xact_lock(hashtext('probity.migrate'))");
  await client.query(
    'CREATE TABLE IF NOT EXISTS probity_migrations (tag text PRIMARY KEY, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied = new Map(
    (await client.query<{ tag: string; hash: string }>('SELECT tag, hash FROM probity_migrations')).rows.map((r) => [r.tag, r.hash]),
  );
  const knownTags = new Set(known.map((m) => m.tag));
  const unknown = [...applied.keys()].filter((tag) => !knownTags.has(tag));
  if (unknown.length > 0) {
    throw new DatabaseNewerThanCode(
      `The database is newer than this version of Probity: it has migrations this code does not know (${unknown.join(', ')}). ` +
        'Start the newer version of Probity, or restore a backup made by this version.',
    );
  }
  const done: string[] = [];
  for (const migration of migrations) {
    const hash = applied.get(migration.tag);
    if (hash !== undefined) {
      if (hash !== migration.hash) {
        throw new DatabaseNewerThanCode(`Migration ${migration.tag} was changed after it was applied; migrations are never edited.`);
      }
      continue;
    }
    for (const statement of migration.statements) await client.query(statement);
    await client.query('INSERT INTO probity_migrations (tag, hash) VALUES ($1, $2)', [migration.tag, migration.hash]);
    done.push(migration.tag);
  }
  return done;
}
