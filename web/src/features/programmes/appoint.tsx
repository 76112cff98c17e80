import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Participant } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { useOrganisation } from '../organisations/organisation.tsx';
import { invitationsQuery, useProgrammesChanged } from './queries.ts';

// On the participant's own page: appointing their supporter or mentor (001 §6.1.2, §6.1.3). On ATS they may
// ask the body to appoint a mentor from its pool, and see whether they are matched or waiting; on either
// programme they invite their own supporter or mentor by name and email, see the invitation pending, and may
// withdraw it.

/** The states in which a supporter or mentor may still be arranged (rules: TRANSITIONS.arrange_support). */
const ARRANGING = ['registered', 'awaiting_mentor', 'support_arranged', 'in_progress'];

export function AppointSection({ p, onDone }: { p: Participant; onDone: (message: string) => void }) {
  if (p.standing !== 'participant' || !ARRANGING.includes(p.state)) return null;
  const role = p.programme === 'qtls' ? 'supporter' : 'mentor';
  return (
    <section className="panel" aria-labelledby="appoint-heading">
      <h2 id="appoint-heading">Your {role}</h2>
      {p.programme === 'ats' && <AskForMentor p={p} onDone={onDone} />}
      {p.state !== 'awaiting_mentor' && <Invitations p={p} role={role} onDone={onDone} />}
    </section>
  );
}

function AskForMentor({ p, onDone }: { p: Participant; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useProgrammesChanged();
  const [subject, setSubject] = useState('');
  const ask = useMutation({
    mutationFn: () => api.askForMentor(organisation.id, p.id, subject),
    onSuccess: async (next) => {
      queryClient.setQueryData(['programmes', 'participant', organisation.id, next.id], next);
      onDone(next.state === 'awaiting_mentor' ? 'You are waiting for a mentor from the pool' : `${next.supporter?.name ?? 'A mentor'} is appointed as your mentor`);
      await changed();
    },
  });
  const errors = fieldErrors(ask.error);
  if (p.state === 'awaiting_mentor') {
    return (
      <p>
        <strong>Waiting for a mentor.</strong> No mentor in the body’s pool has room for you yet. You will be matched, in the order you asked, as soon as one does: this page shows your mentor then.
      </p>
    );
  }
  if (p.view.support?.appointedBy === 'body') {
    return (
      <p>
        <strong>Matched:</strong> the body appointed {p.supporter?.name ?? 'your mentor'} from its pool.
      </p>
    );
  }
  if (p.state !== 'registered') return null;
  return (
    <form
      noValidate
      aria-labelledby="ask-mentor-heading"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        ask.mutate();
      }}
    >
      <h3 id="ask-mentor-heading">Ask the body to appoint a mentor</h3>
      <p>If you cannot find someone to be your mentor, the body appoints one from its pool, subject to availability (001 §6.1.3). If none is free, you wait and are matched first come, first served.</p>
      <ErrorSummary error={ask.error} fields={{ subject: { id: 'mentor-subject', label: 'The subject you teach' } }} />
      <TextField id="mentor-subject" label="The subject you teach (optional)" hint="A mentor of the same subject is chosen first." value={subject} error={errors.subject} onChange={(event) => setSubject(event.target.value)} />
      <SubmitButton pending={ask.isPending}>Ask the body to appoint a mentor</SubmitButton>
    </form>
  );
}

const STANDING_WORDS = { pending: 'Pending', accepted: 'Accepted', withdrawn: 'Withdrawn', expired: 'Expired' } as const;

function Invitations({ p, role, onDone }: { p: Participant; role: 'supporter' | 'mentor'; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useProgrammesChanged();
  const found = useQuery(invitationsQuery(organisation.id, p.id));
  const [values, setValues] = useState({ givenName: '', familyName: '', email: '' });
  const key = invitationsQuery(organisation.id, p.id).queryKey;
  const invite = useMutation({
    mutationFn: () => api.inviteSupporter(organisation.id, p.id, values),
    onSuccess: async (next) => {
      queryClient.setQueryData(key, next);
      onDone(`An invitation is emailed to ${values.email}`);
      setValues({ givenName: '', familyName: '', email: '' });
      await changed();
    },
  });
  const withdraw = useMutation({
    mutationFn: (invitationId: string) => api.withdrawSupporterInvitation(organisation.id, p.id, invitationId),
    onSuccess: async (next) => {
      queryClient.setQueryData(key, next);
      onDone('The invitation is withdrawn: its link no longer works');
      await changed();
    },
  });
  if (found.error) return <QueryError error={found.error} what="invitations" />;
  if (!found.data) return <Loading what="Loading your invitations" />;
  const pending = found.data.find((i) => i.standing === 'pending');
  const errors = fieldErrors(invite.error);
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  return (
    <>
      {pending ? (
        <div aria-labelledby="pending-heading">
          <h3 id="pending-heading">Invitation pending</h3>
          <p>
            You invited {pending.name} ({pending.email}) on {formatDateTime(pending.invitedAt)}. The link works until {formatDateTime(pending.expiresAt)}; once they accept, they are your {role}.
          </p>
          <ErrorSummary error={withdraw.error} fields={{}} />
          <form
            noValidate
            aria-label={`Withdraw the invitation to ${pending.name}`}
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              withdraw.mutate(pending.id);
            }}
          >
            <SubmitButton pending={withdraw.isPending} className="secondary">
              Withdraw the invitation
            </SubmitButton>
          </form>
        </div>
      ) : (
        <form
          noValidate
          aria-labelledby="invite-heading"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            invite.mutate();
          }}
        >
          <h3 id="invite-heading">{p.supporter ? `Invite someone else as your ${role}` : `Invite your ${role}`}</h3>
          <p>{role === 'supporter' ? 'You appoint your own supporter (001 §6.1.2): ' : 'You may name your own mentor: '}we email them a link to accept, which works for 14 days.</p>
          <ErrorSummary
            error={invite.error}
            fields={{ givenName: { id: 'invite-given', label: 'Given name' }, familyName: { id: 'invite-family', label: 'Family name' }, email: { id: 'invite-email', label: 'Email' } }}
          />
          <TextField id="invite-given" label="Given name" autoComplete="off" value={values.givenName} error={errors.givenName} onChange={set('givenName')} />
          <TextField id="invite-family" label="Family name" autoComplete="off" value={values.familyName} error={errors.familyName} onChange={set('familyName')} />
          <TextField id="invite-email" label="Email" type="email" autoComplete="off" value={values.email} error={errors.email} onChange={set('email')} />
          <SubmitButton pending={invite.isPending}>Send the invitation</SubmitButton>
        </form>
      )}
      {found.data.some((i) => i.standing !== 'pending') && (
        <>
          <h3>Earlier invitations</h3>
          <ul>
            {found.data
              .filter((i) => i.standing !== 'pending')
              .map((i) => (
                <li key={i.id}>
                  {i.name} ({i.email}), invited {formatDateTime(i.invitedAt)}: {STANDING_WORDS[i.standing]}
                </li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}
