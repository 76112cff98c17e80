import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, gte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase, type Database, type Transaction } from '../../db/index.ts';
import { makeOrganisation } from '../../../test/factories.ts';
import { anchorChains, anchorOf, audit, AUDIT_ACTIONS, auditEvents, GENESIS, latestAnchors, verifyAll, verifyChain } from './index.ts';

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ databaseUrl: inject('databaseUrl'), dataDir: '', poolSize: 6 });
});
afterAll(() => database.close());

const system = { personId: null, requestId: 'test' };
const entry = (organisationId: string, n: number) => ({ organisationId, action: 'organisation.updated' as const, recordType: 'test', recordId: String(n), details: { n, nested: { b: 1, a: [2, 3] } } });
/** One entry in a transaction of its own. */
const append = (organisationId: string, n: number) => database.db.transaction((tx) => audit(tx, system, entry(organisationId, n)));

/** Rolls back whatever the callback did, after letting it look. */
class Rollback extends Error {}
async function inRolledBackTransaction(fn: (tx: Transaction) => Promise<void>) {
  await expect(
    database.db.transaction(async (tx) => {
      await fn(tx);
      throw new Rollback();
    }),
  ).rejects.toThrow(Rollback);
}

describe('the audit trail', () => {
  it('is written in a transaction only, with a known action only (checked when compiling)', async () => {
    const org = await makeOrganisation(database.db, 'association');
    // @ts-expect-error: not the database itself; an entry is written in the transaction of the change it records
    const outsideATransaction = () => audit(database.db, system, entry(org.id, 1));
    // @ts-expect-error: a misspelt action does not compile
    const misspelt = (tx: Transaction) => audit(tx, system, { ...entry(org.id, 1), action: 'organisation.updatd' });
    expect([outsideATransaction, misspelt]).toHaveLength(2);
    expect(AUDIT_ACTIONS).toContain('deadline.escalated');
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it('chains each organisation’s entries by hash, starting from the genesis hash', async () => {
    const org = await makeOrganisation(database.db, 'association');
    for (let n = 1; n <= 3; n++) await append(org.id, n);
    const rows = await database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id)).orderBy(auditEvents.seq);
    expect(rows[0]!.previousHash).toBe(GENESIS);
    expect(rows[1]!.previousHash).toBe(rows[0]!.hash);
    expect(rows[2]!.previousHash).toBe(rows[1]!.hash);
    expect(await verifyChain(database.db, org.id)).toEqual({ ok: true, entries: 3, problems: [], anchoredAt: null });
  });

  it('writes several entries of one chain in one statement, chained in their order, beside concurrent writers', async () => {
    const org = await makeOrganisation(database.db, 'association');
    const many = (from: number) => database.db.transaction((tx) => audit(tx, system, Array.from({ length: 20 }, (_, n) => entry(org.id, from + n))));
    await Promise.all([many(0), append(org.id, 100), many(20), append(org.id, 101)]);
    expect(await verifyChain(database.db, org.id)).toMatchObject({ ok: true, entries: 42 });
    const ids = (await database.db.select({ id: auditEvents.recordId }).from(auditEvents).where(eq(auditEvents.organisationId, org.id)).orderBy(auditEvents.seq)).map((r) => Number(r.id));
    const batch = ids.filter((n) => n < 20);
    expect(batch).toEqual(Array.from({ length: 20 }, (_, n) => n));
    // Nothing at all for no entries; entries of two chains are not written together.
    await database.db.transaction((tx) => audit(tx, system, []));
    const other = await makeOrganisation(database.db, 'association');
    await expect(database.db.transaction((tx) => audit(tx, system, [entry(org.id, 1), entry(other.id, 2)]))).rejects.toThrow(/one chain/);
    expect(await verifyChain(database.db, org.id)).toMatchObject({ ok: true, entries: 42 });
  });

  it('keeps every field of every entry exactly as given, whatever its text', async () => {
    const org = await makeOrganisation(database.db, 'association');
    const texts = ['NULL', '', '"quoted", {braced}', 'back\\slash \\"', 'tab\tline\nend', 'ünïcödé ✓ 🎓', 'x'.repeat(10_000)];
    const entries = texts.map((text, n) => ({ organisationId: org.id, action: 'organisation.updated' as const, recordType: text, recordId: n % 2 ? text : null, reason: n % 3 ? text : null, details: { text, n, list: [text, null] } }));
    const actor = { personId: null, requestId: 'req "1", {x}' };
    await database.db.transaction((tx) => audit(tx, actor, entries));
    const rows = await database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id)).orderBy(auditEvents.seq);
    expect(rows.map(({ recordType, recordId, reason, details, requestId, actorId }) => ({ recordType, recordId, reason, details, requestId, actorId }))).toEqual(
      entries.map(({ recordType, recordId, reason, details }) => ({ recordType, recordId, reason, details, requestId: actor.requestId, actorId: null })),
    );
    expect(new Set(rows.map((r) => r.at.getTime())).size).toBe(1);
    expect(await verifyChain(database.db, org.id)).toMatchObject({ ok: true, entries: texts.length });
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    const org = await makeOrganisation(database.db, 'association');
    await Promise.all(Array.from({ length: 12 }, (_, n) => database.db.transaction((tx) => audit(tx, system, entry(org.id, n)))));
    expect(await verifyChain(database.db, org.id)).toMatchObject({ ok: true, entries: 12 });
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const org = await makeOrganisation(database.db, 'association');
    await append(org.id, 1);
    await expect(database.pool.query("UPDATE audit_events SET action = 'forged' WHERE organisation_id = $1", [org.id])).rejects.toThrow(/append-only: UPDATE/);
    await expect(database.pool.query('DELETE FROM audit_events WHERE organisation_id = $1', [org.id])).rejects.toThrow(/append-only: DELETE/);
    await expect(database.pool.query('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await verifyChain(database.db, org.id)).toMatchObject({ ok: true, entries: 1 });
  });

  it('detects a changed entry and a removed one', async () => {
    const org = await makeOrganisation(database.db, 'association');
    for (let n = 1; n <= 4; n++) await append(org.id, n);
    const rows = await database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id)).orderBy(auditEvents.seq);
    // Someone with superuser rights goes around the trigger; the chain still tells.
    await inRolledBackTransaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete`);
      await tx.update(auditEvents).set({ reason: 'quietly edited' }).where(eq(auditEvents.seq, rows[1]!.seq));
      const report = await verifyChain(tx, org.id);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([{ seq: rows[1]!.seq, reason: expect.stringContaining('does not match its hash') }]);
    });
    await inRolledBackTransaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete`);
      await tx.delete(auditEvents).where(eq(auditEvents.seq, rows[2]!.seq));
      const report = await verifyChain(tx, org.id);
      expect(report.problems).toEqual([{ seq: rows[3]!.seq, reason: expect.stringContaining('does not follow') }]);
    });
    expect((await verifyChain(database.db, org.id)).ok).toBe(true);
  });

  it('writes down each chain head that moved, and then detects entries cut off the end', async () => {
    const org = await makeOrganisation(database.db, 'association');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'probity-anchors-')), 'audit-anchors.jsonl');
    for (let n = 1; n <= 3; n++) await append(org.id, n);
    expect(await anchorChains(database.db, file, new Date('2026-11-25T10:05:00Z'))).toBeGreaterThan(0);
    expect(await anchorChains(database.db, file)).toBe(0); // nothing moved since
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const anchor = anchorOf(latestAnchors(file), org.id)!;
    const rows = await database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, org.id)).orderBy(auditEvents.seq);
    expect(anchor).toEqual({ organisationId: org.id, seq: rows[2]!.seq, hash: rows[2]!.hash, at: '2026-11-25T10:05:00.000Z' });
    await append(org.id, 4);
    expect(await verifyChain(database.db, org.id, anchor)).toMatchObject({ ok: true, anchoredAt: '2026-11-25T10:05:00.000Z' });
    // Cutting off the last two entries leaves a valid chain: only the anchor tells.
    await inRolledBackTransaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete`);
      await tx.delete(auditEvents).where(and(eq(auditEvents.organisationId, org.id), gte(auditEvents.seq, rows[2]!.seq)));
      expect((await verifyChain(tx, org.id)).ok).toBe(true);
      expect((await verifyChain(tx, org.id, anchor)).problems).toEqual([{ seq: rows[2]!.seq, reason: expect.stringContaining('is gone (entries were cut off the end)') }]);
      // Every entry of the chain gone: verifying everything still names it.
      await tx.delete(auditEvents).where(eq(auditEvents.organisationId, org.id));
      const gone = (await verifyAll(tx, latestAnchors(file))).find((r) => r.organisationId === org.id);
      expect(gone).toMatchObject({ ok: false, entries: 0 });
    });
    // A line that is not an anchor is passed over.
    fs.appendFileSync(file, 'not json\n{"seq":"x"}\n');
    expect(anchorOf(latestAnchors(file), org.id)).toEqual(anchor);
  });
});
