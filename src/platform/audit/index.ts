import crypto from 'node:crypto';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Transaction, Tx } from '../../db/index.ts';
import type { AuditAction } from './actions.ts';
import { anchorOf, type Anchor } from './anchors.ts';
import { auditEvents } from './schema.ts';
import { clock } from '../clock.ts';

export { auditEvents };
export { anchorChains, anchorOf, latestAnchors, type Anchor } from './anchors.ts';
export { AUDIT_ACTIONS, type AuditAction } from './actions.ts';

/** Who is acting, for the audit trail: a person, or the system itself (personId null), in a request when there is one. */
export interface AuditActor {
  personId: string | null;
  requestId: string | null;
}

/** The system acting on its own: a job, the server at start, a command. Within a request, that request's id. */
export const systemActor = (requestId: string | null = null): AuditActor => ({ personId: null, requestId });

export interface AuditEntry {
  organisationId: string | null;
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

export const GENESIS = '0'.repeat(64);

/** JSON with keys sorted at every level, so that a hash does not depend on key order (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

type ChainedFields = Omit<typeof auditEvents.$inferSelect, 'seq' | 'hash'>;

export function entryHash(entry: ChainedFields): string {
  return crypto
    .createHash('sha256')
    .update(
      canonicalJson({
        organisationId: entry.organisationId,
        actorId: entry.actorId,
        action: entry.action,
        recordType: entry.recordType,
        recordId: entry.recordId,
        reason: entry.reason,
        requestId: entry.requestId,
        details: entry.details,
        at: entry.at.toISOString(),
        previousHash: entry.previousHash,
      }),
    )
    .digest('hex');
}

const sameChain = (organisationId: string | null) =>
  organisationId === null ? isNull(auditEvents.organisationId) : eq(auditEvents.organisationId, organisationId);

/**
 * Appends to the audit trail, in the caller's transaction, so the entry exists exactly when the change does.
 * It takes a transaction only, never the database itself: an entry cannot be written apart from its change.
 * Each organisation's chain is extended under an advisory lock so that concurrent writers never fork it.
 * Several entries of one chain (a list of sensitive records read at once) go in one statement, in order.
 */
export async function audit(tx: Transaction, actor: AuditActor, entry: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const entries: readonly AuditEntry[] = 'action' in entry ? [entry] : entry;
  if (entries.length === 0) return;
  const organisationId = entries[0]!.organisationId;
  if (entries.some((e) => e.organisationId !== organisationId)) throw new Error('Entries written together belong to one chain: one organisation, or none.');
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`probity.audit.${organisationId ?? 'global'}`}))`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(sameChain(organisationId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const at = clock.now();
  let previousHash = last?.hash ?? GENESIS;
  const rows = entries.map((e) => {
    const fields: ChainedFields = {
      organisationId,
      actorId: actor.personId,
      action: e.action,
      recordType: e.recordType,
      recordId: e.recordId ?? null,
      reason: e.reason ?? null,
      requestId: actor.requestId,
      details: e.details ?? {},
      at,
      previousHash,
    };
    previousHash = entryHash(fields);
    return { ...fields, hash: previousHash };
  });
  // One INSERT takes its sequence numbers in the order of its rows: the chain's order. The rows go as one array
  // a column, so that the statement's text is the same however many there are, and is built at once: a
  // hundred rows of parameters (a page of records read) took milliseconds to build.
  const each = <T>(value: (row: (typeof rows)[number]) => T) => sql.param(rows.map(value));
  await tx.execute(sql`
    insert into ${auditEvents} (organisation_id, actor_id, request_id, at, action, record_type, record_id, reason, details, previous_hash, hash)
    select ${organisationId}::uuid, ${actor.personId}::uuid, ${actor.requestId}::text, ${at.toISOString()}::timestamptz, action, record_type, record_id, reason, details::jsonb, previous_hash, hash
    from unnest(${each((r) => r.action)}::text[], ${each((r) => r.recordType)}::text[], ${each((r) => r.recordId)}::text[], ${each((r) => r.reason)}::text[],
                ${each((r) => JSON.stringify(r.details))}::text[], ${each((r) => r.previousHash)}::text[], ${each((r) => r.hash)}::text[])
         as r(action, record_type, record_id, reason, details, previous_hash, hash)`);
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  problems: { seq: number; reason: string }[];
  /** The chain's last head written down outside the database, checked to be still there; null without one. */
  anchoredAt: string | null;
}

/**
 * Walks one organisation's chain (null: the global one) and reports every entry that does not fit, and,
 * given the chain's last anchor, whether its anchored head is still there unchanged.
 */
export async function verifyChain(tx: Tx, organisationId: string | null, anchor?: Anchor): Promise<ChainReport> {
  const problems: ChainReport['problems'] = [];
  let previous = GENESIS;
  let entries = 0;
  let anchoredHash: string | undefined;
  const pageSize = 1000;
  for (let after = 0; ; ) {
    const rows = await tx
      .select()
      .from(auditEvents)
      .where(and(sameChain(organisationId), sql`${auditEvents.seq} > ${after}`))
      .orderBy(asc(auditEvents.seq))
      .limit(pageSize);
    for (const row of rows) {
      entries++;
      if (row.previousHash !== previous) problems.push({ seq: row.seq, reason: 'does not follow the entry before it (an entry was removed or changed)' });
      if (entryHash(row) !== row.hash) problems.push({ seq: row.seq, reason: 'its content does not match its hash (it was changed)' });
      if (row.seq === anchor?.seq) anchoredHash = row.hash;
      previous = row.hash;
      after = row.seq;
    }
    if (rows.length < pageSize) break;
  }
  if (anchor && anchoredHash === undefined) problems.push({ seq: anchor.seq, reason: `was the newest entry when written down at ${anchor.at}, and is gone (entries were cut off the end)` });
  else if (anchor && anchoredHash !== anchor.hash) problems.push({ seq: anchor.seq, reason: `is not the entry written down at ${anchor.at} (the chain was rewritten)` });
  return { ok: problems.length === 0, entries, problems, anchoredAt: anchor?.at ?? null };
}

/** Every chain in the database (the global one and each organisation's), and every chain anchored but gone. */
export async function verifyAll(tx: Tx, anchors = new Map<string, Anchor>()): Promise<(ChainReport & { organisationId: string | null })[]> {
  const chains = (await tx.selectDistinct({ organisationId: auditEvents.organisationId }).from(auditEvents)).map((c) => c.organisationId);
  for (const anchor of anchors.values()) if (!chains.includes(anchor.organisationId)) chains.push(anchor.organisationId);
  const reports = [];
  for (const organisationId of chains) reports.push({ organisationId, ...(await verifyChain(tx, organisationId, anchorOf(anchors, organisationId))) });
  return reports;
}
