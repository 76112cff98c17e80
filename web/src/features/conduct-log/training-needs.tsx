import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { Loading, NotAvailable, QueryError, refused } from '../../ui/feedback.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { figureWords } from './labels.ts';
import { FigureLink } from './patterns.tsx';
import { PeriodForm, usePeriod } from './period.tsx';

// The training-needs report (003 §6.4: patterns "inform decisions about training and development needs within
// each academy"): for each academy, each category in which three or more people have entries in the period,
// the training it points to, the provisions most involved, and whether it rose on the period before.

/** `/orgs/:orgId/conduct-log/training-needs?from=&to=&academyId=` */
export function TrainingNeedsPage() {
  const { organisation } = useOrganisation();
  const [period, choose] = usePeriod();
  const allowed = can(organisation, 'conduct_log.analyse');
  const report = useQuery({
    queryKey: ['conduct-log', 'training-needs', organisation.id, period],
    queryFn: () => api.conductTrainingNeeds(organisation.id, period),
    enabled: allowed,
    placeholderData: keepPreviousData,
  });
  const title = 'Training needs from the conduct log';
  if (!allowed || refused(report.error)) {
    return (
      <Page title={`${title} – ${organisation.name}`} heading={title}>
        <NotAvailable where={organisation.name} />
      </Page>
    );
  }
  return (
    <Page
      title={`${title} – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/conduct-log`}>Conduct log</Link> › Training needs
        </>
      }
    >
      <p className="lede">
        For each academy, the categories in which three or more members of staff have entries in the period: one person’s repeated entries call for support for them, several people’s for
        training for all. See the <Link to={`/orgs/${organisation.id}/conduct-log/patterns`}>patterns</Link> behind them.
      </p>
      <PeriodForm period={period} onChoose={choose} />
      {report.error ? (
        <QueryError error={report.error} what="report" />
      ) : !report.data ? (
        <Loading what="Loading the report" />
      ) : report.data.needs.length === 0 ? (
        <p>No category has entries about three or more people in this period.</p>
      ) : (
        <TableRegion id="training-needs" caption={`Training needs, ${formatDate(report.data.period.from)} to ${formatDate(report.data.period.to)}`}>
          <thead>
            <tr>
              <th scope="col">Academy</th>
              <th scope="col">Category</th>
              <th scope="col">Training it points to</th>
              <th scope="col">Entries</th>
              <th scope="col">Provisions most involved</th>
              <th scope="col">On the period before</th>
            </tr>
          </thead>
          <tbody>
            {report.data.needs.map((need) => (
              <tr key={`${need.academyId}-${need.category}`}>
                <td>{need.academyName}</td>
                <th scope="row">{need.title}</th>
                <td>{need.training}</td>
                <td>
                  <FigureLink figure={need.figure} what={`${need.title} at ${need.academyName}`} /> <span className="hint">{need.figure.count === null ? '' : figureWords(need.figure)}</span>
                </td>
                <td>{need.provisions.join(', ')}</td>
                <td>{need.rising ? <span className="tag off">Rising</span> : <span className="tag">Not rising</span>}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </Page>
  );
}
