import { and, eq, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/index.ts';
import type { RecordType } from '../../platform/record-retention.ts';
import { deadlines } from './schema.ts';

/**
 * Whether the record a deadline belongs to (in its owning feature's words: `case`, `declaration` …) is still
 * kept. The server answers it from the records' schedule, since deadlines know no other feature's tables.
 */
export type RecordStillKept = (tx: Transaction, organisationId: string, recordType: string, recordId: string) => Promise<boolean>;

/** When a deadline stopped running: met or waived. */
const ended = sql<Date>`coalesce(${deadlines.metAt}, ${deadlines.waivedAt})`;

/**
 * A deadline met or waived is listed six years after, and deleted once the data protection officer confirms;
 * one still open is never listed. A deadline carried by a record goes with that record and not before: while
 * the record is kept, the deadline is not listed (it is part of that record's history, kept for that record's
 * period), and once the record has gone, it is. A deadline on a person (a yearly self-assessment) or on no
 * record goes by its own period.
 */
export function deadlineRecordTypes(stillKept: RecordStillKept): RecordType[] {
  return [
    {
      type: 'deadline',
      record: 'deadlines met or waived',
      keptFor: 'P6Y',
      after: 'the deadline is met or waived (and the record it belongs to, if any, has been deleted)',
      source:
        "No schools' guidance sets a period for a time limit on its own: it is part of the record it belongs to and goes with it, never before. One without a record still kept is listed six years after it was met or waived, the time within which a claim in contract can be brought (Limitation Act 1980).",
      due: async (tx, organisationId, cutoff) => {
        const rows = await tx
          .select({ id: deadlines.id, eventAt: deadlines.metAt, waivedAt: deadlines.waivedAt, recordType: deadlines.recordType, recordId: deadlines.recordId, ownerId: deadlines.ownerId })
          .from(deadlines)
          .where(and(eq(deadlines.organisationId, organisationId), or(isNotNull(deadlines.metAt), isNotNull(deadlines.waivedAt)), lte(ended, cutoff)));
        const kept = new Map<string, boolean>();
        const due = [];
        // One record after the other: a transaction's queries share its one connection.
        for (const r of rows) {
          if (r.recordType && r.recordId && r.recordType !== 'person') {
            const key = `${r.recordType}:${r.recordId}`;
            if (!kept.has(key)) kept.set(key, await stillKept(tx, organisationId, r.recordType, r.recordId));
            if (kept.get(key)) continue;
          }
          due.push({ id: r.id, eventAt: (r.eventAt ?? r.waivedAt)!, personIds: [r.ownerId] });
        }
        return due;
      },
      about: async (tx, organisationId, id) => {
        const [row] = await tx.select({ ownerId: deadlines.ownerId }).from(deadlines).where(and(eq(deadlines.organisationId, organisationId), eq(deadlines.id, id)));
        return row ? [row.ownerId] : null;
      },
      erase: async (tx, organisationId, id) => {
        const gone = await tx.delete(deadlines).where(and(eq(deadlines.organisationId, organisationId), eq(deadlines.id, id))).returning({ id: deadlines.id });
        return gone.length ? { storageKeys: [] } : null;
      },
    },
  ];
}
