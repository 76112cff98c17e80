import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, type SafeWorking, type SafeWorkingKind, type SafeWorkingStep } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { useMe } from '../session/session.tsx';
import { FormProblems, problemsOf } from './declaration-form.tsx';
import { Provisions } from './labels.tsx';

// Safe-working approvals and notices (003 Appendix 1; §15.1): a learner taken in one's car only with a
// manager's agreement given in advance and the conditions that go with it; a one-to-one meeting told to a
// colleague or line manager beforehand. The record shows each condition and whether it was met before the
// journey or meeting; an approval given only after it is marked so.

const listQuery = (orgId: string) => ({ queryKey: ['safe-working', orgId], queryFn: () => api.safeWorkingList(orgId) });
const kindsQuery = (orgId: string) => ({ queryKey: ['safe-working-kinds', orgId], queryFn: () => api.safeWorkingKinds(orgId), staleTime: 300_000 });
const requestQuery = (orgId: string, requestId: string) => ({ queryKey: ['safe-working', orgId, requestId], queryFn: () => api.safeWorking(orgId, requestId) });

const NEEDS: Record<SafeWorkingKind['needs'], string> = {
  approval: 'A manager agrees in advance, and you record each condition before it takes place.',
  notice: 'You tell your line manager beforehand: giving notice here is the telling.',
};

/** Where a request stands, in words (never colour alone); a notice nobody decides is simply given. */
function StateTag({ request }: { request: SafeWorking }) {
  const [label, tone] =
    request.state === 'requested'
      ? request.kind.needs === 'notice'
        ? ['Notice given', 'ok']
        : ['Awaiting a decision', 'pending']
      : request.state === 'approved'
        ? ['Approved', 'ok']
        : request.state === 'refused'
          ? ['Refused', 'off']
          : ['Withdrawn', ''];
  return (
    <>
      <span className={tone ? `tag ${tone}` : 'tag'}>{label}</span>
      {request.approvedAfterEvent && (
        <>
          {' '}
          <span className="tag off">Approved after the event</span>
        </>
      )}
    </>
  );
}

function ConditionTag({ condition }: { condition: SafeWorking['conditions'][number] }) {
  if (!condition.met) return <span className="tag pending">Not met</span>;
  return condition.metBeforeEvent ? <span className="tag ok">Met before it</span> : <span className="tag off">Met after it</span>;
}

/** `/orgs/:orgId/safe-working` */
export function SafeWorkingPage() {
  const { organisation } = useOrganisation();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const list = useQuery(listQuery(organisation.id));
  // What still waits for the reader's decision first, then the newest events.
  const toMe = [...(list.data?.toMe ?? [])].sort((a, b) => Number(b.allowed.includes('safe_working.decide')) - Number(a.allowed.includes('safe_working.decide')));
  return (
    <Page title={`Safe working – ${organisation.name}`} heading="Safe working">
      <p className="lede">
        Taking a learner in your car needs a manager’s agreement in advance, with a risk assessment, insurance for business use and a parent’s or carer’s permission. A one-to-one meeting
        with a learner is told to your line manager beforehand.
      </p>
      {arrival.done && <Status title={arrival.done} />}
      {list.error ? (
        <QueryError error={list.error} what="safe-working requests" />
      ) : !list.data ? (
        <Loading what="Loading the requests" />
      ) : (
        <>
          {toMe.length > 0 && (
            <section aria-labelledby="to-me-heading">
              <h2 id="to-me-heading">Came to you</h2>
              <Requests id="to-me" caption="Requests and notices that came to you, those awaiting your decision first" requests={toMe} from />
            </section>
          )}
          <section aria-labelledby="mine-heading">
            <h2 id="mine-heading">Yours</h2>
            {list.data.mine.length === 0 ? <p>You have asked for nothing and given no notice yet.</p> : <Requests id="mine" caption="Your requests and notices, latest event first" requests={list.data.mine} />}
          </section>
          <RequestForm />
        </>
      )}
    </Page>
  );
}

function Requests({ id, caption, requests, from = false }: { id: string; caption: string; requests: SafeWorking[]; from?: boolean }) {
  const { organisation } = useOrganisation();
  return (
    <TableRegion id={id} caption={caption} captionHidden>
      <thead>
        <tr>
          <th scope="col">Request</th>
          {from && <th scope="col">From</th>}
          <th scope="col">When</th>
          <th scope="col">Conditions</th>
          <th scope="col">Where it stands</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((r) => (
          <tr key={r.id} className={r.allowed.includes('safe_working.decide') ? 'row-problem' : undefined}>
            <th scope="row">
              <Link to={`/orgs/${organisation.id}/safe-working/${r.id}`}>{r.kind.title}</Link>
              <span className="hint">Learner {r.learner}</span>
            </th>
            {from && <td>{r.requester.name}</td>}
            <td className="nowrap">{formatDateTime(r.eventAt)}</td>
            <td>
              <ul className="plain-list">
                {r.conditions.map((c) => (
                  <li key={c.id}>
                    {c.label} <ConditionTag condition={c} />
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <StateTag request={r} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

function RequestForm() {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const kinds = useQuery(kindsQuery(organisation.id));
  const [values, setValues] = useState({ kind: '', learner: '', purpose: '', eventAt: '' });
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const ask = useMutation({
    mutationFn: () => api.requestSafeWorking(organisation.id, { ...values, eventAt: new Date(values.eventAt).toISOString() }),
    onSuccess: async (request) => {
      queryClient.setQueryData(requestQuery(organisation.id, request.id).queryKey, request);
      navigate(`/orgs/${organisation.id}/safe-working/${request.id}`, { state: { done: request.kind.needs === 'approval' ? 'Your request went to your line manager' : 'Your notice went to your line manager' } });
      await queryClient.invalidateQueries({ queryKey: listQuery(organisation.id).queryKey });
    },
  });
  const refs: Record<string, FieldRef> = {
    kind: { id: `safe-kind-${kinds.data?.[0]?.id ?? ''}`, label: 'What it is' },
    learner: { id: 'safe-learner', label: 'The learner' },
    purpose: { id: 'safe-purpose', label: 'Why' },
    eventAt: { id: 'safe-when', label: 'When it takes place' },
  };
  const errors = Object.fromEntries([...local, ...problemsOf(ask.error)].map((p) => [p.key, p.reason]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt(attempt + 1);
    // The API takes an instant: a time not given is not one.
    const problems = values.eventAt ? [] : [{ key: 'eventAt', reason: 'is needed' }];
    setLocal(problems);
    if (problems.length) ask.reset();
    else ask.mutate();
  };
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  return (
    <section className="panel" aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask for approval, or give notice</h2>
      {kinds.error ? (
        <QueryError error={kinds.error} what="kinds of request" />
      ) : !kinds.data ? (
        <Loading what="Loading the kinds of request" />
      ) : (
        <form noValidate onSubmit={submit}>
          <FormProblems key={attempt} error={ask.error} fields={refs} local={local} />
          <fieldset className={`field${errors.kind ? ' has-error' : ''}`} aria-describedby={errors.kind ? 'safe-kind-error' : undefined}>
            <legend>What it is</legend>
            {errors.kind && (
              <span className="field-error" id="safe-kind-error">
                <span className="visually-hidden">Error: </span>What it is {errors.kind}
              </span>
            )}
            {kinds.data.map((kind) => (
              <div className="radio" key={kind.id}>
                <input id={`safe-kind-${kind.id}`} type="radio" name="safe-kind" checked={values.kind === kind.id} onChange={() => setValues({ ...values, kind: kind.id })} aria-describedby={`safe-kind-${kind.id}-hint`} />
                <label htmlFor={`safe-kind-${kind.id}`}>{kind.title}</label>
                <span className="hint" id={`safe-kind-${kind.id}-hint`}>
                  {NEEDS[kind.needs]} Asked for by <Provisions cites={kind.cites} />.
                </span>
              </div>
            ))}
          </fieldset>
          <TextField id="safe-learner" label="The learner" className="input-medium" hint="A reference, not their name: their initials or learner number." value={values.learner} onChange={set('learner')} error={errors.learner} />
          <TextArea id="safe-purpose" label="Why" hint="Where to and why, or what the meeting is for." className="prose" rows={3} value={values.purpose} onChange={set('purpose')} error={errors.purpose} />
          <TextField id="safe-when" label="When it takes place" type="datetime-local" className="input-medium" value={values.eventAt} onChange={set('eventAt')} error={errors.eventAt} />
          <SubmitButton pending={ask.isPending} pendingText="Sending">
            Send to your line manager
          </SubmitButton>
        </form>
      )}
    </section>
  );
}

/** `/orgs/:orgId/safe-working/:requestId` */
export function SafeWorkingRecordPage() {
  const { organisation } = useOrganisation();
  const { requestId = '' } = useParams();
  const me = useMe();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const request = useQuery(requestQuery(organisation.id, requestId));
  const kinds = useQuery(kindsQuery(organisation.id));
  const [done, setDone] = useState<string | null>(null);
  const found = request.data;
  const mine = found?.requester.id === me.person.id;
  const title = !found ? 'Safe-working request' : mine ? found.kind.title : `${found.kind.title}, from ${found.requester.name}`;
  return (
    <Page title={`${title} – ${organisation.name}`} heading={title} breadcrumbs={<Link to={`/orgs/${organisation.id}/safe-working`}>Safe working</Link>}>
      {arrival.done && <Status title={arrival.done} />}
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {request.error || kinds.error ? (
        <QueryError error={request.error ?? kinds.error} what="safe-working request" />
      ) : !found || !kinds.data ? (
        <Loading what="Loading the request" />
      ) : (
        <Record request={found} kind={kinds.data.find((k) => k.id === found.kind.id)} onDone={setDone} />
      )}
    </Page>
  );
}

/** A step on a request, its answer put in place of the request; each form has its own, for its own errors. */
function useStep(request: SafeWorking, onDone: (message: string) => void) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body }: { body: SafeWorkingStep; done: string }) => api.safeWorkingStep(organisation.id, request.id, body),
    onSuccess: async (next, { done }) => {
      queryClient.setQueryData(requestQuery(organisation.id, request.id).queryKey, next);
      onDone(done);
      await queryClient.invalidateQueries({ queryKey: listQuery(organisation.id).queryKey, exact: true });
    },
  });
}

function Record({ request: r, kind, onDone }: { request: SafeWorking; kind: SafeWorkingKind | undefined; onDone: (message: string) => void }) {
  const record = useStep(r, onDone);
  const withdraw = useStep(r, onDone);
  const past = new Date(r.eventAt).getTime() < Date.now();
  const provisions = kind?.cites.flatMap((c) => c.provisions) ?? [];
  // A condition's provision, or the one it is part of (Appendix 1's "Never …" item 15, for its 15-2).
  const provisionOf = (key: string) => provisions.filter((p) => key === p.key || key.startsWith(`${p.key}-`)).sort((a, b) => b.key.length - a.key.length)[0];
  const recordable = (id: string) => r.allowed.includes('safe_working.request') && !kind?.conditions.find((c) => c.id === id)?.metByApproval;
  return (
    <>
      <section className="panel" aria-labelledby="standing-heading">
        <h2 id="standing-heading">Where it stands</h2>
        <dl className="summary-list">
          <dt>State</dt>
          <dd>
            <StateTag request={r} />
          </dd>
          <dt>From</dt>
          <dd>{r.requester.name}</dd>
          <dt>The learner</dt>
          <dd>{r.learner}</dd>
          <dt>Why</dt>
          <dd className="reflection">{r.purpose}</dd>
          <dt>When it takes place</dt>
          <dd>{formatDateTime(r.eventAt)}</dd>
          <dt>Asked</dt>
          <dd>{formatDateTime(r.requestedAt)}</dd>
          {r.decision && (
            <>
              <dt>Decision</dt>
              <dd>
                {r.decision.approved ? 'Approved' : 'Refused'} by {r.decision.by}, {formatDateTime(r.decision.at)}
                {r.approvedAfterEvent && ': after it took place, not in advance as the code asks'}
                {r.decision.reason && <p className="reflection">{r.decision.reason}</p>}
              </dd>
            </>
          )}
          <dt>Before it took place</dt>
          <dd>
            {r.allMetBeforeEvent
              ? past
                ? 'Every condition was met before it took place.'
                : 'Every condition is met.'
              : past
                ? 'Not every condition was met before it took place.'
                : 'Not every condition is met yet: each must be, before it takes place.'}
          </dd>
          {kind && (
            <>
              <dt>Asked for by</dt>
              <dd>
                <Provisions cites={kind.cites} />
              </dd>
            </>
          )}
        </dl>
      </section>
      <section className="panel" aria-labelledby="conditions-heading">
        <h2 id="conditions-heading">Conditions</h2>
        {record.error && <Alert title="Could not record it">{record.error.message}</Alert>}
        <ul className="plain-list">
          {r.conditions.map((c) => {
            const provision = provisionOf(c.provision);
            return (
              <li key={c.id}>
                <strong>{c.label}</strong> <ConditionTag condition={c} />
                <span className="hint">
                  {c.metAt ? `Recorded ${formatDateTime(c.metAt)}. ` : ''}
                  {provision && <Link to={provision.href}>{provision.words}</Link>}
                </span>
                {!c.met && recordable(c.id) && (
                  <button type="button" className="button secondary small" disabled={record.isPending} onClick={() => record.mutate({ body: { type: 'record_condition', condition: c.id }, done: `Recorded: ${c.label}` })}>
                    Record it as met<span className="visually-hidden">: {c.label}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {r.allowed.includes('safe_working.decide') && <DecisionForm request={r} past={past} onDone={onDone} />}
      {r.allowed.includes('safe_working.request') && (
        <section className="panel" aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">Withdraw it</h2>
          <p>If it is no longer to take place. A request withdrawn does not change again.</p>
          {withdraw.error && <Alert title="Could not withdraw it">{withdraw.error.message}</Alert>}
          <button type="button" className="button secondary" disabled={withdraw.isPending} onClick={() => withdraw.mutate({ body: { type: 'withdraw' }, done: 'Withdrawn' })}>
            Withdraw
          </button>
        </section>
      )}
    </>
  );
}

/** The manager's decision: approved, or refused with a reason (003 Appendix 1: agreed in advance). */
function DecisionForm({ request, past, onDone }: { request: SafeWorking; past: boolean; onDone: (message: string) => void }) {
  const decide = useStep(request, onDone);
  const [reason, setReason] = useState('');
  const refs: Record<string, FieldRef> = { reason: { id: 'decision-reason', label: 'Your reason' } };
  const errors = Object.fromEntries(problemsOf(decide.error).map((p) => [p.key, p.reason]));
  const approve = (event: FormEvent) => {
    event.preventDefault();
    decide.mutate({ body: { type: 'approve', ...(reason.trim() && { reason }) }, done: 'Approved: the requester is told' });
  };
  return (
    <section className="panel" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Your decision</h2>
      {past && <Status tone="warning" title="It has already taken place">An approval given now is recorded as given after the event, not in advance as the code asks.</Status>}
      <form noValidate onSubmit={approve}>
        <FormProblems key={decide.submittedAt} error={decide.error} fields={refs} local={[]} />
        <TextArea id="decision-reason" label="Your reason" hint="Needed to refuse; optional to approve. The requester reads it." className="prose" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} />
        <div className="actions">
          <SubmitButton pending={decide.isPending && decide.variables?.body.type === 'approve'} pendingText="Approving">
            Approve
          </SubmitButton>
          <button type="button" className="button secondary" disabled={decide.isPending} onClick={() => decide.mutate({ body: { type: 'refuse', reason }, done: 'Refused: the requester is told why' })}>
            Refuse
          </button>
        </div>
      </form>
    </section>
  );
}
