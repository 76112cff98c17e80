import { useQueryClient } from '@tanstack/react-query';
import { api, type RaisedConcernFilters, type RaisedConcernSummary } from '../../api.ts';
import type { PickedPerson } from '../../ui/person-picker.tsx';
import { useDeadlinesChanged } from '../deadlines/deadline-table.tsx';

// The handlers' and custodians' queries, and what refreshes after a report changes.

export const raisedConcernsQuery = (orgId: string, filters: RaisedConcernFilters) => ({ queryKey: ['raised-concerns', 'list', orgId, filters], queryFn: () => api.raisedConcerns(orgId, filters) });
// Every reading of a report is recorded in the audit trail: read it again only when it may have changed.
export const raisedConcernQuery = (orgId: string, reportId: string) => ({ queryKey: ['raised-concerns', 'one', orgId, reportId], queryFn: () => api.raisedConcern(orgId, reportId), staleTime: 30_000 });
export const raisedConcernStatisticsQuery = (orgId: string) => ({ queryKey: ['raised-concerns', 'statistics', orgId], queryFn: () => api.raisedConcernStatistics(orgId) });
export const revealRequestsQuery = (orgId: string) => ({ queryKey: ['raised-concerns', 'reveal-requests', orgId], queryFn: () => api.revealRequests(orgId) });

/** After a report changes: the queue and the figures (the report itself is set from the answer), and the deadlines its steps meet. */
export function useRaisedConcernsChanged() {
  const queryClient = useQueryClient();
  const deadlinesChanged = useDeadlinesChanged();
  return () => Promise.all([...['list', 'statistics', 'reveal-requests'].map((part) => queryClient.invalidateQueries({ queryKey: ['raised-concerns', part] })), deadlinesChanged()]);
}

/** When the report's next time limit falls: the acknowledgement while received, then the feedback until it is closed. */
export function nextDue(report: Pick<RaisedConcernSummary, 'status' | 'acknowledgeBy' | 'feedbackBy'>): string | null {
  if (report.status === 'received') return report.acknowledgeBy;
  return report.status === 'closed' ? null : report.feedbackBy;
}

/** People of the organisation matching a few letters of their name, for choosing a handler or the subject of a case. */
export const searchPeople = (orgId: string) => async (q: string): Promise<PickedPerson[]> =>
  (await api.people(orgId, q)).map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}`, detail: p.email }));
