import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, type Participant, type ParticipantStep } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, type FieldRef } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { participantQuery, pickerQuery, programmesQuery, useProgrammesChanged } from './queries.ts';
import { AppointSection } from './appoint.tsx';
import { SupportSection } from './support.tsx';
import { UpcomingWebinars } from './communications.tsx';
import { EvidencePanels, SectionEvidence } from './evidence.tsx';
import { MARKING_WORDS, nextDeadline, pounds, PROGRAMME_OUTCOME_WORDS, STATE_WORDS, STEP_WORDS, type StepType } from './words.ts';

// One participant, as far as the viewer's part lets them see (the server decides: `standing`): the
// participant's home for their portfolio (stage, dates, next deadline, sections with guidance to write, the
// steps open to them, and after release the outcome and feedback); their supporter's or mentor's reading of it;
// the allocated reviewer's locked copy with a form per criterion; the moderator's confirm or change; the
// team's allocation of a reviewer; and the participant's support, adjustments and appeals (support.tsx), which
// the team answers here as from its queue.

/** `/orgs/:orgId/programmes/participants/:participantId` */
export function ParticipantPage() {
  const { organisation } = useOrganisation();
  const { participantId = '' } = useParams();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const [done, setDone] = useState<string | null>(null);
  const found = useQuery(participantQuery(organisation.id, participantId));
  const p = found.data;
  const title = p ? (p.standing === 'participant' ? p.programmeTitle : `${p.name}: ${p.programmeTitle}`) : 'Portfolio';
  return (
    <Page title={`${title} – ${organisation.name}`} heading={title} breadcrumbs={<><Link to={`/orgs/${organisation.id}/programmes`}>Programmes</Link> › {p?.name ?? 'Portfolio'}</>}>
      {arrival.done && !done && <Status title={arrival.done} />}
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {found.error ? (
        <QueryError error={found.error} what="portfolio" />
      ) : !p ? (
        <Loading what="Loading the portfolio" />
      ) : (
        <>
          <Standing p={p} />
          <Outcomes p={p} />
          {p.standing === 'participant' && <UpcomingWebinars participantId={p.id} />}
          <AppointSection p={p} onDone={setDone} />
          {p.standing === 'participant' && <Steps p={p} onDone={setDone} />}
          {p.standing === 'participant' ? <WriteSections p={p} onDone={setDone} /> : p.standing === 'reviewer' ? <Review p={p} onDone={setDone} /> : <ReadSections p={p} />}
          <EvidencePanels p={p} />
          {p.standing !== 'participant' && p.standing !== 'reviewer' && <Marking p={p} />}
          {p.standing !== 'participant' && <Steps p={p} onDone={setDone} />}
          {(p.standing === 'participant' || p.standing === 'support' || p.standing === 'team') && <SupportSection p={p} onDone={setDone} />}
        </>
      )}
    </Page>
  );
}

function Standing({ p }: { p: Participant }) {
  const next = nextDeadline(p.state, p.cohort, p.deadlines);
  const moved = p.deadlines.submissionDeadline !== p.cohort.submissionDeadline || p.deadlines.resubmissionDeadline !== p.cohort.resubmissionDeadline;
  return (
    <section className="panel" aria-labelledby="standing-heading">
      <h2 id="standing-heading">Where it stands</h2>
      <dl className="summary-list">
        <dt>Stage</dt>
        <dd>{STATE_WORDS[p.state]}</dd>
        {p.marking?.at(-1) && (
          <>
            <dt>Marking</dt>
            <dd>{MARKING_WORDS[p.marking.at(-1)!.stage]}</dd>
          </>
        )}
        <dt>Cohort</dt>
        <dd>
          Starts {formatDate(p.cohort.startsOn)}; submission by {formatDate(p.cohort.submissionDeadline)}; review and moderation end {formatDate(p.cohort.reviewEnds)}; resubmission by {formatDate(p.cohort.resubmissionDeadline)}
        </dd>
        {moved && (
          <>
            <dt>{p.standing === 'participant' ? 'Your deadlines' : 'Deadlines for this participant'}</dt>
            <dd>
              Moved by an agreed adjustment: submission by {formatDate(p.deadlines.submissionDeadline)}; resubmission by {formatDate(p.deadlines.resubmissionDeadline)}
            </dd>
          </>
        )}
        {next && (
          <>
            <dt>Next deadline</dt>
            <dd>
              {next.what} {formatDate(next.on)}
            </dd>
          </>
        )}
        {p.view.support && (
          <>
            <dt>{p.view.support.role === 'supporter' ? 'Supporter' : 'Mentor'}</dt>
            <dd>{`${p.supporter ? `${p.supporter.name}, appointed` : 'Appointed'} by ${p.view.support.appointedBy === 'body' ? 'the body' : 'the participant'}`}</dd>
          </>
        )}
        {p.reviewer && (
          <>
            <dt>Reviewer</dt>
            <dd>{p.reviewer.name}</dd>
          </>
        )}
        {p.view.feeOwedPence > 0 && (
          <>
            <dt>Fee owed</dt>
            <dd>{pounds(p.view.feeOwedPence)}</dd>
          </>
        )}
        {p.view.withdrawal && (
          <>
            <dt>Withdrawn</dt>
            <dd>
              {formatDateTime(p.view.withdrawal.at)}: {p.view.withdrawal.reason}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** Released outcomes with their feedback, criterion by criterion; nothing before release. */
function Outcomes({ p }: { p: Participant }) {
  const released = p.view.submissions.filter((s) => s.released);
  const sections = new Map(p.sections.map((s) => [s.key, s.title]));
  if (released.length === 0) return null;
  return (
    <section aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">Outcome</h2>
      {released.map((s) =>
        s.released ? (
          <div className="panel" key={s.attempt}>
            <h3>
              {s.attempt === 1 ? 'Submission' : 'Resubmission'}: {s.outcome ? PROGRAMME_OUTCOME_WORDS[s.outcome] : '—'}
            </h3>
            <p>Released {formatDateTime(s.releasedAt)}.</p>
            {s.moderationReasons && <p>Moderation: {s.moderationReasons}</p>}
            <ul>
              {s.feedback.map((f) => (
                <li key={f.criterion}>
                  <strong>
                    {sections.get(f.criterion) ?? f.criterion}: {PROGRAMME_OUTCOME_WORDS[f.outcome]}.
                  </strong>{' '}
                  {f.feedback}
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </section>
  );
}

const WRITING = ['in_progress', 'not_met'];

function WriteSections({ p, onDone }: { p: Participant; onDone: (message: string) => void }) {
  const writable = WRITING.includes(p.state);
  if (!writable) return <ReadSections p={p} />;
  return (
    <section aria-labelledby="sections-heading">
      <h2 id="sections-heading">Your portfolio</h2>
      <p>Write each section in your own words; the guidance under each says what it asks for. Nothing is reviewed until you submit.</p>
      {p.sections.map((s) => (
        <div key={s.key}>
          <SectionForm p={p} section={s} onDone={onDone} />
          <SectionEvidence p={p} section={s.key} title={s.title} onDone={onDone} />
        </div>
      ))}
    </section>
  );
}

function SectionForm({ p, section, onDone }: { p: Participant; section: Participant['sections'][number]; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(section.text ?? '');
  const id = `section-${section.key}`;
  const save = useMutation({
    mutationFn: () => api.writeSection(organisation.id, p.id, section.key, text),
    onSuccess: (next) => {
      queryClient.setQueryData(['programmes', 'participant', organisation.id, p.id], next);
      onDone(`${section.title} is saved`);
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <form
      className="panel"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h3 id={`${id}-heading`}>{section.title}</h3>
      <ErrorSummary error={save.error} fields={{ text: { id, label: section.title } }} />
      <TextArea id={id} label={`What you write for ${section.title}`} hint={section.guidance} rows={6} value={text} error={errors.text} onChange={(event) => setText(event.target.value)} />
      <SubmitButton pending={save.isPending} className="secondary">
        Save {section.title}
      </SubmitButton>
    </form>
  );
}

function ReadSections({ p }: { p: Participant }) {
  const locked = p.lockedCopies.at(-1);
  const text = (key: string) => (locked ? locked.content[key] : p.sections.find((s) => s.key === key)?.text) ?? null;
  const any = p.sections.some((s) => text(s.key) !== null);
  return (
    <section aria-labelledby="read-heading">
      <h2 id="read-heading">{locked ? `The portfolio as submitted, ${formatDateTime(locked.lockedAt)}` : 'The portfolio'}</h2>
      {!any && <p>{p.standing === 'team' || p.standing === 'moderator' ? 'The portfolio is open to the team only once it is submitted (001 §6.1.5).' : 'Nothing is written yet.'}</p>}
      {any &&
        p.sections.map((s) => (
          <div className="panel" key={s.key}>
            <h3>{s.title}</h3>
            <p className="hint">{s.guidance}</p>
            <p>{text(s.key) ?? 'Not written yet.'}</p>
          </div>
        ))}
    </section>
  );
}

/** The allocated reviewer: the locked copy, section by section, each with its criterion's form. */
function Review({ p, onDone }: { p: Participant; onDone: (message: string) => void }) {
  const locked = p.lockedCopies.at(-1);
  const marking = p.marking?.at(-1);
  const reviewing = p.steps.includes('review_criterion');
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">{locked ? `The portfolio to review, locked ${formatDateTime(locked.lockedAt)}` : 'The portfolio to review'}</h2>
      {p.sections.map((s) => {
        const done = marking?.reviews.find((r) => r.criterion === s.key);
        return (
          <div className="panel" key={s.key}>
            <h3>{s.title}</h3>
            <p className="hint">{s.guidance}</p>
            <p>{locked?.content[s.key] ?? '—'}</p>
            {done && (
              <p>
                <strong>Your review: {PROGRAMME_OUTCOME_WORDS[done.outcome]}.</strong> {done.feedback}
              </p>
            )}
            {reviewing && <CriterionForm key={`${s.key}-${done?.at ?? 'new'}`} p={p} criterion={s.key} title={s.title} onDone={onDone} />}
          </div>
        );
      })}
    </section>
  );
}

function CriterionForm({ p, criterion, title, onDone }: { p: Participant; criterion: string; title: string; onDone: (message: string) => void }) {
  const [outcome, setOutcome] = useState<'criteria_met' | 'criteria_not_met' | ''>('');
  const [feedback, setFeedback] = useState('');
  const id = `review-${criterion}`;
  const step = useStep(p, onDone);
  const errors = fieldErrors(step.error);
  return (
    <form
      noValidate
      aria-label={`Review ${title}`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        step.mutate({ body: { type: 'review_criterion', criterion, outcome: outcome || ('' as 'criteria_met'), feedback }, done: `${title} is reviewed` });
      }}
    >
      <ErrorSummary error={step.error} fields={{ outcome: { id: `${id}-outcome`, label: 'Outcome' }, feedback: { id: `${id}-feedback`, label: 'Feedback' } }} />
      <SelectField id={`${id}-outcome`} label={`Outcome for ${title}`} value={outcome} error={errors.outcome} onChange={(event) => setOutcome(event.target.value as typeof outcome)}>
        <option value="">Choose</option>
        <option value="criteria_met">Criteria met</option>
        <option value="criteria_not_met">Criteria not met</option>
      </SelectField>
      <TextArea id={`${id}-feedback`} label={`Feedback on ${title}`} hint="Written feedback the participant reads after release: detailed where the criterion is not met." rows={4} value={feedback} error={errors.feedback} onChange={(event) => setFeedback(event.target.value)} />
      <SubmitButton pending={step.isPending} className="secondary">
        Record the review of {title}
      </SubmitButton>
    </form>
  );
}

/** The marking as the team and moderators see it: reviews, sample, moderation and moderators' notes. */
function Marking({ p }: { p: Participant }) {
  if (!p.marking || p.marking.length === 0) return null;
  const sections = new Map(p.sections.map((s) => [s.key, s.title]));
  return (
    <section aria-labelledby="marking-heading">
      <h2 id="marking-heading">Marking</h2>
      {p.marking.map((m) => (
        <div className="panel" key={m.attempt}>
          <h3>
            {m.attempt === 1 ? 'Submission' : 'Resubmission'}: {MARKING_WORDS[m.stage]}
          </h3>
          <dl className="summary-list">
            <dt>Reviewer</dt>
            <dd>{m.reviewerId ? (m.reviewerId === p.reviewer?.id ? p.reviewer.name : 'Allocated') : 'Not allocated yet'}</dd>
            {m.reviewOutcome && (
              <>
                <dt>Review outcome</dt>
                <dd>{PROGRAMME_OUTCOME_WORDS[m.reviewOutcome]}</dd>
              </>
            )}
            {m.sampled !== null && (
              <>
                <dt>Moderation sample</dt>
                <dd>{m.sampled ? 'Sampled' : 'Not sampled'}</dd>
              </>
            )}
            {m.moderation && (
              <>
                <dt>Moderation</dt>
                <dd>
                  {m.moderation.decision === 'confirm' ? 'Confirmed' : 'Changed'}: {m.moderation.reasons}
                </dd>
              </>
            )}
          </dl>
          {m.reviews.length > 0 && (
            <ul>
              {m.reviews.map((r) => (
                <li key={r.criterion}>
                  {sections.get(r.criterion) ?? r.criterion}: {PROGRAMME_OUTCOME_WORDS[r.outcome]}. {r.feedback}
                </li>
              ))}
            </ul>
          )}
          {m.moderatorNotes.length > 0 && (
            <>
              <h4>Moderators’ notes (never shown to the participant)</h4>
              <ul>
                {m.moderatorNotes.map((n) => (
                  <li key={`${n.by}-${String(n.at)}`}>{n.note}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}

function useStep(p: Participant, onDone: (message: string) => void) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useProgrammesChanged();
  return useMutation({
    mutationFn: ({ body }: { body: ParticipantStep; done: string }) => api.participantStep(organisation.id, p.id, body),
    onSuccess: async (next, { done }) => {
      queryClient.setQueryData(['programmes', 'participant', organisation.id, next.id], next);
      onDone(done);
      await changed();
    },
  });
}

/** The steps open to the viewer now, as the server lists them; reviewing a criterion has its own form per section. */
function Steps({ p, onDone }: { p: Participant; onDone: (message: string) => void }) {
  // Asking the body for a mentor has its own form, with the subject to match on (appoint.tsx).
  const shown = p.steps.filter((s) => s !== 'review_criterion' && s !== 'sample' && s !== 'await_mentor') as StepType[];
  if (shown.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="steps-heading">
      <h2 id="steps-heading">What you can do</h2>
      {shown.map((type) => (
        <StepForm key={`${type}-${p.state}-${p.marking?.at(-1)?.stage ?? ''}`} p={p} type={type} onDone={onDone} />
      ))}
    </section>
  );
}

const DONE: Partial<Record<StepType, string>> = {
  await_mentor: 'You asked the body to appoint a mentor',
  arrange_support: 'Support is arranged',
  begin: 'The portfolio is started',
  submit: 'The portfolio is submitted and locked',
  allocate_reviewer: 'The reviewer is allocated',
  complete_review: 'The review is complete',
  moderate: 'The moderation is recorded',
  resubmit: 'The portfolio is resubmitted and locked',
  lapse: 'The lapse is recorded',
  restart: 'The re-start is recorded',
  withdraw: 'The withdrawal is recorded',
};

function StepForm({ p, type, onDone }: { p: Participant; type: StepType; onDone: (message: string) => void }) {
  const step = useStep(p, onDone);
  const errors = fieldErrors(step.error);
  const [values, setValues] = useState({ personId: '', reviewerId: '', reason: '', decision: '', reasons: '', note: '', cohortId: '' });
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });
  const id = `step-${type}`;
  const body = (): ParticipantStep => {
    switch (type) {
      case 'arrange_support':
        return { type, personId: values.personId };
      case 'allocate_reviewer':
        return { type, reviewerId: values.reviewerId };
      case 'withdraw':
        return { type, reason: values.reason };
      case 'moderate':
        return { type, decision: values.decision as 'confirm', reasons: values.reasons, ...(values.note.trim() ? { note: values.note } : {}) };
      case 'restart':
        return { type, cohortId: values.cohortId };
      case 'submit':
      case 'resubmit':
      case 'complete_review':
        return { type };
      case 'await_mentor':
      case 'begin':
      case 'lapse':
        return { type };
      default:
        return { type: 'begin' };
    }
  };
  const fields: Record<string, FieldRef> = {
    personId: { id: `${id}-person`, label: p.programme === 'qtls' ? 'Supporter' : 'Mentor' },
    reviewerId: { id: `${id}-reviewer`, label: 'Reviewer' },
    reason: { id: `${id}-reason`, label: 'Reason' },
    decision: { id: `${id}-decision`, label: 'Decision' },
    reasons: { id: `${id}-reasons`, label: 'Reasons' },
    note: { id: `${id}-note`, label: 'Private note' },
    cohortId: { id: `${id}-cohort`, label: 'Cohort' },
  };
  let inputs: ReactNode = null;
  if (type === 'arrange_support') inputs = <PersonPicker p={p} role="support" id={`${id}-person`} label={fields.personId!.label} value={values.personId} error={errors.personId} onChange={set('personId')} />;
  if (type === 'allocate_reviewer')
    inputs = (
      <PersonPicker p={p} role="reviewer" id={`${id}-reviewer`} label="Reviewer" hint="Never the participant’s supporter or mentor, line manager or anyone with a declared conflict: the server refuses them." value={values.reviewerId} error={errors.reviewerId} onChange={set('reviewerId')} />
    );
  if (type === 'withdraw') inputs = <TextArea id={`${id}-reason`} label="Reason" hint="Why the participant withdraws: kept with the record." rows={3} value={values.reason} error={errors.reason} onChange={set('reason')} />;
  if (type === 'moderate')
    inputs = (
      <>
        <SelectField id={`${id}-decision`} label="Decision" value={values.decision} error={errors.decision} onChange={set('decision')}>
          <option value="">Choose</option>
          <option value="confirm">Confirm the reviewer’s outcome</option>
          <option value="change">Change the outcome</option>
        </SelectField>
        <TextArea id={`${id}-reasons`} label="Reasons" hint="Released to the participant with the outcome." rows={3} value={values.reasons} error={errors.reasons} onChange={set('reasons')} />
        <TextArea id={`${id}-note`} label="Private note" hint="For moderators and the team only: the participant never sees it." rows={3} value={values.note} error={errors.note} onChange={set('note')} />
      </>
    );
  if (type === 'restart') inputs = <RestartCohort p={p} id={`${id}-cohort`} value={values.cohortId} error={errors.cohortId} onChange={set('cohortId')} />;
  return (
    <form
      noValidate
      aria-label={STEP_WORDS[type]}
      className="step-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        step.mutate({ body: body(), done: DONE[type] ?? STEP_WORDS[type] });
      }}
    >
      {inputs && <h3>{STEP_WORDS[type]}</h3>}
      <ErrorSummary error={step.error} fields={fields} />
      {inputs}
      <SubmitButton pending={step.isPending} className={type === 'withdraw' || type === 'lapse' ? 'secondary' : undefined}>
        {STEP_WORDS[type]}
      </SubmitButton>
    </form>
  );
}

function PersonPicker({ p, role, id, label, hint, value, error, onChange }: { p: Participant; role: 'support' | 'reviewer'; id: string; label: string; hint?: string; value: string; error?: string | undefined; onChange: (event: { target: { value: string } }) => void }) {
  const { organisation } = useOrganisation();
  const people = useQuery(pickerQuery(organisation.id, p.programme, role));
  if (people.error) return <QueryError error={people.error} what={label.toLowerCase()} />;
  if (!people.data) return <Loading what={`Loading the ${label.toLowerCase()}s`} />;
  return (
    <SelectField id={id} label={label} hint={hint} value={value} error={error} onChange={onChange}>
      <option value="">Choose</option>
      {people.data.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </SelectField>
  );
}

function RestartCohort({ p, id, value, error, onChange }: { p: Participant; id: string; value: string; error?: string | undefined; onChange: (event: { target: { value: string } }) => void }) {
  const { organisation } = useOrganisation();
  const programmes = useQuery(programmesQuery(organisation.id));
  const later = programmes.data?.find((x) => x.id === p.programme)?.cohorts.filter((c) => c.startsOn > p.cohort.startsOn) ?? [];
  return (
    <SelectField id={id} label="Cohort" hint="A later cohort: a new portfolio, with the re-start fee owed (001 §6.2.3)." value={value} error={error} onChange={onChange}>
      <option value="">Choose</option>
      {later.map((c) => (
        <option key={c.id} value={c.id}>
          Starting {formatDate(c.startsOn)}
        </option>
      ))}
    </SelectField>
  );
}
