import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { api } from '../../api.ts';
import { LiveRegion, Loading, NotAvailable, PageLoading, QueryError, refused, Status } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, organisationQuery, preferredOrganisation, useOrganisation } from '../organisations/organisation.tsx';
import { useMe } from '../session/session.tsx';
import { DeadlineTable } from './deadline-table.tsx';
import { deadlineKindsQuery } from './organisation-deadlines.tsx';

/** `/orgs/:orgId/deadlines/overdue`: every overdue deadline the person oversees, counted by kind and by owner. */
export function OverduePage() {
  const { organisation } = useOrganisation();
  const report = useQuery({ queryKey: ['deadlines', organisation.id, 'overdue'], queryFn: () => api.overdueDeadlines(organisation.id) });
  const kinds = useQuery(deadlineKindsQuery);
  const [done, setDone] = useState<string | null>(null);
  const base = `/orgs/${organisation.id}`;
  const kindTitle = (kind: string) => kinds.data?.find((k) => k.kind === kind)?.title ?? kind;
  const title = `Overdue deadlines – ${organisation.name}`;

  if (refused(report.error)) {
    return (
      <Page title={title} heading="Overdue deadlines">
        <NotAvailable where={organisation.name}>
          <p>
            <Link to="/deadlines">See your own deadlines</Link>.
          </p>
        </NotAvailable>
      </Page>
    );
  }
  return (
    <Page
      title={title}
      heading="Overdue deadlines"
      breadcrumbs={<Link to={`${base}/deadlines`}>Deadlines</Link>}
      actions={
        <a className="button secondary" href={api.overdueCsvPath(organisation.id)} download="overdue-deadlines.csv">
          Download as CSV
        </a>
      }
    >
      <p className="lede">Every deadline you oversee in {organisation.name} that has passed without being met.</p>
      <LiveRegion>{done && <Status title={done} />}</LiveRegion>
      {report.error ? (
        <QueryError error={report.error} what="overdue report" />
      ) : !report.data ? (
        <Loading what="Loading the overdue report" />
      ) : report.data.total === 0 ? (
        <div className="panel">
          <p>Nothing is overdue.</p>
        </div>
      ) : (
        <>
          <p className="muted" role="status">
            {report.data.total} overdue {report.data.total === 1 ? 'deadline' : 'deadlines'}.
            {report.data.items.length < report.data.total && ` The ${report.data.items.length} longest overdue are listed below; the CSV has every one.`}
          </p>
          <div className="two-columns">
            <TableRegion id="overdue-by-kind" caption="By kind">
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Overdue</th>
                </tr>
              </thead>
              <tbody>
                {report.data.byKind.map((row) => (
                  <tr key={row.kind}>
                    <th scope="row">
                      <Link to={`${base}/deadlines?state=overdue&kind=${encodeURIComponent(row.kind)}`}>{kindTitle(row.kind)}</Link>
                    </th>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
            <TableRegion id="overdue-by-owner" caption="By person">
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Overdue</th>
                </tr>
              </thead>
              <tbody>
                {report.data.byOwner.map((row) => (
                  <tr key={row.ownerId}>
                    <th scope="row">
                      <Link to={`${base}/deadlines?state=overdue&ownerId=${encodeURIComponent(row.ownerId)}`}>{row.ownerName || 'Unnamed'}</Link>
                    </th>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          </div>
          <DeadlineTable id="overdue" caption={report.data.items.length < report.data.total ? `The ${report.data.items.length} longest overdue deadlines` : 'Every overdue deadline, longest overdue first'} deadlines={report.data.items} showOwner onDone={setDone} />
        </>
      )}
    </Page>
  );
}

/**
 * `/deadlines/overdue`, the link in an escalation email: the overdue report of the organisation the
 * person oversees deadlines in (the last one used, if they oversee there).
 */
export function OverdueRedirect() {
  const me = useMe();
  const preferred = preferredOrganisation(me);
  // Each organisation's `allowed` list, from the server's policy, says where the person oversees deadlines.
  const organisations = useQueries({ queries: me.organisations.map((o) => organisationQuery(o.id)) });
  if (organisations.some((o) => o.isPending)) return <PageLoading what="Finding the overdue deadlines you oversee" />;
  const overseen = organisations.flatMap((o) => (o.data && can(o.data, 'deadline.oversee') ? [o.data] : []));
  const target = overseen.find((o) => o.id === preferred) ?? overseen[0] ?? me.organisations.find((o) => o.id === preferred);
  if (!target) return <Navigate to="/deadlines" replace />;
  return <Navigate to={`/orgs/${target.id}/deadlines/overdue`} replace />;
}
