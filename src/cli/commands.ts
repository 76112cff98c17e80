import { ConfigError, loadConfig, type Config } from '../config.ts';
import { DataDirectoryInUse, DataDirectoryUnusable } from '../db/embedded.ts';
import { DatabaseNewerThanCode } from '../db/migrate.ts';
import { BackupRefused, backup, restore } from './backup.ts';
import { openDatabase, type Database } from '../db/index.ts';
import { loadCodes } from '../features/codes/index.ts';
import { createMailer } from '../platform/mail/index.ts';
import { seedDemoOrganisations } from '../server/demo.ts';
import { CODES_DIR, codeFileJsonSchema, readLibrary } from '../features/codes/files.ts';
import { latestAnchors, verifyAll } from '../platform/audit/index.ts';
import { openFileStore } from '../platform/files/store.ts';
import { rotateSecrets } from '../platform/secrets.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { seedLarge } from '../server/large.ts';
import { reporterIdentities } from '../features/raising-concerns/index.ts';
import {
  CalendarError,
  addDays,
  addMonths,
  addWorkingDays,
  endOfAcademyDay,
  inLondon,
  isWorkingDay,
  londonInstant,
  parseIsoDate,
  parseNation,
} from '../platform/calendar/index.ts';

// The `probity` command. Exit codes: 0 done, 1 a check failed, 2 bad usage or input.

export const USAGE = `Usage: probity <command>

Calendar (UK working days, Europe/London time):
  calendar add-days DATE N                       DATE plus N calendar days
  calendar add-working-days DATE N [--nation X]  the Nth working day after DATE
  calendar add-months DATE N                     N months after DATE (negative: before); a shorter month ends on its last day
  calendar is-working-day DATE [--nation X]      true or false
  calendar end-of-academy-day "DATE HH:MM" [--day-ends HH:MM] [--nation X]
                                                 when something raised then must be acted on (003 §3.1)
  DATE is YYYY-MM-DD; X is england-and-wales (the default), scotland or northern-ireland.

Codes:
  codes validate [--dir DIR]                     check every code file in codes/ (or DIR) against the schema and the rules
  codes schema                                   print the JSON Schema of code files (codes/schema.json)

Audit:
  audit verify                                   check every audit chain: each entry follows the one before and matches its hash,
                                                 and still holds the head last written down outside the database

Backup (the database named by DATABASE_URL, or the embedded one in PROBITY_DATA_DIR; stop an embedded server first):
  backup FILE [--force]                          write every table and every uploaded file to FILE (gzipped); --force replaces an existing FILE
  restore FILE                                   load FILE into an empty database and the file store, then check every audit chain
  The secret key is not in FILE: keep a copy of it apart.

Large data (the database named by DATABASE_URL, or the embedded one; stop an embedded server first):
  seed-large [--scale N]                         grow the demo organisations to a professional body of 100,000 members and a trust
                                                 of 60 academies and 6,000 staff, with their records, times N (default 1; 0.01 is quick)

Secrets:
  secrets rotate                                 seal the two-factor secrets under a new key (stop the servers first)
`;

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

class UsageError extends Error {}

function count(value: string | undefined, what: string, signed = false): number {
  if (value === undefined || !(signed ? /^-?\d+$/ : /^\d+$/).test(value)) {
    throw new UsageError(`${what} must be a whole number${signed ? '' : ' of 0 or more'}, not "${value ?? ''}"`);
  }
  return Number(value);
}

/** Options as --name value or --name=value; anything else (a negative number too) is a positional. */
function parseOptions(args: string[], known: Record<string, string>) {
  const values = { ...known };
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const option = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (!option) {
      positionals.push(arg);
      continue;
    }
    const name = option[1]!;
    if (!(name in known)) throw new UsageError(`unknown option --${name}`);
    const value = option[2] ?? args[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    values[name] = value;
  }
  return { values, positionals };
}

function calendar(args: string[], io: Output): number {
  const { values, positionals } = parseOptions(args, { nation: 'england-and-wales', 'day-ends': '17:00' });
  const nation = parseNation(values.nation!);
  const [command, first, second] = positionals;
  switch (command) {
    case 'add-days':
      io.out(addDays(parseIsoDate(first ?? ''), count(second, 'N')));
      return 0;
    case 'add-working-days':
      io.out(addWorkingDays(parseIsoDate(first ?? ''), count(second, 'N'), nation));
      return 0;
    case 'add-months':
      io.out(addMonths(parseIsoDate(first ?? ''), count(second, 'N', true)));
      return 0;
    case 'is-working-day':
      io.out(String(isWorkingDay(parseIsoDate(first ?? ''), nation)));
      return 0;
    case 'end-of-academy-day': {
      const [date, time] = (first ?? '').split(/[ T]/);
      const due = endOfAcademyDay(londonInstant(parseIsoDate(date ?? ''), time ?? ''), { nation, dayEndsAt: values['day-ends']!, terms: [] });
      const local = inLondon(due);
      io.out(`${local.date} ${local.time}`);
      return 0;
    }
    default:
      throw new UsageError(`unknown calendar command "${command ?? ''}"`);
  }
}

function codes(args: string[], io: Output): number {
  const { values, positionals } = parseOptions(args, { dir: CODES_DIR });
  switch (positionals[0]) {
    case 'validate': {
      const library = readLibrary(values.dir!);
      for (const problem of library.problems) io.err(`${problem.file}: ${problem.path}: ${problem.reason}`);
      const count = `${library.codes.length} code files, ${library.mappings.length} mappings`;
      if (library.problems.length) {
        io.err(`${library.problems.length} problem${library.problems.length === 1 ? '' : 's'} in ${count}.`);
        return 1;
      }
      io.out(`All ${count} are valid.`);
      return 0;
    }
    case 'schema':
      io.out(codeFileJsonSchema().trimEnd());
      return 0;
    default:
      throw new UsageError(`unknown codes command "${positionals[0] ?? ''}"`);
  }
}

/** The configured database, as the server opens it (bar the replica, which no command reads). */
const openConfigured = (config: Config) => openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, prepare: config.databasePreparedStatements });

/** Checks every audit chain of the configured database and says how each stands: 0 when all are intact, else 1. */
async function auditVerify(io: Output): Promise<number> {
  const config = loadConfig();
  const database = await openConfigured(config);
  try {
    const reports = await verifyAll(database.db, latestAnchors(config.auditAnchors));
    for (const report of reports) {
      io.out(`${report.ok ? 'ok  ' : 'FAIL'} chain ${report.organisationId ?? 'global'}: ${report.entries} entries${report.anchoredAt ? `, holds its head written down at ${report.anchoredAt}` : ''}`);
      for (const problem of report.problems) io.out(`     entry ${problem.seq} ${problem.reason}`);
    }
    const ok = reports.every((r) => r.ok);
    io.out(ok ? `The audit trail is intact (${reports.length} chains).` : 'The audit trail has been tampered with.');
    return ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

async function backupCommand(args: string[], io: Output): Promise<number> {
  const force = args.includes('--force');
  const positionals = args.filter((arg) => arg !== '--force');
  const unknown = positionals.find((arg) => arg.startsWith('--'));
  if (unknown) throw new UsageError(`unknown option ${unknown}`);
  if (positionals.length !== 1) throw new UsageError('backup needs one FILE to write');
  const config = loadConfig();
  const file = positionals[0]!;
  const made = await backup({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, file, { force, files: openFileStore(config.fileStore) });
  io.out(`Backed up ${plural(made.tables, 'table')}, ${plural(made.rows, 'row')} and ${plural(made.files, 'uploaded file')} (at migration ${made.migration ?? 'none'}) to ${file}: ${(made.bytes / 1_000_000).toFixed(1)} MB.`);
  if (made.missingFiles.length > 0) io.err(`${plural(made.missingFiles.length, 'file')} named by a record ${made.missingFiles.length === 1 ? 'was' : 'were'} not in the file store, so not backed up: ${made.missingFiles.join(', ')}.`);
  io.out('Not in it: the secret key (keep a copy of it apart) and the audit anchors file.');
  return 0;
}

async function restoreCommand(args: string[], io: Output): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('--')) throw new UsageError('restore needs one FILE to read');
  const config = loadConfig();
  const file = args[0]!;
  const restored = await restore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, file, { files: openFileStore(config.fileStore) });
  io.out(`Restored ${plural(restored.tables, 'table')}, ${plural(restored.rows, 'row')} and ${plural(restored.files, 'uploaded file')} from ${file}, made at ${restored.madeAt} (migration ${restored.migration ?? 'none'}).`);
  if (restored.broughtUpToDate.length > 0) io.out(`Brought up to date with this version: ${restored.broughtUpToDate.join(', ')}.`);
  return await auditVerify(io);
}

/** The demo organisations, made as `npm start` makes them on first start, unless they are there: whether they were made. */
async function seedDemo(config: Config, database: Database): Promise<boolean> {
  await loadCodes(database.db);
  const mailer = createMailer({ db: database.db, smtpUrl: config.smtpUrl, from: config.mailFrom });
  return config.demo && (await seedDemoOrganisations(database, { db: database.db, mailer, files: openFileStore(config.fileStore), publicUrl: config.publicUrl }, config.demoPassword));
}

async function seedLargeCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseOptions(args, { scale: '1' });
  if (positionals.length) throw new UsageError(`seed-large takes no ${positionals[0]}`);
  const scale = Number(values.scale);
  if (!/^\d*\.?\d+$/.test(values.scale!) || !(scale > 0 && scale <= 10)) throw new UsageError(`--scale must be a number above 0 and at most 10, not "${values.scale}"`);
  const config = loadConfig();
  const database = await openConfigured(config);
  try {
    const seeded = await seedDemo(config, database);
    if (seeded) io.out('Demo organisations created.');
    io.out(`Growing the demo organisations at scale ${scale}:`);
    const grown = await seedLarge(database.db, scale, await hashPassword(config.demoPassword), io.out);
    io.out(
      `Added ${plural(grown.members, 'member')}, ${plural(grown.academies, 'academy', 'academies')}, ${plural(grown.staff, 'member of staff', 'staff')}, ${plural(grown.selfAssessments, 'self-assessment')}, ` +
        `${plural(grown.cpdActivities, 'CPD activity', 'CPD activities')}, ${plural(grown.conductEntries, 'conduct-log entry', 'conduct-log entries')}, ${plural(grown.declarations, 'declaration')} and ${plural(grown.concerns, 'safeguarding concern')}.`,
    );
    io.out(`Each new person signs in with the demo password: member-000001@large.demo.test, staff-00001@large.demo.test and so on.`);
    return 0;
  } finally {
    await database.close();
  }
}

async function secretsRotate(io: Output): Promise<number> {
  const config = loadConfig();
  const database = await openConfigured(config);
  try {
    const { resealed, resealedElsewhere, newKey } = await rotateSecrets(database.db, config.secretKey, [reporterIdentities]);
    io.out(`${resealed} two-factor secret${resealed === 1 ? '' : 's'} sealed under a new key.`);
    for (const [what, count] of Object.entries(resealedElsewhere)) if (count > 0) io.out(`${count} ${what} sealed under a new key.`);
    io.out(config.secretKey.kind === 'file' ? `The new key is in ${config.secretKey.path}.` : `Set PROBITY_SECRET_KEY to ${newKey} on every server before starting it again.`);
    return 0;
  } finally {
    await database.close();
  }
}

export async function run(args: string[], io: Output): Promise<number> {
  const [group, ...rest] = args;
  try {
    if (group === 'calendar') return calendar(rest, io);
    if (group === 'codes') return codes(rest, io);
    if (group === 'audit' && rest.join(' ') === 'verify') return await auditVerify(io);
    if (group === 'secrets' && rest.join(' ') === 'rotate') return await secretsRotate(io);
    if (group === 'backup') return await backupCommand(rest, io);
    if (group === 'restore') return await restoreCommand(rest, io);
    if (group === 'seed-large') return await seedLargeCommand(rest, io);
    if (group === undefined || group === 'help' || group === '--help') {
      io.out(USAGE);
      return group === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${args.join(' ')}"`);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof CalendarError ||
      error instanceof ConfigError ||
      error instanceof DataDirectoryInUse ||
      error instanceof DataDirectoryUnusable ||
      error instanceof DatabaseNewerThanCode ||
      error instanceof BackupRefused
    ) {
      io.err(`probity: ${error.message}`);
      if (error instanceof UsageError) io.err(`Run "probity help" for the commands.`);
      return 2;
    }
    throw error;
  }
}
