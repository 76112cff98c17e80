import { useQueryClient } from '@tanstack/react-query';
import { api, type ParticipantFilters, type ProgrammeId, type ProgrammePickerRole } from '../../api.ts';

// The programmes' queries, and what refreshes after one changes.

export const programmesQuery = (orgId: string) => ({ queryKey: ['programmes', 'list', orgId], queryFn: () => api.programmes(orgId), staleTime: 60_000 });
export const participantsQuery = (orgId: string, filters: ParticipantFilters = {}) => ({ queryKey: ['programmes', 'participants', orgId, filters], queryFn: () => api.participants(orgId, filters) });
// Every reading of a participant by anyone but themself is recorded in the audit trail: read it again only when it may have changed.
export const participantQuery = (orgId: string, participantId: string) => ({ queryKey: ['programmes', 'participant', orgId, participantId], queryFn: () => api.participant(orgId, participantId), staleTime: 30_000 });
// The same holds for a participant's support.
export const supportQuery = (orgId: string, participantId: string) => ({ queryKey: ['programmes', 'support', orgId, participantId], queryFn: () => api.programmeSupport(orgId, participantId), staleTime: 30_000 });
// And for a portfolio's evidence; its downloads are recorded each time.
export const evidenceQuery = (orgId: string, participantId: string) => ({ queryKey: ['programmes', 'evidence', orgId, participantId], queryFn: () => api.portfolioEvidence(orgId, participantId), staleTime: 30_000 });
export const supportQueueQuery = (orgId: string) => ({ queryKey: ['programmes', 'support-queue', orgId], queryFn: () => api.programmeSupportQueue(orgId) });
export const mentorPoolQuery = (orgId: string) => ({ queryKey: ['programmes', 'mentor-pool', orgId], queryFn: () => api.mentorPool(orgId) });
export const invitationsQuery = (orgId: string, participantId: string) => ({ queryKey: ['programmes', 'supporter-invitations', orgId, participantId], queryFn: () => api.supporterInvitations(orgId, participantId) });
export const cohortQuery = (orgId: string, cohortId: string) => ({ queryKey: ['programmes', 'cohort', orgId, cohortId], queryFn: () => api.cohortDashboard(orgId, cohortId) });
export const pickerQuery = (orgId: string, programmeId: ProgrammeId, role: ProgrammePickerRole) => ({
  queryKey: ['programmes', 'people', orgId, programmeId, role],
  queryFn: () => api.programmePeople(orgId, programmeId, role),
  staleTime: 60_000,
});

/** After anything of a programme changes: its lists, dashboards and the deadlines its steps start or meet. */
export function useProgrammesChanged() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ['programmes'] }), queryClient.invalidateQueries({ queryKey: ['deadlines'] })]);
}
