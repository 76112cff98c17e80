import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { api, type Deadline } from '../../api.ts';
import { ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { SourceAndCitation } from '../codes/citation-link.tsx';
import { myCodesQuery, readPath } from '../codes/my-codes.tsx';
import { INBOX } from '../inbox/inbox-link.tsx';
import { useMe } from '../session/session.tsx';
import { DueCell, isAttestation } from './state.tsx';

// Deadlines as a table: what, whose, when, and what the person may do about each (the server's `allowed`).

/** Everything that shows deadlines refreshes after one changes. */
export function useDeadlinesChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      queryClient.invalidateQueries({ queryKey: ['my-deadlines'] }),
      queryClient.invalidateQueries({ queryKey: [INBOX] }),
    ]);
}

export function DeadlineTable({ id, caption, deadlines, showOwner = false, showOrganisation = false, onDone }: {
  id: string;
  caption: string;
  deadlines: Deadline[];
  showOwner?: boolean;
  showOrganisation?: boolean;
  /** Told what was done, to announce it. */
  onDone: (message: string) => void;
}) {
  // A link to one deadline (`#deadline-<id>`, from the inbox or a calendar) brings its row into view.
  const { hash } = useLocation();
  const loaded = deadlines.length > 0;
  useEffect(() => {
    if (!loaded || !hash.startsWith('#deadline-')) return;
    const row = document.getElementById(hash.slice(1));
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  }, [hash, loaded]);
  return (
    <TableRegion id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">Deadline</th>
          {showOwner && <th scope="col">Whose</th>}
          {showOrganisation && <th scope="col">Organisation</th>}
          <th scope="col">Due</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((deadline) => (
          <DeadlineRow key={deadline.id} deadline={deadline} showOwner={showOwner} showOrganisation={showOrganisation} onDone={onDone} />
        ))}
      </tbody>
    </TableRegion>
  );
}

function DeadlineRow({ deadline, showOwner, showOrganisation, onDone }: { deadline: Deadline; showOwner: boolean; showOrganisation: boolean; onDone: (message: string) => void }) {
  const location = useLocation();
  const changed = useDeadlinesChanged();
  const meet = useMutation({
    mutationFn: () => api.meetDeadline(deadline.organisationId, deadline.id),
    onSuccess: async () => {
      onDone(`“${deadline.title}” is marked as met`);
      await changed();
    },
  });
  return (
    <tr id={`deadline-${deadline.id}`} tabIndex={-1} className={[deadline.state === 'overdue' ? 'row-problem' : '', `#deadline-${deadline.id}` === location.hash ? 'current' : ''].join(' ').trim() || undefined}>
      <th scope="row">
        {deadline.title}
        <SourceAndCitation source={deadline.source} citation={deadline.citation} />
      </th>
      {showOwner && <td>{deadline.ownerName ?? '—'}</td>}
      {showOrganisation && <td>{deadline.organisationName ?? '—'}</td>}
      <td>
        <DueCell deadline={deadline} />
        {deadline.waivedReason && <span className="hint">Waived: {deadline.waivedReason}</span>}
      </td>
      <td className="action-cell">
        {isAttestation(deadline) && !deadline.metAt && !deadline.waivedAt ? (
          <ConfirmLink deadline={deadline} />
        ) : (
          deadline.allowed.includes('deadline.meet') && (
            <>
              <button type="button" className="button secondary small" disabled={meet.isPending} onClick={() => meet.mutate()}>
                {meet.isPending ? 'Marking…' : 'Mark as met'}
                <span className="visually-hidden">: {deadline.title}</span>
              </button>
              {meet.error && (
                <span className="field-error" role="alert">
                  <span className="visually-hidden">Error: </span>
                  {meet.error.message}
                </span>
              )}
            </>
          )
        )}
        {deadline.allowed.includes('deadline.waive') && <Waive deadline={deadline} onDone={onDone} />}
        {deadline.allowed.length === 0 && !isAttestation(deadline) && <span className="muted">None</span>}
      </td>
    </tr>
  );
}

/** A confirmation is made by reading the code and confirming it, which meets the deadline: only its owner can. */
function ConfirmLink({ deadline }: { deadline: Deadline }) {
  const me = useMe();
  const codes = useQuery({ ...myCodesQuery, enabled: deadline.ownerId === me.person.id });
  if (deadline.ownerId !== me.person.id) return <span className="muted">Met when they confirm the code</span>;
  const code = codes.data?.find((c) => c.organisationId === deadline.organisationId && c.campaign?.id === deadline.recordId);
  if (!code) return <span className="muted">Met by confirming the code</span>;
  return (
    <Link to={readPath(code)} className="button small">
      Read and confirm<span className="visually-hidden"> {code.title} ({code.version})</span>
    </Link>
  );
}

function Waive({ deadline, onDone }: { deadline: Deadline; onDone: (message: string) => void }) {
  const changed = useDeadlinesChanged();
  const [reason, setReason] = useState('');
  const waive = useMutation({
    mutationFn: (body: { reason: string }) => api.waiveDeadline(deadline.organisationId, deadline.id, body),
    onSuccess: async () => {
      onDone(`“${deadline.title}” is waived`);
      await changed();
    },
  });
  const errors = fieldErrors(waive.error);
  const field = `waive-${deadline.id}`;
  return (
    <details className="row-details">
      <summary>
        Waive<span className="visually-hidden">: {deadline.title}</span>
      </summary>
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          waive.mutate({ reason: reason.trim() });
        }}
      >
        <ErrorSummary error={waive.error} fields={{ reason: { id: field, label: 'Reason' } }} />
        <TextField id={field} label="Reason" hint="Recorded in the audit trail." value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} />
        <SubmitButton pending={waive.isPending} pendingText="Waiving" className="small">
          Waive the deadline
        </SubmitButton>
      </form>
    </details>
  );
}
