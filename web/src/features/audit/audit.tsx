import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, type AuditEntry, type AuditFilters } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { Allowed, can, useOrganisation } from '../organisations/organisation.tsx';

const PAGE_SIZE = 50;
const FILTERS = ['action', 'actorEmail', 'recordType', 'recordId', 'from', 'to'] as const;
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

/** A local date (YYYY-MM-DD) as the first or last instant of that day. */
function instant(date: string, end: boolean): string | undefined {
  if (!date) return undefined;
  const at = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(at.getTime()) ? date : at.toISOString();
}

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
          {field('action', 'Action', { hint: 'For example, people.imported' })}
          {field('actorEmail', 'Done by (email)')}
          {field('recordType', 'Record type', { hint: 'For example, person' })}
          {field('recordId', 'Record id')}
          {field('from', 'From', { type: 'date' })}
          {field('to', 'To', { type: 'date' })}
        </div>
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
    action: values.action || undefined,
    actorEmail: values.actorEmail || undefined,
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
          action: { id: 'filter-action', label: 'Action' },
          actorEmail: { id: 'filter-actorEmail', label: 'Done by' },
          recordType: { id: 'filter-recordType', label: 'Record type' },
          recordId: { id: 'filter-recordId', label: 'Record id' },
          from: { id: 'filter-from', label: 'From' },
          to: { id: 'filter-to', label: 'To' },
        }}
      />
    ) : (
      <QueryError error={entries.error} what="audit trail" />
    );
  }
  if (!entries.data) return <Loading what="Loading entries" />;
  const list = entries.data;
  const newest = list[0];
  const oldest = list.at(-1);
  return (
    <>
      <p role="status" className="muted">
        {list.length === 0
          ? 'No entries match.'
          : `Showing ${list.length} ${list.length === 1 ? 'entry' : 'entries'}, numbers ${newest!.seq} to ${oldest!.seq}, newest first.`}
      </p>
      {list.length > 0 && (
        <TableRegion id="audit" caption={`Audit trail of ${organisation.name}, newest first`}>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">When</th>
              <th scope="col">Action</th>
              <th scope="col">Done by</th>
              <th scope="col">Record</th>
              <th scope="col">Reason</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {list.map((entry) => (
              <AuditRow key={entry.seq} entry={entry} />
            ))}
          </tbody>
        </TableRegion>
      )}
      {(pages.length > 0 || list.length === PAGE_SIZE) && (
      <nav className="pager" aria-label="Audit trail pages">
        {pages.length > 0 && (
          <button type="button" className="button secondary" onClick={() => setPages(pages.slice(0, -1))}>
            Newer entries
          </button>
        )}
        {list.length === PAGE_SIZE && oldest && (
          <button type="button" className="button secondary" onClick={() => setPages([...pages, oldest.seq])}>
            Older entries
          </button>
        )}
      </nav>
      )}
    </>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const details = Object.entries(entry.details);
  return (
    <tr>
      <td className="nowrap">{entry.seq}</td>
      <td className="nowrap">{formatDateTime(entry.at)}</td>
      <td>
        <code>{entry.action}</code>
      </td>
      <td>{entry.actorName ? `${entry.actorName}${entry.actorEmail ? ` (${entry.actorEmail})` : ''}` : <span className="muted">Probity</span>}</td>
      <td>
        {entry.recordType}
        {entry.recordId && (
          <>
            <br />
            <code className="muted">{entry.recordId}</code>
          </>
        )}
      </td>
      <td>{entry.reason ?? <span className="muted">—</span>}</td>
      <td>
        {details.length ? (
          details.map(([key, value]) => (
            <div key={key}>
              {key}: <code>{typeof value === 'string' ? value : JSON.stringify(value)}</code>
            </div>
          ))
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}
