import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { deadlines } from '../deadlines/schema.ts';
import { unregisteredCitableTypes } from '../../platform/citable.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { makeOrganisation, makePerson, signIn, type Grant, type SignedIn, type TestOrganisation, type TestPerson } from '../../../test/factories.ts';
import { employments, people } from '../../platform/people/schema.ts';
import { loadCodes } from './index.ts';
import { citations, codeVersions, codes, provisions } from './schema.ts';
import { ATTESTATION_STATEMENT, syncLibrary } from './service.ts';
import type { CodeLibrary } from './files.ts';
import type { CodeFile } from './format.ts';
import { clock } from '../../platform/clock.ts';
import { startClockAt } from '../../../test/clock.ts';
import { roundTrips } from '../../../test/round-trips.ts';

// The tests adopt from 1 September 2026 and replace from dates around this one.
const MONDAY = new Date('2026-11-02T10:00:00Z');

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
beforeEach(() => startClockAt(MONDAY));
afterAll(async () => {
  clock.set(null);
  await t.close();
});

interface Trust {
  org: TestOrganisation;
  admin: TestPerson;
  admin$: SignedIn;
  teacher: TestPerson;
  teacher$: SignedIn;
  principal: TestPerson;
  principal$: SignedIn;
}

async function trust(): Promise<Trust> {
  const org = await makeOrganisation(t.database.db, 'employer_trust');
  const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
  const teacher = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield, name: 'Teacher' });
  const principal = await makePerson(t.database.db, org.id, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.southgate }], { employedAt: org.academies.southgate, name: 'Principal' });
  return { org, admin, admin$: await signIn(t.app, admin.email), teacher, teacher$: await signIn(t.app, teacher.email), principal, principal$: await signIn(t.app, principal.email) };
}

const adopt = (x: Trust, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/adoptions`, headers: x.admin$.headers, payload: { codeId: 'test-conduct', version: '1', adoptedFrom: '2026-09-01', ...body } });

async function version(v: string) {
  const x = await t.app.inject({ method: 'GET', url: `/api/codes/test-conduct/versions/${v}`, headers: { cookie: (await trustSession()).cookie } });
  return x.json();
}
let anySession: SignedIn | undefined;
async function trustSession() {
  anySession ??= (await trust()).teacher$;
  return anySession;
}

describe('the library', () => {
  it('lists codes with their versions, and serves a version as a tree in document order', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/codes', headers: { cookie: (await trustSession()).cookie } });
    expect(list.json().find((c: { id: string }) => c.id === 'test-conduct').versions.map((v: { version: string }) => v.version)).toEqual(['1', '2']);
    const v2 = await version('2');
    expect(v2.provisions.map((p: { key: string; parentKey: string | null }) => [p.key, p.parentKey])).toEqual([
      ['A', null],
      ['B', null],
      ['B.1', 'B'],
      ['C', null],
    ]);
    expect(v2.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves a version from memory by its content hash, with an entity tag: asked again with it, answers 304', async () => {
    const headers = { cookie: (await trustSession()).cookie };
    const url = '/api/codes/test-conduct/versions/2';
    const first = await t.app.inject({ method: 'GET', url, headers });
    expect(first.headers).toMatchObject({ etag: expect.stringMatching(/^"[\w-]+"$/), 'cache-control': 'private, no-cache' });
    // Once in memory, the text costs no query: the session, and which versions there are with their hashes.
    expect(await roundTrips(() => t.app.inject({ method: 'GET', url, headers }))).toHaveLength(2);
    const again = await t.app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': first.headers.etag as string } });
    expect([again.statusCode, again.body]).toEqual([304, '']);
    const list = await t.app.inject({ method: 'GET', url: '/api/codes', headers });
    expect((await t.app.inject({ method: 'GET', url: '/api/codes', headers: { ...headers, 'if-none-match': list.headers.etag as string } })).statusCode).toBe(304);
    // Loaded again with other text, the version has another hash: its new text is read, under another tag.
    const stored = first.json().contentHash as string;
    const rehash = (hash: string) => t.database.db.update(codeVersions).set({ contentHash: hash }).where(and(eq(codeVersions.codeId, 'test-conduct'), eq(codeVersions.version, '2')));
    await rehash('f'.repeat(64));
    try {
      const changed = await t.app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': first.headers.etag as string } });
      expect([changed.statusCode, changed.json().contentHash]).toEqual([200, 'f'.repeat(64)]);
      expect(changed.headers.etag).not.toBe(first.headers.etag);
    } finally {
      await rehash(stored);
    }
  });

  it('answers 404 for a version that does not exist', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/codes/test-conduct/versions/9', headers: { cookie: (await trustSession()).cookie } });
    expect(r.statusCode).toBe(404);
  });

  it('compares two versions through their mapping, with word diffs', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/codes/test-conduct/compare?from=1&to=2', headers: { cookie: (await trustSession()).cookie } });
    expect(r.json()).toMatchObject({ mapped: true, counts: { 'renumbered-and-reworded': 1, renumbered: 1, removed: 1, added: 2 } });
    expect(r.json().changes.map((c: { change: string; to: { key: string } | null }) => [c.change, c.to?.key ?? null])).toEqual([
      ['renumbered-and-reworded', 'A'],
      ['renumbered', 'B'],
      ['removed', null],
      ['added', 'B.1'],
      ['added', 'C'],
    ]);
    expect(r.json().changes[0].diff).toContainEqual({ op: 'added', text: 'as soon as possible and ' });
  });

  it('reads provisions of every code side by side by theme', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/themes/safeguarding', headers: { cookie: (await trustSession()).cookie } });
    expect(r.json().filter((p: { codeId: string }) => p.codeId === 'test-conduct').map((p: { version: string; key: string }) => `${p.version}:${p.key}`)).toEqual(['1:1', '2:A']);
    expect((await t.app.inject({ method: 'GET', url: '/api/themes/astrology', headers: { cookie: (await trustSession()).cookie } })).statusCode).toBe(400);
  });
});

describe('the codes that ship with Probity', () => {
  it('load into the database once, and compare 2009 with 2015 through their mapping', async () => {
    const first = await loadCodes(t.database.db);
    expect(first.problems).toEqual([]);
    expect((await loadCodes(t.database.db)).added + (await loadCodes(t.database.db)).updated).toBe(0);
    const session = { cookie: (await trustSession()).cookie };
    const practice = await t.app.inject({ method: 'GET', url: '/api/codes/set-code-of-practice/versions/2018', headers: session });
    expect(practice.json().provisions.filter((p: { parentKey: string | null }) => p.parentKey === '10').map((p: { number: string }) => p.number)).toEqual(['10.1', '10.2', '10.3', '10.4']);
    const compared = await t.app.inject({ method: 'GET', url: '/api/codes/education-improvement-code-of-conduct/compare?from=2009&to=2015', headers: session });
    expect(compared.json().mapped).toBe(true);
    expect(compared.json().changes.length).toBeGreaterThanOrEqual(11);
  });
});

describe('loading the code files at start', () => {
  // A code of this test's own: the codes are the whole database's, shared by the tests of this worker.
  const file = (code: string, version: string, text: string, title = 'A code loaded at start'): { file: string; data: CodeFile } => ({
    file: `${code}.${version}.json`,
    data: { code, title, publisher: 'Probity tests', version, effectiveFrom: '2026-09-01', source: { document: 'test', title: 'Test' }, provisions: [{ key: '1', number: '1', text, kind: 'mandatory' }] },
  });
  const library = (codeFiles: { file: string; data: CodeFile }[], pairs: CodeLibrary['mappings'][number]['data']['pairs'] = []): CodeLibrary => ({
    codes: codeFiles,
    mappings: [{ file: 'mapping.json', data: { code: codeFiles[0]!.data.code, from: '1', to: '2', pairs } }],
    problems: [],
  });
  const loads = async (code: string) => (await t.database.db.select().from(auditEvents).where(eq(auditEvents.recordType, 'code_version'))).filter((e) => (e.details as { code?: string }).code === code).length;

  it('writes nothing, in three reads, when the files are as the database holds them; loads what changed', async () => {
    const code = `start-${crypto.randomUUID().slice(0, 8)}`;
    const files = [file(code, '1', 'Be honest.'), file(code, '2', 'Be honest and kind.', 'The code, retitled')];
    expect(await syncLibrary(t.database.db, library(files))).toEqual({ added: 2, updated: 0 });
    expect(await loads(code)).toBe(2);

    let result: unknown;
    const sent = await roundTrips(async () => (result = await syncLibrary(t.database.db, library(files))));
    expect(result).toEqual({ added: 0, updated: 0 });
    expect(sent).toHaveLength(3);
    expect(sent.every((statement) => /^select /i.test(statement))).toBe(true);
    expect(await loads(code)).toBe(2);

    // A changed provision reloads that version only; its code keeps its last file's title.
    expect(await syncLibrary(t.database.db, library([files[0]!, file(code, '2', 'Be honest, and kind.', 'The code, retitled')]))).toEqual({ added: 0, updated: 1 });
    const [second] = await t.database.db.select().from(codeVersions).where(and(eq(codeVersions.codeId, code), eq(codeVersions.version, '2')));
    expect((await t.database.db.select({ text: provisions.text }).from(provisions).where(eq(provisions.versionId, second!.id))).map((p) => p.text)).toEqual(['Be honest, and kind.']);
    expect((await t.database.db.select().from(codes).where(eq(codes.id, code)))[0]!.title).toBe('The code, retitled');
    expect(await loads(code)).toBe(3);

    // A changed mapping alone is loaded too.
    const pairs = [{ from: '1', to: '1', change: 'reworded' as const }];
    const mapped = library([files[0]!, file(code, '2', 'Be honest, and kind.', 'The code, retitled')], pairs);
    expect(await roundTrips(() => syncLibrary(t.database.db, mapped))).not.toHaveLength(3);
    expect(await roundTrips(() => syncLibrary(t.database.db, mapped))).toHaveLength(3);
  });
});

describe('adoption and search', () => {
  it('searches only the codes the organisation has adopted, with stemming and highlights', async () => {
    const x = await trust();
    const before = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/codes/search?q=declaring`, headers: { cookie: x.teacher$.cookie } });
    expect(before.json()).toEqual([]);
    expect((await adopt(x, { material: false })).statusCode).toBe(201);
    const r = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/codes/search?q=declaring%20gifts`, headers: { cookie: x.teacher$.cookie } });
    expect(r.json()[0]).toMatchObject({ codeId: 'test-conduct', key: '2', version: '1' });
    expect(r.json()[0].snippet.filter((s: { match: boolean }) => s.match).map((s: { text: string }) => s.text)).toEqual(['Gifts', 'declare', 'gifts']);
    const typing = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/codes/search?q=confid&asYouType=true`, headers: { cookie: x.teacher$.cookie } });
    expect(typing.json().map((p: { key: string }) => p.key)).toEqual(['3']);
    const hostile = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/codes/search?q=${encodeURIComponent("') | !! & <b>")}&asYouType=true`, headers: { cookie: x.teacher$.cookie } });
    expect(hostile.statusCode).toBe(200);
    // The same search of the same texts again is answered from memory: only what the organisation has adopted is asked.
    const repeated = await roundTrips(() => t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/codes/search?q=declaring%20gifts`, headers: { cookie: x.teacher$.cookie } }));
    expect(repeated.some((statement) => statement.includes('ts_headline'))).toBe(false);
  });

  it('searches as you type with several words, each a prefix, whatever punctuation is typed', async () => {
    const x = await trust();
    await adopt(x, { material: false });
    const typing = (q: string) => t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/codes/search?asYouType=true&q=${encodeURIComponent(q)}`, headers: { cookie: x.teacher$.cookie } });
    const keys = async (q: string) => {
      const r = await typing(q);
      expect(r.statusCode, q).toBe(200);
      return r.json().map((p: { key: string }) => p.key);
    };
    expect(await keys('safeguarding conc')).toEqual(['1']);
    expect(await keys('safeg conc')).toEqual(['1']);
    expect(await keys('act safeg concern')).toEqual(['1']);
    expect(await keys('declare gif hosp')).toEqual(['2']);
    expect(await keys('safeg gifts')).toEqual([]);
    expect(await keys("safeg' & !conc | (day):*")).toEqual(['1']);
    expect(await keys("learners' rec")).toEqual(['3']);
    expect(await keys("!&|():*' <-> \\")).toEqual([]);
    expect(await keys('the of')).toEqual([]);
  });

  it('refuses to adopt the same version twice, or an unknown one', async () => {
    const x = await trust();
    await adopt(x, {});
    const again = await adopt(x, {});
    expect(again.json().type).toBe('/rules/already-adopted');
    expect((await adopt(x, { version: '7' })).statusCode).toBe(404);
    const bad = await adopt(x, { adoptedFrom: '2026-13-01', roles: ['wizard'] });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.adoptedFrom', 'body.roles.0']);
  });

  it('binds people by role and academy, and each person sees what binds them', async () => {
    const x = await trust();
    await adopt(x, { academyIds: [x.org.academies.northfield], material: false });
    const teacher = await t.app.inject({ method: 'GET', url: '/api/me/codes', headers: { cookie: x.teacher$.cookie } });
    expect(teacher.json()).toEqual([expect.objectContaining({ codeId: 'test-conduct', version: '1', organisationId: x.org.id, campaign: null })]);
    const principal = await t.app.inject({ method: 'GET', url: '/api/me/codes', headers: { cookie: x.principal$.cookie } });
    expect(principal.json()).toEqual([]);
  });
});

describe('attestation', () => {
  async function campaignFor(x: Trust) {
    const adopted = await adopt(x, {});
    expect(adopted.json().campaignId).toBeTruthy();
    return adopted.json().campaignId as string;
  }

  it('asks everyone bound to confirm by a deadline, and keeps the exact content confirmed', async () => {
    const x = await trust();
    const campaignId = await campaignFor(x);
    const owners = await t.database.db.select({ ownerId: deadlines.ownerId, kind: deadlines.kind }).from(deadlines).where(eq(deadlines.recordId, campaignId));
    expect(owners.map((o) => o.ownerId).sort()).toEqual([x.admin.id, x.teacher.id, x.principal.id].sort());
    const { contentHash } = await version('1');
    const url = `/api/orgs/${x.org.id}/attestation-campaigns/${campaignId}/attest`;
    const done = await t.app.inject({ method: 'POST', url, headers: x.teacher$.headers, payload: { contentHash, statement: ATTESTATION_STATEMENT } });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toMatchObject({ contentHash, version: '1' });
    const [deadline] = await t.database.db.select().from(deadlines).where(and(eq(deadlines.recordId, campaignId), eq(deadlines.ownerId, x.teacher.id)));
    expect(deadline!.metAt).not.toBeNull();
    const twice = await t.app.inject({ method: 'POST', url, headers: x.teacher$.headers, payload: { contentHash, statement: ATTESTATION_STATEMENT } });
    expect(twice.json().type).toBe('/rules/already-attested');
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.actorId, x.teacher.id), eq(auditEvents.action, 'attestation.made')));
    expect(event!.details).toEqual({ contentHash });
  });

  it('refuses to attest for someone else, with other text, or to content that changed', async () => {
    const x = await trust();
    const campaignId = await campaignFor(x);
    const { contentHash } = await version('1');
    const url = `/api/orgs/${x.org.id}/attestation-campaigns/${campaignId}/attest`;
    const forOther = await t.app.inject({ method: 'POST', url, headers: x.admin$.headers, payload: { contentHash, statement: ATTESTATION_STATEMENT, personId: x.teacher.id } });
    expect(forOther.json().type).toBe('/rules/attest-for-yourself');
    const wrongText = await t.app.inject({ method: 'POST', url, headers: x.teacher$.headers, payload: { contentHash, statement: 'ok' } });
    expect(wrongText.json().errors[0].field).toBe('body.statement');
    const stale = await t.app.inject({ method: 'POST', url, headers: x.teacher$.headers, payload: { contentHash: 'a'.repeat(64), statement: ATTESTATION_STATEMENT } });
    expect(stale.json().type).toBe('/rules/content-changed');
  });

  it('starts a new campaign for a material new version, refuses the superseded one, and none for an editorial change', async () => {
    const x = await trust();
    const first = await campaignFor(x);
    const material = await adopt(x, { version: '2', adoptedFrom: '2026-11-02' });
    expect(material.json()).toMatchObject({ replaces: true, campaignId: expect.any(String) });
    const { contentHash } = await version('1');
    const superseded = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/attestation-campaigns/${first}/attest`, headers: x.teacher$.headers, payload: { contentHash, statement: ATTESTATION_STATEMENT } });
    expect(superseded.json().type).toBe('/rules/superseded-version');

    const y = await trust();
    await adopt(y, {});
    const editorial = await adopt(y, { version: '2', adoptedFrom: '2027-01-01', material: false });
    expect(editorial.json()).toMatchObject({ replaces: true, campaignId: null });
  });

  it('keeps a version in force, and open to confirm, until the day its replacement adopted ahead takes effect', async () => {
    const x = await trust();
    const first = await campaignFor(x);
    const second = (await adopt(x, { version: '2', adoptedFrom: '2026-11-05' })).json().campaignId as string;
    const statuses = async (session: SignedIn) =>
      (await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/adoptions`, headers: { cookie: session.cookie } })).json().map((a: { version: string; status: string; endedOn: string | null }) => [a.version, a.status, a.endedOn]);
    const mine = async (session: SignedIn) =>
      (await t.app.inject({ method: 'GET', url: '/api/me/codes', headers: { cookie: session.cookie } })).json().map((c: { version: string; status: string; campaign: { id: string; dueOn: string } }) => [c.version, c.status, c.campaign.id, c.campaign.dueOn]);
    const hashes: Record<string, string> = { '1': (await version('1')).contentHash, '2': (await version('2')).contentHash };
    const attest = (session: SignedIn, campaignId: string, v: string) =>
      t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/attestation-campaigns/${campaignId}/attest`, headers: session.headers, payload: { contentHash: hashes[v], statement: ATTESTATION_STATEMENT } });

    // Before that day: the old version in force, the new one to come, each asked to be confirmed within 28 days.
    expect(await statuses(x.admin$)).toEqual([
      ['2', 'upcoming', null],
      ['1', 'in-force', '2026-11-05'],
    ]);
    expect(await mine(x.teacher$)).toEqual([
      ['1', 'in-force', first, '2026-11-30'],
      ['2', 'upcoming', second, '2026-11-30'],
    ]);
    expect((await attest(x.teacher$, first, '1')).statusCode).toBe(201);
    expect((await attest(x.teacher$, second, '2')).statusCode).toBe(201);
    const search = async (session: SignedIn) => (await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/codes/search?q=gifts`, headers: { cookie: session.cookie } })).json().map((p: { version: string }) => p.version);
    expect(await search(x.teacher$)).toEqual(['1']);

    // From that day: the old version superseded, the new one in force.
    startClockAt(new Date('2026-11-05T00:30:00Z'));
    const principal$ = await signIn(t.app, x.principal.email);
    expect((await attest(principal$, first, '1')).json().type).toBe('/rules/superseded-version');
    expect(await mine(principal$)).toEqual([['2', 'in-force', second, '2026-11-30']]);
    expect(await statuses(await signIn(t.app, x.admin.email))).toEqual([
      ['2', 'in-force', null],
      ['1', 'superseded', '2026-11-05'],
    ]);
    expect(await search(principal$)).toEqual(['2']);
  });

  it('shows each person the codes that bind them, and whether they have confirmed each, in one query', async () => {
    const x = await trust();
    const campaignId = await campaignFor(x);
    const { contentHash } = await version('1');
    await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/attestation-campaigns/${campaignId}/attest`, headers: x.teacher$.headers, payload: { contentHash, statement: ATTESTATION_STATEMENT } });
    const mine = async (session: SignedIn) => (await t.app.inject({ method: 'GET', url: '/api/me/codes', headers: { cookie: session.cookie } })).json();
    expect(await mine(x.teacher$)).toEqual([expect.objectContaining({ codeId: 'test-conduct', status: 'in-force', campaign: { id: campaignId, dueOn: '2026-11-30', attestedAt: expect.any(String) } })]);
    expect(await mine(x.principal$)).toEqual([expect.objectContaining({ codeId: 'test-conduct', campaign: { id: campaignId, dueOn: '2026-11-30', attestedAt: null } })]);
    expect(await roundTrips(() => mine(x.teacher$))).toHaveLength(2);
  });

  it('puts a version adopted from today in force today', async () => {
    const x = await trust();
    await adopt(x, { adoptedFrom: '2026-11-02', material: false });
    const codes = await t.app.inject({ method: 'GET', url: '/api/me/codes', headers: { cookie: x.teacher$.cookie } });
    expect(codes.json()).toEqual([expect.objectContaining({ version: '1', status: 'in-force', adoptedFrom: '2026-11-02' })]);
  });

});

describe('the attestation dashboard', () => {
  const confirm = async (x: Trust, session: SignedIn, campaignId: string) => {
    const { contentHash } = await version('1');
    const r = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/attestation-campaigns/${campaignId}/attest`, headers: session.headers, payload: { contentHash, statement: ATTESTATION_STATEMENT } });
    expect(r.statusCode).toBe(201);
    return r.json().attestedAt as string;
  };
  const dashboard = (x: Trust, session: SignedIn, campaignId: string, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/attestation-campaigns/${campaignId}${query}`, headers: { cookie: session.cookie } });
  const names = (r: { json(): { people: { name: string }[] } }) => r.json().people.map((p) => p.name);
  const staffAt = (x: Trust, academyId: string | null, name: string, roles: Grant[] = [{ role: 'staff' }]) => makePerson(t.database.db, x.org.id, roles, { employedAt: academyId, name });
  const campaignOf = async (x: Trust, body: Record<string, unknown> = {}) => (await adopt(x, body)).json().campaignId as string;

  it('counts who has confirmed in all, by academy and by role, within the scope of each who oversees it', async () => {
    const x = await trust();
    await staffAt(x, x.org.academies.riverside, 'Carter');
    const director = await staffAt(x, null, 'Director', [{ role: 'regional_education_director', regionId: x.org.regions.north }]);
    const campaignId = await campaignOf(x);
    await confirm(x, x.teacher$, campaignId);

    const admin = await dashboard(x, x.admin$, campaignId);
    expect(admin.json()).toMatchObject({ total: 5, done: 1, matching: 5 });
    expect(admin.json().byAcademy).toEqual([
      { group: 'Central team', academyId: null, total: 2, done: 0 },
      { group: 'Northfield', academyId: x.org.academies.northfield, total: 1, done: 1 },
      { group: 'Riverside', academyId: x.org.academies.riverside, total: 1, done: 0 },
      { group: 'Southgate', academyId: x.org.academies.southgate, total: 1, done: 0 },
    ]);
    expect(admin.json().byRole).toEqual([
      { group: 'organisation_admin', total: 1, done: 0 },
      { group: 'principal', total: 1, done: 0 },
      { group: 'regional_education_director', total: 1, done: 0 },
      { group: 'staff', total: 3, done: 1 },
    ]);

    // A principal oversees their academy; a regional director the academies of their region; neither the central team.
    const principal = await dashboard(x, x.principal$, campaignId);
    expect(principal.json()).toMatchObject({ total: 1, done: 0, byAcademy: [{ group: 'Southgate', total: 1 }], byRole: [{ group: 'principal' }, { group: 'staff' }] });
    expect(names(principal)).toEqual(['Test Principal']);
    const region = await dashboard(x, await signIn(t.app, director.email), campaignId);
    expect(region.json()).toMatchObject({ total: 2, done: 1, byAcademy: [{ group: 'Northfield' }, { group: 'Riverside' }] });
    expect(names(region)).toEqual(['Test Teacher', 'Test Carter']);
    expect((await dashboard(x, x.teacher$, campaignId)).statusCode).toBe(403);
  });

  it('asks those an adoption binds: any one of its roles, a current post at any one of its academies, both where it names both (003 §2.2)', async () => {
    const asked = async (body: (x: Trust) => Record<string, unknown>) => {
      const x = await trust();
      const twoPosts = await staffAt(x, x.org.academies.northfield, 'Twoposts');
      await t.database.db.update(employments).set({ startedOn: '2020-09-01' }).where(eq(employments.personId, twoPosts.id));
      await t.database.db.insert(employments).values({ organisationId: x.org.id, personId: twoPosts.id, academyId: x.org.academies.southgate, jobRole: 'Teacher', startedOn: '2024-09-01' });
      await staffAt(x, x.org.academies.riverside, 'Mentor', [{ role: 'staff' }, { role: 'mentor' }]);
      const left = await staffAt(x, x.org.academies.northfield, 'Left');
      await t.database.db.update(employments).set({ endedOn: '2026-08-31' }).where(eq(employments.personId, left.id));
      const disabled = await staffAt(x, x.org.academies.northfield, 'Disabled');
      await t.database.db.update(people).set({ disabledAt: MONDAY }).where(eq(people.id, disabled.id));
      const campaignId = await campaignOf(x, body(x));
      const r = await dashboard(x, x.admin$, campaignId);
      // The campaign gave a deadline to each it asks, and only they may confirm it.
      const owners = await t.database.db.select({ ownerId: deadlines.ownerId }).from(deadlines).where(eq(deadlines.recordId, campaignId));
      expect(owners).toHaveLength(r.json().total);
      const { contentHash } = await version('1');
      const teacher = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/attestation-campaigns/${campaignId}/attest`, headers: x.teacher$.headers, payload: { contentHash, statement: ATTESTATION_STATEMENT } });
      const listed = r.json().people.map((p: { name: string; academy: string }) => `${p.name} at ${p.academy}`);
      expect(teacher.statusCode).toBe(listed.includes('Test Teacher at Northfield') ? 201 : 404);
      return listed;
    };
    // Everyone with a role here, with a post or without (an ended post is none), but not a disabled account.
    expect(await asked(() => ({}))).toEqual([
      'Test Left at Central team',
      'Test Person at Central team',
      'Test Teacher at Northfield',
      'Test Twoposts at Northfield',
      'Test Mentor at Riverside',
      'Test Principal at Southgate',
    ]);
    expect(await asked(() => ({ roles: ['mentor', 'principal'] }))).toEqual(['Test Mentor at Riverside', 'Test Principal at Southgate']);
    // Someone with two posts is counted at the first, or at the one the adoption names.
    expect(await asked((x) => ({ academyIds: [x.org.academies.southgate] }))).toEqual(['Test Principal at Southgate', 'Test Twoposts at Southgate']);
    expect(await asked((x) => ({ academyIds: [x.org.academies.northfield] }))).toEqual(['Test Teacher at Northfield', 'Test Twoposts at Northfield']);
    expect(await asked((x) => ({ roles: ['mentor'], academyIds: [x.org.academies.northfield] }))).toEqual([]);
    expect(await asked((x) => ({ roles: ['mentor'], academyIds: [x.org.academies.riverside] }))).toEqual(['Test Mentor at Riverside']);
  });

  it('lists a page at a time by academy and name, filtered by academy, role, status and name or email, counting those that match', async () => {
    const x = await trust();
    const adams = await staffAt(x, x.org.academies.northfield, 'Adams');
    await staffAt(x, x.org.academies.northfield, 'Baker');
    const carter = await staffAt(x, x.org.academies.riverside, 'Carter');
    const campaignId = await campaignOf(x);
    const teacherAt = await confirm(x, x.teacher$, campaignId);
    const adamsAt = await confirm(x, await signIn(t.app, adams.email), campaignId);
    const page = (query: string) => dashboard(x, x.admin$, campaignId, query);
    // Each with when they confirmed, to the millisecond.
    expect((await page('?status=confirmed')).json().people.map((p: { attestedAt: string }) => p.attestedAt)).toEqual([adamsAt, teacherAt]);

    expect(names(await page('?limit=2'))).toEqual(['Test Person', 'Test Adams']);
    const second = await page('?limit=2&offset=2');
    expect(names(second)).toEqual(['Test Baker', 'Test Teacher']);
    expect(second.json()).toMatchObject({ total: 6, done: 2, matching: 6 });
    expect((await page('?limit=2&offset=10')).json()).toMatchObject({ people: [], matching: 6 });

    const { northfield, riverside } = x.org.academies;
    for (const [query, expected] of [
      [`?academyId=${northfield}`, ['Test Adams', 'Test Baker', 'Test Teacher']],
      ['?academyId=central', ['Test Person']],
      ['?role=principal', ['Test Principal']],
      ['?status=confirmed', ['Test Adams', 'Test Teacher']],
      [`?status=pending&academyId=${northfield}`, ['Test Baker']],
      ['?q=bAK', ['Test Baker']],
      [`?q=${encodeURIComponent(carter.email.toUpperCase())}`, ['Test Carter']],
      ['?q=test%20a', ['Test Adams']],
      // The words are taken as they are, wildcards too.
      ['?q=%25', []],
      [`?academyId=${riverside}&role=principal`, []],
    ] as const) {
      const r = await page(query);
      expect(names(r), query).toEqual(expected);
      // The totals are the dashboard's, whatever the list shows.
      expect(r.json(), query).toMatchObject({ total: 6, done: 2, matching: expected.length });
    }
  });

  it('gives every one who matches the filters as CSV, not a page of them', async () => {
    const x = await trust();
    const baker = await staffAt(x, x.org.academies.northfield, 'Baker');
    const campaignId = await campaignOf(x);
    await confirm(x, x.teacher$, campaignId);
    const csv = async (query: string) => {
      const r = await dashboard(x, x.admin$, campaignId, `?format=csv${query}`);
      expect(r.headers['content-type']).toContain('text/csv');
      expect(r.headers['content-disposition']).toBe('attachment; filename="attestations.csv"');
      return r.body.trim().split('\r\n');
    };
    const all = await csv('&limit=1');
    expect(all[0]).toBe('name,email,academy,roles,attested_at');
    expect(all).toHaveLength(5);
    expect(await csv(`&academyId=${x.org.academies.northfield}&status=pending`)).toEqual(['name,email,academy,roles,attested_at', `Test Baker,${baker.email},Northfield,staff,`]);
    // A principal's spreadsheet has their academy only.
    expect((await dashboard(x, x.principal$, campaignId, '?format=csv')).body.trim().split('\r\n').slice(1)).toEqual([expect.stringMatching(/^Test Principal,.*,Southgate,principal;staff,$/)]);
  });

  it('refuses a page too long, a role or academy it does not know, naming the field', async () => {
    const x = await trust();
    const other = await makeOrganisation(t.database.db, 'employer_trust');
    const campaignId = await campaignOf(x);
    for (const [query, field, reason] of [
      ['?limit=501', 'querystring.limit', 'must be at most 500'],
      ['?offset=-1', 'querystring.offset', 'must be at least 0'],
      ['?role=wizard', 'querystring.role', expect.stringMatching(/^must be one of /)],
      ['?status=maybe', 'querystring.status', 'must be one of confirmed, pending'],
      ['?academyId=northfield', 'querystring.academyId', 'must be an academy id, or central for the central team'],
      [`?academyId=${other.academies.northfield}`, 'querystring.academyId', 'is not an academy of this organisation'],
      [`?format=csv&academyId=${other.academies.northfield}`, 'querystring.academyId', 'is not an academy of this organisation'],
      ['?sort=name', 'querystring.sort', 'is not a known field'],
      [`?q=${'x'.repeat(201)}`, 'querystring.q', 'must be at most 200 characters'],
    ] as const) {
      const r = await dashboard(x, x.admin$, campaignId, query);
      expect(r.statusCode, query).toBe(400);
      expect(r.json().errors, query).toEqual([{ field, reason }]);
    }
    // Control characters in a search are refused before the search, naming the field.
    for (const q of ['%00', '%1B%5B2J']) {
      const r = await dashboard(x, x.admin$, campaignId, `?q=${q}`);
      expect(r.statusCode, q).toBe(400);
      expect(r.json().errors[0], q).toMatchObject({ field: 'query.q', reason: expect.stringMatching(/^must not contain control characters/) });
    }
    // A line break, which text may hold, matches nobody.
    const broken = await dashboard(x, x.admin$, campaignId, '?q=a%0D%0Ab');
    expect([broken.statusCode, broken.json().people]).toEqual([200, []]);
    // Another organisation's campaign is not found, with or without filters.
    const y = await trust();
    expect((await dashboard(y, y.admin$, campaignId)).statusCode).toBe(404);
    expect((await dashboard(y, y.admin$, campaignId, '?format=csv')).statusCode).toBe(404);
  });

  it('is asked of the database in the same few statements, whatever the number of people', async () => {
    const x = await trust();
    const campaignId = await campaignOf(x);
    // The session check; then, in one transaction, the campaign, and in one statement whom it asks, counted and a page of them.
    const few = await roundTrips(() => dashboard(x, x.admin$, campaignId));
    expect(few).toHaveLength(6);
    for (const name of ['Adams', 'Baker', 'Carter', 'Davies']) await staffAt(x, x.org.academies.riverside, name);
    expect(await roundTrips(() => dashboard(x, x.admin$, campaignId))).toHaveLength(few.length);
  });
});

describe('citations', () => {
  /** A CPD activity of the person: a record they may cite provisions from. */
  async function activityOf(x: Trust, session: SignedIn) {
    const r = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/development/cpd`, headers: session.headers, payload: { kind: 'course', title: 'Gifts and hospitality', happenedOn: '2025-01-15', minutes: 60 } });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  }
  const cite = (x: Trust, session: SignedIn, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/citations`, headers: session.headers, payload });
  const written = async (recordId: string) => ({
    citations: await t.database.db.select().from(citations).where(eq(citations.recordId, recordId)),
    audited: await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'provision.cited'), eq(auditEvents.recordId, recordId))),
  });

  it('cites provisions from a record and lists what cites a provision', async () => {
    const x = await trust();
    const { provisions } = await version('2');
    const gifts = provisions.find((p: { key: string }) => p.key === 'B').id;
    const activity = await activityOf(x, x.admin$);
    const cited = await cite(x, x.admin$, { provisionIds: [gifts], recordType: 'cpd_activity', recordId: activity });
    expect(cited.statusCode).toBe(201);
    expect(cited.json()).toEqual([expect.objectContaining({ key: 'B', codeId: 'test-conduct', version: '2' })]);
    const back = await t.app.inject({ method: 'GET', url: `/api/orgs/${x.org.id}/provisions/${gifts}/citations`, headers: { cookie: x.admin$.cookie } });
    expect(back.json()).toEqual([expect.objectContaining({ recordType: 'cpd_activity', recordId: activity })]);
    const other = await trust();
    const elsewhere = await t.app.inject({ method: 'GET', url: `/api/orgs/${other.org.id}/provisions/${gifts}/citations`, headers: { cookie: other.admin$.cookie } });
    expect(elsewhere.json()).toEqual([]);
    const unknown = await cite(x, x.admin$, { provisionIds: [crypto.randomUUID()], recordType: 'cpd_activity', recordId: activity });
    expect(unknown.json().errors).toEqual([{ field: 'body.provisionIds.0', reason: 'is not a provision of any code' }]);
    expect((await cite(x, x.teacher$, { provisionIds: [gifts], recordType: 'cpd_activity', recordId: activity })).statusCode).toBe(403);
  });

  it('refuses a kind of record the system does not know, naming the field, and writes nothing', async () => {
    const x = await trust();
    const { provisions } = await version('2');
    const recordId = crypto.randomUUID();
    for (const recordType of ['declaration', 'CPD_ACTIVITY', '']) {
      const r = await cite(x, x.admin$, { provisionIds: [provisions[0].id], recordType, recordId });
      expect(r.statusCode).toBe(400);
      expect(r.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.recordType']);
    }
    const malformed = await cite(x, x.admin$, { provisionIds: [provisions[0].id], recordType: 'cpd_activity', recordId: 'd-1' });
    expect(malformed.json().errors).toEqual([{ field: 'body.recordId', reason: 'must be a record id' }]);
    expect(await written(recordId)).toEqual({ citations: [], audited: [] });
  });

  it('answers 404 for a record that does not exist here, or that the person may not see, and writes nothing', async () => {
    const x = await trust();
    const other = await trust();
    const { provisions } = await version('2');
    const provisionIds = [provisions[0].id];
    const missing = crypto.randomUUID();
    const elsewhere = await activityOf(other, other.admin$);
    const teachers = await activityOf(x, x.teacher$);
    const goal = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/development/goals`, headers: x.teacher$.headers, payload: { title: 'Lead a workshop', successMeasure: 'Delivered', targetDate: '2030-07-01' } });
    expect((await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/adoptions`, headers: x.admin$.headers, payload: { codeId: 'test-standards', version: '1', adoptedFrom: '2020-01-01', material: false } })).statusCode).toBe(201);
    const assessment = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/self-assessments`, headers: x.teacher$.headers, payload: {} });
    expect(assessment.statusCode).toBe(201);
    for (const [recordType, recordId] of [
      ['cpd_activity', missing],
      ['cpd_activity', elsewhere],
      // The teacher's own records: the administrator may not see them.
      ['cpd_activity', teachers],
      ['development_goal', goal.json().id],
      ['self_assessment', assessment.json().id],
      // A real record of another kind is not a record of this kind.
      ['development_goal', teachers],
    ] as const) {
      const r = await cite(x, x.admin$, { provisionIds, recordType, recordId });
      expect(r.statusCode, `${recordType} ${recordId}`).toBe(404);
      expect(r.json().detail).toBe('No such record.');
      expect(await written(recordId)).toEqual({ citations: [], audited: [] });
    }
  });

  it('lets the owner cite from their record, and someone it is shared with who may cite', async () => {
    const x = await trust();
    const { provisions } = await version('2');
    const lineManager = await makePerson(t.database.db, x.org.id, [{ role: 'staff' }, { role: 'line_manager', academyId: x.org.academies.northfield }, { role: 'principal', academyId: x.org.academies.northfield }], { employedAt: x.org.academies.northfield });
    const lineManager$ = await signIn(t.app, lineManager.email);
    const activity = await activityOf(x, x.teacher$);
    expect((await cite(x, lineManager$, { provisionIds: [provisions[0].id], recordType: 'cpd_activity', recordId: activity })).statusCode).toBe(404);
    const shared = await t.app.inject({ method: 'POST', url: `/api/orgs/${x.org.id}/development/shares`, headers: x.teacher$.headers, payload: { viewerId: lineManager.id } });
    expect(shared.statusCode).toBe(201);
    const cited = await cite(x, lineManager$, { provisionIds: [provisions[0].id], recordType: 'cpd_activity', recordId: activity });
    expect(cited.statusCode).toBe(201);
    expect((await written(activity)).citations).toHaveLength(1);
  });

  it('knows how to find every kind of record it lets cite provisions', () => {
    expect(unregisteredCitableTypes()).toEqual([]);
  });
});
