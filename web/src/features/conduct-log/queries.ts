import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';

// The conduct log's queries. Every reading of an entry is in the audit trail: read again only when it may have changed.

export const categoriesQuery = (orgId: string) => ({ queryKey: ['conduct-log', 'categories', orgId], queryFn: () => api.conductCategories(orgId), staleTime: Infinity });
export const entryQuery = (orgId: string, entryId: string) => ({ queryKey: ['conduct-log', 'entry', orgId, entryId], queryFn: () => api.conductEntry(orgId, entryId), staleTime: Infinity, refetchOnWindowFocus: false });
export const grantsQuery = (orgId: string) => ({ queryKey: ['conduct-log', 'access', orgId], queryFn: () => api.conductGrants(orgId) });

/** After an entry or a grant changes: the lists, the patterns and the grants. An entry itself is set from the answer that changed it. */
export function useConductLogChanged() {
  const queryClient = useQueryClient();
  return () => Promise.all(['entries', 'patterns', 'training-needs', 'access'].map((list) => queryClient.invalidateQueries({ queryKey: ['conduct-log', list] })));
}
