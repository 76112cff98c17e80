import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/index.ts';
import { loadCodes } from '../features/codes/index.ts';
import { audit, verifyAll } from '../platform/audit/index.ts';
import { people } from '../platform/people/schema.ts';
import { clock } from '../platform/clock.ts';
import { buildApp } from '../server/app.ts';
import { seedDemoOrganisations } from '../server/demo.ts';
import { startClockAt } from '../../test/clock.ts';
import { run } from './commands.ts';

// `probity backup` and `probity restore`, on databases of the test's own: embedded ones in data directories
// of their own in the embedded run, new databases on the server in the PostgreSQL run.

const server = inject('databaseServer');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-backup-'));
const madeDatabases: string[] = [];
const saved = { ...process.env };

/** A new, empty database: where it is, as the environment names it. */
async function newDatabase(name: string): Promise<Record<string, string | undefined>> {
  if (!server) return { PROBITY_DATA_DIR: path.join(scratch, name), DATABASE_URL: undefined };
  const database = `probity_backup_${name}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  madeDatabases.push(database);
  const url = new URL(server);
  url.pathname = `/${database}`;
  return { PROBITY_DATA_DIR: path.join(scratch, name), DATABASE_URL: url.toString() };
}

function use(environment: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(environment)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

async function probity(environment: Record<string, string | undefined>, ...args: string[]) {
  use(environment);
  const lines: string[] = [];
  const code = await run(args, { out: (line) => lines.push(line), err: (line) => lines.push(line) });
  return { code, text: lines.join('\n') };
}

/** Each table's row count and a digest of its rows in order, and each sequence's value. */
async function contents(environment: Record<string, string | undefined>) {
  use(environment);
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { rows: tables } = await database.pool.query<{ name: string }>(
      "SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'probity_migrations' ORDER BY 1",
    );
    const digests: Record<string, { rows: number; digest: string | null }> = {};
    for (const { name } of tables) {
      const { rows } = await database.pool.query<{ rows: string; digest: string | null }>(`SELECT count(*) AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${name}" t`);
      digests[name] = { rows: Number(rows[0]!.rows), digest: rows[0]!.digest };
    }
    const { rows: sequences } = await database.pool.query<{ name: string; value: string | null }>("SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1");
    return { digests, sequences };
  } finally {
    await database.close();
  }
}

/** Every file under a file store's directory, with a digest of its bytes. */
function storedFiles(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    found[path.relative(dir, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return found;
}

/** The tables in a database, looked at without migrating it. */
async function tableCount(environment: Record<string, string | undefined>): Promise<number> {
  if (environment.DATABASE_URL) {
    const client = new pg.Client({ connectionString: environment.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'");
    await client.end();
    return Number(rows[0]!.n);
  }
  if (!fs.existsSync(path.join(environment.PROBITY_DATA_DIR!, 'pgdata'))) return 0;
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = await PGlite.create({ dataDir: path.join(environment.PROBITY_DATA_DIR!, 'pgdata') });
  const { rows } = await lite.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
  await lite.close();
  return rows[0]!.n;
}

beforeAll(() => {
  delete process.env.PROBITY_SECRET_KEY;
  delete process.env.PROBITY_AUDIT_ANCHORS;
  delete process.env.PROBITY_FILES_DIR;
  startClockAt(new Date('2026-11-25T10:00:00Z'));
});
afterAll(async () => {
  process.env = saved;
  clock.set(null);
  fs.rmSync(scratch, { recursive: true, force: true });
  if (server && madeDatabases.length > 0) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    for (const name of madeDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});

// Each makes databases of its own and applies every migration to them: slow on a busy machine.
describe('probity backup and restore', { timeout: 300_000 }, () => {
  it('round-trips a database made through the app: the same rows in every table, sequences carried over, every audit chain intact', async () => {
    const original = await newDatabase('original');
    use(original);
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', PROBITY_DEMO: '1' });
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    const app = await buildApp({ config, database });
    await app.ready();
    await loadCodes(database.db);
    expect(await seedDemoOrganisations(database, { db: database.db, mailer: app.mailer, files: app.files, publicUrl: config.publicUrl }, config.demoPassword)).toBe(true);
    // An audited write through the app, and values awkward to carry: quotes, a backslash, a new line, a tab, a character beyond the BMP.
    const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'admin@demo.test', password: config.demoPassword } });
    expect(signIn.statusCode).toBe(200);
    await database.db.insert(people).values({ email: 'awkward@example.test', givenName: `O'Brien "Ba\\ck"\n\tslash`, familyName: 'Łukasz 🦉' });
    await database.db.transaction((tx) => audit(tx, { personId: null, requestId: 'backup-test' }, { organisationId: null, action: 'audit.verified', recordType: 'audit_trail', details: { note: 'a "quoted" \\ value\n', n: 1.5, list: [1, null, 'x'] } }));
    // A submitted declaration naming someone: the database keeps its connection in a table of its own (by a trigger).
    await database.pool.query("UPDATE declarations SET named_person_ids = ARRAY[(SELECT id FROM people WHERE email = 'awkward@example.test')] WHERE id = (SELECT id FROM declarations WHERE state <> 'draft' ORDER BY id LIMIT 1)");
    await app.close();
    await database.close();
    const before = await contents(original);
    expect(before.digests.audit_events!.rows).toBeGreaterThan(10);
    expect(before.digests.declared_connections!.rows).toBeGreaterThan(0);
    expect(before.digests.organisations!.rows).toBeGreaterThanOrEqual(3);

    const file = path.join(scratch, 'probity.backup');
    const made = await probity(original, 'backup', file);
    expect(made.code, made.text).toBe(0);
    expect(made.text).toMatch(/^Backed up \d+ tables, [\d,]+ rows and [1-9]\d* uploaded files? \(at migration \d{4}_\w+\) to .*probity\.backup/);
    expect(made.text).toContain('Not in it: the secret key');

    // An existing file is kept unless told otherwise.
    const again = await probity(original, 'backup', file);
    expect(again).toEqual({ code: 2, text: `probity: ${file} already exists: choose another name, or add --force to replace it.` });
    expect((await probity(original, 'backup', file, '--force')).code).toBe(0);

    const copy = await newDatabase('copy');
    const restored = await probity(copy, 'restore', file);
    expect(restored.code, restored.text).toBe(0);
    expect(restored.text).toMatch(/^Restored \d+ tables, [\d,]+ rows and [1-9]\d* uploaded files? from .* made at 20\d\d-/);
    expect(restored.text).toMatch(/The audit trail is intact \(\d+ chains\)\./);
    expect(restored.text).not.toContain('FAIL');

    const after = await contents(copy);
    expect(after).toEqual(before);
    // The uploaded files, byte for byte, in the restored database's file store.
    expect(storedFiles(path.join(copy.PROBITY_DATA_DIR!, 'files'))).toEqual(storedFiles(path.join(original.PROBITY_DATA_DIR!, 'files')));

    // The restored database carries on: a new audit entry follows on from the restored chain.
    use(copy);
    const reopened = await openDatabase({ databaseUrl: loadConfig().databaseUrl, dataDir: loadConfig().dataDir });
    try {
      await reopened.db.transaction((tx) => audit(tx, { personId: null, requestId: 'after-restore' }, { organisationId: null, action: 'audit.verified', recordType: 'audit_trail' }));
      const reports = await verifyAll(reopened.db);
      expect(reports.every((r) => r.ok)).toBe(true);
      const { rows } = await reopened.pool.query<{ seq: string }>("SELECT max(seq)::text AS seq FROM audit_events WHERE request_id = 'after-restore'");
      const carried = before.sequences.find((s) => s.name === 'audit_events_seq_seq')!.value;
      expect(Number(rows[0]!.seq)).toBe(Number(carried) + 1);
    } finally {
      await reopened.close();
    }

    // On a server, an owner who is not a superuser restores the same: the references are checked as rows go in,
    // in the backup's order, and the tables' own triggers are held off while they do (a kept table is in the backup).
    if (server) {
      const owner = `probity_owner_${process.pid}`;
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`CREATE ROLE ${owner} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      await admin.query(`GRANT probity_app TO ${owner}`);
      const owned = await newDatabase('owned');
      const ownedName = new URL(owned.DATABASE_URL!).pathname.slice(1);
      await admin.query(`ALTER DATABASE ${ownedName} OWNER TO ${owner}`);
      const asOwner = new URL(owned.DATABASE_URL!);
      asOwner.username = owner;
      try {
        const byOwner = await probity({ ...owned, DATABASE_URL: asOwner.toString() }, 'restore', file);
        expect(byOwner.code, byOwner.text).toBe(0);
        expect(await contents(owned)).toEqual(before);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${ownedName} WITH (FORCE)`);
        await admin.query(`DROP OWNED BY ${owner}`).catch(() => undefined);
        await admin.query(`DROP ROLE IF EXISTS ${owner}`);
        await admin.end();
      }
    }

    // Restoring into a database that has rows is refused, and changes nothing.
    const before2 = await contents(copy);
    const refused = await probity(copy, 'restore', file);
    expect(refused.code).toBe(2);
    expect(refused.text).toMatch(/^probity: The database is not empty \(\w+ has rows\), and a restore never overwrites: .* Nothing was changed\.$/);
    expect(await contents(copy)).toEqual(before2);

    // A file cut short, one damaged inside, and one that is no backup at all: each refused, leaving the database as it was.
    const whole = fs.readFileSync(file);
    const cut = path.join(scratch, 'cut.backup');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const lines = zlib.gunzipSync(whole).toString('utf8').split('\n');
    const middle = lines.findIndex((line, i) => i > lines.length / 2 && line.startsWith('['));
    lines[middle] = lines[middle]!.slice(0, -3);
    const damaged = path.join(scratch, 'damaged.backup');
    fs.writeFileSync(damaged, zlib.gzipSync(lines.join('\n')));
    const lastCut = path.join(scratch, 'no-end.backup');
    fs.writeFileSync(lastCut, zlib.gzipSync(zlib.gunzipSync(whole).toString('utf8').split('\n').slice(0, -2).join('\n')));
    const notABackup = path.join(scratch, 'notes.txt');
    fs.writeFileSync(notABackup, 'not a backup\n');

    const empty = await newDatabase('empty');
    const cutShort = await probity(empty, 'restore', cut);
    expect(cutShort.code).toBe(2);
    expect(cutShort.text).toMatch(/is damaged or cut short \(.*\); nothing was restored\.$/);
    const badLine = await probity(empty, 'restore', damaged);
    expect(badLine.code).toBe(2);
    expect(badLine.text).toMatch(/is damaged: a row is not JSON \(line \d+\); nothing was restored\.$/);
    const noEnd = await probity(empty, 'restore', lastCut);
    expect(noEnd.code).toBe(2);
    expect(noEnd.text).toMatch(/is cut short: it ends before its last line; nothing was restored\.$/);
    expect(await probity(empty, 'restore', notABackup)).toEqual({ code: 2, text: `probity: ${notABackup} is not a Probity backup (it is not gzip-compressed).` });
    expect(await tableCount(empty)).toBe(0);
  });

  it('refuses, touching nothing, a backup from a newer version, one in another format, and a backup of nothing', async () => {
    const gzipped = (lines: unknown[]) => zlib.gzipSync(lines.map((line) => JSON.stringify(line)).join('\n'));
    const target = await newDatabase('untouched');
    const newer = path.join(scratch, 'newer.backup');
    fs.writeFileSync(newer, gzipped([{ probityBackup: 1, madeAt: '2026-11-25T10:00:00.000Z', database: 'embedded', migrations: [{ tag: '0000_not_this_one', hash: 'x' }] }, { end: true, tables: 0, rows: 0, files: 0, sequences: [] }]));
    expect(await probity(target, 'restore', newer)).toEqual({
      code: 2,
      text: `probity: ${newer} was made by a newer version of Probity (its database has migration 0000_not_this_one, which this version does not know): restore it with that version or a later one.`,
    });
    const format = path.join(scratch, 'format.backup');
    fs.writeFileSync(format, gzipped([{ probityBackup: 2, madeAt: '2026-11-25T10:00:00.000Z', database: 'embedded', migrations: [] }]));
    expect(await probity(target, 'restore', format)).toEqual({ code: 2, text: `probity: ${format} is a backup in format 2, which this version of Probity does not read (it reads format 1).` });
    expect(await tableCount(target)).toBe(0);

    const nothing = { PROBITY_DATA_DIR: path.join(scratch, 'never-started'), DATABASE_URL: undefined };
    if (!server) {
      expect(await probity(nothing, 'backup', path.join(scratch, 'nothing.backup'))).toEqual({
        code: 2,
        text: `probity: There is no embedded database in ${nothing.PROBITY_DATA_DIR} to back up (set PROBITY_DATA_DIR, or DATABASE_URL for a PostgreSQL server).`,
      });
    }
    const nowhere = path.join(scratch, 'no-such-folder', 'x.backup');
    expect(await probity(target, 'backup', nowhere)).toEqual({ code: 2, text: `probity: The folder of ${nowhere} does not exist.` });
    expect(await probity(target, 'backup')).toEqual({ code: 2, text: 'probity: backup needs one FILE to write\nRun "probity help" for the commands.' });
  });
});
