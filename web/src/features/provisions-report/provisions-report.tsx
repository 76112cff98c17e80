import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, type ProvisionsReport, type ProvisionsReportRow } from '../../api.ts';
import { BarChart } from '../../ui/chart.tsx';
import { Loading, NotAvailable, QueryError, refused } from '../../ui/feedback.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { PeriodForm, usePeriod } from '../conduct-log/period.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';

// Which provisions of the codes the organisation's records cite most often: conduct-log entries,
// declarations, safeguarding concerns and cases, by academy and month, for the training plan (003 §6.4).
// Counts only; a count from 1 to 4 is hidden, and so is a part that would give it away.

/** How many of the most involved provisions the chart and the training hint show. */
const TOP = 10;

const monthWords = (month: string) => new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
const countWords = (n: number | null) => (n === null ? 'Fewer than 5' : String(n));
const KINDS = [
  ['conduct', 'Conduct-log entries'],
  ['declaration', 'Declarations'],
  ['concern', 'Safeguarding concerns'],
  ['case', 'Cases'],
] as const;

/** A provision as it reads, linked to its text in the codes library where the library holds it. */
function ProvisionLink({ provision }: { provision: ProvisionsReportRow['provision'] }) {
  const words = `${provision.codeName}, ${provision.words}`;
  return provision.href ? <Link to={provision.href}>{words}</Link> : <>{words}</>;
}

/** `/orgs/:orgId/provisions-report?from=&to=&academyId=` */
export function ProvisionsReportPage() {
  const { organisation } = useOrganisation();
  const [period, choose] = usePeriod();
  const allowed = can(organisation, 'provisions.report');
  const report = useQuery({
    queryKey: ['provisions-report', organisation.id, period],
    queryFn: () => api.provisionsReport(organisation.id, period),
    enabled: allowed,
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
  });
  const title = 'Provisions most involved';
  if (!allowed || refused(report.error)) {
    return (
      <Page title={`${title} – ${organisation.name}`} heading={title}>
        <NotAvailable where={organisation.name} />
      </Page>
    );
  }
  return (
    <Page title={`${title} – ${organisation.name}`} heading={title}>
      <p className="lede">
        Which provisions of your codes the conduct log, declarations, safeguarding concerns and cases cite most often, by academy and month, to plan training from. Counts only: a count from 1 to 4
        is shown as “fewer than 5”, and so is one that would give it away.
      </p>
      <PeriodForm period={period} onChoose={choose} {...(report.data && { academies: report.data.choices })} />
      {report.error ? <QueryError error={report.error} what="report" /> : !report.data ? <Loading what="Loading the report" /> : <Figures report={report.data} />}
    </Page>
  );
}

function Figures({ report }: { report: ProvisionsReport }) {
  const { organisation } = useOrganisation();
  const [period] = usePeriod();
  const span = `${formatDate(report.period.from)} to ${formatDate(report.period.to)}`;
  const shown = report.provisions.filter((p) => p.total !== null);
  const top = shown.slice(0, TOP);
  const most = Math.max(1, ...top.map((p) => p.total ?? 0));
  if (report.provisions.length === 0) return <p>No record cites a provision in this period.</p>;
  return (
    <>
      <section className="panel" aria-labelledby="most-heading">
        <h2 id="most-heading">The most involved</h2>
        <div className="two-columns">
          {top.length === 0 ? (
            <p>Every provision in this period is cited fewer than 5 times.</p>
          ) : (
            <BarChart
              id="provisions-chart"
              title={`Records citing each provision, ${span}`}
              tableId="provisions-table"
              bars={top.map((p) => ({ key: p.provision.id, label: `${p.provision.codeName}, ${p.provision.words}`, value: p.total ?? 0, max: most, text: `${p.total} records` }))}
            />
          )}
          <TableRegion id="provisions-table" caption={`Records citing each provision, by kind, ${span}`}>
            <thead>
              <tr>
                <th scope="col">Provision</th>
                {KINDS.map(([kind, words]) => (
                  <th scope="col" key={kind}>
                    {words}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {report.provisions.map((p) => (
                <tr key={p.provision.id}>
                  <th scope="row">
                    <ProvisionLink provision={p.provision} />
                  </th>
                  {KINDS.map(([kind]) => (
                    <td key={kind}>{countWords(p.byKind[kind])}</td>
                  ))}
                  <td>{countWords(p.total)}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </div>
        <p>
          <a href={api.provisionsReportCsvPath(organisation.id, period)} download>
            Download the report as a spreadsheet
          </a>
        </p>
      </section>
      {top.length > 0 && (
        <section className="panel" aria-labelledby="training-heading">
          <h2 id="training-heading">Turn it into training</h2>
          <p className="hint">
            The provisions most often involved are where a refresher helps most. Put these in the training plan, starting from the top, and link each session to the provision’s text:
          </p>
          <ol>
            {top.slice(0, 5).map((p) => (
              <li key={p.provision.id}>
                <ProvisionLink provision={p.provision} /> ({p.total} records)
              </li>
            ))}
          </ol>
        </section>
      )}
      <section className="panel" aria-labelledby="academies-heading">
        <h2 id="academies-heading">By academy</h2>
        <TableRegion id="academies-table" caption={`Records citing each provision, by academy, ${span}`}>
          <thead>
            <tr>
              <th scope="col">Provision</th>
              {report.academies.map((a) => (
                <th scope="col" key={a.id ?? 'none'}>
                  {a.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.provisions.map((p) => (
              <tr key={p.provision.id}>
                <th scope="row">{`${p.provision.codeName}, ${p.provision.words}`}</th>
                {p.byAcademy.map((a) => (
                  <td key={a.academyId ?? 'none'}>{countWords(a.count)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </section>
      <section className="panel" aria-labelledby="months-heading">
        <h2 id="months-heading">Over time</h2>
        <TableRegion id="months-table" caption={`Records citing each provision, by month, ${span}`}>
          <thead>
            <tr>
              <th scope="col">Provision</th>
              {report.months.map((m) => (
                <th scope="col" key={m}>
                  {monthWords(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.provisions.map((p) => (
              <tr key={p.provision.id}>
                <th scope="row">{`${p.provision.codeName}, ${p.provision.words}`}</th>
                {p.byMonth.map((m) => (
                  <td key={m.month}>{countWords(m.count)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </section>
    </>
  );
}
