import { count, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { audit, systemActor } from '../../platform/audit/index.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { academies, employments, memberships, organisations, people, regions, roleAssignments } from '../../platform/people/schema.ts';
import type { Role } from '../../platform/policy.ts';

// Demo organisations for a first start: a professional body, an association and a trust, with a user for every role.

type OrgKey = 'body' | 'association' | 'trust';
type Academy = 'Northfield Academy' | 'Riverside Academy' | 'Southgate Academy';
interface Grant {
  org: OrgKey;
  role: Role;
  academy?: Academy;
  region?: 'North' | 'South';
}
interface DemoPerson {
  email: string;
  givenName: string;
  familyName: string;
  grants: Grant[];
  /** Trust employment: an academy, or the central team. */
  job?: { title: string; academy: Academy | 'central'; manager?: string };
  member?: { org: 'body' | 'association'; number: string; selfEmployed?: boolean; joinedOn?: string };
}

const everywhere = (role: Role): Grant[] => (['body', 'association', 'trust'] as const).map((org) => ({ org, role }));

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@demo.test', givenName: 'Ada', familyName: 'Admin', grants: everywhere('organisation_admin') },
  { email: 'auditor@demo.test', givenName: 'Audrey', familyName: 'Auditor', grants: everywhere('auditor') },
  { email: 'member@demo.test', givenName: 'Morgan', familyName: 'Member', grants: [{ org: 'body', role: 'member' }], member: { org: 'body', number: 'SET-100001' } },
  {
    email: 'teacher@demo.test',
    givenName: 'Tariq',
    familyName: 'Teacher',
    grants: [{ org: 'trust', role: 'staff' }, { org: 'body', role: 'member' }],
    job: { title: 'Teacher of English', academy: 'Northfield Academy', manager: 'line-manager@demo.test' },
    member: { org: 'body', number: 'SET-100002' },
  },
  {
    email: 'consultant@demo.test',
    givenName: 'Cora',
    familyName: 'Consultant',
    grants: [{ org: 'association', role: 'member' }],
    member: { org: 'association', number: 'ASN-2001', selfEmployed: true },
  },
  {
    email: 'line-manager@demo.test',
    givenName: 'Lena',
    familyName: 'Manager',
    grants: [{ org: 'trust', role: 'staff' }, { org: 'trust', role: 'line_manager', academy: 'Northfield Academy' }],
    job: { title: 'Head of English', academy: 'Northfield Academy', manager: 'principal@demo.test' },
  },
  {
    email: 'principal@demo.test',
    givenName: 'Priya',
    familyName: 'Principal',
    grants: [{ org: 'trust', role: 'staff' }, { org: 'trust', role: 'principal', academy: 'Northfield Academy' }],
    job: { title: 'Principal', academy: 'Northfield Academy', manager: 'red@demo.test' },
  },
  {
    email: 'red@demo.test',
    givenName: 'Rhys',
    familyName: 'Director',
    grants: [{ org: 'trust', role: 'staff' }, { org: 'trust', role: 'regional_education_director', region: 'North' }],
    job: { title: 'Regional Education Director (North)', academy: 'central', manager: 'coo@demo.test' },
  },
  {
    email: 'coo@demo.test',
    givenName: 'Colm',
    familyName: 'Operations',
    grants: [{ org: 'trust', role: 'staff' }, { org: 'trust', role: 'chief_operating_officer' }],
    job: { title: 'Chief Operating Officer', academy: 'central' },
  },
  {
    email: 'dsl@demo.test',
    givenName: 'Dana',
    familyName: 'Safeguarding',
    grants: [{ org: 'trust', role: 'staff' }, { org: 'trust', role: 'designated_safeguarding_lead', academy: 'Northfield Academy' }],
    job: { title: 'Designated Safeguarding Lead', academy: 'Northfield Academy', manager: 'principal@demo.test' },
  },
  {
    email: 'dpo@demo.test',
    givenName: 'Dev',
    familyName: 'Protection',
    grants: [{ org: 'trust', role: 'staff' }, { org: 'trust', role: 'data_protection_officer' }, { org: 'trust', role: 'identity_custodian' }, { org: 'body', role: 'data_protection_officer' }],
    job: { title: 'Data Protection Officer', academy: 'central', manager: 'coo@demo.test' },
  },
  {
    email: 'case-officer@demo.test',
    givenName: 'Casey',
    familyName: 'Officer',
    grants: [{ org: 'trust', role: 'staff' }, { org: 'trust', role: 'case_officer' }, { org: 'trust', role: 'concerns_handler' }, { org: 'body', role: 'case_officer' }],
    job: { title: 'HR Case Officer', academy: 'central', manager: 'coo@demo.test' },
  },
  { email: 'pst@demo.test', givenName: 'Pat', familyName: 'Status', grants: [{ org: 'body', role: 'professional_status_team' }] },
  { email: 'supporter@demo.test', givenName: 'Sam', familyName: 'Supporter', grants: [{ org: 'body', role: 'supporter' }] },
  {
    email: 'mentor@demo.test',
    givenName: 'Mina',
    familyName: 'Mentor',
    grants: [{ org: 'body', role: 'mentor' }, { org: 'trust', role: 'staff' }, { org: 'trust', role: 'mentor', academy: 'Riverside Academy' }],
    job: { title: 'Teacher of Mathematics', academy: 'Riverside Academy' },
  },
  { email: 'reviewer@demo.test', givenName: 'Rowan', familyName: 'Reviewer', grants: [{ org: 'body', role: 'reviewer' }] },
  { email: 'moderator@demo.test', givenName: 'Max', familyName: 'Moderator', grants: [{ org: 'body', role: 'moderator' }] },
  { email: 'panel@demo.test', givenName: 'Penny', familyName: 'Panel', grants: [{ org: 'body', role: 'panel_member' }, { org: 'association', role: 'panel_member' }] },
];

/** More members of the society, not listed as demo logins: enough self-assessments for leaders' insights to show, in two cohorts. */
export const DEMO_WORKFORCE: DemoPerson[] = [
  ['Aisha', 'Khan', '2019-09-02'],
  ['Ben', 'Okafor', '2019-09-02'],
  ['Carys', 'Evans', '2019-09-02'],
  ['Dev', 'Patel', '2019-09-02'],
  ['Eilidh', 'Fraser', '2019-09-02'],
  ['Finn', 'Murphy', '2023-01-16'],
  ['Grace', 'Adeyemi', '2023-01-16'],
].map(([givenName, familyName, joinedOn], i) => ({
  email: `${givenName!.toLowerCase()}.${familyName!.toLowerCase()}@demo.test`,
  givenName: givenName!,
  familyName: familyName!,
  grants: [{ org: 'body', role: 'member' }],
  member: { org: 'body', number: `SET-1002${i + 10}`, joinedOn: joinedOn! },
}));

/**
 * More staff of the trust, not listed as demo logins: five at Northfield and one at Riverside (both in the
 * North region), each with a submitted self-assessment, so that a principal's and a regional director's
 * insights and home page show figures rather than "too few people".
 */
export const DEMO_TRUST_STAFF: DemoPerson[] = (
  [
    ['Hana', 'Begum', 'Teacher of Science', 'Northfield Academy'],
    ['Idris', 'Jones', 'Teacher of Mathematics', 'Northfield Academy'],
    ['Jess', 'Walker', 'Teacher of History', 'Northfield Academy'],
    ['Kofi', 'Mensah', 'Teacher of Geography', 'Northfield Academy'],
    ['Lily', 'Chen', 'Teacher of Art', 'Northfield Academy'],
    ['Marek', 'Nowak', 'Teacher of Physics', 'Riverside Academy'],
  ] as const
).map(([givenName, familyName, title, academy]) => ({
  email: `${givenName.toLowerCase()}.${familyName.toLowerCase()}@demo.test`,
  givenName,
  familyName,
  grants: [{ org: 'trust', role: 'staff' }],
  job: { title, academy, manager: academy === 'Northfield Academy' ? 'principal@demo.test' : undefined },
}));

export interface DemoDirectory {
  organisations: Record<OrgKey, { id: string; academies: Record<Academy, string> }>;
  people: Map<string, string>;
}

/**
 * Creates the demo organisations and people when the database has no organisation at all, and says who
 * is who; null when there was something already. Safe when two processes start together (advisory lock).
 */
export async function seedDemo(db: Db, password: string): Promise<DemoDirectory | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('probity.demo'))`);
    const [existing] = await tx.select({ n: count() }).from(organisations);
    if ((existing?.n ?? 0) > 0) return null;
    // Only now: a slow hash on purpose, which every later start would pay for nothing.
    const passwordHash = await hashPassword(password);

    const [body, association, trust] = await tx
      .insert(organisations)
      .values([
        { kind: 'professional_body', name: 'Demo Society for Education and Training', slug: 'demo-society' },
        { kind: 'association', name: 'Demo Association of Education Advisers', slug: 'demo-association' },
        { kind: 'employer_trust', name: 'Demo Academy Trust', slug: 'demo-trust', twoFactorRoles: [] },
      ])
      .returning();
    const orgs = { body: body!, association: association!, trust: trust! };
    const regionRows = await tx.insert(regions).values([{ organisationId: trust!.id, name: 'North' }, { organisationId: trust!.id, name: 'South' }]).returning();
    const regionId = (name: string) => regionRows.find((r) => r.name === name)!.id;
    const academyRows = await tx
      .insert(academies)
      .values([
        { organisationId: trust!.id, regionId: regionId('North'), name: 'Northfield Academy' },
        { organisationId: trust!.id, regionId: regionId('North'), name: 'Riverside Academy' },
        { organisationId: trust!.id, regionId: regionId('South'), name: 'Southgate Academy' },
      ])
      .returning();
    const academyId = (name: string) => academyRows.find((a) => a.name === name)!.id;

    const everyone = [...DEMO_PEOPLE, ...DEMO_WORKFORCE, ...DEMO_TRUST_STAFF];
    const personRows = await tx
      .insert(people)
      .values(everyone.map((p) => ({ email: p.email, givenName: p.givenName, familyName: p.familyName, passwordHash })))
      .returning();
    const personId = (email: string) => personRows.find((p) => p.email === email)!.id;
    await tx.insert(roleAssignments).values(
      everyone.flatMap((p) =>
        p.grants.map((g) => ({
          organisationId: orgs[g.org].id,
          personId: personId(p.email),
          role: g.role,
          academyId: g.academy ? academyId(g.academy) : null,
          regionId: g.region ? regionId(g.region) : null,
        })),
      ),
    );
    const staff = everyone.filter((p) => p.job);
    await tx.insert(employments).values(
      staff.map((p) => ({
        organisationId: trust!.id,
        personId: personId(p.email),
        academyId: p.job!.academy === 'central' ? null : academyId(p.job!.academy),
        jobRole: p.job!.title,
        lineManagerId: p.job!.manager ? personId(p.job!.manager) : null,
        startedOn: '2024-09-01',
      })),
    );
    const members = everyone.filter((p) => p.member);
    await tx.insert(memberships).values(
      members.map((p) => ({
        organisationId: orgs[p.member!.org].id,
        personId: personId(p.email),
        memberNumber: p.member!.number,
        selfEmployed: p.member!.selfEmployed ?? false,
        joinedOn: p.member!.joinedOn ?? '2023-01-16',
      })),
    );
    for (const org of Object.values(orgs)) {
      await audit(tx, systemActor(), { organisationId: org.id, action: 'demo.seeded', recordType: 'organisation', recordId: org.id });
    }
    const trustAcademies = Object.fromEntries(academyRows.map((a) => [a.name, a.id])) as Record<Academy, string>;
    const none = {} as Record<Academy, string>;
    return {
      organisations: { body: { id: body!.id, academies: none }, association: { id: association!.id, academies: none }, trust: { id: trust!.id, academies: trustAcademies } },
      people: new Map(personRows.map((p) => [p.email, p.id])),
    };
  });
}
