import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { raisedConcernStatisticsQuery } from './queries.ts';
import { STATUS_WORDS } from './words.ts';

// Reports raised in confidence, in figures: how many at each status and the days taken to acknowledge and to
// close them; the CSV holds references, dates, statuses and outcomes only, never personal data.

const days = (value: number | null) => (value === null ? '—' : value === 1 ? '1 day' : `${value} days`);

/** `/orgs/:orgId/raised-concerns/statistics` */
export function RaisedConcernStatisticsPage() {
  const { organisation } = useOrganisation();
  const figures = useQuery(raisedConcernStatisticsQuery(organisation.id));
  return (
    <Page
      title={`Raised concerns in figures – ${organisation.name}`}
      heading="Raised concerns in figures"
      breadcrumbs={<Link to={`/orgs/${organisation.id}/raised-concerns`}>Raised concerns</Link>}
      actions={
        <a className="button secondary" href={api.raisedConcernsCsvPath(organisation.id)} download>
          Download as CSV (no personal data)
        </a>
      }
    >
      {figures.error ? (
        <QueryError error={figures.error} what="figures" />
      ) : !figures.data ? (
        <Loading what="Loading the figures" />
      ) : (
        <>
          <p className="lede">
            {figures.data.total === 1 ? '1 report' : `${figures.data.total} reports`} you may handle in {organisation.name}.
          </p>
          <TableRegion id="reports-by-status" caption="Reports by status">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Reports</th>
              </tr>
            </thead>
            <tbody>
              {figures.data.byStatus.map((s) => (
                <tr key={s.status}>
                  <th scope="row">{STATUS_WORDS[s.status]}</th>
                  <td>{s.count}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <TableRegion id="reports-timeliness" caption="Days taken">
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Median</th>
                <th scope="col">Longest</th>
                <th scope="col">Late</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">To acknowledge</th>
                <td>{days(figures.data.daysToAcknowledge.median)}</td>
                <td>{days(figures.data.daysToAcknowledge.longest)}</td>
                <td>{figures.data.daysToAcknowledge.late}</td>
              </tr>
              <tr>
                <th scope="row">To close</th>
                <td>{days(figures.data.daysToClose.median)}</td>
                <td>{days(figures.data.daysToClose.longest)}</td>
                <td>—</td>
              </tr>
            </tbody>
          </TableRegion>
        </>
      )}
    </Page>
  );
}
