import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Organisation } from '../../api.ts';
import { can } from '../organisations/organisation.tsx';

// Safeguarding's queries. A record's every reading is in the audit trail: read again only when it may have
// changed, never in the background.

export const dashboardQuery = (orgId: string) => ({ queryKey: ['safeguarding', 'dashboard', orgId], queryFn: () => api.safeguardingDashboard(orgId) });
export const concernsQuery = (orgId: string, filters: Parameters<typeof api.concerns>[1]) => ({ queryKey: ['safeguarding', 'concerns', orgId, filters], queryFn: () => api.concerns(orgId, filters) });
export const concernQuery = (orgId: string, concernId: string) => ({
  queryKey: ['safeguarding', 'concern', orgId, concernId],
  queryFn: () => api.concern(orgId, concernId),
  staleTime: Infinity,
  refetchOnWindowFocus: false,
});

/** After a record changes: the dashboard and the lists. The record itself is set from the answer that changed it. */
export function useSafeguardingChanged() {
  const queryClient = useQueryClient();
  return () => Promise.all(['dashboard', 'concerns'].map((list) => queryClient.invalidateQueries({ queryKey: ['safeguarding', list] })));
}

/** Where a person may record a concern: an organisation with academies (a learner is at one). */
export const recordsConcerns = (organisation: Organisation) => can(organisation, 'safeguarding.record') && organisation.academies.length > 0;

/**
 * Whether to offer the safeguarding pages: to designated safeguarding leads (who appoint deputies), and to
 * anyone with a record they may read (a deputy, a principal the alert reached, someone the team let see one).
 * The list answers only with what the person may read, and reading it is not a reading of any record.
 */
export function useReadsSafeguarding(organisation: Organisation): boolean {
  const lead = can(organisation, 'safeguarding.appoint_deputy');
  const some = useQuery({ ...concernsQuery(organisation.id, { limit: 1 }), enabled: !lead && recordsConcerns(organisation), staleTime: 60_000 });
  return lead || (some.data?.total ?? 0) > 0;
}
