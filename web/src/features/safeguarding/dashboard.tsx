import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CONCERN_CATEGORIES, CONCERN_STATES, type ConcernCategory, type ConcernState, type DashboardItem, type SafeguardingDashboard } from '../../api.ts';
import { BarChart } from '../../ui/chart.tsx';
import { Loading, QueryError, refused } from '../../ui/feedback.tsx';
import { SelectField, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Pager, pageNumber } from '../../ui/pager.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { SafeguardingPage } from './frame.tsx';
import { categoryLabel, stateLabel, stateTone, waitingLabel } from './labels.ts';
import { concernsQuery, dashboardQuery, recordsConcerns } from './queries.ts';
import { IncomingTransfers } from './transfers.tsx';

// The designated safeguarding lead's dashboard, over the academies whose team they are on: what is new, what
// falls due today and what is overdue (triage by the end of the academy day, actions by their day, agencies'
// answers and assessments), and the open concerns by category. Below it, every record the person may read,
// and a learner's chronology. Someone who reads records without being on a team (a principal an alert
// reached, someone the team let see one) has the list and the chronology.

const PAGE_SIZE = 25;

/** `/orgs/:orgId/safeguarding?state=&category=&page=` */
export function SafeguardingHomePage() {
  const { organisation } = useOrganisation();
  const board = useQuery({ ...dashboardQuery(organisation.id), enabled: recordsConcerns(organisation) });
  return (
    <SafeguardingPage title={`Safeguarding – ${organisation.name}`} heading="Safeguarding">
      <p>
        <Link className="button" to={`/orgs/${organisation.id}/safeguarding/record`}>
          Record a concern
        </Link>{' '}
        <Link className="button secondary" to={`/orgs/${organisation.id}/safeguarding/allegation`}>
          Record an allegation about staff
        </Link>
        {can(organisation, 'safeguarding.appoint_deputy') && (
          <>
            {' '}
            <Link className="button secondary" to={`/orgs/${organisation.id}/safeguarding/deputies`}>
              Deputy safeguarding leads
            </Link>
          </>
        )}
        {board.data && (
          <>
            {' '}
            <Link className="button secondary" to={`/orgs/${organisation.id}/safeguarding/transfers`}>
              Transferred files
            </Link>
          </>
        )}
      </p>
      {board.data && <IncomingTransfers />}
      {board.error && !refused(board.error) ? (
        <QueryError error={board.error} what="dashboard" />
      ) : board.data ? (
        <Dashboard board={board.data} />
      ) : !board.error && board.isFetching ? (
        <Loading what="Loading the dashboard" />
      ) : null}
      <ChronologySearch />
      <Records />
    </SafeguardingPage>
  );
}

function Dashboard({ board }: { board: SafeguardingDashboard }) {
  const open = CONCERN_CATEGORIES.map((category) => ({ category, count: board.openByCategory[category] ?? 0 }));
  const most = Math.max(1, ...open.map((o) => o.count));
  return (
    <>
      <p className="lede">The safeguarding team’s work at {board.academies.map((a) => a.name).join(', ')}.</p>
      <ul className="counts" aria-label="At a glance">
        <li>
          <strong>{board.new.length}</strong> new
        </li>
        <li>
          <strong>{board.dueToday.length}</strong> due today
        </li>
        <li>
          <strong>{board.overdue.length}</strong> overdue
        </li>
      </ul>
      <Waiting id="overdue" title="Overdue" items={board.overdue} empty="Nothing is overdue." />
      <Waiting id="due-today" title="Due today" items={board.dueToday} empty="Nothing else falls due today." />
      <Waiting id="new" title="New: not yet triaged" items={board.new} empty="No new concern." />
      <section className="panel" aria-labelledby="by-category-heading">
        <h2 id="by-category-heading">Open concerns by category</h2>
        <div className="two-columns">
          <BarChart id="by-category-chart" title="Open concerns by category" tableId="by-category" bars={open.map((o) => ({ key: o.category, label: categoryLabel(o.category), value: o.count, max: most, text: String(o.count) }))} />
          <TableRegion id="by-category" caption="Open concerns by category, as a table">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Open</th>
              </tr>
            </thead>
            <tbody>
              {open.map((o) => (
                <tr key={o.category}>
                  <th scope="row">{categoryLabel(o.category)}</th>
                  <td>{o.count > 0 ? <Link to={`?category=${o.category}#records`}>{o.count}<span className="visually-hidden"> open: list them</span></Link> : 0}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </div>
      </section>
    </>
  );
}

function Waiting({ id, title, items, empty }: { id: string; title: string; items: DashboardItem[]; empty: string }) {
  const { organisation } = useOrganisation();
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <TableRegion id={`${id}-table`} caption={title} captionHidden>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              <th scope="col">Category</th>
              <th scope="col">Waiting for</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.concernId}-${item.what}-${item.itemId ?? ''}`}>
                <th scope="row">
                  <Link to={`/orgs/${organisation.id}/safeguarding/concerns/${item.concernId}`}>{item.learnerRef}</Link>
                </th>
                <td>{categoryLabel(item.category)}</td>
                <td>{waitingLabel(item.what)}</td>
                <td>{formatDateTime(item.dueAt)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}

function ChronologySearch() {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const [ref, setRef] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ref.trim()) navigate(`/orgs/${organisation.id}/safeguarding/chronology?learnerRef=${encodeURIComponent(ref.trim())}`);
  };
  return (
    <section className="panel" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading">A learner’s chronology</h2>
      <form className="inline-form" onSubmit={submit} aria-labelledby="chronology-heading">
        <TextField id="chronology-ref" label="The learner’s reference" className="input-medium" autoComplete="off" value={ref} onChange={(event) => setRef(event.target.value)} />
        <button type="submit" className="button secondary">
          Show the chronology
        </button>
      </form>
    </section>
  );
}

function Records() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const state = (CONCERN_STATES as readonly string[]).includes(search.get('state') ?? '') ? (search.get('state') as ConcernState) : undefined;
  const category = (CONCERN_CATEGORIES as readonly string[]).includes(search.get('category') ?? '') ? (search.get('category') as ConcernCategory) : undefined;
  const page = pageNumber(search);
  const list = useQuery({ ...concernsQuery(organisation.id, { state, category, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), placeholderData: keepPreviousData });
  const choose = (key: 'state' | 'category', value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setSearch(next);
  };
  const pageLink = (n: number) => {
    const next = new URLSearchParams(search);
    next.set('page', String(n));
    return `?${next.toString()}`;
  };
  return (
    <section className="panel" aria-labelledby="records-heading" id="records">
      <h2 id="records-heading">Records you may read</h2>
      <div className="filters">
        <SelectField id="records-state" label="Where it stands" value={state ?? ''} onChange={(event) => choose('state', event.target.value)}>
          <option value="">Any</option>
          {CONCERN_STATES.map((s) => (
            <option key={s} value={s}>
              {stateLabel(s)}
            </option>
          ))}
        </SelectField>
        <SelectField id="records-category" label="Category" value={category ?? ''} onChange={(event) => choose('category', event.target.value)}>
          <option value="">Any</option>
          {CONCERN_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.error ? (
        <QueryError error={list.error} what="records" />
      ) : !list.data ? (
        <Loading what="Loading the records" />
      ) : list.data.items.length === 0 ? (
        <p>{state || category ? 'No record you may read matches.' : 'There is no record you may read.'}</p>
      ) : (
        <>
          <p className="hint" role="status">
            {list.data.total === 1 ? '1 record' : `${list.data.total} records`}, newest first.
          </p>
          <TableRegion id="records-table" caption="Records you may read, newest first" captionHidden>
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col">Category</th>
                <th scope="col">Where it stands</th>
                <th scope="col">Recorded</th>
                <th scope="col">Academy</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/orgs/${organisation.id}/safeguarding/concerns/${c.id}`}>{c.learnerRef}</Link>
                  </th>
                  <td>{categoryLabel(c.category)}</td>
                  <td>
                    <span className={`tag ${stateTone(c.state)}`}>{stateLabel(c.state)}</span>
                  </td>
                  <td>{formatDateTime(c.recordedAt)}</td>
                  <td>{c.academy.name}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <Pager what="records" page={page} pageSize={PAGE_SIZE} total={list.data.total} shown={list.data.items.length} to={pageLink} />
        </>
      )}
    </section>
  );
}
