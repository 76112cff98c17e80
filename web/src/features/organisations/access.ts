import { useQuery } from '@tanstack/react-query';
import type { MyRole, Organisation, OrganisationAction, Role } from '../../api.ts';
import { useMe } from '../session/session.tsx';
import { can, organisationQuery, preferredOrganisation } from './organisation.tsx';

// Which navigation entries to offer. The server's `allowed` list decides: it names every action the person
// may take somewhere in the organisation. A server that reports only the organisation's own actions (no
// `codes.read`, which everyone has) leaves the deadline and codes entries to the roles its policy names for
// them. Either way the page itself asks the server, which has the last word, and says calmly when the answer
// is no: a wrong guess here shows an entry too many, never a page too few.
const ROLES_FOR: Partial<Record<OrganisationAction, readonly Role[]>> = {
  'deadline.create': ['organisation_admin', 'chief_operating_officer', 'case_officer', 'professional_status_team'],
  'deadline.oversee': ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'case_officer', 'professional_status_team'],
  'deadline.waive': ['organisation_admin', 'chief_operating_officer'],
  'codes.adopt': ['organisation_admin'],
  'attestation.oversee': ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'professional_status_team'],
  'citation.read': ['organisation_admin', 'case_officer', 'designated_safeguarding_lead', 'professional_status_team', 'principal', 'auditor'],
  'development.insights': ['organisation_admin', 'chief_operating_officer', 'principal', 'regional_education_director', 'professional_status_team'],
};

/** Whether one of these roles is among those the server's policy names for the action. */
export function rolesSuggest(roles: Pick<MyRole, 'role'>[], action: OrganisationAction): boolean {
  const named = ROLES_FOR[action];
  return Boolean(named && roles.some((grant) => named.includes(grant.role)));
}

/** Whether to offer a way to an action: the server allows it here, or (where it does not say) one of the person's roles is named for it. */
export function offered(organisation: Organisation, roles: MyRole[], action: OrganisationAction): boolean {
  if (can(organisation, action)) return true;
  const reportsEveryAction = organisation.allowed.includes('codes.read');
  return !reportsEveryAction && rolesSuggest(roles, action);
}

/**
 * For pages outside an organisation's addresses (the codes library, one's own deadlines): the organisation
 * last used, as the masthead shows it, and the person's roles there.
 */
export function usePreferredOrganisation(): { organisation: Organisation | undefined; roles: MyRole[] } {
  const me = useMe();
  const orgId = preferredOrganisation(me);
  const organisation = useQuery({ ...organisationQuery(orgId ?? ''), enabled: Boolean(orgId) });
  return { organisation: organisation.data, roles: me.organisations.find((o) => o.id === orgId)?.roles ?? [] };
}
