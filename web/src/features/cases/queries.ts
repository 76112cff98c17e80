import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type CaseFilters, type Organisation } from '../../api.ts';
import { useDeadlinesChanged } from '../deadlines/deadline-table.tsx';
import { can } from '../organisations/organisation.tsx';

// The cases' queries, and what refreshes after one changes.

export const caseloadQuery = (orgId: string, filters: CaseFilters) => ({ queryKey: ['cases', 'list', orgId, filters], queryFn: () => api.cases(orgId, filters) });
// Every reading of a case is recorded in the audit trail: read it again only when it may have changed.
export const caseQuery = (orgId: string, caseId: string) => ({ queryKey: ['cases', 'one', orgId, caseId], queryFn: () => api.case(orgId, caseId), staleTime: 30_000 });
export const candidatesQuery = (orgId: string, caseId: string) => ({ queryKey: ['cases', 'candidates', orgId, caseId], queryFn: () => api.caseCandidates(orgId, caseId) });
export const myCasesQuery = (orgId: string) => ({ queryKey: ['cases', 'mine', orgId], queryFn: () => api.myCases(orgId), staleTime: 60_000 });
export const statisticsQuery = (orgId: string, year: number | undefined) => ({ queryKey: ['cases', 'statistics', orgId, year ?? 'ever'], queryFn: () => api.caseStatistics(orgId, year) });

/** After a case changes: the lists and the candidates (the case itself is set from the answer), and the deadlines its steps start or meet. */
export function useCasesChanged() {
  const queryClient = useQueryClient();
  const deadlinesChanged = useDeadlinesChanged();
  return () => Promise.all([...['list', 'candidates', 'mine', 'statistics'].map((part) => queryClient.invalidateQueries({ queryKey: ['cases', part] })), deadlinesChanged()]);
}

/** Whether to offer the caseload: to whoever may open cases here, and to anyone on a case (a panel member). */
export function useOnCases(organisation: Organisation): boolean {
  const opener = can(organisation, 'case.open');
  const some = useQuery({ ...caseloadQuery(organisation.id, { limit: 1 }), enabled: !opener && can(organisation, 'case.read'), staleTime: 60_000 });
  return opener || (some.data?.total ?? 0) > 0;
}

/** Whether to offer "Your cases": to the person some case here is about. */
export function useCasesAboutMe(organisation: Organisation): boolean {
  const mine = useQuery({ ...myCasesQuery(organisation.id), enabled: can(organisation, 'case.respond') });
  return (mine.data?.length ?? 0) > 0;
}
