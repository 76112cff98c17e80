import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, DECLARATION_OUTCOMES, type CaseTypeId, type Declaration, type DeclarationKind, type DeclarationOutcome, type DeclarationStep, type OrganisationKind } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { SelectField, SubmitButton, TextArea, type FieldRef } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { ConfirmRemove } from '../development/confirm-remove.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { CaseFromDeclaration } from '../cases/case-link.tsx';
import { useMe } from '../session/session.tsx';
import { DeclarationForm, FormProblems, KindSummary, problemsOf } from './declaration-form.tsx';
import { DutyDeadline, eventLabel, fieldNameWords, fieldValueWords, outcomeLabel, Provisions, recipientWords, StateTag, timeLimitWords, Timeliness } from './labels.tsx';
import { declarationQuery, kindsQuery, useDeclarationsChanged } from './queries.ts';

// One declaration. Its declarant sees where it stands and its history, never the recipients' notes; a
// recipient sees it all, with who took each step, and the steps the server allows them to take next.

/** `/orgs/:orgId/declarations/:declarationId` */
export function DeclarationPage() {
  const { organisation } = useOrganisation();
  const { declarationId = '' } = useParams();
  const me = useMe();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const declaration = useQuery(declarationQuery(organisation.id, declarationId));
  const kinds = useQuery(kindsQuery(organisation.id));
  const found = declaration.data;
  const mine = found ? found.declarant.id === me.person.id : true;
  const kind = kinds.data?.find((k) => k.id === found?.kind.id);
  const title = !found ? 'Declaration' : mine ? found.kind.title : `${found.kind.title}, from ${found.declarant.name}`;
  const base = `/orgs/${organisation.id}/declarations`;

  return (
    <Page
      title={`${title} – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          {mine ? <Link to={base}>Your declarations</Link> : <Link to={`${base}/queue`}>Declarations to you</Link>} › {title}
        </>
      }
    >
      {arrival.done && <Status title={arrival.done} />}
      {declaration.error ? (
        <QueryError error={declaration.error} what="declaration" />
      ) : !found || !kinds.data ? (
        <Loading what="Loading the declaration" />
      ) : found.state === 'draft' && found.allowed.includes('declaration.make') ? (
        kind ? (
          <Draft declaration={found} kind={kind} />
        ) : (
          <Alert title="This kind of declaration is no longer made here">
            <p>{organisation.name} no longer has “{found.kind.title}” in its catalogue, so this draft cannot be sent.</p>
          </Alert>
        )
      ) : (
        <Standing key={found.id} declaration={found} mine={mine} />
      )}
    </Page>
  );
}

function Draft({ declaration, kind }: { declaration: Declaration; kind: DeclarationKind }) {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const changed = useDeclarationsChanged();
  const discard = useMutation({
    mutationFn: () => api.discardDeclaration(organisation.id, declaration.id),
    onSuccess: async () => {
      await changed();
      navigate(`/orgs/${organisation.id}/declarations`, { state: { done: `Discarded your draft of “${kind.title}”` } });
    },
  });
  return (
    <>
      <KindSummary kind={kind}>
        <dt>Your deadline</dt>
        <dd>
          <DutyDeadline recordId={declaration.id} otherwise={timeLimitWords(kind.timeLimit)} />
        </dd>
        {declaration.consent && <Consent consent={declaration.consent} />}
      </KindSummary>
      <DeclarationForm kind={kind} draft={declaration} />
      <section className="panel" aria-labelledby="discard-heading">
        <h2 id="discard-heading">Discard the draft</h2>
        <p>Nothing in a draft has been sent. Discarding it removes it for good.</p>
        {discard.error && <Alert title="Could not discard the draft">{discard.error.message}</Alert>}
        <ConfirmRemove what={`your draft of “${kind.title}”`} pending={discard.isPending} onConfirm={() => discard.mutate()} />
      </section>
    </>
  );
}

function Consent({ consent }: { consent: NonNullable<Declaration['consent']> }) {
  return (
    <>
      <dt>Sent with your consent</dt>
      <dd>
        “{consent.statement}”, {formatDateTime(consent.givenAt)}
      </dd>
    </>
  );
}

function Standing({ declaration: d, mine }: { declaration: Declaration; mine: boolean }) {
  const [done, setDone] = useState<string | null>(null);
  // Its kind's fields in order; a field its kind no longer has (a kind withdrawn since) after them.
  const names = [...new Set([...d.kind.fields.map((f) => f.name), ...Object.keys(d.fields)])];
  return (
    <>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      <section className="panel" aria-labelledby="standing-heading">
        <h2 id="standing-heading">Where it stands</h2>
        <dl className="summary-list">
          <dt>State</dt>
          <dd>
            <StateTag state={d.state} />
          </dd>
          {d.outcome && (
            <>
              <dt>Outcome</dt>
              <dd>
                {outcomeLabel(d.outcome)}
                {d.outcome === 'case_opened' && !mine && <CaseFromDeclaration declarationId={d.id} />}
              </dd>
            </>
          )}
          {!mine && (
            <>
              <dt>From</dt>
              <dd>{d.declarant.name}</dd>
            </>
          )}
          <dt>Submitted</dt>
          <dd>
            {d.submittedAt ? formatDateTime(d.submittedAt) : 'Not yet'} <Timeliness declaration={d} />
          </dd>
          <dt>When it was due</dt>
          <dd>{timeLimitWords(d.kind.timeLimit)}</dd>
          <dt>Sent to</dt>
          <dd>
            {d.recipients.length === 0
              ? 'Nobody yet'
              : d.recipients.map(recipientWords).join('; ')}
          </dd>
          <dt>Asked for by</dt>
          <dd>
            <Provisions cites={d.cites} />
          </dd>
          {d.kind.sensitive && (
            <>
              <dt>Sensitive</dt>
              <dd>Only those it went to may read it, and every reading is recorded in the audit trail.</dd>
            </>
          )}
          {d.consent && <Consent consent={d.consent} />}
        </dl>
      </section>
      <section className="panel" aria-labelledby="declared-heading">
        <h2 id="declared-heading">{mine ? 'What you declared' : 'What was declared'}</h2>
        <dl className="summary-list">
          {names.map((name) => {
            const field = d.kind.fields.find((f) => f.name === name);
            return (
              <Fragment key={name}>
                <dt>{field?.label ?? fieldNameWords(name)}</dt>
                <dd className="reflection">{fieldValueWords(field, d.fields[name], d.named)}</dd>
              </Fragment>
            );
          })}
        </dl>
        {!mine && d.named.length > 0 && <p>It names {d.named.map((p) => p.name).join(', ')}: they do not receive it and may not read it.</p>}
      </section>
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {mine && <p className="muted">The notes of those who handle it are theirs: you see each step, not what they wrote.</p>}
        <ol className="plain-list">
          <li>
            <strong>Started</strong> {formatDateTime(d.createdAt)}
          </li>
          {d.history.map((step) => (
            <li key={`${step.event}-${step.at}`}>
              <strong>{eventLabel(step.event)}</strong> {formatDateTime(step.at)}
              {step.by && `, by ${step.by}`}
              {step.note && <p className="reflection">{step.note}</p>}
            </li>
          ))}
        </ol>
      </section>
      {!mine && <Steps declaration={d} onDone={setDone} />}
    </>
  );
}

type StepType = DeclarationStep['type'];
interface StepSpec {
  type: Exclude<StepType, 'submit'>;
  action: Declaration['allowed'][number];
  title: string;
  button: string;
  done: string;
  /** The note the step takes, under the name the API gives it. */
  note?: { name: 'note' | 'reason'; label: string; required: boolean };
}

const STEPS: StepSpec[] = [
  { type: 'acknowledge', action: 'declaration.acknowledge', title: 'Acknowledge it', button: 'Acknowledge', done: 'Acknowledged: the declarant sees that it reached you' },
  { type: 'record_action', action: 'declaration.review', title: 'Record an action', button: 'Record the action', done: 'Your action is recorded', note: { name: 'note', label: 'What was done', required: true } },
  { type: 'mark_for_case', action: 'declaration.mark_for_case', title: 'Mark it for a case', button: 'Mark for a case', done: 'Marked for a case', note: { name: 'reason', label: 'Why it needs a case', required: true } },
  { type: 'close', action: 'declaration.close', title: 'Close it', button: 'Close the declaration', done: 'Closed', note: { name: 'note', label: 'Closing note (optional)', required: false } },
];

/** The steps open to a recipient now, each only where the server allows it. */
function Steps({ declaration, onDone }: { declaration: Declaration; onDone: (message: string) => void }) {
  const open = STEPS.filter((step) => declaration.allowed.includes(step.action));
  if (open.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="steps-heading">
      <h2 id="steps-heading">What you can do</h2>
      <p className="muted">The declarant sees each step you take, but not your notes.</p>
      {open.map((step) => (
        <StepForm key={`${step.type}-${declaration.state}`} declaration={declaration} step={step} onDone={onDone} />
      ))}
    </section>
  );
}

/** A gift above the threshold is closed approved or declined; nothing else is. */
const APPROVALS: readonly DeclarationOutcome[] = ['approved', 'declined'];

/**
 * The cases a case officer may open at once from a declaration marked for one, by the kind of organisation
 * that runs them (the API refuses any other): a body's into suitability, a trust's about its staff.
 */
const CASE_TYPES: Partial<Record<OrganisationKind, Partial<Record<CaseTypeId, string>>>> = {
  professional_body: { suitability: 'Suitability for membership' },
  employer_trust: { staff_conduct: 'Staff conduct (disciplinary)', allegation: 'Allegation about a member of staff' },
};

function StepForm({ declaration, step, onDone }: { declaration: Declaration; step: StepSpec; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useDeclarationsChanged();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<DeclarationOutcome | ''>('');
  const [caseType, setCaseType] = useState<CaseTypeId | ''>('');
  // Offered to a case officer here (whom the policy lets open cases), where the organisation runs such cases.
  const caseTypes = step.type === 'mark_for_case' && can(organisation, 'case.open') ? Object.entries(CASE_TYPES[organisation.kind] ?? {}) : [];
  const take = useMutation({
    mutationFn: (body: DeclarationStep) => api.declarationStep(organisation.id, declaration.id, body),
    onSuccess: async (next, body) => {
      queryClient.setQueryData(declarationQuery(organisation.id, declaration.id).queryKey, next);
      onDone(body.type === 'mark_for_case' && body.openCase ? 'A case was opened from it, and the declaration closed' : step.done);
      await changed();
    },
  });
  const id = `step-${step.type}`;
  const refs: Record<string, FieldRef> = {
    ...(step.type === 'close' && { outcome: { id: `${id}-outcome`, label: 'Outcome' } }),
    ...(step.note && { [step.note.name]: { id: `${id}-note`, label: step.note.label } }),
    ...(caseTypes.length > 0 && { openCase: { id: `${id}-case`, label: 'Open a case now' } }),
  };
  const errors = Object.fromEntries(problemsOf(take.error).map((p) => [p.key, p.reason]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An outcome not chosen is the API's to refuse, against its field.
    const body: DeclarationStep =
      step.type === 'record_action'
        ? { type: step.type, note }
        : step.type === 'mark_for_case'
          ? { type: step.type, reason: note, ...(caseType && { openCase: { type: caseType } }) }
          : step.type === 'close'
            ? { type: step.type, outcome: outcome as DeclarationOutcome, ...(note.trim() && { note }) }
            : { type: step.type };
    take.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{step.title}</h3>
      <FormProblems key={take.submittedAt} error={take.error} fields={refs} local={[]} />
      {step.type === 'close' && (
        <SelectField id={`${id}-outcome`} label="Outcome" className="input-medium" value={outcome} onChange={(event) => setOutcome(event.target.value as DeclarationOutcome)} error={errors.outcome}>
          <option value="">Choose one</option>
          {DECLARATION_OUTCOMES.filter((o) => APPROVALS.includes(o) === declaration.approvalNeeded).map((o) => (
            <option key={o} value={o}>
              {outcomeLabel(o)}
            </option>
          ))}
        </SelectField>
      )}
      {step.note && <TextArea id={`${id}-note`} label={step.note.label} className="prose" rows={3} value={note} onChange={(event) => setNote(event.target.value)} error={errors[step.note.name]} />}
      {caseTypes.length > 0 && (
        <SelectField
          id={`${id}-case`}
          label="Open a case now"
          hint="As a case officer you may open the case at once: it is about the declarant, and it closes the declaration."
          className="input-medium"
          value={caseType}
          onChange={(event) => setCaseType(event.target.value as CaseTypeId | '')}
          error={errors.openCase}
        >
          <option value="">No: mark it for a case to be opened later</option>
          {caseTypes.map(([type, title]) => (
            <option key={type} value={type}>
              {title}
            </option>
          ))}
        </SelectField>
      )}
      <SubmitButton pending={take.isPending}>{step.button}</SubmitButton>
    </form>
  );
}
