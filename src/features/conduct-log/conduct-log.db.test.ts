import { and, eq, inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { COUNTED_UP_TO } from '../../platform/paging.ts';
import { clock } from '../../platform/clock.ts';
import { notifications } from '../../platform/notifications/index.ts';
import { employments } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { loadCodes } from '../codes/index.ts';
import { declarations } from '../declarations/schema.ts';
import { CATEGORIES, academiesCompared, categoriesOverTime, provisionsMostInvolved, repeatPatterns, trainingNeeds } from './rules.ts';
import { conductLogEntries } from './schema.ts';
import { counted, type LoggedEntry } from '../../../test/conduct-log.ts';

// The conduct log through the API on a day the tests chose: who records and reads an entry (its principal,
// the trust's HR, those granted it, the member of staff once shared; never a peer), and the patterns and
// training needs leaders read, hidden where they could point to someone.

let t: TestApp;
beforeAll(async () => {
  startClockAt(new Date('2026-03-02T09:00:00Z'));
  t = await testApp();
  await loadCodes(t.database.db);
});
afterAll(async () => {
  clock.set(null);
  await t.close();
});

const db = () => t.database.db;

interface Person extends TestPerson {
  session: SignedIn;
}

async function person(org: TestOrganisation, roles: Parameters<typeof makePerson>[2], name: string, academyId: string | null = org.academies.northfield): Promise<Person> {
  const made = await makePerson(db(), org.id, roles, { name, employedAt: academyId });
  return { ...made, session: await signIn(t.app, made.email) };
}

/** A trust with Northfield's principal and staff (one of them the teacher's line manager), the COO, Riverside's principal, the North's director and an HR case officer. */
async function trust() {
  const org = await makeOrganisation(db(), 'employer_trust');
  const x = {
    org,
    principal: await person(org, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.northfield }], 'Principal'),
    coo: await person(org, [{ role: 'chief_operating_officer' }], 'Coo', null),
    teacher: await person(org, [{ role: 'staff' }], 'Teacher'),
    peer: await person(org, [{ role: 'staff' }], 'Peer'),
    manager: await person(org, [{ role: 'staff' }, { role: 'line_manager', academyId: org.academies.northfield }], 'Manager'),
    riverside: await person(org, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.riverside }], 'Riverside', org.academies.riverside),
    director: await person(org, [{ role: 'regional_education_director', regionId: org.regions.north }], 'Director', null),
    officer: await person(org, [{ role: 'case_officer' }], 'Officer', null),
    elsewhere: await person(org, [{ role: 'staff' }], 'Elsewhere', org.academies.southgate),
  };
  await db().update(employments).set({ lineManagerId: x.manager.id }).where(eq(employments.personId, x.teacher.id));
  return x;
}
type Trust = Awaited<ReturnType<typeof trust>>;

function call(x: Trust, who: Person, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, payload?: object) {
  return t.app.inject({ method, url: `/api/orgs/${x.org.id}${path}`, headers: method === 'GET' ? { cookie: who.session.cookie } : who.session.headers, ...(payload ? { payload } : {}) });
}

async function ok(response: Awaited<ReturnType<typeof call>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.statusCode === 204 ? null : response.json();
}

async function refused(response: Awaited<ReturnType<typeof call>>, field: string, rule: string) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.json().errors).toContainEqual(expect.objectContaining({ field, rule }));
}

const entry = (x: Trust, extra: object = {}) => ({
  academyId: x.org.academies.northfield,
  staffId: x.teacher.id,
  occurredOn: '2026-02-20',
  categories: ['professional-boundaries'],
  provisions: ['8.2'],
  description: 'Discussed a learner’s relationships in front of the class.',
  actionTaken: 'Spoke with them the same day.',
  outcome: 'advice_given',
  ...extra,
});
const record = async (x: Trust, extra: object = {}) => ok(await call(x, x.principal, 'POST', '/conduct-log/entries', entry(x, extra)), 201);
const viewsBy = async (entryId: string, personId: string) =>
  (await db().select().from(auditEvents).where(and(eq(auditEvents.recordId, entryId), eq(auditEvents.action, 'conduct_log.entry_viewed'), eq(auditEvents.actorId, personId)))).length;

describe('entries', () => {
  it('are recorded by the academy’s principal about someone who works there, under categories tied to provisions', async () => {
    const x = await trust();
    const made = await record(x);
    expect(made).toMatchObject({ staff: { id: x.teacher.id }, categories: [{ id: 'professional-boundaries', title: 'Professional boundaries' }], provisions: ['8.2'], sharedAt: null });
    expect(made.allowed).toEqual(['conduct_log.amend', 'conduct_log.share', 'conduct_log.grant']);
    // Read on its own, an entry cites the provisions it involves; a list leaves the citation out.
    expect(made.cites).toMatchObject({ provisions: [{ key: '8.2', words: expect.any(String), href: expect.any(String) }] });
    expect((await ok(await call(x, x.principal, 'GET', `/conduct-log/entries/${made.id}`))).cites).toEqual(made.cites);
    const [listed] = await ok(await call(x, x.principal, 'GET', '/conduct-log/entries'));
    expect(listed).toEqual((({ cites: _, ...rest }) => rest)(made));
    await refused(await call(x, x.principal, 'POST', '/conduct-log/entries', entry(x, { staffId: x.elsewhere.id })), 'body.staffId', 'not-at-academy');
    await refused(await call(x, x.principal, 'POST', '/conduct-log/entries', entry(x, { staffId: x.principal.id })), 'body.staffId', 'not-about-yourself');
    await refused(await call(x, x.principal, 'POST', '/conduct-log/entries', entry(x, { provisions: ['10.1'] })), 'body.provisions', 'provision-outside-categories');
    await refused(await call(x, x.principal, 'POST', '/conduct-log/entries', entry(x, { description: ' ' })), 'body.description', 'description-needed');
    expect((await call(x, x.riverside, 'POST', '/conduct-log/entries', entry(x))).statusCode).toBe(403);
    expect((await call(x, x.teacher, 'POST', '/conduct-log/entries', entry(x, { staffId: x.peer.id }))).statusCode).toBe(403);
    expect(await db().select().from(conductLogEntries).where(eq(conductLogEntries.organisationId, x.org.id))).toHaveLength(1);
    const { categories } = await ok(await call(x, x.principal, 'GET', '/conduct-log/categories'));
    expect(categories.find((c: { id: string }) => c.id === 'physical-contact').provisions).toContain('10.3');
  });

  it('are read by the principal and the trust’s HR, by the member of staff only once shared, and never by a peer; each reading recorded', async () => {
    const x = await trust();
    const { id } = await record(x);
    for (const who of [x.peer, x.teacher, x.riverside, x.director, x.manager]) {
      expect((await call(x, who, 'GET', `/conduct-log/entries/${id}`)).statusCode).toBe(404);
      expect(await ok(await call(x, who, 'GET', '/conduct-log/entries'))).toEqual([]);
    }
    await ok(await call(x, x.coo, 'GET', `/conduct-log/entries/${id}`));
    expect(await viewsBy(id, x.coo.id)).toBe(1);
    // Another organisation's COO, through their own organisation's path: as if it did not exist.
    const y = await trust();
    expect((await call(y, y.coo, 'GET', `/conduct-log/entries/${id}`)).statusCode).toBe(404);

    const shared = await ok(await call(x, x.principal, 'POST', `/conduct-log/entries/${id}/share`));
    expect(shared.allowed).toEqual(['conduct_log.amend', 'conduct_log.grant']);
    expect((await call(x, x.principal, 'POST', `/conduct-log/entries/${id}/share`)).statusCode).toBe(409);
    expect(await db().select().from(notifications).where(and(eq(notifications.personId, x.teacher.id), eq(notifications.kind, 'conduct_log.shared')))).toHaveLength(1);
    const own = await ok(await call(x, x.teacher, 'GET', `/conduct-log/entries/${id}`));
    expect(own).toMatchObject({ description: entry(x).description, allowed: [] });
    expect(await viewsBy(id, x.teacher.id)).toBe(0);
    expect((await call(x, x.teacher, 'PATCH', `/conduct-log/entries/${id}`, { description: 'Nothing happened.' })).statusCode).toBe(403);
    expect((await call(x, x.peer, 'GET', `/conduct-log/entries/${id}`)).statusCode).toBe(404);
  });

  it('are barred from anyone a submitted declaration in this organisation connects to the member of staff, either way round, whatever their role', async () => {
    const x = await trust();
    const { id } = await record(x);
    const declare = (organisationId: string, by: Person, naming: Person, state: 'draft' | 'submitted' = 'submitted') =>
      db().insert(declarations).values({ organisationId, declarantId: by.id, kind: 'relationship', state, submittedAt: state === 'draft' ? null : clock.now(), namedPersonIds: [naming.id] });
    const sees = async (who: Person) => (await call(x, who, 'GET', `/conduct-log/entries/${id}`)).statusCode === 200 && (await ok(await call(x, who, 'GET', '/conduct-log/entries'))).length === 1;
    // A draft, or a declaration made in another organisation, connects nobody here.
    await declare(x.org.id, x.coo, x.teacher, 'draft');
    await declare((await trust()).org.id, x.coo, x.teacher);
    expect(await sees(x.coo)).toBe(true);
    await declare(x.org.id, x.coo, x.teacher);
    expect(await sees(x.coo)).toBe(false);
    // Named by the member of staff's own declaration, the principal is barred too, and records nothing more about them.
    await declare(x.org.id, x.teacher, x.principal);
    expect(await sees(x.principal)).toBe(false);
    expect((await call(x, x.principal, 'POST', '/conduct-log/entries', entry(x))).statusCode).toBe(409);
    // Barred from the teacher's entries alone.
    const other = await record(x, { staffId: x.peer.id });
    expect((await ok(await call(x, x.principal, 'GET', '/conduct-log/entries'))).map((e: { id: string }) => e.id)).toEqual([other.id]);
  });

  it('are amended by the principal, the whole entry checked again', async () => {
    const x = await trust();
    const { id } = await record(x);
    expect(await ok(await call(x, x.principal, 'PATCH', `/conduct-log/entries/${id}`, { outcome: 'training_arranged' }))).toMatchObject({ outcome: 'training_arranged', provisions: ['8.2'] });
    const moved = await call(x, x.principal, 'PATCH', `/conduct-log/entries/${id}`, { categories: ['physical-contact'] });
    await refused(moved, 'body.provisions', 'provision-outside-categories');
    await refused(moved, 'body.provisions', 'category-without-provision');
    const audited = await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.recordId, id)).orderBy(auditEvents.seq);
    expect(audited.map((e) => e.action)).toEqual(['conduct_log.entry_recorded', 'conduct_log.entry_amended']);
  });
});

describe('the list of entries', () => {
  it('gives each reader, a page at a time and newest first, exactly the entries they may read, whichever way they may read them', async () => {
    const x = await trust();
    const about = [x.teacher, x.peer, x.manager, x.principal];
    const made = await db()
      .insert(conductLogEntries)
      .values(
        Array.from({ length: 24 }, (_, i) => ({
          organisationId: x.org.id,
          academyId: i % 3 === 2 ? x.org.academies.riverside : x.org.academies.northfield,
          staffId: i % 3 === 2 ? x.riverside.id : about[i % about.length]!.id,
          recordedBy: x.principal.id,
          // Several on one day, so that the order within a day (by id) is held to as well.
          occurredOn: `2026-02-${String(1 + (i % 5)).padStart(2, '0')}`,
          categories: ['professional-boundaries'],
          provisions: ['8.2'],
          description: 'Listed.',
          actionTaken: 'Listed.',
        })),
      )
      .returning();
    // The teacher's first two entries shared with them; the third granted to their line manager; Northfield's whole log to the HR officer.
    const teachers = made.filter((m) => m.staffId === x.teacher.id);
    await db().update(conductLogEntries).set({ sharedAt: new Date(), sharedBy: x.principal.id }).where(inArray(conductLogEntries.id, [teachers[0]!.id, teachers[1]!.id]));
    const reason = 'They support the teacher’s development this term.';
    await ok(await call(x, x.principal, 'POST', '/conduct-log/access', { entryId: teachers[2]!.id, personId: x.manager.id, reason }), 201);
    await ok(await call(x, x.principal, 'POST', '/conduct-log/access', { academyId: x.org.academies.northfield, personId: x.officer.id, reason }), 201);
    // And one to the COO, who reads every log by their role already: listed once.
    await ok(await call(x, x.principal, 'POST', '/conduct-log/access', { entryId: teachers[3]!.id, personId: x.coo.id, reason }), 201);
    const newestFirst = (a: (typeof made)[number], b: (typeof made)[number]) => b.occurredOn.localeCompare(a.occurredOn) || a.id.localeCompare(b.id);
    for (const reader of [x.principal, x.coo, x.director, x.riverside, x.teacher, x.manager, x.officer, x.peer]) {
      const readable = [];
      for (const m of made) if ((await call(x, reader, 'GET', `/conduct-log/entries/${m.id}`)).statusCode === 200) readable.push(m);
      const listed: string[] = [];
      for (let offset = 0; ; offset += 5) {
        const page = await call(x, reader, 'GET', `/conduct-log/entries?limit=5&offset=${offset}`);
        expect(page.headers['x-total-count'], reader.email).toBe(String(readable.length));
        expect(page.headers['x-total-count-more']).toBeUndefined();
        const ids = (await ok(page)).map((e: { id: string }) => e.id);
        listed.push(...ids);
        if (ids.length < 5) break;
      }
      expect(listed, reader.email).toEqual(readable.sort(newestFirst).map((m) => m.id));
    }
  });

  it(`counts up to ${COUNTED_UP_TO.toLocaleString('en-GB')} and then says there are more`, async () => {
    const x = await trust();
    await db().execute(sql`insert into ${conductLogEntries} (organisation_id, academy_id, staff_id, recorded_by, occurred_on, categories, provisions, description, action_taken)
      select ${x.org.id}, ${x.org.academies.northfield}, ${x.teacher.id}, ${x.principal.id}, date '2026-01-01' + (n % 50), array['professional-boundaries'], array['8.2'], 'Many.', 'Many.'
      from generate_series(1, ${COUNTED_UP_TO + 1}) as n`);
    const many = await call(x, x.principal, 'GET', '/conduct-log/entries?limit=1');
    expect([many.headers['x-total-count'], many.headers['x-total-count-more']]).toEqual([String(COUNTED_UP_TO), 'true']);
    await db().execute(sql`delete from ${conductLogEntries} where id = (select id from ${conductLogEntries} where organisation_id = ${x.org.id} limit 1)`);
    const counted = await call(x, x.principal, 'GET', '/conduct-log/entries?limit=1');
    expect([counted.headers['x-total-count'], counted.headers['x-total-count-more']]).toEqual([String(COUNTED_UP_TO), undefined]);
  });
});

describe('access granted by the principal', () => {
  it('lets those who need to know read, never a peer or the member of staff, until withdrawn', async () => {
    const x = await trust();
    const { id } = await record(x);
    const grant = (body: object) => call(x, x.principal, 'POST', '/conduct-log/access', { reason: 'They support the teacher’s development this term.', ...body });
    await refused(await grant({ entryId: id, personId: x.peer.id }), 'body.personId', 'no-peer-access');
    await refused(await grant({ entryId: id, personId: x.teacher.id }), 'body.personId', 'grant-to-subject');
    await refused(await grant({ entryId: id, personId: x.manager.id, reason: 'Because.' }), 'body.reason', 'reason-needed');
    await refused(await grant({ entryId: id, personId: x.manager.id, expiresOn: '2026-01-01' }), 'body.expiresOn', 'expires-on');
    // A line manager may be granted their own report's entry, not the academy's whole log.
    await refused(await grant({ academyId: x.org.academies.northfield, personId: x.manager.id }), 'body.personId', 'no-peer-access');
    const toManager = await ok(await grant({ entryId: id, personId: x.manager.id, expiresOn: '2026-07-31' }), 201);
    await ok(await call(x, x.manager, 'GET', `/conduct-log/entries/${id}`));
    const toOfficer = await ok(await grant({ academyId: x.org.academies.northfield, personId: x.officer.id }), 201);
    expect((await ok(await call(x, x.officer, 'GET', '/conduct-log/entries'))).map((e: { id: string }) => e.id)).toEqual([id]);
    expect((await ok(await call(x, x.principal, 'GET', '/conduct-log/access'))).map((g: { id: string }) => g.id)).toEqual([toManager.id, toOfficer.id]);
    expect((await call(x, x.riverside, 'DELETE', `/conduct-log/access/${toManager.id}`)).statusCode).toBe(404);
    await ok(await call(x, x.principal, 'DELETE', `/conduct-log/access/${toManager.id}`), 204);
    expect((await call(x, x.manager, 'GET', `/conduct-log/entries/${id}`)).statusCode).toBe(404);
  });
});

describe('patterns and training needs (003 §6.4)', () => {
  it('show leaders the patterns, naming a person only to those who may read every entry behind it, and drill down to what they may read', async () => {
    const x = await trust();
    for (const occurredOn of ['2026-01-12', '2026-02-03', '2026-02-25']) await record(x, { occurredOn });
    for (const staffId of [x.peer.id, x.manager.id]) await record(x, { staffId, occurredOn: '2026-02-10' });
    const period = 'from=2025-09-01&to=2026-03-31';

    const seen = await ok(await call(x, x.principal, 'GET', `/conduct-log/patterns?${period}&academyId=${x.org.academies.northfield}`));
    expect(seen.repeatPatterns).toEqual([expect.objectContaining({ staff: { id: x.teacher.id, name: 'Test Teacher' }, count: 3, categories: ['professional-boundaries'] })]);
    const boundaries = seen.categoriesOverTime.rows.find((r: { category: string }) => r.category === 'professional-boundaries');
    expect(boundaries.total).toMatchObject({ count: 5, people: 3 });
    expect(seen.academiesCompared.rows).toEqual([expect.objectContaining({ academyId: x.org.academies.northfield, staff: 4, per100: 125 })]);
    expect(seen.provisionsMostInvolved[0]).toMatchObject({ provision: '8.2', figure: { count: 5 } });
    expect(await db().select().from(auditEvents).where(and(eq(auditEvents.action, 'conduct_log.patterns_viewed'), eq(auditEvents.actorId, x.principal.id)))).toHaveLength(1);
    const drill = seen.repeatPatterns[0].drillDown;
    const behind = await ok(await call(x, x.principal, 'GET', `/conduct-log/entries?staffId=${drill.staffId}&from=${drill.from}&to=${drill.to}`));
    expect(behind).toHaveLength(3);

    // The director analyses but may not read the entries: three people is too few to show, and no one is named.
    const hidden = await ok(await call(x, x.director, 'GET', `/conduct-log/patterns?${period}`));
    expect(hidden.repeatPatterns).toEqual([]);
    expect(hidden.categoriesOverTime.rows.find((r: { category: string }) => r.category === 'professional-boundaries').total).toMatchObject({ count: null, people: null });
    expect(await ok(await call(x, x.director, 'GET', `/conduct-log/entries?staffId=${x.teacher.id}`))).toEqual([]);

    const { needs } = await ok(await call(x, x.coo, 'GET', `/conduct-log/training-needs?${period}`));
    expect(needs).toEqual([expect.objectContaining({ academyId: x.org.academies.northfield, category: 'professional-boundaries', training: 'Professional boundaries and the position of trust', provisions: ['8.2'], rising: true })]);
    const backwards = await call(x, x.principal, 'GET', '/conduct-log/patterns?from=2026-03-01&to=2026-01-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].field).toBe('query.to');
    // An academy of another organisation is not one to count, for either report, and the month after 9999-12 is not asked for.
    const elsewhere = await makeOrganisation(db(), 'employer_trust');
    for (const report of ['patterns', 'training-needs']) {
      expect((await call(x, x.coo, 'GET', `/conduct-log/${report}?${period}&academyId=${elsewhere.academies.northfield}`)).statusCode).toBe(404);
      expect((await call(x, x.coo, 'GET', `/conduct-log/${report}?from=9999-11-20&to=9999-12-31`)).statusCode).toBe(200);
    }
    expect((await call(x, x.teacher, 'GET', `/conduct-log/patterns?${period}`)).statusCode).toBe(403);
  });

  it('count repeats within the window the trust sets', async () => {
    const x = await trust();
    await refused(await call(x, x.coo, 'PUT', '/conduct-log/settings', { windowDays: 3, threshold: 2 }), 'body.windowDays', 'pattern-window');
    expect((await call(x, x.principal, 'PUT', '/conduct-log/settings', { windowDays: 30, threshold: 2 })).statusCode).toBe(403);
    expect((await call(x, x.principal, 'GET', '/conduct-log/settings')).statusCode).toBe(403);
    expect(await ok(await call(x, x.coo, 'GET', '/conduct-log/settings'))).toEqual({ windowDays: 180, threshold: 3 });
    for (const occurredOn of ['2026-01-05', '2026-02-25']) await record(x, { occurredOn });
    const period = 'from=2026-01-01&to=2026-02-28';
    expect((await ok(await call(x, x.principal, 'GET', `/conduct-log/patterns?${period}`))).repeatPatterns).toEqual([]);
    await ok(await call(x, x.coo, 'PUT', '/conduct-log/settings', { windowDays: 60, threshold: 2 }));
    expect(await ok(await call(x, x.coo, 'GET', '/conduct-log/settings'))).toEqual({ windowDays: 60, threshold: 2 });
    expect((await ok(await call(x, x.principal, 'GET', `/conduct-log/patterns?${period}`))).repeatPatterns).toEqual([expect.objectContaining({ count: 2 })]);
  });

  it('are counted ahead month by month, kept as the entries would count them through every kind of write', async () => {
    const x = await trust();
    const tallies = (from: string) => sql`select academy_id, month::text, kind, value, entries, people::text from ${sql.raw(from)} order by 1, 2, 3, 4`;
    const kept = async () => (await db().execute(tallies(`conduct_log_months where organisation_id = '${x.org.id}'`))).rows;
    const recount = `conduct_log_tally('${x.org.id}', null, '-infinity', 'infinity')`;
    // Across academies: the trust's months as the academies' months add up.
    const across = (from: string) => sql`select month::text, kind, value, entries, people::text from ${sql.raw(from)} order by 1, 2, 3`;
    const keptAcross = async () => (await db().execute(across(`conduct_log_trust_months where organisation_id = '${x.org.id}'`))).rows;
    const expectKept = async () => {
      expect(await kept()).toEqual((await db().execute(tallies(recount))).rows);
      const added = `(select month, kind, value, sum(entries)::int as entries, bit_or(people) as people from ${recount} group by month, kind, value) t`;
      expect(await keptAcross()).toEqual((await db().execute(across(added))).rows);
    };
    const entry = (staff: Person, occurredOn: string, category = CATEGORIES[0]!, academyId = x.org.academies.northfield) => ({
      organisationId: x.org.id,
      academyId,
      staffId: staff.id,
      recordedBy: x.principal.id,
      occurredOn,
      categories: [category.id],
      provisions: category.provisions.slice(0, 1),
      description: 'Generated.',
      actionTaken: 'Generated.',
    });
    const made = await db()
      .insert(conductLogEntries)
      .values([entry(x.teacher, '2026-01-05'), entry(x.teacher, '2026-01-20', CATEGORIES[1]), entry(x.peer, '2026-01-20'), entry(x.elsewhere, '2026-02-03', CATEGORIES[0], x.org.academies.southgate)])
      .returning();
    await expectKept();
    expect(await kept()).toContainEqual(expect.objectContaining({ month: '2026-01-01', kind: 'entries', value: '', entries: 3 }));
    // Moved to another month, academy and category; then a change that counts for nothing (sharing).
    await db().update(conductLogEntries).set({ occurredOn: '2026-03-01', academyId: x.org.academies.riverside, categories: [CATEGORIES[2]!.id], provisions: CATEGORIES[2]!.provisions.slice(0, 1) }).where(eq(conductLogEntries.id, made[0]!.id));
    await expectKept();
    await db().update(conductLogEntries).set({ sharedAt: new Date(), sharedBy: x.principal.id }).where(eq(conductLogEntries.id, made[1]!.id));
    await expectKept();
    await db().delete(conductLogEntries).where(eq(conductLogEntries.id, made[2]!.id));
    await expectKept();
    // A trust whose numbered staff outgrow the sets: every set of the trust grows with them, so any two still join.
    await db().execute(sql`insert into conduct_log_staff (organisation_id, staff_id, bit) values (${x.org.id}, ${x.manager.id}, 1100)`);
    await db().insert(conductLogEntries).values([entry(x.riverside, '2026-02-10', CATEGORIES[0], x.org.academies.riverside), entry(x.manager, '2026-02-11')]);
    await expectKept();
    expect(new Set([...(await kept()), ...(await keptAcross())].map((r) => (r.people as string).length))).toEqual(new Set([2048]));
    // Writers at once, each in its own transaction, into new months, the same academy months and other
    // academies', each across six months, so that they count the trust's months again at the same time.
    const writers = [x.teacher, x.peer, x.manager, x.principal, x.riverside, x.teacher, x.peer, x.manager];
    const academyIds = Object.values(x.org.academies);
    await Promise.all(writers.map((staff, i) => db().insert(conductLogEntries).values([4, 5, 6, 7, 8, 9].map((month) => entry(staff, `2026-0${month}-0${1 + i}`, CATEGORIES[0], academyIds[i % 3])))));
    await expectKept();
    expect(await keptAcross()).toContainEqual(expect.objectContaining({ month: '2026-04-01', kind: 'entries', value: '', entries: 8 }));
    await db().delete(conductLogEntries).where(eq(conductLogEntries.organisationId, x.org.id));
    expect([...(await kept()), ...(await keptAcross())]).toEqual([]);
  });

  it('are counted by the database as the model counts them, for readers who may read all, some or none of the entries, whatever the log', async () => {
    const x = await trust();
    const academyIds = [x.org.academies.northfield, x.org.academies.riverside, x.org.academies.southgate];
    const staff = [x.teacher, x.peer, x.manager, x.elsewhere, x.riverside, ...(await Promise.all(['S1', 'S2', 'S3'].map((name) => person(x.org, [{ role: 'staff' }], name))))];
    const year = { from: '2026-01-01', to: '2026-12-31' };
    const logs = fc.sample(
      fc.record({
        // Days and windows in whole weeks, so that entries often fall exactly a window apart.
        windowDays: fc.integer({ min: 1, max: 17 }).map((weeks) => weeks * 7),
        threshold: fc.integer({ min: 2, max: 4 }),
        entries: fc.array(
          fc.record({ academy: fc.nat(academyIds.length - 1), who: fc.nat(staff.length - 1), day: fc.integer({ min: -20, max: 52 }).map((week) => week * 7), category: fc.nat(3), second: fc.boolean() }),
          { minLength: 40, maxLength: 80 },
        ),
      }),
      { numRuns: 12, seed: 20261201 },
    );
    let [repeats, hidden] = [0, 0];
    for (const log of logs) {
      await db().delete(conductLogEntries).where(eq(conductLogEntries.organisationId, x.org.id));
      await ok(await call(x, x.coo, 'PUT', '/conduct-log/settings', { windowDays: log.windowDays, threshold: log.threshold }));
      const entries: LoggedEntry[] = log.entries.length
        ? await db()
            .insert(conductLogEntries)
            .values(
              log.entries.map((g) => {
                const category = CATEGORIES[g.category]!;
                return {
                  organisationId: x.org.id,
                  academyId: academyIds[g.academy]!,
                  staffId: staff[g.who]!.id,
                  recordedBy: x.principal.id,
                  occurredOn: new Date(Date.UTC(2026, 0, 1 + g.day)).toISOString().slice(0, 10),
                  categories: [category.id],
                  provisions: category.provisions.slice(0, g.second ? 2 : 1),
                  description: 'Generated.',
                  actionTaken: 'Generated.',
                };
              }),
            )
            .returning()
        : [];
      for (const reader of [x.coo, x.principal, x.director]) {
        const seen = new Set((await ok(await call(x, reader, 'GET', '/conduct-log/entries?limit=500'))).map((e: { id: string }) => e.id));
        // The whole year (months counted ahead), and periods that cut months, of the trust and of one academy; the
        // last cuts August 2025, which has no entry before the period (they start on 14 August), and December
        // 2026, which has one after it in some logs (on the 31st) and not in others.
        const periods = [
          [year, undefined],
          [{ from: '2026-02-10', to: '2026-11-20' }, undefined],
          [{ from: '2026-03-15', to: '2026-05-31' }, x.org.academies.northfield],
          [{ from: '2025-08-10', to: '2026-12-30' }, undefined],
        ] as const;
        for (const [period, academyId] of periods) {
          const query = `from=${period.from}&to=${period.to}${academyId ? `&academyId=${academyId}` : ''}`;
          const model = counted(
            entries.filter((e) => !academyId || e.academyId === academyId),
            period,
            (e) => seen.has(e.id),
            { windowDays: log.windowDays, threshold: log.threshold },
          );
          const found = await ok(await call(x, reader, 'GET', `/conduct-log/patterns?${query}`));
          expect(found.categoriesOverTime).toEqual(categoriesOverTime(model, period));
          const compared = academiesCompared(model, found.academiesCompared.rows, period);
          expect(found.academiesCompared.rows).toEqual(compared.rows.map((r) => expect.objectContaining(r)));
          expect(found.academiesCompared.total).toEqual(compared.total);
          expect(found.provisionsMostInvolved).toEqual(provisionsMostInvolved(model, period));
          expect(found.repeatPatterns).toEqual(repeatPatterns(model).map((r) => ({ ...r, staff: expect.objectContaining({ id: r.staffId }) })));
          expect(found.repeatPatternsInAll).toBe(model.repeats);
          repeats += found.repeatPatterns.length;
          hidden += found.categoriesOverTime.rows.filter((r: { total: { count: number | null } }) => r.total.count === null).length;
          const { needs } = await ok(await call(x, reader, 'GET', `/conduct-log/training-needs?${query}`));
          expect(needs).toEqual(trainingNeeds(model, period).map((n) => expect.objectContaining(n)));
        }
      }
    }
    // The fixed seed gives logs with repeats and with hidden figures, so that both are compared.
    expect(repeats).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
  });
});
