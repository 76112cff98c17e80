import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, type ConductFigure, type ConductPatterns } from '../../api.ts';
import { BarChart } from '../../ui/chart.tsx';
import { Loading, NotAvailable, QueryError, refused } from '../../ui/feedback.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { drillDownPath, figureWords } from './labels.ts';
import { PeriodForm, usePeriod } from './period.tsx';

// Patterns in the conduct log (003 §6.4), for leaders: each category over time, academies compared per 100
// staff, the provisions most often involved, and repeated entries for one person. Each chart has its figures
// as a table beside it; every figure links to the entries behind it, of which the list shows only those the
// reader may read. A figure about fewer than five people is hidden unless the reader may read every entry.

const monthWords = (month: string) => new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** `/orgs/:orgId/conduct-log/patterns?from=&to=&academyId=` */
export function ConductPatternsPage() {
  const { organisation } = useOrganisation();
  const [period, choose] = usePeriod();
  const allowed = can(organisation, 'conduct_log.analyse');
  const patterns = useQuery({
    queryKey: ['conduct-log', 'patterns', organisation.id, period],
    queryFn: () => api.conductPatterns(organisation.id, period),
    enabled: allowed,
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
  });
  const title = 'Patterns in the conduct log';
  if (!allowed || refused(patterns.error)) {
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
          <Link to={`/orgs/${organisation.id}/conduct-log`}>Conduct log</Link> › Patterns
        </>
      }
    >
      <p className="lede">
        Themes and patterns in staff conduct that inform training (Staff Code of Conduct 6.4). Each figure links to the entries behind it that you may read; a figure about fewer than five people is
        hidden unless you may read every entry behind it. See also the <Link to={`/orgs/${organisation.id}/conduct-log/training-needs`}>training needs</Link> they point to.
      </p>
      <PeriodForm period={period} onChoose={choose} />
      {patterns.error ? <QueryError error={patterns.error} what="patterns" /> : !patterns.data ? <Loading what="Loading the patterns" /> : <Figures patterns={patterns.data} />}
    </Page>
  );
}

/** A figure as a link to the entries behind it, or the words that say it is hidden. */
export function FigureLink({ figure, what }: { figure: ConductFigure; what: string }) {
  const { organisation } = useOrganisation();
  if (figure.count === null) return <span className="muted">Hidden</span>;
  if (figure.count === 0) return <>0</>;
  return (
    <Link to={drillDownPath(organisation.id, figure.drillDown)}>
      {figure.count}
      <span className="visually-hidden">: the entries behind {what}</span>
    </Link>
  );
}

function Figures({ patterns: p }: { patterns: ConductPatterns }) {
  const { organisation } = useOrganisation();
  const titleOf = new Map(p.categoriesOverTime.rows.map((r) => [r.category, r.title]));
  const categories = p.categoriesOverTime.rows.filter((r) => r.total.count !== 0);
  const mostCategory = Math.max(1, ...categories.map((r) => r.total.count ?? 0));
  const academies = p.academiesCompared.rows;
  const mostPer100 = Math.max(1, ...academies.map((a) => a.per100 ?? 0));
  const mostProvision = Math.max(1, ...p.provisionsMostInvolved.map((x) => x.figure.count ?? 0));
  const span = `${formatDate(p.period.from)} to ${formatDate(p.period.to)}`;
  return (
    <>
      <section className="panel" aria-labelledby="over-time-heading">
        <h2 id="over-time-heading">Categories over time</h2>
        {categories.length === 0 ? (
          <p>No entry in this period.</p>
        ) : (
          <>
            <BarChart
              id="categories-chart"
              title={`Entries by category, ${span}`}
              tableId="categories-table"
              bars={categories.map((r) => ({ key: r.category, label: r.title, value: r.total.count ?? 0, max: mostCategory, text: figureWords(r.total) }))}
            />
            <TableRegion id="categories-table" caption={`Entries by category and month, ${span}`}>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  {p.categoriesOverTime.months.map((m) => (
                    <th scope="col" key={m}>
                      {monthWords(m)}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {categories.map((r) => (
                  <tr key={r.category}>
                    <th scope="row">{r.title}</th>
                    {r.months.map((cell, i) => (
                      <td key={p.categoriesOverTime.months[i]}>
                        <FigureLink figure={cell} what={`${r.title}, ${monthWords(p.categoriesOverTime.months[i]!)}`} />
                      </td>
                    ))}
                    <td>
                      <FigureLink figure={r.total} what={`${r.title}, the whole period`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          </>
        )}
      </section>
      <section className="panel" aria-labelledby="academies-heading">
        <h2 id="academies-heading">Academies compared, per 100 staff</h2>
        <div className="two-columns">
          <BarChart
            id="academies-chart"
            title={`Entries per 100 staff, ${span}`}
            tableId="academies-table"
            bars={academies.map((a) => ({ key: a.academyId, label: a.academyName, value: a.per100 ?? 0, max: mostPer100, text: a.per100 === null ? 'Hidden' : `${a.per100} per 100 staff` }))}
          />
          <TableRegion id="academies-table" caption={`Entries by academy, ${span}`}>
            <thead>
              <tr>
                <th scope="col">Academy</th>
                <th scope="col">Staff</th>
                <th scope="col">Entries</th>
                <th scope="col">Per 100 staff</th>
              </tr>
            </thead>
            <tbody>
              {academies.map((a) => (
                <tr key={a.academyId}>
                  <th scope="row">{a.academyName}</th>
                  <td>{a.staff}</td>
                  <td>
                    <FigureLink figure={a.entries} what={a.academyName} />
                  </td>
                  <td>{a.per100 ?? '—'}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All</th>
                <td>{p.academiesCompared.total.staff}</td>
                <td>
                  <FigureLink figure={p.academiesCompared.total.entries} what="every academy" />
                </td>
                <td>{p.academiesCompared.total.per100 ?? '—'}</td>
              </tr>
            </tfoot>
          </TableRegion>
        </div>
      </section>
      <section className="panel" aria-labelledby="provisions-heading">
        <h2 id="provisions-heading">Provisions most often involved</h2>
        {p.provisionsMostInvolved.length === 0 ? (
          <p>No provision to show in this period.</p>
        ) : (
          <div className="two-columns">
            <BarChart
              id="provisions-chart"
              title={`Entries by provision of the staff code, ${span}`}
              tableId="provisions-table"
              bars={p.provisionsMostInvolved.map((x) => ({ key: x.provision, label: `Provision ${x.provision}`, value: x.figure.count ?? 0, max: mostProvision, text: figureWords(x.figure) }))}
            />
            <TableRegion id="provisions-table" caption={`Provisions most often involved, ${span}`}>
              <thead>
                <tr>
                  <th scope="col">Provision</th>
                  <th scope="col">Category</th>
                  <th scope="col">Entries</th>
                </tr>
              </thead>
              <tbody>
                {p.provisionsMostInvolved.map((x) => (
                  <tr key={x.provision}>
                    <th scope="row">{x.provision}</th>
                    <td>{x.category ? (titleOf.get(x.category) ?? x.category) : '—'}</td>
                    <td>
                      <FigureLink figure={x.figure} what={`provision ${x.provision}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="repeats-heading">
        <h2 id="repeats-heading">Repeated entries for one person</h2>
        <p className="hint">
          {p.settings.threshold} or more entries within {p.settings.windowDays} days
          {can(organisation, 'conduct_log.configure') && (
            <>
              {' '}
              (<Link to={`/orgs/${organisation.id}/conduct-log/settings`}>change</Link>)
            </>
          )}
          . A person is named only to those who may read every entry behind it.
        </p>
        {p.repeatPatternsInAll > p.repeatPatterns.length && (
          <p className="hint" id="repeats-more">
            The {p.repeatPatterns.length} with the most entries of {p.repeatPatternsInAll.toLocaleString('en-GB')}: choose an academy or a shorter period to see the others.
          </p>
        )}
        {p.repeatPatterns.length === 0 ? (
          <p>None that you may see.</p>
        ) : (
          <TableRegion id="repeats-table" caption={`Repeated entries, ${span}`} captionHidden>
            <thead>
              <tr>
                <th scope="col">Member of staff</th>
                <th scope="col">Entries</th>
                <th scope="col">Between</th>
                <th scope="col">Categories</th>
              </tr>
            </thead>
            <tbody>
              {p.repeatPatterns.map((r) => (
                <tr key={`${r.staffId}-${r.drillDown.from}`}>
                  <th scope="row">{r.staff.name}</th>
                  <td>
                    <Link to={drillDownPath(organisation.id, r.drillDown)}>
                      {r.count}
                      <span className="visually-hidden">: the entries about {r.staff.name}</span>
                    </Link>
                  </td>
                  <td>
                    {formatDate(r.drillDown.from)} to {formatDate(r.drillDown.to)}
                  </td>
                  <td>{r.categories.map((c) => titleOf.get(c) ?? c).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>
    </>
  );
}
