import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, type SignedIn, type TwoFactorRequired } from '../../api.ts';
import { Alert, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { PublicLayout } from '../../ui/layout.tsx';
import { Page } from '../../ui/page.tsx';
import { preferredOrganisation } from '../organisations/organisation.tsx';
import { meQuery, safeNext } from './session.tsx';

const SSO_ERRORS: Record<string, string> = {
  'sso-expired': 'The sign-in took too long. Try again.',
  'sso-no-account': 'There is no Probity account for that email address. Ask your organisation to add you, or sign in with your password.',
  'sso-unverified-email': 'Your organisation’s account did not confirm your email address, so Probity cannot tell who you are. Sign in with your password.',
  'sso-failed': 'Your organisation’s sign-in service did not confirm who you are. Try again, or sign in with your password.',
};

interface ArrivalState {
  signedOut?: 'here' | 'everywhere';
  expired?: boolean;
  passwordSet?: boolean;
}

export function SignInPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const location = useLocation();
  const arrival = (location.state ?? {}) as ArrivalState;
  const ssoError = search.get('error');
  const [email, setEmail] = useState(search.get('email') ?? '');
  const [password, setPassword] = useState('');
  // Single sign-on comes back here with #challenge=… when the person also has two-factor sign-in on.
  const [challenge, setChallenge] = useState<string | null>(() => new URLSearchParams(location.hash.replace(/^#/, '')).get('challenge'));
  const [code, setCode] = useState('');
  const codeInput = useRef<HTMLInputElement>(null);
  const providers = useQuery({ queryKey: ['sign-in-providers'], queryFn: api.providers, staleTime: 5 * 60_000, retry: false });

  // Whatever an earlier session had loaded is not for whoever signs in next.
  useEffect(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'sign-in-providers' });
  }, [queryClient]);

  useEffect(() => {
    if (challenge) codeInput.current?.focus();
  }, [challenge]);

  const finish = async () => {
    const me = await queryClient.fetchQuery(meQuery);
    const orgId = preferredOrganisation(me);
    navigate(safeNext(search.get('next')) ?? (orgId ? `/orgs/${orgId}` : '/'));
  };

  const signIn = useMutation({
    mutationFn: api.signIn,
    onSuccess: async (result: SignedIn | TwoFactorRequired) => {
      if ('twoFactorRequired' in result) {
        setChallenge(result.challenge);
        setPassword('');
      } else await finish();
    },
  });
  const twoFactor = useMutation({ mutationFn: api.completeTwoFactor, onSuccess: finish });

  if (challenge) {
    const errors = fieldErrors(twoFactor.error);
    return (
      <PublicLayout>
        <Page title="Enter your code" narrow>
          <div className="panel">
            <ErrorSummary error={twoFactor.error} fields={{ code: { id: 'code', label: 'Code' }, challenge: { label: 'This sign-in' } }} />
            <p>Your organisation asks for a second step when you sign in.</p>
            <form
              noValidate
              onSubmit={(event: FormEvent) => {
                event.preventDefault();
                twoFactor.mutate({ challenge, code: code.trim() });
              }}
            >
              <TextField
                id="code"
                label="Code"
                hint="The 6-digit code from your authenticator app, or one of your recovery codes."
                autoComplete="one-time-code"
                spellCheck={false}
                className="input-short"
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={errors.code}
                ref={codeInput}
              />
              <div className="actions">
                <SubmitButton pending={twoFactor.isPending} pendingText="Checking">
                  Continue
                </SubmitButton>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => {
                    setChallenge(null);
                    setCode('');
                    twoFactor.reset();
                  }}
                >
                  Start again
                </button>
              </div>
            </form>
          </div>
        </Page>
      </PublicLayout>
    );
  }

  const errors = fieldErrors(signIn.error);
  return (
    <PublicLayout>
      <Page title="Sign in" heading="Sign in to Probity" narrow>
        {arrival.signedOut && (
          <Status tone="success" title="You have signed out">
            {arrival.signedOut === 'everywhere' && <p>Every session of your account has ended, on every device.</p>}
          </Status>
        )}
        {arrival.expired && !arrival.signedOut && <Status tone="warning" title="Your session has ended. Sign in again to carry on." />}
        {arrival.passwordSet && <Status tone="success" title="Your password is set. Sign in with it now." />}
        {ssoError && !signIn.error && (
          <Alert title="Single sign-on did not work">
            <p>{SSO_ERRORS[ssoError] ?? SSO_ERRORS['sso-failed']}</p>
          </Alert>
        )}
        <div className="panel">
          <ErrorSummary error={signIn.error} fields={{ email: { id: 'email', label: 'Email address' }, password: { id: 'password', label: 'Password' } }} />
          <form
            noValidate
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              signIn.mutate({ email: email.trim(), password });
            }}
          >
            <TextField
              id="email"
              label="Email address"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={errors.email}
            />
            <TextField
              id="password"
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={errors.password}
            />
            <div className="actions">
              <SubmitButton pending={signIn.isPending} pendingText="Signing in">
                Sign in
              </SubmitButton>
              <Link to="/forgot-password">Forgotten your password?</Link>
            </div>
          </form>
          {providers.data && providers.data.length > 0 && (
            <div className="sso">
              <h2>Or use your organisation’s account</h2>
              <ul className="plain-list">
                {providers.data.map((provider) => (
                  <li key={provider.id}>
                    <a className="button secondary" href={`/api/auth/oidc/${encodeURIComponent(provider.id)}/start`}>
                      Sign in with {provider.name}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <p className="muted">Invited to Probity? Open the link in your invitation email to choose a password.</p>
      </Page>
    </PublicLayout>
  );
}
