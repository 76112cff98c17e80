import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../config.ts';
import { developmentShares } from '../features/self-assessment/schema.ts';
import { outbox } from '../platform/mail/schema.ts';
import { academies, organisations, regions, roleAssignments } from '../platform/people/schema.ts';
import { buildApp, type App } from '../server/app.ts';
import { TEST_SECRET_KEY } from '../../test/app.ts';
import { makeOrganisation, makePerson, signIn, type TestOrganisation } from '../../test/factories.ts';
import { roundTrips } from '../../test/round-trips.ts';
import { openDatabase, type Database, type Tx } from './index.ts';
import { builtOnce } from './built.ts';
import { outsideTheWall, PLANNED_FOR_ITS_VALUES, WALL_ROLE, walledOrganisation, withinOrganisation } from './wall.ts';

// The second wall between organisations: row-level security on every tenant table, binding the role that
// requests run as. These tests make queries that forget their organisation filter on purpose, and show
// that PostgreSQL still keeps them to their own organisation.

/**
 * Tables with no organisation of their own, each with why it has no wall. A new table must either carry
 * organisation_id (and get a policy) or be listed here: the test below fails until one of the two is done.
 */
const SHARED = {
  people: 'a person may belong to several organisations; each service reaches people through its organisation’s role assignments, employments and memberships',
  sessions: 'a session is a person’s, across organisations, and is read before any organisation is known',
  sign_in_failures: 'sign-in happens before any organisation is known',
  sign_in_challenges: 'sign-in happens before any organisation is known',
  single_sign_ons: 'sign-in happens before any organisation is known',
  recovery_codes: 'a person’s own two-factor codes, across organisations',
  notification_preferences: 'a person’s own, across organisations',
  calendar_feeds: 'a person’s own feed of deadlines in every organisation',
  codes: 'the published codes, the same for every organisation',
  code_versions: 'the published codes, the same for every organisation',
  provisions: 'the published codes, the same for every organisation',
  version_mappings: 'the published codes, the same for every organisation',
  probity_migrations: 'the schema’s own record; requests are not granted it',
  rate_limit_counts: 'request counts are kept before any organisation is known, under keyed hashes of people and addresses',
} as const;

/** Walled by something other than a column organisation_id, as migration 0011 explains. */
const WALLED_OTHERWISE = ['organisations'];

let database: Database;
let a: TestOrganisation;
let b: TestOrganisation;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: inject('databaseUrl'), dataDir: '', poolSize: 4 });
  [a, b] = await Promise.all([makeOrganisation(database.db), makeOrganisation(database.db)]);
});
afterAll(() => database.close());

describe('row-level security on every tenant table', () => {
  it('has every table with organisation_id walled by a policy for the request role, and every other table listed as shared', async () => {
    const { rows: tables } = await database.pool.query<{ name: string; tenant: boolean; rls: boolean; policies: string[] }>(`
      SELECT c.relname AS name,
             EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.oid AND attname = 'organisation_id' AND NOT attisdropped) AS tenant,
             c.relrowsecurity AS rls,
             ARRAY(SELECT p.qual || ' / ' || coalesce(p.with_check, '') FROM pg_policies p
                   WHERE p.schemaname = 'public' AND p.tablename = c.relname AND '${WALL_ROLE}' = ANY (p.roles) AND p.cmd = 'ALL') AS policies
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       ORDER BY 1`);
    const unwalled = tables.filter((t) => t.tenant && !(t.rls && t.policies.some((p) => /organisation_id/.test(p) && /current_setting\('app\.organisation_id'/.test(p))));
    expect(unwalled.map((t) => t.name)).toEqual([]);
    for (const name of WALLED_OTHERWISE) expect(tables.find((t) => t.name === name), name).toMatchObject({ rls: true, policies: [expect.any(String)] });
    const undecided = tables.filter((t) => !t.tenant && !WALLED_OTHERWISE.includes(t.name) && !(t.name in SHARED)).map((t) => t.name);
    expect(undecided, 'a table with neither organisation_id nor a place in SHARED').toEqual([]);
    expect(tables.filter((t) => t.tenant).length).toBeGreaterThanOrEqual(22);
  });

  it('binds the request role: it is no superuser, does not bypass row-level security, owns no table and cannot sign in', async () => {
    const { rows } = await database.pool.query(`SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1`, [WALL_ROLE]);
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false }]);
    const { rows: owned } = await database.pool.query(`SELECT tablename FROM pg_tables WHERE tableowner = $1`, [WALL_ROLE]);
    expect(owned).toEqual([]);
  });
});

describe('a query that forgets its organisation', () => {
  let shareOfA: string;
  let shareOfB: string;

  beforeAll(async () => {
    const [personA, viewerA, personB, viewerB] = await Promise.all([
      makePerson(database.db, a.id, [{ role: 'staff' }]),
      makePerson(database.db, a.id, [{ role: 'staff' }]),
      makePerson(database.db, b.id, [{ role: 'staff' }]),
      makePerson(database.db, b.id, [{ role: 'staff' }]),
    ]);
    const shares = await database.db
      .insert(developmentShares)
      .values([
        { organisationId: a.id, personId: personA.id, viewerId: viewerA.id },
        { organisationId: b.id, personId: personB.id, viewerId: viewerB.id },
      ])
      .returning({ id: developmentShares.id });
    [shareOfA, shareOfB] = shares.map((s) => s.id) as [string, string];
  });

  const REFUSED = { cause: { message: expect.stringMatching(/violates row-level security policy/) } };
  const academiesOf = (org: TestOrganisation) => Object.values(org.academies);
  const both = () => [...academiesOf(a), ...academiesOf(b)];

  it('reads only its own organisation’s rows, in a query of its own and in a transaction', async () => {
    const { db, pool } = database;
    await withinOrganisation(a.id, async () => {
      const listed = await db.select({ id: academies.id }).from(academies).where(inArray(academies.id, both()));
      expect(listed.map((r) => r.id).sort()).toEqual(academiesOf(a).sort());
      // Asked by id, B's rows are as if they did not exist.
      expect(await db.select().from(regions).where(eq(regions.id, b.regions.north))).toEqual([]);
      expect(await db.select().from(organisations).where(eq(organisations.id, b.id))).toEqual([]);
      expect(await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, [a.id, b.id]))).toEqual([{ id: a.id }]);
      await db.transaction(async (tx) => {
        expect(await tx.select({ id: developmentShares.id }).from(developmentShares).where(inArray(developmentShares.id, [shareOfA, shareOfB]))).toEqual([{ id: shareOfA }]);
        // A savepoint within the transaction is behind the same wall.
        await tx.transaction(async (inner) => {
          expect(await inner.select().from(developmentShares).where(eq(developmentShares.id, shareOfB))).toEqual([]);
        });
      });
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM academies WHERE organisation_id = $1', [b.id]);
      expect(rows).toEqual([{ n: 0 }]);
    });
  });

  it('cannot withdraw, change or delete another organisation’s rows', async () => {
    const { db } = database;
    await withinOrganisation(a.id, async () => {
      // The slip the wall is for: withdrawing a share through another organisation.
      const withdrawn = await db.update(developmentShares).set({ withdrawnAt: new Date('2026-06-01T12:00:00Z') }).where(eq(developmentShares.id, shareOfB)).returning();
      expect(withdrawn).toEqual([]);
      const renamed = await db.transaction((tx) => tx.update(academies).set({ name: sql`${academies.name} || ' (taken over)'` }).where(inArray(academies.id, both())).returning({ id: academies.id }));
      expect(renamed.map((r) => r.id).sort()).toEqual(academiesOf(a).sort());
      expect(await db.delete(developmentShares).where(eq(developmentShares.id, shareOfB)).returning()).toEqual([]);
      expect(await db.delete(regions).where(eq(regions.organisationId, b.id)).returning()).toEqual([]);
    });
    // Seen by the system, B is untouched.
    const [share] = await database.db.select().from(developmentShares).where(eq(developmentShares.id, shareOfB));
    expect(share).toMatchObject({ id: shareOfB, withdrawnAt: null });
    const bAcademies = await database.db.select({ name: academies.name }).from(academies).where(eq(academies.organisationId, b.id));
    expect(bAcademies.map((r) => r.name).sort()).toEqual(['Northfield', 'Riverside', 'Southgate']);
    expect(await database.db.select().from(regions).where(eq(regions.organisationId, b.id))).toHaveLength(2);
  });

  it('cannot write a row into another organisation, nor move a row of its own there', async () => {
    const { db } = database;
    await withinOrganisation(a.id, async () => {
      await expect(db.insert(regions).values({ organisationId: b.id, name: 'Planted' })).rejects.toMatchObject(REFUSED);
      await expect(db.transaction((tx) => tx.update(regions).set({ organisationId: b.id }).where(eq(regions.id, a.regions.south)))).rejects.toMatchObject(REFUSED);
    });
    expect(await database.db.select().from(regions).where(and(eq(regions.organisationId, b.id), eq(regions.name, 'Planted')))).toEqual([]);
    expect(await database.db.select({ organisationId: regions.organisationId }).from(regions).where(eq(regions.id, a.regions.south))).toEqual([{ organisationId: a.id }]);
  });

  it('reads account mail (which has no organisation) only when it is to one of its own people, and never changes it', async () => {
    const [ours, theirs] = await Promise.all([makePerson(database.db, a.id, [{ role: 'staff' }]), makePerson(database.db, b.id, [{ role: 'staff' }])]);
    const mail = await database.db
      .insert(outbox)
      .values([ours, theirs].map((p) => ({ organisationId: null, personId: p.id, to: p.email, subject: 'Reset your password', text: 'A link' })))
      .returning({ id: outbox.id });
    const ids = mail.map((m) => m.id);
    await withinOrganisation(a.id, async () => {
      expect(await database.db.select({ id: outbox.id }).from(outbox).where(inArray(outbox.id, ids))).toEqual([{ id: ids[0] }]);
      expect(await database.db.update(outbox).set({ subject: 'Changed' }).where(inArray(outbox.id, ids)).returning()).toEqual([]);
      await expect(database.db.insert(outbox).values({ organisationId: null, personId: ours.id, to: ours.email, subject: 'Planted', text: '' })).rejects.toMatchObject(REFUSED);
    });
  });

  it('runs as the request role inside the scope, and as the system outside it or where it is opened on purpose', async () => {
    const { db } = database;
    const who = () => db.execute<{ role: string; organisation: string | null }>(sql`SELECT current_user AS role, nullif(current_setting('app.organisation_id', true), '') AS organisation`);
    await withinOrganisation(b.id, async () => {
      expect((await who()).rows).toEqual([{ role: WALL_ROLE, organisation: b.id }]);
      expect(walledOrganisation()).toBe(b.id);
      const system = await outsideTheWall(async () => (await who()).rows[0]);
      expect(system?.role).not.toBe(WALL_ROLE);
      expect(system?.organisation).toBeNull();
    });
    expect((await who()).rows[0]?.role).not.toBe(WALL_ROLE);
  });

  it('sends a query outside a transaction with its BEGIN, role, organisation and COMMIT in one round trip, and leaves nothing open when it fails', async () => {
    const { db } = database;
    const who = () => db.execute<{ role: string; organisation: string | null }>(sql`SELECT current_user AS role, nullif(current_setting('app.organisation_id', true), '') AS organisation`);
    await withinOrganisation(a.id, async () => {
      let answer: unknown;
      const trips = await roundTrips(async () => (answer = (await who()).rows));
      expect([trips.length, answer]).toEqual([1, [{ role: WALL_ROLE, organisation: a.id }]]);
      // Refused midway: the transaction it began is rolled back, and the connection goes back to the pool clean.
      await expect(db.insert(regions).values({ organisationId: b.id, name: 'Planted' })).rejects.toMatchObject(REFUSED);
      expect((await who()).rows).toEqual([{ role: WALL_ROLE, organisation: a.id }]);
      await expect(db.execute(sql`SELECT 1 / 0`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/division by zero/) } });
    });
    // The next query outside the scope, on the connection just released, runs as the system in no transaction
    // (a savepoint, which needs one, is refused).
    const after = await db.execute<{ role: string; organisation: string | null }>(sql`SELECT current_user AS role, nullif(current_setting('app.organisation_id', true), '') AS organisation`);
    expect(after.rows[0]).toMatchObject({ organisation: null });
    expect(after.rows[0]?.role).not.toBe(WALL_ROLE);
    await expect(db.execute(sql`SAVEPOINT probe`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/can only be used in transaction blocks/) } });
  });

  it('refuses an id that is not an organisation’s, and a connection used outside a transaction', async () => {
    expect(() => withinOrganisation("x'; DROP TABLE people; --", () => 1)).toThrow(/Not an organisation id/);
    await withinOrganisation(a.id, async () => {
      const client = await database.pool.connect();
      try {
        await expect(Promise.resolve().then(() => client.query('SELECT 1'))).rejects.toThrow(/begin one first/);
      } finally {
        client.release();
      }
    });
  });
});

describe('statements prepared once per connection', () => {
  const academiesOf = (org: TestOrganisation) => Object.values(org.academies).sort();

  it('on a server, are sent under the name of their text, and a plan kept for any values still reads each organisation’s own rows; on PGlite, whose connections share one session, are not', async () => {
    const server = inject('databaseServer');
    // One connection, so that each run meets what the runs before it prepared; on a server, the plan kept for
    // any values from the first run (as PostgreSQL itself keeps after five), whichever organisation it was made for.
    const url = new URL(inject('databaseUrl'));
    if (server) url.searchParams.set('options', '-c plan_cache_mode=force_generic_plan');
    const one = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 1 });
    try {
      const ids = [...academiesOf(a), ...academiesOf(b)];
      const listed = async (db: Tx) => (await db.select({ id: academies.id }).from(academies).where(inArray(academies.id, ids))).map((r) => r.id).sort();
      for (let run = 0; run < 3; run++) {
        for (const org of [a, b]) {
          await withinOrganisation(org.id, async () => {
            expect(await listed(one.db)).toEqual(academiesOf(org));
            expect(await one.db.transaction((tx) => listed(tx))).toEqual(academiesOf(org));
          });
        }
      }
      // The system reads past the wall through the same statement.
      expect(await listed(one.db)).toEqual([...ids].sort());
      // A statement that decides who may read what (policy: accessWays) is planned for its values each time.
      const marked = sql`select ${sql.raw(PLANNED_FOR_ITS_VALUES)} count(*)::int as n from ${academies} where ${inArray(academies.id, ids)}`;
      for (let run = 0; run < 3; run++) expect(await withinOrganisation(a.id, async () => (await one.db.execute(marked)).rows)).toEqual([{ n: 3 }]);
      const { rows } = await one.pool.query<{ name: string; generic: number; statement: string }>(
        `SELECT name, generic_plans::int AS generic, statement FROM pg_prepared_statements WHERE statement LIKE '%from "academies" where "academies"."id" in%' AND statement NOT LIKE '%pg_prepared_statements%'`,
      );
      if (server) expect(rows).toEqual([{ name: expect.stringMatching(/^p[\w-]{32}$/), generic: 13, statement: expect.not.stringContaining(PLANNED_FOR_ITS_VALUES) }]);
      else expect(rows).toEqual([]);
    } finally {
      await one.close();
    }
  });

  it('built once, are sent under the name of their text on a server and unnamed on PGlite, whatever name Drizzle gives them', async () => {
    const one = await openDatabase({ databaseUrl: inject('databaseUrl'), dataDir: '', poolSize: 1 });
    try {
      // Two queries to which Drizzle gives the same name: on one connection, under that name the second would be refused.
      const named = builtOnce((db) => db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, sql.placeholder('id'))).limit(1));
      const counted = builtOnce((db) => db.select({ n: sql<number>`count(*)::int` }).from(academies).where(eq(academies.organisationId, sql.placeholder('id'))));
      for (const org of [a, b, a]) {
        expect(await named(one.db).execute({ id: org.id })).toEqual([{ name: (await one.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, org.id)))[0]!.name }]);
        expect(await counted(one.db).execute({ id: org.id })).toEqual([{ n: academiesOf(org).length }]);
      }
      expect(named(one.db)).toBe(named(one.db));
      const texts = [named(one.db).getQuery().sql, counted(one.db).getQuery().sql];
      const { rows } = await one.pool.query<{ name: string }>(`SELECT name FROM pg_prepared_statements WHERE statement = ANY($1)`, [texts]);
      expect(rows.map((r) => r.name)).toEqual(inject('databaseServer') ? [expect.stringMatching(/^p[\w-]{32}$/), expect.stringMatching(/^p[\w-]{32}$/)] : []);
    } finally {
      await one.close();
    }
  });
});

describe('a request to an organisation’s route', () => {
  let app: App;
  let filesDir: string;
  let shares: { a: string; b: string };

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-files-'));
    const config = loadConfig({ LOG_LEVEL: 'silent', PROBITY_DEMO: '0', PUBLIC_URL: 'http://probity.test', PROBITY_FILES_DIR: filesDir, RATE_LIMIT_PER_MINUTE: '0', PROBITY_SECRET_KEY: TEST_SECRET_KEY });
    app = await buildApp({ config, database });
    // A route whose queries forget the organisation altogether, as a slip in a service would.
    app.post('/api/orgs/:orgId/forgetful', { config: { access: 'organisation.read' } }, async (request) => {
      const { ids } = request.body as { ids: string[] };
      const seen = await database.db.select({ id: developmentShares.id }).from(developmentShares).where(inArray(developmentShares.id, ids));
      const withdrawn = await database.db.transaction((tx) =>
        tx.update(developmentShares).set({ withdrawnAt: new Date('2026-06-01T12:00:00Z') }).where(inArray(developmentShares.id, ids)).returning({ id: developmentShares.id }),
      );
      return { seen: seen.map((s) => s.id), withdrawn: withdrawn.map((s) => s.id) };
    });
    await app.ready();
    const [sharer, viewer, sharerB, viewerB] = await Promise.all([
      makePerson(database.db, a.id, [{ role: 'staff' }]),
      makePerson(database.db, a.id, [{ role: 'staff' }]),
      makePerson(database.db, b.id, [{ role: 'staff' }]),
      makePerson(database.db, b.id, [{ role: 'staff' }]),
    ]);
    const made = await database.db
      .insert(developmentShares)
      .values([
        { organisationId: a.id, personId: sharer.id, viewerId: viewer.id },
        { organisationId: b.id, personId: sharerB.id, viewerId: viewerB.id },
      ])
      .returning({ id: developmentShares.id });
    shares = { a: made[0]!.id, b: made[1]!.id };
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('reads and withdraws only its own organisation’s shares, however its queries are written', async () => {
    // A person of both organisations, asking through A.
    const person = await makePerson(database.db, a.id, [{ role: 'staff' }]);
    await database.db.insert(roleAssignments).values({ organisationId: b.id, personId: person.id, role: 'staff' });
    const session = await signIn(app, person.email);
    const response = await app.inject({ method: 'POST', url: `/api/orgs/${a.id}/forgetful`, headers: session.headers, payload: { ids: [shares.a, shares.b] } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ seen: [shares.a], withdrawn: [shares.a] });
    const [untouched] = await database.db.select().from(developmentShares).where(eq(developmentShares.id, shares.b));
    expect(untouched?.withdrawnAt).toBeNull();
  });
});
