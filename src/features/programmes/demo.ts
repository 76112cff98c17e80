import crypto from 'node:crypto';
import type { Tx } from '../../db/index.ts';
import { inLondon } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { unwrap } from '../../platform/result.ts';
import { NO_ARRANGEMENT, PROGRAMMES, cohortDates, register, step, type Participant, type ParticipantEvent } from './rules.ts';
import { portfolioSections, portfolioSubmissions, programmeCohorts, programmeParticipants, type StoredParticipant } from './schema.ts';

// The Society's programmes in the demo: a QTLS cohort that started a month before the demo was seeded, with
// member@demo.test writing their portfolio (supported by supporter@demo.test) and a colleague who has
// submitted, reviewer@demo.test allocated; and a QTLS and an ATS cohort open for registration. The API
// refuses registering on a started cohort, so the rows are written here through the rules' own steps,
// each dated from the seeding clock.

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
export async function seedProgrammesDemo(tx: Tx, organisationId: string, person: (email: string) => string): Promise<void> {
  const now = clock.now();
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const day = (days: number) => inLondon(at(days)).date;
  const team = person('pst@demo.test');
  const cohort = (programme: 'qtls' | 'ats', startsOn: string) => ({ organisationId, programme, startsOn, blindSecret: crypto.randomBytes(16).toString('hex'), createdBy: team, createdAt: at(-60) });
  const [started] = await tx
    .insert(programmeCohorts)
    .values([cohort('qtls', day(-30)), cohort('qtls', day(45)), cohort('ats', day(60))])
    .returning();

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
    await tx.insert(programmeParticipants).values({
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
    });
    if (sections.length) await tx.insert(portfolioSections).values(sections.map((section) => ({ participantId: id, organisationId, section, text: WRITTEN[section]!, updatedAt: at(-7) })));
    return id;
  }

  await participant('member@demo.test', [], ['values', 'knowledge']);

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
}
