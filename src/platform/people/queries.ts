import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/index.ts';
import type { Role } from '../policy.ts';
import { academies, people, roleAssignments } from './schema.ts';

/** A person's name as people read it, for a query's select. */
export const personName = sql<string>`${people.givenName} || ' ' || ${people.familyName}`;

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
