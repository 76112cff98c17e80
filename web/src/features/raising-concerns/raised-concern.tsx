import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, CASE_TYPE_WORDS, MAX_FILE_BYTES, RAISED_CONCERN_OUTCOMES, type CaseTypeId, type RaisedConcern, type RaisedConcernOutcome, type ReporterIdentity } from '../../api.ts';
import { Alert, Loading, LiveRegion, QueryError, Status } from '../../ui/feedback.tsx';
import { Checkbox, ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { PersonPicker, type PickedPerson } from '../../ui/person-picker.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { raisedConcernQuery, searchPeople, useRaisedConcernsChanged } from './queries.ts';
import { CATEGORY_WORDS, CHANNEL_WORDS, MODE_WORDS, OUTCOME_WORDS, RELATIONSHIP_WORDS, STATUS_WORDS } from './words.ts';

// A report raised in confidence, to its handlers: what was reported, the messages with the reporter, the
// internal notes the reporter never reads, and each step the handler's relation to the report allows (the
// server's `allowed` list decides which are offered). Every reading is recorded in the audit trail.

type Action = RaisedConcern['allowed'][number];

/** `/orgs/:orgId/raised-concerns/:reportId` */
export function RaisedConcernPage() {
  const { organisation } = useOrganisation();
  const { reportId = '' } = useParams();
  const [done, setDone] = useState<string | null>(null);
  const found = useQuery(raisedConcernQuery(organisation.id, reportId));
  const r = found.data;
  const title = r ? `Report ${r.reference}` : 'Report';
  return (
    <Page
      title={`${title} – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/raised-concerns`}>Raised concerns</Link> › {r?.reference ?? 'Report'}
        </>
      }
    >
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {found.error ? (
        <QueryError error={found.error} what="report" />
      ) : !r ? (
        <Loading what="Loading the report" />
      ) : (
        <>
          <Standing report={r} />
          <Reported report={r} />
          <Steps report={r} onDone={setDone} />
          <Messages report={r} onDone={setDone} />
          <Notes report={r} onDone={setDone} />
          <Reporter report={r} onDone={setDone} />
          <Handling report={r} onDone={setDone} />
          <Chronology report={r} />
        </>
      )}
    </Page>
  );
}

const may = (r: RaisedConcern, action: Action) => r.allowed.includes(action);

/** A change to the report: its answer replaces the report on the page, and the queue and figures refresh. */
function useReportChange<V>(report: RaisedConcern, run: (orgId: string, input: V) => Promise<RaisedConcern | null>, done: (input: V) => string, onDone: (message: string) => void) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useRaisedConcernsChanged();
  return useMutation({
    mutationFn: (input: V) => run(organisation.id, input),
    onSuccess: async (next, input) => {
      if (next) queryClient.setQueryData(raisedConcernQuery(organisation.id, report.id).queryKey, next);
      onDone(done(input));
      await changed();
    },
  });
}

function Standing({ report: r }: { report: RaisedConcern }) {
  const { organisation } = useOrganisation();
  return (
    <section className="panel" aria-labelledby="standing-heading">
      <h2 id="standing-heading">Where it stands</h2>
      <dl className="summary-list">
        <dt>Status</dt>
        <dd>
          {STATUS_WORDS[r.status]}
          {r.outcome && `: ${OUTCOME_WORDS[r.outcome]}`}
        </dd>
        <dt>Received</dt>
        <dd>
          {formatDateTime(r.receivedAt)}, {CHANNEL_WORDS[r.channel].toLowerCase()}, {MODE_WORDS[r.mode].label.toLowerCase()}
        </dd>
        <dt>Acknowledge by</dt>
        <dd>{r.acknowledgedAt ? `Acknowledged ${formatDateTime(r.acknowledgedAt)}` : r.acknowledgeBy ? formatDateTime(r.acknowledgeBy) : '—'}</dd>
        {r.feedbackBy && !r.closedAt && (
          <>
            <dt>Feedback by</dt>
            <dd>{formatDateTime(r.feedbackBy)}</dd>
          </>
        )}
        {r.closedAt && (
          <>
            <dt>Closed</dt>
            <dd>{formatDateTime(r.closedAt)}</dd>
          </>
        )}
        <dt>Handler</dt>
        <dd>{r.assignedTo?.name ?? 'Nobody yet'}</dd>
        {r.caseId && (
          <>
            <dt>Case</dt>
            <dd>
              <Link to={`/orgs/${organisation.id}/cases/${r.caseId}`}>The case opened from this report</Link>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Reported({ report: r }: { report: RaisedConcern }) {
  const { organisation } = useOrganisation();
  return (
    <section aria-labelledby="reported-heading">
      <h2 id="reported-heading">What was reported</h2>
      <dl className="summary-list">
        <dt>About</dt>
        <dd>{CATEGORY_WORDS[r.category]}</dd>
        <dt>What was seen or heard</dt>
        <dd className="message-body">{r.account}</dd>
        {r.when && (
          <>
            <dt>When</dt>
            <dd>{r.when}</dd>
          </>
        )}
        {r.where && (
          <>
            <dt>Where</dt>
            <dd>{r.where}</dd>
          </>
        )}
        {r.namedPeople.length > 0 && (
          <>
            <dt>It names</dt>
            <dd>
              {r.namedPeople.join(', ')}
              {r.namedPersons.length > 0 && <span className="hint">Matched to people here, each excluded from it: {r.namedPersons.map((p) => p.name).join(', ')}.</span>}
            </dd>
          </>
        )}
        <dt>Files</dt>
        <dd>
          {r.attachments.length === 0 ? (
            'None'
          ) : (
            <ul className="plain-list">
              {r.attachments.map((a) => (
                <li key={a.id}>
                  <a href={api.reportAttachmentPath(organisation.id, r.id, a.id)}>{a.name}</a> ({a.from === 'reporter' ? 'from the reporter' : 'from a handler'}, {formatDateTime(a.at)})
                  {a.removed.length > 0 && <span className="hint">Removed before it was kept: {a.removed.join(', ')}.</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** A form with one text to give and one button: the shape of most of a handler's steps. */
function TextStep({ id, label, hint, field, button, pending, error, onSubmit, children, optional }: {
  id: string;
  label: string;
  hint?: string;
  field: string;
  button: string;
  pending: boolean;
  error: unknown;
  onSubmit: (text: string) => void;
  children?: ReactNode;
  optional?: boolean;
}) {
  const [text, setText] = useState('');
  const errors = fieldErrors(error);
  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit(text);
      }}
    >
      <h3 id={`${id}-title`}>{button}</h3>
      <ErrorSummary error={error} fields={{ [field]: { id, label } }} />
      {children}
      <TextArea id={id} label={optional ? `${label} (optional)` : label} hint={hint} rows={4} value={text} onChange={(event) => setText(event.target.value)} error={errors[field]} />
      <SubmitButton pending={pending}>{button}</SubmitButton>
    </form>
  );
}

function Steps({ report: r, onDone }: { report: RaisedConcern; onDone: (message: string) => void }) {
  const acknowledge = useReportChange(r, (orgId, message: string) => api.raisedConcernStep(orgId, r.id, { step: 'acknowledge', message: message.trim() || undefined }), () => 'Acknowledged: the reporter reads it when they come back', onDone);
  const begin = useReportChange(r, (orgId, _: null) => api.raisedConcernStep(orgId, r.id, { step: 'begin' }), () => 'In progress', onDone);
  const [outcome, setOutcome] = useState<RaisedConcernOutcome | ''>('');
  const close = useReportChange(r, (orgId, reasons: string) => api.raisedConcernStep(orgId, r.id, { step: 'close', outcome: outcome as RaisedConcernOutcome, reasons }), () => 'Closed: the reporter reads the outcome and your reasons', onDone);
  const reopen = useReportChange(r, (orgId, reason: string) => api.raisedConcernStep(orgId, r.id, { step: 'reopen', reason }), () => 'Reopened: it is in progress again', onDone);
  const progress = may(r, 'report.progress');
  const offered = (r.status === 'received' && may(r, 'report.acknowledge')) || (progress && r.status !== 'received');
  if (!offered) return null;
  return (
    <section className="panel" aria-labelledby="steps-heading">
      <h2 id="steps-heading">What you can do</h2>
      {r.status === 'received' && may(r, 'report.acknowledge') && (
        <TextStep
          id="acknowledgement"
          label="Your message to the reporter"
          hint="Leave it empty to send the standard words: that the report has arrived and is being looked at."
          field="message"
          button="Acknowledge the report"
          optional
          pending={acknowledge.isPending}
          error={acknowledge.error}
          onSubmit={(text) => acknowledge.mutate(text)}
        />
      )}
      {r.status === 'acknowledged' && progress && (
        <>
          <h3>Take it up</h3>
          {begin.error ? <Alert title="It could not be taken up">{begin.error.message}</Alert> : null}
          <button type="button" className="button secondary" disabled={begin.isPending} onClick={() => begin.mutate(null)}>
            Begin looking into it
          </button>
        </>
      )}
      {(r.status === 'acknowledged' || r.status === 'in_progress') && progress && (
        <TextStep id="close-reasons" label="Your reasons, which the reporter reads" field="reasons" button="Close the report" pending={close.isPending} error={close.error} onSubmit={(text) => close.mutate(text)}>
          <SelectField id="close-outcome" label="Outcome" value={outcome} onChange={(event) => setOutcome(event.target.value as RaisedConcernOutcome)} error={fieldErrors(close.error).outcome}>
            <option value="">Choose one</option>
            {RAISED_CONCERN_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_WORDS[o]}
              </option>
            ))}
          </SelectField>
        </TextStep>
      )}
      {r.status === 'closed' && progress && (
        <TextStep id="reopen-reason" label="Why it is reopened" hint="New information, or the closure was premature." field="reason" button="Reopen the report" pending={reopen.isPending} error={reopen.error} onSubmit={(text) => reopen.mutate(text)} />
      )}
    </section>
  );
}

function Messages({ report: r, onDone }: { report: RaisedConcern; onDone: (message: string) => void }) {
  const [feedback, setFeedback] = useState(false);
  const write = useReportChange(r, (orgId, body: string) => api.messageReporter(orgId, r.id, { body, feedback }), () => 'Sent: the reporter reads it when they come back with their receipt code', onDone);
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">Messages with the reporter</h2>
      <p className="hint">The reporter reads these when they come back with their receipt code.</p>
      {r.messages.length === 0 ? (
        <p>No messages yet.</p>
      ) : (
        <ol className="plain-list">
          {r.messages.map((m) => (
            <li key={m.id} className="panel">
              <p className="hint">
                {m.from === 'reporter' ? 'From the reporter' : `From ${m.authorName ?? 'a handler'}`}, {formatDateTime(m.at)}
                {m.feedback && ' (feedback)'}
              </p>
              <p className="message-body">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {may(r, 'report.message') && r.status !== 'received' && r.status !== 'closed' && <SendFile report={r} onDone={onDone} />}
      {may(r, 'report.message') && r.status !== 'closed' && (
        <TextStep key={write.isSuccess ? write.submittedAt : 0} id="message-to-reporter" label="Your message" hint="A question, or news of what is being done." field="body" button="Write to the reporter" pending={write.isPending} error={write.error} onSubmit={(text) => write.mutate(text)}>
          <Checkbox id="message-feedback" label="This is feedback on what is being done" hint="The feedback time limit is met by the first feedback." checked={feedback} onChange={(event) => setFeedback(event.target.checked)} />
        </TextStep>
      )}
    </section>
  );
}

/** A file for the reporter (a scan of a letter, a picture of a notice), stripped of what could identify its maker, as the reporter's own files are. */
function SendFile({ report: r, onDone }: { report: RaisedConcern; onDone: (message: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const send = useReportChange(r, (orgId, chosen: File) => api.sendReporterFile(orgId, r.id, chosen), (chosen) => `${chosen.name} is sent: the reporter reads it with their receipt code`, onDone);
  const problems = fieldErrors(send.error);
  const error = local ?? (send.error ? (problems.name ?? problems.body ?? Object.values(problems)[0] ?? send.error.message) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !file ? 'is required: choose a file.' : file.size > MAX_FILE_BYTES ? `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.` : null;
    setLocal(problem);
    if (file && !problem) send.mutate(file, { onSuccess: () => setFile(null) });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="send-file-title">
      <h3 id="send-file-title">Send the reporter a file</h3>
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor="reporter-file">File for the reporter</label>
        <span className="hint" id="reporter-file-hint">
          A picture (JPEG, PNG or WebP) or plain text, up to {MAX_FILE_BYTES / 1024 / 1024} MB. The reporter reads it with their receipt code; a photograph’s camera, place and owner are removed first.
          PDF and Office documents are not taken.
        </span>
        {error && (
          <span className="field-error" id="reporter-file-error" role="alert">
            <span className="visually-hidden">Error: </span>The file {error}
          </span>
        )}
        <input
          key={send.isSuccess ? send.submittedAt : 0}
          id="reporter-file"
          type="file"
          accept="image/jpeg,image/png,image/webp,text/plain"
          aria-describedby={`reporter-file-hint${error ? ' reporter-file-error' : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <SubmitButton pending={send.isPending} pendingText="Sending" className="secondary">
        Send the file
      </SubmitButton>
    </form>
  );
}

function Notes({ report: r, onDone }: { report: RaisedConcern; onDone: (message: string) => void }) {
  const note = useReportChange(r, (orgId, body: string) => api.addReportNote(orgId, r.id, body), () => 'Note added (never shown to the reporter)', onDone);
  return (
    <section className="panel internal" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Internal notes: never shown to the reporter</h2>
      <Status tone="warning">
        <p>Only the handlers read these notes. The reporter never sees them, and nothing written here reaches them.</p>
      </Status>
      {r.notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ol className="plain-list">
          {r.notes.map((n) => (
            <li key={n.id}>
              <p className="hint">
                {n.authorName}, {formatDateTime(n.at)}
              </p>
              <p className="message-body">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
      {may(r, 'report.note') && <TextStep key={note.isSuccess ? note.submittedAt : 0} id="internal-note" label="Internal note" field="body" button="Add an internal note" pending={note.isPending} error={note.error} onSubmit={(text) => note.mutate(text)} />}
    </section>
  );
}

/** The reporter's identity: a named reporter's at once, a confidential one's once a custodian approved a request. */
function Reporter({ report: r, onDone }: { report: RaisedConcern; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const [identity, setIdentity] = useState<ReporterIdentity | null>(null);
  const reveal = useMutation({ mutationFn: () => api.reporterIdentity(organisation.id, r.id), onSuccess: setIdentity });
  const request = useReportChange(r, (orgId, reason: string) => api.requestReveal(orgId, r.id, reason), () => 'Asked: a custodian decides', onDone);
  if (r.mode === 'anonymous') return null;
  const approved = r.reveals.some((v) => v.decision === 'approved');
  const waiting = r.reveals.some((v) => v.decision === null);
  const mayRead = may(r, 'report.reveal') && (r.mode === 'named' || approved);
  return (
    <section className="panel" aria-labelledby="reporter-heading">
      <h2 id="reporter-heading">Who made the report</h2>
      <p>
        {r.mode === 'named'
          ? 'The reporter gave their name with the report. Each reading of it is recorded.'
          : 'The reporter gave their name in confidence: it is sealed apart from the report. A handler reads it only once a custodian approves a request with its reason; each reading is recorded and the reporter is shown it.'}
      </p>
      {r.reveals.length > 0 && (
        <ul>
          {r.reveals.map((v) => (
            <li key={v.id}>
              {v.requestedBy} asked {formatDateTime(v.requestedAt)}: “{v.reason}”. {v.decision ? `${v.decision === 'approved' ? 'Approved' : 'Refused'} by ${v.decidedBy ?? 'a custodian'}, ${formatDateTime(v.decidedAt!)}.` : 'Waiting for a custodian.'}
            </li>
          ))}
        </ul>
      )}
      {identity ? (
        <dl className="summary-list">
          <dt>Name</dt>
          <dd>{identity.name}</dd>
          {identity.contact && (
            <>
              <dt>Contact</dt>
              <dd>{identity.contact}</dd>
            </>
          )}
          {identity.relationship && (
            <>
              <dt>Who they are</dt>
              <dd>{RELATIONSHIP_WORDS[identity.relationship]}</dd>
            </>
          )}
        </dl>
      ) : (
        mayRead && (
          <>
            {reveal.error && <Alert title="The name could not be read">{reveal.error.message}</Alert>}
            <button type="button" className="button secondary" disabled={reveal.isPending} onClick={() => reveal.mutate()}>
              Show the reporter’s name (recorded)
            </button>
          </>
        )
      )}
      {r.mode === 'confidential' && !approved && !waiting && may(r, 'report.request_reveal') && (
        <TextStep
          id="reveal-reason"
          label="Why you need to know who they are"
          hint="At least 20 characters. A custodian reads this, never the report; the reporter is shown it if it is approved."
          field="reason"
          button="Ask a custodian to reveal their name"
          pending={request.isPending}
          error={request.error}
          onSubmit={(text) => request.mutate(text)}
        />
      )}
    </section>
  );
}

/** Who handles it: assigning it, stepping aside, and opening a case from it. */
function Handling({ report: r, onDone }: { report: RaisedConcern; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const changed = useRaisedConcernsChanged();
  const [handler, setHandler] = useState<PickedPerson | null>(null);
  const assign = useReportChange(r, (orgId, person: PickedPerson) => api.assignReport(orgId, r.id, person.id), (person) => `Assigned to ${person.name}`, onDone);
  const stepAside = useMutation({
    mutationFn: (reason: string) => api.stepAsideFromReport(organisation.id, r.id, reason),
    onSuccess: async () => {
      await changed();
      navigate(`/orgs/${organisation.id}/raised-concerns`);
    },
  });
  const [caseType, setCaseType] = useState<CaseTypeId | ''>('');
  const [subject, setSubject] = useState<PickedPerson | null>(null);
  const openCase = useReportChange(r, (orgId, summary: string) => api.openCaseFromReport(orgId, r.id, { type: caseType as CaseTypeId, subjectId: subject?.id ?? '', summary }), () => 'Case opened: it knows the report’s reference, never the reporter', onDone);
  const open = r.status !== 'closed';
  const assignable = open && may(r, 'report.assign');
  const caseable = !r.caseId && may(r, 'report.open_case');
  if (!assignable && !caseable && !may(r, 'report.step_aside')) return null;
  const search = searchPeople(organisation.id);
  return (
    <section className="panel" aria-labelledby="handling-heading">
      <h2 id="handling-heading">Who handles it</h2>
      {assignable && (
        <form
          noValidate
          aria-labelledby="assign-title"
          onSubmit={(event) => {
            event.preventDefault();
            if (handler) assign.mutate(handler);
          }}
        >
          <h3 id="assign-title">Assign it to another handler</h3>
          <ErrorSummary error={assign.error} fields={{ personId: { id: 'assign-handler', label: 'Handler' } }} />
          <PersonPicker id="assign-handler" label="Handler" hint="Someone who handles concerns here and is not excluded from this report." value={handler} onChange={setHandler} error={fieldErrors(assign.error).personId} search={search} queryKey={['raised-concerns', 'people', organisation.id]} />
          <SubmitButton pending={assign.isPending}>Assign</SubmitButton>
        </form>
      )}
      {caseable && (
        <TextStep id="case-summary" label="What the case is about" field="summary" button="Open a case from this report" pending={openCase.isPending} error={openCase.error} onSubmit={(text) => openCase.mutate(text)}>
          <SelectField id="case-type" label="Type of case" value={caseType} onChange={(event) => setCaseType(event.target.value as CaseTypeId)} error={fieldErrors(openCase.error).type} hint="A protected case is about whoever dissuaded the reporter or treated them unfairly (000 provision 12).">
            <option value="">Choose one</option>
            {Object.entries(CASE_TYPE_WORDS).map(([type, words]) => (
              <option key={type} value={type}>
                {words.title}
              </option>
            ))}
          </SelectField>
          <PersonPicker id="case-subject" label="The person it is about" value={subject} onChange={setSubject} error={fieldErrors(openCase.error).subjectId} search={search} queryKey={['raised-concerns', 'subjects', organisation.id]} />
        </TextStep>
      )}
      {may(r, 'report.step_aside') && (
        <TextStep id="step-aside-reason" label="Why you step aside" hint="You are excluded from the report from then on, and it passes to another handler." field="reason" button="Step aside" pending={stepAside.isPending} error={stepAside.error} onSubmit={(text) => stepAside.mutate(text)} />
      )}
    </section>
  );
}

function Chronology({ report: r }: { report: RaisedConcern }) {
  return (
    <section aria-labelledby="chronology-heading">
      <h2 id="chronology-heading">Chronology</h2>
      <ol className="plain-list">
        {r.chronology.map((e) => (
          <li key={e.id}>
            <span className="hint">{formatDateTime(e.at)}</span> {e.event.replace(/_/g, ' ')}
            {e.toStatus && `: ${STATUS_WORDS[e.toStatus]}`}
            {e.actorName && `, by ${e.actorName}`}
            {e.personName && ` (${e.personName})`}
            {e.note && <span className="hint message-body">{e.note}</span>}
          </li>
        ))}
      </ol>
      {r.exclusions.length > 0 && (
        <>
          <h3>Excluded from it</h3>
          <ul>
            {r.exclusions.map((x) => (
              <li key={`${x.personId}-${x.ground}`}>
                {x.name}: {x.ground === 'named' ? 'named in it' : x.ground === 'declared' ? 'a declared relationship or interest' : `stepped aside${x.reason ? ` (${x.reason})` : ''}`}, {formatDateTime(x.recordedAt)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
