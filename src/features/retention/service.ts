import { and, asc, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db, Transaction } from '../../db/index.ts';
import { outsideTheWall, withinOrganisation } from '../../db/wall.ts';
import { audit, systemActor, type AuditActor } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { Conflict, NotFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/store.ts';
import { organisations, roleAssignments } from '../../platform/people/schema.ts';
import type { Actor } from '../../platform/policy.ts';
import { recordCutoff, type RecordType } from '../../platform/record-retention.ts';
import { unwrap } from '../../platform/result.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import { checkHold, checkPeriod, checkReason, holdCovers, type HoldScope } from './rules.ts';
import { legalHolds, retentionDeletions, retentionPeriods, retentionReviews } from './schema.ts';

// The records' retention: periods (the default, or the organisation's longer one), the daily listing of what
// is due, the data protection officer's confirmation that deletes, and legal holds that stop it.

export interface RetentionContext {
  db: Db;
  files: FileStore;
  secrets: SecretBox;
  types: readonly RecordType[];
}

const HASH_CONTEXT = 'retention-deletion';

const typeOf = (types: readonly RecordType[], name: string) => types.find((t) => t.type === name);

/** The organisation's periods that differ from the defaults, by type. */
async function ownPeriods(tx: Db | Transaction, organisationId: string): Promise<Map<string, string>> {
  const rows = await tx.select({ recordType: retentionPeriods.recordType, keptFor: retentionPeriods.keptFor }).from(retentionPeriods).where(eq(retentionPeriods.organisationId, organisationId));
  return new Map(rows.map((r) => [r.recordType, r.keptFor]));
}

/** Every type of record with its default period and the organisation's, for the schedule's page. */
export async function schedule(db: Db, actor: Actor, types: readonly RecordType[]) {
  const own = await ownPeriods(db, actor.organisationId);
  return types.map((t) => ({ type: t.type, record: t.record, defaultKeptFor: t.keptFor, keptFor: own.get(t.type) ?? t.keptFor, after: t.after, source: t.source }));
}

/** Lengthens (or brings back to its default) how long the organisation keeps a type of record; never shorter than the default. */
export async function setPeriod(db: Db, actor: Actor, types: readonly RecordType[], recordType: string, keptFor: string) {
  const type = typeOf(types, recordType);
  if (!type) throw new NotFound('type of record');
  unwrap(checkPeriod(type.keptFor, keptFor));
  await db.transaction(async (tx) => {
    const before = (await ownPeriods(tx, actor.organisationId)).get(recordType) ?? type.keptFor;
    if (keptFor === type.keptFor) await tx.delete(retentionPeriods).where(and(eq(retentionPeriods.organisationId, actor.organisationId), eq(retentionPeriods.recordType, recordType)));
    else {
      const values = { keptFor, setBy: actor.personId, setAt: clock.now() };
      await tx.insert(retentionPeriods).values({ organisationId: actor.organisationId, recordType, ...values }).onConflictDoUpdate({ target: [retentionPeriods.organisationId, retentionPeriods.recordType], set: values });
    }
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'retention.period_set', recordType: 'retention', recordId: null, details: { recordType, before, after: keptFor } });
  });
  return schedule(db, actor, types);
}

/**
 * Lists into the review list every record of the organisation whose period has run at `now`, and takes off it
 * what is no longer due (a record reopened, or already gone, or a period lengthened). Never deletes a record.
 */
export async function listDue(db: Db, types: readonly RecordType[], organisationId: string, now: Date, askedBy?: AuditActor) {
  return withinOrganisation(organisationId, () =>
    db.transaction(async (tx) => {
      const own = await ownPeriods(tx, organisationId);
      let listed = 0;
      for (const type of types) {
        const due = await type.due(tx, organisationId, recordCutoff(own.get(type.type) ?? type.keptFor, now));
        const ids = due.map((d) => d.id);
        await tx
          .delete(retentionReviews)
          .where(and(eq(retentionReviews.organisationId, organisationId), eq(retentionReviews.recordType, type.type), ids.length ? notInArray(retentionReviews.recordId, ids) : undefined));
        if (due.length === 0) continue;
        const added = await tx
          .insert(retentionReviews)
          .values(due.map((d) => ({ organisationId, recordType: type.type, recordId: d.id, eventAt: d.eventAt, personIds: [...new Set(d.personIds)], listedAt: now })))
          .onConflictDoNothing()
          .returning({ id: retentionReviews.id });
        listed += added.length;
      }
      // The job's listing is recorded when it finds something; a person's asking, always.
      if (listed > 0 || askedBy) await audit(tx, askedBy ?? systemActor(), { organisationId, action: 'retention.listed', recordType: 'retention', recordId: null, details: { listed } });
      return listed;
    }),
  );
}

/** The daily job: lists what is due in every organisation, each in a transaction of its own; how many records each newly listed. */
export async function listDueEverywhere(db: Db, types: readonly RecordType[], now: Date): Promise<Record<string, number>> {
  // Across organisations on purpose: the job visits each, and each listing runs behind that one's wall.
  const all = await outsideTheWall(() => db.select({ id: organisations.id }).from(organisations));
  const done: Record<string, number> = {};
  for (const { id } of all) done[id] = await listDue(db, types, id, now);
  return done;
}

type HoldRow = typeof legalHolds.$inferSelect;

async function liveHolds(tx: Db | Transaction, organisationId: string): Promise<HoldRow[]> {
  return tx.select().from(legalHolds).where(and(eq(legalHolds.organisationId, organisationId), isNull(legalHolds.liftedAt))).orderBy(asc(legalHolds.placedAt));
}

/** The review list: each record due, with its type in words, when its period ran from, and the holds that stop its deletion. */
export async function dueList(db: Db, actor: Actor, types: readonly RecordType[]) {
  const own = await ownPeriods(db, actor.organisationId);
  const holds = await liveHolds(db, actor.organisationId);
  const rows = await db.select().from(retentionReviews).where(eq(retentionReviews.organisationId, actor.organisationId)).orderBy(asc(retentionReviews.eventAt), asc(retentionReviews.id));
  return rows.map((r) => {
    const type = typeOf(types, r.recordType);
    const heldBy = holds.filter((h) => holdCovers(h, { recordType: r.recordType, recordId: r.recordId, personIds: r.personIds }));
    return {
      id: r.id,
      recordType: r.recordType,
      record: type?.record ?? r.recordType,
      recordId: r.recordId,
      keptFor: own.get(r.recordType) ?? type?.keptFor ?? '',
      after: type?.after ?? '',
      eventAt: r.eventAt,
      listedAt: r.listedAt,
      heldBy: heldBy.map((h) => ({ id: h.id, scope: h.scope, reason: h.reason })),
      allowed: heldBy.length ? [] : ['retention.review' as const],
    };
  });
}

const FOREIGN_KEY_VIOLATION = '23503';
const violates = (error: unknown, code: string, depth = 0): boolean =>
  error instanceof Error && depth < 5 && ((error as { code?: unknown }).code === code || violates(error.cause, code, depth + 1));

/**
 * Deletes the records the data protection officer confirms, each with what depends on it, and writes a
 * deletion record for each, all in one transaction: one held, no longer due or still referred to by a record
 * kept refuses the whole batch, and nothing changes. The files go from the file store once it is committed.
 */
export async function confirmDeletions(ctx: RetentionContext, actor: Actor, reviewIds: readonly string[]) {
  const ids = [...new Set(reviewIds)];
  const now = clock.now();
  const { deletions, storageKeys } = await ctx.db
    .transaction(async (tx) => {
      const reviews = await tx.select().from(retentionReviews).where(and(eq(retentionReviews.organisationId, actor.organisationId), inArray(retentionReviews.id, ids))).for('update');
      if (reviews.length !== ids.length) throw new NotFound('record due for deletion');
      const own = await ownPeriods(tx, actor.organisationId);
      const holds = await liveHolds(tx, actor.organisationId);
      const made: { id: string; recordType: string }[] = [];
      const keys: string[] = [];
      for (const review of reviews) {
        const type = typeOf(ctx.types, review.recordType);
        if (!type) throw new NotFound('type of record');
        // Who the record is about now, not only when it was listed: a name added since is held too.
        const about = await type.about(tx, actor.organisationId, review.recordId);
        if (about === null) throw new Conflict('no-longer-due', 'No longer due', 'A record in the batch is no longer there; list what is due again.');
        const held = holds.filter((h) => holdCovers(h, { recordType: review.recordType, recordId: review.recordId, personIds: [...review.personIds, ...about] }));
        if (held.length) {
          throw new Conflict(
            'legal-hold',
            'Under a legal hold',
            `A record in the batch is under a legal hold (${held.map((h) => `on ${h.scope === 'type' ? 'its type' : h.scope === 'person' ? 'a person it is about' : 'the record'}: ${h.reason}`).join('; ')}); nothing was deleted. Lift the hold first, or leave the record out.`,
          );
        }
        const keptFor = own.get(type.type) ?? type.keptFor;
        const stillDue = await type.due(tx, actor.organisationId, recordCutoff(keptFor, now));
        if (!stillDue.some((d) => d.id === review.recordId)) throw new Conflict('no-longer-due', 'No longer due', 'A record in the batch is no longer due (reopened, or its period lengthened); nothing was deleted. List what is due again.');
        const erased = await type.erase(tx, actor.organisationId, review.recordId);
        if (!erased) throw new Conflict('no-longer-due', 'No longer due', 'A record in the batch is no longer there; list what is due again.');
        const [deletion] = await tx
          .insert(retentionDeletions)
          .values({
            organisationId: actor.organisationId,
            recordType: type.type,
            keptFor,
            after: type.after,
            source: type.source,
            recordHash: ctx.secrets.keyedHash(review.recordId, HASH_CONTEXT),
            files: erased.storageKeys.length,
            listedAt: review.listedAt,
            deletedBy: actor.personId,
            deletedAt: now,
          })
          .returning({ id: retentionDeletions.id });
        await tx.delete(retentionReviews).where(eq(retentionReviews.id, review.id));
        await audit(tx, actor, { organisationId: actor.organisationId, action: 'retention.record_deleted', recordType: 'retention_deletion', recordId: deletion!.id, details: { recordType: type.type, keptFor, files: erased.storageKeys.length } });
        made.push({ id: deletion!.id, recordType: type.type });
        keys.push(...erased.storageKeys);
      }
      return { deletions: made, storageKeys: keys };
    })
    .catch((error: unknown) => {
      if (violates(error, FOREIGN_KEY_VIOLATION)) {
        throw new Conflict('still-referenced', 'Another record still refers to it', 'A record in the batch is still referred to by one that is kept (a case opened from a declaration, a report or a concern that opened a case); nothing was deleted. Delete that one first, or leave this out.');
      }
      throw error;
    });
  // Committed: the files go now. One that cannot be removed stays unread (nothing refers to it any more).
  for (const key of storageKeys) await ctx.files.remove(key).catch(() => undefined);
  return { deleted: deletions.length, deletions };
}

/** The deletion records, newest first: what went, under which rule, when and by whom; never what it said or whom it was about. */
export async function deletionRecords(db: Db, actor: Actor) {
  return db
    .select({
      id: retentionDeletions.id,
      recordType: retentionDeletions.recordType,
      keptFor: retentionDeletions.keptFor,
      after: retentionDeletions.after,
      source: retentionDeletions.source,
      recordHash: retentionDeletions.recordHash,
      files: retentionDeletions.files,
      listedAt: retentionDeletions.listedAt,
      deletedBy: retentionDeletions.deletedBy,
      deletedAt: retentionDeletions.deletedAt,
    })
    .from(retentionDeletions)
    .where(eq(retentionDeletions.organisationId, actor.organisationId))
    .orderBy(desc(retentionDeletions.deletedAt), desc(retentionDeletions.id))
    .limit(500);
}

const holdView = (h: HoldRow) => ({
  id: h.id,
  scope: h.scope,
  recordType: h.recordType,
  recordId: h.recordId,
  personId: h.personId,
  reason: h.reason,
  placedBy: h.placedBy,
  placedAt: h.placedAt,
  liftedBy: h.liftedBy,
  liftedAt: h.liftedAt,
  liftReason: h.liftReason,
});

/** Every legal hold, live ones first. */
export async function holdsList(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(legalHolds)
    .where(eq(legalHolds.organisationId, actor.organisationId))
    .orderBy(sql`${legalHolds.liftedAt} is not null`, desc(legalHolds.placedAt));
  return rows.map(holdView);
}

export interface NewHold {
  scope: HoldScope;
  recordType?: string | undefined;
  recordId?: string | undefined;
  personId?: string | undefined;
  reason: string;
}

/** Places a legal hold on a record, a person or a type, with a reason, audited. A record or person not here is 404. */
export async function placeHold(db: Db, actor: Actor, types: readonly RecordType[], input: NewHold) {
  const hold = unwrap(checkHold(input, types.map((t) => t.type)));
  return db.transaction(async (tx) => {
    if (hold.scope === 'record') {
      const about = await typeOf(types, hold.recordType!)!.about(tx, actor.organisationId, hold.recordId!);
      if (about === null) throw new NotFound('record');
    }
    if (hold.scope === 'person') {
      const [member] = await tx.select({ id: roleAssignments.personId }).from(roleAssignments).where(and(eq(roleAssignments.organisationId, actor.organisationId), eq(roleAssignments.personId, hold.personId!))).limit(1);
      if (!member) throw new NotFound('person');
    }
    const [row] = await tx
      .insert(legalHolds)
      .values({ organisationId: actor.organisationId, scope: hold.scope, recordType: hold.recordType ?? null, recordId: hold.recordId ?? null, personId: hold.personId ?? null, reason: hold.reason, placedBy: actor.personId, placedAt: clock.now() })
      .returning();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'retention.hold_placed', recordType: 'legal_hold', recordId: row!.id, reason: hold.reason, details: { scope: hold.scope, recordType: hold.recordType ?? null, recordId: hold.recordId ?? null, personId: hold.personId ?? null } });
    return holdView(row!);
  });
}

/** Lifts a live legal hold, with a reason, audited; one already lifted is refused. */
export async function liftHold(db: Db, actor: Actor, holdId: string, reason: string) {
  const why = unwrap(checkReason(reason));
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(legalHolds).where(and(eq(legalHolds.organisationId, actor.organisationId), eq(legalHolds.id, holdId))).for('update');
    if (!found) throw new NotFound('legal hold');
    if (found.liftedAt) throw new Conflict('hold-already-lifted', 'Already lifted', 'This legal hold was lifted already.');
    const [row] = await tx.update(legalHolds).set({ liftedBy: actor.personId, liftedAt: clock.now(), liftReason: why }).where(eq(legalHolds.id, holdId)).returning();
    await audit(tx, actor, { organisationId: actor.organisationId, action: 'retention.hold_lifted', recordType: 'legal_hold', recordId: holdId, reason: why, details: { scope: found.scope } });
    return holdView(row!);
  });
}
