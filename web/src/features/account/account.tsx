import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { Alert, LiveRegion, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { kindLabel, roleLabel, scopeLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useMe, useSignOut } from '../session/session.tsx';

export function AccountPage() {
  const me = useMe();
  return (
    <Page title="Your account">
      <section className="panel" aria-labelledby="you-heading">
        <h2 id="you-heading">You</h2>
        <dl className="summary-list">
          <dt>Name</dt>
          <dd>
            {me.person.givenName} {me.person.familyName}
          </dd>
          <dt>Email</dt>
          <dd>{me.person.email}</dd>
          <dt>Organisations</dt>
          <dd>
            {me.organisations.length === 0 ? (
              'None yet'
            ) : (
              <ul className="plain-list">
                {me.organisations.map((organisation) => (
                  <li key={organisation.id}>
                    <Link to={`/orgs/${organisation.id}`}>{organisation.name}</Link> <span className="muted">({kindLabel(organisation.kind)})</span>
                    <br />
                    {organisation.roles.map((role) => `${roleLabel(role.role)} · ${scopeLabel(role)}`).join('; ')}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
      <ChangePassword />
      <SignOutEverywhere />
    </Page>
  );
}

function ChangePassword() {
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: api.changePassword,
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      // The new session has a new CSRF token; api.ts keeps it, and /api/me will hand out the same one.
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const errors = mismatch ? {} : fieldErrors(change.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differs = newPassword !== confirmation;
    setMismatch(differs);
    if (differs) change.reset();
    else change.mutate({ currentPassword, newPassword });
  };
  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      <LiveRegion>
        {change.isSuccess && (
          <Status title="Your password has changed">
            <p>You stay signed in here; every other session of your account has ended.</p>
          </Status>
        )}
      </LiveRegion>
      <ErrorSummary
        error={mismatch ? null : change.error}
        local={mismatch ? [{ key: 'confirmation', reason: 'must match the new password' }] : []}
        fields={{
          currentPassword: { id: 'currentPassword', label: 'Current password' },
          newPassword: { id: 'newPassword', label: 'New password' },
          confirmation: { id: 'confirmation', label: 'Confirm the new password' },
        }}
      />
      <form noValidate onSubmit={submit}>
        <TextField id="currentPassword" label="Current password" type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} error={errors.currentPassword} />
        <TextField
          id="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters, and not easy to guess."
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.newPassword}
        />
        <TextField
          id="confirmation"
          label="Confirm the new password"
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
          error={mismatch ? 'must match the new password' : undefined}
        />
        <SubmitButton pending={change.isPending} pendingText="Changing">
          Change password
        </SubmitButton>
      </form>
    </section>
  );
}

function SignOutEverywhere() {
  const signOut = useSignOut();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <section className="panel" aria-labelledby="everywhere-heading">
      <h2 id="everywhere-heading">Sign out everywhere</h2>
      <p>Ends every session of your account, on this device and any other, for example if you signed in on a shared computer.</p>
      {failure && <Alert title="Could not sign out everywhere">{failure}</Alert>}
      <button
        type="button"
        className="button danger"
        disabled={pending}
        onClick={() => {
          setPending(true);
          setFailure(null);
          signOut(true).catch((error: unknown) => {
            setPending(false);
            setFailure(error instanceof Error ? error.message : 'Something went wrong.');
          });
        }}
      >
        Sign out everywhere
      </button>
    </section>
  );
}
