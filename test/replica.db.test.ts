import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/index.ts';
import { conductLogEntries } from '../src/features/conduct-log/schema.ts';
import { loadCodes } from '../src/features/codes/index.ts';
import { adoptions, codeVersions } from '../src/features/codes/schema.ts';
import { auditEvents } from '../src/platform/audit/schema.ts';
import { clock } from '../src/platform/clock.ts';
import { buildApp, type App } from '../src/server/app.ts';
import { TEST_SECRET_KEY } from './app.ts';
import { startClockAt } from './clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from './factories.ts';

// Reports read from a read replica (DATABASE_REPLICA_URL): here a copy of the primary made at one moment and
// then left behind, as a replica is a moment behind, and read-only, as a standby is. What reports show is the
// copy's; what lists show, and every write (sign-in, a report's audit entry), is the primary's. A server is
// needed, to copy a database; the embedded database has no replica.

const server = inject('databaseServer');
const made: string[] = [];
let database: Database;
let app: App;
let org: TestOrganisation;
let principal: TestPerson;
let session: SignedIn;

const urlOf = (name: string, options?: string) => {
  const url = new URL(server!);
  url.pathname = `/${name}`;
  if (options) url.searchParams.set('options', options);
  return url.toString();
};

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const entry = (staffId: string, occurredOn: string) => ({
  organisationId: org.id,
  academyId: org.academies.northfield,
  staffId,
  recordedBy: principal.id,
  occurredOn,
  categories: ['professional-boundaries'],
  provisions: ['8.2'],
  description: 'Replicated.',
  actionTaken: 'Replicated.',
});

beforeAll(async () => {
  if (!server) return;
  startClockAt(new Date('2026-03-02T09:00:00Z'));
  const primary = `probity_primary_${process.pid}_${Date.now()}`;
  const copy = `${primary}_replica`;
  await admin((c) => c.query(`CREATE DATABASE ${primary}`));
  made.push(primary);
  const first = await openDatabase({ databaseUrl: urlOf(primary), dataDir: '', poolSize: 2 });
  org = await makeOrganisation(first.db, 'employer_trust');
  principal = await makePerson(first.db, org.id, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.northfield }], { employedAt: org.academies.northfield, name: 'Principal' });
  const teacher = await makePerson(first.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield, name: 'Teacher' });
  await first.db.insert(conductLogEntries).values(entry(teacher.id, '2026-02-02'));
  // Standards to assess against, for leaders' insights.
  await loadCodes(first.db);
  const [standards] = await first.db.select({ id: codeVersions.id }).from(codeVersions).where(and(eq(codeVersions.codeId, 'set-professional-standards'), eq(codeVersions.version, '2014')));
  await first.db.insert(adoptions).values({ organisationId: org.id, versionId: standards!.id, adoptedFrom: '2020-01-01' });
  await first.close();
  // The replica: the primary as it was now (copying needs the primary to have no connection).
  await admin((c) => c.query(`CREATE DATABASE ${copy} TEMPLATE ${primary}`));
  made.push(copy);
  database = await openDatabase({ databaseUrl: urlOf(primary), replicaUrl: urlOf(copy, '-c default_transaction_read_only=on'), dataDir: '', poolSize: 2 });
  // Since then, the primary has moved on.
  await database.db.insert(conductLogEntries).values(entry(teacher.id, '2026-02-03'));
  const config = loadConfig({ LOG_LEVEL: 'silent', PROBITY_DEMO: '0', PUBLIC_URL: 'http://probity.test', RATE_LIMIT_PER_MINUTE: '0', PROBITY_SECRET_KEY: TEST_SECRET_KEY });
  app = await buildApp({ config, database });
  await app.ready();
  session = await signIn(app, principal.email);
}, 120_000);

afterAll(async () => {
  clock.set(null);
  if (!server) return;
  await app?.close();
  await database?.close();
  await admin(async (c) => {
    for (const name of made.reverse()) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
});

describe.skipIf(!server)('reports on a read replica', () => {
  const get = (path: string) => app.inject({ method: 'GET', url: `/api/orgs/${org.id}${path}`, headers: { cookie: session.cookie } });

  it('read the replica, which is behind, while lists read the primary', async () => {
    const patterns = await get('/conduct-log/patterns?from=2026-01-01&to=2026-02-28');
    expect(patterns.statusCode, patterns.body).toBe(200);
    expect(patterns.json().academiesCompared.total.entries.count).toBe(1);
    const listed = await get('/conduct-log/entries');
    expect(listed.headers['x-total-count']).toBe('2');
    const provisions = await get('/provisions-report?from=2026-01-01&to=2026-02-28');
    expect(provisions.statusCode, provisions.body).toBe(200);
  });

  it('write nothing there: every report answers from a read-only replica, and a download is recorded on the primary', async () => {
    for (const path of ['/conduct-log/training-needs?from=2026-01-01&to=2026-02-28', '/deadlines/overdue', '/development/insights?year=2026&groupBy=academy', '/registers/gifts']) {
      const response = await get(path);
      expect(response.statusCode, `${path}: ${response.body}`).toBe(200);
    }
    const csv = await get('/registers/gifts?format=csv');
    expect(csv.statusCode, csv.body).toBe(200);
    const recorded = await database.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, org.id), eq(auditEvents.action, 'register.exported')));
    expect(recorded).toHaveLength(1);
  });
});
