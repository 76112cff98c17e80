import { and, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { RecordType } from '../../platform/record-retention.ts';
import { safeguardingConcerns, safeguardingTransfersReceived, safeguardingTransfersSent } from './schema.ts';

/**
 * A closed concern is a learner's child protection file: listed for the data protection officer 25 years
 * after it closed, and deleted, with everything recorded about it (its steps, actions, referrals, alerts,
 * body map and grants, whose foreign keys cascade), only once they confirm. The schools' records management
 * toolkit keeps child protection information until the learner's date of birth plus 25 years (Keeping
 * Children Safe in Education, which the staff code 003 §1.2 takes account of, asks for at least until they
 * are 25); Probity knows a learner by reference, not by birth date, so it counts from closing, which is never
 * earlier. A reopened concern is not closed. An allegation about a member of staff is not listed: it is kept
 * until their normal pension age or for ten years, whichever is longer, and goes with its allegation case.
 */
export const safeguardingRecordTypes: RecordType[] = [
  {
    type: 'safeguarding-concern',
    record: 'closed safeguarding concerns (a learner’s child protection file)',
    keptFor: 'P25Y',
    after: 'the concern is closed',
    source:
      'IRMS Information Management Toolkit for Schools (2019), child protection information held on a pupil’s file: the pupil’s date of birth plus 25 years. Probity knows the learner by reference, not date of birth, so it counts 25 years from closing, which is never earlier.',
    due: async (tx, organisationId, cutoff) =>
      (
        await tx
          .select({ id: safeguardingConcerns.id, eventAt: safeguardingConcerns.closedAt, staffId: safeguardingConcerns.allegationStaffId })
          .from(safeguardingConcerns)
          .where(and(eq(safeguardingConcerns.organisationId, organisationId), eq(safeguardingConcerns.state, 'closed'), isNotNull(safeguardingConcerns.closedAt), lte(safeguardingConcerns.closedAt, cutoff)))
      ).map((r) => ({ id: r.id, eventAt: r.eventAt!, personIds: r.staffId ? [r.staffId] : [] })),
    about: async (tx, organisationId, id) => {
      const [row] = await tx.select({ staffId: safeguardingConcerns.allegationStaffId }).from(safeguardingConcerns).where(and(eq(safeguardingConcerns.organisationId, organisationId), eq(safeguardingConcerns.id, id)));
      return row ? (row.staffId ? [row.staffId] : []) : null;
    },
    erase: async (tx, organisationId, id) => {
      const gone = await tx
        .delete(safeguardingConcerns)
        .where(and(eq(safeguardingConcerns.organisationId, organisationId), eq(safeguardingConcerns.id, id), eq(safeguardingConcerns.state, 'closed')))
        .returning({ id: safeguardingConcerns.id });
      return gone.length ? { storageKeys: [] } : null;
    },
  },
];

const TRANSFER_SOURCE =
  'IRMS Information Management Toolkit for Schools (2019), child protection information: a file passed to the pupil’s next school is kept there until the pupil’s date of birth plus 25 years, and a record of its transfer is kept with it. Probity knows the learner by reference, not date of birth, so it counts 25 years from the file being accepted or declined, which is never earlier.';

type TransferTable = typeof safeguardingTransfersSent | typeof safeguardingTransfersReceived;

function transferType(type: string, record: string, table: TransferTable, people: (row: { sentBy: string | null; viewedBy: string | null; acceptedBy: string | null; declinedBy: string | null }) => string[]): RecordType {
  const ended = sql<Date | null>`coalesce(${table.acceptedAt}, ${table.declinedAt})`;
  const who = { sentBy: table.sentBy, viewedBy: table.viewedBy, acceptedBy: table.acceptedBy, declinedBy: table.declinedBy };
  const of = (organisationId: string, id: string) => and(eq(table.organisationId, organisationId), eq(table.id, id));
  return {
    type,
    record,
    keptFor: 'P25Y',
    after: 'the file is accepted or declined',
    source: TRANSFER_SOURCE,
    due: async (tx, organisationId, cutoff) =>
      (
        await tx
          .select({ id: table.id, eventAt: ended.mapWith((v: string | Date) => new Date(v)), ...who })
          .from(table)
          .where(and(eq(table.organisationId, organisationId), isNotNull(ended), sql`${ended} <= ${cutoff.toISOString()}::timestamptz`))
      ).map((r) => ({ id: r.id, eventAt: r.eventAt!, personIds: people(r) })),
    about: async (tx, organisationId, id) => {
      const [row] = await tx.select(who).from(table).where(of(organisationId, id));
      return row ? people(row) : null;
    },
    erase: async (tx, organisationId, id) => {
      const gone = await tx.delete(table).where(of(organisationId, id)).returning({ id: table.id });
      return gone.length ? { storageKeys: [] } : null;
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The organisation's own people among those who took a step: the other side's are kept by name only. */
const ownPeople = (...ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null && UUID.test(id)))];

/**
 * A learner's safeguarding file sent to another organisation, once accepted or declined, is a child
 * protection record on both sides: the receiving organisation's copy (it has become that learner's file
 * there) and the sending organisation's record of where it went and its receipt trail are each kept as a
 * closed concern is, 25 years, and deleted only once each side's data protection officer confirms. A file
 * not yet accepted or declined is not listed.
 */
export const safeguardingTransferRecordTypes: RecordType[] = [
  transferType('safeguarding-transfer-received', 'safeguarding files received from another organisation (a learner’s child protection file)', safeguardingTransfersReceived, (r) =>
    ownPeople(r.viewedBy, r.acceptedBy, r.declinedBy),
  ),
  transferType('safeguarding-transfer-sent', 'safeguarding files sent to another organisation, with their receipt trail', safeguardingTransfersSent, (r) => ownPeople(r.sentBy)),
];
