import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { AGENCIES, api, ApiError, CONCERN_OUTCOMES, TRIAGE_LEVELS, type Agency, type Concern, type ConcernOutcome, type ConcernStep, type TriageLevel } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { Checkbox, ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { PersonPicker, type PickedPerson } from '../../ui/person-picker.tsx';
import { CitationLink } from '../codes/citation-link.tsx';
import { ConfirmRemove } from '../development/confirm-remove.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { BodyMapView } from './body-map.tsx';
import { SafeguardingPage } from './frame.tsx';
import { agencyLabel, categoryLabel, concernOutcomeLabel, eventLabel, stateLabel, stateTone, triageLabel } from './labels.ts';
import { concernQuery, useSafeguardingChanged } from './queries.ts';

// One safeguarding record. To its DSL team (and those they let see it): what was seen or said, the body map,
// and the steps of its work in order (triage, actions, referrals with their timescales, outcome, closure),
// each offered only where the server lists it; who else may read it. To anyone else, nothing at all until
// they give a reason to open it ("break the glass"), which the team is told of at once; that opening is good
// for this one reading and is not kept in the page's memory.

/** `/orgs/:orgId/safeguarding/concerns/:concernId` */
export function ConcernPage() {
  const { organisation } = useOrganisation();
  const { concernId = '' } = useParams();
  const concern = useQuery(concernQuery(organisation.id, concernId));
  const [opened, setOpened] = useState<Concern | null>(null);
  const notOpen = concern.error instanceof ApiError && concern.error.status === 404;
  const shown = concern.data ?? opened;
  const title = shown ? `${shown.allegation ? 'Allegation' : 'Concern'} about ${shown.learnerRef}` : 'A safeguarding record';
  return (
    <SafeguardingPage
      title={`A safeguarding record – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/safeguarding`}>Safeguarding</Link> › {title}
        </>
      }
    >
      {shown ? (
        <Record concern={shown} brokenGlass={!concern.data} />
      ) : notOpen ? (
        <BreakGlass concernId={concernId} onOpened={setOpened} />
      ) : concern.error ? (
        <QueryError error={concern.error} what="safeguarding record" />
      ) : (
        <Loading what="Loading the record" />
      )}
    </SafeguardingPage>
  );
}

function BreakGlass({ concernId, onOpened }: { concernId: string; onOpened: (concern: Concern) => void }) {
  const { organisation } = useOrganisation();
  const [reason, setReason] = useState('');
  const open = useMutation({ mutationFn: () => api.breakGlass(organisation.id, concernId, reason), onSuccess: onOpened });
  const gone = open.error instanceof ApiError && open.error.status === 404;
  const errors = fieldErrors(open.error);
  return (
    <section className="panel" aria-labelledby="glass-heading">
      <h2 id="glass-heading">This record is not open to you</h2>
      <p>
        Safeguarding records are read only by the academy’s designated safeguarding lead team and those they let see them. If you need to open this one, say why: the team is told at once that
        you opened it, and your name and reason are kept in the audit trail.
      </p>
      {gone ? (
        <Alert title="No such record">There is no record here that you may open.</Alert>
      ) : (
        <form
          noValidate
          aria-label="Open the record, giving a reason"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            open.mutate();
          }}
        >
          <ErrorSummary key={open.submittedAt} error={open.error} fields={{ reason: { id: 'glass-reason', label: 'Why you need to open it' } }} />
          <TextArea id="glass-reason" label="Why you need to open it" hint="A sentence at least: what you need to know, and why now." rows={3} value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} />
          <SubmitButton pending={open.isPending} pendingText="Opening">
            Open the record
          </SubmitButton>
        </form>
      )}
    </section>
  );
}

function Summary({ concern: c }: { concern: Concern }) {
  const { organisation } = useOrganisation();
  return (
    <section className="panel" aria-labelledby="about-heading">
      <h2 id="about-heading">About this record</h2>
      <dl className="summary-list">
        <dt>Where it stands</dt>
        <dd>
          <span className={`tag ${stateTone(c.state)}`}>{stateLabel(c.state)}</span>
        </dd>
        <dt>Learner</dt>
        <dd>
          <Link to={`/orgs/${organisation.id}/safeguarding/chronology?learnerRef=${encodeURIComponent(c.learnerRef)}`}>{c.learnerRef}</Link> <span className="hint">(their chronology)</span>
        </dd>
        <dt>Category</dt>
        <dd>{categoryLabel(c.category)}</dd>
        <dt>Academy</dt>
        <dd>{c.academy.name}</dd>
        <dt>Seen or said</dt>
        <dd>{formatDateTime(c.seenAt)}</dd>
        <dt>Recorded</dt>
        <dd>
          {formatDateTime(c.recordedAt)}, by {c.recordedBy.name}
        </dd>
        {!c.allegation && (
          <>
            <dt>To act on by</dt>
            <dd>
              {formatDateTime(c.actBy)} {c.triage ? <span className="tag ok">Triaged</span> : new Date(c.actBy) < new Date() ? <span className="tag off">Overdue</span> : null}
            </dd>
          </>
        )}
        {c.allegation && (
          <>
            <dt>Member of staff</dt>
            <dd>{c.allegation.staffMember?.name ?? 'Not known to the recorder'}</dd>
          </>
        )}
        {c.cites && (
          <>
            <dt>Recorded under</dt>
            <dd>
              <CitationLink citation={c.cites} />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Record({ concern: c, brokenGlass }: { concern: Concern; brokenGlass: boolean }) {
  const [done, setDone] = useState<string | null>(null);
  const steps = new Set(c.steps);
  return (
    <>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {brokenGlass && (
        <Status tone="warning" title="You opened this record by giving a reason">
          <p>The safeguarding team has been told. This opening is for this reading only: leave the page and the record closes to you again.</p>
        </Status>
      )}
      <Summary concern={c} />
      <section className="panel" aria-labelledby="account-heading">
        <h2 id="account-heading">What was seen or said</h2>
        <p className="reflection">{c.account}</p>
        <h3>What the recorder did at once</h3>
        <p className="reflection">{c.immediateAction ?? 'Nothing recorded.'}</p>
      </section>
      {c.marks.length > 0 && (
        <section className="panel" aria-labelledby="body-map-heading">
          <h2 id="body-map-heading">Body map</h2>
          <BodyMapView marks={c.marks} />
        </section>
      )}
      {c.allegation ? (
        <AllegationCase concern={c} onDone={setDone} />
      ) : (
        <>
          <section className="panel" aria-labelledby="triage-heading">
            <h2 id="triage-heading">Triage</h2>
            {c.triage ? (
              <p>
                {triageLabel(c.triage.level)}, {formatDateTime(c.triage.at)}.
              </p>
            ) : (
              <p>Not yet triaged.</p>
            )}
            {steps.has('triage') && <TriageForm concern={c} onDone={setDone} />}
          </section>
          <Actions concern={c} onDone={setDone} />
          <Referrals concern={c} onDone={setDone} />
          <section className="panel" aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">Outcome and closure</h2>
            <p>
              {c.outcome ? `${concernOutcomeLabel(c.outcome.outcome)}, recorded ${formatDateTime(c.outcome.at)}.` : 'No outcome yet.'}
              {c.closedAt && ` Closed ${formatDateTime(c.closedAt)}.`}
            </p>
            {steps.has('record_outcome') && <OutcomeForm concern={c} onDone={setDone} />}
            {steps.has('close') && (
              <StepForm concern={c} title="Close the record" button="Close it" done="Closed" onDone={setDone} note={{ label: 'Closing note (optional)', required: false }} body={(note) => ({ type: 'close', ...(note.trim() && { note }) })} />
            )}
            {steps.has('reopen') && (
              <StepForm concern={c} title="Reopen it" button="Reopen" done="Reopened" onDone={setDone} note={{ label: 'What has come to light', required: true }} body={(reason) => ({ type: 'reopen', reason })} />
            )}
          </section>
        </>
      )}
      <Access concern={c} onDone={setDone} />
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ol className="plain-list">
          {c.history.map((h, i) => (
            <li key={i}>
              <strong>{eventLabel(h.event)}</strong> {formatDateTime(h.at)}, by {h.by.name}
              {h.note && <p className="reflection">{h.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/**
 * A refusal about the record's own actions and referrals (an agency not yet answered, an action open) names
 * them as fields the form does not have: its reason says which, on its own.
 */
const recordFields = (c: Concern): Record<string, FieldRef> =>
  Object.fromEntries([...c.actions.map((a) => `actions.${a.id}`), ...c.referrals.map((r) => `referrals.${r.id}`)].map((key) => [key, { label: '' }]));

/** Takes a step and puts the answer in place of the record, so that it is not read (and audited) again. */
function useStep(concern: Concern, done: string, onDone: (message: string) => void) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useSafeguardingChanged();
  return useMutation({
    mutationFn: (body: ConcernStep) => api.concernStep(organisation.id, concern.id, body),
    onSuccess: async (next) => {
      queryClient.setQueryData(concernQuery(organisation.id, concern.id).queryKey, next);
      onDone(done);
      await changed();
    },
  });
}

/** A step that takes at most a note. */
function StepForm({ concern, title, button, done, note, body, onDone }: {
  concern: Concern;
  title: string;
  button: string;
  done: string;
  note: { label: string; required: boolean };
  body: (note: string) => ConcernStep;
  onDone: (message: string) => void;
}) {
  const [text, setText] = useState('');
  const take = useStep(concern, done, onDone);
  const id = `step-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const name = body('').type === 'reopen' ? 'reason' : 'note';
  const errors = fieldErrors(take.error);
  return (
    <form
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        take.mutate(body(text));
      }}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      <ErrorSummary key={take.submittedAt} error={take.error} fields={{ [name]: { id: `${id}-note`, label: note.label }, ...recordFields(concern) }} />
      <TextArea id={`${id}-note`} label={note.label} rows={3} value={text} onChange={(event) => setText(event.target.value)} error={errors[name]} />
      <SubmitButton pending={take.isPending}>{button}</SubmitButton>
    </form>
  );
}

function TriageForm({ concern, onDone }: { concern: Concern; onDone: (message: string) => void }) {
  const [level, setLevel] = useState<TriageLevel | ''>('');
  const [note, setNote] = useState('');
  const take = useStep(concern, 'Triaged: the deadline to act on it is met', onDone);
  const errors = fieldErrors(take.error);
  return (
    <form
      noValidate
      aria-labelledby="triage-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        take.mutate({ type: 'triage', level: level as TriageLevel, note });
      }}
    >
      <h3 id="triage-form-heading">Triage it</h3>
      <ErrorSummary key={take.submittedAt} error={take.error} fields={{ level: { id: 'triage-level', label: 'Decision' }, note: { id: 'triage-note', label: 'Why' } }} />
      <SelectField id="triage-level" label="Decision" className="input-medium" value={level} onChange={(event) => setLevel(event.target.value as TriageLevel)} error={errors.level}>
        <option value="">Choose one</option>
        {TRIAGE_LEVELS.map((l) => (
          <option key={l} value={l}>
            {triageLabel(l)}
          </option>
        ))}
      </SelectField>
      <TextArea id="triage-note" label="Why" rows={3} value={note} onChange={(event) => setNote(event.target.value)} error={errors.note} />
      <SubmitButton pending={take.isPending}>Record the triage</SubmitButton>
    </form>
  );
}

function Actions({ concern: c, onDone }: { concern: Concern; onDone: (message: string) => void }) {
  const steps = new Set(c.steps);
  if (c.actions.length === 0 && !steps.has('add_action')) return null;
  return (
    <section className="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      {c.actions.length === 0 ? (
        <p>No action yet.</p>
      ) : (
        <ul className="plain-list">
          {c.actions.map((a) => (
            <li key={a.id}>
              <strong>{a.description}</strong>
              <br />
              {a.assignee.name}
              {a.dueOn && `, due ${formatDate(a.dueOn)}`}
              {a.doneAt ? <> · <span className="tag ok">Done {formatDateTime(a.doneAt)}</span></> : <> · <span className="tag pending">Open</span></>}
              {!a.doneAt && steps.has('complete_action') && (
                <StepForm
                  concern={c}
                  title={`Mark “${a.description}” done`}
                  button="Mark it done"
                  done="The action is done"
                  onDone={onDone}
                  note={{ label: 'What was done (optional)', required: false }}
                  body={(note) => ({ type: 'complete_action', actionId: a.id, ...(note.trim() && { note }) })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {steps.has('add_action') && <AddAction concern={c} onDone={onDone} />}
    </section>
  );
}

function AddAction({ concern, onDone }: { concern: Concern; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const [description, setDescription] = useState('');
  const [assignee, setAssignee] = useState<PickedPerson | null>(null);
  const [dueOn, setDueOn] = useState('');
  const take = useStep(concern, 'The action is given: they are told, without its content', onDone);
  const errors = fieldErrors(take.error);
  const fields: Record<string, FieldRef> = { description: { id: 'action-description', label: 'The action' }, assigneeId: { id: 'action-assignee', label: 'Who does it' }, dueOn: { id: 'action-due', label: 'Due by' } };
  return (
    <form
      noValidate
      aria-labelledby="add-action-heading"
      onSubmit={(event) => {
        event.preventDefault();
        take.mutate({ type: 'add_action', description, assigneeId: assignee?.id ?? '', ...(dueOn && { dueOn }) });
      }}
    >
      <h3 id="add-action-heading">Give an action</h3>
      <ErrorSummary key={take.submittedAt} error={take.error} fields={fields} />
      <TextArea id="action-description" label="The action" rows={2} value={description} onChange={(event) => setDescription(event.target.value)} error={errors.description} />
      <PersonPicker
        id="action-assignee"
        label="Who does it"
        hint="Someone who may read this record: on the team, or someone you let see it below."
        value={assignee}
        onChange={setAssignee}
        search={(q) => api.safeguardingPeople(organisation.id, q)}
        queryKey={['safeguarding', 'people', organisation.id]}
        error={errors.assigneeId}
      />
      <TextField id="action-due" label="Due by (optional)" type="date" className="input-medium" value={dueOn} onChange={(event) => setDueOn(event.target.value)} error={errors.dueOn} />
      <SubmitButton pending={take.isPending}>Give the action</SubmitButton>
    </form>
  );
}

function Referrals({ concern: c, onDone }: { concern: Concern; onDone: (message: string) => void }) {
  const steps = new Set(c.steps);
  if (c.referrals.length === 0 && !steps.has('refer')) return null;
  return (
    <section className="panel" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">Referrals to outside agencies</h2>
      {c.referrals.length === 0 ? (
        <p>No referral yet.</p>
      ) : (
        <ul className="plain-list">
          {c.referrals.map((r) => {
            const late = (due: string | Date | null, met: unknown) => !met && due !== null && new Date(due) < new Date();
            return (
              <li key={r.id}>
                <strong>{agencyLabel(r.agency)}</strong>, referred {formatDateTime(r.madeAt)}
                {r.reference && ` (their reference ${r.reference})`}
                <dl className="summary-list">
                  <dt>Their answer</dt>
                  <dd>
                    {r.response ? `${r.response.accepted ? 'Taken on' : 'Not taken on'}, ${formatDateTime(r.response.at)}` : `Due by ${formatDateTime(r.respondBy)}`}{' '}
                    {late(r.respondBy, r.response) && <span className="tag off">Overdue</span>}
                  </dd>
                  {r.concludeBy && (
                    <>
                      <dt>Their assessment</dt>
                      <dd>
                        {r.concludedAt ? `Concluded ${formatDateTime(r.concludedAt)}` : `To conclude by ${formatDateTime(r.concludeBy)}`} {late(r.concludeBy, r.concludedAt) && <span className="tag off">Overdue</span>}
                      </dd>
                    </>
                  )}
                </dl>
                {!r.response && steps.has('record_response') && <ResponseForm concern={c} referralId={r.id} agency={r.agency} onDone={onDone} />}
                {r.response?.accepted && r.concludeBy && !r.concludedAt && steps.has('record_conclusion') && (
                  <StepForm
                    concern={c}
                    title={`Record the conclusion of ${agencyLabel(r.agency).toLowerCase()}’s assessment`}
                    button="Record the conclusion"
                    done="The assessment’s conclusion is recorded"
                    onDone={onDone}
                    note={{ label: 'What it concluded', required: true }}
                    body={(note) => ({ type: 'record_conclusion', referralId: r.id, note })}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {steps.has('refer') && <ReferForm concern={c} onDone={onDone} />}
    </section>
  );
}

function ResponseForm({ concern, referralId, agency, onDone }: { concern: Concern; referralId: string; agency: Agency; onDone: (message: string) => void }) {
  const [accepted, setAccepted] = useState(false);
  const [note, setNote] = useState('');
  const take = useStep(concern, `${agencyLabel(agency)}’s answer is recorded`, onDone);
  const errors = fieldErrors(take.error);
  const id = `response-${referralId}`;
  return (
    <form
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        take.mutate({ type: 'record_response', referralId, accepted, note });
      }}
    >
      <h3 id={`${id}-heading`}>Record {agencyLabel(agency).toLowerCase()}’s answer</h3>
      <ErrorSummary key={take.submittedAt} error={take.error} fields={{ note: { id: `${id}-note`, label: 'What they said' } }} />
      <Checkbox id={`${id}-accepted`} label="They took it on" hint="For an assessment, an investigation or support." checked={accepted} onChange={(event) => setAccepted(event.target.checked)} />
      <TextArea id={`${id}-note`} label="What they said" rows={2} value={note} onChange={(event) => setNote(event.target.value)} error={errors.note} />
      <SubmitButton pending={take.isPending}>Record the answer</SubmitButton>
    </form>
  );
}

function ReferForm({ concern, onDone }: { concern: Concern; onDone: (message: string) => void }) {
  const [agency, setAgency] = useState<Agency | ''>('');
  const [reference, setReference] = useState('');
  const take = useStep(concern, 'Referred: their answer is a deadline of yours', onDone);
  const errors = fieldErrors(take.error);
  return (
    <form
      noValidate
      aria-labelledby="refer-heading"
      onSubmit={(event) => {
        event.preventDefault();
        take.mutate({ type: 'refer', agency: agency as Agency, ...(reference.trim() && { reference }) });
      }}
    >
      <h3 id="refer-heading">Refer to an agency</h3>
      <p className="hint">Children’s social care answers within one working day and concludes an assessment within 45; the police within one, early help within ten. You are reminded when an answer is due.</p>
      <ErrorSummary key={take.submittedAt} error={take.error} fields={{ agency: { id: 'refer-agency', label: 'Agency' }, reference: { id: 'refer-reference', label: 'Their reference' } }} />
      <SelectField id="refer-agency" label="Agency" className="input-medium" value={agency} onChange={(event) => setAgency(event.target.value as Agency)} error={errors.agency}>
        <option value="">Choose one</option>
        {AGENCIES.map((a) => (
          <option key={a} value={a}>
            {agencyLabel(a)}
          </option>
        ))}
      </SelectField>
      <TextField id="refer-reference" label="Their reference (optional)" className="input-medium" value={reference} onChange={(event) => setReference(event.target.value)} error={errors.reference} />
      <SubmitButton pending={take.isPending}>Record the referral</SubmitButton>
    </form>
  );
}

function OutcomeForm({ concern, onDone }: { concern: Concern; onDone: (message: string) => void }) {
  const [outcome, setOutcome] = useState<ConcernOutcome | ''>('');
  const [summary, setSummary] = useState('');
  const take = useStep(concern, 'The outcome is recorded', onDone);
  const errors = fieldErrors(take.error);
  return (
    <form
      noValidate
      aria-labelledby="record-outcome-heading"
      onSubmit={(event) => {
        event.preventDefault();
        take.mutate({ type: 'record_outcome', outcome: outcome as ConcernOutcome, summary });
      }}
    >
      <h3 id="record-outcome-heading">Record the outcome</h3>
      <ErrorSummary key={take.submittedAt} error={take.error} fields={{ outcome: { id: 'outcome-outcome', label: 'Outcome' }, summary: { id: 'outcome-summary', label: 'What came of it' }, ...recordFields(concern) }} />
      <SelectField id="outcome-outcome" label="Outcome" className="input-medium" value={outcome} onChange={(event) => setOutcome(event.target.value as ConcernOutcome)} error={errors.outcome}>
        <option value="">Choose one</option>
        {CONCERN_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {concernOutcomeLabel(o)}
          </option>
        ))}
      </SelectField>
      <TextArea id="outcome-summary" label="What came of it" rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} error={errors.summary} />
      <SubmitButton pending={take.isPending}>Record the outcome</SubmitButton>
    </form>
  );
}

function AllegationCase({ concern: c, onDone }: { concern: Concern; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [summary, setSummary] = useState('');
  const [harm, setHarm] = useState(false);
  const open = useMutation({
    mutationFn: () => api.openAllegationCase(organisation.id, c.id, { summary, harmThreshold: harm }),
    onSuccess: (next) => {
      queryClient.setQueryData(concernQuery(organisation.id, c.id).queryKey, next);
      onDone('An allegation case is open about the member of staff');
    },
  });
  const errors = fieldErrors(open.error);
  const caseId = c.allegation?.caseId;
  let body: ReactNode = <p>No case is open yet. A case officer who may read this record opens one.</p>;
  if (caseId) body = <p>An allegation case is open about {c.allegation?.staffMember?.name ?? 'the member of staff'}; its officers run it.</p>;
  return (
    <section className="panel" aria-labelledby="case-heading">
      <h2 id="case-heading">The allegation case</h2>
      {body}
      {!caseId && c.allowed.includes('case.open') && (
        <form
          noValidate
          aria-labelledby="open-case-heading"
          onSubmit={(event) => {
            event.preventDefault();
            open.mutate();
          }}
        >
          <h3 id="open-case-heading">Open the case</h3>
          <ErrorSummary key={open.submittedAt} error={open.error} fields={{ summary: { id: 'case-summary', label: 'What the case is about' } }} />
          <TextArea id="case-summary" label="What the case is about" rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} error={errors.summary} />
          <Checkbox id="case-harm" label="It may meet the harm threshold" hint="Then the local authority’s designated officer is to be told within one working day." checked={harm} onChange={(event) => setHarm(event.target.checked)} />
          <SubmitButton pending={open.isPending}>Open the case</SubmitButton>
        </form>
      )}
    </section>
  );
}

function Access({ concern: c, onDone }: { concern: Concern; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const grants = c.allowed.includes('safeguarding.grant');
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [reason, setReason] = useState('');
  const grant = useMutation({
    mutationFn: () => api.grantConcernAccess(organisation.id, c.id, { personId: person?.id ?? '', reason }),
    onSuccess: (next) => {
      queryClient.setQueryData(concernQuery(organisation.id, c.id).queryKey, next);
      onDone(`${person?.name ?? 'They'} may now read this record`);
      setPerson(null);
      setReason('');
    },
  });
  const withdraw = useMutation({
    mutationFn: (personId: string) => api.withdrawConcernAccess(organisation.id, c.id, personId),
    onSuccess: (_, personId) => {
      onDone(`${c.access.find((a) => a.person.id === personId)?.person.name ?? 'They'} may no longer read this record`);
      // The withdrawal answers with nothing; the record is not read (and audited) again for it.
      queryClient.setQueryData<Concern>(concernQuery(organisation.id, c.id).queryKey, (old) => old && { ...old, access: old.access.filter((a) => a.person.id !== personId) });
    },
  });
  if (!grants && c.access.length === 0) return null;
  const errors = fieldErrors(grant.error);
  return (
    <section className="panel" aria-labelledby="access-heading">
      <h2 id="access-heading">Who else may read it</h2>
      <p className="hint">Besides {c.allegation ? 'those it went to' : 'the academy’s safeguarding team'}: those let see it because they need to know.</p>
      {c.access.length === 0 ? (
        <p>Nobody else.</p>
      ) : (
        <ul className="plain-list">
          {c.access.map((a) => (
            <li key={a.person.id}>
              <strong>{a.person.name}</strong>, since {formatDateTime(a.grantedAt)}: {a.reason}{' '}
              {grants && <ConfirmRemove what={`${a.person.name}’s access`} pending={withdraw.isPending} onConfirm={() => withdraw.mutate(a.person.id)} />}
            </li>
          ))}
        </ul>
      )}
      {withdraw.error && <Alert title="Could not withdraw the access">{withdraw.error.message}</Alert>}
      {grants && (
        <form
          noValidate
          aria-labelledby="grant-heading"
          onSubmit={(event) => {
            event.preventDefault();
            grant.mutate();
          }}
        >
          <h3 id="grant-heading">Let someone read it</h3>
          <ErrorSummary key={grant.submittedAt} error={grant.error} fields={{ personId: { id: 'grant-person', label: 'Who' }, reason: { id: 'grant-reason', label: 'Why they need to know' } }} />
          <PersonPicker
            id="grant-person"
            label="Who"
            value={person}
            onChange={setPerson}
            search={(q) => api.safeguardingPeople(organisation.id, q)}
            queryKey={['safeguarding', 'people', organisation.id]}
            error={errors.personId}
          />
          <TextArea id="grant-reason" label="Why they need to know" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} />
          <SubmitButton pending={grant.isPending}>Let them read it</SubmitButton>
        </form>
      )}
    </section>
  );
}
