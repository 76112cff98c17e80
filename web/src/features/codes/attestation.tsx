import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiError, ATTESTATION_STATEMENT, type CodeBindingMe, type CodeVersion } from '../../api.ts';
import { LiveRegion, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, SubmitButton } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { INBOX } from '../inbox/inbox-link.tsx';
import { codePath } from './paths.ts';

// Confirming a code (003 §3.1, §4, §5: staff confirm they have read and understood the code that binds
// them). The confirmation names the exact text the person was shown, by its content hash, so a text
// changed since, a version replaced since, or a second confirmation is refused by the server.

export function ConfirmCode({ binding, organisationName, version, bindings, onReload }: {
  binding: CodeBindingMe & { campaign: NonNullable<CodeBindingMe['campaign']> };
  organisationName: string;
  /** The version on the page: its content hash is what the person read. */
  version: CodeVersion;
  /** Every code that binds the person, to point to the version now in force when this one was replaced. */
  bindings: CodeBindingMe[];
  onReload: () => void;
}) {
  const queryClient = useQueryClient();
  const [ticked, setTicked] = useState(false);
  const [untickedSubmit, setUntickedSubmit] = useState(false);
  const id = `confirm-${binding.organisationId}`;
  const confirm = useMutation({
    mutationFn: () => api.attest(binding.organisationId, binding.campaign.id, { contentHash: version.contentHash, statement: ATTESTATION_STATEMENT }),
    // Refetched now, even where no page shows them yet, so that the next page does not show the deadline as open.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['my-codes'], refetchType: 'all' }),
        queryClient.invalidateQueries({ queryKey: ['my-deadlines'], refetchType: 'all' }),
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
        queryClient.invalidateQueries({ queryKey: [INBOX] }),
      ]),
  });
  const rule = confirm.error instanceof ApiError ? confirm.error.problem.type : null;
  const confirmedAt = confirm.data?.attestedAt ?? binding.campaign.attestedAt;
  const inForce = bindings.find((b) => b.organisationId === binding.organisationId && b.codeId === binding.codeId && b.version !== binding.version);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ticked) {
      setUntickedSubmit(true);
      return;
    }
    setUntickedSubmit(false);
    confirm.mutate();
  };

  return (
    <section className="panel confirm" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Confirm for {organisationName}</h2>
      <LiveRegion>
        {confirmedAt && (
          <Status title={`You confirmed ${version.title} (${version.version})`}>
            <p>
              On {formatDateTime(confirmedAt)}, for {organisationName}. {confirm.data ? 'Your deadline to confirm it is met.' : ''}
            </p>
          </Status>
        )}
        {rule === '/rules/already-attested' && <Status tone="info" title="You had already confirmed this code">{confirm.error?.message}</Status>}
      </LiveRegion>
      {!confirmedAt && rule !== '/rules/already-attested' && (
        <form noValidate onSubmit={submit}>
          <p>
            {organisationName} asks you to confirm this code by <strong>{formatDate(binding.campaign.dueOn)}</strong>. Read it in full first. Your confirmation records the exact text
            shown on this page.
          </p>
          <ErrorSummary error={confirm.error} fields={{ statement: { id, label: 'The statement' } }} local={untickedSubmit ? [{ key: 'statement', reason: 'must be ticked to confirm' }] : []} />
          {rule === '/rules/content-changed' && (
            <p>
              <button type="button" className="button secondary" onClick={onReload}>
                Reload the code
              </button>
            </p>
          )}
          {rule === '/rules/superseded-version' && inForce && (
            <p>
              <Link to={codePath(inForce.codeId, inForce.version)}>
                Read the version now in force: {inForce.title} ({inForce.version})
              </Link>
            </p>
          )}
          <div className={untickedSubmit && !ticked ? 'field has-error' : 'field'}>
            {untickedSubmit && !ticked && (
              <span className="field-error" id={`${id}-error`}>
                <span className="visually-hidden">Error: </span>The statement must be ticked to confirm
              </span>
            )}
            <div className="checkbox statement">
              <input
                id={id}
                type="checkbox"
                checked={ticked}
                onChange={(event) => setTicked(event.target.checked)}
                aria-invalid={untickedSubmit && !ticked ? true : undefined}
                aria-describedby={[`${id}-hint`, untickedSubmit && !ticked ? `${id}-error` : null].filter(Boolean).join(' ')}
              />
              <label htmlFor={id}>
                {ATTESTATION_STATEMENT}
                <span className="hint" id={`${id}-hint`}>
                  {version.title}, version {version.version}. Text fingerprint {version.contentHash.slice(0, 12)}.
                </span>
              </label>
            </div>
          </div>
          <SubmitButton pending={confirm.isPending} pendingText="Confirming">
            Confirm
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
