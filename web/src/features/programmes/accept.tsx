import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Alert, Loading } from '../../ui/feedback.tsx';
import { ErrorSummary, SubmitButton } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { PublicLayout } from '../../ui/layout.tsx';
import { Page } from '../../ui/page.tsx';
import { meQuery } from '../session/session.tsx';

// The page an invitation to be a participant's supporter or mentor links to (001 §6.1.2). Its token is in
// the fragment (#token=…), which browsers never send to a server; it is kept for this tab only while the
// invitee signs in (the sign-in page brings them back here), then accepted signed in as the person invited.

const KEPT = 'probity.supporter-invitation';

function tokenOf(hash: string): string | null {
  const fromLink = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  if (fromLink) sessionStorage.setItem(KEPT, fromLink);
  return fromLink ?? sessionStorage.getItem(KEPT);
}

/** `/supporter-invitation#token=…` */
export function SupporterInvitationPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [token] = useState(() => tokenOf(location.hash));
  const invitation = useQuery({ queryKey: ['supporter-invitation', token], queryFn: () => api.lookUpSupporterInvitation(token!), enabled: token !== null, retry: false });
  const me = useQuery({ ...meQuery, retry: false });
  const signedIn = me.data !== undefined;
  const accept = useMutation({
    mutationFn: () => api.acceptSupporterInvitation(token!),
    onSuccess: async ({ organisationId, participantId }) => {
      sessionStorage.removeItem(KEPT);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      navigate(`/orgs/${organisationId}/programmes/participants/${participantId}`, { state: { done: 'You accepted the invitation' } });
    },
  });
  const title = 'An invitation to support a participant';
  return (
    <PublicLayout>
      <Page title={title} narrow>
        {!token ? (
          <Alert title="This link is incomplete">
            <p>Open the link from your email again, or copy the whole of it into the address bar.</p>
          </Alert>
        ) : invitation.error ? (
          <Alert title="This invitation cannot be used">
            <p>{invitation.error instanceof ApiError ? invitation.error.message : 'Probity could not be reached.'}</p>
            <p>Ask the participant to invite you again.</p>
          </Alert>
        ) : !invitation.data || me.isPending ? (
          <Loading what="Loading the invitation" />
        ) : (
          <div className="panel">
            <p>
              {invitation.data.participantName} asks you to be their {invitation.data.role} on {invitation.data.programmeTitle}, with {invitation.data.organisation}.
            </p>
            <p>
              The invitation is for {invitation.data.email}, and works until {formatDateTime(invitation.data.expiresAt)}.
            </p>
            {signedIn ? (
              <form
                noValidate
                onSubmit={(event: FormEvent) => {
                  event.preventDefault();
                  accept.mutate();
                }}
              >
                <ErrorSummary error={accept.error} fields={{ token: { label: 'The link' } }} />
                <SubmitButton pending={accept.isPending}>Accept and become their {invitation.data.role}</SubmitButton>
              </form>
            ) : (
              <p>
                <Link className="button" to={`/sign-in?next=${encodeURIComponent('/supporter-invitation')}&email=${encodeURIComponent(invitation.data.email)}`}>
                  Sign in to accept
                </Link>
              </p>
            )}
            {!signedIn && <p className="hint">New to Probity? We have emailed you a separate link to set your password first.</p>}
          </div>
        )}
      </Page>
    </PublicLayout>
  );
}
