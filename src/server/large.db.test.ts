import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/index.ts';
import { loadCodes } from '../features/codes/index.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { clock } from '../platform/clock.ts';
import { buildApp, type App } from './app.ts';
import { seedDemoOrganisations } from './demo.ts';
import { seedLarge, type Grown } from './large.ts';
import { startClockAt } from '../../test/clock.ts';
import { signIn } from '../../test/factories.ts';
import { ownDatabase } from '../../test/own-database.ts';

// `npm run seed:large` at its smallest scale, on two databases of the test's own: what it adds, that the
// same day gives the same data, that it stays in the demo organisations' walls, and that Probity reads it.

const SCALE = 0.001;
const TODAY = '2026-03-16';
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-large-'));
const config = loadConfig({ LOG_LEVEL: 'silent', PROBITY_DEMO: '1', PUBLIC_URL: 'http://probity.test', PROBITY_FILES_DIR: filesDir, RATE_LIMIT_PER_MINUTE: '0', PROBITY_SECRET_KEY: '5e'.repeat(32) });

interface Grown1 {
  database: Database;
  app: App;
  grown: Grown;
}

async function grow(): Promise<Grown1> {
  const database = await ownDatabase();
  const app = await buildApp({ config, database });
  await app.ready();
  await loadCodes(database.db);
  expect(await seedDemoOrganisations(database, { db: database.db, mailer: app.mailer, files: app.files, publicUrl: config.publicUrl }, config.demoPassword)).toBe(true);
  const grown = await seedLarge(database.db, SCALE, await hashPassword(config.demoPassword), () => {});
  return { database, app, grown };
}

/** A digest of a query's rows, in order: the same rows give the same digest on any database. */
async function digest(database: Database, query: string) {
  const { rows } = await database.pool.query(query);
  return { rows: rows.length, sha256: crypto.createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
}

const one = async (database: Database, query: string) => (await database.pool.query(query)).rows[0] as Record<string, unknown>;

let first: Grown1;
let second: Grown1;

beforeAll(async () => {
  startClockAt(new Date(`${TODAY}T10:00:00Z`));
  first = await grow();
  second = await grow();
}, 300_000);

afterAll(async () => {
  clock.set(null);
  for (const made of [first, second]) {
    await made?.app.close();
    await made?.database.close();
  }
  fs.rmSync(filesDir, { recursive: true, force: true });
});

describe('seed:large', { timeout: 120_000 }, () => {
  it('adds each kind of record at its scale, and counts what it added', async () => {
    const { grown, database } = first;
    expect(grown).toMatchObject({ members: 100, staff: 10, conductEntries: 1000, declarations: 300, concerns: 50 });
    const counted = await one(
      database,
      `select (select count(*) from people where email like 'member-%@large.demo.test')::int as members,
              (select count(*) from people where email like 'staff-%@large.demo.test')::int as staff,
              (select count(*) from self_assessments s join people p on p.id = s.person_id where p.email like '%@large.demo.test')::int as "selfAssessments",
              (select count(*) from cpd_activities c join people p on p.id = c.person_id where p.email like '%@large.demo.test')::int as "cpdActivities",
              (select count(*) from conduct_log_entries e join people p on p.id = e.staff_id where p.email like '%@large.demo.test')::int as "conductEntries",
              (select count(*) from declarations d join people p on p.id = d.declarant_id where p.email like '%@large.demo.test')::int as declarations,
              (select count(*) from safeguarding_concerns where learner_ref like 'L%')::int as concerns`,
    );
    expect(counted).toEqual({ members: 100, staff: 10, selfAssessments: grown.selfAssessments, cpdActivities: grown.cpdActivities, conductEntries: 1000, declarations: 300, concerns: 50 });
    // Five years of self-assessments, each rated on every standard.
    expect(await one(database, `select count(distinct year)::int as years, min(year) as first, max(year) as last from self_assessments s join people p on p.id = s.person_id where p.email like '%@large.demo.test'`)).toEqual({ years: 5, first: 2022, last: 2026 });
    expect(await one(database, `select count(distinct n)::int as shapes from (select count(*) as n from self_assessment_entries e join self_assessments s on s.id = e.assessment_id join people p on p.id = s.person_id where p.email like '%@large.demo.test' group by s.id) x`)).toEqual({ shapes: 1 });
  });

  it('gives the same data on the same day', async () => {
    for (const query of [
      `select id, email, given_name, family_name from people where email like '%@large.demo.test' order by id`,
      `select id, staff_id, recorded_by is not null as kept, occurred_on, categories, provisions, description, outcome, shared_at from conduct_log_entries where staff_id in (select id from people where email like '%@large.demo.test') order by id`,
      `select id, declarant_id, kind, state, fields, occurred_on, outcome from declarations where declarant_id in (select id from people where email like '%@large.demo.test') order by id`,
      `select s.id, s.person_id, s.year, s.status, s.submitted_at, array_agg(e.rating order by e.rating) as ratings from self_assessments s join self_assessment_entries e on e.assessment_id = s.id
        where s.person_id in (select id from people where email like '%@large.demo.test') group by s.organisation_id, s.id order by s.id`,
      `select person_id, kind, title, happened_on, minutes from cpd_activities where person_id in (select id from people where email like '%@large.demo.test') order by person_id, happened_on, title, minutes`,
      `select id, learner_ref, category, seen_at, state, outcome from safeguarding_concerns where learner_ref like 'L%' order by id`,
    ]) {
      expect({ query, ...(await digest(first.database, query)) }).toEqual({ query, ...(await digest(second.database, query)) });
    }
  });

  it('keeps every record in its organisation, about its own people, and nothing after today', async () => {
    const { database } = first;
    expect(
      await one(
        database,
        `select (select count(*) from conduct_log_entries e join academies a on a.id = e.academy_id where a.organisation_id <> e.organisation_id)::int as "entriesElsewhere",
                (select count(*) from conduct_log_entries e where not exists (select 1 from employments m where m.person_id = e.staff_id and m.academy_id = e.academy_id and m.organisation_id = e.organisation_id))::int as "entriesNotAboutItsStaff",
                (select count(*) from safeguarding_concerns c join academies a on a.id = c.academy_id where a.organisation_id <> c.organisation_id)::int as "concernsElsewhere",
                (select count(*) from declaration_recipients r where r.person_id = (select declarant_id from declarations d where d.id = r.declaration_id))::int as "declarantsReceiving",
                (select count(*) from self_assessments s where not exists (select 1 from role_assignments r where r.person_id = s.person_id and r.organisation_id = s.organisation_id))::int as "assessmentsOutsider"`,
      ),
    ).toEqual({ entriesElsewhere: 0, entriesNotAboutItsStaff: 0, concernsElsewhere: 0, declarantsReceiving: 0, assessmentsOutsider: 0 });
    expect(
      await one(
        database,
        `select greatest((select max(occurred_on) from conduct_log_entries), (select max(happened_on) from cpd_activities), (select max(occurred_on) from declarations),
                         (select max(seen_at at time zone 'Europe/London')::date from safeguarding_concerns), (select max(submitted_at at time zone 'Europe/London')::date from self_assessments))::text as latest`,
      ),
    ).toEqual({ latest: expect.stringMatching(/^2026-03-1[0-6]$/) });
  });

  it('refuses to grow the same database twice, adding nothing', async () => {
    const before = await one(first.database, `select count(*)::int as people from people`);
    await expect(seedLarge(first.database.db, SCALE, 'unused', () => {})).rejects.toThrow('grown already');
    expect(await one(first.database, `select count(*)::int as people from people`)).toEqual(before);
  });

  it('is read by Probity: a new member of staff signs in, and the trust’s leaders see the workforce’s self-assessments and conduct log', async () => {
    const { app, database } = first;
    const { trust } = (await database.db.execute<{ trust: string }>(sql`select id as trust from organisations where slug = 'demo-trust'`)).rows[0]!;
    const staff = await signIn(app, 'staff-00001@large.demo.test', config.demoPassword);
    expect((await app.inject({ url: '/api/me', headers: { cookie: staff.cookie } })).statusCode).toBe(200);
    const admin = await signIn(app, 'admin@demo.test', config.demoPassword);
    const insights = await app.inject({ url: `/api/orgs/${trust}/development/insights?year=2025&groupBy=academy`, headers: { cookie: admin.cookie } });
    expect(insights.statusCode).toBe(200);
    const submitted = await one(database, `select count(*)::int as n from self_assessments s join people p on p.id = s.person_id where s.organisation_id = '${trust}' and s.year = 2025 and s.status = 'submitted'`);
    expect(insights.json<{ people: number | null }>().people).toBe(submitted.n);
    const principal = await signIn(app, 'principal@demo.test', config.demoPassword);
    const log = await app.inject({ url: `/api/orgs/${trust}/conduct-log/entries`, headers: { cookie: principal.cookie } });
    expect(log.statusCode).toBe(200);
    expect(Number(log.headers['x-total-count'])).toBeGreaterThan(0);
  });
});
