import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, type Concern } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { Checkbox, ErrorSummary, fieldErrors, SubmitButton, TextArea } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import type { PickedPerson } from '../../ui/person-picker.tsx';
import { CitationLink } from '../codes/citation-link.tsx';
import { caseloadQuery } from '../cases/queries.ts';
import { ConfirmRemove } from '../development/confirm-remove.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { BodyMapView } from './body-map.tsx';
import { SafeguardingPage } from './frame.tsx';
import { SafeguardingPersonPicker } from './people.tsx';
import { ConcernStepForm } from './step-form.tsx';
import { ADD_ACTION, CLOSE, completeAction, conclusion, OUTCOME, REFER, REOPEN, response, TRIAGE } from './steps.tsx';
import { agencyLabel, categoryLabel, concernOutcomeLabel, eventLabel, stateLabel, stateTone, triageLabel } from './labels.ts';
import { concernQuery } from './queries.ts';

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
  const { organisation } = useOrganisation();
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
      {/* A plain link: the cookie is enough for a GET. Breaking the glass opens this one reading only, not its PDF. */}
      {!brokenGlass && (
        <p>
          <a className="button secondary" href={api.concernPdfPath(organisation.id, c.id)} download>
            Download as PDF
          </a>{' '}
          <span className="hint">with the body map; each download is recorded</span>
        </p>
      )}
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
            {steps.has('triage') && <ConcernStepForm concern={c} onDone={setDone} {...TRIAGE} />}
          </section>
          <Actions concern={c} onDone={setDone} />
          <Referrals concern={c} onDone={setDone} />
          <section className="panel" aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">Outcome and closure</h2>
            <p>
              {c.outcome ? `${concernOutcomeLabel(c.outcome.outcome)}, recorded ${formatDateTime(c.outcome.at)}.` : 'No outcome yet.'}
              {c.closedAt && ` Closed ${formatDateTime(c.closedAt)}.`}
            </p>
            {steps.has('record_outcome') && <ConcernStepForm concern={c} onDone={setDone} {...OUTCOME} />}
            {steps.has('close') && <ConcernStepForm concern={c} onDone={setDone} {...CLOSE} />}
            {steps.has('reopen') && <ConcernStepForm concern={c} onDone={setDone} {...REOPEN} />}
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
<ConcernStepForm concern={c} onDone={onDone} {...completeAction(a)} />
              )}
            </li>
          ))}
        </ul>
      )}
      {steps.has('add_action') && <ConcernStepForm concern={c} onDone={onDone} {...ADD_ACTION} />}
    </section>
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
                {!r.response && steps.has('record_response') && <ConcernStepForm concern={c} onDone={onDone} {...response(r)} />}
                {r.response?.accepted && r.concludeBy && !r.concludedAt && steps.has('record_conclusion') && (
<ConcernStepForm concern={c} onDone={onDone} {...conclusion(r)} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {steps.has('refer') && <ConcernStepForm concern={c} onDone={onDone} {...REFER} />}
    </section>
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
  // The caseload lists only the cases the person is on: the case is linked when it is among them. Listing is
  // not a reading of any case, so nothing is recorded until they open it.
  const caseload = useQuery({ ...caseloadQuery(organisation.id, { type: 'allegation', limit: 500 }), enabled: Boolean(caseId) && can(organisation, 'case.read') });
  const onCase = caseload.data?.items.find((k) => k.id === caseId);
  let body: ReactNode = <p>No case is open yet. A case officer who may read this record opens one.</p>;
  if (caseId) {
    body = (
      <p>
        An allegation case is open about {c.allegation?.staffMember?.name ?? 'the member of staff'}; its officers run it.{' '}
        {onCase && <Link to={`/orgs/${organisation.id}/cases/${onCase.id}`}>Open the case {onCase.reference}</Link>}
      </p>
    );
  }
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
          <SafeguardingPersonPicker id="grant-person" label="Who" value={person} onChange={setPerson} error={errors.personId} />
          <TextArea id="grant-reason" label="Why they need to know" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} />
          <SubmitButton pending={grant.isPending}>Let them read it</SubmitButton>
        </form>
      )}
    </section>
  );
}
