import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Organisation, type QueueBucket } from '../../api.ts';
import { useDeadlinesChanged } from '../deadlines/deadline-table.tsx';
import { can } from '../organisations/organisation.tsx';

// The declarations' queries, and what refreshes after one changes.

export const kindsQuery = (orgId: string) => ({ queryKey: ['declaration-kinds', orgId], queryFn: () => api.declarationKinds(orgId), staleTime: 60_000 });
export const myDeclarationsQuery = (orgId: string) => ({ queryKey: ['declarations', 'mine', orgId], queryFn: () => api.myDeclarations(orgId) });
export const queueQuery = (orgId: string, bucket: QueueBucket, page: { limit: number; offset: number }) => ({ queryKey: ['declarations', 'queue', orgId, bucket, page], queryFn: () => api.declarationQueue(orgId, bucket, page) });
// A recipient's every reading of a sensitive declaration is recorded: read it again only when it may have changed.
export const declarationQuery = (orgId: string, declarationId: string) => ({ queryKey: ['declarations', 'one', orgId, declarationId], queryFn: () => api.declaration(orgId, declarationId), staleTime: 30_000 });
export const myReturnsQuery = (orgId: string) => ({ queryKey: ['declarations', 'returns', orgId], queryFn: () => api.myReturns(orgId) });

/**
 * After a declaration changes: the lists of declarations (the person's, the queues, the registers, the
 * entries a re-declaration confirms), and the deadlines and inbox its steps start or meet. The declaration
 * itself is set from the answer that changed it.
 */
export function useDeclarationsChanged() {
  const queryClient = useQueryClient();
  const deadlinesChanged = useDeadlinesChanged();
  return () => Promise.all([...['mine', 'queue', 'register', 'returns'].map((list) => queryClient.invalidateQueries({ queryKey: ['declarations', list] })), deadlinesChanged()]);
}

/**
 * Whether to offer the queue: to those whose roles oversee declarations here (a principal, a director, a
 * body's case officers) and to anyone something has been routed to (a line manager, the data protection officer).
 */
export function useReceivesDeclarations(organisation: Organisation): boolean {
  const overseer = can(organisation, 'declaration.oversee');
  // Only the counts are wanted: the shortest page.
  const queue = useQuery({ ...queueQuery(organisation.id, 'new', { limit: 1, offset: 0 }), enabled: !overseer && can(organisation, 'declaration.review'), staleTime: 60_000 });
  return overseer || Object.values(queue.data?.counts ?? {}).some((count) => count > 0);
}

/** Whether to offer safe working: to staff (who make staff declarations here), who ask their line managers, themselves staff. */
export function useStaffHere(organisation: Organisation): boolean {
  const kinds = useQuery({ ...kindsQuery(organisation.id), enabled: can(organisation, 'declaration.make') });
  return kinds.data?.some((kind) => kind.audience === 'staff') ?? false;
}
