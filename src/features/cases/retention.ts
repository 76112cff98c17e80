import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { files } from '../../platform/files/schema.ts';
import { employments } from '../../platform/people/schema.ts';
import type { RecordType } from '../../platform/record-retention.ts';
import type { CaseTypeId } from './rules.ts';
import { caseDocuments, caseLetters, cases } from './schema.ts';

// Each type of case is a type of record in the records' retention schedule, kept for its period after it is
// closed (a case about a member of staff: after their employment here ends too, whichever is later). Its
// team, panel, chronology, requests, consents, documents and letters go with it (their foreign keys
// cascade); the documents' and letters' files are removed from the file store once the deletion is committed.

interface CasePeriod {
  record: string;
  keptFor: string;
  after: string;
  source: string;
  /** The moment the period runs from, for a case row; staff cases wait for the employment to end. */
  event: SQL<Date | null>;
}

const LIMITATION = 'the time within which a claim in contract can be brought (Limitation Act 1980)';

/** The last day of the subject's employment in the organisation; null while any employment there goes on (or none was recorded). */
const employmentEnded = sql<Date | null>`(select case when count(*) > 0 and bool_and(${employments.endedOn} is not null) then max(${employments.endedOn})::timestamptz end
  from ${employments} where ${employments.organisationId} = ${cases.organisationId} and ${employments.personId} = ${cases.subjectId})`;

const PERIODS: Record<CaseTypeId, CasePeriod> = {
  membership_application: {
    record: 'cases: membership applications',
    keptFor: 'P6Y',
    after: 'the case is closed',
    source: `No schools' guidance covers a professional body's applications: six years, ${LIMITATION}.`,
    event: sql<Date | null>`${cases.closedAt}`,
  },
  suitability: {
    record: "cases: a member's suitability",
    keptFor: 'P6Y',
    after: 'the case is closed',
    source: `No schools' guidance covers a professional body's members: six years, ${LIMITATION}. A decision that bars a member should be kept longer: lengthen the period or place a hold.`,
    event: sql<Date | null>`${cases.closedAt}`,
  },
  allegation: {
    record: 'cases: allegations of a child protection nature against a member of staff',
    keptFor: 'P10Y',
    after: 'the case is closed',
    source:
      'IRMS Information Management Toolkit for Schools (2019), allegation of a child protection nature against a member of staff: until their normal pension age or ten years from the allegation, whichever is longer. Probity cannot know the pension age, so it lists the case ten years after closing; check the person has reached it before confirming.',
    event: sql<Date | null>`${cases.closedAt}`,
  },
  staff_conduct: {
    record: "cases: a member of staff's conduct (disciplinary)",
    keptFor: 'P6Y',
    after: "the case is closed and the person's employment here has ended, whichever is later",
    source: 'IRMS Information Management Toolkit for Schools (2019), staff personnel file and disciplinary proceedings: six years after employment ends.',
    event: sql<Date | null>`case when ${cases.closedAt} is null or ${employmentEnded} is null then null else greatest(${cases.closedAt}, ${employmentEnded}) end`,
  },
  protected: {
    record: 'protected cases (000 provision 12)',
    keptFor: 'P6Y',
    after: 'the case is closed',
    source: `IRMS Information Management Toolkit for Schools (2019), complaints files: six years after the complaint is resolved; a protected disclosure is kept likewise, ${LIMITATION}.`,
    event: sql<Date | null>`${cases.closedAt}`,
  },
};

function caseType(type: CaseTypeId, period: CasePeriod): RecordType {
  const of = (organisationId: string, id: string) => and(eq(cases.organisationId, organisationId), eq(cases.id, id), eq(cases.type, type));
  return {
    type: `case:${type}`,
    record: period.record,
    keptFor: period.keptFor,
    after: period.after,
    source: period.source,
    due: async (tx, organisationId, cutoff) => {
      const rows = await tx
        .select({ id: cases.id, eventAt: period.event.mapWith((v: string | Date) => new Date(v)), subjectId: cases.subjectId, named: cases.namedPersonIds })
        .from(cases)
        .where(and(eq(cases.organisationId, organisationId), eq(cases.type, type), isNotNull(cases.closedAt), sql`${period.event} <= ${cutoff.toISOString()}::timestamptz`));
      return rows.map((r) => ({ id: r.id, eventAt: r.eventAt!, personIds: [r.subjectId, ...r.named] }));
    },
    about: async (tx, organisationId, id) => {
      const [row] = await tx.select({ subjectId: cases.subjectId, named: cases.namedPersonIds }).from(cases).where(of(organisationId, id));
      return row ? [row.subjectId, ...row.named] : null;
    },
    erase: async (tx, organisationId, id) => {
      const [found] = await tx.select({ id: cases.id }).from(cases).where(of(organisationId, id));
      if (!found) return null;
      // One after the other: a transaction's queries share its one connection.
      const documents = await tx.select({ fileId: caseDocuments.fileId, storageKey: files.storageKey }).from(caseDocuments).innerJoin(files, eq(files.id, caseDocuments.fileId)).where(eq(caseDocuments.caseId, id));
      const letters = await tx.select({ storageKey: caseLetters.storageKey }).from(caseLetters).where(eq(caseLetters.caseId, id));
      await tx.delete(cases).where(of(organisationId, id));
      const fileIds = documents.map((d) => d.fileId);
      if (fileIds.length) await tx.delete(files).where(and(eq(files.organisationId, organisationId), inArray(files.id, fileIds)));
      return { storageKeys: [...documents.map((d) => d.storageKey), ...letters.map((l) => l.storageKey)] };
    },
  };
}

export const caseRecordTypes: RecordType[] = (Object.entries(PERIODS) as [CaseTypeId, CasePeriod][]).map(([type, period]) => caseType(type, period));
