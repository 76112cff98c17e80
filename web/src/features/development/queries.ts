import type { QueryClient } from '@tanstack/react-query';
import { api, type AssessedStandard, type SelfAssessment } from '../../api.ts';

// The queries of the development record. `owner` is the person whose record it is: 'me', or the id of
// someone who shares theirs with the signed-in person (read-only).

export const ratingScaleQuery = { queryKey: ['rating-scale'], queryFn: api.ratingScale, staleTime: Infinity } as const;

const key = (orgId: string, personId: string | undefined) => ['development', orgId, personId ?? 'me'] as const;

export const dashboardQuery = (orgId: string, personId?: string) => ({ queryKey: [...key(orgId, personId), 'dashboard'], queryFn: () => api.developmentDashboard(orgId, personId) });
export const assessmentsQuery = (orgId: string, personId?: string) => ({ queryKey: [...key(orgId, personId), 'assessments'], queryFn: () => api.selfAssessments(orgId, personId) });
export const assessmentQuery = (orgId: string, assessmentId: string) => ({ queryKey: ['self-assessment', orgId, assessmentId], queryFn: () => api.selfAssessment(orgId, assessmentId) });
export const goalsQuery = (orgId: string, personId?: string) => ({ queryKey: [...key(orgId, personId), 'goals'], queryFn: () => api.goals(orgId, personId) });
export const cpdQuery = (orgId: string, personId?: string) => ({ queryKey: [...key(orgId, personId), 'cpd'], queryFn: () => api.cpd(orgId, personId) });
export const cpdSummaryQuery = (orgId: string, year: number, personId?: string) => ({ queryKey: [...key(orgId, personId), 'cpd-summary', year], queryFn: () => api.cpdSummary(orgId, year, personId) });
export const sharesQuery = (orgId: string) => ({ queryKey: ['development-shares', orgId], queryFn: () => api.developmentShares(orgId) });

/** After a change to one's own record: every view of it is refetched when next shown. */
export function refreshRecord(queryClient: QueryClient, orgId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: key(orgId, undefined) });
}

/**
 * Takes into the cached self-assessment only what a save changed for one standard, so that the answer to
 * one save never overwrites what the person has typed meanwhile elsewhere on the page.
 */
export function mergeStandard(queryClient: QueryClient, orgId: string, saved: SelfAssessment, provisionId: string, fields: (keyof Pick<AssessedStandard, 'rating' | 'reflection' | 'evidence'>)[]): void {
  const fresh = saved.standards.find((s) => s.id === provisionId);
  queryClient.setQueryData<SelfAssessment>(assessmentQuery(orgId, saved.id).queryKey, (old) => {
    if (!old || !fresh) return old ?? saved;
    const changed: Partial<AssessedStandard> = {};
    for (const field of fields) Object.assign(changed, { [field]: fresh[field] });
    return { ...old, standards: old.standards.map((s) => (s.id === provisionId ? { ...s, ...changed } : s)) };
  });
}
