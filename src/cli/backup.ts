import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import pg from 'pg';
import { PG_DIR, startEmbeddedDatabase } from '../db/embedded.ts';
import { applyMigrations, readMigrations } from '../db/migrate.ts';
import type { FileStore } from '../platform/files/store.ts';

// `probity backup FILE` and `probity restore FILE`: a logical copy of every table of the public schema,
// read and written through SQL alone, so that it works the same on the embedded database and on a
// PostgreSQL server, with no pg_dump. The file is gzipped JSON lines:
//   {"probityBackup":1, "madeAt", "database", "migrations":[{tag, hash}]}    the header
//   {"table":"…", "columns":["…"]}  then one JSON array per row, each value PostgreSQL's own text for it
//   (or null), then {"rows":N}                                                   for each table, parents first
//   {"file":"…", "data":"…"}        each uploaded file a table names by its storage_key, its bytes in base64
//   {"end":true, "tables":N, "rows":N, "files":N, "sequences":[{name, lastValue}]}   the end: without it, the file is cut short
// Values travel as PostgreSQL's text form under fixed settings (below), which its input functions read back
// exactly: bytea, jsonb, timestamps, enums, arrays, numeric alike. Left out: the record of migrations (the
// header names them; a restore applies them), columns computed from others, and pg-boss's job queue (its
// schedules are made again at every start; a job waiting at the time is not kept).

export const BACKUP_FORMAT = 1;

/** A backup or restore refused for its input or the state of the database; the message says what was left as it was. */
export class BackupRefused extends Error {}

export interface DatabaseSetting {
  databaseUrl: string | undefined;
  dataDir: string;
}

interface Table {
  name: string;
  columns: string[];
  types: string[];
  identity: boolean;
}

interface Header {
  probityBackup: number;
  madeAt: string;
  database: 'embedded' | 'postgres';
  migrations: { tag: string; hash: string }[];
}

interface End {
  end: true;
  tables: number;
  rows: number;
  files: number;
  sequences: { name: string; lastValue: string | null }[];
}

export interface BackupSummary {
  tables: number;
  rows: number;
  files: number;
  /** Files a row names that the file store no longer has. */
  missingFiles: string[];
  migration: string | null;
  bytes: number;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  files: number;
  madeAt: string;
  migration: string | null;
  /** Migrations of this version newer than the backup, applied after loading it. */
  broughtUpToDate: string[];
}

// So that every value's text is read back as the same value, whatever the server's defaults.
const TEXT_SETTINGS = [
  "SET LOCAL TimeZone = 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  'SET LOCAL extra_float_digits = 3',
  "SET LOCAL bytea_output = 'hex'",
];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A connection to the configured database, without migrating it: a backup changes nothing, a restore migrates in its own transaction. */
async function connect(setting: DatabaseSetting, purpose: 'backup' | 'restore') {
  if (setting.databaseUrl) {
    const client = new pg.Client({ connectionString: setting.databaseUrl });
    await client.connect();
    return { client, kind: 'postgres' as const, close: () => client.end() };
  }
  if (purpose === 'backup' && !fs.existsSync(path.join(setting.dataDir, PG_DIR))) {
    throw new BackupRefused(`There is no embedded database in ${setting.dataDir} to back up (set PROBITY_DATA_DIR, or DATABASE_URL for a PostgreSQL server).`);
  }
  const embedded = await startEmbeddedDatabase(setting.dataDir);
  const client = new pg.Client({ connectionString: embedded.url });
  try {
    await client.connect();
  } catch (error) {
    await embedded.close();
    throw error;
  }
  return {
    client,
    kind: 'embedded' as const,
    close: async () => {
      await client.end();
      await embedded.close();
    },
  };
}

/** The tables of the public schema with the columns a backup carries, parents before the tables that refer to them. */
async function tablesOf(client: pg.ClientBase): Promise<Table[]> {
  const { rows: columns } = await client.query<{ table: string; column: string; type: string; identity: string }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attidentity AS identity
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'probity_migrations'
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const tables = new Map<string, Table>();
  for (const row of columns) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [], types: [], identity: false };
    table.columns.push(row.column);
    table.types.push(row.type);
    if (row.identity === 'a') table.identity = true;
    tables.set(row.table, table);
  }
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND child.relname <> parent.relname`,
  );
  const parents = new Map<string, Set<string>>([...tables.keys()].map((name) => [name, new Set<string>()]));
  for (const { child, parent } of references) if (tables.has(parent)) parents.get(child)?.add(parent);
  const ordered: Table[] = [];
  const placed = new Set<string>();
  while (placed.size < tables.size) {
    const ready = [...tables.keys()].filter((name) => !placed.has(name) && [...parents.get(name)!].every((p) => placed.has(p)));
    // A cycle of references (none today) is loaded with the references' checks held off; any order does.
    const next = ready.length > 0 ? ready : [...tables.keys()].filter((name) => !placed.has(name)).slice(0, 1);
    for (const name of next) {
      placed.add(name);
      ordered.push(tables.get(name)!);
    }
  }
  return ordered;
}

async function appliedMigrations(client: pg.ClientBase): Promise<{ tag: string; hash: string }[]> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('public.probity_migrations') IS NOT NULL AS exists");
  if (!rows[0]!.exists) return [];
  const known = readMigrations().map((m) => m.tag);
  const applied = (await client.query<{ tag: string; hash: string }>('SELECT tag, hash FROM probity_migrations')).rows;
  // In the order they were made: this version's order, then any it does not know.
  const rank = (tag: string) => (known.includes(tag) ? known.indexOf(tag) : known.length);
  return applied.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag)).map(({ tag, hash }) => ({ tag, hash }));
}

/** Writes a backup of the configured database to file; refuses to replace an existing file unless told to. */
export async function backup(setting: DatabaseSetting, file: string, options: { force?: boolean; files?: FileStore } = {}): Promise<BackupSummary> {
  if (fs.existsSync(file) && !options.force) throw new BackupRefused(`${file} already exists: choose another name, or add --force to replace it.`);
  if (!fs.existsSync(path.dirname(path.resolve(file)))) throw new BackupRefused(`The folder of ${file} does not exist.`);
  const database = await connect(setting, 'backup');
  // Written aside and renamed into place once complete: a failed backup leaves no half-file, nor replaces a good one.
  const aside = `${file}.partial-${process.pid}`;
  const output = fs.createWriteStream(aside, { mode: 0o600 });
  let failed: Error | undefined;
  const gzip = zlib.createGzip();
  output.on('error', (error) => {
    failed = error;
    gzip.destroy(error);
  });
  gzip.on('error', (error) => (failed ??= error));
  gzip.pipe(output);
  const write = async (value: unknown) => {
    if (failed) throw new BackupRefused(`Could not write ${file}: ${failed.message}`);
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const { client } = database;
  try {
    // One snapshot: a backup taken while PostgreSQL serves is as of one moment.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const setting of TEXT_SETTINGS) await client.query(setting);
    const migrations = await appliedMigrations(client);
    const header: Header = { probityBackup: BACKUP_FORMAT, madeAt: new Date().toISOString(), database: database.kind, migrations };
    await write(header);
    const tables = await tablesOf(client);
    let total = 0;
    for (const table of tables) {
      await write({ table: table.name, columns: table.columns });
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${table.columns.map((c) => `${quote(c)}::text`).join(', ')} FROM ${quote(table.name)}`);
      let rows = 0;
      for (;;) {
        const page = await client.query<unknown[]>({ text: 'FETCH 1000 FROM backup_rows', rowMode: 'array' });
        for (const row of page.rows) await write(row);
        rows += page.rows.length;
        if (page.rows.length < 1000) break;
      }
      await client.query('CLOSE backup_rows');
      await write({ rows });
      total += rows;
    }
    // The uploaded files the rows name, from whichever store holds them (a directory, or an S3 bucket).
    let files = 0;
    const missingFiles: string[] = [];
    if (options.files) {
      const { rows: holders } = await client.query<{ table: string }>(
        `SELECT c.relname AS table FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attname = 'storage_key' AND NOT a.attisdropped ORDER BY 1`,
      );
      const keys = new Set<string>();
      for (const { table } of holders) {
        for (const { key } of (await client.query<{ key: string }>(`SELECT DISTINCT storage_key AS key FROM ${quote(table)} WHERE storage_key IS NOT NULL`)).rows) keys.add(key);
      }
      for (const key of [...keys].sort()) {
        let bytes: Uint8Array;
        try {
          bytes = await options.files.get(key);
        } catch {
          missingFiles.push(key);
          continue;
        }
        await write({ file: key, data: Buffer.from(bytes).toString('base64') });
        files++;
      }
    }
    // Read after every row: each sequence is at least the highest number any backed-up row took from it.
    const { rows: sequences } = await client.query<{ name: string; lastValue: string | null }>(
      "SELECT sequencename AS name, last_value::text AS \"lastValue\" FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename",
    );
    const end: End = { end: true, tables: tables.length, rows: total, files, sequences };
    await write(end);
    await client.query('COMMIT');
    gzip.end();
    await finished(output);
    fs.renameSync(aside, file);
    return { tables: tables.length, rows: total, files, missingFiles, migration: migrations.at(-1)?.tag ?? null, bytes: fs.statSync(file).size };
  } catch (error) {
    gzip.destroy();
    output.destroy();
    fs.rmSync(aside, { force: true });
    throw error;
  } finally {
    await database.close();
  }
}

/** The lines of a gzipped file, one at a time; a damaged or cut-short file ends in a BackupRefused. */
async function* linesOf(file: string): AsyncGenerator<string> {
  const handle = fs.openSync(file, 'r');
  const magic = Buffer.alloc(2);
  fs.readSync(handle, magic, 0, 2, 0);
  fs.closeSync(handle);
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) throw new BackupRefused(`${file} is not a Probity backup (it is not gzip-compressed).`);
  // A line (an uploaded file's) may span many chunks: its pieces are joined once it ends.
  let pending: string[] = [];
  try {
    for await (const chunk of fs.createReadStream(file).pipe(zlib.createGunzip({ chunkSize: 1 << 16 })).setEncoding('utf8')) {
      const text = chunk as string;
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        pending.push(text.slice(start, end));
        yield pending.join('');
        pending = [];
        start = end + 1;
      }
      if (start < text.length) pending.push(text.slice(start));
    }
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused(`${file} is damaged or cut short (${(error as Error).message}); nothing was restored.`);
  }
  if (pending.length > 0) yield pending.join('');
}

type Event = { kind: 'table'; name: string; columns: string[] } | { kind: 'row'; json: string } | { kind: 'file'; key: string; data: string } | { kind: 'end'; end: End };

/** A backup's header, then its tables, rows and end, each checked for its shape and counts: a damaged file ends in a BackupRefused. */
async function openBackup(file: string): Promise<{ header: Header; events: AsyncGenerator<Event>; close: () => Promise<unknown> }> {
  if (!fs.existsSync(file)) throw new BackupRefused(`${file} does not exist.`);
  const lines = linesOf(file);
  let lineNumber = 0;
  const damaged = (what: string) => new BackupRefused(`${file} is damaged: ${what} (line ${lineNumber}); nothing was restored.`);
  const next = async (): Promise<string> => {
    const { value, done } = await lines.next();
    if (done) throw new BackupRefused(`${file} is cut short: it ends before its last line; nothing was restored.`);
    lineNumber++;
    return value;
  };
  const parse = (line: string, what: string): unknown => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw damaged(`${what} is not JSON`);
    }
  };
  let header: Partial<Header> | null;
  try {
    header = JSON.parse(await next()) as Partial<Header> | null;
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    header = null;
  }
  if (typeof header !== 'object' || header === null || header.probityBackup === undefined || !Array.isArray(header.migrations)) {
    await lines.return(undefined);
    throw new BackupRefused(`${file} is not a Probity backup.`);
  }
  async function* events(): AsyncGenerator<Event> {
    try {
      let tables = 0;
      let total = 0;
      let files = 0;
      let line = await next();
      for (;;) {
        const marker = parse(line, 'a line') as Partial<{ table: string; columns: string[]; file: string; data: string } & End> | null;
        if (typeof marker?.file === 'string' && typeof marker.data === 'string') {
          files++;
          yield { kind: 'file', key: marker.file, data: marker.data };
          line = await next();
          continue;
        }
        if (marker?.end === true) {
          if (marker.tables !== tables || marker.rows !== total || (marker.files ?? 0) !== files) {
            throw damaged(`it ends saying ${marker.tables} tables, ${marker.rows} rows and ${marker.files ?? 0} files, but holds ${tables}, ${total} and ${files}`);
          }
          if (!Array.isArray(marker.sequences)) throw damaged('its end has no sequences');
          if (!(await lines.next()).done) throw damaged('there is more after its last line');
          yield { kind: 'end', end: marker as End };
          return;
        }
        if (typeof marker?.table !== 'string' || !Array.isArray(marker.columns)) throw damaged('a table was expected');
        const { table: name, columns } = marker;
        yield { kind: 'table', name, columns };
        let rows = 0;
        for (line = await next(); line.startsWith('['); line = await next()) {
          const row = parse(line, 'a row');
          if (!Array.isArray(row) || row.length !== columns.length) throw damaged(`a row of ${name} does not have ${columns.length} values`);
          rows++;
          yield { kind: 'row', json: line };
        }
        const end = parse(line, 'a line') as { rows?: unknown } | null;
        if (end?.rows !== rows) throw damaged(`table ${name} should have ${String(end?.rows)} rows but has ${rows}`);
        tables++;
        total += rows;
        line = await next();
      }
    } finally {
      await lines.return(undefined);
    }
  }
  return { header: header as Header, events: events(), close: () => lines.return(undefined) };
}

/**
 * Loads a backup into the configured database, which must be empty (a new PROBITY_DATA_DIR, or a new
 * PostgreSQL database). The whole file is read and checked first, touching nothing, so a damaged or cut-short
 * file is refused with the database as it was. Then the database is migrated to the backup's migration, in
 * a transaction of its own (PostgreSQL lets no row use an enum value added by the same transaction); then,
 * in one transaction, every row is loaded, the sequences set, and this version's newer migrations applied.
 * Should that fail, no row is in, and the restore may be run again.
 */
export async function restore(setting: DatabaseSetting, file: string, options: { files?: FileStore } = {}): Promise<RestoreSummary> {
  const { header, events, close } = await openBackup(file);
  if (header.probityBackup !== BACKUP_FORMAT) {
    await close();
    throw new BackupRefused(`${file} is a backup in format ${header.probityBackup}, which this version of Probity does not read (it reads format ${BACKUP_FORMAT}).`);
  }
  const migrations = readMigrations();
  const upTo = header.migrations.length;
  const atMigration = header.migrations.at(-1)?.tag ?? 'none';
  for (const [i, { tag, hash }] of header.migrations.entries()) {
    if (migrations[i]?.tag !== tag || migrations[i]!.hash !== hash) await close();
    if (migrations[i]?.tag !== tag) throw new BackupRefused(`${file} was made by a newer version of Probity (its database has migration ${tag}, which this version does not know): restore it with that version or a later one.`);
    if (migrations[i]!.hash !== hash) throw new BackupRefused(`${file} was made with a migration ${tag} that differs from this version's: restore it with the version that made it.`);
  }
  // Read through once to check it, before anything changes.
  for await (const event of events) if (event.kind === 'end') break;

  const database = await connect(setting, 'restore');
  const { client } = database;
  let loading = false;
  try {
    await client.query('BEGIN');
    const applied = await appliedMigrations(client);
    for (const table of await tablesOf(client)) {
      const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT FROM ${quote(table.name)}) AS any`);
      if (rows[0]!.any) {
        throw new BackupRefused(
          `The database is not empty (${table.name} has rows), and a restore never overwrites: restore into a new empty database ` +
            `(${database.kind === 'embedded' ? 'set PROBITY_DATA_DIR to a new directory' : 'create one and set DATABASE_URL to it'}). Nothing was changed.`,
        );
      }
    }
    if (applied.length > upTo) {
      throw new BackupRefused(
        `The database, though empty, is already at a newer migration (${applied.at(-1)!.tag}) than the backup (${atMigration}): ` +
          'restore into a database that no newer Probity has started. Nothing was changed.',
      );
    }
    await applyMigrations(client, migrations.slice(0, upTo), migrations);
    await client.query('COMMIT');

    loading = true;
    await client.query('BEGIN');
    // Taken by every start's migration too: no Probity starts on this database while it is loaded.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('probity.migrate'))");
    for (const statement of TEXT_SETTINGS) await client.query(statement);
    // Rows go in as they were, so neither the references' checks nor triggers are wanted while loading: a
    // superuser (the embedded database's, usually a server's owner too) can hold them off for the transaction;
    // otherwise the owner holds off the tables' own triggers (what one keeps is in the backup already), and
    // parents are loaded before the tables that refer to them (the backup's order).
    let replica = true;
    await client.query('SAVEPOINT before_replica');
    try {
      await client.query('SET LOCAL session_replication_role = replica');
    } catch {
      await client.query('ROLLBACK TO SAVEPOINT before_replica');
      replica = false;
    }
    const tables = new Map((await tablesOf(client)).map((t) => [t.name, t]));
    const ownTriggers = async (turn: 'DISABLE' | 'ENABLE') => {
      if (!replica) for (const name of tables.keys()) await client.query(`ALTER TABLE ${quote(name)} ${turn} TRIGGER USER`);
    };
    await ownTriggers('DISABLE');
    let insert = '';
    let batch: string[] = [];
    let size = 0;
    const flush = async () => {
      if (batch.length > 0) await client.query(insert, [`[${batch.join(',')}]`]);
      batch = [];
      size = 0;
    };
    let end: End | undefined;
    for await (const event of (await openBackup(file)).events) {
      if (event.kind === 'row') {
        batch.push(event.json);
        size += event.json.length;
        if (batch.length >= 1000 || size >= 4_000_000) await flush();
        continue;
      }
      await flush();
      if (event.kind === 'file') {
        // Written before the rows that name them are committed: should the load fail, a file nothing names is left, which does no harm.
        await options.files?.put(event.key, Buffer.from(event.data, 'base64'));
        continue;
      }
      if (event.kind === 'end') {
        end = event.end;
        break;
      }
      const table = tables.get(event.name);
      if (!table) throw new BackupRefused(`${file} has table ${event.name}, which is not in the database at migration ${atMigration}.`);
      const types = event.columns.map((column) => {
        const at = table.columns.indexOf(column);
        if (at < 0) throw new BackupRefused(`${file} has column ${event.name}.${column}, which is not in the database at migration ${atMigration}.`);
        return table.types[at]!;
      });
      insert =
        `INSERT INTO ${quote(table.name)} (${event.columns.map(quote).join(', ')}) ${table.identity ? 'OVERRIDING SYSTEM VALUE ' : ''}` +
        `SELECT ${types.map((type, i) => `(r->>${i})::${type}`).join(', ')} FROM json_array_elements($1::json) AS e(r)`;
    }
    for (const { name, lastValue } of end!.sequences) {
      if (lastValue !== null) await client.query('SELECT setval($1::regclass, $2::bigint, true)', [quote(name), lastValue]);
    }
    if (replica) await client.query('SET LOCAL session_replication_role = origin');
    await ownTriggers('ENABLE');
    const broughtUpToDate = await applyMigrations(client, migrations);
    await client.query('COMMIT');
    return { tables: end!.tables, rows: end!.rows, files: options.files ? (end!.files ?? 0) : 0, madeAt: header.madeAt, migration: upTo > 0 ? atMigration : null, broughtUpToDate };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    const left = loading ? 'No row was loaded: the database is left empty, and the restore may be run again.' : 'Nothing was changed.';
    if (error instanceof BackupRefused) throw loading ? new BackupRefused(`${error.message.replace(/ ?(Nothing was changed|nothing was restored)\.$/, '')} ${left}`) : error;
    throw new BackupRefused(`${file} could not be restored: ${(error as Error).message}. ${left}`);
  } finally {
    await database.close();
  }
}
