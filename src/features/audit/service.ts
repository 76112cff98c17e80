import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { anchorOf, audit, auditEvents, latestAnchors, verifyChain } from '../../platform/audit/index.ts';
import { people } from '../../platform/people/schema.ts';
import type { Actor } from '../../platform/policy.ts';
import { clock } from '../../platform/clock.ts';

export interface AuditQuery {
  action?: string | undefined;
  actorEmail?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  before?: number | undefined;
  limit: number;
}

/** The organisation's audit trail, newest first, searchable. Searching it is itself recorded. */
export async function searchAudit(db: Db, actor: Actor, query: AuditQuery) {
  const conditions = and(
    eq(auditEvents.organisationId, actor.organisationId),
    query.action ? sql`${auditEvents.action} LIKE ${`${query.action.replace(/[\\%_]/g, '\\$&')}%`}` : undefined,
    query.actorEmail ? eq(sql`lower(${people.email})`, query.actorEmail.toLowerCase()) : undefined,
    query.recordType ? eq(auditEvents.recordType, query.recordType) : undefined,
    query.recordId ? eq(auditEvents.recordId, query.recordId) : undefined,
    query.from ? gte(auditEvents.at, query.from) : undefined,
    query.to ? lte(auditEvents.at, query.to) : undefined,
    query.before ? sql`${auditEvents.seq} < ${query.before}` : undefined,
  );
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
      actorName: sql<string | null>`${people.givenName} || ' ' || ${people.familyName}`,
      actorEmail: people.email,
    })
    .from(auditEvents)
    .leftJoin(people, eq(people.id, auditEvents.actorId))
    .where(conditions)
    .orderBy(desc(auditEvents.seq))
    .limit(query.limit);
  await db.transaction((tx) =>
    audit(tx, actor, {
      organisationId: actor.organisationId,
      action: 'audit.searched',
      recordType: 'audit_trail',
      details: Object.fromEntries(Object.entries({ ...query, from: query.from?.toISOString(), to: query.to?.toISOString() }).filter(([, v]) => v !== undefined)),
    }),
  );
  return rows;
}

/** Checks the organisation's chain, and that it still holds the head last written down outside the database. */
export async function verifyOrganisationChain(db: Db, actor: Actor, anchorFile: string) {
  const report = await verifyChain(db, actor.organisationId, anchorOf(latestAnchors(anchorFile), actor.organisationId));
  await db.transaction((tx) => audit(tx, actor, { organisationId: actor.organisationId, action: 'audit.verified', recordType: 'audit_trail', details: { ok: report.ok, entries: report.entries } }));
  return { ...report, checkedAt: clock.now() };
}
