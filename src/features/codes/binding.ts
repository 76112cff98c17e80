import { and, eq, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
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

/** The academy a bound person is counted at: the first of their current posts the adoption names, else their first; none for the central team. */
const countedAt = (personId: AnyColumn) =>
  sql<string | null>`(SELECT e.academy_id FROM ${employments} e WHERE e.organisation_id = ${adoption(adoptions.organisationId)} AND e.person_id = ${personId}
    AND e.ended_on IS NULL AND e.academy_id IS NOT NULL ORDER BY e.academy_id = ANY(${adoption(adoptions.academyIds)}) DESC, e.started_on, e.academy_id LIMIT 1)`;

/**
 * The people a campaign asks to confirm: those its adoption binds, whose accounts are not disabled, each with
 * their roles in the organisation and the academy they are counted at. A query to select from (`.as(…)`), or,
 * with a person, whether it asks them. Its computed columns have names of their own: Drizzle leaves them
 * unqualified in the query around it.
 */
export function askedBy(tx: Tx, organisationId: string, campaignId: string, personId?: string) {
  return tx
    .select({
      personId: people.id,
      name: sql<string>`${personName}`.as('asked_name'),
      email: people.email,
      academyId: countedAt(people.id).as('asked_academy_id'),
      roles: sql<Role[]>`array(SELECT DISTINCT r.role::text FROM ${roleAssignments} r WHERE r.organisation_id = ${organisationId} AND r.person_id = ${people.id} ORDER BY 1)`.as('asked_roles'),
    })
    .from(attestationCampaigns)
    .innerJoin(adoptions, and(eq(adoptions.organisationId, attestationCampaigns.organisationId), eq(adoptions.id, attestationCampaigns.adoptionId)))
    .crossJoin(people)
    .where(and(eq(attestationCampaigns.organisationId, organisationId), eq(attestationCampaigns.id, campaignId), binds(people.id), isNull(people.disabledAt), personId ? eq(people.id, personId) : undefined));
}
