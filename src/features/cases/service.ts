import crypto from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, ne, not, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Transaction, Tx } from '../../db/index.ts';
import { audit, type AuditAction } from '../../platform/audit/index.ts';
import { endOfLondonDay, inLondon } from '../../platform/calendar/index.ts';
import { clock } from '../../platform/clock.ts';
import { Conflict, Forbidden, Invalid, NotFound, Refused, type FieldProblem } from '../../platform/errors.ts';
import { files } from '../../platform/files/schema.ts';
import type { FileStore } from '../../platform/files/store.ts';
import { matching, totalOf, type Page } from '../../platform/paging.ts';
import { organisations, people, roleAssignments } from '../../platform/people/schema.ts';
import { accessible, allowedOn, can, relationColumns, relationsIn, type Action, type Actor, type RecordAccess, type Relation, type Subject } from '../../platform/policy.ts';
import type { Refusal } from '../../platform/result.ts';
import { readCitations } from '../codes/index.ts';
import { createDeadline, meetRecordDeadlines, openDeadlinesOf, soonestOpenDue, type DeadlinesContext } from '../deadlines/index.ts';
import { declaredConnection } from '../declarations/index.ts';
import {
  CASE_TYPES,
  CASE_TYPE_IDS,
  MIN_PUBLISHED_GROUP,
  STAGES,
  STEP_ACTIONS,
  advanceTargets,
  answerRefusal,
  appealCloses,
  caseReference,
  deadlinesStartedBy,
  officerChangeRefusal,
  openCase as newCase,
  openSteps,
  panelChangeRefusal,
  publishable,
  step,
  typeRefusal,
  type AppealResult,
  type Case,
  type CaseEvent,
  type CaseEventType,
  type CaseType,
  type CaseTypeId,
  type OpenedFrom,
  type PanelMember,
  type Stage,
} from './rules.ts';
import { APPEAL_RESULT_WORDS, composeLetter, letterDate, letterDay, letterFileName, letterPdf, LETTERS, type LetterFacts, type LetterName } from './letters.ts';
import { caseConsents, caseDocuments, caseEvents, caseInformationRequests, caseLetters, caseOfficers, casePanel, caseRecusals, cases, type ChronologyEvent } from './schema.ts';
import { OUTCOME_WORDS, wordsFor } from './words.ts';
import { nameOf } from '../../platform/people/queries.ts';

export interface CasesContext extends DeadlinesContext {
  files: FileStore;
}

type CaseRow = typeof cases.$inferSelect;


/**
 * Whether a person is barred from the case (recused): they stepped aside or were found barred when it was
 * opened, the case names them, or they declared a connection with the person it is about (003 §8.5, §19;
 * 002 and 004 C and K), whenever they declared it. Never the person it is about, who keeps their own part.
 */
function barred(person: AnyColumn | SQL | string): SQL {
  return sql`(${cases.subjectId} <> ${person} and (${person} = any(${cases.namedPersonIds})
    or exists (select 1 from ${caseRecusals} where ${caseRecusals.caseId} = ${cases.id} and ${caseRecusals.personId} = ${person})
    or ${declaredConnection(cases.organisationId, person, cases.subjectId)}))`;
}

/** Where a person sits on a case: among its officers or on its panel, and the role that makes them eligible to. */
type Seat = 'officer' | 'panel';
const SEATS = {
  officer: { table: caseOfficers, role: 'case_officer', words: 'a case officer' },
  panel: { table: casePanel, role: 'panel_member', words: 'a panel member' },
} as const;

const seated = (seat: Seat, person: AnyColumn | SQL | string) =>
  sql<boolean>`exists (select 1 from ${SEATS[seat].table} where ${SEATS[seat].table.caseId} = ${cases.id} and ${SEATS[seat].table.personId} = ${person})`;

/** A case as the policy sees it: its officers are assigned to it, its panel is its team, the person it is about owns it. */
const caseAccess: RecordAccess = {
  organisationId: cases.organisationId,
  ownerId: cases.subjectId,
  relations: { assigned: (personId) => seated('officer', personId), team: (personId) => seated('panel', personId), recused: barred },
};

const subjectOf = (row: CaseRow, relations: Exclude<Relation, 'owner'>[]): Subject => ({ organisationId: row.organisationId, ownerId: row.subjectId, relations });

/** What an officer or panel member may do with a case, for its `allowed` field; nothing once it is closed. */
const CASE_ACTIONS = ['case.progress', 'case.decide', 'case.appeal', 'case.team', 'case.step_aside'] as const;
const allowedFor = (actor: Actor, row: CaseRow, subject: Subject) => (row.stage === 'closed' ? [] : allowedOn(actor, subject, CASE_ACTIONS));

/**
 * A case for an action, with the actor's standing to it. A case they may not read is not found, as if it did
 * not exist (another organisation's, one they are barred from, one that is not theirs); one they read but
 * may not act on so is forbidden. A write locks the case's row until its transaction ends.
 */
async function loadCase(tx: Tx, actor: Actor, caseId: string, action: Action, lock = false) {
  const query = tx
    .select({ row: cases, ...relationColumns(actor, caseAccess) })
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.organisationId, actor.organisationId)));
  const [found] = lock ? await query.for('update', { of: cases }) : await query;
  const subject = found && subjectOf(found.row, relationsIn(found));
  if (!found || !subject || !can(actor, 'case.read', subject)) throw new NotFound('case');
  if (!can(actor, action, subject)) throw new Forbidden(`Your part in this case does not allow ${action}.`);
  return { row: found.row, subject };
}

/** The case as the rules see it; its history is the chronology's steps of the lifecycle. */
function caseOf(row: CaseRow, history: Case['history'] = []): Case {
  return {
    type: row.type,
    stage: row.stage,
    openedAt: row.openedAt,
    harmThreshold: row.harmThreshold,
    decision: row.decidedAt ? { outcome: row.decisionOutcome!, reasons: row.decisionReasons!, decidedAt: row.decidedAt, panel: row.decisionPanel } : null,
    outcome: row.outcomeIssuedAt ? { outcome: row.outcome!, issuedAt: row.outcomeIssuedAt } : null,
    appeal: row.appealLodgedAt ? { grounds: row.appealGrounds!, lodgedAt: row.appealLodgedAt, result: row.appealResult } : null,
    closedAt: row.closedAt,
    history,
  };
}

async function withHistory(tx: Tx, row: CaseRow): Promise<Case> {
  const steps = await tx
    .select({ event: caseEvents.event, at: caseEvents.at, from: caseEvents.fromStage, to: caseEvents.toStage })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, row.id), isNotNull(caseEvents.toStage)))
    .orderBy(asc(caseEvents.at));
  return caseOf(
    row,
    steps.map((s) => ({ event: s.event as CaseEventType, at: s.at, from: s.from!, to: s.to! })),
  );
}

/** The columns that hold what the rules keep of a case. */
const columnsOf = (c: Case) => ({
  stage: c.stage,
  decisionOutcome: c.decision?.outcome ?? null,
  decisionReasons: c.decision?.reasons ?? null,
  decisionPanel: c.decision?.panel ? c.decision.panel.map(({ personId, kind }) => ({ personId, kind })) : null,
  decidedAt: c.decision?.decidedAt ?? null,
  outcome: c.outcome?.outcome ?? null,
  outcomeIssuedAt: c.outcome?.issuedAt ?? null,
  appealGrounds: c.appeal?.grounds ?? null,
  appealLodgedAt: c.appeal?.lodgedAt ?? null,
  appealResult: c.appeal?.result ?? null,
  closedAt: c.closedAt,
});

/** Throws what a rule refused, naming each field of the request at fault. */
function refuse(refusal: Refusal | null) {
  if (refusal) throw new Refused([refusal], 'body');
}

interface Entry {
  event: ChronologyEvent;
  at: Date;
  fromStage?: Stage;
  toStage?: Stage;
  personId?: string;
  note?: string | null;
}

/** One entry in the case's chronology and the audit entry for it, in the transaction of the change. */
async function record(tx: Transaction, actor: Actor, row: Pick<CaseRow, 'id' | 'organisationId'>, entry: Entry, action: AuditAction, trail: { details?: Record<string, unknown>; reason?: string } = {}) {
  await tx.insert(caseEvents).values({ caseId: row.id, organisationId: row.organisationId, actorId: actor.personId, ...entry });
  await audit(tx, actor, { organisationId: row.organisationId, action, recordType: 'case', recordId: row.id, ...trail });
}

// ─── Letters ────────────────────────────────────────────────────────────────────────────────────────────

/** What a step's letter says besides the case itself: read before the step's transaction, as the codes' citations are read apart from it. */
interface Letterhead {
  name: LetterName;
  organisation: string;
  person: string;
  /** The provisions concerned, each as its citation reads in the version the organisation has in force. */
  provisions: string[];
}

/** The letter a step of this type sends, with what it says of the organisation, the person and the provisions; null when it sends none. */
async function letterhead(db: Db, actor: Actor, type: CaseType, subjectId: string, event: CaseEventType): Promise<Letterhead | null> {
  const name = type.letters[event];
  if (!name) return null;
  const cites = LETTERS[name].cites ?? type.cites;
  const [[organisation], [person], citations] = await Promise.all([
    db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, actor.organisationId)),
    db.select({ name: nameOf(people) }).from(people).where(eq(people.id, subjectId)),
    readCitations(db, cites.map(({ code, provisions }) => ({ code, provisions })), actor.organisationId),
  ]);
  // A code the library does not hold is still named, by its id and the keys of its provisions.
  const provisions = citations.map((c, i) => c?.text ?? `${cites[i]!.code} ${cites[i]!.version}, ${cites[i]!.provisions.join(', ')}`);
  return { name, organisation: organisation?.name ?? '', person: person?.name ?? '', provisions };
}

/**
 * Runs a change that may send letters: a letter's PDF is put in the file store inside the transaction that
 * records it, so if the transaction fails, what it stored is removed again.
 */
async function sendingLetters<T>(ctx: CasesContext, change: (stored: string[]) => Promise<T>): Promise<T> {
  const stored: string[] = [];
  try {
    return await change(stored);
  } catch (error) {
    await Promise.all(stored.map((key) => ctx.files.remove(key).catch(() => undefined)));
    throw error;
  }
}

/** Composes the step's letter, lays it out as a PDF, keeps it, and records it on the chronology and in the audit trail. */
async function sendLetter(ctx: CasesContext, tx: Transaction, actor: Actor, row: CaseRow, head: Letterhead, event: CaseEventType, facts: Partial<LetterFacts>, stored: string[], requestId: string | null = null) {
  const now = clock.now();
  const letter = composeLetter(head.name, { organisation: head.organisation, reference: caseReference(row), date: letterDate(now), person: head.person, caseTitle: CASE_TYPES[row.type].title, ...facts }, head.provisions);
  const bytes = await letterPdf(letter);
  const storageKey = crypto.randomUUID();
  await ctx.files.put(storageKey, bytes);
  stored.push(storageKey);
  const [sent] = await tx
    .insert(caseLetters)
    .values({ caseId: row.id, organisationId: row.organisationId, letter: head.name, title: letter.title, event, requestId, storageKey, size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), sentBy: actor.personId, sentAt: now })
    .returning({ id: caseLetters.id });
  await record(tx, actor, row, { event: 'letter_sent', at: now, personId: row.subjectId, note: letter.title }, 'case.letter_sent', { details: { letterId: sent!.id, letter: head.name } });
}

/** The letters of these cases, oldest first. */
function lettersOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: caseLetters.id, caseId: caseLetters.caseId, letter: caseLetters.letter, title: caseLetters.title, event: caseLetters.event, requestId: caseLetters.requestId, size: caseLetters.size, sentAt: caseLetters.sentAt })
    .from(caseLetters)
    .where(inArray(caseLetters.caseId, caseIds))
    .orderBy(asc(caseLetters.sentAt), asc(caseLetters.id));
}

/** A letter, as its PDF, to the case's team or the person it was sent to; anyone else is told there is no such letter. Every reading is recorded. */
export async function caseLetter(ctx: CasesContext, actor: Actor, caseId: string, letterId: string) {
  const [found] = await ctx.db
    .select({ row: cases, letter: caseLetters, ...relationColumns(actor, caseAccess) })
    .from(caseLetters)
    .innerJoin(cases, eq(cases.id, caseLetters.caseId))
    .where(and(eq(caseLetters.id, letterId), eq(caseLetters.caseId, caseId), eq(caseLetters.organisationId, actor.organisationId)));
  if (!found || !can(actor, 'case.letters', subjectOf(found.row, relationsIn(found)))) throw new NotFound('letter');
  const bytes = await ctx.files.get(found.letter.storageKey);
  await ctx.db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'case.letter_read', recordType: 'case', recordId: found.row.id, details: { letterId: found.letter.id, letter: found.letter.letter } }));
  return { name: letterFileName(found.letter.letter, caseReference(found.row)), bytes };
}

// ─── Opening a case ─────────────────────────────────────────────────────────────────────────────────────

export interface NewCase {
  type: CaseTypeId;
  subjectId: string;
  summary: string;
  harmThreshold: boolean;
  namedPersonIds: string[];
  openedFrom: OpenedFrom;
  /** The declaration or notification it is opened from (its feature opens it so, through index.ts). */
  declarationId?: string | undefined;
  sourceNote?: string | undefined;
}

/** Everything wrong with a new case's people at once: each is someone of this organisation, and none is the officer opening it. */
async function checkPeople(tx: Tx, actor: Actor, input: NewCase) {
  const ids = [input.subjectId, ...input.namedPersonIds];
  const known = new Set(
    (await tx.selectDistinct({ id: roleAssignments.personId }).from(roleAssignments).where(and(eq(roleAssignments.organisationId, actor.organisationId), inArray(roleAssignments.personId, ids)))).map((r) => r.id),
  );
  const problems: FieldProblem[] = [];
  if (!known.has(input.subjectId)) problems.push({ field: 'body.subjectId', reason: 'is not a person in this organisation' });
  else if (input.subjectId === actor.personId) problems.push({ field: 'body.subjectId', reason: 'is you: another case officer opens a case about you' });
  input.namedPersonIds.forEach((id, i) => {
    if (!known.has(id)) problems.push({ field: `body.namedPersonIds.${i}`, reason: 'is not a person in this organisation' });
    else if (id === input.subjectId) problems.push({ field: `body.namedPersonIds.${i}`, reason: 'is the person the case is about' });
  });
  if (input.harmThreshold && input.type !== 'allegation') problems.push({ field: 'body.harmThreshold', reason: 'applies only to an allegation about a member of staff' });
  if (problems.length) throw new Invalid(problems);
}

/**
 * Records who among the organisation's case officers and panel members is barred from a new case (a
 * declared connection with its person, or named in it), each in the chronology and the audit trail. They
 * are barred whether recorded or not; the record says when it was found.
 */
async function recordBars(tx: Transaction, actor: Actor, row: CaseRow) {
  const found = await tx
    .selectDistinct({ personId: roleAssignments.personId, named: sql<boolean>`${roleAssignments.personId} = any(${cases.namedPersonIds})` })
    .from(roleAssignments)
    .innerJoin(cases, eq(cases.id, row.id))
    .where(and(eq(roleAssignments.organisationId, row.organisationId), inArray(roleAssignments.role, [SEATS.officer.role, SEATS.panel.role]), barred(roleAssignments.personId)));
  for (const { personId, named } of found) {
    const ground = named ? 'named' : 'declared';
    await tx.insert(caseRecusals).values({ caseId: row.id, organisationId: row.organisationId, personId, ground, recordedAt: row.openedAt });
    await record(tx, actor, row, { event: 'recused', at: row.openedAt, personId, note: null }, 'case.recused', { details: { personId, ground } });
  }
}

/** The deadlines an event of the case starts, as its type says, owned by the officer who took the step. */
async function startDeadlines(ctx: CasesContext, tx: Transaction, actor: Actor, type: CaseType, row: CaseRow, c: Case, on: 'opened' | Stage) {
  for (const d of deadlinesStartedBy(type, c, on)) {
    await createDeadline(ctx, tx, actor, { organisationId: row.organisationId, kind: d.kind, ownerId: actor.personId, rule: { type: d.period.unit, days: d.period.count }, recordType: 'case', recordId: row.id });
  }
}

/**
 * Opens a case at intake, with the officer who opens it on its team; records who is barred from it and
 * starts the deadlines its type runs from the opening (an acknowledgement; for an allegation that may meet
 * the harm threshold, the referral to the designated officer). An officer barred from the person opens
 * nothing about them.
 */
export async function openCase(ctx: CasesContext, actor: Actor, input: NewCase) {
  // Asked again here for a case opened from another feature, which no route's check has asked.
  if (!can(actor, 'case.open')) throw new Forbidden('Your roles here do not allow case.open.');
  const type = CASE_TYPES[input.type];
  const head = await letterhead(ctx.db, actor, type, input.subjectId, 'open');
  const id = await sendingLetters(ctx, (stored) => ctx.db.transaction(async (tx) => {
    const [here] = await tx
      .select({ kind: organisations.kind, connected: sql<boolean>`${declaredConnection(actor.organisationId, actor.personId, input.subjectId)}` })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId));
    refuse(typeRefusal(type, here!.kind));
    await checkPeople(tx, actor, input);
    if (here!.connected || input.namedPersonIds.includes(actor.personId)) {
      throw new Conflict('recused', 'Barred from this case', 'You declared a connection with this person, or the case names you: another case officer opens it.');
    }
    const now = clock.now();
    const opened = newCase(type, now, input.harmThreshold);
    const [row] = await tx
      .insert(cases)
      .values({
        organisationId: actor.organisationId,
        type: type.id,
        subjectId: input.subjectId,
        harmThreshold: opened.harmThreshold,
        openedFrom: input.openedFrom,
        declarationId: input.declarationId ?? null,
        sourceNote: input.sourceNote ?? null,
        summary: input.summary,
        namedPersonIds: input.namedPersonIds,
        openedBy: actor.personId,
        openedAt: now,
        ...columnsOf(opened),
      })
      .returning();
    await tx.insert(caseOfficers).values({ caseId: row!.id, organisationId: row!.organisationId, personId: actor.personId, appointedBy: actor.personId, appointedAt: now });
    await record(tx, actor, row!, { event: 'open', at: now, fromStage: 'intake', toStage: 'intake' }, 'case.opened', { details: { type: type.id, openedFrom: input.openedFrom } });
    await recordBars(tx, actor, row!);
    await startDeadlines(ctx, tx, actor, type, row!, opened, 'opened');
    if (head) {
      await sendLetter(ctx, tx, actor, row!, head, 'open', {}, stored);
      // The letter sent on opening is the acknowledgement: it meets the deadline to acknowledge at once.
      await meetRecordDeadlines(tx, actor, { organisationId: row!.organisationId, recordType: 'case', recordId: row!.id, kind: 'case-acknowledgement' });
    }
    return row!.id;
  }));
  void ctx.mailer.deliver().catch(() => 0);
  return caseFor(ctx.db, actor, id);
}

// ─── Reading cases ──────────────────────────────────────────────────────────────────────────────────────

export interface CaseFilter {
  type?: CaseTypeId | undefined;
  stage?: Stage | undefined;
  /** The declaration it was opened from. */
  declarationId?: string | undefined;
}

/** The soonest open deadline of a case and of the requests put in it. */
const caseDue = soonestOpenDue(cases.organisationId, [
  { recordType: 'case', recordIds: sql`${cases.id}::text` },
  { recordType: 'case_information_request', recordIds: sql`select r.id::text from ${caseInformationRequests} r where r.case_id = ${cases.id}` },
]);
/** A stage's place in the order a case passes through them. */
const stageOrder = sql`array_position(array[${sql.join(
  STAGES.map((s) => sql`${s}`),
  sql`, `,
)}]::text[], ${cases.stage}::text)`;

/** Whole days from one London date to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * A page of the cases the actor is on (an officer or on the panel, and not barred), and how many in all: a
 * caseload, anything overdue first, then by stage in the order a case passes through them, the oldest first.
 */
export async function listCases(db: Db, actor: Actor, filter: CaseFilter & Page) {
  const where = and(
    accessible(actor, 'case.read', caseAccess),
    filter.type ? eq(cases.type, filter.type) : undefined,
    filter.stage ? eq(cases.stage, filter.stage) : undefined,
    filter.declarationId ? eq(cases.declarationId, filter.declarationId) : undefined,
  );
  const now = clock.now();
  const today = inLondon(now).date;
  const rows = await db
    .select({ row: cases, subjectName: nameOf(people), due: caseDue, total: matching(), ...relationColumns(actor, caseAccess) })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.subjectId))
    .where(where)
    .orderBy(sql`coalesce(${caseDue} < ${now.toISOString()}::timestamptz, false) desc`, stageOrder, asc(cases.openedAt), asc(cases.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const total = await totalOf(rows, filter, async () => (await db.select({ n: count() }).from(cases).where(where))[0]!.n);
  const items = rows.map((r) => ({
    id: r.row.id,
    reference: caseReference(r.row),
    type: r.row.type,
    title: CASE_TYPES[r.row.type].title,
    stage: r.row.stage,
    subjectId: r.row.subjectId,
    subjectName: r.subjectName,
    harmThreshold: r.row.harmThreshold,
    openedAt: r.row.openedAt,
    openedOn: inLondon(r.row.openedAt).date,
    ageDays: daysBetween(inLondon(r.row.openedAt).date, today),
    nextDueAt: r.due,
    overdue: r.due !== null && r.due.getTime() < now.getTime(),
    allowed: allowedFor(actor, r.row, subjectOf(r.row, relationsIn(r))),
  }));
  return { total, items };
}

/** Requests for information, oldest first, each with the documents sent with its answer and any consent recorded. */
async function requestsWhere(db: Db, where: SQL | undefined) {
  const rows = await db
    .select({ request: caseInformationRequests, row: cases })
    .from(caseInformationRequests)
    .innerJoin(cases, eq(cases.id, caseInformationRequests.caseId))
    .where(where)
    .orderBy(asc(caseInformationRequests.askedAt), asc(caseInformationRequests.id));
  const ids = rows.map((r) => r.request.id);
  const [documents, consents] = ids.length
    ? await Promise.all([
        db
          .select({ id: caseDocuments.id, requestId: caseDocuments.requestId, fileId: files.id, name: files.name, mediaType: files.mediaType, size: files.size })
          .from(caseDocuments)
          .innerJoin(files, eq(files.id, caseDocuments.fileId))
          .where(inArray(caseDocuments.requestId, ids))
          .orderBy(asc(caseDocuments.addedAt), asc(caseDocuments.id)),
        db.select().from(caseConsents).where(inArray(caseConsents.requestId, ids)),
      ])
    : [[], []];
  return rows.map(({ request, row }) => {
    const consent = consents.find((c) => c.requestId === request.id);
    return {
      row,
      view: {
        id: request.id,
        caseId: request.caseId,
        caseTitle: CASE_TYPES[row.type].title,
        question: request.question,
        consentFrom: request.consentFrom,
        dueOn: request.dueOn,
        askedAt: request.askedAt,
        answer: request.answer,
        answeredAt: request.answeredAt,
        documents: documents.filter((d) => d.requestId === request.id).map(({ requestId: _, ...d }) => d),
        consent: consent ? { given: consent.given, statement: consent.statement, recordedAt: consent.recordedAt } : null,
      },
    };
  });
}

/** Everything about a case for its team: its people, its decision and appeal, its chronology and its requests for information. */
async function caseView(db: Db, actor: Actor, row: CaseRow, subject: Subject) {
  const actorPerson = alias(people, 'actor_person');
  const concerned = alias(people, 'concerned_person');
  const [named, officers, panel, recusals, chronology, requests] = await Promise.all([
    db.select({ id: people.id, name: nameOf(people) }).from(people).where(inArray(people.id, [row.subjectId, ...row.namedPersonIds])),
    db.select({ personId: caseOfficers.personId, name: nameOf(people), appointedAt: caseOfficers.appointedAt }).from(caseOfficers).innerJoin(people, eq(people.id, caseOfficers.personId)).where(eq(caseOfficers.caseId, row.id)).orderBy(asc(caseOfficers.appointedAt)),
    db.select({ personId: casePanel.personId, name: nameOf(people), kind: casePanel.kind, appointedAt: casePanel.appointedAt }).from(casePanel).innerJoin(people, eq(people.id, casePanel.personId)).where(eq(casePanel.caseId, row.id)).orderBy(asc(casePanel.appointedAt)),
    db.select({ personId: caseRecusals.personId, name: nameOf(people), ground: caseRecusals.ground, reason: caseRecusals.reason, recordedAt: caseRecusals.recordedAt }).from(caseRecusals).innerJoin(people, eq(people.id, caseRecusals.personId)).where(eq(caseRecusals.caseId, row.id)).orderBy(asc(caseRecusals.recordedAt)),
    db
      .select({ id: caseEvents.id, event: caseEvents.event, fromStage: caseEvents.fromStage, toStage: caseEvents.toStage, at: caseEvents.at, actorId: caseEvents.actorId, actorName: nameOf(actorPerson), personId: caseEvents.personId, personName: sql<string | null>`${nameOf(concerned)}`, note: caseEvents.note })
      .from(caseEvents)
      .innerJoin(actorPerson, eq(actorPerson.id, caseEvents.actorId))
      .leftJoin(concerned, eq(concerned.id, caseEvents.personId))
      .where(eq(caseEvents.caseId, row.id))
      .orderBy(asc(caseEvents.at), asc(caseEvents.id)),
    requestsWhere(db, eq(caseInformationRequests.caseId, row.id)),
  ]);
  const [letters, dueNext] = await Promise.all([
    lettersOf(db, [row.id]),
    openDeadlinesOf(db, row.organisationId, [
      { recordType: 'case', recordIds: [row.id] },
      { recordType: 'case_information_request', recordIds: requests.map((r) => r.view.id) },
    ]),
  ]);
  const nameById = new Map(named.map((p) => [p.id, p.name]));
  const type = CASE_TYPES[row.type];
  const c = caseOf(row);
  return {
    id: row.id,
    reference: caseReference(row),
    type: row.type,
    title: type.title,
    stage: row.stage,
    subject: { id: row.subjectId, name: nameById.get(row.subjectId) ?? '' },
    named: row.namedPersonIds.map((id) => ({ id, name: nameById.get(id) ?? '' })),
    harmThreshold: row.harmThreshold,
    openedFrom: row.openedFrom,
    declarationId: row.declarationId,
    sourceNote: row.sourceNote,
    summary: row.summary,
    openedAt: row.openedAt,
    outcomes: [...type.outcomes],
    panelDecides: type.panel,
    decision: c.decision && { outcome: c.decision.outcome, reasons: c.decision.reasons, decidedAt: c.decision.decidedAt, panel: c.decision.panel ? [...c.decision.panel] : null },
    outcome: c.outcome,
    appeal: c.appeal,
    appealCloses: appealCloses(type, c),
    closedAt: row.closedAt,
    officers,
    panel,
    recusals,
    chronology,
    informationRequests: requests.map((r) => r.view),
    letters: letters.map(({ caseId: _, ...letter }) => letter),
    dueNext: dueNext.map(({ id, kind, title, dueAt, ownerName, overdue }) => ({ id, kind, title, dueAt, ownerName, overdue })),
    // What the state machine allows from here, of what the viewer's part in the case lets them do.
    steps: openSteps(type, c, clock.now()).filter((event) => can(actor, STEP_ACTIONS[event], subject)),
    advanceTo: advanceTargets(type, c),
    allowed: allowedFor(actor, row, subject),
  };
}

/** A case as its team reads it, without recording the read (the answer to a step they took). */
async function caseFor(db: Db, actor: Actor, caseId: string) {
  const { row, subject } = await loadCase(db, actor, caseId, 'case.read');
  return caseView(db, actor, row, subject);
}

/** A case, to someone on it: a sensitive read, recorded in the audit trail. */
export async function readCase(db: Db, actor: Actor, caseId: string) {
  const { row, subject } = await loadCase(db, actor, caseId, 'case.read');
  await db.transaction((tx) => audit(tx, actor, { organisationId: row.organisationId, action: 'case.viewed', recordType: 'case', recordId: row.id }));
  return caseView(db, actor, row, subject);
}

/** A document sent with an answer, to the case's team; every download is recorded. */
export async function caseDocument(ctx: CasesContext, actor: Actor, caseId: string, documentId: string) {
  await loadCase(ctx.db, actor, caseId, 'case.read');
  const [file] = await ctx.db
    .select({ id: files.id, name: files.name, mediaType: files.mediaType, storageKey: files.storageKey })
    .from(caseDocuments)
    .innerJoin(files, eq(files.id, caseDocuments.fileId))
    .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, caseId), eq(caseDocuments.organisationId, actor.organisationId)));
  if (!file) throw new NotFound('document');
  const bytes = await ctx.files.get(file.storageKey);
  await ctx.db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'file.downloaded', recordType: 'file', recordId: file.id, details: { caseId } }));
  return { name: file.name, mediaType: file.mediaType, bytes };
}

// ─── Steps of the lifecycle ─────────────────────────────────────────────────────────────────────────────

/** A step as the API takes it: the rules' event, with what it carries in words. */
export type StepInput =
  | { type: 'advance'; to: Stage; note?: string | undefined }
  | { type: 'request_information'; question: string; dueOn: string; consentFrom?: string | undefined }
  | { type: 'decide'; outcome: string; reasons: string }
  | { type: 'issue_outcome'; note?: string | undefined }
  | { type: 'appeal'; grounds: string }
  | { type: 'decide_appeal'; result: AppealResult; reasons: string }
  | { type: 'close'; reasons: string };

const STEP_AUDIT: Record<StepInput['type'], AuditAction> = {
  advance: 'case.advanced',
  request_information: 'case.information_requested',
  decide: 'case.decided',
  issue_outcome: 'case.outcome_issued',
  appeal: 'case.appealed',
  decide_appeal: 'case.appeal_decided',
  close: 'case.closed',
};

/** What the chronology keeps of a step in words: its reasons, grounds or note (a decision with its outcome, since an appeal upheld clears it). */
function noteOf(input: StepInput): string | null {
  switch (input.type) {
    case 'decide':
      return `${input.outcome}: ${input.reasons}`;
    case 'decide_appeal':
      return `${input.result}: ${input.reasons}`;
    case 'appeal':
      return input.grounds;
    case 'close':
      return input.reasons;
    case 'request_information':
      return null;
    default:
      return input.note ?? null;
  }
}

/** What a step's letter says of the step: the question and its day; the outcome, its reasons and the time to appeal; the appeal's result. */
function letterFacts(type: CaseType, after: Case, input: StepInput): Partial<LetterFacts> {
  switch (input.type) {
    case 'request_information':
      return { question: input.question, dueOn: letterDay(input.dueOn), ...(input.consentFrom && { consentFrom: input.consentFrom }) };
    case 'issue_outcome': {
      const closes = appealCloses(type, after);
      return { outcome: wordsFor(OUTCOME_WORDS, after.outcome!.outcome), reasons: after.decision!.reasons, ...(closes && { appealBy: letterDate(closes) }) };
    }
    case 'decide_appeal':
      return { appealResult: APPEAL_RESULT_WORDS[input.result], reasons: input.reasons };
    default:
      return {};
  }
}

/** The panel as it sits, in the order it was appointed, each member marked if barred from the case. */
function panelOf(tx: Tx, caseId: string) {
  return tx
    .select({ personId: casePanel.personId, kind: casePanel.kind, barred: sql<boolean>`${barred(casePanel.personId)}` })
    .from(casePanel)
    .innerJoin(cases, eq(cases.id, casePanel.caseId))
    .where(eq(casePanel.caseId, caseId))
    .orderBy(asc(casePanel.appointedAt));
}

/**
 * Takes one step of the lifecycle through the rules, or refuses it naming the rule and changes nothing:
 * the case, its chronology and the audit trail in one transaction, with what the step starts or ends (a
 * request's deadline for the person; after the outcome, the officer's deadline to close the case once the
 * time to appeal has passed, met by an appeal or by closing).
 */
export async function takeStep(ctx: CasesContext, actor: Actor, caseId: string, input: StepInput) {
  // A step that sends a letter in some type: what the letter says of the organisation, the person and the provisions, read first.
  const sends = Object.values(CASE_TYPES).some((t) => t.letters[input.type]);
  const [known] = sends ? await ctx.db.select({ type: cases.type, subjectId: cases.subjectId }).from(cases).where(and(eq(cases.id, caseId), eq(cases.organisationId, actor.organisationId))) : [];
  const head = known ? await letterhead(ctx.db, actor, CASE_TYPES[known.type], known.subjectId, input.type) : null;
  await sendingLetters(ctx, (stored) => ctx.db.transaction(async (tx) => {
    const { row } = await loadCase(tx, actor, caseId, STEP_ACTIONS[input.type], true);
    const type = CASE_TYPES[row.type];
    const before = await withHistory(tx, row);
    const seats = input.type === 'decide' ? await panelOf(tx, row.id) : [];
    const event: CaseEvent = input.type === 'decide' ? { ...input, panel: seats.map(({ personId, kind }): PanelMember => ({ personId, kind })) } : input;
    const now = clock.now();
    const result = step(type, before, event, now, new Set(seats.filter((s) => s.barred).map((s) => s.personId)));
    // The panel is the case's, not a field of the request: its refusals name no field.
    if (!result.ok) throw new Refused(result.refusals.map(({ field, ...r }) => (field?.startsWith('panel') ? r : { ...r, field })), 'body');
    const after = result.value;
    await tx.update(cases).set(columnsOf(after)).where(and(eq(cases.id, row.id), eq(cases.organisationId, row.organisationId)));
    await record(tx, actor, row, { event: input.type, at: now, fromStage: before.stage, toStage: after.stage, note: noteOf(input) }, STEP_AUDIT[input.type], { details: { from: before.stage, to: after.stage } });
    let requestId: string | null = null;
    if (input.type === 'request_information') {
      const [request] = await tx
        .insert(caseInformationRequests)
        .values({ caseId: row.id, organisationId: row.organisationId, question: input.question, consentFrom: input.consentFrom ?? null, dueOn: input.dueOn, askedBy: actor.personId, askedAt: now })
        .returning({ id: caseInformationRequests.id });
      await createDeadline(ctx, tx, actor, {
        organisationId: row.organisationId,
        kind: 'case-information-request',
        ownerId: row.subjectId,
        rule: { type: 'fixed', dueAt: endOfLondonDay(input.dueOn).toISOString() },
        recordType: 'case_information_request',
        recordId: request!.id,
      });
      requestId = request!.id;
    }
    const closes = input.type === 'issue_outcome' ? appealCloses(type, after) : null;
    if (closes) await createDeadline(ctx, tx, actor, { organisationId: row.organisationId, kind: 'case-appeal-window', ownerId: actor.personId, startsAt: closes, recordType: 'case', recordId: row.id });
    if (after.stage === 'appeal' || after.stage === 'closed') await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'case', recordId: row.id, kind: 'case-appeal-window' });
    if (after.stage !== before.stage) await startDeadlines(ctx, tx, actor, type, row, after, after.stage);
    if (head && type.letters[input.type]) await sendLetter(ctx, tx, actor, row, head, input.type, letterFacts(type, after, input), stored, requestId);
  }));
  void ctx.mailer.deliver().catch(() => 0);
  return caseFor(ctx.db, actor, caseId);
}

// ─── The team and the panel ─────────────────────────────────────────────────────────────────────────────

/** A person in this organisation, with an account in use, who holds the role a seat needs. */
const eligible = (seat: Seat, person: AnyColumn | SQL | string) =>
  sql<boolean>`exists (select 1 from ${roleAssignments} join ${people} on ${people.id} = ${roleAssignments.personId}
    where ${roleAssignments.organisationId} = ${cases.organisationId} and ${roleAssignments.personId} = ${person}
      and ${roleAssignments.role} = ${SEATS[seat].role} and ${people.disabledAt} is null)`;

/** A person's standing for a seat on the case, and how many sit in it now. */
async function standing(tx: Tx, caseId: string, seat: Seat, personId: string) {
  const { table } = SEATS[seat];
  // Each nested in sql``: a query of one table names a selected expression's own columns without their
  // table, which its subqueries, naming other tables' columns alike, would then mistake for their own.
  const [found] = await tx
    .select({
      eligible: sql<boolean>`${eligible(seat, personId)}`,
      barred: sql<boolean>`${barred(personId)}`,
      seated: sql<boolean>`${seated(seat, personId)}`,
      seats: sql<number>`${sql`(select count(*) from ${table} where ${table.caseId} = ${cases.id})`}`.mapWith(Number),
    })
    .from(cases)
    .where(eq(cases.id, caseId));
  return found!;
}

/** Why the seat may not change: an officer's by the rule that an open case keeps one, a panel seat by the panel's rules. */
function seatRefusal(seat: Seat, row: CaseRow, seatsAfter: number) {
  return seat === 'officer' ? officerChangeRefusal(row, seatsAfter) : panelChangeRefusal(CASE_TYPES[row.type], caseOf(row), seatsAfter);
}

/**
 * Those who may be appointed to each seat: holders of its role here who are not already in it, are not the
 * person the case is about and are not barred from it. A barred person is never offered.
 */
export async function candidates(db: Db, actor: Actor, caseId: string) {
  // Apart from the people table that eligibility asks inside, which would otherwise hide it.
  const candidate = alias(people, 'candidate');
  const offered = (seat: Seat) =>
    db
      .select({ personId: candidate.id, name: nameOf(candidate) })
      .from(cases)
      .innerJoin(candidate, eligible(seat, candidate.id))
      .where(and(eq(cases.id, caseId), ne(candidate.id, cases.subjectId), not(barred(candidate.id)), not(seated(seat, candidate.id))));
  await loadCase(db, actor, caseId, 'case.team');
  const [officers, panel] = await Promise.all([offered('officer'), offered('panel')]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return { officers: officers.sort(byName), panel: panel.sort(byName) };
}

/** Appoints a case officer, or a panel member as a practitioner or a lay member; a barred person is refused. */
export async function appoint(ctx: CasesContext, actor: Actor, caseId: string, seat: Seat, input: { personId: string; kind?: PanelMember['kind'] }) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadCase(tx, actor, caseId, 'case.team', true);
    const found = await standing(tx, row.id, seat, input.personId);
    refuse(seatRefusal(seat, row, found.seats + 1));
    if (!found.eligible) throw Invalid.field('body.personId', `is not ${SEATS[seat].words} of this organisation`);
    if (input.personId === row.subjectId) throw Invalid.field('body.personId', 'is the person the case is about');
    if (found.barred) throw new Conflict('recused', 'Barred from this case', 'This person is barred from the case: a connection they declared with the person it is about, named in it, or stepped aside from it.');
    if (found.seated) throw new Conflict('already-appointed', 'Already appointed', `This person is already ${SEATS[seat].words} of this case.`);
    const now = clock.now();
    const appointed = { caseId: row.id, organisationId: row.organisationId, personId: input.personId, appointedBy: actor.personId, appointedAt: now };
    if (seat === 'officer') await tx.insert(caseOfficers).values(appointed);
    else await tx.insert(casePanel).values({ ...appointed, kind: input.kind! });
    const event = seat === 'officer' ? 'officer_appointed' : 'panel_member_appointed';
    await record(tx, actor, row, { event, at: now, personId: input.personId, note: input.kind ?? null }, `case.${event}` as const, { details: { personId: input.personId, ...(input.kind ? { kind: input.kind } : {}) } });
  });
  return caseFor(ctx.db, actor, caseId);
}

/** Takes someone off the case's officers or panel (an officer may leave it so, while another stays). */
export async function removeFromSeat(ctx: CasesContext, actor: Actor, caseId: string, seat: Seat, personId: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadCase(tx, actor, caseId, 'case.team', true);
    const found = await standing(tx, row.id, seat, personId);
    if (!found.seated) throw new NotFound(seat === 'officer' ? 'case officer of this case' : 'panel member of this case');
    refuse(seatRefusal(seat, row, found.seats - 1));
    const { table } = SEATS[seat];
    await tx.delete(table).where(and(eq(table.caseId, row.id), eq(table.personId, personId)));
    const event = seat === 'officer' ? 'officer_removed' : 'panel_member_removed';
    await record(tx, actor, row, { event, at: clock.now(), personId }, `case.${event}` as const, { details: { personId } });
  });
}

/**
 * Steps aside from a case with a reason: off its officers and panel, and barred from it from then on. An
 * open case keeps an officer, so the last one appoints another first.
 */
export async function stepAside(ctx: CasesContext, actor: Actor, caseId: string, reason: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadCase(tx, actor, caseId, 'case.step_aside', true);
    const officer = await standing(tx, row.id, 'officer', actor.personId);
    refuse(officerChangeRefusal(row, officer.seated ? officer.seats - 1 : officer.seats));
    for (const { table } of Object.values(SEATS)) await tx.delete(table).where(and(eq(table.caseId, row.id), eq(table.personId, actor.personId)));
    const now = clock.now();
    await tx.insert(caseRecusals).values({ caseId: row.id, organisationId: row.organisationId, personId: actor.personId, ground: 'stepped_aside', reason, recordedAt: now });
    await record(tx, actor, row, { event: 'stepped_aside', at: now, personId: actor.personId, note: reason }, 'case.stepped_aside', { reason });
  });
}

// ─── The person the case is about ───────────────────────────────────────────────────────────────────────

/** The person's own requests for information, across their cases here: all they see of a case about them. */
export async function myRequests(db: Db, actor: Actor, requestId?: string) {
  const requests = await requestsWhere(db, and(accessible(actor, 'case.respond', caseAccess), requestId ? eq(caseInformationRequests.id, requestId) : undefined));
  return requests.map(({ row, view }) => ({ ...view, allowed: view.answeredAt || row.stage === 'closed' ? [] : allowedOn(actor, subjectOf(row, []), ['case.respond']) }));
}

/**
 * The cases about the person that have put something to them (a request or a letter): each with its
 * reference, the requests put to them, the letters sent to them, and the outcome once issued. Never the
 * case's summary, notes, chronology or team.
 */
export async function myCases(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(cases)
    .where(and(accessible(actor, 'case.respond', caseAccess), or(inArray(cases.id, db.select({ id: caseLetters.caseId }).from(caseLetters)), inArray(cases.id, db.select({ id: caseInformationRequests.caseId }).from(caseInformationRequests)))))
    .orderBy(desc(cases.openedAt), asc(cases.id));
  if (rows.length === 0) return [];
  const [requests, letters] = await Promise.all([myRequests(db, actor), lettersOf(db, rows.map((r) => r.id))]);
  return rows.map((row) => ({
    id: row.id,
    reference: caseReference(row),
    type: row.type,
    title: CASE_TYPES[row.type].title,
    openedAt: row.openedAt,
    outcome: row.outcomeIssuedAt ? { outcome: row.outcome!, issuedAt: row.outcomeIssuedAt } : null,
    appealCloses: appealCloses(CASE_TYPES[row.type], caseOf(row)),
    closedAt: row.closedAt,
    requests: requests.filter((r) => r.caseId === row.id),
    letters: letters.filter((l) => l.caseId === row.id).map(({ caseId: _, ...letter }) => letter),
  }));
}

export interface Answer {
  answer: string;
  fileIds: string[];
  /** Whether they consent to the disclosure the request asks for; only where it asks. */
  consent?: boolean | undefined;
}

/**
 * The person's answer to a request put to them, once: their words, documents they uploaded, and their
 * consent or refusal where the request asks for it (000 provision 8). It meets the request's deadline.
 */
export async function answerRequest(ctx: CasesContext, actor: Actor, requestId: string, input: Answer) {
  await ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ request: caseInformationRequests, row: cases, ...relationColumns(actor, caseAccess) })
      .from(caseInformationRequests)
      .innerJoin(cases, eq(cases.id, caseInformationRequests.caseId))
      .where(and(eq(caseInformationRequests.id, requestId), eq(caseInformationRequests.organisationId, actor.organisationId)))
      .for('update', { of: caseInformationRequests });
    if (!found || !can(actor, 'case.respond', subjectOf(found.row, relationsIn(found)))) throw new NotFound('request for information');
    const { request, row } = found;
    refuse(answerRefusal(row, request, input.consent));
    const fileIds = [...new Set(input.fileIds)];
    const mine = new Set(
      fileIds.length
        ? (await tx.select({ id: files.id }).from(files).where(and(inArray(files.id, fileIds), eq(files.organisationId, actor.organisationId), eq(files.ownerId, actor.personId)))).map((f) => f.id)
        : [],
    );
    const problems = input.fileIds.flatMap((id, i) => (mine.has(id) ? [] : [{ field: `body.fileIds.${i}`, reason: 'is not a file you uploaded' }]));
    if (problems.length) throw new Invalid(problems);
    const now = clock.now();
    await tx.update(caseInformationRequests).set({ answer: input.answer, answeredAt: now }).where(and(eq(caseInformationRequests.id, request.id), isNull(caseInformationRequests.answeredAt)));
    if (fileIds.length) await tx.insert(caseDocuments).values(fileIds.map((fileId) => ({ caseId: row.id, organisationId: row.organisationId, requestId: request.id, fileId, addedBy: actor.personId, addedAt: now })));
    if (input.consent !== undefined) {
      const statement = `I consent to ${request.consentFrom} disclosing the information it holds about me that this request concerns.`;
      await tx.insert(caseConsents).values({ requestId: request.id, caseId: row.id, organisationId: row.organisationId, personId: actor.personId, given: input.consent, statement, recordedAt: now });
    }
    await record(tx, actor, row, { event: 'information_answered', at: now }, 'case.information_answered', { details: { requestId: request.id, documents: fileIds.length, consent: input.consent ?? null } });
    await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'case_information_request', recordId: request.id });
  });
  return (await myRequests(ctx.db, actor, requestId))[0]!;
}

// ─── Statistics ─────────────────────────────────────────────────────────────────────────────────────────

const ALL_OUTCOMES = [...new Set(Object.values(CASE_TYPES).flatMap((t) => t.outcomes))];

/**
 * Anonymised counts of the organisation's cases (opened in a year, or ever): by type, by stage and by the
 * outcome issued. A group under five shows no number, nor does any count that would reveal one (rules: publishable).
 */
export async function statistics(db: Db, actor: Actor, year: number | undefined) {
  const rows = await db
    .select({ type: cases.type, stage: cases.stage, outcome: cases.outcome, n: count() })
    .from(cases)
    .where(and(eq(cases.organisationId, actor.organisationId), year ? sql`extract(year from ${cases.openedAt} at time zone 'Europe/London') = ${year}` : undefined))
    .groupBy(cases.type, cases.stage, cases.outcome);
  const tally = <K extends string>(keys: readonly K[], keyOf: (r: (typeof rows)[number]) => string | null) => {
    const shown = publishable(Object.fromEntries(keys.map((k) => [k, rows.filter((r) => keyOf(r) === k).reduce((n, r) => n + r.n, 0)])) as Record<K, number>);
    return keys.map((key) => ({ key, count: shown[key] ?? null }));
  };
  const total = rows.reduce((n, r) => n + r.n, 0);
  return {
    year: year ?? null,
    total: total === 0 || total >= MIN_PUBLISHED_GROUP ? total : null,
    byType: tally(CASE_TYPE_IDS, (r) => r.type),
    byStage: tally(STAGES, (r) => r.stage),
    byOutcome: tally(ALL_OUTCOMES, (r) => r.outcome),
  };
}
