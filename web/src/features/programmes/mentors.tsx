import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type MentorPool, type PoolMentor } from '../../api.ts';
import { LiveRegion, Loading, NotAvailable, QueryError, Status } from '../../ui/feedback.tsx';
import { Checkbox, ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { mentorPoolQuery, useProgrammesChanged } from './queries.ts';

// The Professional Status Team's mentor pool (001 §6.1.3: an ATS participant may ask the body to appoint a
// mentor, subject to availability): each mentor with how many they take at once, how many they mentor now
// and their subjects, to change or remove; a person of the body added by email; and those waiting for a
// mentor, first asked first, as they will be served when a place frees.

/** `/orgs/:orgId/programmes/mentors` */
export function MentorPoolPage() {
  const { organisation } = useOrganisation();
  const manages = can(organisation, 'programme.manage');
  const [done, setDone] = useState<string | null>(null);
  const pool = useQuery({ ...mentorPoolQuery(organisation.id), enabled: manages });
  const base = `/orgs/${organisation.id}/programmes`;
  return (
    <Page title={`Mentor pool – ${organisation.name}`} heading="Mentor pool" breadcrumbs={<><Link to={base}>Programmes</Link> › Mentor pool</>}>
      <p className="lede">The mentors the body appoints to ATS participants who ask for one. A participant waits when no mentor has room; those waiting are served in the order they asked as soon as a place frees.</p>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {!manages ? (
        <NotAvailable where="the mentor pool">
          <p>The Professional Status Team keeps the mentor pool.</p>
        </NotAvailable>
      ) : pool.error ? (
        <QueryError error={pool.error} what="mentor pool" />
      ) : !pool.data ? (
        <Loading what="Loading the mentor pool" />
      ) : (
        <>
          <Mentors pool={pool.data} onDone={setDone} />
          <AddMentor onDone={setDone} />
          <Waiting pool={pool.data} base={base} />
        </>
      )}
    </Page>
  );
}

/** After the pool changes: the pool, and the participants a change may have matched. */
function usePoolChange<T>(send: (input: T) => Promise<MentorPool>, message: (before: MentorPool | undefined, after: MentorPool) => string, onDone: (message: string) => void) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useProgrammesChanged();
  return useMutation({
    mutationFn: send,
    onSuccess: async (next) => {
      const before = queryClient.getQueryData<MentorPool>(mentorPoolQuery(organisation.id).queryKey);
      queryClient.setQueryData(mentorPoolQuery(organisation.id).queryKey, next);
      onDone(message(before, next));
      await changed();
    },
  });
}

/** "and 2 participants waiting were matched", when a change served anyone. */
function served(before: MentorPool | undefined, after: MentorPool): string {
  const n = (before?.waiting.length ?? 0) - after.waiting.length;
  return n > 0 ? `; ${n} ${n === 1 ? 'participant waiting was' : 'participants waiting were'} matched` : '';
}

function Mentors({ pool, onDone }: { pool: MentorPool; onDone: (message: string) => void }) {
  return (
    <section aria-labelledby="mentors-heading">
      <h2 id="mentors-heading">Mentors ({pool.mentors.length})</h2>
      {pool.mentors.length === 0 ? (
        <p>Nobody is in the pool yet: add a mentor below.</p>
      ) : (
        pool.mentors.map((m) => <MentorRow key={`${m.personId}-${m.capacity}-${m.available}-${m.subjects.join()}`} m={m} onDone={onDone} />)
      )}
    </section>
  );
}

const subjectsOf = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function MentorRow({ m, onDone }: { m: PoolMentor; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const [capacity, setCapacity] = useState(String(m.capacity));
  const [subjects, setSubjects] = useState(m.subjects.join(', '));
  const [available, setAvailable] = useState(m.available);
  const id = `mentor-${m.personId}`;
  const change = usePoolChange(
    () => api.changePoolMentor(organisation.id, m.personId, { capacity: Number(capacity), subjects: subjectsOf(subjects), available }),
    (before, after) => `${m.name}'s place in the pool is changed${served(before, after)}`,
    onDone,
  );
  const remove = usePoolChange(
    () => api.removePoolMentor(organisation.id, m.personId),
    () => `${m.name} is out of the pool; those they mentor keep them`,
    onDone,
  );
  const errors = fieldErrors(change.error);
  const full = m.load >= m.capacity;
  return (
    <div className="panel" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{m.name}</h3>
      <dl className="summary-list">
        <dt>Email</dt>
        <dd>{m.email}</dd>
        <dt>Mentoring now</dt>
        <dd>
          {m.load} of {m.capacity}
          {full ? ' (full)' : ''}
          {!m.available ? ' – not available for new participants' : ''}
        </dd>
        <dt>Subjects</dt>
        <dd>{m.subjects.length ? m.subjects.join(', ') : 'Any'}</dd>
      </dl>
      <form
        noValidate
        aria-label={`Change ${m.name}'s place in the pool`}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          change.mutate(undefined);
        }}
      >
        <ErrorSummary error={change.error} fields={{ capacity: { id: `${id}-capacity`, label: 'Capacity' }, subjects: { id: `${id}-subjects`, label: 'Subjects' } }} />
        <TextField id={`${id}-capacity`} label="Capacity" hint={`How many participants they mentor at once: at least the ${m.load} they mentor now.`} inputMode="numeric" value={capacity} error={errors.capacity} onChange={(event) => setCapacity(event.target.value)} />
        <TextField id={`${id}-subjects`} label="Subjects" hint="Separated by commas; a participant who teaches one of them is matched first." value={subjects} error={errors.subjects} onChange={(event) => setSubjects(event.target.value)} />
        <Checkbox id={`${id}-available`} label="Available for new participants" checked={available} onChange={(event) => setAvailable(event.target.checked)} />
        <SubmitButton pending={change.isPending} className="secondary">
          Save {m.name}
        </SubmitButton>
      </form>
      <form
        noValidate
        aria-label={`Remove ${m.name} from the pool`}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          remove.mutate(undefined);
        }}
      >
        <ErrorSummary error={remove.error} fields={{}} />
        <SubmitButton pending={remove.isPending} className="secondary">
          Remove {m.name} from the pool
        </SubmitButton>
      </form>
    </div>
  );
}

function AddMentor({ onDone }: { onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const [email, setEmail] = useState('');
  const [capacity, setCapacity] = useState('2');
  const [subjects, setSubjects] = useState('');
  const add = usePoolChange(
    () => api.addPoolMentor(organisation.id, { email, capacity: Number(capacity), subjects: subjectsOf(subjects) }),
    (before, after) => `${email} is in the pool${served(before, after)}`,
    (message) => {
      setEmail('');
      setSubjects('');
      onDone(message);
    },
  );
  const errors = fieldErrors(add.error);
  return (
    <section className="panel" aria-labelledby="add-mentor-heading">
      <h2 id="add-mentor-heading">Add a mentor</h2>
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          add.mutate(undefined);
        }}
      >
        <ErrorSummary error={add.error} fields={{ email: { id: 'mentor-email', label: 'Email' }, capacity: { id: 'mentor-capacity', label: 'Capacity' }, subjects: { id: 'mentor-subjects', label: 'Subjects' } }} />
        <TextField id="mentor-email" label="Email" hint="A person of the body; they hold the mentor role from then on." type="email" autoComplete="off" value={email} error={errors.email} onChange={(event) => setEmail(event.target.value)} />
        <TextField id="mentor-capacity" label="Capacity" hint="How many participants they mentor at once, from 1 to 20." inputMode="numeric" value={capacity} error={errors.capacity} onChange={(event) => setCapacity(event.target.value)} />
        <TextField id="mentor-subjects" label="Subjects" hint="Separated by commas, or left empty for any." value={subjects} error={errors.subjects} onChange={(event) => setSubjects(event.target.value)} />
        <SubmitButton pending={add.isPending}>Add to the pool</SubmitButton>
      </form>
    </section>
  );
}

function Waiting({ pool, base }: { pool: MentorPool; base: string }) {
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">Waiting for a mentor ({pool.waiting.length})</h2>
      {pool.waiting.length === 0 ? (
        <p>Nobody is waiting.</p>
      ) : (
        <TableRegion id="waiting-table" caption="Served in this order as places free">
            <thead>
              <tr>
                <th scope="col">Participant</th>
                <th scope="col">Subject</th>
                <th scope="col">Asked</th>
                <th scope="col">Cohort starts</th>
              </tr>
            </thead>
            <tbody>
              {pool.waiting.map((w) => (
                <tr key={w.participantId}>
                  <td>
                    <Link to={`${base}/participants/${w.participantId}`}>{w.name}</Link>
                  </td>
                  <td>{w.subject ?? 'Not given'}</td>
                  <td>{formatDateTime(w.askedAt)}</td>
                  <td>{formatDate(w.startsOn)}</td>
                </tr>
              ))}
            </tbody>
        </TableRegion>
      )}
    </section>
  );
}
