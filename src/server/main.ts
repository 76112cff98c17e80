import net from 'node:net';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/index.ts';
import { DataDirectoryInUse, DataDirectoryUnusable } from '../db/embedded.ts';
import { DatabaseNewerThanCode } from '../db/migrate.ts';
import { DEMO_PEOPLE } from '../features/organisations/demo.ts';
import { seedDemoOrganisations } from './demo.ts';
import { startJobs, type Jobs } from '../platform/jobs/index.ts';
import { loadCodes } from '../features/codes/index.ts';
import { buildApp } from './app.ts';
import { recurringJobs } from './jobs.ts';

// `npm start`: open the database, bring it up to date, seed the demo on first start, serve.

const say = (line = '') => process.stdout.write(`${line}\n`);

/** The README's "Try this first", in short. */
const FIRST_SIGN_INS = [
  ['admin@demo.test', 'Ada Admin, who runs the three demo organisations: people, codes, deadlines, oversight'],
  ['teacher@demo.test', 'Tariq Teacher, at Northfield Academy: deadlines, and a code to read and confirm'],
  ['member@demo.test', 'Morgan Member, of the Society: a self-assessment and development record'],
] as const;

/** A port free now, for PORT=0: chosen before the app is built, so that links in email and feeds carry it. */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A reason to stop that needs one line, not a stack trace. */
class CannotListen extends Error {}

/** The port the person chose cannot be had: say which, and how to choose another. */
function cannotListen(error: unknown, host: string, port: number): CannotListen | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const another = `start it on another port, for example: PORT=${port === 65535 ? 3001 : port + 1} npm start`;
  if (code === 'EADDRINUSE') return new CannotListen(`port ${port} on ${host} is already in use (is Probity already running?); ${another}`);
  if (code === 'EACCES') return new CannotListen(`this user may not listen on port ${port} on ${host}; ${another}`);
  if (code === 'EADDRNOTAVAIL') return new CannotListen(`${host} is not an address of this machine (HOST); try HOST=127.0.0.1 npm start`);
  return null;
}

/** Fails at once, before the database is opened and the demo seeded, when the port is taken. */
function checkPort(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => reject(cannotListen(error, host, port) ?? error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main() {
  const configured = loadConfig();
  if (configured.port !== 0) await checkPort(configured.host, configured.port);
  const config = configured.port === 0 ? loadConfig({ ...process.env, PORT: String(await freePort(configured.host)) }) : configured;
  const database = await openDatabase({ databaseUrl: config.databaseUrl, replicaUrl: config.databaseReplicaUrl, dataDir: config.dataDir, prepare: config.databasePreparedStatements });
  const app = await buildApp({ config, database, web: true });
  const codes = await loadCodes(database.db);
  for (const problem of codes.problems) app.log.warn(problem, 'code file left out');
  const seeded = config.demo && (await seedDemoOrganisations(database, { db: database.db, mailer: app.mailer, files: app.files, publicUrl: config.publicUrl }, config.demoPassword));
  // The recurring jobs start once Probity is serving (below); stopping lets them finish starting, then stops them.
  const jobs: Promise<Jobs>[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1); // a second signal: give up waiting
    stopping = true;
    app.log.info({ signal }, 'stopping');
    try {
      for (const queue of jobs) await (await queue).stop();
      await app.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // Taken since it was checked: close what was opened, then say so.
    await app.close();
    await database.close();
    throw cannotListen(error, config.host, config.port) ?? error;
  }

  say();
  say(`Probity is running at ${process.env.PUBLIC_URL ? config.publicUrl : address}`);
  say(`Database: ${database.kind === 'embedded' ? `embedded, in ${config.dataDir}` : 'PostgreSQL server'}`);
  if (config.demo) {
    say(seeded ? 'Demo organisations created.' : 'Demo organisations are in place (set PROBITY_DEMO=0 to start without them).');
    say(`Demo sign-ins, each with the password "${config.demoPassword}". Try these first:`);
    for (const [email, what] of FIRST_SIGN_INS) say(`  ${email.padEnd(20)} ${what}`);
    const others = DEMO_PEOPLE.map((person) => person.email).filter((email) => !FIRST_SIGN_INS.some(([first]) => first === email));
    say(`Others (the README's "Demo sign-ins" says who each is): ${others.join(', ')}`);
  }
  say(`Log: ${config.logLevel === 'warn' ? 'warnings and errors only; LOG_LEVEL=info npm start shows each request too' : `level ${config.logLevel}`}.`);
  say('Stop with Ctrl+C.');
  // Once serving: no request waits on the recurring jobs, and starting their queue takes a while.
  jobs.push(startJobs(database.pool, recurringJobs(config, database, app.mailer), app.log));
  await jobs[0];
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirectoryInUse || error instanceof DataDirectoryUnusable || error instanceof DatabaseNewerThanCode || error instanceof CannotListen) {
    console.error(`Probity cannot start: ${error.message}`);
  } else {
    console.error('Probity cannot start:', error);
  }
  process.exit(1);
});
