import { and, asc, between, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/index.ts';
import { provisionsOfVersions, versionsById } from '../codes/index.ts';
import { standardsOf } from './rules.ts';
import { cpdActivities, selfAssessmentEntries, selfAssessments } from './schema.ts';

/**
 * A person's development record as another part of Probity takes it whole, never copied by hand: their latest
 * submitted self-assessment (its year, code and each standard's rating and reflection) and their CPD within a
 * span of days. Professional status programmes use it for a QTLS portfolio (001), and lock it with a submission.
 */
export interface DevelopmentRecord {
  selfAssessment: {
    id: string;
    year: number;
    submittedAt: string;
    code: { title: string; version: string };
    standards: { number: string; text: string; rating: number | null; reflection: string }[];
  } | null;
  cpd: {
    from: string;
    to: string;
    totalMinutes: number;
    activities: { kind: string; title: string; happenedOn: string; minutes: number; provider: string; reflection: string }[];
  };
}

/**
 * The development record of one person in one organisation: the caller has decided that the reader may see it
 * (the person themselves, or what their submission locked). Read live; nothing here is written.
 */
export async function developmentRecordOf(db: Tx, organisationId: string, personId: string, span: { from: string; to: string }): Promise<DevelopmentRecord> {
  const [latest] = await db
    .select({ id: selfAssessments.id, year: selfAssessments.year, submittedAt: selfAssessments.submittedAt, versionId: selfAssessments.versionId })
    .from(selfAssessments)
    .where(and(eq(selfAssessments.organisationId, organisationId), eq(selfAssessments.personId, personId), eq(selfAssessments.status, 'submitted')))
    .orderBy(desc(selfAssessments.year), desc(selfAssessments.submittedAt))
    .limit(1);
  let selfAssessment: DevelopmentRecord['selfAssessment'] = null;
  if (latest) {
    const standards = standardsOf(await provisionsOfVersions(db, [latest.versionId]));
    const entries = await db.select().from(selfAssessmentEntries).where(eq(selfAssessmentEntries.assessmentId, latest.id));
    const [version] = await versionsById(db, [latest.versionId]);
    const entryOf = new Map(entries.map((e) => [e.provisionId, e]));
    selfAssessment = {
      id: latest.id,
      year: latest.year,
      submittedAt: latest.submittedAt!.toISOString(),
      code: { title: version?.title ?? '', version: version?.version ?? '' },
      standards: standards.map((s) => ({ number: s.number, text: s.text, rating: entryOf.get(s.id)?.rating ?? null, reflection: entryOf.get(s.id)?.reflection ?? '' })),
    };
  }
  const activities = await db
    .select({ kind: cpdActivities.kind, title: cpdActivities.title, happenedOn: cpdActivities.happenedOn, minutes: cpdActivities.minutes, provider: cpdActivities.provider, reflection: cpdActivities.reflection })
    .from(cpdActivities)
    .where(and(eq(cpdActivities.organisationId, organisationId), eq(cpdActivities.personId, personId), between(cpdActivities.happenedOn, span.from, span.to)))
    .orderBy(asc(cpdActivities.happenedOn), asc(cpdActivities.id));
  return { selfAssessment, cpd: { ...span, totalMinutes: activities.reduce((a, x) => a + x.minutes, 0), activities } };
}
