import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { RAISED_CONCERN_STATUSES, type RaisedConcernStatus, type RaisedConcernSummary } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { SelectField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { nextDue, raisedConcernsQuery } from './queries.ts';
import { CATEGORY_WORDS, MODE_WORDS, STATUS_WORDS } from './words.ts';

// The reports a handler may handle (the server lists none they are excluded from): those past their time
// limit first, then by status in the order a report passes through them, the oldest first.

const rank = (status: RaisedConcernStatus) => RAISED_CONCERN_STATUSES.indexOf(status);

/** Whether the report's next time limit has passed. */
export const overdue = (report: RaisedConcernSummary, now: number) => {
  const due = nextDue(report);
  return due !== null && new Date(due).getTime() < now;
};

/** `/orgs/:orgId/raised-concerns` */
export function RaisedConcernsPage() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const status = (RAISED_CONCERN_STATUSES as readonly string[]).includes(search.get('status') ?? '') ? (search.get('status') as RaisedConcernStatus) : undefined;
  const reports = useQuery(raisedConcernsQuery(organisation.id, { status }));
  const now = Date.now();
  const ordered = [...(reports.data ?? [])].sort(
    (a, b) => Number(overdue(b, now)) - Number(overdue(a, now)) || rank(a.status) - rank(b.status) || new Date(a.receivedAt).getTime() - new Date(b.receivedAt).getTime(),
  );
  const base = `/orgs/${organisation.id}`;

  return (
    <Page
      title={`Raised concerns – ${organisation.name}`}
      heading="Raised concerns"
      actions={
        <>
          {can(organisation, 'report.enter') && (
            <Link className="button" to={`${base}/raised-concerns/new`}>
              Enter a concern received otherwise
            </Link>
          )}
          {can(organisation, 'report.statistics') && (
            <Link className="button secondary" to={`${base}/raised-concerns/statistics`}>
              Statistics
            </Link>
          )}
          {can(organisation, 'report.configure') && (
            <Link className="button secondary" to={`${base}/raised-concerns/settings`}>
              Time limits
            </Link>
          )}
        </>
      }
    >
      <p className="lede">
        Concerns raised in confidence with {organisation.name} that you may handle: anything past its time limit first, then by status, the oldest first. Reports you are excluded from are not
        listed.
      </p>
      <p>
        Anyone reports at <Link to={`/raise-a-concern/${organisation.slug}`}>the organisation’s page for raising a concern</Link>, without signing in.
      </p>
      <form className="filters" aria-label="Filter the reports" onSubmit={(event) => event.preventDefault()}>
        <SelectField id="report-status" label="Status" className="input-medium" value={status ?? ''} onChange={(event) => setSearch(event.target.value ? { status: event.target.value } : {})}>
          <option value="">Every status</option>
          {RAISED_CONCERN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_WORDS[s]}
            </option>
          ))}
        </SelectField>
      </form>
      {reports.error ? (
        <QueryError error={reports.error} what="reports" />
      ) : !reports.data ? (
        <Loading what="Loading the reports" />
      ) : ordered.length === 0 ? (
        <p>{status ? `No report you may handle is ${STATUS_WORDS[status].toLowerCase()}.` : 'There is no report for you to handle.'}</p>
      ) : (
        <TableRegion id="raised-concerns" caption={`Reports${status ? ` ${STATUS_WORDS[status].toLowerCase()}` : ''}, overdue first (${ordered.length})`}>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">About</th>
              <th scope="col">Status</th>
              <th scope="col">Received</th>
              <th scope="col">Next due</th>
              <th scope="col">Handler</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((r) => {
              const due = nextDue(r);
              return (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`${base}/raised-concerns/${r.id}`}>{r.reference}</Link>
                    <span className="hint">{MODE_WORDS[r.mode].label}</span>
                  </th>
                  <td>{CATEGORY_WORDS[r.category]}</td>
                  <td>{STATUS_WORDS[r.status]}</td>
                  <td>{formatDateTime(r.receivedAt)}</td>
                  <td>
                    {due ? formatDateTime(due) : 'Nothing due'} {overdue(r, now) && <span className="tag off">Overdue</span>}
                  </td>
                  <td>{r.assignedTo?.name ?? 'Nobody yet'}</td>
                </tr>
              );
            })}
          </tbody>
        </TableRegion>
      )}
    </Page>
  );
}
