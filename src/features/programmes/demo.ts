import crypto from 'node:crypto';
import type { Transaction } from '../../db/index.ts';
import { inLondon } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import type { Actor } from '../../platform/policy.ts';
import { unwrap } from '../../platform/result.ts';
import { meetRecordDeadlines } from '../deadlines/index.ts';
import { NO_ARRANGEMENT, PROGRAMMES, cohortDates, register, step, type Participant, type ParticipantEvent } from './rules.ts';
import { mentorPool, portfolioSections, portfolioSubmissions, programmeCohorts, programmeParticipants, type StoredParticipant } from './schema.ts';
import { startSubmissionDeadline, type ProgrammesContext } from './service.ts';
import { scheduleDefaultCommunications, sendCommunication } from './communications.ts';
import { programmeCommunications } from './communications-schema.ts';
import { timing } from './communications-rules.ts';

// The Society's programmes in the demo: a QTLS cohort that started a month before the demo was seeded, with
// member@demo.test writing their portfolio (supported by supporter@demo.test) and a colleague who has
// submitted, reviewer@demo.test allocated; a QTLS and an ATS cohort open for registration; and
// mentor@demo.test in the body's mentor pool. The API
// refuses registering on a started cohort, so the rows are written here through the rules' own steps,
// each dated from the seeding clock. Each has their submission deadline in the Deadlines engine, started by
// the service's own function as at registration, and met for the colleague who has submitted. Each cohort has
// its default messages; the started cohort's first two were sent, and a webinar is to come.

const DAY = 86_400_000;
const QTLS = PROGRAMMES.qtls;

const WRITTEN: Record<string, string> = {
  values:
    'I teach functional skills mathematics to adult learners returning to education. This year I changed how I open each session after learner feedback showed that many arrived anxious: we now begin with a short problem drawn from their own work, which has raised attendance from 71% to 86% across two groups.',
  knowledge:
    'I joined the college maths hub and read the research on retrieval practice. I trialled spaced low-stakes quizzes with one group and compared their assessment results with a group taught as before; the quizzed group improved more, and I have shared the approach with my department.',
  skills:
    'I plan each scheme of work from the initial assessment, with stretch tasks for learners who arrive ahead, and I use the learning platform for practice between sessions. My last observation noted clear differentiation and good use of questioning to check understanding.',
};

/** Writes the demo's cohorts and participants for the professional body; `person` gives each demo sign-in's id. */
export async function seedProgrammesDemo(ctx: ProgrammesContext, tx: Transaction, organisationId: string, person: (email: string) => string): Promise<void> {
  const now = clock.now();
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const day = (days: number) => inLondon(at(days)).date;
  const team = person('pst@demo.test');
  const cohort = (programme: 'qtls' | 'ats', startsOn: string) => ({ organisationId, programme, startsOn, blindSecret: crypto.randomBytes(16).toString('hex'), createdBy: team, createdAt: at(-60) });
  const cohorts = await tx
    .insert(programmeCohorts)
    .values([cohort('qtls', day(-30)), cohort('qtls', day(45)), cohort('ats', day(60))])
    .returning();
  const started = cohorts[0];

  const dates = cohortDates(QTLS, started!.startsOn);
  const context = (when: Date) => ({ programme: QTLS, now: when, dates, arrangement: NO_ARRANGEMENT, barred: new Set<string>() });
  const answers = { member: true, teachingQualification: true, englishAndMaths: true, teachingInSector: true, supporterIdentified: true };

  /** A member registered six weeks ago, their supporter arranged, then each step on the day given. */
  async function participant(email: string, steps: { days: number; event: ParticipantEvent }[], sections: string[]) {
    const id = crypto.randomUUID();
    let p: Participant = register(QTLS, { id: started!.id, programme: 'qtls', startsOn: started!.startsOn }, person(email), id, at(-45));
    const all = [{ days: -44, event: { type: 'arrange_support', personId: person('supporter@demo.test'), appointedBy: 'participant' } as ParticipantEvent }, { days: -29, event: { type: 'begin' } as ParticipantEvent }, ...steps];
    for (const s of all) p = unwrap(step(p, s.event, context(at(s.days))));
    const current = p.submissions.at(-1);
    const [row] = await tx
      .insert(programmeParticipants)
      .values({
        id,
        organisationId,
        cohortId: started!.id,
        programme: 'qtls',
        personId: person(email),
        answers,
        registeredAt: at(-45),
        restartedFrom: null,
        state: p.state,
        supportPersonId: p.support?.personId ?? null,
        reviewerId: current?.reviewerId ?? null,
        markingStage: current?.stage ?? null,
        record: JSON.parse(JSON.stringify(p)) as StoredParticipant,
        closedAt: p.closedAt,
      })
      .returning();
    // As at registration, by the registrant; met as at submission.
    const registrant: Actor = { personId: person(email), requestId: 'demo', organisationId, roles: [{ role: 'member', academyId: null, regionId: null }] };
    await startSubmissionDeadline(ctx, tx, registrant, row!, dates.submissionDeadline);
    if (p.submissions.length) await meetRecordDeadlines(tx, registrant, { organisationId, recordType: 'programme_participant', recordId: id, kind: 'portfolio-submission' });
    if (sections.length) await tx.insert(portfolioSections).values(sections.map((section) => ({ participantId: id, organisationId, section, text: WRITTEN[section]!, updatedAt: at(-7) })));
    return id;
  }

  await participant('member@demo.test', [], ['values', 'knowledge']);

  // The body's mentor pool (001 §6.1.3): mentor@demo.test, with room for two ATS participants.
  await tx.insert(mentorPool).values({ organisationId, personId: person('mentor@demo.test'), capacity: 2, subjects: ['Mathematics', 'English'], available: true, addedBy: team, addedAt: at(-60), updatedAt: at(-60) });

  // A colleague who has submitted: the locked copy, named by its digest as the service names it, and the reviewer allocated.
  const content = Object.fromEntries(QTLS.sections.map((s) => [s.key, WRITTEN[s.key]!]));
  const contentHash = crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
  const submitted = await participant(
    'aisha.khan@demo.test',
    [
      { days: -3, event: { type: 'submit', contentHash } },
      { days: -2, event: { type: 'allocate_reviewer', reviewerId: person('reviewer@demo.test') } },
    ],
    QTLS.sections.map((s) => s.key),
  );
  await tx.insert(portfolioSubmissions).values({ participantId: submitted, organisationId, attempt: 1, content, contentHash, lockedAt: at(-3) });

  // Each cohort's default messages (001 §6.1.4), scheduled as opening a cohort schedules them. The started
  // cohort's welcome and start-of-programme messages went out on their days, as the job sends them; and the
  // team has added a webinar on the portfolio's requirements in two weeks, its invitation due a week before.
  const teamActor = { personId: team, requestId: 'demo' };
  const scheduled = await scheduleDefaultCommunications(tx, teamActor, started!, QTLS);
  for (const later of cohorts.slice(1)) await scheduleDefaultCommunications(tx, teamActor, later, later.programme === 'qtls' ? QTLS : PROGRAMMES.ats);
  for (const message of scheduled.filter((m) => m.sendAt.getTime() <= now.getTime())) await sendCommunication(ctx, tx, message, message.sendAt);
  const webinar = { kind: 'webinar' as const, stage: 'startsOn' as const, offsetDays: 44, time: '16:00' };
  await tx.insert(programmeCommunications).values({
    organisationId,
    cohortId: started!.id,
    ...webinar,
    title: 'Evidencing the professional standards',
    body: 'An hour with the Professional Status Team on what evidence shows each standard, with time for your questions.',
    audience: 'open',
    joinUrl: 'https://webinars.demo.test/evidencing-the-standards',
    ...timing(webinar, dates, QTLS),
    createdBy: team,
    createdAt: at(-2),
    updatedAt: at(-2),
  });
}
