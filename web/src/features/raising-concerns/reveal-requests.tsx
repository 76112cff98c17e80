import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type RevealDecision, type RevealRequest } from '../../api.ts';
import { Loading, LiveRegion, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, TextArea } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { revealRequestsQuery, useRaisedConcernsChanged } from './queries.ts';

// The custodian's page: handlers' requests to know who made a confidential report, with who asks and why,
// never what the report says. An approval lets that handler read the name once more each time they ask, and
// the reporter is shown it with its reason.

/** `/orgs/:orgId/reveal-requests` */
export function RevealRequestsPage() {
  const { organisation } = useOrganisation();
  const requests = useQuery(revealRequestsQuery(organisation.id));
  const [done, setDone] = useState<string | null>(null);
  return (
    <Page title={`Requests to reveal a reporter – ${organisation.name}`} heading="Requests to reveal a reporter">
      <p className="lede">
        A handler of a confidential report may ask to know who made it. Approve only when their reason needs it: the reporter is shown each reveal and its reason. You never see the report
        itself here, and you cannot decide a request of your own.
      </p>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {requests.error ? (
        <QueryError error={requests.error} what="requests" />
      ) : !requests.data ? (
        <Loading what="Loading the requests" />
      ) : requests.data.length === 0 ? (
        <p>No request is waiting for a custodian.</p>
      ) : (
        <ol className="plain-list">
          {requests.data.map((request) => (
            <Request key={request.id} request={request} onDone={setDone} />
          ))}
        </ol>
      )}
    </Page>
  );
}

function Request({ request, onDone }: { request: RevealRequest; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const changed = useRaisedConcernsChanged();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: (decision: RevealDecision['decision']) => api.decideReveal(organisation.id, request.id, { decision, note: note.trim() || undefined }),
    onSuccess: async (_, decision) => {
      onDone(`${decision === 'approved' ? 'Approved' : 'Refused'}: ${request.requestedBy}’s request on ${request.reference}`);
      await changed();
    },
  });
  const id = `decision-${request.id}`;
  return (
    <li className="panel">
      <h2>
        {request.reference}: {request.requestedBy} asks
      </h2>
      <p className="hint">{formatDateTime(request.requestedAt)}</p>
      <p className="message-body">{request.reason}</p>
      <form noValidate aria-label={`Decide ${request.requestedBy}’s request on ${request.reference}`} onSubmit={(event) => event.preventDefault()}>
        <ErrorSummary error={decide.error} fields={{ note: { id, label: 'Your note' } }} />
        <TextArea id={id} label="Your note (optional)" rows={3} value={note} onChange={(event) => setNote(event.target.value)} error={fieldErrors(decide.error).note} />
        <div className="actions">
          <button type="button" className="button" disabled={decide.isPending} onClick={() => decide.mutate('approved')}>
            Approve
          </button>
          <button type="button" className="button secondary" disabled={decide.isPending} onClick={() => decide.mutate('refused')}>
            Refuse
          </button>
        </div>
      </form>
    </li>
  );
}
