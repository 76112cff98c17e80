import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { RecordType } from '../../platform/record-retention.ts';
import type { RetentionRule } from '../../platform/retention.ts';
import { LOOKUP_WINDOW_MS } from './receipts.ts';
import { concernAttachments, concernFollowSessions, concernLookupFailures, concernReports } from './schema.ts';

// What following a report leaves behind, and when it goes: only what the next step checks. The reports
// themselves, and how long they are kept, are the records' retention schedule's (raisedConcernRecordTypes).

export const raisingConcernsRetention: RetentionRule[] = [
  {
    record: "reporters' sessions on their reports",
    keptFor: 'PT0S',
    after: 'the session ends (30 minutes after the receipt code opened it)',
    action: 'delete',
    reason: 'An ended session opens nothing; the audit trail records each time a report was followed, without anything of who followed it.',
    apply: async (tx, cutoff) => (await tx.delete(concernFollowSessions).where(lte(concernFollowSessions.expiresAt, cutoff)).returning({ tokenHash: concernFollowSessions.tokenHash })).length,
  },
  {
    record: 'receipt codes that opened no report',
    keptFor: `PT${LOOKUP_WINDOW_MS / 60_000}M`,
    after: 'the attempt',
    action: 'delete',
    reason: 'Counted only within the throttling window, to slow down guessing; they hold no address and no code, only the organisation and the time.',
    apply: async (tx, cutoff) => (await tx.delete(concernLookupFailures).where(lte(concernLookupFailures.at, cutoff)).returning({ id: concernLookupFailures.id })).length,
  },
];

/**
 * A closed report is listed for the data protection officer six years after it closed, and deleted, with its
 * messages, notes, exclusions, chronology, sealed identity, reveals, sessions and files (their foreign keys
 * cascade; the files leave the file store once the deletion is committed), only once they confirm.
 */
export const raisedConcernRecordTypes: RecordType[] = [
  {
    type: 'concern-report',
    record: 'reports raised in confidence',
    keptFor: 'P6Y',
    after: 'the report is closed',
    source:
      'IRMS Information Management Toolkit for Schools (2019), complaints files: six years after the complaint is resolved; a report raised in confidence is kept as long, the time within which a claim in contract can be brought (Limitation Act 1980).',
    due: async (tx, organisationId, cutoff) =>
      (
        await tx
          .select({ id: concernReports.id, eventAt: concernReports.closedAt, named: concernReports.namedPersonIds })
          .from(concernReports)
          .where(and(eq(concernReports.organisationId, organisationId), eq(concernReports.status, 'closed'), isNotNull(concernReports.closedAt), lte(concernReports.closedAt, cutoff)))
      ).map((r) => ({ id: r.id, eventAt: r.eventAt!, personIds: r.named })),
    about: async (tx, organisationId, id) => {
      const [row] = await tx.select({ named: concernReports.namedPersonIds }).from(concernReports).where(and(eq(concernReports.organisationId, organisationId), eq(concernReports.id, id)));
      return row ? row.named : null;
    },
    erase: async (tx, organisationId, id) => {
      const of = and(eq(concernReports.organisationId, organisationId), eq(concernReports.id, id));
      const [found] = await tx.select({ id: concernReports.id }).from(concernReports).where(of);
      if (!found) return null;
      const attachments = await tx.select({ storageKey: concernAttachments.storageKey }).from(concernAttachments).where(eq(concernAttachments.reportId, id));
      await tx.delete(concernReports).where(of);
      return { storageKeys: attachments.map((a) => a.storageKey) };
    },
  },
];
