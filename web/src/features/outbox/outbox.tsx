import { useQuery } from '@tanstack/react-query';
import { api, type OutboxMessage } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';

export function OutboxPage() {
  return (
    <Allowed actions={['outbox.read']} title="Outbox">
      <Outbox />
    </Allowed>
  );
}

function Delivery({ message }: { message: OutboxMessage }) {
  if (message.sentAt) return <span className="tag ok">Sent {formatDateTime(message.sentAt)}</span>;
  if (message.error)
    return (
      <>
        <span className="tag off">Not sent</span> <span>{message.error}</span>
      </>
    );
  return <span className="tag pending">Held in outbox</span>;
}

function Outbox() {
  const { organisation } = useOrganisation();
  // Messages carry sign-in links; each reading is recorded in the audit trail, so read only when asked.
  const messages = useQuery({ queryKey: ['outbox', organisation.id], queryFn: () => api.outbox(organisation.id, 100), refetchOnWindowFocus: false, staleTime: 30_000 });
  return (
    <Page title={`Outbox – ${organisation.name}`} heading="Outbox">
      <p className="lede">Email Probity has sent, or holds, for {organisation.name} and its people. Without an email server every message stays here. Reading this page is recorded in the audit trail.</p>
      {messages.error ? (
        <QueryError error={messages.error} what="outbox" />
      ) : !messages.data ? (
        <Loading what="Loading messages" />
      ) : messages.data.length === 0 ? (
        <p>No email yet.</p>
      ) : (
        <TableRegion id="outbox" caption={`The latest ${messages.data.length} messages, newest first`}>
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">To</th>
              <th scope="col">Subject and message</th>
              <th scope="col">Delivery</th>
            </tr>
          </thead>
          <tbody>
            {messages.data.map((message) => (
              <tr key={message.id}>
                <td className="nowrap">{formatDateTime(message.createdAt)}</td>
                <td>{message.to}</td>
                <td>
                  <details>
                    <summary>{message.subject}</summary>
                    <pre>{message.text}</pre>
                  </details>
                </td>
                <td>
                  <Delivery message={message} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </Page>
  );
}
