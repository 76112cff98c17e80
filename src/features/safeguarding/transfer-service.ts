import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Transaction, Tx } from '../../db/index.ts';
import { outsideTheWall } from '../../db/wall.ts';
import { audit, systemActor } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { Conflict, Forbidden, Invalid, NotFound, Refused } from '../../platform/errors.ts';
import { notify } from '../../platform/notifications/index.ts';
import { peopleNamed, roleHolders } from '../../platform/people/queries.ts';
import { academies, organisations } from '../../platform/people/schema.ts';
import { accessible, allowedOn, can, relationColumns, relationsIn, type Action, type Actor, type RecordAccess, type Subject } from '../../platform/policy.ts';
import { unwrap } from '../../platform/result.ts';
import { createDeadline, meetRecordDeadlines, type DeadlinesContext } from '../deadlines/index.ts';
import { learnerReference } from './rules.ts';
import { safeguardingConcerns as c, safeguardingTransfersReceived as received, safeguardingTransfersSent as sent } from './schema.ts';
import { academyAccess, domainsOf, learnerChronology, onTeam } from './service.ts';
import { answerMessage, arrivalMessage, fileSnapshot, overdue, sendProblems, sent as sentTransfer, transferStep, type Transfer, type TransferEvent } from './transfers.ts';

// A learner's safeguarding file transferred to the organisation they move to (transfers.ts has the rules).
// Each side keeps its own row behind its own wall: the sender the copy it sent and the receipt trail, the
// receiver the copy it was sent and its own answer. Sending, opening for the first time and answering write
// both sides at once, and so are done deliberately outside the wall, in one transaction, every query naming
// the organisation it reads or writes. Nothing else of either organisation is read by the other.

type SentRow = typeof sent.$inferSelect;
type ReceivedRow = typeof received.$inferSelect;

const sentAccess: RecordAccess = { organisationId: sent.organisationId, relations: { team: (p) => onTeam(sent.organisationId, sent.academyId, p) } };
const receivedAccess: RecordAccess = { organisationId: received.organisationId, relations: { team: (p) => onTeam(received.organisationId, received.academyId, p) } };

const KIND = 'safeguarding-file-acceptance' as const;
const RECEIPT = 'safeguarding-file-receipt' as const;
const receivedAddress = (row: Pick<ReceivedRow, 'id' | 'organisationId'>) => `/orgs/${row.organisationId}/safeguarding/transfers/received/${row.id}`;
const sentAddress = (row: Pick<SentRow, 'id' | 'organisationId'>) => `/orgs/${row.organisationId}/safeguarding/transfers/sent/${row.id}`;

// ─── Where a file may go ────────────────────────────────────────────────────────────────────────────────

/** The academies whose DSL team the person is on; refused when none, since only a DSL team sends or receives files. */
async function teamAcademies(db: Tx, actor: Actor) {
  const mine = await db.select({ id: academies.id, name: academies.name }).from(academies).where(accessible(actor, 'safeguarding.transfer_send', academyAccess)).orderBy(asc(academies.name));
  if (mine.length === 0) throw new Forbidden('Safeguarding files are sent and received by the DSL team: you are not on the safeguarding team of any academy here.');
  return mine;
}

/**
 * The other organisations in Probity, with their academies, that a file may be sent to: names only. The list
 * of organisations lies outside any one organisation's wall; it is read there for the DSL team, deliberately.
 */
export async function destinations(db: Db, actor: Actor) {
  await teamAcademies(db, actor);
  const rows = await outsideTheWall(() =>
    db
      .select({ id: organisations.id, name: organisations.name, academyId: academies.id, academyName: academies.name })
      .from(organisations)
      .innerJoin(academies, eq(academies.organisationId, organisations.id))
      .where(ne(organisations.id, actor.organisationId))
      .orderBy(asc(organisations.name), asc(academies.name)),
  );
  const byOrganisation = new Map<string, { id: string; name: string; academies: { id: string; name: string }[] }>();
  for (const r of rows) {
    const entry = byOrganisation.get(r.id) ?? { id: r.id, name: r.name, academies: [] };
    entry.academies.push({ id: r.academyId, name: r.academyName });
    byOrganisation.set(r.id, entry);
  }
  return [...byOrganisation.values()];
}

// ─── Sending ────────────────────────────────────────────────────────────────────────────────────────────

export interface NewTransfer {
  learnerRef: string;
  /** The academy the learner leaves, where their records are at several. */
  academyId?: string | undefined;
  toOrganisationId: string;
  /** The academy the learner joins, where the receiving organisation has several. */
  toAcademyId?: string | undefined;
}

/** The learner's records the sender may send: those at academies whose DSL team they are on, never an allegation about staff. */
async function learnerRecords(db: Db, actor: Actor, ref: string, academyId: string | undefined) {
  const rows = await db
    .select()
    .from(c)
    .where(and(eq(c.organisationId, actor.organisationId), eq(c.learnerRef, ref), ne(c.state, 'allegation'), onTeam(c.organisationId, c.academyId, actor.personId)))
    .orderBy(asc(c.seenAt));
  if (academyId !== undefined) {
    const there = rows.filter((r) => r.academyId === academyId);
    if (there.length === 0) throw Invalid.field('body.academyId', 'is not an academy where you may send this learner’s records');
    return { academyId, rows: there };
  }
  const at = [...new Set(rows.map((r) => r.academyId))];
  if (at.length === 0) throw unwrapNothing();
  if (at.length > 1) throw Invalid.field('body.academyId', 'is required: the learner has records at more than one academy; say which one they leave');
  return { academyId: at[0]!, rows };
}

const unwrapNothing = () => new Refused([{ rule: 'nothing-to-transfer', field: 'learnerRef', detail: 'There is no safeguarding record about this learner that you may send.' }], 'body');

/** The receiving organisation and academy, read outside the wall; an id that names none is refused naming its field. */
async function receiverOf(tx: Tx, input: NewTransfer) {
  const [organisation] = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, input.toOrganisationId));
  if (!organisation) throw Invalid.field('body.toOrganisationId', 'is not an organisation in Probity');
  const theirs = await tx.select({ id: academies.id, name: academies.name }).from(academies).where(eq(academies.organisationId, organisation.id)).orderBy(asc(academies.name));
  let academy: { id: string; name: string } | undefined;
  if (input.toAcademyId !== undefined) {
    academy = theirs.find((a) => a.id === input.toAcademyId);
    if (!academy) throw Invalid.field('body.toAcademyId', 'is not an academy of that organisation');
  } else if (theirs.length === 1) {
    academy = theirs[0];
  } else if (theirs.length === 0) {
    throw Invalid.field('body.toOrganisationId', 'has no academy for a learner to join');
  } else {
    throw Invalid.field('body.toAcademyId', 'is required: that organisation has several academies; say which one the learner joins');
  }
  const leads = (await roleHolders(tx, organisation.id, ['designated_safeguarding_lead'], academy!.id)).get('designated_safeguarding_lead') ?? [];
  if (leads.length === 0) throw new Conflict('no-receiving-lead', 'Nobody there to receive it', 'That academy has no designated safeguarding lead in Probity to receive the file: send it by another secure route, and ask them to appoint one.');
  return { organisation, academy: academy!, leads };
}

/**
 * Sends a learner's file: a copy of every record about them the sender's DSL team holds (rules:
 * fileSnapshot) goes to the receiving academy, whose designated safeguarding leads are told and given five
 * school days to accept it; the sender keeps the transfer and its receipt trail. Both sides in one transaction.
 */
export async function sendTransfer(ctx: DeadlinesContext, actor: Actor, input: NewTransfer) {
  const problems = sendProblems({ learnerRef: input.learnerRef, fromOrganisationId: actor.organisationId, toOrganisationId: input.toOrganisationId });
  if (problems.length) throw new Refused(problems, 'body');
  // Where it goes first, read outside the wall: an organisation or academy that does not exist is named as such,
  // whatever else is wrong with the request.
  const to = await outsideTheWall(() => receiverOf(ctx.db, input));
  const ref = learnerReference(input.learnerRef);
  const { academyId, rows } = await learnerRecords(ctx.db, actor, ref, input.academyId);
  const [waiting] = await ctx.db
    .select({ id: sent.id })
    .from(sent)
    .where(and(eq(sent.organisationId, actor.organisationId), eq(sent.learnerRef, ref), eq(sent.toAcademyId, to.academy.id), inArray(sent.state, ['sent', 'viewed'])));
  if (waiting) throw new Conflict('transfer-waiting', 'Already waiting there', "This learner's file was sent to that academy and waits to be accepted: chase it from its trail rather than send it again.");
  const domains = await domainsOf(ctx.db, rows);
  const concerns = rows.map((r) => ({ id: r.id, concern: domains.get(r.id)! }));
  const person = await peopleNamed(ctx.db, [actor.personId, ...concerns.flatMap(({ concern }) => [concern.recorderId, ...concern.actions.map((a) => a.assigneeId), ...concern.history.map((h) => h.by)])]);
  const now = clock.now();
  const file = unwrap(fileSnapshot(ref, concerns, (id) => person(id).name, now));
  const [from] = await ctx.db.select({ organisation: organisations.name, academy: academies.name }).from(academies).innerJoin(organisations, eq(organisations.id, academies.organisationId)).where(eq(academies.id, academyId));
  const id = crypto.randomUUID();
  const trail = sentTransfer(now);
  // Across the wall, deliberately: the file is written on the receiving side, with its deadline and notices, in
  // the same transaction as the sender's own record of sending it.
  const row = await outsideTheWall(() =>
    ctx.db.transaction(async (tx) => {
      let acceptBy: Date | null = null;
      for (const ownerId of to.leads) {
        const deadline = await createDeadline(ctx, tx, systemActor(actor.requestId), { organisationId: to.organisation.id, kind: KIND, ownerId, startsAt: now, academyId: to.academy.id, recordType: 'safeguarding_transfer', recordId: id });
        acceptBy ??= deadline.dueAt;
      }
      // The sender hears when the time to accept it has passed unanswered, to chase it (confirmation of receipt).
      await createDeadline(ctx, tx, actor, { organisationId: actor.organisationId, kind: RECEIPT, ownerId: actor.personId, startsAt: now, rule: { type: 'fixed', dueAt: acceptBy!.toISOString() }, academyId, recordType: 'safeguarding_transfer', recordId: id });
      const [row] = await tx
        .insert(sent)
        .values({ id, organisationId: actor.organisationId, academyId, learnerRef: ref, toOrganisationId: to.organisation.id, toAcademyId: to.academy.id, toOrganisationName: to.organisation.name, toAcademyName: to.academy.name, file, state: trail.state, sentAt: now, sentBy: actor.personId, acceptBy: acceptBy! })
        .returning();
      await tx.insert(received).values({
        id,
        organisationId: to.organisation.id,
        academyId: to.academy.id,
        fromOrganisationId: actor.organisationId,
        fromOrganisationName: from!.organisation,
        fromAcademyName: from!.academy,
        learnerRef: ref,
        file,
        state: trail.state,
        sentAt: now,
        sentBy: person(actor.personId).name,
        acceptBy: acceptBy!,
      });
      await audit(tx, actor, { organisationId: actor.organisationId, action: 'safeguarding.transfer_sent', recordType: 'safeguarding_transfer', recordId: id, details: { toOrganisationId: to.organisation.id, toAcademyId: to.academy.id, concerns: file.concerns.length } });
      await audit(tx, systemActor(actor.requestId), { organisationId: to.organisation.id, action: 'safeguarding.transfer_received', recordType: 'safeguarding_transfer', recordId: id, details: { fromOrganisationId: actor.organisationId } });
      const { subject, body } = arrivalMessage(`${from!.academy} (${from!.organisation})`, `${ctx.publicUrl}${receivedAddress({ id, organisationId: to.organisation.id })}`);
      for (const personId of to.leads) {
        await notify(tx, ctx.mailer, ctx.publicUrl, { personId, organisationId: to.organisation.id, kind: 'safeguarding.transfer', title: subject, body, link: receivedAddress({ id, organisationId: to.organisation.id }), urgent: true, dedupeKey: `safeguarding:transfer:${id}:${personId}` });
      }
      return row!;
    }),
  );
  void ctx.mailer.deliver().catch(() => 0);
  return presentSent(ctx.db, row, { withFile: false });
}

// ─── The sender's trail ─────────────────────────────────────────────────────────────────────────────────

const trailOf = (row: SentRow | ReceivedRow, name: (by: string | null) => string | null) => ({
  sentAt: row.sentAt,
  acceptBy: row.acceptBy,
  overdue: overdue(row, row.acceptBy, clock.now()),
  viewed: row.viewedAt ? { at: row.viewedAt, by: name(row.viewedBy) ?? '' } : null,
  accepted: row.acceptedAt ? { at: row.acceptedAt, by: name(row.acceptedBy) ?? '' } : null,
  declined: row.declinedAt ? { at: row.declinedAt, by: name(row.declinedBy) ?? '', reason: row.declineReason ?? '' } : null,
});

async function presentSent(db: Db, row: SentRow, o: { withFile: boolean }) {
  const person = await peopleNamed(db, [row.sentBy]);
  return {
    id: row.id,
    learnerRef: row.learnerRef,
    academyId: row.academyId,
    to: { organisationId: row.toOrganisationId, organisation: row.toOrganisationName, academy: row.toAcademyName },
    state: row.state,
    sentBy: person(row.sentBy),
    ...trailOf(row, (by) => by),
    concerns: row.file.concerns.length,
    file: o.withFile ? row.file : null,
    allowed: [] as Action[],
  };
}

/** The transfers the person's DSL teams sent, newest first, with their receipt trails (not the files). */
export async function listSent(db: Db, actor: Actor) {
  const rows = await db.select().from(sent).where(accessible(actor, 'safeguarding.transfer_read', sentAccess)).orderBy(desc(sent.sentAt), asc(sent.id)).limit(200);
  return Promise.all(rows.map((row) => presentSent(db, row, { withFile: false })));
}

/** One transfer sent, with its trail and the copy that was sent: a read of the learner's file, recorded. */
export async function readSent(db: Db, actor: Actor, id: string) {
  const [found] = await db
    .select({ row: sent, ...relationColumns(actor, sentAccess) })
    .from(sent)
    .where(and(eq(sent.id, id), eq(sent.organisationId, actor.organisationId)));
  if (!found || !can(actor, 'safeguarding.transfer_read', { organisationId: found.row.organisationId, academyId: found.row.academyId, relations: relationsIn(found) })) throw new NotFound('transfer');
  await db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'safeguarding.transfer_file_read', recordType: 'safeguarding_transfer', recordId: id, details: { side: 'sent' } }));
  return presentSent(db, found.row, { withFile: true });
}

// ─── Receiving ──────────────────────────────────────────────────────────────────────────────────────────

const ANSWERS: Action[] = ['safeguarding.transfer_accept'];

async function presentReceived(db: Tx, actor: Actor, row: ReceivedRow, subject: Subject, o: { withFile: boolean }) {
  const person = await peopleNamed(db, [row.viewedBy, row.acceptedBy, row.declinedBy]);
  const [academy] = await db.select({ id: academies.id, name: academies.name }).from(academies).where(eq(academies.id, row.academyId));
  const answered = row.state === 'accepted' || row.state === 'declined';
  return {
    id: row.id,
    learnerRef: row.learnerRef,
    academy: academy!,
    from: { organisation: row.fromOrganisationName, academy: row.fromAcademyName },
    sentBy: row.sentBy,
    state: row.state,
    ...trailOf(row, (by) => (by ? person(by).name : null)),
    localRef: row.localRef,
    concerns: row.file.concerns.length,
    file: o.withFile ? row.file : null,
    allowed: answered ? [] : allowedOn(actor, subject, ANSWERS),
  };
}

const receivedSubject = (row: ReceivedRow, found: Record<string, unknown>): Subject => ({ organisationId: row.organisationId, academyId: row.academyId, relations: relationsIn(found) });

/** The files sent to the academies whose DSL team the person is on, unanswered first (no content). */
export async function listReceived(db: Db, actor: Actor) {
  const rows = await db
    .select({ row: received, ...relationColumns(actor, receivedAccess) })
    .from(received)
    .where(accessible(actor, 'safeguarding.transfer_read', receivedAccess))
    .orderBy(asc(sql`${received.state} in ('accepted', 'declined')`), asc(received.acceptBy), asc(received.id))
    .limit(200);
  const out = [];
  for (const r of rows) out.push(await presentReceived(db, actor, r.row, receivedSubject(r.row, r), { withFile: false }));
  return out;
}

/** A received transfer for an action, locked; one the person may not see is not found. Asked outside the wall, so the organisation is named. */
async function loadReceived(tx: Transaction, actor: Actor, id: string, action: Action) {
  const [found] = await tx
    .select({ row: received, ...relationColumns(actor, receivedAccess) })
    .from(received)
    .where(and(eq(received.id, id), eq(received.organisationId, actor.organisationId)))
    .for('update', { of: received });
  const subject = found && receivedSubject(found.row, found);
  if (!found || !subject || !can(actor, 'safeguarding.transfer_read', subject)) throw new NotFound('transfer');
  if (!can(actor, action, subject)) throw new Forbidden(`Your part in this transfer does not allow ${action}.`);
  return { row: found.row, subject };
}

const domainOf = (row: ReceivedRow): Transfer => ({
  state: row.state,
  sentAt: row.sentAt,
  viewed: row.viewedAt ? { at: row.viewedAt, by: row.viewedBy ?? '' } : null,
  accepted: row.acceptedAt ? { at: row.acceptedAt, by: row.acceptedBy ?? '', learnerRef: row.localRef ?? '' } : null,
  declined: row.declinedAt ? { at: row.declinedAt, by: row.declinedBy ?? '', reason: row.declineReason ?? '' } : null,
});

/**
 * Takes a step of the receipt trail on the receiving side and writes it back to the sender's trail (names,
 * not ids), in one transaction outside the wall; the audit entry is the receiver's. Returns the row after.
 */
async function step(ctx: DeadlinesContext, actor: Actor, id: string, event: TransferEvent, action: Action) {
  return outsideTheWall(() =>
    ctx.db.transaction(async (tx) => {
      const { row, subject } = await loadReceived(tx, actor, id, action);
      const now = clock.now();
      const before = domainOf(row);
      const after = unwrap(transferStep(before, event, { now, by: actor.personId }));
      if (after === before) {
        await audit(tx, actor, { organisationId: row.organisationId, action: 'safeguarding.transfer_file_read', recordType: 'safeguarding_transfer', recordId: id, details: { side: 'received' } });
        return { row, subject };
      }
      const name = (await peopleNamed(tx, [actor.personId]))(actor.personId).name;
      const [updated] = await tx
        .update(received)
        .set({
          state: after.state,
          viewedAt: after.viewed?.at ?? null,
          viewedBy: after.viewed?.by ?? null,
          acceptedAt: after.accepted?.at ?? null,
          acceptedBy: after.accepted?.by ?? null,
          localRef: after.accepted?.learnerRef ?? null,
          declinedAt: after.declined?.at ?? null,
          declinedBy: after.declined?.by ?? null,
          declineReason: after.declined?.reason ?? null,
        })
        .where(and(eq(received.id, id), eq(received.organisationId, actor.organisationId)))
        .returning();
      const nameIf = (by: string | undefined, was: string | null | undefined) => (by === undefined ? null : by === actor.personId ? name : (was ?? null));
      const [sender] = await tx
        .update(sent)
        .set({
          state: after.state,
          viewedAt: after.viewed?.at ?? null,
          viewedBy: before.viewed ? undefined : nameIf(after.viewed?.by, null),
          acceptedAt: after.accepted?.at ?? null,
          acceptedBy: nameIf(after.accepted?.by, null),
          declinedAt: after.declined?.at ?? null,
          declinedBy: nameIf(after.declined?.by, null),
          declineReason: after.declined?.reason ?? null,
        })
        .where(and(eq(sent.id, id), eq(sent.organisationId, row.fromOrganisationId)))
        .returning({ id: sent.id, organisationId: sent.organisationId, sentBy: sent.sentBy });
      if (event.type === 'view') {
        await audit(tx, actor, { organisationId: row.organisationId, action: 'safeguarding.transfer_viewed', recordType: 'safeguarding_transfer', recordId: id });
        await audit(tx, actor, { organisationId: row.organisationId, action: 'safeguarding.transfer_file_read', recordType: 'safeguarding_transfer', recordId: id, details: { side: 'received' } });
      } else {
        const answer = after.state as 'accepted' | 'declined';
        const existing = answer === 'accepted' ? (await tx.select({ id: c.id }).from(c).where(and(eq(c.organisationId, row.organisationId), eq(c.learnerRef, after.accepted!.learnerRef))).limit(1)).length > 0 : false;
        await meetRecordDeadlines(tx, actor, { organisationId: row.organisationId, recordType: 'safeguarding_transfer', recordId: id, kind: KIND });
        // The sender's deadline to hear of it is met by the answer, in the sender's trail as the system's doing.
        await meetRecordDeadlines(tx, systemActor(actor.requestId), { organisationId: row.fromOrganisationId, recordType: 'safeguarding_transfer', recordId: id, kind: RECEIPT });
        await audit(tx, actor, {
          organisationId: row.organisationId,
          action: answer === 'accepted' ? 'safeguarding.transfer_accepted' : 'safeguarding.transfer_declined',
          recordType: 'safeguarding_transfer',
          recordId: id,
          ...(answer === 'declined' ? { reason: after.declined!.reason } : {}),
          details: answer === 'accepted' ? { localRef: after.accepted!.learnerRef, attachedToExisting: existing } : {},
        });
        if (sender) {
          const [academy] = await tx.select({ name: academies.name }).from(academies).where(eq(academies.id, row.academyId));
          const { subject: title, body } = answerMessage(answer, academy!.name, `${ctx.publicUrl}${sentAddress(sender)}`);
          await notify(tx, ctx.mailer, ctx.publicUrl, { personId: sender.sentBy, organisationId: sender.organisationId, kind: 'safeguarding.transfer', title, body, link: sentAddress(sender), urgent: false, dedupeKey: `safeguarding:transfer:${id}:${answer}` });
        }
      }
      return { row: updated!, subject };
    }),
  );
}

/** Opens a file sent here: the first opening marks it viewed on both sides' trails; every opening is a read, recorded. */
export async function openReceived(ctx: DeadlinesContext, actor: Actor, id: string) {
  const { row, subject } = await step(ctx, actor, id, { type: 'view' }, 'safeguarding.transfer_read');
  return presentReceived(ctx.db, actor, row, subject, { withFile: true });
}

/**
 * Accepts a file: it becomes the learner's in this organisation, under the reference given (a new one, or
 * one its records already use, whose chronology then shows it), and the deadline to accept it is met.
 */
export async function acceptTransfer(ctx: DeadlinesContext, actor: Actor, id: string, learnerRef: string) {
  const { row, subject } = await step(ctx, actor, id, { type: 'accept', learnerRef }, 'safeguarding.transfer_accept');
  void ctx.mailer.deliver().catch(() => 0);
  return presentReceived(ctx.db, actor, row, subject, { withFile: true });
}

/** Declines a file, with a reason the sender reads (the learner is not joining, say); the deadline is met by the answer. */
export async function declineTransfer(ctx: DeadlinesContext, actor: Actor, id: string, reason: string) {
  const { row, subject } = await step(ctx, actor, id, { type: 'decline', reason }, 'safeguarding.transfer_accept');
  void ctx.mailer.deliver().catch(() => 0);
  return presentReceived(ctx.db, actor, row, subject, { withFile: true });
}

// ─── In the learner's chronology ────────────────────────────────────────────────────────────────────────

/** The files accepted under a learner's reference at academies whose DSL team the person is on: the chronology shows them. */
export async function acceptedFilesOf(db: Tx, actor: Actor, ref: string) {
  const rows = await db
    .select()
    .from(received)
    .where(and(accessible(actor, 'safeguarding.transfer_read', receivedAccess), eq(received.state, 'accepted'), eq(received.localRef, ref)))
    .orderBy(asc(received.sentAt));
  return rows.map((r) => ({ transferId: r.id, from: { organisation: r.fromOrganisationName, academy: r.fromAcademyName }, acceptedAt: r.acceptedAt!, entries: r.file.chronology }));
}

/**
 * A learner's chronology across the records about them the person may read, and the files accepted for them
 * from their previous schools (each reading of such a file recorded, as each record's is).
 */
export async function chronologyWithFiles(db: Db, actor: Actor, learnerRef: string) {
  const ref = learnerReference(learnerRef);
  let own: Awaited<ReturnType<typeof learnerChronology>> | null = null;
  try {
    own = await learnerChronology(db, actor, ref);
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
  const transferred = await acceptedFilesOf(db, actor, ref);
  if (!own && transferred.length === 0) throw new NotFound('learner with records you may read');
  if (transferred.length) {
    await db.transaction((tx) =>
      audit(
        tx,
        actor,
        transferred.map((t) => ({ organisationId: actor.organisationId, action: 'safeguarding.transfer_file_read' as const, recordType: 'safeguarding_transfer', recordId: t.transferId, details: { side: 'received', via: 'chronology' } })),
      ),
    );
  }
  return { learnerRef: ref, entries: own?.entries ?? [], transferred };
}
