import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, type CodeBindingMe } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { codePath } from './paths.ts';

// The codes that bind the signed-in person, in every organisation, and whether they have confirmed each.

export const myCodesQuery = { queryKey: ['my-codes'], queryFn: api.myCodes, staleTime: 30_000 } as const;

/** Where to read a code that binds the person; the confirmation sits at the end of the page. */
export function readPath(code: Pick<CodeBindingMe, 'codeId' | 'version'>): string {
  return codePath(code.codeId, code.version);
}

export const awaitingConfirmation = (code: CodeBindingMe) => Boolean(code.campaign && !code.campaign.attestedAt);

function CodeStatus({ code }: { code: CodeBindingMe }) {
  if (!code.campaign) return <span className="tag">Nothing to confirm</span>;
  if (code.campaign.attestedAt) return <span className="tag ok">Confirmed {formatDateTime(code.campaign.attestedAt)}</span>;
  return <span className="tag pending">To confirm by {formatDate(code.campaign.dueOn)}</span>;
}

/** The codes that bind the person in one organisation: for the organisation's home page. */
export function CodesBindingMe({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const codes = useQuery(myCodesQuery);
  if (codes.error) return <QueryError error={codes.error} what="codes that bind you" />;
  if (!codes.data) return <Loading what="Loading the codes that bind you" />;
  const here = codes.data.filter((c) => c.organisationId === organisationId);
  if (here.length === 0) return <p>{organisationName} has not adopted a code that binds you.</p>;
  return (
    <ul className="plain-list">
      {here.map((code) => (
        <li key={`${code.codeId}-${code.version}`}>
          <Link to={readPath(code)}>
            {awaitingConfirmation(code) ? 'Read and confirm: ' : ''}
            {code.title} ({code.version})
          </Link>{' '}
          <CodeStatus code={code} />
          <br />
          <span className="muted">
            {code.status === 'upcoming' ? 'In force here from' : 'In force here since'} {formatDate(code.adoptedFrom)}
          </span>
        </li>
      ))}
    </ul>
  );
}
