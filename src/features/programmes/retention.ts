import { and, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { files } from '../../platform/files/schema.ts';
import type { RecordType } from '../../platform/record-retention.ts';
import { portfolioEvidence, portfolioSubmissions, programmeParticipants } from './schema.ts';

/**
 * A participant's record on a programme in the records' retention schedule: the registration, the portfolio
 * with its locked copies and evidence, support requests, adjustments, appeals, mentor requests and supporter
 * invitations (their rows cascade). Listed six years after it ended (awarded, re-started or withdrawn); the
 * evidence files go from the file store once the deletion is committed, unless another record still holds one.
 */
export const programmeRecordTypes: RecordType[] = [
  {
    type: 'programme-participant',
    record: 'programme participants (registration, portfolio with its locked copies and evidence, support, adjustments and appeals)',
    keptFor: 'P6Y',
    after: 'the participant’s programme ends: awarded, re-started in a later cohort, or withdrawn',
    source:
      'No schools’ guidance covers a professional body’s award of professional status. Six years is the time within which a claim in contract can be brought (Limitation Act 1980), and the programme is taken on its terms and fees (001 Appendix 1); the award itself stays on the member’s record with the body.',
    due: async (tx, organisationId, cutoff) =>
      (
        await tx
          .select({ id: programmeParticipants.id, closedAt: programmeParticipants.closedAt, personId: programmeParticipants.personId })
          .from(programmeParticipants)
          .where(and(eq(programmeParticipants.organisationId, organisationId), isNotNull(programmeParticipants.closedAt), lte(programmeParticipants.closedAt, cutoff)))
      ).map((r) => ({ id: r.id, eventAt: r.closedAt!, personIds: [r.personId] })),
    about: async (tx, organisationId, id) => {
      const [row] = await tx.select({ personId: programmeParticipants.personId }).from(programmeParticipants).where(and(eq(programmeParticipants.organisationId, organisationId), eq(programmeParticipants.id, id)));
      return row ? [row.personId] : null;
    },
    erase: async (tx, organisationId, id) => {
      const [found] = await tx.select({ id: programmeParticipants.id }).from(programmeParticipants).where(and(eq(programmeParticipants.organisationId, organisationId), eq(programmeParticipants.id, id)));
      if (!found) return null;
      const attached = await tx.select({ fileId: portfolioEvidence.fileId }).from(portfolioEvidence).where(eq(portfolioEvidence.participantId, id));
      const locked = await tx.select({ evidence: portfolioSubmissions.evidence }).from(portfolioSubmissions).where(eq(portfolioSubmissions.participantId, id));
      const fileIds = [...new Set([...attached.map((a) => a.fileId), ...locked.flatMap((l) => l.evidence.map((e) => e.fileId))])];
      await tx.delete(programmeParticipants).where(eq(programmeParticipants.id, id));
      if (fileIds.length === 0) return { storageKeys: [] };
      // Its files, but not one another record still refers to (the same upload used as other evidence).
      const gone = await tx
        .delete(files)
        .where(
          and(
            eq(files.organisationId, organisationId),
            inArray(files.id, fileIds),
            sql`not exists (select 1 from portfolio_evidence where portfolio_evidence.file_id = ${files.id})`,
            sql`not exists (select 1 from evidence where evidence.file_id = ${files.id})`,
          ),
        )
        .returning({ storageKey: files.storageKey });
      return { storageKeys: gone.map((g) => g.storageKey) };
    },
  },
];
