import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, type ReceivedTransfer, type SentTransfer, type TransferredFile } from '../../api.ts';
import { Loading, QueryError, refused } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { SafeguardingPage } from './frame.tsx';
import { agencyLabel, categoryLabel, concernOutcomeLabel, eventLabel, stateLabel, triageLabel } from './labels.ts';

// A learner's safeguarding file transferred when they move school to another organisation in Probity: the
// sending DSL sends it from the learner's chronology and follows its receipt trail (sent, viewed, accepted);
// the receiving DSL finds it among the incoming files, opens it (which marks it viewed) and accepts it under
// their own reference for the learner, within five school days. Every reading of a file is in the audit
// trail, so a file is read when opened, never again in the background.

const once = { staleTime: Infinity, refetchOnWindowFocus: false } as const;
const receivedQuery = (orgId: string) => ({ queryKey: ['safeguarding', 'transfers', 'received', orgId], queryFn: () => api.receivedTransfers(orgId) });
const sentQuery = (orgId: string) => ({ queryKey: ['safeguarding', 'transfers', 'sent', orgId], queryFn: () => api.sentTransfers(orgId) });

const STATE_WORDS: Record<SentTransfer['state'], string> = { sent: 'Sent, not yet opened', viewed: 'Opened, not yet accepted', accepted: 'Accepted', declined: 'Declined' };
const stateWords = (t: Pick<SentTransfer, 'state' | 'overdue'>) => `${STATE_WORDS[t.state]}${t.overdue ? ' (overdue)' : ''}`;

const crumbs = (orgId: string, here: string) => (
  <>
    <Link to={`/orgs/${orgId}/safeguarding`}>Safeguarding</Link> › <Link to={`/orgs/${orgId}/safeguarding/transfers`}>Transferred files</Link> › {here}
  </>
);

/** The receipt trail, each step with when and by whom, in words (never colour alone). */
function Trail({ t }: { t: Pick<SentTransfer, 'sentAt' | 'acceptBy' | 'overdue' | 'viewed' | 'accepted' | 'declined' | 'state'> & { sentByName: string } }) {
  return (
    <section className="panel" aria-labelledby="trail-heading">
      <h2 id="trail-heading">Receipt trail</h2>
      <ol className="timeline">
        <li>
          <strong>Sent</strong> {formatDateTime(t.sentAt)} by {t.sentByName}
        </li>
        <li>{t.viewed ? <><strong>Viewed</strong> {formatDateTime(t.viewed.at)} by {t.viewed.by}</> : <>Not yet viewed</>}</li>
        {t.declined ? (
          <li>
            <strong>Declined</strong> {formatDateTime(t.declined.at)} by {t.declined.by}: {t.declined.reason}
          </li>
        ) : (
          <li>
            {t.accepted ? (
              <>
                <strong>Accepted</strong> {formatDateTime(t.accepted.at)} by {t.accepted.by}
              </>
            ) : (
              <>
                Not yet accepted: to be accepted by {formatDateTime(t.acceptBy)}, five school days after it was sent{t.overdue && <strong>. Overdue: its designated safeguarding leads have been alerted.</strong>}
              </>
            )}
          </li>
        )}
      </ol>
    </section>
  );
}

/** The file as it was sent: each concern in full, then the learner's chronology across them. */
function FileView({ file }: { file: TransferredFile }) {
  return (
    <>
      {file.concerns.map((c) => (
        <section key={c.number} className="panel" aria-labelledby={`concern-${c.number}-heading`}>
          <h2 id={`concern-${c.number}-heading`}>
            Concern {c.number}: {categoryLabel(c.category)}
          </h2>
          <dl className="facts">
            <dt>Seen or said</dt>
            <dd>{formatDateTime(c.seenAt)}</dd>
            <dt>Recorded</dt>
            <dd>
              {formatDateTime(c.recordedAt)} by {c.recordedBy}
            </dd>
            <dt>Where it stood</dt>
            <dd>{stateLabel(c.state)}</dd>
            <dt>What was seen or said</dt>
            <dd className="reflection">{c.account}</dd>
            <dt>Done at once</dt>
            <dd>{c.immediateAction ?? 'Nothing recorded'}</dd>
            {c.triage && (
              <>
                <dt>Triage</dt>
                <dd>
                  {triageLabel(c.triage.level)}, {formatDateTime(c.triage.at)}
                </dd>
              </>
            )}
            {c.outcome && (
              <>
                <dt>Outcome</dt>
                <dd>
                  {concernOutcomeLabel(c.outcome.outcome)}, {formatDateTime(c.outcome.at)}
                </dd>
              </>
            )}
          </dl>
          {c.actions.length > 0 && (
            <>
              <h3>Actions</h3>
              <ul>
                {c.actions.map((a, i) => (
                  <li key={i}>
                    {a.description} ({a.assignee}
                    {a.dueOn ? `, by ${a.dueOn}` : ''}
                    {a.doneAt ? `, done ${formatDateTime(a.doneAt)}` : ', not done'})
                  </li>
                ))}
              </ul>
            </>
          )}
          {c.referrals.length > 0 && (
            <>
              <h3>Referrals</h3>
              <ul>
                {c.referrals.map((r, i) => (
                  <li key={i}>
                    {agencyLabel(r.agency)}, {formatDateTime(r.madeAt)}
                    {r.reference ? ` (reference ${r.reference})` : ''}: {r.response ? (r.response.accepted ? 'taken on' : 'not taken on') : 'no answer recorded'}
                    {r.concludedAt ? `, concluded ${formatDateTime(r.concludedAt)}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {c.marks.length > 0 && (
            <>
              <h3>Body map</h3>
              <ol>
                {c.marks.map((m, i) => (
                  <li key={i}>
                    {m.region.replaceAll('-', ' ')} ({m.view}){m.description ? `: ${m.description}` : ''}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      ))}
      <TableRegion id="file-chronology" caption={`The chronology of ${file.learnerRef} as sent, oldest first`}>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Concern</th>
            <th scope="col">By</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {file.chronology.map((e, i) => (
            <tr key={i}>
              <td className="nowrap">{formatDateTime(e.at)}</td>
              <th scope="row">{eventLabel(e.event)}</th>
              <td>
                {e.concern}: {categoryLabel(e.category)}
              </td>
              <td>{e.by}</td>
              <td className="reflection">{e.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </>
  );
}

/** The files sent to the person's academies and not yet answered, for the DSL's dashboard. */
export function IncomingTransfers() {
  const { organisation } = useOrganisation();
  const incoming = useQuery(receivedQuery(organisation.id));
  const waiting = (incoming.data ?? []).filter((t) => t.state === 'sent' || t.state === 'viewed');
  if (!incoming.data || waiting.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="incoming-heading">
      <h2 id="incoming-heading">Files sent to you ({waiting.length})</h2>
      <ReceivedTable items={waiting} caption="Safeguarding files sent to you, waiting to be accepted" />
    </section>
  );
}

function ReceivedTable({ items, caption }: { items: ReceivedTransfer[]; caption: string }) {
  const { organisation } = useOrganisation();
  return (
    <TableRegion id="received-transfers" caption={caption} captionHidden>
      <thead>
        <tr>
          <th scope="col">Learner (their reference)</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
          <th scope="col">Where it stands</th>
          <th scope="col">Accept by</th>
        </tr>
      </thead>
      <tbody>
        {items.map((t) => (
          <tr key={t.id}>
            <th scope="row">
              <Link to={`/orgs/${organisation.id}/safeguarding/transfers/received/${t.id}`}>{t.learnerRef}</Link>
            </th>
            <td>
              {t.from.academy} ({t.from.organisation})
            </td>
            <td>{t.academy.name}</td>
            <td>{stateWords(t)}</td>
            <td>{formatDateTime(t.acceptBy)}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

/** `/orgs/:orgId/safeguarding/transfers`: files sent to the person's academies, and those their teams sent. */
export function TransfersPage() {
  const { organisation } = useOrganisation();
  const received = useQuery(receivedQuery(organisation.id));
  const sent = useQuery(sentQuery(organisation.id));
  return (
    <SafeguardingPage
      title={`Transferred files – ${organisation.name}`}
      heading="Transferred safeguarding files"
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/safeguarding`}>Safeguarding</Link> › Transferred files
        </>
      }
    >
      <p className="lede">When a learner moves school, their safeguarding file goes to the designated safeguarding leads of the school they join, who accept it within five school days. To send one, open the learner’s chronology.</p>
      <section className="panel" aria-labelledby="received-heading">
        <h2 id="received-heading">Sent to you</h2>
        {received.error ? <QueryError error={received.error} what="files sent to you" /> : !received.data ? <Loading what="Loading the files sent to you" /> : received.data.length === 0 ? <p>No file has been sent to your academies.</p> : <ReceivedTable items={received.data} caption="Safeguarding files sent to you" />}
      </section>
      <section className="panel" aria-labelledby="sent-heading">
        <h2 id="sent-heading">Sent by you</h2>
        {sent.error ? (
          <QueryError error={sent.error} what="files sent" />
        ) : !sent.data ? (
          <Loading what="Loading the files sent" />
        ) : sent.data.length === 0 ? (
          <p>Your safeguarding team has sent no file.</p>
        ) : (
          <TableRegion id="sent-transfers" caption="Safeguarding files your team sent" captionHidden>
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col">To</th>
                <th scope="col">Sent</th>
                <th scope="col">Where it stands</th>
              </tr>
            </thead>
            <tbody>
              {sent.data.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    <Link to={`/orgs/${organisation.id}/safeguarding/transfers/sent/${t.id}`}>{t.learnerRef}</Link>
                  </th>
                  <td>
                    {t.to.academy} ({t.to.organisation})
                  </td>
                  <td>{formatDateTime(t.sentAt)}</td>
                  <td>{stateWords(t)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>
    </SafeguardingPage>
  );
}

/** `/orgs/:orgId/safeguarding/transfers/new?learnerRef=`: send the learner's file to the school they move to. */
export function SendTransferPage() {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const [learnerRef, setLearnerRef] = useState(search.get('learnerRef') ?? '');
  const [toOrganisationId, setTo] = useState('');
  const [toAcademyId, setToAcademy] = useState('');
  const [academyId, setAcademy] = useState('');
  const destinations = useQuery({ queryKey: ['safeguarding', 'transfer-destinations', organisation.id], queryFn: () => api.transferDestinations(organisation.id) });
  const chosen = destinations.data?.find((o) => o.id === toOrganisationId);
  const send = useMutation({
    mutationFn: () => api.sendTransfer(organisation.id, { learnerRef, toOrganisationId, ...(toAcademyId ? { toAcademyId } : {}), ...(academyId ? { academyId } : {}) }),
    onSuccess: async (sent) => {
      await queryClient.invalidateQueries({ queryKey: ['safeguarding', 'transfers'] });
      queryClient.setQueryData(['safeguarding', 'transfer', 'sent', organisation.id, sent.id], sent);
      navigate(`/orgs/${organisation.id}/safeguarding/transfers/sent/${sent.id}?sent=1`);
    },
  });
  const errors = fieldErrors(send.error);
  const title = 'Send a learner’s file';
  return (
    <SafeguardingPage title={`${title} – ${organisation.name}`} heading={title} breadcrumbs={crumbs(organisation.id, 'Send')} narrow>
      <p className="lede">A copy of every record about the learner that your safeguarding team holds goes to the designated safeguarding leads of the school they join. What you record later is not sent.</p>
      {destinations.error ? (
        refused(destinations.error) ? (
          <p>Only a safeguarding team sends a learner’s file: you are not on the safeguarding team of any academy here.</p>
        ) : (
          <QueryError error={destinations.error} what="organisations" />
        )
      ) : !destinations.data ? (
        <Loading what="Loading the organisations" />
      ) : (
        <form
          noValidate
          aria-labelledby="send-heading"
          onSubmit={(event) => {
            event.preventDefault();
            send.mutate();
          }}
        >
          <h2 id="send-heading" className="visually-hidden">
            Where the file goes
          </h2>
          <ErrorSummary
            key={send.submittedAt}
            error={send.error}
            fields={{ learnerRef: { id: 'transfer-learner', label: 'The learner’s reference' }, academyId: { id: 'transfer-from', label: 'The academy they leave' }, toOrganisationId: { id: 'transfer-to', label: 'The organisation they join' }, toAcademyId: { id: 'transfer-to-academy', label: 'The academy they join' } }}
          />
          <TextField id="transfer-learner" label="The learner’s reference" className="input-medium" autoComplete="off" value={learnerRef} onChange={(event) => setLearnerRef(event.target.value)} error={errors.learnerRef} />
          {organisation.academies.length > 1 && (
            <SelectField id="transfer-from" label="The academy they leave" hint="Where their records are at more than one of your academies." className="input-medium" value={academyId} onChange={(event) => setAcademy(event.target.value)} error={errors.academyId}>
              <option value="">Where their records are</option>
              {organisation.academies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField
            id="transfer-to"
            label="The organisation they join"
            className="input-medium"
            value={toOrganisationId}
            onChange={(event) => {
              setTo(event.target.value);
              setToAcademy('');
            }}
            error={errors.toOrganisationId}
          >
            <option value="">Choose one</option>
            {destinations.data.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          {chosen && chosen.academies.length > 1 && (
            <SelectField id="transfer-to-academy" label="The academy they join" className="input-medium" value={toAcademyId} onChange={(event) => setToAcademy(event.target.value)} error={errors.toAcademyId}>
              <option value="">Choose one</option>
              {chosen.academies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </SelectField>
          )}
          <SubmitButton pending={send.isPending} pendingText="Sending">
            Send the file
          </SubmitButton>
        </form>
      )}
    </SafeguardingPage>
  );
}

/** `/orgs/:orgId/safeguarding/transfers/sent/:transferId`: the sender's receipt trail, and what was sent. */
export function SentTransferPage() {
  const { organisation } = useOrganisation();
  const { transferId = '' } = useParams();
  const [search] = useSearchParams();
  const transfer = useQuery({ queryKey: ['safeguarding', 'transfer', 'sent', organisation.id, transferId], queryFn: () => api.sentTransfer(organisation.id, transferId), ...once });
  const t = transfer.data;
  const title = t ? `File of ${t.learnerRef}, sent to ${t.to.academy}` : 'A file sent';
  return (
    <SafeguardingPage title={`${title} – ${organisation.name}`} heading={title} breadcrumbs={crumbs(organisation.id, t?.learnerRef ?? 'Sent')}>
      {transfer.error ? (
        <QueryError error={transfer.error} what="transfer" />
      ) : !t ? (
        <Loading what="Loading the transfer" />
      ) : (
        <>
          {search.get('sent') && (
            <div className="notice success" role="status">
              <p className="notice-title">Sent to {t.to.academy}: its designated safeguarding leads are told</p>
            </div>
          )}
          <p className="lede">
            To {t.to.academy} ({t.to.organisation}): {stateWords(t)}.
          </p>
          <Trail t={{ ...t, sentByName: t.sentBy.name }} />
          {t.file ? <FileView file={t.file} /> : <p>The copy sent is shown when you open the transfer.</p>}
        </>
      )}
    </SafeguardingPage>
  );
}

/** `/orgs/:orgId/safeguarding/transfers/received/:transferId`: a file sent to the person's academy, opened (and so viewed), with Accept. */
export function ReceivedTransferPage() {
  const { organisation } = useOrganisation();
  const { transferId = '' } = useParams();
  const queryClient = useQueryClient();
  const key = ['safeguarding', 'transfer', 'received', organisation.id, transferId];
  const transfer = useQuery({ queryKey: key, queryFn: () => api.receivedTransfer(organisation.id, transferId), ...once });
  const [localRef, setLocalRef] = useState('');
  const [reason, setReason] = useState('');
  const answered = async (next: ReceivedTransfer) => {
    queryClient.setQueryData(key, next);
    await queryClient.invalidateQueries({ queryKey: ['safeguarding', 'transfers'] });
  };
  const accept = useMutation({ mutationFn: () => api.acceptTransfer(organisation.id, transferId, localRef), onSuccess: answered });
  const decline = useMutation({ mutationFn: () => api.declineTransfer(organisation.id, transferId, reason), onSuccess: answered });
  const t = transfer.data;
  const title = t ? `File of ${t.learnerRef} from ${t.from.academy}` : 'A file sent to you';
  const acceptErrors = fieldErrors(accept.error);
  const declineErrors = fieldErrors(decline.error);
  return (
    <SafeguardingPage title={`${title} – ${organisation.name}`} heading={title} breadcrumbs={crumbs(organisation.id, t?.learnerRef ?? 'Received')}>
      {transfer.error ? (
        <QueryError error={transfer.error} what="transfer" />
      ) : !t ? (
        <Loading what="Opening the file" />
      ) : (
        <>
          <p className="lede">
            Sent by {t.sentBy}, {t.from.academy} ({t.from.organisation}), for {t.academy.name}: {stateWords(t)}.
          </p>
          {t.state === 'accepted' && (
            <div className="notice success" role="status">
              <p className="notice-title">Accepted as {t.localRef}</p>
              <p>
                The file is in the learner’s <Link to={`/orgs/${organisation.id}/safeguarding/chronology?learnerRef=${encodeURIComponent(t.localRef ?? '')}`}>chronology</Link>.
              </p>
            </div>
          )}
          <Trail t={{ ...t, sentByName: t.sentBy }} />
          {t.allowed.includes('safeguarding.transfer_accept') && (
            <div className="two-columns">
              <form
                noValidate
                className="panel"
                aria-labelledby="accept-heading"
                onSubmit={(event) => {
                  event.preventDefault();
                  accept.mutate();
                }}
              >
                <h2 id="accept-heading">Accept the file</h2>
                <ErrorSummary key={accept.submittedAt} error={accept.error} fields={{ learnerRef: { id: 'accept-ref', label: 'Your reference for the learner' } }} />
                <TextField
                  id="accept-ref"
                  label="Your reference for the learner"
                  hint="A new one, or the one your records already use: the file joins their chronology."
                  className="input-medium"
                  autoComplete="off"
                  value={localRef}
                  onChange={(event) => setLocalRef(event.target.value)}
                  error={acceptErrors.learnerRef}
                />
                <SubmitButton pending={accept.isPending} pendingText="Accepting">
                  Accept
                </SubmitButton>
              </form>
              <form
                noValidate
                className="panel"
                aria-labelledby="decline-heading"
                onSubmit={(event) => {
                  event.preventDefault();
                  decline.mutate();
                }}
              >
                <h2 id="decline-heading">Not joining you?</h2>
                <ErrorSummary key={decline.submittedAt} error={decline.error} fields={{ reason: { id: 'decline-reason', label: 'Why you decline it' } }} />
                <TextArea id="decline-reason" label="Why you decline it" hint="The sender reads this, so that they can send it where the learner went." rows={3} value={reason} onChange={(event) => setReason(event.target.value)} error={declineErrors.reason} />
                <SubmitButton pending={decline.isPending} pendingText="Declining" className="secondary">
                  Decline
                </SubmitButton>
              </form>
            </div>
          )}
          {t.file && <FileView file={t.file} />}
        </>
      )}
    </SafeguardingPage>
  );
}
