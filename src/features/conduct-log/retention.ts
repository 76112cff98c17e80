import { and, eq, lte } from 'drizzle-orm';
import { inLondon } from '../../platform/calendar/index.ts';
import type { RecordType } from '../../platform/record-retention.ts';
import { conductLogEntries } from './schema.ts';

/**
 * An entry is listed for the data protection officer six years after the conduct it records, and deleted,
 * with the grants of access to it (their foreign key cascades), once they confirm. No code sets the period:
 * six years lets the patterns read their longest period (three years) against the three before it (003
 * §6.4), and matches the schools' records management toolkit for disciplinary records and the time within
 * which a claim in contract can be brought (Limitation Act 1980).
 */
export const conductLogRecordTypes: RecordType[] = [
  {
    type: 'conduct-log-entry',
    record: 'conduct log entries',
    keptFor: 'P6Y',
    after: 'the day of the conduct it records',
    source:
      'IRMS Information Management Toolkit for Schools (2019), disciplinary proceedings and staff personnel records: six years. It also lets the patterns that inform training read three years against the three before (003 §6.4), and is the time within which a claim in contract can be brought (Limitation Act 1980).',
    due: async (tx, organisationId, cutoff) =>
      (
        await tx
          .select({ id: conductLogEntries.id, occurredOn: conductLogEntries.occurredOn, staffId: conductLogEntries.staffId })
          .from(conductLogEntries)
          .where(and(eq(conductLogEntries.organisationId, organisationId), lte(conductLogEntries.occurredOn, inLondon(cutoff).date)))
      ).map((r) => ({ id: r.id, eventAt: new Date(`${r.occurredOn}T00:00:00Z`), personIds: [r.staffId] })),
    about: async (tx, organisationId, id) => {
      const [row] = await tx.select({ staffId: conductLogEntries.staffId }).from(conductLogEntries).where(and(eq(conductLogEntries.organisationId, organisationId), eq(conductLogEntries.id, id)));
      return row ? [row.staffId] : null;
    },
    erase: async (tx, organisationId, id) => {
      const gone = await tx.delete(conductLogEntries).where(and(eq(conductLogEntries.organisationId, organisationId), eq(conductLogEntries.id, id))).returning({ id: conductLogEntries.id });
      return gone.length ? { storageKeys: [] } : null;
    },
  },
];
