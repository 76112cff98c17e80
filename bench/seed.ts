import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../src/db/index.ts';
import { adopt, versionsInForce } from '../src/features/codes/index.ts';
import { programmeParticipants } from '../src/features/programmes/schema.ts';
import { createActivity, startAssessment, submitAssessment, type SelfAssessmentContext } from '../src/features/self-assessment/index.ts';
import { selfAssessmentEntries } from '../src/features/self-assessment/schema.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { inLondon } from '../src/platform/calendar/index.ts';
import { clock } from '../src/platform/clock.ts';
import { academies, employments, organisations, people, roleAssignments } from '../src/platform/people/schema.ts';
import type { Actor } from '../src/platform/policy.ts';
import { seedDemoOrganisations } from '../src/server/demo.ts';

// The benchmark's data: the demo organisations as `npm start` makes them, and then a trust workforce of
// `count` more staff, the same on every run (names, academies, ratings and CPD follow from each one's
// number). Every one of them is bound by a newly adopted code (an attestation campaign with a deadline
// each) and has submitted this year's self-assessment with a piece of CPD, so the people list, the
// deadlines, the attestation dashboard and leaders' insights work over hundreds of records, not a handful.

const GIVEN = ['Amira', 'Bilal', 'Chloe', 'Dafydd', 'Ellie', 'Farah', 'Gareth', 'Hollie', 'Imran', 'Jess', 'Kwame', 'Lowri', 'Mason', 'Nia', 'Owen', 'Poppy', 'Rhys', 'Sana', 'Tom', 'Yusuf'];
const FAMILY = ['Ahmed', 'Brown', 'Clarke', 'Davies', 'Edwards', 'Fraser', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Kaur', 'Lewis', 'Morgan', 'Nowak', 'Owusu', 'Patel', 'Roberts', 'Smith', 'Taylor', 'Williams', 'Wright', 'Young', 'Zielinski'];
const JOBS = ['Teacher of English', 'Teacher of Mathematics', 'Teacher of Science', 'Teacher of History', 'Teaching Assistant', 'Teacher of Art'];

export interface BenchData {
  trustId: string;
  societyId: string;
  /** The campaign that binds the whole workforce: the attestation dashboard the benchmark reads. */
  campaignId: string;
  /** The year the workforce's self-assessments are for: the year leaders' insights are asked about. */
  year: number;
  people: number;
  /** The Society's programme cohort with the most participants: the cohort dashboard the benchmark reads. */
  cohortId: string;
}

export async function seedBench(database: Database, ctx: SelfAssessmentContext, password: string, count: number, say: (line: string) => void): Promise<BenchData> {
  const { db } = database;
  const started = Date.now();
  const took = () => `${Math.round((Date.now() - started) / 1000)} s`;
  if (!(await seedDemoOrganisations(database, ctx, password))) throw new Error('the benchmark needs an empty database');
  say(`  demo organisations made (${took()})`);
  const [trust] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'demo-trust'));
  const [society] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'demo-society'));
  const [admin] = await db.select({ id: people.id }).from(people).where(eq(people.email, 'admin@demo.test'));
  const trustAcademies = (await db.select({ id: academies.id, name: academies.name }).from(academies).where(eq(academies.organisationId, trust!.id))).sort((a, b) => a.name.localeCompare(b.name));

  const passwordHash = await hashPassword(password);
  const workforce = Array.from({ length: count }, (_, i) => ({
    email: `staff-${String(i + 1).padStart(4, '0')}@bench.test`,
    givenName: GIVEN[i % GIVEN.length]!,
    familyName: FAMILY[(i * 7) % FAMILY.length]!,
    academyId: trustAcademies[i % trustAcademies.length]!.id,
    jobRole: JOBS[i % JOBS.length]!,
  }));
  const ids = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(people)
      .values(workforce.map(({ email, givenName, familyName }) => ({ email, givenName, familyName, passwordHash })))
      .returning({ id: people.id, email: people.email });
    const byEmail = new Map(rows.map((r) => [r.email, r.id]));
    const id = (email: string) => byEmail.get(email)!;
    await tx.insert(roleAssignments).values(workforce.map((p) => ({ organisationId: trust!.id, personId: id(p.email), role: 'staff' as const })));
    await tx.insert(employments).values(workforce.map((p) => ({ organisationId: trust!.id, personId: id(p.email), academyId: p.academyId, jobRole: p.jobRole })));
    return workforce.map((p) => id(p.email));
  });
  say(`  ${count} staff added to the demo trust (${took()})`);

  const today = inLondon(clock.now()).date;
  const dateIn = (days: number) => inLondon(new Date(clock.now().getTime() + days * 86_400_000)).date;
  const trustAdmin: Actor = { personId: admin!.id, requestId: 'bench', organisationId: trust!.id, roles: [{ role: 'organisation_admin', academyId: null, regionId: null }] };
  const adopted = await adopt(ctx, trustAdmin, {
    codeId: 'set-code-of-practice',
    version: '2018',
    adoptedFrom: dateIn(-7),
    roles: [],
    academyIds: [],
    material: true,
    attestationDueOn: dateIn(21),
  });
  say(`  a code adopted across the trust, with an attestation campaign (${took()})`);
  // The standards the workforce assesses itself against (000 §2), unless the demo has adopted them already.
  if (!(await versionsInForce(db, trust!.id)).some((v) => v.codeId === 'set-professional-standards')) {
    await adopt(ctx, trustAdmin, { codeId: 'set-professional-standards', version: '2014', adoptedFrom: dateIn(-7), roles: [], academyIds: [], material: false, attestationDueOn: dateIn(28) });
  }

  const year = Number(today.slice(0, 4));
  for (const [i, personId] of ids.entries()) {
    const member: Actor = { personId, requestId: 'bench', organisationId: trust!.id, roles: [{ role: 'staff', academyId: null, regionId: null }] };
    const assessment = await startAssessment(ctx, member, { year });
    // Every rating in one insert: saving them one by one, audited, as the web app does, would make seeding
    // take minutes on its own. Submitting goes through the service, which checks that all are rated.
    await db.insert(selfAssessmentEntries).values(assessment.standards.map((standard, j) => ({ organisationId: trust!.id, assessmentId: assessment.id, provisionId: standard.id, rating: 1 + ((i * 3 + j * 5) % 4), reflection: '' })));
    await submitAssessment(ctx, member, assessment.id);
    await createActivity(db, member, {
      kind: i % 2 ? 'workshop' : 'reading',
      title: i % 2 ? 'Assessment for learning workshop' : 'Research digest: feedback that moves learning on',
      happenedOn: dateIn(-10 - (i % 60)),
      minutes: 60 + 30 * (i % 5),
      provider: '',
      reflection: '',
      provisionIds: assessment.standards.filter((_, j) => j % 5 === i % 5).map((s) => s.id),
    });
    if ((i + 1) % 100 === 0 || i + 1 === count) say(`  ${i + 1} self-assessments submitted (${took()})`);
  }
  const [cohort] = await db
    .select({ id: programmeParticipants.cohortId })
    .from(programmeParticipants)
    .where(eq(programmeParticipants.organisationId, society!.id))
    .groupBy(programmeParticipants.cohortId)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  return { trustId: trust!.id, societyId: society!.id, campaignId: adopted.campaignId!, year, people: count, cohortId: cohort!.id };
}
