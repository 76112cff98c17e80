import net from 'node:net';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/index.ts';
import { DataDirectoryInUse } from '../db/embedded.ts';
import { DatabaseNewerThanCode } from '../db/migrate.ts';
import { DEMO_PEOPLE } from '../features/organisations/demo.ts';
import { seedDemoOrganisations } from './demo.ts';
import { startJobs } from '../platform/jobs/index.ts';
import { loadCodes } from '../features/codes/index.ts';
import { buildApp } from './app.ts';
import { recurringJobs } from './jobs.ts';

// `npm start`: open the database, bring it up to date, seed the demo on first start, serve.

const say = (line = '') => process.stdout.write(`${line}\n`);

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

async function main() {
  const configured = loadConfig();
  const config = configured.port === 0 ? loadConfig({ ...process.env, PORT: String(await freePort(configured.host)) }) : configured;
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp({ config, database, web: true });
  const codes = await loadCodes(database.db);
  for (const problem of codes.problems) app.log.warn(problem, 'code file left out');
  const seeded = config.demo && (await seedDemoOrganisations(database, { db: database.db, mailer: app.mailer, files: app.files, publicUrl: config.publicUrl }, config.demoPassword));
  const jobs = await startJobs(database.pool, recurringJobs(config, database, app.mailer), app.log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1); // a second signal: give up waiting
    stopping = true;
    app.log.info({ signal }, 'stopping');
    try {
      await jobs.stop();
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

  const address = await app.listen({ port: config.port, host: config.host });

  say();
  say(`Probity is running at ${process.env.PUBLIC_URL ? config.publicUrl : address}`);
  say(`Database: ${database.kind === 'embedded' ? `embedded, in ${config.dataDir}` : 'PostgreSQL server'}`);
  if (config.demo) {
    say(seeded ? 'Demo organisations created.' : 'Demo organisations are in place (set PROBITY_DEMO=0 to start without them).');
    say(`Demo sign-ins (password "${config.demoPassword}"):`);
    for (const person of DEMO_PEOPLE) say(`  ${person.email}`);
  }
  say('Stop with Ctrl+C.');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirectoryInUse || error instanceof DatabaseNewerThanCode) {
    console.error(`Probity cannot start: ${error.message}`);
  } else {
    console.error('Probity cannot start:', error);
  }
  process.exit(1);
});
