import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/index.ts';
import { adopt } from '../features/codes/index.ts';
import { createDeadline } from '../features/deadlines/index.ts';
import { seedDemo } from '../features/organisations/demo.ts';
import { createActivity, createGoal, saveEntry, startAssessment, submitAssessment, type SelfAssessmentContext } from '../features/self-assessment/index.ts';
import { inLondon } from '../platform/calendar/index.ts';
import { roleAssignments } from '../platform/people/schema.ts';
import type { Actor } from '../platform/policy.ts';

// The demo on a first start: organisations and people, the codes each organisation has adopted
// (with attestation campaigns), and a few deadlines, so that every page has something real to show.

const DAY = 86_400_000;
const dateIn = (days: number) => inLondon(new Date(Date.now() + days * DAY)).date;

export async function seedDemoOrganisations(database: Database, ctx: SelfAssessmentContext, password: string): Promise<boolean> {
  const demo = await seedDemo(database.db, password);
  if (!demo) return false;
  const person = (email: string) => demo.people.get(email)!;
  const adminIn = async (organisationId: string): Promise<Actor> => ({
    personId: person('admin@demo.test'),
    requestId: 'demo',
    organisationId,
    roles: await database.db
      .select({ role: roleAssignments.role, academyId: roleAssignments.academyId, regionId: roleAssignments.regionId })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.personId, person('admin@demo.test')))),
  });
  const { body, association, trust } = demo.organisations;
  const adoption = (codeId: string, version: string, extra: { material?: boolean; dueInDays?: number; roles?: Actor['roles'][number]['role'][] } = {}) => ({
    codeId,
    version,
    adoptedFrom: dateIn(-30),
    roles: extra.roles ?? [],
    academyIds: [],
    material: extra.material ?? true,
    attestationDueOn: dateIn(extra.dueInDays ?? 28),
  });

  const society = await adminIn(body.id);
  await adopt(ctx, society, adoption('set-code-of-practice', '2018', { dueInDays: 21 }));
  await adopt(ctx, society, adoption('set-professional-standards', '2014', { material: false }));
  await adopt(ctx, society, adoption('set-qtls-ats-support-policy', '2022', { material: false, roles: ['professional_status_team', 'supporter', 'mentor', 'reviewer', 'moderator'] }));
  const advisers = await adminIn(association.id);
  await adopt(ctx, advisers, adoption('education-improvement-principles', '2015', { material: false }));
  await adopt(ctx, advisers, adoption('education-improvement-code-of-conduct', '2015'));
  const academyTrust = await adminIn(trust.id);
  await adopt(ctx, academyTrust, adoption('att-staff-code-of-conduct', '2020', { dueInDays: 14 }));

  await database.db.transaction(async (tx) => {
    const give = (actor: Actor, input: Omit<Parameters<typeof createDeadline>[3], 'organisationId'>) => createDeadline(ctx, tx, actor, { ...input, organisationId: actor.organisationId });
    await give(society, { kind: 'notification-duty', ownerId: person('teacher@demo.test'), startsAt: new Date(Date.now() - 10 * DAY), title: 'Notify SET of a disciplinary investigation' });
    await give(society, { kind: 'support-appeal-response', ownerId: person('pst@demo.test'), startsAt: new Date(Date.now() - 16 * DAY), title: 'Respond to an appeal about the sufficiency of support' });
    await give(academyTrust, { kind: 'safeguarding-action', ownerId: person('dsl@demo.test'), academyId: trust.academies['Northfield Academy'], title: 'Act on a concern raised about a Year 8 learner' });
    await give(academyTrust, { kind: 'task', ownerId: person('teacher@demo.test'), startsAt: new Date(Date.now() - 9 * DAY), title: 'Complete the safeguarding refresher' });
  });
  await demoDevelopmentRecord(ctx, { ...(await adminIn(body.id)), personId: person('member@demo.test'), roles: [{ role: 'member', academyId: null, regionId: null }] });
  return true;
}

/** The demo member has assessed themself last year and is half-way through this year's, with CPD and a goal. */
async function demoDevelopmentRecord(ctx: SelfAssessmentContext, member: Actor) {
    const thisYear = Number(dateIn(0).slice(0, 4));
  const last = await startAssessment(ctx, member, { year: thisYear - 1 });
  for (const [i, standard] of last.standards.entries()) {
    await saveEntry(ctx.db, member, last.id, standard.id, { rating: [3, 2, 3, 2, 4][i % 5]!, reflection: i % 4 === 0 ? 'Observed by my line manager; feedback on questioning and pace.' : '' });
  }
  await submitAssessment(ctx, member, last.id);
  const now = await startAssessment(ctx, member, { year: thisYear });
  for (const [i, standard] of now.standards.slice(0, 12).entries()) {
    await saveEntry(ctx.db, member, now.id, standard.id, { rating: [3, 3, 2, 3, 4, 1][i % 6]!, reflection: '' });
  }
  const subject = now.standards.find((s) => s.number === '5')?.id;
  const course = await createActivity(ctx.db, member, {
    kind: 'course',
    title: 'Inclusive practice in further education',
    happenedOn: dateIn(-40),
    minutes: 180,
    provider: 'Demo Society for Education and Training',
    reflection: 'Planned group work so that every learner has a role.',
    provisionIds: subject ? [subject] : [],
  });
  await createGoal(ctx.db, member, {
    title: 'Plan lessons that value and promote diversity',
    successMeasure: 'Two observed lessons rated as inclusive; learner feedback gathered',
    targetDate: dateIn(180),
    provisionIds: subject ? [subject] : [],
    activityIds: [course.id],
  });
}
