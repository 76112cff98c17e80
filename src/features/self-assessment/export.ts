import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { audit } from '../../platform/audit/index.ts';
import { csv } from '../../platform/csv.ts';
import type { Actor } from '../../platform/policy.ts';
import { provisions } from '../codes/schema.ts';
import { cpdActivities, developmentGoals, selfAssessmentEntries, selfAssessments } from './schema.ts';

/**
 * The person's whole development record in one CSV: a row per rated standard per year, per goal, and per
 * CPD activity, with a `section` column saying which. Standards are named by their number.
 */
export async function exportCsv(db: Db, actor: Actor): Promise<string> {
  const mine = and(eq(selfAssessments.organisationId, actor.organisationId), eq(selfAssessments.personId, actor.personId));
  const [ratings, goals, activities] = await Promise.all([
    db
      .select({ year: selfAssessments.year, status: selfAssessments.status, number: provisions.number, rating: selfAssessmentEntries.rating, reflection: selfAssessmentEntries.reflection })
      .from(selfAssessmentEntries)
      .innerJoin(selfAssessments, eq(selfAssessments.id, selfAssessmentEntries.assessmentId))
      .innerJoin(provisions, eq(provisions.id, selfAssessmentEntries.provisionId))
      .where(mine)
      .orderBy(selfAssessments.year, provisions.position),
    db.select().from(developmentGoals).where(and(eq(developmentGoals.organisationId, actor.organisationId), eq(developmentGoals.personId, actor.personId))).orderBy(developmentGoals.targetDate),
    db.select().from(cpdActivities).where(and(eq(cpdActivities.organisationId, actor.organisationId), eq(cpdActivities.personId, actor.personId))).orderBy(cpdActivities.happenedOn),
  ]);
  const linked = [...new Set([...goals, ...activities].flatMap((r) => r.provisionIds))];
  const numberOf = new Map(linked.length ? (await db.select({ id: provisions.id, number: provisions.number }).from(provisions).where(inArray(provisions.id, linked))).map((p) => [p.id, p.number]) : []);
  const standards = (ids: string[]) => ids.map((id) => numberOf.get(id) ?? '?').join(';');
  const rows = [
    ...ratings.map((r) => ['self-assessment', r.year, `standard ${r.number}`, r.rating ?? '', r.status, r.reflection, '', '']),
    ...goals.map((g) => ['goal', g.targetDate, g.title, `${g.progress}%`, g.status, g.successMeasure, standards(g.provisionIds), g.note]),
    ...activities.map((a) => ['cpd', a.happenedOn, a.title, (a.minutes / 60).toFixed(2), a.kind, a.reflection, standards(a.provisionIds), a.provider]),
  ];
  await audit(db, actor, { organisationId: actor.organisationId, action: 'development.exported', recordType: 'person', recordId: actor.personId, details: { format: 'csv' } });
  return csv(['section', 'when', 'what', 'rating_or_progress_or_hours', 'status_or_kind', 'reflection_or_measure', 'standards', 'note_or_provider'], rows);
}
