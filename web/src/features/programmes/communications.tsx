import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { api, type NewProgrammeCommunication, type ProgrammeCommunication } from '../../api.ts';
import { Alert, Loading, QueryError } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, useFormValues } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { useProgrammesChanged } from './queries.ts';

// Communications and webinars at a cohort's key stages (001 §6.1.4): the team's schedule on the cohort's
// dashboard, with what was sent, when and to how many, a webinar or message to add and those not yet sent to
// cancel; and, on the participant's page, their webinars to come with the joining links.

type Stage = NewProgrammeCommunication['stage'];
type Audience = NewProgrammeCommunication['audience'];

const STAGES: { key: Stage; label: string }[] = [
  { key: 'startsOn', label: 'The start of the programme' },
  { key: 'midpoint', label: 'The middle of the developmental period' },
  { key: 'submissionDeadline', label: 'The submission deadline' },
  { key: 'reviewEnds', label: 'The release of outcomes' },
  { key: 'resubmissionDeadline', label: 'The resubmission deadline' },
];
const AUDIENCES: { key: Audience; label: string }[] = [
  { key: 'open', label: 'Every participant still on the programme' },
  { key: 'before_submission', label: 'Participants who have not yet submitted' },
  { key: 'released', label: 'Participants whose outcome is released' },
  { key: 'not_met', label: 'Participants with “criteria not met”' },
];

export const communicationsQuery = (orgId: string, cohortId: string) => ({
  queryKey: ['programmes', 'communications', orgId, cohortId],
  queryFn: () => api.programmeCommunications(orgId, cohortId),
});

const standing = (c: ProgrammeCommunication) =>
  c.sentAt
    ? `Sent ${formatDateTime(c.sentAt)} to ${c.sentCount ?? 0} ${c.sentCount === 1 ? 'participant' : 'participants'}`
    : c.cancelledAt
      ? `Cancelled ${formatDateTime(c.cancelledAt)}`
      : `To be sent ${formatDateTime(c.sendAt)}`;

/** The cohort's messages and webinars, for the Professional Status Team. */
export function CohortCommunications({ cohortId, onDone }: { cohortId: string; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const schedule = useQuery(communicationsQuery(organisation.id, cohortId));
  const changed = useProgrammesChanged();
  const cancel = useMutation({
    mutationFn: (c: ProgrammeCommunication) => api.cancelProgrammeCommunication(organisation.id, c.id),
    onSuccess: async (c) => {
      onDone(`“${c.title}” is cancelled: nobody will be sent it`);
      await changed();
    },
  });
  return (
    <section aria-labelledby="communications-heading">
      <h2 id="communications-heading">Messages and webinars</h2>
      <p>Sent at the cohort’s key stages to the participants each is for, in their Probity inbox and by email, once. A webinar’s invitation goes out a week before it.</p>
      {cancel.error ? (
        <Alert title="It was not cancelled" focus>
          <p>{cancel.error instanceof Error ? cancel.error.message : 'Something went wrong.'}</p>
        </Alert>
      ) : null}
      {schedule.error ? (
        <QueryError error={schedule.error} what="messages and webinars" />
      ) : !schedule.data ? (
        <Loading what="Loading the messages and webinars" />
      ) : schedule.data.length === 0 ? (
        <p>No message or webinar is scheduled for this cohort.</p>
      ) : (
        <TableRegion id="communications-table" caption="Messages and webinars of the cohort">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Message or webinar</th>
              <th scope="col">For</th>
              <th scope="col">Sent</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {schedule.data.map((c) => (
              <tr key={c.id}>
                <td>{formatDateTime(c.at)}</td>
                <th scope="row">
                  {c.kind === 'webinar' ? 'Webinar: ' : ''}
                  {c.title}
                </th>
                <td>{c.audienceWords}</td>
                <td>{standing(c)}</td>
                <td>
                  {c.allowed.includes('programme.manage') ? (
                    <button type="button" className="button secondary" disabled={cancel.isPending} onClick={() => cancel.mutate(c)}>
                      Cancel <span className="visually-hidden">{c.title}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <AddCommunication cohortId={cohortId} onDone={onDone} />
    </section>
  );
}

/** The form's values: the days and the link as typed. */
type Draft = Omit<NewProgrammeCommunication, 'offsetDays' | 'joinUrl'> & { offsetDays: string; joinUrl: string };
const blank = (): Draft => ({ kind: 'webinar', title: '', body: '', stage: 'startsOn', offsetDays: '7', time: '16:00', audience: 'open', joinUrl: '' });

function AddCommunication({ cohortId, onDone }: { cohortId: string; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const changed = useProgrammesChanged();
  const [values, setValues, reset] = useFormValues(blank);
  const add = useMutation({
    mutationFn: (body: NewProgrammeCommunication) => api.addProgrammeCommunication(organisation.id, cohortId, body),
    onSuccess: async (c) => {
      onDone(`${c.kind === 'webinar' ? 'The webinar' : 'The message'} “${c.title}” is scheduled for ${formatDateTime(c.at)}`);
      reset();
      await changed();
    },
  });
  const errors = fieldErrors(add.error);
  const webinar = values.kind === 'webinar';
  const set = (change: Partial<Draft>) => setValues({ ...values, ...change });
  return (
    <form
      className="panel"
      noValidate
      aria-labelledby="add-communication-heading"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        add.mutate({ ...values, offsetDays: Number(values.offsetDays.trim() || Number.NaN), joinUrl: webinar ? values.joinUrl.trim() || null : null });
      }}
    >
      <h3 id="add-communication-heading">Add a webinar or message</h3>
      <ErrorSummary
        error={add.error}
        fields={{
          kind: { id: 'communication-kind', label: 'Webinar or message' },
          title: { id: 'communication-title', label: 'Title' },
          body: { id: 'communication-body', label: 'What it says' },
          stage: { id: 'communication-stage', label: 'Stage' },
          offsetDays: { id: 'communication-offset', label: 'Days from the stage' },
          time: { id: 'communication-time', label: 'Time' },
          audience: { id: 'communication-audience', label: 'For' },
          joinUrl: { id: 'communication-link', label: 'Joining link' },
        }}
      />
      <SelectField id="communication-kind" label="Webinar or message" value={values.kind} error={errors.kind} onChange={(event) => set({ kind: event.target.value as NewProgrammeCommunication['kind'] })}>
        <option value="webinar">Webinar</option>
        <option value="message">Message</option>
      </SelectField>
      <TextField id="communication-title" label="Title" value={values.title} error={errors.title} onChange={(event) => set({ title: event.target.value })} />
      <TextArea id="communication-body" label="What it says" hint="At least 20 characters." rows={4} value={values.body} error={errors.body} onChange={(event) => set({ body: event.target.value })} />
      <SelectField id="communication-stage" label="Stage" value={values.stage} error={errors.stage} onChange={(event) => set({ stage: event.target.value as Stage })}>
        {STAGES.map((s) => (
          <option key={s.key} value={s.key}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <TextField
        id="communication-offset"
        label="Days from the stage"
        hint="Before the stage when negative: -14 is two weeks before."
        inputMode="numeric"
        value={values.offsetDays}
        error={errors.offsetDays}
        onChange={(event) => set({ offsetDays: event.target.value })}
      />
      <TextField id="communication-time" label="Time" hint={webinar ? 'When the webinar starts, London time, as HH:MM.' : 'When it is sent, London time, as HH:MM.'} value={values.time} error={errors.time} onChange={(event) => set({ time: event.target.value })} />
      <SelectField id="communication-audience" label="For" value={values.audience} error={errors.audience} onChange={(event) => set({ audience: event.target.value as Audience })}>
        {AUDIENCES.map((a) => (
          <option key={a.key} value={a.key}>
            {a.label}
          </option>
        ))}
      </SelectField>
      {webinar && (
        <TextField id="communication-link" label="Joining link" hint="Starts with https://." inputMode="url" value={values.joinUrl} error={errors.joinUrl} onChange={(event) => set({ joinUrl: event.target.value })} />
      )}
      <SubmitButton pending={add.isPending}>{webinar ? 'Add the webinar' : 'Add the message'}</SubmitButton>
    </form>
  );
}

/** The participant's webinars to come, with their joining links; nothing when there are none. */
export function UpcomingWebinars({ participantId }: { participantId: string }) {
  const { organisation } = useOrganisation();
  const webinars = useQuery({ queryKey: ['programmes', 'webinars', organisation.id, participantId], queryFn: () => api.upcomingWebinars(organisation.id, participantId) });
  if (webinars.error) return <QueryError error={webinars.error} what="webinars" />;
  if (!webinars.data || webinars.data.length === 0) return null;
  return (
    <section aria-labelledby="webinars-heading">
      <h2 id="webinars-heading">Webinars to come</h2>
      <ul className="plain-list">
        {webinars.data.map((w) => (
          <li key={w.id}>
            <h3>{w.title}</h3>
            <p>
              {formatDateTime(w.at)}, London time. <a href={w.joinUrl} rel="noopener noreferrer" target="_blank">Join “{w.title}” (opens in a new tab)</a>
            </p>
            <p>{w.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
