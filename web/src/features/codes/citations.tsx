import { useQuery } from '@tanstack/react-query';
import { api, type Organisation } from '../../api.ts';
import { Loading, QueryError, refused } from '../../ui/feedback.tsx';
import { formatDateTime } from '../../ui/labels.ts';

// What in an organisation cites a provision: self-assessments, development goals and CPD activities (the
// kinds of record the server lets cite provisions). Shown on the provision to those whose role lets them
// read citations.

const RECORD_TYPES: Record<string, string> = {
  self_assessment: 'Self-assessment',
  development_goal: 'Development goal',
  cpd_activity: 'CPD activity',
};

const recordTypeLabel = (type: string) => RECORD_TYPES[type] ?? type.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export function Citations({ organisation, provisionId, label }: { organisation: Organisation; provisionId: string; label: string }) {
  const citations = useQuery({ queryKey: ['citations', organisation.id, provisionId], queryFn: () => api.provisionCitations(organisation.id, provisionId) });
  return (
    <div className="citations">
      <p className="label">
        What cites {label} in {organisation.name}
      </p>
      {refused(citations.error) ? (
        <p className="muted">Your roles in {organisation.name} do not let you see what cites a provision.</p>
      ) : citations.error ? (
        <QueryError error={citations.error} what="citations" />
      ) : !citations.data ? (
        <Loading what="Loading citations" />
      ) : citations.data.length === 0 ? (
        <p className="muted">No record in {organisation.name} cites it yet.</p>
      ) : (
        <ul>
          {citations.data.map((citation) => (
            <li key={`${citation.recordType}-${citation.recordId}`}>
              {recordTypeLabel(citation.recordType)} <code>{citation.recordId}</code>, cited {formatDateTime(citation.citedAt)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
