import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type DueForDeletion, type LegalHold, type NewLegalHold, type RecordRetention } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { PersonPicker, type PickedPerson } from '../../ui/person-picker.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { Allowed, can, useOrganisation } from '../organisations/organisation.tsx';

// The data protection officer's page for the records' retention (src/features/retention): what is due for
// deletion, to confirm in a batch or one by one; the legal holds that stop a deletion, placed and lifted with
// a reason; the deletion records, which say what went and under which rule, never what it said or whom it
// was about; and how long each type of record is kept here, with the guidance each period comes from.

const SCOPE_WORDS: Record<LegalHold['scope'], string> = { record: 'One record', person: 'Every record about a person', type: 'A whole type of record' };

/** An ISO 8601 period in words: P6Y, six years; P2192D, 2192 days. */
export function periodWords(keptFor: string): string {
  const years = /^P(\d+)Y$/.exec(keptFor);
  if (years) return `${years[1]} year${years[1] === '1' ? '' : 's'}`;
  const days = /^P(\d+)D$/.exec(keptFor);
  return days ? `${days[1]} days` : keptFor;
}

const keys = (orgId: string) => ({
  schedule: ['retention', 'records', orgId],
  due: ['retention', 'due', orgId],
  deletions: ['retention', 'deletions', orgId],
  holds: ['retention', 'holds', orgId],
});

/** `/orgs/:orgId/retention` */
export function RetentionPage() {
  const { organisation } = useOrganisation();
  return (
    <Allowed actions={['retention.review', 'retention.hold', 'retention.read']} title="Records retention">
      <Page title={`Records retention – ${organisation.name}`} heading="Records retention">
        <p className="lede">
          Each type of record is kept for a period set by records-management guidance for schools, from the event named. Once the period has run, a record is listed here every night; nothing is
          deleted until you confirm it, and nothing under a legal hold can be.
        </p>
        {can(organisation, 'retention.review') && <DueList />}
        {can(organisation, 'retention.hold') && <Holds />}
        <DeletionRecords />
        <Schedule />
      </Page>
    </Allowed>
  );
}

function DueList() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const key = keys(organisation.id);
  const due = useQuery({ queryKey: key.due, queryFn: () => api.dueForDeletion(organisation.id) });
  const schedule = useQuery({ queryKey: key.schedule, queryFn: () => api.recordRetention(organisation.id) });
  const [chosen, setChosen] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const listNow = useMutation({ mutationFn: () => api.listDueNow(organisation.id), onSuccess: (list) => queryClient.setQueryData(key.due, list) });
  const confirm = useMutation({
    mutationFn: (ids: string[]) => api.confirmDeletions(organisation.id, ids),
    onSuccess: async () => {
      setChosen([]);
      setConfirming(false);
      await Promise.all([queryClient.invalidateQueries({ queryKey: key.due }), queryClient.invalidateQueries({ queryKey: key.deletions })]);
    },
    onError: () => setConfirming(false),
  });
  const toggle = (id: string) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const typeWords = (row: DueForDeletion) => schedule.data?.find((t) => t.type === row.recordType)?.record ?? row.record;
  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading">Due for deletion</h2>
      <LiveRegion>
        {confirm.isSuccess && <Status key={confirm.submittedAt} title={`Deleted ${confirm.data.deleted} record${confirm.data.deleted === 1 ? '' : 's'}, with their files; a deletion record keeps what went and under which rule`} />}
        {listNow.isSuccess && <Status key={listNow.submittedAt} tone="info" title={`${listNow.data.length} record${listNow.data.length === 1 ? ' is' : 's are'} due for deletion`} />}
      </LiveRegion>
      <ErrorSummary error={confirm.error ?? listNow.error} fields={{}} />
      <div className="actions">
        <button type="button" className="button secondary" disabled={listNow.isPending} onClick={() => listNow.mutate()}>
          List what is due now
        </button>
      </div>
      {due.error ? (
        <QueryError error={due.error} what="records due for deletion" />
      ) : !due.data ? (
        <Loading what="Loading what is due" />
      ) : due.data.length === 0 ? (
        <p>Nothing is due for deletion.</p>
      ) : (
        <form
          noValidate
          aria-label="Confirm deletions"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            if (chosen.length) setConfirming(true);
          }}
        >
          <TableRegion id="due-table" caption="Records whose retention period has run">
            <thead>
              <tr>
                <th scope="col">Choose</th>
                <th scope="col">Type of record</th>
                <th scope="col">Kept for</th>
                <th scope="col">Period ran from</th>
                <th scope="col">Record</th>
                <th scope="col">Legal hold</th>
              </tr>
            </thead>
            <tbody>
              {due.data.map((row) => (
                <tr key={row.id}>
                  <td>
                    {row.allowed.includes('retention.review') ? (
                      <input type="checkbox" id={`choose-${row.id}`} checked={chosen.includes(row.id)} onChange={() => toggle(row.id)} aria-label={`Choose ${typeWords(row)}, ${formatDate(row.eventAt.slice(0, 10))}`} />
                    ) : (
                      'Held'
                    )}
                  </td>
                  <td>{typeWords(row)}</td>
                  <td>
                    {periodWords(row.keptFor)} after {row.after}
                  </td>
                  <td>{formatDate(row.eventAt.slice(0, 10))}</td>
                  <td>
                    <code>{row.recordId}</code>
                  </td>
                  <td>{row.heldBy.length ? row.heldBy.map((h) => `${SCOPE_WORDS[h.scope]}: ${h.reason}`).join('; ') : 'None'}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          {confirming ? (
            <div className="panel" role="group" aria-labelledby="confirm-heading">
              <h3 id="confirm-heading">
                Delete {chosen.length} record{chosen.length === 1 ? '' : 's'} for good?
              </h3>
              <p>Each goes with everything that depends on it and its files. This cannot be undone. A deletion record keeps the type, the rule, the time and your name, nothing else.</p>
              <div className="actions">
                <button type="button" className="button danger" disabled={confirm.isPending} onClick={() => confirm.mutate(chosen)} autoFocus>
                  Yes, delete {chosen.length === 1 ? 'it' : 'them'}
                </button>
                <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <div className="actions">
              <SubmitButton pending={confirm.isPending}>Delete the chosen records</SubmitButton>
              {chosen.length === 0 && <p className="hint">Choose one or more records first.</p>}
            </div>
          )}
        </form>
      )}
    </section>
  );
}

function Holds() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const key = keys(organisation.id);
  const holds = useQuery({ queryKey: key.holds, queryFn: () => api.legalHolds(organisation.id) });
  const schedule = useQuery({ queryKey: key.schedule, queryFn: () => api.recordRetention(organisation.id) });
  const [scope, setScope] = useState<LegalHold['scope']>('record');
  const [recordType, setRecordType] = useState('');
  const [recordId, setRecordId] = useState('');
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [reason, setReason] = useState('');
  const changed = () => Promise.all([queryClient.invalidateQueries({ queryKey: key.holds }), queryClient.invalidateQueries({ queryKey: key.due })]);
  const place = useMutation({
    mutationFn: (body: NewLegalHold) => api.placeLegalHold(organisation.id, body),
    onSuccess: async () => {
      setRecordId('');
      setPerson(null);
      setReason('');
      await changed();
    },
  });
  const errors = fieldErrors(place.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    place.mutate({
      scope,
      reason,
      ...(scope !== 'person' ? { recordType } : {}),
      ...(scope === 'record' ? { recordId: recordId.trim() } : {}),
      ...(scope === 'person' && person ? { personId: person.id } : {}),
    });
  };
  const search = async (q: string): Promise<PickedPerson[]> => (await api.people(organisation.id, q)).map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}`, detail: p.email }));
  return (
    <section aria-labelledby="holds-heading">
      <h2 id="holds-heading">Legal holds</h2>
      <p>A hold stops the deletion of what it covers until it is lifted: one record, every record about a person, or a whole type. Placing and lifting one is recorded in the audit trail with its reason.</p>
      <LiveRegion>{place.isSuccess && <Status key={place.submittedAt} title={`Legal hold placed: ${SCOPE_WORDS[place.data.scope].toLowerCase()}`} />}</LiveRegion>
      <form noValidate onSubmit={submit} aria-label="Place a legal hold">
        <ErrorSummary
          key={place.submittedAt}
          error={place.error}
          fields={{
            recordType: { id: 'hold-type', label: 'Type of record' },
            recordId: { id: 'hold-record', label: 'Record' },
            personId: { id: 'hold-person', label: 'Person' },
            reason: { id: 'hold-reason', label: 'Why' },
          }}
        />
        <SelectField id="hold-scope" label="Hold" value={scope} onChange={(event) => setScope(event.target.value as LegalHold['scope'])}>
          {(Object.keys(SCOPE_WORDS) as LegalHold['scope'][]).map((s) => (
            <option key={s} value={s}>
              {SCOPE_WORDS[s]}
            </option>
          ))}
        </SelectField>
        {scope !== 'person' && (
          <SelectField id="hold-type" label="Type of record" value={recordType} onChange={(event) => setRecordType(event.target.value)} error={errors.recordType}>
            <option value="">Choose a type</option>
            {(schedule.data ?? []).map((t: RecordRetention) => (
              <option key={t.type} value={t.type}>
                {t.record}
              </option>
            ))}
          </SelectField>
        )}
        {scope === 'record' && <TextField id="hold-record" label="Record" hint="The record's reference as the list above shows it." value={recordId} onChange={(event) => setRecordId(event.target.value)} error={errors.recordId} />}
        {scope === 'person' && <PersonPicker id="hold-person" label="Person" hint="Every record about them is held." value={person} onChange={setPerson} error={errors.personId} search={search} queryKey={['retention', 'people', organisation.id]} />}
        <TextArea id="hold-reason" label="Why" hint="A claim, a request, an investigation: at least 10 characters." rows={3} value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} />
        <SubmitButton pending={place.isPending}>Place the hold</SubmitButton>
      </form>
      {holds.error ? (
        <QueryError error={holds.error} what="legal holds" />
      ) : !holds.data ? (
        <Loading what="Loading the legal holds" />
      ) : holds.data.length === 0 ? (
        <p>No legal hold has been placed.</p>
      ) : (
        <ul className="plain-list">
          {holds.data.map((hold) => (
            <Hold key={hold.id} hold={hold} types={schedule.data ?? []} onLifted={changed} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Hold({ hold, types, onLifted }: { hold: LegalHold; types: RecordRetention[]; onLifted: () => Promise<unknown> }) {
  const { organisation } = useOrganisation();
  const [reason, setReason] = useState('');
  const lift = useMutation({ mutationFn: () => api.liftLegalHold(organisation.id, hold.id, reason), onSuccess: onLifted });
  const typeWords = types.find((t) => t.type === hold.recordType)?.record ?? hold.recordType;
  const what = hold.scope === 'person' ? 'every record about a person' : hold.scope === 'type' ? `every record of the type “${typeWords}”` : `a record of the type “${typeWords}” (${hold.recordId})`;
  const id = `lift-${hold.id}`;
  return (
    <li className="panel">
      <h3>
        {hold.liftedAt ? 'Lifted: ' : 'Held: '}
        {what}
      </h3>
      <p className="message-body">{hold.reason}</p>
      <p className="hint">Placed {formatDateTime(hold.placedAt)}.</p>
      {hold.liftedAt ? (
        <p className="hint">
          Lifted {formatDateTime(hold.liftedAt)}: {hold.liftReason}
        </p>
      ) : (
        <form
          noValidate
          aria-label={`Lift the hold on ${what}`}
          onSubmit={(event) => {
            event.preventDefault();
            lift.mutate();
          }}
        >
          <ErrorSummary error={lift.error} fields={{ reason: { id, label: 'Why lift it' } }} />
          <TextArea id={id} label="Why lift it" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} error={fieldErrors(lift.error).reason} />
          <SubmitButton pending={lift.isPending} className="secondary">
            Lift the hold
          </SubmitButton>
        </form>
      )}
    </li>
  );
}

function DeletionRecords() {
  const { organisation } = useOrganisation();
  const deletions = useQuery({ queryKey: keys(organisation.id).deletions, queryFn: () => api.deletionRecords(organisation.id), enabled: can(organisation, 'retention.read') });
  const schedule = useQuery({ queryKey: keys(organisation.id).schedule, queryFn: () => api.recordRetention(organisation.id), enabled: can(organisation, 'retention.read') });
  if (!can(organisation, 'retention.read')) return null;
  return (
    <section aria-labelledby="deletions-heading">
      <h2 id="deletions-heading">Deletion records</h2>
      <p>What went, under which rule and when. They keep no name and nothing the record said; the hash confirms a deletion to someone who already holds the record&rsquo;s reference.</p>
      {deletions.error ? (
        <QueryError error={deletions.error} what="deletion records" />
      ) : !deletions.data ? (
        <Loading what="Loading the deletion records" />
      ) : deletions.data.length === 0 ? (
        <p>No record has been deleted yet.</p>
      ) : (
        <TableRegion id="deletions-table" caption="Records deleted">
          <thead>
            <tr>
              <th scope="col">Deleted</th>
              <th scope="col">Type of record</th>
              <th scope="col">Rule</th>
              <th scope="col">Files</th>
              <th scope="col">Hash of its reference</th>
            </tr>
          </thead>
          <tbody>
            {deletions.data.map((d) => (
              <tr key={d.id}>
                <td>{formatDateTime(d.deletedAt)}</td>
                <td>{schedule.data?.find((t) => t.type === d.recordType)?.record ?? d.recordType}</td>
                <td>
                  {periodWords(d.keptFor)} after {d.after}
                </td>
                <td>{d.files}</td>
                <td>
                  <code>{d.recordHash.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}

function Schedule() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const key = keys(organisation.id).schedule;
  const schedule = useQuery({ queryKey: key, queryFn: () => api.recordRetention(organisation.id), enabled: can(organisation, 'retention.read') });
  const [recordType, setRecordType] = useState('');
  const [years, setYears] = useState('');
  const lengthen = useMutation({ mutationFn: () => api.setRecordRetention(organisation.id, recordType, /^\d+$/.test(years.trim()) ? `P${years.trim()}Y` : years.trim()), onSuccess: (saved) => queryClient.setQueryData(key, saved) });
  if (!can(organisation, 'retention.read')) return null;
  const errors = fieldErrors(lengthen.error);
  return (
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">How long each type of record is kept</h2>
      {schedule.error ? (
        <QueryError error={schedule.error} what="the schedule" />
      ) : !schedule.data ? (
        <Loading what="Loading the schedule" />
      ) : (
        <TableRegion id="schedule-table" caption="Retention periods and their sources">
          <thead>
            <tr>
              <th scope="col">Type of record</th>
              <th scope="col">Kept for</th>
              <th scope="col">From</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {schedule.data.map((t) => (
              <tr key={t.type}>
                <td>{t.record}</td>
                <td>
                  {periodWords(t.keptFor)}
                  {t.keptFor !== t.defaultKeptFor && ` (default ${periodWords(t.defaultKeptFor)})`}
                </td>
                <td>{t.after}</td>
                <td>{t.source}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {can(organisation, 'retention.configure') && schedule.data && (
        <form
          noValidate
          aria-label="Keep a type of record longer"
          onSubmit={(event) => {
            event.preventDefault();
            lengthen.mutate();
          }}
        >
          <h3>Keep a type of record longer</h3>
          <LiveRegion>{lengthen.isSuccess && <Status key={lengthen.submittedAt} title="The period was changed; what is due is listed by it from now on" />}</LiveRegion>
          <ErrorSummary key={lengthen.submittedAt} error={lengthen.error} fields={{ keptFor: { id: 'period-years', label: 'Kept for, in years' } }} />
          <SelectField id="period-type" label="Type of record" value={recordType} onChange={(event) => setRecordType(event.target.value)}>
            <option value="">Choose a type</option>
            {schedule.data.map((t) => (
              <option key={t.type} value={t.type}>
                {t.record}
              </option>
            ))}
          </SelectField>
          <TextField id="period-years" label="Kept for, in years" hint="Never shorter than the default, which the guidance sets." type="number" inputMode="numeric" className="input-short" value={years} onChange={(event) => setYears(event.target.value)} error={errors.keptFor} />
          <SubmitButton pending={lengthen.isPending}>Keep it longer</SubmitButton>
        </form>
      )}
    </section>
  );
}
