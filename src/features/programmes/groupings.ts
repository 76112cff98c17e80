import { eq, sql, type SQL } from 'drizzle-orm';
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
 * as an SQL relation of (person_id, cohort_id): leaders' insights group by it, beside academy and the year
 * joined, in the database.
 */
export const latestProgrammeCohorts = (organisationId: string): SQL =>
  sql`(select distinct on (${programmeParticipants.personId}) ${programmeParticipants.personId} as person_id, ${programmeParticipants.cohortId} as cohort_id
       from ${programmeParticipants} join ${programmeCohorts} on ${programmeCohorts.id} = ${programmeParticipants.cohortId}
       where ${programmeParticipants.organisationId} = ${organisationId} order by ${programmeParticipants.personId}, ${programmeCohorts.startsOn} desc)`;

/** The organisation's programme cohorts' names, by id. */
export async function programmeCohortNames(db: Db, organisationId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: programmeCohorts.id, programme: programmeCohorts.programme, startsOn: programmeCohorts.startsOn }).from(programmeCohorts).where(eq(programmeCohorts.organisationId, organisationId));
  return new Map(rows.map((r) => [r.id, programmeCohortName(r.programme, r.startsOn)]));
}
