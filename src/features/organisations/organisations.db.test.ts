import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { sessions } from '../../platform/auth/schema.ts';
import { outbox } from '../../platform/mail/schema.ts';
import { employments, people, roleAssignments } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { makeOrganisation, makePerson, signIn, unique, type TestOrganisation } from '../../../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function trustWithAdmin() {
  const org = await makeOrganisation(t.database.db, 'employer_trust');
  const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
  return { org, admin, session: await signIn(t.app, admin.email) };
}

const url = (org: TestOrganisation, path = '') => `/api/orgs/${org.id}${path}`;

describe('the organisation', () => {
  it('shows its regions, academies and what the person may do', async () => {
    const { org, session } = await trustWithAdmin();
    const r = await t.app.inject({ method: 'GET', url: url(org), headers: { cookie: session.cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ id: org.id, kind: 'employer_trust', regions: [{ name: 'North' }, { name: 'South' }] });
    expect(r.json().academies).toEqual(
      ['Northfield', 'Riverside', 'Southgate'].map((name) => ({ id: expect.any(String), name, regionId: expect.any(String), dayEndsAt: '17:00', terms: [] })),
    );
    expect(r.json().allowed).toEqual(expect.arrayContaining(['organisation.manage', 'people.manage', 'people.import', 'outbox.read']));
  });

  it('lists what a principal may do within their academy, for navigation', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const principal = await makePerson(t.database.db, org.id, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.northfield }]);
    const r = await t.app.inject({ method: 'GET', url: url(org), headers: { cookie: (await signIn(t.app, principal.email)).cookie } });
    expect(r.json().allowed).toEqual(expect.arrayContaining(['people.read', 'deadline.oversee', 'attestation.oversee', 'development.insights']));
    expect(r.json().allowed).not.toContain('people.manage');
  });

  it('answers 404 to a person of another organisation, as if it did not exist', async () => {
    const { org } = await trustWithAdmin();
    const other = await trustWithAdmin();
    const r = await t.app.inject({ method: 'GET', url: url(org), headers: { cookie: other.session.cookie } });
    expect(r.statusCode).toBe(404);
    const missing = await t.app.inject({ method: 'GET', url: `/api/orgs/${crypto.randomUUID()}`, headers: { cookie: other.session.cookie } });
    expect(missing.json().detail).toBe(r.json().detail);
  });

  it('adds academies and regions, and audits them', async () => {
    const { org, session } = await trustWithAdmin();
    const region = await t.app.inject({ method: 'POST', url: url(org, '/regions'), headers: session.headers, payload: { name: 'East' } });
    expect(region.statusCode).toBe(201);
    const academy = await t.app.inject({ method: 'POST', url: url(org, '/academies'), headers: session.headers, payload: { name: 'Eastbrook Academy', regionId: region.json().id } });
    expect(academy.statusCode).toBe(201);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['region.created', 'academy.created']));
  });

  it('refuses an academy in another organisation’s region', async () => {
    const { org, session } = await trustWithAdmin();
    const other = await makeOrganisation(t.database.db, 'employer_trust');
    const r = await t.app.inject({ method: 'POST', url: url(org, '/academies'), headers: session.headers, payload: { name: 'Sneaky', regionId: other.regions.north } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([{ field: 'body.regionId', reason: 'is not a region of this organisation' }]);
  });

  it('refuses a duplicate academy name with 409', async () => {
    const { org, session } = await trustWithAdmin();
    const r = await t.app.inject({ method: 'POST', url: url(org, '/academies'), headers: session.headers, payload: { name: 'northfield' } });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ type: '/rules/unique-name', detail: 'This organisation already has an academy named "northfield".' });
  });
});

describe('people', () => {
  it('adds a person with roles and an employment, invites them by email, and they accept', async () => {
    const { org, session } = await trustWithAdmin();
    const email = `new-${unique()}@example.test`;
    const r = await t.app.inject({
      method: 'POST',
      url: url(org, '/people'),
      headers: session.headers,
      payload: {
        email,
        givenName: 'Nia',
        familyName: 'Newcomer',
        roles: [{ role: 'staff' }, { role: 'designated_safeguarding_lead', academyId: org.academies.riverside }],
        employment: { academyId: org.academies.riverside, jobRole: 'Teacher of Science' },
        invite: true,
      },
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ email, invited: true, employment: { academyId: org.academies.riverside, jobRole: 'Teacher of Science' } });
    const [mail] = await t.database.db.select().from(outbox).where(eq(outbox.to, email));
    expect(mail!.subject).toContain('invited');
    const token = /token=([\w-]+)/.exec(mail!.text)![1]!;
    const accepted = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, password: 'science is my favourite subject' } });
    expect(accepted.statusCode).toBe(200);
    const me = await signIn(t.app, email, 'science is my favourite subject');
    expect(me.csrfToken).toBeTruthy();
  });

  it('reports every problem of a new person at once, and writes nothing', async () => {
    const { org, session } = await trustWithAdmin();
    const other = await makeOrganisation(t.database.db, 'employer_trust');
    const email = `bad-${unique()}@example.test`;
    const r = await t.app.inject({
      method: 'POST',
      url: url(org, '/people'),
      headers: session.headers,
      payload: { email, givenName: 'Bad', familyName: 'Input', roles: [{ role: 'principal' }, { role: 'staff', academyId: other.academies.northfield }, { role: 'member' }] },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([
      { field: 'body.roles.0.role', reason: 'a principal leads one academy' },
      { field: 'body.roles.1.academyId', reason: 'is not an academy of this organisation' },
      { field: 'body.roles.2.role', reason: 'member is not a role in an employer trust' },
    ]);
    expect(await t.database.db.select().from(people).where(eq(people.email, email))).toHaveLength(0);
  });

  it('links a person Probity already knows instead of making a second account', async () => {
    const { org, session } = await trustWithAdmin();
    const body = await makeOrganisation(t.database.db, 'professional_body');
    const known = await makePerson(t.database.db, body.id, [{ role: 'member' }], { name: 'Known' });
    const r = await t.app.inject({ method: 'POST', url: url(org, '/people'), headers: session.headers, payload: { email: known.email, givenName: 'Other', familyName: 'Name', roles: [{ role: 'staff' }] } });
    expect(r.statusCode).toBe(201);
    expect(r.json().id).toBe(known.id);
    expect(r.json().familyName).toBe('Known'); // the person's own name is not overwritten by another organisation
    const again = await t.app.inject({ method: 'POST', url: url(org, '/people'), headers: session.headers, payload: { email: known.email, givenName: 'Other', familyName: 'Name', roles: [{ role: 'staff' }] } });
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toBe('/rules/person-already-in-organisation');
  });

  it('lets a principal see only their academy’s staff, and themself', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const principal = await makePerson(t.database.db, org.id, [{ role: 'staff' }, { role: 'principal', academyId: org.academies.northfield }], { employedAt: org.academies.northfield });
    const mine = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield });
    const theirs = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.southgate });
    const session = await signIn(t.app, principal.email);
    const list = await t.app.inject({ method: 'GET', url: url(org, '/people'), headers: { cookie: session.cookie } });
    expect(list.json().map((p: { id: string }) => p.id).sort()).toEqual([principal.id, mine.id].sort());
    const hidden = await t.app.inject({ method: 'GET', url: url(org, `/people/${theirs.id}`), headers: { cookie: session.cookie } });
    expect(hidden.statusCode).toBe(404);
  });

  it('lets a regional education director see the staff of their region', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const red = await makePerson(t.database.db, org.id, [{ role: 'regional_education_director', regionId: org.regions.north }], { employedAt: null });
    const riverside = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.riverside });
    const southgate = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.southgate });
    const session = await signIn(t.app, red.email);
    const ids = (await t.app.inject({ method: 'GET', url: url(org, '/people'), headers: { cookie: session.cookie } })).json().map((p: { id: string }) => p.id);
    expect(ids).toContain(riverside.id);
    expect(ids).not.toContain(southgate.id);
  });

  it('pages through people by name and searches by name or email, with the total', async () => {
    const { org, session } = await trustWithAdmin();
    for (const name of ['Adams', 'Baker', 'Clark', 'Davies', 'Evans']) await makePerson(t.database.db, org.id, [{ role: 'staff' }], { name });
    // Two roles, listed and counted once; and someone of another organisation whose name falls between.
    await makePerson(t.database.db, org.id, [{ role: 'staff' }, { role: 'organisation_admin' }], { name: 'Carter' });
    await makePerson(t.database.db, (await makeOrganisation(t.database.db, 'employer_trust')).id, [{ role: 'staff' }], { name: 'Bell' });
    const page = await t.app.inject({ method: 'GET', url: url(org, '/people?limit=2&offset=1'), headers: { cookie: session.cookie } });
    expect(page.headers['x-total-count']).toBe('7');
    expect(page.json().map((p: { familyName: string }) => p.familyName)).toEqual(['Baker', 'Carter']);
    const all = await t.app.inject({ method: 'GET', url: url(org, '/people'), headers: { cookie: session.cookie } });
    expect(all.json().map((p: { familyName: string }) => p.familyName)).toEqual(['Adams', 'Baker', 'Carter', 'Clark', 'Davies', 'Evans', 'Person']);
    expect(all.json()[2].roles.map((r: { role: string }) => r.role).sort()).toEqual(['organisation_admin', 'staff']);
    const found = await t.app.inject({ method: 'GET', url: url(org, '/people?q=davi'), headers: { cookie: session.cookie } });
    expect(found.json().map((p: { familyName: string }) => p.familyName)).toEqual(['Davies']);
    const byEmail = await t.app.inject({ method: 'GET', url: url(org, `/people?q=${encodeURIComponent('evans-')}`), headers: { cookie: session.cookie } });
    expect(byEmail.headers['x-total-count']).toBe('1');
    const wild = await t.app.inject({ method: 'GET', url: url(org, '/people?q=%25'), headers: { cookie: session.cookie } });
    expect(wild.headers['x-total-count']).toBe('0');
    const beyond = await t.app.inject({ method: 'GET', url: url(org, '/people?limit=2&offset=10'), headers: { cookie: session.cookie } });
    expect(beyond.json()).toEqual([]);
    expect(beyond.headers['x-total-count']).toBe('7');
  });

  it('lets staff see only themself', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const staff = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield });
    await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield });
    const session = await signIn(t.app, staff.email);
    const list = await t.app.inject({ method: 'GET', url: url(org, '/people'), headers: { cookie: session.cookie } });
    expect(list.json().map((p: { id: string }) => p.id)).toEqual([staff.id]);
    expect(list.json()[0].allowed).toEqual([]);
  });

  it('disables an account, ending its sessions, with the reason in the audit trail', async () => {
    const { org, session } = await trustWithAdmin();
    const leaver = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield });
    const theirs = await signIn(t.app, leaver.email);
    const r = await t.app.inject({ method: 'PATCH', url: url(org, `/people/${leaver.id}`), headers: session.headers, payload: { disabled: true, reason: 'left the trust' } });
    expect(r.statusCode).toBe(200);
    expect(r.json().disabled).toBe(true);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.personId, leaver.id))).toHaveLength(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: theirs.cookie } })).statusCode).toBe(401);
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, leaver.id), eq(auditEvents.action, 'person.disabled')));
    expect(event!.reason).toBe('left the trust');
  });

  it('will not disable an account that also belongs to another organisation', async () => {
    const { org, session } = await trustWithAdmin();
    const shared = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    const body = await makeOrganisation(t.database.db, 'professional_body');
    await t.database.db.insert(roleAssignments).values({ organisationId: body.id, personId: shared.id, role: 'member' });
    const r = await t.app.inject({ method: 'PATCH', url: url(org, `/people/${shared.id}`), headers: session.headers, payload: { disabled: true } });
    expect(r.statusCode).toBe(409);
    expect(r.json().type).toBe('/rules/account-shared-with-other-organisations');
  });

  it('changes roles', async () => {
    const { org, session } = await trustWithAdmin();
    const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    const r = await t.app.inject({ method: 'PATCH', url: url(org, `/people/${person.id}`), headers: session.headers, payload: { roles: [{ role: 'staff' }, { role: 'line_manager', academyId: org.academies.southgate }] } });
    expect(r.statusCode).toBe(200);
    expect(r.json().roles.map((x: { role: string }) => x.role).sort()).toEqual(['line_manager', 'staff']);
  });

  it('moves a person to another academy under a new line manager, and records membership conditions', async () => {
    const { org, session } = await trustWithAdmin();
    const manager = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.southgate });
    const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield });
    const moved = await t.app.inject({
      method: 'PATCH',
      url: url(org, `/people/${person.id}`),
      headers: session.headers,
      payload: { employment: { academyId: org.academies.southgate, lineManagerId: manager.id, jobRole: 'Head of Year 9' } },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().employment).toMatchObject({ academyId: org.academies.southgate, lineManagerId: manager.id, jobRole: 'Head of Year 9' });
    const self = await t.app.inject({ method: 'PATCH', url: url(org, `/people/${person.id}`), headers: session.headers, payload: { employment: { lineManagerId: person.id }, membership: { status: 'active' } } });
    expect(self.json().errors).toEqual([
      { field: 'body.employment.lineManagerId', reason: 'cannot be the person themself' },
      { field: 'body.membership', reason: 'an employer trust has staff, not members' },
    ]);

    const body = await makeOrganisation(t.database.db, 'professional_body');
    const bodyAdmin = await makePerson(t.database.db, body.id, [{ role: 'organisation_admin' }]);
    const member = await makePerson(t.database.db, body.id, [{ role: 'member' }], { member: true });
    const as = await signIn(t.app, bodyAdmin.email);
    const conditioned = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${body.id}/people/${member.id}`,
      headers: as.headers,
      payload: { membership: { status: 'active', conditions: 'Supervised practice until July 2027' }, reason: 'panel decision' },
    });
    expect(conditioned.json().membership).toMatchObject({ status: 'active', conditions: 'Supervised practice until July 2027' });
  });

  it('refuses a person id of another organisation with 404', async () => {
    const { org, session } = await trustWithAdmin();
    const other = await makeOrganisation(t.database.db, 'employer_trust');
    const stranger = await makePerson(t.database.db, other.id, [{ role: 'staff' }]);
    const r = await t.app.inject({ method: 'PATCH', url: url(org, `/people/${stranger.id}`), headers: session.headers, payload: { givenName: 'Changed' } });
    expect(r.statusCode).toBe(404);
    const [unchanged] = await t.database.db.select().from(people).where(eq(people.id, stranger.id));
    expect(unchanged!.givenName).toBe('Test');
  });

  it('refuses to change a person whom one may read but not manage, and writes nothing', async () => {
    // An administrator of Northfield only, who is also principal of Southgate: reads Southgate's staff, manages none of them.
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const admin = await makePerson(
      t.database.db,
      org.id,
      [{ role: 'staff' }, { role: 'organisation_admin', academyId: org.academies.northfield }, { role: 'principal', academyId: org.academies.southgate }],
      { employedAt: org.academies.southgate },
    );
    const teacher = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.southgate });
    const session = await signIn(t.app, admin.email);
    const read = await t.app.inject({ method: 'GET', url: url(org, `/people/${teacher.id}`), headers: { cookie: session.cookie } });
    expect(read.statusCode).toBe(200);
    expect(read.json().allowed).toEqual([]);
    const events = async () => (await t.database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id))).filter((e) => e.action.startsWith('person.'));
    for (const [who, payload] of [
      [teacher.id, { givenName: 'Changed', roles: [{ role: 'organisation_admin' }] }],
      // Themself too: reading one's own record does not make one its manager.
      [admin.id, { roles: [{ role: 'organisation_admin' }] }],
    ] as const) {
      const r = await t.app.inject({ method: 'PATCH', url: url(org, `/people/${who}`), headers: session.headers, payload });
      expect(r.statusCode).toBe(403);
    }
    const [unchanged] = await t.database.db.select().from(people).where(eq(people.id, teacher.id));
    expect(unchanged!.givenName).toBe('Test');
    const grants = await t.database.db.select({ personId: roleAssignments.personId, role: roleAssignments.role, academyId: roleAssignments.academyId }).from(roleAssignments).where(eq(roleAssignments.organisationId, org.id));
    expect(grants.filter((g) => g.role === 'organisation_admin')).toEqual([{ personId: admin.id, role: 'organisation_admin', academyId: org.academies.northfield }]);
    expect(await events()).toEqual([]);
  });
});

describe('an administrator of one academy', () => {
  it('adds and changes people only at their academy, never granting organisation-wide roles, and writes nothing when refused', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin', academyId: org.academies.northfield }], { employedAt: org.academies.northfield });
    const colleague = await makePerson(t.database.db, org.id, [{ role: 'staff' }], { employedAt: org.academies.northfield });
    const session = await signIn(t.app, admin.email);
    const add = (roles: unknown[], academyId: string | null, email = `${unique()}@example.test`) =>
      t.app.inject({ method: 'POST', url: url(org, '/people'), headers: session.headers, payload: { email, givenName: 'New', familyName: 'Person', roles, employment: { academyId, jobRole: 'Teacher' } } });
    const before = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id))).length;

    const elsewhere = await add([{ role: 'staff', academyId: org.academies.southgate }], org.academies.southgate);
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors).toEqual([
      { field: 'body.roles.0', reason: 'is beyond where you may manage people' },
      { field: 'body.employment.academyId', reason: 'is beyond where you may manage people' },
    ]);
    const wide = await add([{ role: 'organisation_admin' }], org.academies.northfield);
    expect(wide.json().errors).toEqual([{ field: 'body.roles.0', reason: 'is beyond where you may manage people' }]);
    const promote = await t.app.inject({ method: 'PATCH', url: url(org, `/people/${colleague.id}`), headers: session.headers, payload: { roles: [{ role: 'organisation_admin' }] } });
    expect(promote.json().errors).toEqual([{ field: 'body.roles.0', reason: 'is beyond where you may manage people' }]);
    const move = await t.app.inject({ method: 'PATCH', url: url(org, `/people/${colleague.id}`), headers: session.headers, payload: { employment: { academyId: org.academies.southgate } } });
    expect(move.json().errors).toEqual([{ field: 'body.employment.academyId', reason: 'is beyond where you may manage people' }]);
    const list = await t.app.inject({ method: 'POST', url: url(org, '/people/import'), headers: session.headers, payload: { csv: 'email,given_name,family_name,roles,academy,job_role,started_on\nx@example.test,X,Y,staff,Southgate,Teacher,', invite: false } });
    expect(list.statusCode).toBe(403);
    expect((await t.database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id))).length).toBe(before);

    const here = await add([{ role: 'staff', academyId: org.academies.northfield }], org.academies.northfield);
    expect(here.statusCode).toBe(201);
  });
});

describe('importing a staff list', () => {
  const header = 'email,given_name,family_name,roles,academy,region,job_role,line_manager_email';

  it('previews every row with its problems and writes nothing', async () => {
    const { org, session } = await trustWithAdmin();
    const good = `good-${unique()}@example.test`;
    const csv = [header, `${good},Gina,Good,staff,Northfield,,Teacher,`, `not-an-email,Bob,,staff;wizard,Nowhere,,,`].join('\n');
    const r = await t.app.inject({ method: 'POST', url: url(org, '/people/import/preview'), headers: session.headers, payload: { csv } });
    expect(r.statusCode).toBe(200);
    const [first, second] = r.json().rows;
    expect(first.errors).toEqual([]);
    expect(second.line).toBe(3);
    expect(second.errors.map((e: { field: string }) => e.field)).toEqual(['email', 'family_name', 'academy', 'roles', 'job_role']);
    expect(await t.database.db.select().from(people).where(eq(people.email, good))).toHaveLength(0);
  });

  it('imports nothing when one row is bad, then everything once it is fixed', async () => {
    const { org, session } = await trustWithAdmin();
    const a = `a-${unique()}@example.test`;
    const b = `b-${unique()}@example.test`;
    const bad = [header, `${a},Amy,Able,staff;line_manager,Northfield,,Head of Maths,`, `${b},Ben,Baker,staff,Atlantis,,Teacher,${a}`].join('\n');
    const refused = await t.app.inject({ method: 'POST', url: url(org, '/people/import'), headers: session.headers, payload: { csv: bad } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'body.csv.line 3.academy', reason: '"Atlantis" is not an academy of this organisation' }]);
    expect(await t.database.db.select().from(people).where(eq(people.email, a))).toHaveLength(0);

    const fixed = bad.replace('Atlantis', 'Riverside');
    const done = await t.app.inject({ method: 'POST', url: url(org, '/people/import'), headers: session.headers, payload: { csv: fixed, invite: true } });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toEqual({ imported: 2 });
    const [amy] = await t.database.db.select().from(people).where(eq(people.email, a));
    const [ben] = await t.database.db.select().from(people).where(eq(people.email, b));
    const [job] = await t.database.db.select().from(employments).where(eq(employments.personId, ben!.id));
    expect(job).toMatchObject({ academyId: org.academies.riverside, jobRole: 'Teacher', lineManagerId: amy!.id });
    expect(await t.database.db.select().from(outbox).where(eq(outbox.organisationId, org.id))).toHaveLength(2);
    const events = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, org.id), eq(auditEvents.action, 'people.imported')));
    expect(events).toHaveLength(1);
  });

  it('refuses an import of people already in the organisation', async () => {
    const { org, session, admin } = await trustWithAdmin();
    const r = await t.app.inject({ method: 'POST', url: url(org, '/people/import/preview'), headers: session.headers, payload: { csv: `${header}\n${admin.email},Ada,Admin,staff,,,Admin,` } });
    expect(r.json().rows[0].errors).toEqual([{ field: 'email', reason: 'is already in this organisation' }]);
  });

  it('names a file that is not CSV, or lacks columns', async () => {
    const { org, session } = await trustWithAdmin();
    const broken = await t.app.inject({ method: 'POST', url: url(org, '/people/import/preview'), headers: session.headers, payload: { csv: 'email,given_name\n"unterminated' } });
    expect(broken.json().fileErrors[0].field).toBe('csv');
    const missing = await t.app.inject({ method: 'POST', url: url(org, '/people/import/preview'), headers: session.headers, payload: { csv: 'email,shoe_size\nx@example.test,9' } });
    expect(missing.json().fileErrors.map((e: { reason: string }) => e.reason)).toEqual([
      'has unknown columns: shoe_size (known: email, given_name, family_name, roles, academy, region, job_role, line_manager_email, member_number, membership_status, started_on)',
      'has no given_name column',
      'has no family_name column',
      'has no roles column',
    ]);
  });

  it('imports members of a professional body with their member numbers', async () => {
    const org = await makeOrganisation(t.database.db, 'professional_body');
    const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
    const session = await signIn(t.app, admin.email);
    const n = unique();
    const csv = `email,given_name,family_name,roles,member_number,membership_status\nm-${n}@example.test,Mo,Member,member,SET-${n},active\nr-${n}@example.test,Ray,Reviewer,member;reviewer,SET-${n},active`;
    const preview = await t.app.inject({ method: 'POST', url: url(org as TestOrganisation, '/people/import/preview'), headers: session.headers, payload: { csv } });
    expect(preview.json().rows[1].errors).toEqual([{ field: 'member_number', reason: 'repeats line 2' }]);
    const fixed = csv.replace(`SET-${n},active\nr`, `SET-${n}a,active\nr`);
    const done = await t.app.inject({ method: 'POST', url: url(org as TestOrganisation, '/people/import'), headers: session.headers, payload: { csv: fixed } });
    expect(done.statusCode).toBe(201);
  });
});

describe('the outbox', () => {
  it('shows the organisation’s mail to its admin, and records that it was read', async () => {
    const { org, session, admin } = await trustWithAdmin();
    await t.app.inject({ method: 'POST', url: url(org, '/people'), headers: session.headers, payload: { email: `o-${unique()}@example.test`, givenName: 'Olu', familyName: 'Outbox', roles: [{ role: 'staff' }], invite: true } });
    const r = await t.app.inject({ method: 'GET', url: url(org, '/outbox'), headers: { cookie: session.cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toHaveLength(1);
    const [read] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.actorId, admin.id), eq(auditEvents.action, 'outbox.read')));
    expect(read).toBeDefined();
  });
});

describe('the audit trail', () => {
  it('is searched by an auditor, and the search itself is recorded', async () => {
    const { org, session } = await trustWithAdmin();
    await t.app.inject({ method: 'POST', url: url(org, '/regions'), headers: session.headers, payload: { name: 'West' } });
    const auditor = await makePerson(t.database.db, org.id, [{ role: 'auditor' }]);
    const as = await signIn(t.app, auditor.email);
    const r = await t.app.inject({ method: 'GET', url: url(org, '/audit?action=region'), headers: { cookie: as.cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.json().map((e: { action: string }) => e.action)).toEqual(['region.created']);
    const all = await t.app.inject({ method: 'GET', url: url(org, '/audit'), headers: { cookie: as.cookie } });
    expect(all.json()[0].action).toBe('audit.searched');
  });

  it('is verified intact', async () => {
    const { org, session } = await trustWithAdmin();
    const r = await t.app.inject({ method: 'POST', url: url(org, '/audit/verify'), headers: session.headers });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, problems: [] });
  });

  it('is closed to an admin who is not an auditor', async () => {
    const { org, session } = await trustWithAdmin();
    const r = await t.app.inject({ method: 'GET', url: url(org, '/audit'), headers: { cookie: session.cookie } });
    expect(r.statusCode).toBe(403);
  });
});
