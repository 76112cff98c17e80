import { useQuery } from '@tanstack/react-query';
import type { Organisation } from '../../api.ts';
import { useMe } from '../session/session.tsx';
import { organisationQuery, preferredOrganisation } from './organisation.tsx';

/**
 * For pages outside an organisation's addresses (the codes library, one's own deadlines): the organisation
 * last used, as the masthead shows it. Its `allowed` list, from the server's policy, says what to offer.
 */
export function usePreferredOrganisation(): { organisation: Organisation | undefined } {
  const me = useMe();
  const orgId = preferredOrganisation(me);
  const organisation = useQuery({ ...organisationQuery(orgId ?? ''), enabled: Boolean(orgId) });
  return { organisation: organisation.data };
}
