import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/index.ts';
import type { CitableRecordType } from '../../platform/citable.ts';
import { afterEmployment, type RecordType } from '../../platform/record-retention.ts';
import { attestations, citations } from './schema.ts';

/** Forgets what a record deleted under the records' retention schedule cited, in the same transaction: its citations would name a record no longer there. */
export async function forgetCitations(tx: Transaction, organisationId: string, recordType: CitableRecordType, recordId: string): Promise<void> {
  await tx.delete(citations).where(and(eq(citations.organisationId, organisationId), eq(citations.recordType, recordType), eq(citations.recordId, recordId)));
}

const attested = afterEmployment(attestations.organisationId, attestations.personId, attestations.attestedAt);

/**
 * A person's confirmation that they read and understood a code version is evidence, for as long as a claim
 * about their conduct could be brought, that they knew what the code asked: kept while they are employed here
 * and listed for the data protection officer six years after their employment ends (or after the
 * confirmation, if later). Someone with no employment recorded here, such as a member of a professional
 * body, is counted from the confirmation. The campaign that asked for it stays: it names no one.
 */
export const attestationRecordTypes: RecordType[] = [
  {
    type: 'attestation',
    record: 'confirmations of having read and understood a code version',
    keptFor: 'P6Y',
    after: 'the person’s employment here ends (or the confirmation, if later; the confirmation alone for someone with no employment recorded here)',
    source:
      'IRMS Information Management Toolkit for Schools (2019), staff personnel file (where records of the policies a member of staff was given and confirmed are kept): six years after employment ends. Probity counts from the later of the confirmation and the last day of the person’s employment here; for a member of a professional body, with no employment, from the confirmation: six years, the time within which a claim in contract can be brought (Limitation Act 1980).',
    due: async (tx, organisationId, cutoff) =>
      (
        await tx
          .select({ id: attestations.id, eventAt: attested.mapWith((v: string | Date) => new Date(v)), personId: attestations.personId })
          .from(attestations)
          .where(and(eq(attestations.organisationId, organisationId), sql`${attested} <= ${cutoff.toISOString()}::timestamptz`))
      ).map((r) => ({ id: r.id, eventAt: r.eventAt!, personIds: [r.personId] })),
    about: async (tx, organisationId, id) => {
      const [row] = await tx.select({ personId: attestations.personId }).from(attestations).where(and(eq(attestations.organisationId, organisationId), eq(attestations.id, id)));
      return row ? [row.personId] : null;
    },
    erase: async (tx, organisationId, id) => {
      const gone = await tx.delete(attestations).where(and(eq(attestations.organisationId, organisationId), eq(attestations.id, id))).returning({ id: attestations.id });
      return gone.length ? { storageKeys: [] } : null;
    },
  },
];
