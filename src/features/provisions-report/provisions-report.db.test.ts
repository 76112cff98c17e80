import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../../platform/clock.ts';
import { academies } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { startClockAt } from '../../../test/clock.ts';
import { makeOrganisation, makePerson, signIn, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { cases } from '../cases/schema.ts';
import { loadCodes } from '../codes/index.ts';
import { conductLogEntries } from '../conduct-log/schema.ts';
import { declarations } from '../declarations/schema.ts';
import { safeguardingConcerns } from '../safeguarding/schema.ts';

// The provisions report through the API on a day the tests chose: conduct-log entries, declarations,
// safeguarding concerns and cases counted by the provisions they cite, by kind, academy and month; each
// reader kept to the academies they oversee; a count from 1 to 4 hidden, and a part that would give it away.

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

const staffCode = (...provisions: string[]) => ({ code: 'att-staff-code-of-conduct', version: '2020', provisions });
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

/**
 * A trust whose records over January and February 2026 cite provision 3.1 of the staff code: Northfield has
 * 3 conduct entries in each month, 2 declarations in January and 5 concerns in February; Riverside one
 * conduct entry in February and one allegation. Five cases about a Northfield teacher were opened in January;
 * one entry falls before the period.
 */
async function trust() {
  const org = await makeOrganisation(db(), 'employer_trust');
  const x = {
    org,
    principal: await person(org, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.northfield }], 'Principal'),
    coo: await person(org, [{ role: 'chief_operating_officer' }], 'Coo', null),
    teacher: await person(org, [{ role: 'staff' }], 'Teacher'),
  };
  const { northfield, riverside } = org.academies;
  const entry = (academyId: string, occurredOn: string) => ({
    organisationId: org.id,
    academyId,
    staffId: x.teacher.id,
    recordedBy: x.principal.id,
    occurredOn,
    categories: ['safeguarding-practice'],
    provisions: ['3.1'],
    description: 'Private words that the report never shows.',
    actionTaken: 'Spoke with them.',
  });
  await db()
    .insert(conductLogEntries)
    .values([...times(3, (i) => entry(northfield, `2026-01-1${i}`)), ...times(3, (i) => entry(northfield, `2026-02-1${i}`)), entry(riverside, '2026-02-20'), entry(northfield, '2025-12-31')]);
  await db()
    .insert(declarations)
    .values(times(2, (i) => ({ organisationId: org.id, declarantId: x.teacher.id, academyId: northfield, kind: 'gift', state: 'submitted' as const, submittedAt: new Date(`2026-01-2${i}T10:00:00Z`), cites: [staffCode('3.1')] })));
  const concern = (academyId: string, state: 'recorded' | 'allegation', at: string) => ({
    organisationId: org.id,
    academyId,
    learnerRef: 'LRN1',
    category: 'neglect' as const,
    seenAt: new Date(at),
    recordedAt: new Date(at),
    recordedBy: x.teacher.id,
    account: 'What was seen, in the reporter’s own words.',
    actBy: new Date(at),
    state,
  });
  await db()
    .insert(safeguardingConcerns)
    .values([...times(5, (i) => concern(northfield, 'recorded', `2026-02-0${i + 2}T10:00:00Z`)), concern(riverside, 'allegation', '2026-02-03T10:00:00Z')]);
  await db()
    .insert(cases)
    .values(times(5, (i) => ({ organisationId: org.id, type: 'staff_conduct' as const, subjectId: x.teacher.id, openedFrom: 'intake' as const, summary: 'A summary the report never shows.', openedBy: x.coo.id, openedAt: new Date(`2026-01-0${i + 5}T10:00:00Z`) })));
  return x;
}

type Trust = Awaited<ReturnType<typeof trust>>;
const PERIOD = 'from=2026-01-01&to=2026-02-28';

function report(x: Trust, who: Person, query = PERIOD, orgId = x.org.id) {
  return t.app.inject({ method: 'GET', url: `/api/orgs/${orgId}/provisions-report?${query}`, headers: { cookie: who.session.cookie } });
}

interface Row {
  provision: { id: string; key: string; words: string; href: string | null; codeName: string };
  total: number | null;
  byKind: Record<string, number | null>;
  byAcademy: { academyId: string | null; count: number | null }[];
  byMonth: { month: string; count: number | null }[];
}

describe('the provisions report', () => {
  it('counts each provision across every kind of record by kind, academy and month, most involved first, hiding small counts', async () => {
    const x = await trust();
    const response = await report(x, x.coo);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { academies: { id: string | null }[]; months: string[]; provisions: Row[] };
    expect(body.months).toEqual(['2026-01', '2026-02']);
    expect(body.academies.map((a) => a.id)).toEqual(expect.arrayContaining([x.org.academies.northfield, x.org.academies.riverside, x.org.academies.southgate, null]));
    const [first] = body.provisions;
    // 7 entries (not the one before the period), 2 declarations, 5 concerns: 14.
    expect(first!.provision).toMatchObject({ key: '3.1', href: '/codes/att-staff-code-of-conduct/2020#p-3.1' });
    expect(first!.total).toBe(14);
    // Two declarations are hidden, and so the concerns, which would otherwise give them away.
    expect(first!.byKind).toEqual({ conduct: 7, declaration: null, concern: null, case: 0 });
    expect(first!.byMonth).toEqual([
      { month: '2026-01', count: 5 },
      { month: '2026-02', count: 9 },
    ]);
    // Riverside's one entry is hidden, and Northfield's 13 with it.
    expect(first!.byAcademy.find((a) => a.academyId === x.org.academies.riverside)!.count).toBeNull();
    expect(first!.byAcademy.find((a) => a.academyId === x.org.academies.northfield)!.count).toBeNull();
    expect(first!.byAcademy.find((a) => a.academyId === x.org.academies.southgate)!.count).toBe(0);

    const byKey = new Map(body.provisions.map((p) => [p.provision.key, p]));
    // Each case cites its type's provisions and counts at the academy where the person it is about works.
    expect(byKey.get('20.1')).toMatchObject({ total: 5, byKind: { conduct: 0, declaration: 0, concern: 0, case: 5 }, byMonth: [{ month: '2026-01', count: 5 }, { month: '2026-02', count: 0 }] });
    expect(byKey.get('20.1')!.byAcademy.find((a) => a.academyId === x.org.academies.northfield)!.count).toBe(5);
    expect(byKey.get('3.2')).toMatchObject({ total: 5, byKind: { concern: 5 } });
    // One allegation: hidden, and ranked after every figure shown.
    expect(byKey.get('appendix-1-never-1')!.total).toBeNull();
    expect(body.provisions.at(-1)!.provision.key).toBe('appendix-1-never-1');
    // Counts only: nothing of any record's content or of anyone.
    expect(response.body).not.toContain('Private words');
    expect(response.body).not.toContain('reporter’s own words');
    expect(response.body).not.toContain(x.teacher.id);
  });

  it('keeps a principal to their own academy', async () => {
    const x = await trust();
    const body = (await report(x, x.principal)).json() as { academies: { id: string | null }[]; provisions: Row[] };
    expect(body.academies.map((a) => a.id)).toEqual([x.org.academies.northfield]);
    const first = body.provisions[0]!;
    expect(first.provision.key).toBe('3.1');
    expect(first.total).toBe(13);
    expect(first.byKind).toEqual({ conduct: 6, declaration: null, concern: null, case: 0 });
    expect(first.byAcademy).toEqual([{ academyId: x.org.academies.northfield, academyName: expect.any(String), count: 13 }]);
    expect(body.provisions.map((p) => p.provision.key)).not.toContain('appendix-1-never-1');
    expect((await report(x, x.principal, `${PERIOD}&academyId=${x.org.academies.riverside}`)).statusCode).toBe(404);
    const own = (await report(x, x.principal, `${PERIOD}&academyId=${x.org.academies.northfield}`)).json() as { provisions: Row[] };
    expect(own.provisions[0]!.total).toBe(13);
  });

  it('keeps a regional director to the academies of their region', async () => {
    const x = await trust();
    const director = await person(x.org, [{ role: 'regional_education_director', regionId: x.org.regions.north }], 'Director', null);
    const body = (await report(x, director)).json() as { academies: { id: string | null }[]; provisions: Row[] };
    expect(body.academies.map((a) => a.id).sort()).toEqual([x.org.academies.northfield, x.org.academies.riverside].sort());
    expect(body.provisions[0]).toMatchObject({ total: 14, byKind: { conduct: 7 } });
    expect((await report(x, director, `${PERIOD}&academyId=${x.org.academies.southgate}`)).statusCode).toBe(404);
  });

  it('refuses someone without the right, another organisation, and bad dates naming the field', async () => {
    const x = await trust();
    const y = await trust();
    expect((await report(x, x.teacher)).statusCode).toBe(403);
    expect((await report(x, x.coo, PERIOD, y.org.id)).statusCode).toBe(404);
    expect((await report(x, x.coo, `${PERIOD}&academyId=${y.org.academies.northfield}`)).statusCode).toBe(404);
    for (const [query, field] of [
      ['from=2026-02-30&to=2026-03-01', 'querystring.from'],
      ['from=2026-01-01&to=soon', 'querystring.to'],
      ['from=2026-03-01&to=2026-01-01', 'querystring.to'],
      ['from=2020-01-01&to=2026-01-01', 'querystring.from'],
    ] as const) {
      const response = await report(x, x.coo, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field), query).toContain(field);
    }
  });

  it('gives the report as a spreadsheet, its cells unable to run as formulas', async () => {
    const x = await trust();
    await db().update(academies).set({ name: '=HYPERLINK("x")' }).where(eq(academies.id, x.org.academies.southgate));
    const response = await report(x, x.coo, `${PERIOD}&format=csv`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const [header, first] = response.body.split('\r\n');
    expect(header).toContain(`"'=HYPERLINK(""x"")"`);
    expect(header).toContain('conduct_log_entries,declarations,safeguarding_concerns,cases');
    expect(first).toContain('3.1');
    expect(first).toContain('fewer than 5');
  });
});
