import { and, asc, eq, ilike, inArray, isNull, ne, sql, type AnyColumn } from 'drizzle-orm';
import type { Tx } from '../../db/index.ts';
import type { AcademyCalendar } from '../calendar/index.ts';
import type { Role } from '../policy.ts';
import { likeText } from '../validation.ts';
import { academies, academyTerms, people, roleAssignments } from './schema.ts';

/** A person's name as people read it, for a query's select: of `people`, or of an alias of it. */
export const nameOf = (person: { givenName: AnyColumn; familyName: AnyColumn }) => sql<string>`${person.givenName} || ' ' || ${person.familyName}`;
export const personName = nameOf(people);

/** People of the organisation whose name holds the words (names only, at most 20), for a field that names someone. */
export async function peopleByName(tx: Tx, organisationId: string, q: string, options: { except?: string } = {}): Promise<{ id: string; name: string }[]> {
  return tx
    .selectDistinct({ id: people.id, name: personName })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.organisationId, organisationId), options.except ? ne(people.id, options.except) : undefined, isNull(people.disabledAt), ilike(personName, `%${likeText(q)}%`)))
    .orderBy(personName)
    .limit(20);
}

/** The people with these ids, by name: a look-up from an id to `{ id, name }` (a name unknown here is empty). */
export async function peopleNamed(tx: Tx, ids: readonly (string | null)[]): Promise<(id: string) => { id: string; name: string }> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const found = wanted.length ? await tx.select({ id: people.id, name: personName }).from(people).where(inArray(people.id, wanted)) : [];
  return (id) => ({ id, name: found.find((p) => p.id === id)?.name ?? '' });
}

/**
 * The holders of each role who serve an academy (or, with none, the organisation as a whole): those who
 * hold it organisation-wide, in that academy, or in its region.
 */
export async function roleHolders(tx: Tx, organisationId: string, roles: readonly Role[], academyId: string | null): Promise<Map<Role, string[]>> {
  const byRole = new Map<Role, string[]>(roles.map((role) => [role, []]));
  if (roles.length === 0) return byRole;
  const [academy] = academyId ? await tx.select({ regionId: academies.regionId }).from(academies).where(eq(academies.id, academyId)) : [];
  const rows = await tx
    .select({ personId: roleAssignments.personId, role: roleAssignments.role, academyId: roleAssignments.academyId, regionId: roleAssignments.regionId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), inArray(roleAssignments.role, [...roles])));
  for (const h of rows) {
    const serves = (h.academyId === null && h.regionId === null) || (academyId !== null && h.academyId === academyId) || (h.regionId !== null && h.regionId === academy?.regionId);
    if (serves && !byRole.get(h.role)!.includes(h.personId)) byRole.get(h.role)!.push(h.personId);
  }
  return byRole;
}

/** An academy's calendar (when its day ends, its terms) for the rules that count academy days; null if it is not the organisation's. */
export async function academyCalendar(tx: Tx, organisationId: string, academyId: string, nation: AcademyCalendar['nation']): Promise<AcademyCalendar | null> {
  const [academy] = await tx.select().from(academies).where(and(eq(academies.id, academyId), eq(academies.organisationId, organisationId)));
  if (!academy) return null;
  const terms = await tx.select({ startsOn: academyTerms.startsOn, endsOn: academyTerms.endsOn }).from(academyTerms).where(eq(academyTerms.academyId, academyId)).orderBy(asc(academyTerms.startsOn));
  return { nation, dayEndsAt: academy.dayEndsAt, terms };
}
