import { useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ACTION_WORDS, actionWords } from '../../../../src/platform/audit/words.ts';
import { api, type AuditEntry, type AuditFilters } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { Allowed, can, useOrganisation } from '../organisations/organisation.tsx';

const PAGE_SIZE = 50;
const FILTERS = ['person', 'action', 'from', 'to', 'recordType', 'recordId'] as const;
type Filter = (typeof FILTERS)[number];

export function AuditPage() {
  return (
    <Allowed actions={['audit.read', 'audit.verify']} title="Audit trail">
      <Audit />
    </Allowed>
  );
}

function Audit() {
  const { organisation } = useOrganisation();
  return (
    <Page title={`Audit trail – ${organisation.name}`} heading="Audit trail">
      <p className="lede">Every change in {organisation.name}, and every reading of a sensitive record, in the order it happened. Entries cannot be changed or removed.</p>
      {can(organisation, 'audit.verify') && <VerifyChain />}
      {can(organisation, 'audit.read') ? (
        <AuditSearch />
      ) : (
        <p>Your roles here let you check that the audit trail is unbroken, but not read its entries.</p>
      )}
    </Page>
  );
}

function VerifyChain() {
  const { organisation } = useOrganisation();
  const verify = useMutation({ mutationFn: () => api.verifyAudit(organisation.id) });
  return (
    <section className="panel" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Check the chain</h2>
      <p>
        Each entry carries a hash of the one before it. Checking recomputes every hash, so any change to a past entry shows. Every hour the chain’s newest entry is also written down
        outside the database, so that entries cut off the end show too.
      </p>
      <LiveRegion>
        {verify.data &&
          (verify.data.ok ? (
            <Status title="The audit trail is intact">
              <p>
                All {verify.data.entries} entries follow on from each other and match their hashes
                {verify.data.anchoredAt ? `, and the chain still holds the newest entry written down at ${formatDateTime(verify.data.anchoredAt)}` : ''}. Checked{' '}
                {formatDateTime(verify.data.checkedAt)}.
              </p>
            </Status>
          ) : null)}
      </LiveRegion>
      {verify.data && !verify.data.ok && (
        <Alert title="The audit trail is broken">
          <p>
            {verify.data.problems.length} {verify.data.problems.length === 1 ? 'problem' : 'problems'} in {verify.data.entries} entries, checked {formatDateTime(verify.data.checkedAt)}:
          </p>
          <ul>
            {verify.data.problems.map((problem) => (
              <li key={problem.seq}>
                Entry {problem.seq}: {problem.reason}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {verify.error && <Alert title="The check could not run">{verify.error.message}</Alert>}
      <button type="button" className="button secondary" disabled={verify.isPending} onClick={() => verify.mutate()}>
        {verify.isPending ? 'Checking…' : 'Verify the chain'}
      </button>
    </section>
  );
}

// Every organisation Probity serves is in the UK: its trail reads in UK time, whatever the reader's computer says.
const TIME_ZONE = 'Europe/London';
const ukTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: TIME_ZONE });

/** A day (YYYY-MM-DD) in UK time as the first or last instant of that day. */
function instant(date: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date || undefined;
  const midnightUtc = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00'}Z`);
  // The UK's offset from UTC on that day: an hour in summer time.
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: TIME_ZONE }).format(new Date(`${date}T12:00:00Z`)));
  return new Date(midnightUtc.getTime() - (hour - 12) * 3_600_000).toISOString();
}

/** The actions grouped by what they concern, in words, for the filter. */
const ACTION_GROUPS = Object.entries(ACTION_WORDS).reduce<Map<string, [string, string][]>>((groups, [action, words]) => {
  const group = action.split('.')[0]!;
  groups.set(group, [...(groups.get(group) ?? []), [action, words]]);
  return groups;
}, new Map());
const groupLabel = (group: string) => {
  const words = group.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function AuditSearch() {
  const [search, setSearch] = useSearchParams();
  const values = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ''])) as Record<Filter, string>;
  const [draft, setDraft] = useState(values);
  const applied = search.toString();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (draft[f].trim()) next.set(f, draft[f].trim());
    setSearch(next);
  };
  const field = (name: Filter, label: string, props: { type?: string; hint?: string } = {}) => (
    <TextField id={`filter-${name}`} label={label} type={props.type ?? 'text'} hint={props.hint} value={draft[name]} onChange={(event) => setDraft({ ...draft, [name]: event.target.value })} />
  );

  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">Entries</h2>
      <form className="panel" role="search" aria-label="Audit trail" noValidate onSubmit={submit}>
        <div className="filters">
          {field('person', 'Done by (part of a name or email)')}
          <SelectField id="filter-action" label="What happened" value={draft.action} onChange={(event) => setDraft({ ...draft, action: event.target.value })}>
            <option value="">Anything</option>
            {[...ACTION_GROUPS].map(([group, actions]) => (
              <optgroup key={group} label={groupLabel(group)}>
                {actions.map(([action, words]) => (
                  <option key={action} value={action}>
                    {words.charAt(0).toUpperCase() + words.slice(1)}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          {field('from', 'From', { type: 'date' })}
          {field('to', 'To', { type: 'date' })}
        </div>
        <details className="row-details">
          <summary>Find one record by its identifier</summary>
          <div className="filters">
            {field('recordType', 'Record type', { hint: 'For example, person' })}
            {field('recordId', 'Record identifier')}
          </div>
        </details>
        <div className="actions">
          <button type="submit" className="button">
            Search the trail
          </button>
          {applied && (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setDraft(Object.fromEntries(FILTERS.map((f) => [f, ''])) as Record<Filter, string>);
                setSearch({});
              }}
            >
              Clear filters
            </button>
          )}
        </div>
      </form>
      <AuditEntries key={applied} values={values} />
    </section>
  );
}

function AuditEntries({ values }: { values: Record<Filter, string> }) {
  const { organisation } = useOrganisation();
  // The `before` of each page already seen, for going back to newer entries.
  const [pages, setPages] = useState<number[]>([]);
  const before = pages.at(-1);
  const filters: AuditFilters = {
    person: values.person || undefined,
    action: values.action || undefined,
    recordType: values.recordType || undefined,
    recordId: values.recordId || undefined,
    from: instant(values.from, false),
    to: instant(values.to, true),
    before,
    limit: PAGE_SIZE,
  };
  const entries = useQuery({ queryKey: ['audit', organisation.id, filters], queryFn: () => api.audit(organisation.id, filters) });
  const errors = fieldErrors(entries.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  if (entries.error) {
    return hasFieldErrors ? (
      <ErrorSummary
        error={entries.error}
        fields={{
          person: { id: 'filter-person', label: 'Done by (part of a name or email)' },
          action: { id: 'filter-action', label: 'What happened' },
          recordType: { id: 'filter-recordType', label: 'Record type' },
          recordId: { id: 'filter-recordId', label: 'Record identifier' },
          from: { id: 'filter-from', label: 'From' },
          to: { id: 'filter-to', label: 'To' },
        }}
      />
    ) : (
      <QueryError error={entries.error} what="audit trail" />
    );
  }
  if (!entries.data) return <Loading what="Loading entries" />;
  const { items: list, total } = entries.data;
  const first = pages.length * PAGE_SIZE + 1;
  const oldest = list.at(-1);
  return (
    <>
      <p role="status" className="muted">
        {list.length === 0
          ? 'No entries match.'
          : `Entries ${first} to ${first + list.length - 1} of ${total}, newest first. Times are UK time.`}
      </p>
      {list.length > 0 && (
        <TableRegion id="audit" caption={`Audit trail of ${organisation.name}, newest first`}>
          <thead>
            <tr>
              <th scope="col">When (UK time)</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {list.map((entry) => (
              <AuditRow key={entry.seq} entry={entry} />
            ))}
          </tbody>
        </TableRegion>
      )}
      {(pages.length > 0 || first + list.length - 1 < total) && (
        <nav className="pager" aria-label="Audit trail pages">
          {pages.length > 0 && (
            <button type="button" className="button secondary" onClick={() => setPages(pages.slice(0, -1))}>
              Newer entries
            </button>
          )}
          {first + list.length - 1 < total && oldest && (
            <button type="button" className="button secondary" onClick={() => setPages([...pages, oldest.seq])}>
              Older entries
            </button>
          )}
        </nav>
      )}
    </>
  );
}

/** "Ada Admin added a person: Nia Patel." */
export function entrySentence(entry: Pick<AuditEntry, 'action' | 'actorName' | 'about' | 'to' | 'actorId'>): string {
  const who = entry.actorName ?? 'Probity';
  const about = entry.about && entry.about.id !== entry.actorId ? `: ${entry.about.name}` : '';
  const to = entry.to && entry.to.id !== entry.actorId ? `${about ? ',' : ':'} to ${entry.to.name}` : '';
  return `${who} ${actionWords(entry.action)}${about}${to}.`;
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const details = Object.entries(entry.details);
  return (
    <tr>
      <td className="nowrap">{ukTime.format(new Date(entry.at))}</td>
      <td>
        <span>{entrySentence(entry)}</span>
        {entry.reason && <span className="hint">Reason: {entry.reason}</span>}
        <details className="row-details">
          <summary>
            Identifiers and details<span className="visually-hidden">: entry {entry.seq}</span>
          </summary>
          <dl className="summary-list" style={{ overflowWrap: 'anywhere' }}>
            <dt>Entry</dt>
            <dd>{entry.seq}</dd>
            <dt>Action</dt>
            <dd>
              <code>{entry.action}</code>
            </dd>
            <dt>Done by</dt>
            <dd>{entry.actorId ? <>{entry.actorEmail ?? ''} <code>{entry.actorId}</code></> : 'Probity itself'}</dd>
            <dt>Record</dt>
            <dd>
              {entry.recordType} {entry.recordId && <code>{entry.recordId}</code>}
            </dd>
            {entry.requestId && (
              <>
                <dt>Request</dt>
                <dd>
                  <code>{entry.requestId}</code>
                </dd>
              </>
            )}
            {details.map(([key, value]) => (
              <Fragment key={key}>
                <dt>{key}</dt>
                <dd>
                  <code>{typeof value === 'string' ? value : JSON.stringify(value)}</code>
                </dd>
              </Fragment>
            ))}
          </dl>
        </details>
      </td>
    </tr>
  );
}
