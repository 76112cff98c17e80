import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, DEADLINE_STATES, type DeadlineFilters, type DeadlineState } from '../../api.ts';
import { LiveRegion, Loading, NotAvailable, QueryError, refused, Status } from '../../ui/feedback.tsx';
import { SelectField } from '../../ui/form.tsx';
import { Page } from '../../ui/page.tsx';
import { Pager, pageNumber } from '../../ui/pager.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { DeadlineTable } from './deadline-table.tsx';
import { stateLabel } from './state.tsx';

export const deadlineKindsQuery = { queryKey: ['deadline-kinds'], queryFn: api.deadlineKinds, staleTime: Infinity } as const;

/** The server pages and counts them; a page is as many as a person can scan. */
const DEADLINES_PAGE_SIZE = 100;
const count = new Intl.NumberFormat('en-GB');

/** `/orgs/:orgId/deadlines`: the deadlines of the people the signed-in person oversees, filtered. */
export function OrganisationDeadlinesPage() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const filters: DeadlineFilters = {
    state: (DEADLINE_STATES as readonly string[]).includes(search.get('state') ?? '') ? (search.get('state') as DeadlineState) : undefined,
    kind: search.get('kind') || undefined,
    ownerId: search.get('ownerId') || undefined,
  };
  const page = pageNumber(search);
  const [draft, setDraft] = useState({ state: filters.state ?? '', kind: filters.kind ?? '' });
  const deadlines = useQuery({
    queryKey: ['deadlines', organisation.id, filters, page],
    queryFn: () => api.deadlines(organisation.id, { ...filters, limit: DEADLINES_PAGE_SIZE, offset: (page - 1) * DEADLINES_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const kinds = useQuery(deadlineKindsQuery);
  const [done, setDone] = useState<string | null>(null);
  const base = `/orgs/${organisation.id}`;
  const ownerName = filters.ownerId ? deadlines.data?.items.find((d) => d.ownerId === filters.ownerId)?.ownerName : null;
  const pageLink = (to: number) => {
    const next = new URLSearchParams(search);
    if (to > 1) next.set('page', String(to));
    else next.delete('page');
    return `?${next}`;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.state) next.set('state', draft.state);
    if (draft.kind) next.set('kind', draft.kind);
    if (filters.ownerId) next.set('ownerId', filters.ownerId);
    setSearch(next);
  };
  const clear = () => {
    setDraft({ state: '', kind: '' });
    setSearch({});
  };

  if (refused(deadlines.error)) {
    return (
      <Page title={`Deadlines you oversee – ${organisation.name}`} heading="Deadlines you oversee">
        <NotAvailable where={organisation.name}>
          <p>
            Deadlines are overseen by leaders and case officers. <Link to="/deadlines">See your own deadlines</Link>.
          </p>
        </NotAvailable>
      </Page>
    );
  }

  return (
    <Page
      title={`Deadlines you oversee – ${organisation.name}`}
      heading="Deadlines you oversee"
      actions={
        <>
          {can(organisation, 'deadline.create') && (
            <Link className="button" to={`${base}/deadlines/new`}>
              Give someone a deadline
            </Link>
          )}
          <Link className="button secondary" to={`${base}/deadlines/overdue`}>
            Overdue report
          </Link>
        </>
      }
    >
      <p className="lede">The deadlines of the people you oversee in {organisation.name}, soonest first.</p>
      <LiveRegion>{done && <Status title={done} />}</LiveRegion>
      <form className="panel" role="search" aria-label="Deadlines" noValidate onSubmit={submit}>
        <div className="filters">
          <SelectField id="filter-state" label="State" value={draft.state} onChange={(event) => setDraft({ ...draft, state: event.target.value })}>
            <option value="">Any state</option>
            {DEADLINE_STATES.map((state) => (
              <option key={state} value={state}>
                {stateLabel(state)}
              </option>
            ))}
          </SelectField>
          <SelectField id="filter-kind" label="Kind" value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value })}>
            <option value="">Any kind</option>
            {kinds.data?.map((kind) => (
              <option key={kind.kind} value={kind.kind}>
                {kind.title}
              </option>
            ))}
          </SelectField>
        </div>
        {filters.ownerId && (
          <p>
            Only the deadlines of <strong>{ownerName ?? 'one person'}</strong>.
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button">
            Show deadlines
          </button>
          {search.toString() && (
            <button type="button" className="button secondary" onClick={clear}>
              Clear filters
            </button>
          )}
        </div>
      </form>
      {deadlines.error ? (
        <QueryError error={deadlines.error} what="deadlines" />
      ) : !deadlines.data ? (
        <Loading what="Loading deadlines" />
      ) : (
        <>
          <p className="muted" role="status">
            {deadlines.data.total === 0
              ? 'No deadlines match.'
              : deadlines.data.total <= DEADLINES_PAGE_SIZE
                ? `${count.format(deadlines.data.total)} ${deadlines.data.total === 1 ? 'deadline' : 'deadlines'}.`
                : `Showing ${count.format((page - 1) * DEADLINES_PAGE_SIZE + 1)}–${count.format((page - 1) * DEADLINES_PAGE_SIZE + deadlines.data.items.length)} of ${count.format(deadlines.data.total)} deadlines.`}
          </p>
          {deadlines.data.items.length > 0 && (
            <DeadlineTable id="organisation-deadlines" caption={`Deadlines in ${organisation.name}, soonest first`} deadlines={deadlines.data.items} showOwner onDone={setDone} />
          )}
          <Pager what="deadlines" page={page} pageSize={DEADLINES_PAGE_SIZE} total={deadlines.data.total} shown={deadlines.data.items.length} to={pageLink} />
        </>
      )}
    </Page>
  );
}
