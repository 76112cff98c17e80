import { and, count, desc, eq, gte, ilike, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { anchorOf, audit, auditEvents, latestAnchors, verifyChain } from '../../platform/audit/index.ts';
import { people } from '../../platform/people/schema.ts';
import type { Actor } from '../../platform/policy.ts';
import { clock } from '../../platform/clock.ts';
import { likeText } from '../../platform/validation.ts';
import { personName } from '../../platform/people/queries.ts';

export interface AuditQuery {
  action?: string | undefined;
  actorEmail?: string | undefined;
  /** Part of the name or email of whoever did it. */
  person?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  before?: number | undefined;
  limit: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const personIdIn = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : null);

/**
 * The organisation's audit trail, newest first, searchable, with how many entries match in all. Each entry
 * names the person it is about (a person record, or a deadline's owner) and the person it was sent or shared
 * to, so that a reader sees names rather than identifiers. Searching it is itself recorded.
 */
export async function searchAudit(db: Db, actor: Actor, query: AuditQuery) {
  const matching = and(
    eq(auditEvents.organisationId, actor.organisationId),
    query.action ? sql`${auditEvents.action} LIKE ${`${likeText(query.action)}%`}` : undefined,
    query.actorEmail ? eq(sql`lower(${people.email})`, query.actorEmail.toLowerCase()) : undefined,
    query.person
      ? or(ilike(people.email, `%${likeText(query.person.trim())}%`), ilike(personName, `%${likeText(query.person.trim())}%`))
      : undefined,
    query.recordType ? eq(auditEvents.recordType, query.recordType) : undefined,
    query.recordId ? eq(auditEvents.recordId, query.recordId) : undefined,
    query.from ? gte(auditEvents.at, query.from) : undefined,
    query.to ? lte(auditEvents.at, query.to) : undefined,
  );
  const conditions = and(matching, query.before ? sql`${auditEvents.seq} < ${query.before}` : undefined);
  const rows = await db
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      action: auditEvents.action,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
      reason: auditEvents.reason,
      requestId: auditEvents.requestId,
      details: auditEvents.details,
      actorId: auditEvents.actorId,
      actorName: sql<string | null>`${personName}`,
      actorEmail: people.email,
    })
    .from(auditEvents)
    .leftJoin(people, eq(people.id, auditEvents.actorId))
    .where(conditions)
    .orderBy(desc(auditEvents.seq))
    .limit(query.limit);
  const [{ total }] = (await db.select({ total: count() }).from(auditEvents).leftJoin(people, eq(people.id, auditEvents.actorId)).where(matching)) as [{ total: number }];
  const aboutOf = (row: (typeof rows)[number]) => (row.recordType === 'person' ? personIdIn(row.recordId) : personIdIn(row.details.ownerId));
  const toOf = (row: (typeof rows)[number]) => personIdIn(row.details.to) ?? personIdIn(row.details.viewerId);
  const ids = [...new Set(rows.flatMap((row) => [aboutOf(row), toOf(row)]).filter((id): id is string => id !== null))];
  const names = new Map(
    ids.length
      ? (await db.select({ id: people.id, name: personName }).from(people).where(inArray(people.id, ids))).map((p) => [p.id, p.name])
      : [],
  );
  const named = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
  await db.transaction((tx) =>
    audit(tx, actor, {
      organisationId: actor.organisationId,
      action: 'audit.searched',
      recordType: 'audit_trail',
      details: Object.fromEntries(Object.entries({ ...query, from: query.from?.toISOString(), to: query.to?.toISOString() }).filter(([, v]) => v !== undefined)),
    }),
  );
  return { total, items: rows.map((row) => ({ ...row, about: named(aboutOf(row)), to: named(toOf(row)) })) };
}

/** Checks the organisation's chain, and that it still holds the head last written down outside the database. */
export async function verifyOrganisationChain(db: Db, actor: Actor, anchorFile: string) {
  const report = await verifyChain(db, actor.organisationId, anchorOf(latestAnchors(anchorFile), actor.organisationId));
  await db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'audit.verified', recordType: 'audit_trail', details: { ok: report.ok, entries: report.entries } }));
  return { ...report, checkedAt: clock.now() };
}
