import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type TimelinessReport } from '../../api.ts';
import { BarChart, percent } from '../../ui/chart.tsx';
import { Loading, NotAvailable, QueryError, refused } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { thisYear } from '../development/labels.tsx';
import { YearPicker } from '../development/year-picker.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { Provisions } from './labels.tsx';

// Duties met on time and late: of the declarations the codes ask for within a time (at once, or within 21
// days), how many came in time, by kind, academy and month, each row citing the provision it enforces.

type Row = TimelinessReport['rows'][number];

const onTimeWords = (onTime: number, late: number) => `${onTime} of ${onTime + late} on time (${percent(onTime, onTime + late)}%)`;

/** The rows of every academy and month of a kind added up, in the order the report gives the kinds. */
function byKind(rows: Row[]): Row[] {
  const kinds = new Map<string, Row>();
  for (const row of rows) {
    const sum = kinds.get(row.kind);
    kinds.set(row.kind, sum ? { ...sum, onTime: sum.onTime + row.onTime, late: sum.late + row.late } : row);
  }
  return [...kinds.values()];
}

/** `/orgs/:orgId/declarations/report?year=` */
export function DeclarationReportPage() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const current = thisYear();
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= current ? asked : current;
  const [chosen, setChosen] = useState(String(year));
  useEffect(() => setChosen(String(year)), [year]);
  const allowed = can(organisation, 'declaration.oversee');
  const report = useQuery({ queryKey: ['declarations', 'report', organisation.id, year], queryFn: () => api.declarationReport(organisation.id, year), enabled: allowed });
  const title = `Duties met on time – ${organisation.name}`;

  if (!allowed || refused(report.error)) {
    return (
      <Page title={title} heading="Duties met on time">
        <NotAvailable where={organisation.name}>
          <p>
            Leaders see how many duties were met in time. <Link to={`/orgs/${organisation.id}/declarations`}>See your own declarations and duties</Link>.
          </p>
        </NotAvailable>
      </Page>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(Number(chosen) === current ? {} : { year: chosen });
  };
  return (
    <Page title={title} heading="Duties met on time">
      <p className="lede">
        Of the declarations the codes ask for within a time (at once, or within 21 days of it happening), how many the people you oversee in {organisation.name} made in time, and how
        many late: by kind, academy and month of the year they were made.
      </p>
      <YearPicker id="report-year" name="Year of the report" years={Array.from({ length: 5 }, (_, i) => current - i)} value={chosen} onChange={setChosen} onSubmit={submit} />
      {report.error ? (
        <QueryError error={report.error} what="report" />
      ) : !report.data ? (
        <Loading what="Loading the report" />
      ) : report.data.rows.length === 0 ? (
        <p>No declaration with a time limit was made in {report.data.year}.</p>
      ) : (
        <Figures report={report.data} />
      )}
    </Page>
  );
}

const monthName = (year: number, month: number) => new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));

function Figures({ report }: { report: TimelinessReport }) {
  const kinds = byKind(report.rows);
  return (
    <>
      <div className="two-columns">
        <BarChart
          id="report-chart"
          title={`Share made on time, by kind, ${report.year}`}
          tableId="report-kinds"
          bars={kinds.map((k) => ({ key: k.kind, label: k.title, value: k.onTime, max: k.onTime + k.late, text: onTimeWords(k.onTime, k.late) }))}
        />
        <TableRegion id="report-kinds" caption={`On time and late by kind, ${report.year}`}>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">On time</th>
              <th scope="col">Late</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k.kind}>
                <th scope="row">{k.title}</th>
                <td>{k.onTime}</td>
                <td>{k.late}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </div>
      <TableRegion id="report-rows" caption={`On time and late by kind, academy and month, ${report.year}, with the provision each enforces`}>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Academy</th>
            <th scope="col">Month</th>
            <th scope="col">On time</th>
            <th scope="col">Late</th>
            <th scope="col">Provision</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={`${row.kind}-${row.academy}-${row.month}`} className={row.late > 0 ? 'row-problem' : undefined}>
              <th scope="row">{row.title}</th>
              <td>{row.academy}</td>
              <td>{monthName(report.year, row.month)}</td>
              <td>{row.onTime}</td>
              <td>{row.late}</td>
              <td>
                <Provisions cites={row.cites} />
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </>
  );
}
