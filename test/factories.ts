import crypto from 'node:crypto';
import type { Db } from '../src/db/index.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { academies, employments, memberships, organisations, people, regions, roleAssignments } from '../src/platform/people/schema.ts';
import type { Role } from '../src/platform/policy.ts';
import type { App } from '../src/server/app.ts';

// Each test makes its own organisation and people, so tests never share mutable state.

export const PASSWORD = 'correct horse battery staple 42';
let passwordHash: Promise<string> | undefined;

export const unique = () => crypto.randomBytes(5).toString('hex');

export interface TestOrganisation {
  id: string;
  kind: 'professional_body' | 'employer_trust' | 'association';
  regions: { north: string; south: string };
  academies: { northfield: string; riverside: string; southgate: string };
}

/** A trust has two regions and three academies; other kinds get none (their ids are then unused). */
export async function makeOrganisation(db: Db, kind: TestOrganisation['kind'] = 'employer_trust'): Promise<TestOrganisation> {
  const suffix = unique();
  const [org] = await db.insert(organisations).values({ kind, name: `Test ${kind} ${suffix}`, slug: `test-${suffix}` }).returning();
  const id = org!.id;
  if (kind !== 'employer_trust') return { id, kind, regions: { north: '', south: '' }, academies: { northfield: '', riverside: '', southgate: '' } };
  const [north, south] = await db.insert(regions).values([{ organisationId: id, name: 'North' }, { organisationId: id, name: 'South' }]).returning();
  const [northfield, riverside, southgate] = await db
    .insert(academies)
    .values([
      { organisationId: id, regionId: north!.id, name: 'Northfield' },
      { organisationId: id, regionId: north!.id, name: 'Riverside' },
      { organisationId: id, regionId: south!.id, name: 'Southgate' },
    ])
    .returning();
  return { id, kind, regions: { north: north!.id, south: south!.id }, academies: { northfield: northfield!.id, riverside: riverside!.id, southgate: southgate!.id } };
}

export interface Grant {
  role: Role;
  academyId?: string | null;
  regionId?: string | null;
}

export interface TestPerson {
  id: string;
  email: string;
}

export async function makePerson(
  db: Db,
  organisationId: string,
  grants: Grant[],
  options: { employedAt?: string | null; member?: boolean; name?: string } = {},
): Promise<TestPerson> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${options.name ?? grants[0]?.role ?? 'person'}-${unique()}@example.test`;
  const [person] = await db.insert(people).values({ email: email.toLowerCase(), givenName: 'Test', familyName: options.name ?? 'Person', passwordHash: await passwordHash }).returning();
  if (grants.length) {
    await db.insert(roleAssignments).values(grants.map((g) => ({ organisationId, personId: person!.id, role: g.role, academyId: g.academyId ?? null, regionId: g.regionId ?? null })));
  }
  if (options.employedAt !== undefined) await db.insert(employments).values({ organisationId, personId: person!.id, academyId: options.employedAt, jobRole: 'Teacher' });
  if (options.member) await db.insert(memberships).values({ organisationId, personId: person!.id, memberNumber: `M-${unique()}` });
  return { id: person!.id, email: email.toLowerCase() };
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  /** Headers for a write: the session cookie and the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
}

export async function signIn(app: App, email: string, password = PASSWORD): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name.endsWith('probity_session'));
  const cookie = `${setCookie!.name}=${setCookie!.value}`;
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
