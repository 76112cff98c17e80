import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/index.ts';
import { appoint as appointToCase, openCase, takeStep as takeCaseStep, type CasesContext } from '../features/cases/service.ts';
import { adopt } from '../features/codes/index.ts';
import { recordEntry } from '../features/conduct-log/service.ts';
import { createDeadline } from '../features/deadlines/index.ts';
import { changeSettings, makeReturn, startCampaign } from '../features/declarations/registers.ts';
import { requestSafeWorking, stepSafeWorking } from '../features/declarations/safe-working.ts';
import { draftDeclaration, takeStep, type DeclarationsContext } from '../features/declarations/service.ts';
import { DEMO_TRUST_STAFF, DEMO_WORKFORCE, seedDemo } from '../features/organisations/demo.ts';
import { seedProgrammesDemo } from '../features/programmes/index.ts';
import { makeReport } from '../features/raising-concerns/service.ts';
import { AddressThrottle } from '../features/raising-concerns/receipts.ts';
import { recordConcern, takeStep as stepConcern } from '../features/safeguarding/service.ts';
import { sendTransfer } from '../features/safeguarding/transfer-service.ts';
import { addActivityEvidence, createActivity, createGoal, saveEntry, startAssessment, submitAssessment, type SelfAssessmentContext } from '../features/self-assessment/index.ts';
import { inLondon } from '../platform/calendar/index.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { academies, employments, organisations, people, roleAssignments } from '../platform/people/schema.ts';
import { SecretBox } from '../platform/secrets.ts';
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
  // The Society's cohorts and participants, with their deadlines as registration starts them.
  await database.db.transaction((tx) => seedProgrammesDemo(ctx, tx, body.id, person));
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
  await demoSafeguarding(ctx, (email) => actorIn(email, trust.id), trust.academies['Northfield Academy']);
  await demoTransfer(database, ctx, password, (email) => actorIn(email, trust.id));
  await demoCases(ctx, { body: body.id, trust: trust.id }, person, (email) => actorIn(email, trust.id), (email) => actorIn(email, body.id));
  await demoRaisedConcern(ctx, trust.id);
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

/**
 * A learner's safeguarding file on its way to another organisation: a second, small trust (Demo Valley
 * Schools, one academy, its designated safeguarding lead) to which the trust's DSL has sent the file of a
 * learner who moved there, not yet opened: its DSL finds it on their dashboard, to accept within five school days.
 */
async function demoTransfer(database: Database, ctx: SelfAssessmentContext, password: string, inTrust: (email: string) => Promise<Actor>) {
  const { valley, academyId } = await database.db.transaction(async (tx) => {
    const [valley] = await tx.insert(organisations).values({ kind: 'employer_trust', name: 'Demo Valley Schools', slug: 'demo-valley', twoFactorRoles: [] }).returning();
    const [academy] = await tx.insert(academies).values({ organisationId: valley!.id, name: 'Valley High School' }).returning();
    const [lead] = await tx.insert(people).values({ email: 'valley-dsl@demo.test', givenName: 'Val', familyName: 'Safeguarding', passwordHash: await hashPassword(password) }).returning();
    await tx.insert(roleAssignments).values([
      { organisationId: valley!.id, personId: lead!.id, role: 'staff' },
      { organisationId: valley!.id, personId: lead!.id, role: 'designated_safeguarding_lead', academyId: academy!.id },
    ]);
    await tx.insert(employments).values({ organisationId: valley!.id, personId: lead!.id, academyId: academy!.id, jobRole: 'Designated safeguarding lead', startedOn: '2024-09-01' });
    return { valley: valley!, academyId: academy!.id };
  });
  await sendTransfer(ctx, await inTrust('dsl@demo.test'), { learnerRef: 'NF-Y7-0098', toOrganisationId: valley.id, toAcademyId: academyId });
}

/**
 * Safeguarding and the conduct log, so that the DSL's dashboard and the principal's patterns show something on
 * a first start: at Northfield, a concern recorded this morning and not yet triaged; one of physical harm with
 * a body map, triaged and referred to children's social care, whose answer is awaited; one closed with an
 * outcome. In Northfield's conduct log, six entries: three about one member of staff within 180 days (a repeat),
 * and professional boundaries involved for three people (a training need).
 */
async function demoSafeguarding(ctx: SelfAssessmentContext, inTrust: (email: string) => Promise<Actor>, northfield: string) {
  const [teacher, dsl, principal] = await Promise.all(['teacher@demo.test', 'dsl@demo.test', 'principal@demo.test'].map(inTrust));
  const minutesAgo = (minutes: number) => new Date(clock.now().getTime() - minutes * 60_000);
  await recordConcern(ctx, teacher!, {
    learnerRef: 'NF-Y8-0117',
    category: 'emotional_abuse',
    seenAt: minutesAgo(40),
    account: 'Maya was in tears at break and said her stepdad shouts at her every night and calls her useless.',
    immediateAction: 'Sat with her until she was calm; she went back to lessons.',
  });
  const injury = await recordConcern(ctx, teacher!, {
    learnerRef: 'NF-Y10-0233',
    category: 'physical_abuse',
    seenAt: daysFromNow(-2),
    account: 'Leo had bruises on his upper arm in PE. He said his brother grabbed him, then that he fell off his bike.',
    immediateAction: 'Told the DSL in person at the end of the lesson.',
    marks: [
      { view: 'front', x: 0.26, y: 0.26, description: 'Three oval bruises, fingertip-sized' },
      { view: 'back', x: 0.74, y: 0.27, description: 'A bruise about 3 cm across' },
    ],
  });
  await stepConcern(ctx, dsl!, injury.id, { type: 'triage', level: 'statutory_referral', note: 'Marks consistent with being gripped and an account that changed.' });
  await stepConcern(ctx, dsl!, injury.id, { type: 'refer', agency: 'childrens_social_care', reference: 'CSC-20417' });
  const closed = await recordConcern(ctx, teacher!, {
    learnerRef: 'NF-Y7-0098',
    category: 'neglect',
    seenAt: daysFromNow(-20),
    account: 'Ava has come in the same uniform all week, unwashed, and asked for food at lunch.',
  });
  await stepConcern(ctx, dsl!, closed.id, { type: 'triage', level: 'pastoral_support', note: 'Mum is unwell; spoke with her and arranged a uniform and breakfast club.' });
  await stepConcern(ctx, dsl!, closed.id, { type: 'record_outcome', outcome: 'pastoral_support', summary: 'Breakfast club and a spare uniform; Ava is settled.' });
  await stepConcern(ctx, dsl!, closed.id, { type: 'close', note: 'No further concerns after four weeks.' });

  const staff = async (email: string) => (await inTrust(email)).personId;
  const entries: [string, number, string, string, string, string, 'advice_given' | 'training_arranged' | 'support_plan' | 'no_further_action' | null][] = [
    ['hana.begum@demo.test', -150, 'professional-boundaries', '8.2', 'Gave a learner her personal mobile number to arrange a lift.', 'Discussed the policy on personal contact details the same day.', 'advice_given'],
    ['hana.begum@demo.test', -90, 'online-conduct', '12.2', 'Messaged a learner from a personal account about homework.', 'Reminded of the trust’s channels for contacting learners.', 'training_arranged'],
    ['hana.begum@demo.test', -20, 'professional-boundaries', '8.1', 'Spent lunchtimes alone with one learner in a locked classroom.', 'Met with her and the line manager; a support plan agreed.', 'support_plan'],
    ['idris.jones@demo.test', -75, 'professional-boundaries', '8.2', 'Shared details of his weekend plans with a Year 11 learner and offered to meet.', 'Spoke with him the same day.', 'advice_given'],
    ['jess.walker@demo.test', -40, 'professional-boundaries', '8.4', 'Accepted a friend request from a former learner still at the academy’s sixth form.', 'Asked to remove it; the policy explained.', 'no_further_action'],
    ['kofi.mensah@demo.test', -10, 'health-and-safety', '5.1', 'Left a science prep room unlocked with chemicals out during break.', 'Reminded of the prep room procedure.', null],
    // Past the six years the records' retention schedule keeps an entry: the data protection officer finds it due.
    ['kofi.mensah@demo.test', -2600, 'health-and-safety', '5.1', 'Propped a fire door open during a fire drill.', 'Reminded of the fire procedure.', 'advice_given'],
  ];
  for (const [email, days, category, provision, description, actionTaken, outcome] of entries) {
    await recordEntry(ctx, principal!, { academyId: northfield, staffId: await staff(email), occurredOn: dateIn(days), categories: [category], provisions: [provision], description, actionTaken, outcome });
  }
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
    // Spread over the year, but never after today: this year's, early in a year, fall on today.
    happenedOn: [`${lastYear}-${String(3 + i).padStart(2, '0')}-14`, dateIn(0)].sort()[0]!,
    minutes: 90 + 30 * i,
    provider: i % 2 ? 'Demo Society for Education and Training' : '',
    reflection: '',
    provisionIds: assessment.standards.filter((_, j) => j % 5 === i % 5).map((s) => s.id),
  });
}

/**
 * A few cases, so that their pages show something on a first start. In the Society: a suitability case about
 * Morgan Member from what her college wrote (000 provisions 8 and 11), under investigation, heard by a panel
 * of three (Penny Panel its lay member, two members its practitioners), with a request for information and
 * her consent awaiting her answer; and an application for membership at assessment. In the trust: an
 * allegation about Jess Walker from a concern, under investigation, from which the chief operating officer,
 * who also handles the trust's cases, is barred by the relationship Jess declared with him (003 §8.5).
 */
async function demoCases(ctx: CasesContext, directory: { body: string; trust: string }, person: (email: string) => string, inTrust: (email: string) => Promise<Actor>, inSociety: (email: string) => Promise<Actor>) {
  await ctx.db.insert(roleAssignments).values([
    { organisationId: directory.body, personId: person('aisha.khan@demo.test'), role: 'panel_member' },
    { organisationId: directory.body, personId: person('ben.okafor@demo.test'), role: 'panel_member' },
    { organisationId: directory.trust, personId: person('coo@demo.test'), role: 'case_officer' },
  ]);
  const officer = await inSociety('case-officer@demo.test');
  const suitability = await openCase(ctx, officer, {
    type: 'suitability',
    subjectId: person('member@demo.test'),
    summary: 'Northfield College wrote that it gave Morgan a written warning this term, which Morgan has not told the Society of.',
    harmThreshold: false,
    namedPersonIds: [],
    openedFrom: 'third_party',
    sourceNote: 'A letter from Northfield College',
  });
  for (const [email, kind] of [['panel@demo.test', 'lay'], ['aisha.khan@demo.test', 'practitioner'], ['ben.okafor@demo.test', 'practitioner']] as const) {
    await appointToCase(ctx, officer, suitability.id, 'panel', { personId: person(email), kind });
  }
  await takeCaseStep(ctx, officer, suitability.id, { type: 'advance', to: 'investigation', note: 'Spoke with the college’s HR lead: the warning was for lateness, and it is the only one.' });
  await takeCaseStep(ctx, officer, suitability.id, { type: 'request_information', question: 'Tell us about the warning the college gave you, and why you did not tell the Society of it.', dueOn: dateIn(14), consentFrom: 'Northfield College' });
  const application = await openCase(ctx, officer, {
    type: 'membership_application',
    subjectId: person('eilidh.fraser@demo.test'),
    summary: 'An application to become a full member, with a reference from her employer.',
    harmThreshold: false,
    namedPersonIds: [],
    openedFrom: 'intake',
  });
  await takeCaseStep(ctx, officer, application.id, { type: 'advance', to: 'assessment' });

  const jess = await inTrust('jess.walker@demo.test');
  const relationship = await draftDeclaration(ctx, jess, { kind: 'relationship', fields: { connection: 'colleague', colleague: person('coo@demo.test'), who: 'Colm Operations, my brother-in-law' } });
  await takeStep(ctx, jess, relationship.id, { type: 'submit' });
  const hr = await inTrust('case-officer@demo.test');
  const allegation = await openCase(ctx, hr, {
    type: 'allegation',
    subjectId: person('jess.walker@demo.test'),
    summary: 'A Year 9 learner said that Jess Walker grabbed their arm in a corridor between lessons.',
    harmThreshold: false,
    namedPersonIds: [],
    openedFrom: 'concern',
    sourceNote: 'Recorded by the designated safeguarding lead at Northfield',
  });
  await takeCaseStep(ctx, hr, allegation.id, { type: 'advance', to: 'investigation' });
}

/**
 * One anonymous report raised in confidence with the trust (003 Key Principle 6), so that its handler's queue
 * (Casey Officer, the trust's concerns handler) has something to show on a first start. An anonymous report
 * seals no identity, so the box it is given is never used.
 */
async function demoRaisedConcern(ctx: SelfAssessmentContext, trustId: string) {
  const concerns = { ...ctx, secrets: new SecretBox(crypto.randomBytes(32)), throttle: new AddressThrottle() };
  await makeReport(
    concerns,
    trustId,
    {
      mode: 'anonymous',
      category: 'malpractice',
      account: 'Coursework marks in one department were raised after moderation, without the moderator being told, before the results went to the exam board.',
      when: 'Last half term',
      namedPeople: [],
    },
    'demo',
  );
}
