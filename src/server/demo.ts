import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/index.ts';
import { adopt } from '../features/codes/index.ts';
import { createDeadline } from '../features/deadlines/index.ts';
import { changeSettings, makeReturn, startCampaign } from '../features/declarations/registers.ts';
import { requestSafeWorking, stepSafeWorking } from '../features/declarations/safe-working.ts';
import { draftDeclaration, takeStep, type DeclarationsContext } from '../features/declarations/service.ts';
import { DEMO_TRUST_STAFF, DEMO_WORKFORCE, seedDemo } from '../features/organisations/demo.ts';
import { addActivityEvidence, createActivity, createGoal, saveEntry, startAssessment, submitAssessment, type SelfAssessmentContext } from '../features/self-assessment/index.ts';
import { inLondon } from '../platform/calendar/index.ts';
import { roleAssignments } from '../platform/people/schema.ts';
import type { Actor } from '../platform/policy.ts';
import { clock } from '../platform/clock.ts';

// The demo on a first start: organisations and people, the codes each organisation has adopted
// (with attestation campaigns), a few deadlines and declarations, so that every page has something real to show.

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(clock.now().getTime() + days * DAY);
const dateIn = (days: number) => inLondon(daysFromNow(days)).date;

export async function seedDemoOrganisations(database: Database, ctx: SelfAssessmentContext, password: string): Promise<boolean> {
  const demo = await seedDemo(database.db, password);
  if (!demo) return false;
  const person = (email: string) => demo.people.get(email)!;
  /** Someone acting in an organisation with the roles they hold there. */
  const actorIn = async (email: string, organisationId: string): Promise<Actor> => ({
    personId: person(email),
    requestId: 'demo',
    organisationId,
    roles: await database.db
      .select({ role: roleAssignments.role, academyId: roleAssignments.academyId, regionId: roleAssignments.regionId })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.organisationId, organisationId), eq(roleAssignments.personId, person(email)))),
  });
  const adminIn = (organisationId: string) => actorIn('admin@demo.test', organisationId);
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
  // The standards the trust's staff assess themselves against (000 §2), as the Society's members do.
  await adopt(ctx, academyTrust, adoption('set-professional-standards', '2014', { material: false, dueInDays: 28 }));

  await database.db.transaction(async (tx) => {
    const give = (actor: Actor, input: Omit<Parameters<typeof createDeadline>[3], 'organisationId'>) => createDeadline(ctx, tx, actor, { ...input, organisationId: actor.organisationId });
    await give(society, { kind: 'notification-duty', ownerId: person('teacher@demo.test'), startsAt: daysFromNow(-10), title: 'Notify SET of a disciplinary investigation' });
    await give(society, { kind: 'support-appeal-response', ownerId: person('pst@demo.test'), startsAt: daysFromNow(-16), title: 'Respond to an appeal about the sufficiency of support' });
    await give(academyTrust, { kind: 'safeguarding-action', ownerId: person('dsl@demo.test'), academyId: trust.academies['Northfield Academy'], title: 'Act on a concern raised about a Year 8 learner' });
    await give(academyTrust, { kind: 'task', ownerId: person('teacher@demo.test'), startsAt: daysFromNow(-9), title: 'Complete the safeguarding refresher' });
  });
  const memberOf = (email: string): Actor => ({ ...society, personId: person(email), roles: [{ role: 'member', academyId: null, regionId: null }] });
  await demoDevelopmentRecord(ctx, memberOf('member@demo.test'));
  for (const [i, colleague] of DEMO_WORKFORCE.entries()) await demoLastYear(ctx, memberOf(colleague.email), i);
  // The trust's staff have submitted this year's: what their principal and regional director see at a glance.
  const staffOf = (email: string): Actor => ({ ...academyTrust, personId: person(email), roles: [{ role: 'staff', academyId: null, regionId: null }] });
  for (const [i, colleague] of DEMO_TRUST_STAFF.entries()) await demoLastYear(ctx, staffOf(colleague.email), i, 0);
  await demoDeclarations(ctx, (email) => actorIn(email, trust.id), (email) => actorIn(email, body.id));
  await demoRegisters(ctx, (email) => actorIn(email, trust.id));
  return true;
}

/**
 * A few declarations, so that their pages are not empty on a first start: at Northfield, a colleague
 * questioned by the police, reported to the principal and not yet acknowledged (003 §20.3), and the
 * teacher's gift from a family, which the principal has acknowledged (003 §18.1); in the Society, a
 * member's caution notified nine days after the 21 the code allows (000 provision 10.2), in the case
 * officers' intake.
 */
async function demoDeclarations(ctx: DeclarationsContext, inTrust: (email: string) => Promise<Actor>, inSociety: (email: string) => Promise<Actor>) {
  const declare = async (declarant: Actor, kind: string, fields: Record<string, string | number>) =>
    takeStep(ctx, declarant, (await draftDeclaration(ctx, declarant, { kind, fields })).id, { type: 'submit' });
  await declare(await inTrust('hana.begum@demo.test'), 'police-contact', {
    which: 'questioned',
    occurredOn: dateIn(-1),
    details: 'Questioned as a witness to a collision outside the school gates after school; not a suspect.',
  });
  const gift = await declare(await inTrust('teacher@demo.test'), 'gift-or-hospitality', {
    direction: 'received',
    counterparty: 'The family of a Year 11 learner',
    description: 'A hamper of food at the end of term',
    valuePence: 4500,
    occurredOn: dateIn(-6),
  });
  await takeStep(ctx, await inTrust('principal@demo.test'), gift.id, { type: 'acknowledge' });
  await declare(await inSociety('finn.murphy@demo.test'), 'charge-conviction-or-caution', {
    occurredOn: dateIn(-30),
    which: 'cautioned',
    offence: 'A public order offence',
    details: 'Cautioned by the police after an argument at a football match.',
  });
}

/**
 * What leaders keep of declarations, so that none of their pages is empty on a first start: the trust's gift
 * threshold of £25, above which the teacher's hamper (£45) awaits the principal's approval (003 §18.1); the
 * teacher's interest in a firm the academy uses (§19.1); this year's re-declaration, which the line manager
 * has returned; and the teacher's request to take a learner home in his car, its risk assessment recorded,
 * awaiting the line manager's agreement in advance (Appendix 1).
 */
async function demoRegisters(ctx: DeclarationsContext, inTrust: (email: string) => Promise<Actor>) {
  const [admin, teacher, manager] = await Promise.all(['admin@demo.test', 'teacher@demo.test', 'line-manager@demo.test'].map(inTrust));
  await changeSettings(ctx.db, admin!, { giftThresholdPence: 2500, acknowledgeWithinMinutes: null, tailoring: {} });
  const interest = await draftDeclaration(ctx, teacher!, {
    kind: 'conflict-of-interest',
    fields: { interest: 'My partner is a director of Northfield Print, which prints for the academy.', decisions: 'Ordering printing for the English department.', occurredOn: dateIn(-200) },
  });
  await takeStep(ctx, teacher!, interest.id, { type: 'submit' });
  const campaign = await startCampaign(ctx, admin!, { year: Number(dateIn(0).slice(0, 4)), dueOn: dateIn(28) });
  await makeReturn(ctx.db, manager!, campaign.campaign.id, { kind: 'nil', declarationIds: [] });
  const evening = daysFromNow(3);
  evening.setUTCHours(18, 30, 0, 0);
  const lift = await requestSafeWorking(ctx, teacher!, { kind: 'learner-in-car', learner: 'Y10-0412', purpose: 'Home after the evening rehearsal of the school play: no late bus runs to the village.', eventAt: evening });
  await stepSafeWorking(ctx, teacher!, lift.id, { type: 'record_condition', condition: 'risk-assessment' });
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
  await addActivityEvidence(ctx.db, member, course.id, { kind: 'text', text: 'Certificate of attendance received; session notes shared with my team.' });
  await createGoal(ctx.db, member, {
    title: 'Plan lessons that value and promote diversity',
    successMeasure: 'Two observed lessons rated as inclusive; learner feedback gathered',
    targetDate: dateIn(180),
    provisionIds: subject ? [subject] : [],
    activityIds: [course.id],
  });
}

/** A colleague's submitted self-assessment for last year (or `yearsAgo`), and a piece of CPD: what leaders' insights are made of. */
async function demoLastYear(ctx: SelfAssessmentContext, member: Actor, i: number, yearsAgo = 1) {
  const lastYear = Number(dateIn(0).slice(0, 4)) - yearsAgo;
  const assessment = await startAssessment(ctx, member, { year: lastYear });
  for (const [j, standard] of assessment.standards.entries()) {
    // Most rate themselves well on knowing their subject (standards 7 to 12), less so on using research and technology.
    const base = j >= 6 && j < 12 ? 3 : j >= 16 ? 2 : [2, 3, 3, 2][j % 4]!;
    await saveEntry(ctx.db, member, assessment.id, standard.id, { rating: Math.min(4, Math.max(1, base + ((i + j) % 3) - 1)), reflection: '' });
  }
  await submitAssessment(ctx, member, assessment.id);
  await createActivity(ctx.db, member, {
    kind: i % 2 ? 'workshop' : 'reading',
    title: i % 2 ? 'Assessment for learning workshop' : 'Research digest: feedback that moves learning on',
    happenedOn: `${lastYear}-${String(3 + i).padStart(2, '0')}-14`,
    minutes: 90 + 30 * i,
    provider: i % 2 ? 'Demo Society for Education and Training' : '',
    reflection: '',
    provisionIds: assessment.standards.filter((_, j) => j % 5 === i % 5).map((s) => s.id),
  });
}
