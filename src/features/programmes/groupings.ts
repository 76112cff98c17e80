import { and, desc, eq, inArray, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { PROGRAMMES } from './rules.ts';
import { programmeCohorts, programmeParticipants } from './schema.ts';

const monthAndYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A programme cohort as leaders read it: "QTLS cohort of September 2026". */
export function programmeCohortName(programme: keyof typeof PROGRAMMES, startsOn: string): string {
  return `${PROGRAMMES[programme].id.toUpperCase()} cohort of ${monthAndYear.format(new Date(`${startsOn}T12:00:00Z`))}`;
}

/** Those on no programme of the organisation, as one group. */
export const NOT_ON_A_PROGRAMME = 'Not on a programme';

/**
 * Each person's programme cohort in the organisation (the latest, for someone who re-started in a later one),
 * for leaders' insights grouped by programme cohort beside academy and the year joined.
 */
export async function programmeCohortsOf(db: Db, organisationId: string, people: SQLWrapper | readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ personId: programmeParticipants.personId, programme: programmeCohorts.programme, startsOn: programmeCohorts.startsOn })
    .from(programmeParticipants)
    .innerJoin(programmeCohorts, eq(programmeCohorts.id, programmeParticipants.cohortId))
    .where(and(eq(programmeParticipants.organisationId, organisationId), inArray(programmeParticipants.personId, people)))
    .orderBy(desc(programmeCohorts.startsOn));
  const cohorts = new Map<string, string>();
  for (const r of rows) if (!cohorts.has(r.personId)) cohorts.set(r.personId, programmeCohortName(r.programme, r.startsOn));
  return cohorts;
}
