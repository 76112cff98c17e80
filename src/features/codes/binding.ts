import { and, eq, isNotNull, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/index.ts';
import { employments, people, roleAssignments } from '../../platform/people/schema.ts';
import type { Role } from '../../platform/policy.ts';
import { personName } from '../../platform/people/queries.ts';
import { adoptions, attestationCampaigns } from './schema.ts';

// Whom an adoption binds, asked of the database: the one statement of the rule, for the campaign it starts,
// the dashboard that follows it, a person's confirmation and the codes that bind a person. A trust's thousands
// of people are never loaded to be judged one by one.

/** A column of the query's `adoptions`, qualified by hand: Drizzle leaves a column of a query's only table bare. */
const adoption = (column: AnyColumn) => sql`${adoptions}.${sql.identifier(column.name)}`;

/**
 * Whether the query's adoption binds the person. 003 §2.2: a code applies to everyone who works for the
 * organisation, whatever their length of service; an adoption may narrow that to roles (any one of the
 * person's) and to academies (any one of their current posts; a person with no post at an academy is bound
 * only by an adoption for the whole organisation). Someone with no role in the organisation is not bound.
 */
export function binds(personId: AnyColumn | SQL): SQL<boolean> {
  return sql<boolean>`(EXISTS (SELECT 1 FROM ${roleAssignments} r WHERE r.organisation_id = ${adoption(adoptions.organisationId)} AND r.person_id = ${personId}
      AND (cardinality(${adoption(adoptions.roles)}) = 0 OR r.role = ANY(${adoption(adoptions.roles)})))
    AND (cardinality(${adoption(adoptions.academyIds)}) = 0 OR EXISTS (SELECT 1 FROM ${employments} e WHERE e.organisation_id = ${adoption(adoptions.organisationId)}
      AND e.person_id = ${personId} AND e.ended_on IS NULL AND e.academy_id = ANY(${adoption(adoptions.academyIds)}))))`;
}

/**
 * The people a campaign asks to confirm: those its adoption binds, whose accounts are not disabled, each with
 * their roles in the organisation and the academy they are counted at. A query to select from (`.as(…)`), or,
 * with a person, whether it asks them. It starts from the organisation's role holders, so that only they are
 * looked up and judged, not everyone of every organisation. Its computed columns have names of their own:
 * Drizzle leaves them unqualified in the query around it.
 */
export function askedBy(tx: Tx, organisationId: string, campaignId: string, personId?: string) {
  const theCampaign = and(eq(attestationCampaigns.organisationId, organisationId), eq(attestationCampaigns.id, campaignId));
  const ofAdoption = and(eq(adoptions.organisationId, attestationCampaigns.organisationId), eq(adoptions.id, attestationCampaigns.adoptionId));
  const holders = tx
    .select({ personId: roleAssignments.personId, roles: sql<Role[]>`array_agg(DISTINCT ${roleAssignments.role}::text ORDER BY ${roleAssignments.role}::text)`.as('asked_roles') })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.organisationId, organisationId), personId ? eq(roleAssignments.personId, personId) : undefined))
    .groupBy(roleAssignments.personId)
    .as('holders');
  // Where each is counted: the first of their current posts the adoption names, else their first; none for the central team.
  const countedAt = tx
    .selectDistinctOn([employments.personId], { personId: employments.personId, academyId: employments.academyId })
    .from(employments)
    .innerJoin(attestationCampaigns, theCampaign)
    .innerJoin(adoptions, ofAdoption)
    .where(and(eq(employments.organisationId, organisationId), isNull(employments.endedOn), isNotNull(employments.academyId), personId ? eq(employments.personId, personId) : undefined))
    .orderBy(employments.personId, sql`${employments.academyId} = ANY(${adoption(adoptions.academyIds)}) DESC`, employments.startedOn, employments.academyId)
    .as('counted_at');
  return tx
    .select({ personId: people.id, name: sql<string>`${personName}`.as('asked_name'), email: people.email, academyId: countedAt.academyId, roles: holders.roles })
    .from(attestationCampaigns)
    .innerJoin(adoptions, ofAdoption)
    .crossJoin(holders)
    .innerJoin(people, eq(people.id, holders.personId))
    .leftJoin(countedAt, eq(countedAt.personId, people.id))
    .where(and(theCampaign, binds(people.id), isNull(people.disabledAt)));
}
