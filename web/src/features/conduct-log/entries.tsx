import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, type ConductEntryFilters } from '../../api.ts';
import { Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { SelectField, TextField } from '../../ui/form.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Pager, pageNumber } from '../../ui/pager.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { conductOutcomeLabel } from './labels.ts';
import { categoriesQuery } from './queries.ts';

// The conduct log (003 §6.4): the entries the person may read, newest first, filtered by academy, dates,
// category and provision; a figure of the patterns drills down to here with its own selection (a person, a
// month), and only the entries the reader may read are listed. Each listing of an entry is in the audit trail.

const PAGE_SIZE = 25;
const FILTERS = ['academyId', 'from', 'to', 'category', 'provision', 'staffId'] as const;
type Filter = (typeof FILTERS)[number];

/** `/orgs/:orgId/conduct-log?academyId=&from=&to=&category=&provision=&staffId=&page=` */
export function ConductLogPage() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const page = pageNumber(search);
  const filters: ConductEntryFilters = Object.fromEntries(FILTERS.flatMap((key) => (search.get(key) ? [[key, search.get(key)!]] : [])));
  const [draft, setDraft] = useState<Record<Filter, string>>(() => Object.fromEntries(FILTERS.map((key) => [key, search.get(key) ?? ''])) as Record<Filter, string>);
  useEffect(() => setDraft(Object.fromEntries(FILTERS.map((key) => [key, search.get(key) ?? ''])) as Record<Filter, string>), [search]);
  const entries = useQuery({
    queryKey: ['conduct-log', 'entries', organisation.id, filters, page],
    queryFn: () => api.conductEntries(organisation.id, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
  const categories = useQuery({ ...categoriesQuery(organisation.id), enabled: can(organisation, 'conduct_log.record') });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(Object.fromEntries(Object.entries(draft).filter(([, value]) => value)));
  };
  const pageLink = (n: number) => {
    const next = new URLSearchParams(search);
    next.set('page', String(n));
    return `?${next.toString()}`;
  };
  const base = `/orgs/${organisation.id}/conduct-log`;
  const aboutOne = filters.staffId ? entries.data?.items[0]?.staff.name : undefined;
  return (
    <Page title={`Conduct log – ${organisation.name}`} heading="Conduct log">
      {arrival.done && <Status title={arrival.done} />}
      <p className="lede">
        Entries about staff members’ conduct, kept by each academy’s principal to find themes and patterns that inform training (Staff Code of Conduct 6.4). Each reading is recorded in the
        audit trail.
      </p>
      <p>
        {can(organisation, 'conduct_log.record') && (
          <>
            <Link className="button" to={`${base}/new`}>
              Record an entry
            </Link>{' '}
          </>
        )}
        {can(organisation, 'conduct_log.analyse') && (
          <>
            <Link to={`${base}/patterns`}>Patterns</Link> · <Link to={`${base}/training-needs`}>Training needs</Link>
          </>
        )}
        {can(organisation, 'conduct_log.grant') && (
          <>
            {' '}
            · <Link to={`${base}/access`}>Who has access</Link>
          </>
        )}
      </p>
      <form className="filters" onSubmit={submit} aria-label="Filter the entries">
        {organisation.academies.length > 1 && (
          <SelectField id="filter-academy" label="Academy" value={draft.academyId} onChange={(event) => setDraft({ ...draft, academyId: event.target.value })}>
            <option value="">All you may read</option>
            {organisation.academies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField id="filter-from" label="From" type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        <TextField id="filter-to" label="To" type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        {categories.data ? (
          <SelectField id="filter-category" label="Category" value={draft.category} onChange={(event) => setDraft({ ...draft, category: event.target.value })}>
            <option value="">Any</option>
            {categories.data.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </SelectField>
        ) : (
          <TextField id="filter-category" label="Category" className="input-short" value={draft.category} onChange={(event) => setDraft({ ...draft, category: event.target.value })} />
        )}
        <TextField id="filter-provision" label="Provision" className="input-short" hint="Such as 8.2" value={draft.provision} onChange={(event) => setDraft({ ...draft, provision: event.target.value })} />
        <button type="submit" className="button secondary">
          Show entries
        </button>
      </form>
      {filters.staffId && (
        <p>
          About one member of staff{aboutOne ? `: ${aboutOne}` : ''}.{' '}
          <Link to={`?${new URLSearchParams(Object.entries(filters).filter(([key]) => key !== 'staffId') as [string, string][]).toString()}`}>Show everyone’s</Link>
        </p>
      )}
      {entries.error ? (
        <QueryError error={entries.error} what="conduct log" />
      ) : !entries.data ? (
        <Loading what="Loading the entries" />
      ) : entries.data.items.length === 0 ? (
        <p>{Object.keys(filters).length ? 'No entry you may read matches.' : 'There is no entry you may read.'}</p>
      ) : (
        <>
          <p className="hint" role="status">
            {entries.data.more
              ? `More than ${entries.data.total.toLocaleString('en-GB')} entries you may read, newest first: choose a period, a member of staff or a category to see fewer.`
              : `${entries.data.total === 1 ? '1 entry' : `${entries.data.total.toLocaleString('en-GB')} entries`} you may read, newest first.`}
          </p>
          <TableRegion id="entries" caption="Conduct log entries" captionHidden>
            <thead>
              <tr>
                <th scope="col">Member of staff</th>
                <th scope="col">Date</th>
                <th scope="col">Categories</th>
                <th scope="col">Outcome</th>
                <th scope="col">Academy</th>
                <th scope="col">Shared with them</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.items.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">
                    <Link to={`${base}/entries/${entry.id}`}>{entry.staff.name}</Link>
                  </th>
                  <td className="nowrap">{formatDate(entry.occurredOn)}</td>
                  <td>{entry.categories.map((c) => c.title).join('; ')}</td>
                  <td>{conductOutcomeLabel(entry.outcome)}</td>
                  <td>{entry.academy.name}</td>
                  <td>{entry.sharedAt ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <Pager what="entries" page={page} pageSize={PAGE_SIZE} total={entries.data.total} more={entries.data.more} shown={entries.data.items.length} to={pageLink} />
        </>
      )}
    </Page>
  );
}
