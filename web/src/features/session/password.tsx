import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, MIN_PASSWORD_LENGTH } from '../../api.ts';
import { Alert, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { PublicLayout } from '../../ui/layout.tsx';
import { Page } from '../../ui/page.tsx';

// Forgotten password, reset password and accepting an invitation: the emailed links carry their token
// in the URL's fragment (#token=…), which browsers never send to a server, not even in a Referer.

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: api.requestPasswordReset });
  const errors = fieldErrors(request.error);
  return (
    <PublicLayout>
      <Page title="Reset your password" narrow>
        {request.isSuccess ? (
          <Status tone="success" title="Check your email">
            <p>
              If an account uses <strong>{request.variables.email}</strong>, we have sent it a link to choose a new password. The link works for one hour.
            </p>
            <p>
              <Link to="/sign-in">Back to sign in</Link>
            </p>
          </Status>
        ) : (
          <div className="panel">
            <ErrorSummary error={request.error} fields={{ email: { id: 'email', label: 'Email address' } }} />
            <p>Enter the email address you sign in with. We will send you a link to choose a new password.</p>
            <form
              noValidate
              onSubmit={(event: FormEvent) => {
                event.preventDefault();
                request.mutate({ email: email.trim() });
              }}
            >
              <TextField
                id="email"
                label="Email address"
                type="email"
                autoComplete="email"
                spellCheck={false}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                error={errors.email}
              />
              <div className="actions">
                <SubmitButton pending={request.isPending} pendingText="Sending">
                  Send me a link
                </SubmitButton>
                <Link to="/sign-in">Back to sign in</Link>
              </div>
            </form>
          </div>
        )}
      </Page>
    </PublicLayout>
  );
}

function tokenFrom(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}

/** Choose a password with an emailed token: the shared form of reset and invitation. */
function ChoosePassword({ title, intro, submitText, send }: {
  title: string;
  intro: string;
  submitText: string;
  send: (input: { token: string; password: string }) => Promise<{ email: string }>;
}) {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFrom(location.hash));
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const choose = useMutation({
    mutationFn: send,
    onSuccess: ({ email }) => navigate(`/sign-in?email=${encodeURIComponent(email)}`, { state: { passwordSet: true } }),
  });
  const errors = fieldErrors(choose.error);
  const fields = {
    password: { id: 'password', label: 'New password' },
    confirmation: { id: 'confirmation', label: 'Confirm the new password' },
    token: { label: 'The link' },
  };

  if (!token) {
    return (
      <PublicLayout>
        <Page title={title} narrow>
          <Alert title="This link is incomplete">
            <p>Open the link from your email again, or copy the whole of it into the address bar.</p>
            <p>
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          </Alert>
        </Page>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout>
      <Page title={title} narrow>
        <div className="panel">
          <ErrorSummary
            error={mismatch ? null : choose.error}
            fields={fields}
            local={mismatch ? [{ key: 'confirmation', reason: 'must match the new password' }] : []}
          />
          {errors.token && (
            <p>
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          )}
          <p>{intro}</p>
          <form
            noValidate
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              const differs = password !== confirmation;
              setMismatch(differs);
              if (!differs) choose.mutate({ token, password });
            }}
          >
            <TextField
              id="password"
              label="New password"
              type="password"
              autoComplete="new-password"
              hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={mismatch ? undefined : errors.password}
            />
            <TextField
              id="confirmation"
              label="Confirm the new password"
              type="password"
              autoComplete="new-password"
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              error={mismatch ? 'must match the new password' : undefined}
            />
            <div className="actions">
              <SubmitButton pending={choose.isPending} pendingText="Saving">
                {submitText}
              </SubmitButton>
            </div>
          </form>
        </div>
      </Page>
    </PublicLayout>
  );
}

export function ResetPasswordPage() {
  return <ChoosePassword title="Choose a new password" intro="Choose a new password for your Probity account." submitText="Set my new password" send={api.completePasswordReset} />;
}

export function AcceptInvitationPage() {
  return (
    <ChoosePassword
      title="Accept your invitation"
      intro="Welcome to Probity. Choose a password to finish setting up your account; you will sign in with your email address and this password."
      submitText="Accept and set my password"
      send={api.acceptInvitation}
    />
  );
}
