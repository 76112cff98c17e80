import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { api, ApiError, MIN_PASSWORD_LENGTH } from '../../api.ts';
import { Alert, LiveRegion, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { kindLabel, roleLabel, scopeLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useMe, useSignOut } from '../session/session.tsx';

export function AccountPage() {
  const me = useMe();
  const { hash } = useLocation();
  // Other pages link to /account#two-factor: bring that section into view and move focus to it.
  useEffect(() => {
    if (hash.length < 2) return;
    const target = document.getElementById(`${hash.slice(1)}-heading`);
    target?.scrollIntoView();
    target?.focus();
  }, [hash]);
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
      <ChangeEmail />
      <TwoFactor />
      <section className="panel" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>Download everything Probity holds about you: your account, roles, employment and memberships, and the reports you made by name and linked to your account.</p>
        <p>
          <a className="button secondary" href={api.exportPath} download="probity-my-data.json">
            Download your data (JSON)
          </a>
        </p>
      </section>
      <LinkReport />
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
          hint={`At least ${MIN_PASSWORD_LENGTH} characters, and not easy to guess.`}
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

function ChangeEmail() {
  const me = useMe();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const change = useMutation({
    mutationFn: api.changeEmail,
    onSuccess: () => {
      setEmail('');
      setPassword('');
      return queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const errors = fieldErrors(change.error);
  return (
    <section className="panel" aria-labelledby="email-heading">
      <h2 id="email-heading">Change your sign-in email</h2>
      <LiveRegion>
        {change.isSuccess && (
          <Status title={`You now sign in with ${change.variables.email}`}>
            <p>We have told your previous address about the change.</p>
          </Status>
        )}
      </LiveRegion>
      <ErrorSummary error={change.error} fields={{ email: { id: 'new-email', label: 'New email address' }, password: { id: 'email-password', label: 'Your password' } }} />
      <p>You sign in with {me.person.email} now.</p>
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          change.mutate({ email: email.trim(), password });
        }}
      >
        <TextField id="new-email" label="New email address" type="email" autoComplete="email" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
        <TextField id="email-password" label="Your password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errors.password} />
        <SubmitButton pending={change.isPending} pendingText="Changing">
          Change email
        </SubmitButton>
      </form>
    </section>
  );
}

/** The secret grouped in fours, as authenticator apps show it, for typing by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <Status focus title="Save your recovery codes">
      <p>If you lose your phone, sign in with one of these instead of a code. Each works once. Keep them somewhere safe, such as a password manager; they are not shown again.</p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="button secondary" onClick={onDone}>
        I have saved them
      </button>
    </Status>
  );
}

function PasswordForm({ id, submitText, pending, error, onSubmit, danger }: {
  id: string;
  submitText: string;
  pending: boolean;
  error: unknown;
  onSubmit: (password: string) => void;
  danger?: boolean;
}) {
  const [password, setPassword] = useState('');
  const errors = fieldErrors(error);
  return (
    <form
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit(password);
        setPassword('');
      }}
    >
      <ErrorSummary error={error} fields={{ password: { id, label: 'Your password' } }} />
      <TextField id={id} label="Your password" type="password" autoComplete="current-password" className="input-short" value={password} onChange={(e) => setPassword(e.target.value)} error={errors.password} />
      <SubmitButton pending={pending} className={danger ? 'danger' : undefined}>
        {submitText}
      </SubmitButton>
    </form>
  );
}

function TwoFactor() {
  const me = useMe();
  const queryClient = useQueryClient();
  const [setup, setSetup] = useState<{ secret: string; otpauthUrl: string } | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['me'] });
  const start = useMutation({ mutationFn: api.setUpTwoFactor, onSuccess: setSetup });
  const enable = useMutation({
    mutationFn: api.enableTwoFactor,
    onSuccess: (result) => {
      setSetup(null);
      setCode('');
      setCodes(result.recoveryCodes);
      void queryClient.invalidateQueries();
    },
  });
  const replace = useMutation({ mutationFn: api.replaceRecoveryCodes, onSuccess: (result) => setCodes(result.recoveryCodes) });
  const disable = useMutation({ mutationFn: api.disableTwoFactor, onSuccess: refresh });
  if (!me.twoFactor) return null;
  const { enabled, requiredBy } = me.twoFactor;

  return (
    <section className="panel" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading" tabIndex={-1}>
        Two-factor sign-in
      </h2>
      <p>
        {enabled ? (
          <>
            <span className="tag ok">On</span> When you sign in, Probity also asks for a code from your authenticator app.
          </>
        ) : (
          <>
            <span className="tag pending">Off</span> Sign in with your password and a code from an authenticator app on your phone, so that a stolen password is not enough.
          </>
        )}
      </p>
      {requiredBy.length > 0 && (
        <p>
          {requiredBy.map((o) => o.name).join(' and ')} {requiredBy.length === 1 ? 'requires' : 'require'} two-factor sign-in for your role
          {enabled ? ', so it stays on.' : '.'}
        </p>
      )}
      <LiveRegion>{disable.isSuccess && !enabled && <Status title="Two-factor sign-in is off" />}</LiveRegion>
      {codes && <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />}

      {!enabled && !setup && (
        <>
          <h3>Turn it on</h3>
          <PasswordForm id="two-factor-password" submitText="Start" pending={start.isPending} error={start.error} onSubmit={(password) => start.mutate({ password })} />
        </>
      )}
      {!enabled && setup && (
        <>
          <h3>1. Add Probity to your authenticator app</h3>
          <p>
            On a phone with the app, <a href={setup.otpauthUrl}>open this link in your authenticator app</a>. Otherwise, choose to enter a setup key in the app and type this key:
          </p>
          <p>
            <code id="two-factor-secret" className="secret">
              {grouped(setup.secret)}
            </code>
          </p>
          <h3>2. Enter the code the app shows</h3>
          <form
            noValidate
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              enable.mutate({ code: code.trim() });
            }}
          >
            <ErrorSummary error={enable.error} fields={{ code: { id: 'two-factor-code', label: 'Code' } }} />
            <TextField
              id="two-factor-code"
              label="Code"
              hint="6 digits"
              inputMode="numeric"
              autoComplete="one-time-code"
              className="input-short"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={fieldErrors(enable.error).code}
            />
            <div className="actions">
              <SubmitButton pending={enable.isPending} pendingText="Checking">
                Turn on two-factor sign-in
              </SubmitButton>
              <button type="button" className="button secondary" onClick={() => setSetup(null)}>
                Cancel
              </button>
            </div>
          </form>
        </>
      )}
      {enabled && (
        <>
          <h3>New recovery codes</h3>
          <p>Replaces your recovery codes with ten new ones; the old ones stop working.</p>
          <PasswordForm id="recovery-password" submitText="Make new recovery codes" pending={replace.isPending} error={replace.error} onSubmit={(password) => replace.mutate({ password })} />
          {requiredBy.length === 0 && (
            <>
              <h3>Turn it off</h3>
              <PasswordForm id="two-factor-off-password" submitText="Turn off two-factor sign-in" danger pending={disable.isPending} error={disable.error} onSubmit={(password) => disable.mutate({ password })} />
            </>
          )}
        </>
      )}
    </section>
  );
}

const REPORT_PAGE = '/raise-a-concern/';

/** The organisation as its reporting page's address names it: the address pasted whole, or its last part. */
function organisationOf(value: string): string {
  const text = value.trim();
  const at = text.indexOf(REPORT_PAGE);
  return (at >= 0 ? text.slice(at + REPORT_PAGE.length) : text).split(/[/?#]/)[0] ?? '';
}

/** Refusals of a link that say nothing of a field: each is about the receipt code, or about the organisation. */
const REFUSED_FIELD: Record<string, 'organisation' | 'receiptCode'> = {
  '/problems/not-found': 'organisation',
  '/problems/receipt-code-not-recognised': 'receiptCode',
  '/rules/anonymous-not-linked': 'receiptCode',
  '/rules/already-linked': 'receiptCode',
  '/rules/linked-to-another-account': 'receiptCode',
};

/**
 * A report the person made by name (or confidentially) on an organisation's reporting page, linked to their
 * account with its receipt code so that their data export includes it. An anonymous report is never linked.
 */
function LinkReport() {
  const [organisation, setOrganisation] = useState('');
  const [receiptCode, setReceiptCode] = useState('');
  const [missing, setMissing] = useState<{ key: string; reason: string }[]>([]);
  const link = useMutation({
    mutationFn: (body: { organisation: string; receiptCode: string }) => api.linkReportToAccount(body.organisation, body.receiptCode),
    onSuccess: () => {
      setOrganisation('');
      setReceiptCode('');
    },
  });
  const problem = link.error instanceof ApiError ? link.error.problem : null;
  const refusedField = problem && !problem.errors?.length ? REFUSED_FIELD[problem.type] : undefined;
  // A refusal of the whole request is shown against the field it is about, and in the summary.
  const refusal = refusedField ? [{ key: refusedField, reason: problem!.detail || problem!.title }] : [];
  const local = missing.length ? missing : refusal;
  const errors = { ...(missing.length ? {} : fieldErrors(link.error)), ...Object.fromEntries(local.map((p) => [p.key, p.reason])) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { organisation: organisationOf(organisation), receiptCode: receiptCode.trim() };
    const empty = [
      ...(body.organisation ? [] : [{ key: 'organisation', reason: 'is needed: the address of the page you reported on, or its last part' }]),
      ...(body.receiptCode ? [] : [{ key: 'receiptCode', reason: 'is needed: the code you were shown when you sent the report' }]),
    ];
    setMissing(empty);
    if (empty.length) link.reset();
    else link.mutate(body);
  };
  return (
    <section className="panel" aria-labelledby="link-report-heading">
      <h2 id="link-report-heading">Link a report you made by name</h2>
      <p>
        If you reported a concern by name or in confidence on an organisation’s reporting page, link it here with its receipt code, so that your data download includes it. Only a keyed fingerprint of your
        account is kept beside the report: its handlers do not see it. A report made anonymously is never linked.
      </p>
      <LiveRegion>
        {link.isSuccess && (
          <Status title={`Linked: report ${link.data.reference}`}>
            <p>Your data download now includes it.</p>
          </Status>
        )}
      </LiveRegion>
      <ErrorSummary
        error={missing.length ? null : refusal.length ? null : link.error}
        local={local}
        fields={{ organisation: { id: 'link-organisation', label: 'Organisation' }, receiptCode: { id: 'link-receipt-code', label: 'Receipt code' } }}
      />
      <form noValidate aria-label="Link a report to your account" onSubmit={submit}>
        <TextField
          id="link-organisation"
          label="Organisation"
          hint={`The address of the page you reported on (it has ${REPORT_PAGE} in it), or the part after ${REPORT_PAGE}.`}
          spellCheck={false}
          autoComplete="off"
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
          error={errors.organisation}
        />
        <TextField
          id="link-receipt-code"
          label="Receipt code"
          hint="The code you were shown, once, when you sent the report."
          spellCheck={false}
          autoComplete="off"
          value={receiptCode}
          onChange={(e) => setReceiptCode(e.target.value)}
          error={errors.receiptCode}
        />
        <SubmitButton pending={link.isPending} pendingText="Linking">
          Link the report
        </SubmitButton>
      </form>
    </section>
  );
}
