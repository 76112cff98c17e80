import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Transaction, Tx } from '../../db/index.ts';
import { audit } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { Conflict, Invalid, NotFound, Refused } from '../../platform/errors.ts';
import { people, roleAssignments } from '../../platform/people/schema.ts';
import { personName } from '../../platform/people/queries.ts';
import { allowedOn, type Actor } from '../../platform/policy.ts';
import { unwrap } from '../../platform/result.ts';
import { capacityRefusal, matchWaiting, step, type PoolMentor } from './rules.ts';
import { mentorPool, mentorRequests, programmeCohorts, programmeParticipants } from './schema.ts';
import { columnsOf, loadParticipant, participantOf, readParticipant, refuseUnlessBody, stepContext, type ProgrammesContext } from './service.ts';

// The body's pool of mentors (001 §6.1.3): the Professional Status Team keeps it, each mentor with how many
// participants they take at once and their subjects. An ATS participant who asks the body to appoint a mentor
// is matched by the rules (matchMentor, through matchWaiting) or waits; whenever room frees (a mentor added,
// a capacity raised, a mentee finishing or withdrawing) those waiting are served first come, first served.

/** Subjects are matched without regard to case or surrounding spaces. */
const subjectKey = (s: string) => s.trim().toLowerCase();

/** How many open ATS participants each person mentors now. */
async function loads(tx: Tx, organisationId: string, personIds: readonly string[]): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .select({ personId: programmeParticipants.supportPersonId, n: count() })
    .from(programmeParticipants)
    .where(and(eq(programmeParticipants.organisationId, organisationId), eq(programmeParticipants.programme, 'ats'), isNull(programmeParticipants.closedAt), inArray(programmeParticipants.supportPersonId, [...personIds])))
    .groupBy(programmeParticipants.supportPersonId);
  return new Map(rows.map((r) => [r.personId!, r.n]));
}

/**
 * Serves those waiting for a mentor, first come first served (rules: matchWaiting), in the caller's
 * transaction: each matched participant has the mentor arranged by the body, as the lifecycle's step.
 * Returns who was matched to whom.
 */
export async function serveWaiting(tx: Transaction, actor: Actor, organisationId: string): Promise<{ participantId: string; mentorId: string }[]> {
  // The pool's rows first, so that the organisation's matching runs one at a time and loads are counted once.
  const members = await tx.select().from(mentorPool).where(eq(mentorPool.organisationId, organisationId)).for('update');
  if (members.length === 0) return [];
  // A participant another transaction holds is taking a step of their own (asking, withdrawing): that
  // transaction serves them once it has, so they are passed over here rather than waited for.
  const waitingRows = await tx
    .select({ row: programmeParticipants, cohort: programmeCohorts, request: mentorRequests })
    .from(programmeParticipants)
    .innerJoin(programmeCohorts, eq(programmeCohorts.id, programmeParticipants.cohortId))
    .leftJoin(mentorRequests, eq(mentorRequests.participantId, programmeParticipants.id))
    .where(and(eq(programmeParticipants.organisationId, organisationId), eq(programmeParticipants.state, 'awaiting_mentor')))
    .for('update', { of: programmeParticipants, skipLocked: true });
  if (waitingRows.length === 0) return [];
  const load = await loads(tx, organisationId, members.map((m) => m.personId));
  const pool: PoolMentor[] = members.map((m) => ({ personId: m.personId, capacity: m.capacity, load: load.get(m.personId) ?? 0, subjects: m.subjects.map(subjectKey), available: m.available }));
  const waiting = [];
  const byPerson = new Map<string, { w: (typeof waitingRows)[number]; context: Awaited<ReturnType<typeof stepContext>> }>();
  for (const w of waitingRows) {
    const context = await stepContext(tx, w.row, w.cohort);
    const p = participantOf(w.row);
    // Asked through the lifecycle's own step, without a request: the step's time is when they asked.
    const askedAt = w.request?.askedAt ?? p.history.findLast((h) => h.event === 'await_mentor')?.at ?? w.row.registeredAt;
    waiting.push({ personId: w.row.personId, subject: w.request?.subject ? subjectKey(w.request.subject) : null, barred: context.barred, askedAt });
    byPerson.set(w.row.personId, { w, context });
  }
  const { matches } = matchWaiting(pool, waiting);
  const now = clock.now();
  const done: { participantId: string; mentorId: string }[] = [];
  for (const m of matches) {
    const { w, context } = byPerson.get(m.personId)!;
    const next = unwrap(step(participantOf(w.row), { type: 'arrange_support', personId: m.mentorId, appointedBy: 'body' }, context));
    await tx.update(programmeParticipants).set(columnsOf(next)).where(eq(programmeParticipants.id, w.row.id));
    await tx
      .insert(mentorRequests)
      .values({ participantId: w.row.id, organisationId, subject: null, askedAt: waiting.find((x) => x.personId === m.personId)!.askedAt, mentorId: m.mentorId, matchedAt: now })
      .onConflictDoUpdate({ target: [mentorRequests.organisationId, mentorRequests.participantId], set: { mentorId: m.mentorId, matchedAt: now } });
    await audit(tx, actor, { organisationId, action: 'programme.mentor_appointed', recordType: 'programme_participant', recordId: w.row.id, details: { mentorId: m.mentorId, from: w.row.state, to: next.state } });
    done.push({ participantId: w.row.id, mentorId: m.mentorId });
  }
  return done;
}

/**
 * 001 §6.1.3: an ATS participant asks the body to appoint a mentor, with the subject they teach to match on.
 * They wait for a mentor (the lifecycle's step, which refuses it on QTLS, where the participant appoints their
 * own supporter), and are matched at once if a mentor is free and nobody waits before them.
 */
export async function askForMentor(ctx: ProgrammesContext, actor: Actor, participantId: string, input: { subject?: string | undefined }) {
  await ctx.db.transaction(async (tx) => {
    const { row, cohort } = await loadParticipant(tx, actor, participantId, 'programme.participate', true);
    const context = await stepContext(tx, row, cohort);
    const p = participantOf(row);
    const next = unwrap(step(p, { type: 'await_mentor' }, context));
    await tx.update(programmeParticipants).set(columnsOf(next)).where(eq(programmeParticipants.id, row.id));
    const subject = input.subject?.trim() ? input.subject.trim() : null;
    await tx
      .insert(mentorRequests)
      .values({ participantId: row.id, organisationId: row.organisationId, subject, askedAt: context.now, mentorId: null, matchedAt: null })
      .onConflictDoUpdate({ target: [mentorRequests.organisationId, mentorRequests.participantId], set: { subject, askedAt: context.now, mentorId: null, matchedAt: null } });
    await audit(tx, actor, { organisationId: row.organisationId, action: 'programme.awaiting_mentor', recordType: 'programme_participant', recordId: row.id, details: { from: p.state, to: next.state, subject } });
    await serveWaiting(tx, actor, row.organisationId);
  });
  return readParticipant(ctx, actor, participantId);
}

// ─── The team's pool ────────────────────────────────────────────────────────────────────────────────────

/** The pool with each mentor's load now, and those waiting for a mentor, first asked first. */
export async function listPool(ctx: ProgrammesContext, actor: Actor) {
  await refuseUnlessBody(ctx.db, actor);
  const members = await ctx.db
    .select({ m: mentorPool, name: personName, email: people.email })
    .from(mentorPool)
    .innerJoin(people, eq(people.id, mentorPool.personId))
    .where(eq(mentorPool.organisationId, actor.organisationId))
    .orderBy(personName);
  const load = await loads(ctx.db, actor.organisationId, members.map((m) => m.m.personId));
  const waiting = await ctx.db
    .select({ participantId: programmeParticipants.id, name: personName, startsOn: programmeCohorts.startsOn, subject: mentorRequests.subject, askedAt: sql<Date>`coalesce(${mentorRequests.askedAt}, ${programmeParticipants.registeredAt})`.mapWith(programmeParticipants.registeredAt) })
    .from(programmeParticipants)
    .innerJoin(people, eq(people.id, programmeParticipants.personId))
    .innerJoin(programmeCohorts, eq(programmeCohorts.id, programmeParticipants.cohortId))
    .leftJoin(mentorRequests, eq(mentorRequests.participantId, programmeParticipants.id))
    .where(and(eq(programmeParticipants.organisationId, actor.organisationId), eq(programmeParticipants.state, 'awaiting_mentor')))
    .orderBy(asc(sql`coalesce(${mentorRequests.askedAt}, ${programmeParticipants.registeredAt})`), asc(programmeParticipants.id));
  return {
    mentors: members.map(({ m, name, email }) => ({ personId: m.personId, name, email, capacity: m.capacity, load: load.get(m.personId) ?? 0, subjects: m.subjects, available: m.available })),
    waiting,
    allowed: allowedOn(actor, { organisationId: actor.organisationId }, ['programme.manage'] as const),
  };
}

const cleanSubjects = (subjects: readonly string[]) => [...new Map(subjects.map((s) => s.trim()).filter((s) => s !== '').map((s) => [subjectKey(s), s])).values()];

/**
 * Adds a person of the body to the pool, by their email, with the participants they take at once and their
 * subjects; they hold the mentor role from then on. Those waiting are served.
 */
export async function addMentor(ctx: ProgrammesContext, actor: Actor, input: { email: string; capacity: number; subjects: string[]; available?: boolean | undefined }) {
  await ctx.db.transaction(async (tx) => {
    await refuseUnlessBody(tx, actor);
    const [person] = await tx
      .selectDistinct({ id: people.id })
      .from(people)
      .innerJoin(roleAssignments, and(eq(roleAssignments.personId, people.id), eq(roleAssignments.organisationId, actor.organisationId)))
      .where(and(eq(sql`lower(${people.email})`, input.email.trim().toLowerCase()), isNull(people.disabledAt)));
    if (!person) throw Invalid.field('body.email', 'is not the email of a person of this organisation');
    const [already] = await tx.select({ id: mentorPool.personId }).from(mentorPool).where(and(eq(mentorPool.organisationId, actor.organisationId), eq(mentorPool.personId, person.id)));
    if (already) throw new Conflict('mentor-in-pool', 'In the pool already', 'This person is in the mentor pool already: change their capacity instead.');
    const load = (await loads(tx, actor.organisationId, [person.id])).get(person.id) ?? 0;
    const refusal = capacityRefusal({ load }, input.capacity);
    if (refusal) throw new Refused([refusal], 'body');
    const now = clock.now();
    await tx.insert(mentorPool).values({ organisationId: actor.organisationId, personId: person.id, capacity: input.capacity, subjects: cleanSubjects(input.subjects), available: input.available ?? true, addedBy: actor.personId, addedAt: now, updatedAt: now });
    const [role] = await tx
      .select({ id: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.organisationId, actor.organisationId), eq(roleAssignments.personId, person.id), eq(roleAssignments.role, 'mentor'), isNull(roleAssignments.academyId), isNull(roleAssignments.regionId)));
    if (!role) await tx.insert(roleAssignments).values({ organisationId: actor.organisationId, personId: person.id, role: 'mentor' });
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'programme.mentor_added', recordType: 'programme_mentor', recordId: person.id, details: { capacity: input.capacity, subjects: cleanSubjects(input.subjects), mentorRoleGranted: !role } });
    await serveWaiting(tx, actor, actor.organisationId);
  });
  return listPool(ctx, actor);
}

/** Changes a pool mentor's capacity (never below those they mentor now), subjects or availability; those waiting are served. */
export async function changeMentor(ctx: ProgrammesContext, actor: Actor, personId: string, input: { capacity?: number | undefined; subjects?: string[] | undefined; available?: boolean | undefined }) {
  await ctx.db.transaction(async (tx) => {
    await refuseUnlessBody(tx, actor);
    const [found] = await tx.select().from(mentorPool).where(and(eq(mentorPool.organisationId, actor.organisationId), eq(mentorPool.personId, personId))).for('update');
    if (!found) throw new NotFound('mentor');
    if (input.capacity !== undefined) {
      const load = (await loads(tx, actor.organisationId, [personId])).get(personId) ?? 0;
      const refusal = capacityRefusal({ load }, input.capacity);
      if (refusal) throw new Refused([refusal], 'body');
    }
    const changes = {
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
      ...(input.subjects !== undefined ? { subjects: cleanSubjects(input.subjects) } : {}),
      ...(input.available !== undefined ? { available: input.available } : {}),
    };
    await tx
      .update(mentorPool)
      .set({ ...changes, updatedAt: clock.now() })
      .where(and(eq(mentorPool.organisationId, actor.organisationId), eq(mentorPool.personId, personId)));
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'programme.mentor_changed', recordType: 'programme_mentor', recordId: personId, details: changes });
    await serveWaiting(tx, actor, actor.organisationId);
  });
  return listPool(ctx, actor);
}

/** Takes a mentor out of the pool: those they mentor keep them; the body appoints them to nobody more. */
export async function removeMentor(ctx: ProgrammesContext, actor: Actor, personId: string) {
  await ctx.db.transaction(async (tx) => {
    await refuseUnlessBody(tx, actor);
    const removed = await tx
      .delete(mentorPool)
      .where(and(eq(mentorPool.organisationId, actor.organisationId), eq(mentorPool.personId, personId)))
      .returning({ personId: mentorPool.personId });
    if (removed.length === 0) throw new NotFound('mentor');
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'programme.mentor_removed', recordType: 'programme_mentor', recordId: personId });
  });
  return listPool(ctx, actor);
}
