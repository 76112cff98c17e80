import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, type DevelopmentDashboard, type Goal, type RatingLevel } from '../../api.ts';
import { BarChart, GroupedBarChart } from '../../ui/chart.tsx';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { DevelopmentPage, useOwner, whose, type Owner } from './frame.tsx';
import { averageWords, changeTone, changeWords, ratingWords } from './labels.tsx';
import { assessmentsQuery, dashboardQuery, goalsQuery, ratingScaleQuery } from './queries.ts';
import { ThisYear } from './self-assessments.tsx';
import { SharedWithMe } from './sharing.tsx';

// 000 §2: progress year on year, and a development programme built from the comparison.

/** The downloads of the record shown: one's own, or one shared with the reader. */
export function ExportLinks({ owner }: { owner: Owner }) {
  const { organisation } = useOrganisation();
  const name = owner.own ? 'my-development-record' : 'development-record';
  return (
    <>
      <a className="button secondary" href={api.developmentExportPath(organisation.id, 'pdf', owner.personId)} download={`${name}.pdf`}>
        Download as PDF
      </a>
      <a className="button secondary" href={api.developmentExportPath(organisation.id, 'csv', owner.personId)} download={`${name}.csv`}>
        Download as CSV
      </a>
    </>
  );
}

/** `/orgs/:orgId/development`: this year against earlier years, strongest and weakest, and priorities. */
export function DevelopmentDashboardPage() {
  const { organisation } = useOrganisation();
  const owner = useOwner();
  const dashboard = useQuery(dashboardQuery(organisation.id, owner.personId));
  const assessments = useQuery(assessmentsQuery(organisation.id, owner.personId));
  const scale = useQuery(ratingScaleQuery);
  const goals = useQuery(goalsQuery(organisation.id, owner.personId));

  return (
    <DevelopmentPage title={whose(owner, 'development')} actions={<ExportLinks owner={owner} />}>
      <p className="lede">
        {owner.own ? 'How you rate yourself' : `How ${owner.name ?? 'they'} rates themself`} against the professional standards, year on year; the standards to work on first; and the
        plan and CPD that follow.
      </p>
      {owner.own && <SharedWithMe hideWhenEmpty />}
      {owner.own && assessments.data && <ThisYear assessments={assessments.data} />}
      {dashboard.error ? (
        <QueryError error={dashboard.error} what="development record" />
      ) : !dashboard.data || !scale.data || !assessments.data ? (
        <Loading what="Loading the dashboard" />
      ) : dashboard.data.years.length === 0 ? (
        <div className="panel">
          <p>{owner.own ? 'Once you rate yourself against the standards, your progress shows here.' : `${owner.name ?? 'They'} has not rated themself against the standards yet.`}</p>
        </div>
      ) : (
        <>
          <Overall dashboard={dashboard.data} draftYear={draftYearOf(dashboard.data, assessments.data)} owner={owner} />
          <ByStandard dashboard={dashboard.data} scale={scale.data} owner={owner} draftYear={draftYearOf(dashboard.data, assessments.data)} />
          <div className="two-columns">
            <Extremes id="strongest" title="Strongest standards" ids={dashboard.data.strongest} dashboard={dashboard.data} scale={scale.data} draftYear={draftYearOf(dashboard.data, assessments.data)} />
            <Extremes id="weakest" title="Weakest standards" ids={dashboard.data.weakest} dashboard={dashboard.data} scale={scale.data} draftYear={draftYearOf(dashboard.data, assessments.data)} />
          </div>
          <Priorities dashboard={dashboard.data} scale={scale.data} owner={owner} goals={goals.data} />
        </>
      )}
    </DevelopmentPage>
  );
}

/** The latest year, when its self-assessment is still a draft (a draft is always the latest); else null. */
function draftYearOf(dashboard: DevelopmentDashboard, assessments: { year: number; status: string }[]): number | null {
  const latest = dashboard.years.at(-1);
  return assessments.some((a) => a.year === latest && a.status === 'draft') ? latest! : null;
}

const ratingIn = (standard: DevelopmentDashboard['standards'][number], year: number) => standard.trend.find((t) => t.year === year)?.rating ?? null;
const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null);

/**
 * A draft against the year before, like with like: both averaged over the same standards, those rated so
 * far in the draft that were rated the year before too.
 */
export function draftComparison(dashboard: DevelopmentDashboard, draftYear: number) {
  const previousYear = dashboard.years.filter((year) => year < draftYear).at(-1) ?? null;
  const ratedSoFar = dashboard.standards.filter((s) => ratingIn(s, draftYear) !== null);
  const same = previousYear === null ? [] : ratedSoFar.filter((s) => ratingIn(s, previousYear) !== null);
  return {
    previousYear,
    rated: ratedSoFar.length,
    total: dashboard.standards.length,
    compared: same.length,
    draftAverage: mean(same.map((s) => ratingIn(s, draftYear)!)),
    previousAverage: previousYear === null ? null : mean(same.map((s) => ratingIn(s, previousYear)!)),
  };
}

function Overall({ dashboard, draftYear, owner }: { dashboard: DevelopmentDashboard; draftYear: number | null; owner: Owner }) {
  // A draft's average is over the standards rated so far: not charted beside full years as if it were final.
  const final = dashboard.overall.filter((y) => y.year !== draftYear);
  const draft = draftYear === null ? null : draftComparison(dashboard, draftYear);
  const draftAverage = dashboard.overall.find((y) => y.year === draftYear)?.average ?? null;
  return (
    <section aria-labelledby="overall-heading">
      <h2 id="overall-heading">Overall, year by year</h2>
      {draft && draftYear !== null && <DraftSoFar draft={draft} draftYear={draftYear} owner={owner} />}
      <div className="two-columns">
        {final.length > 0 && (
          <BarChart
            id="overall-chart"
            title={`Average rating across the standards, out of 4${draftYear === null ? '' : `, in the years submitted`}`}
            tableId="overall-table"
            bars={final.map((y) => ({ label: String(y.year), value: y.average ?? 0, max: 4, text: y.average === null ? 'No ratings' : `${averageWords(y.average)} of 4` }))}
          />
        )}
        <TableRegion id="overall-table" caption="Average rating per year">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Average rating (out of 4)</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.overall.map((y) => (
              <tr key={y.year}>
                <th scope="row">
                  {y.year}
                  {y.year === draftYear && <> <span className="tag pending">Draft</span></>}
                </th>
                <td>
                  {y.year === draftYear && draft
                    ? `${averageWords(draftAverage)}, so far: over the ${draft.rated} of ${draft.total} standards rated`
                    : averageWords(y.average)}
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </div>
    </section>
  );
}

/** This year's draft so far, against the year before over the same standards. */
function DraftSoFar({ draft, draftYear, owner }: { draft: ReturnType<typeof draftComparison>; draftYear: number; owner: Owner }) {
  const standards = (n: number) => `${n} ${n === 1 ? 'standard' : 'standards'}`;
  return (
    <div className="panel draft-panel">
      <h3 className="draft-title">
        {draftYear} so far <span className="tag pending">Draft</span>
      </h3>
      <p>
        {owner.own ? 'You have' : 'They have'} rated {draft.rated} of {draft.total} standards in the {draftYear} self-assessment, which is not submitted yet: its average is not final.
      </p>
      {draft.previousYear !== null && draft.compared > 0 ? (
        <>
          <p>
            Over the same {standards(draft.compared)}, rated in both years: {averageWords(draft.draftAverage)} in the {draftYear} draft, against {averageWords(draft.previousAverage)} in {draft.previousYear}.
          </p>
          <BarChart
            id="draft-chart"
            title={`The ${draftYear} draft against ${draft.previousYear}, over the same ${standards(draft.compared)}, out of 4`}
            bars={[
              { key: 'previous', label: String(draft.previousYear), value: draft.previousAverage ?? 0, max: 4, text: `${averageWords(draft.previousAverage)} of 4` },
              { key: 'draft', label: `${draftYear} (draft)`, value: draft.draftAverage ?? 0, max: 4, text: `${averageWords(draft.draftAverage)} of 4` },
            ]}
          />
        </>
      ) : (
        draft.previousYear !== null && <p>None of the standards rated so far was rated in {draft.previousYear}, so there is nothing to compare yet.</p>
      )}
    </div>
  );
}

function ByStandard({ dashboard, scale, owner, draftYear }: { dashboard: DevelopmentDashboard; scale: RatingLevel[]; owner: Owner; draftYear: number | null }) {
  const latest = dashboard.years.at(-1)!;
  const previous = dashboard.years.at(-2);
  // The chart compares this year with the year before; the table has every year.
  const compared = previous === undefined ? [latest] : [previous, latest];
  const yearName = (year: number) => (year === draftYear ? `${year} (draft)` : String(year));
  const years = compared.map(yearName);
  // In a draft, a standard without a rating is one not rated yet, not one left out.
  const words = (rating: number | null, year: number) => (rating === null && year === draftYear ? 'Not yet rated' : ratingWords(rating, scale));
  /** The change since the year before, or why there is none. */
  const change = (standard: DevelopmentDashboard['standards'][number]) => {
    if (standard.change !== null || previous === undefined || ratingIn(standard, previous) === null) return changeWords(standard.change);
    return draftYear === latest ? 'Not yet rated this year' : `Not rated in ${latest}`;
  };
  return (
    <section aria-labelledby="standards-heading">
      <h2 id="standards-heading">{previous === undefined ? `Standard by standard, ${yearName(latest)}` : `${yearName(latest)} against ${previous}, standard by standard`}</h2>
      <p>
        Each standard is rated from 1 ({scale[0]?.label}) to {scale.length} ({scale.at(-1)?.label}). {owner.own ? 'Your' : 'Their'} trend over every year is in the table.
      </p>
      <GroupedBarChart
        id="standards-chart"
        title={`Rating for each standard${previous === undefined ? '' : `, ${previous} and ${yearName(latest)}`}`}
        tableId="standards-table"
        series={years}
        max={scale.length}
        groups={dashboard.standards.map((standard) => ({
          key: standard.id,
          label: `Standard ${standard.number}`,
          bars: compared.map((year) => {
            const rating = ratingIn(standard, year);
            return { name: yearName(year), value: rating, text: words(rating, year) };
          }),
        }))}
      />
      <TableRegion id="standards-table" caption="Ratings for each standard, every year">
        <thead>
          <tr>
            <th scope="col">Standard</th>
            {dashboard.years.map((year) => (
              <th scope="col" key={year}>
                {yearName(year)}
              </th>
            ))}
            <th scope="col">Change since {previous ?? 'last year'}</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.standards.map((standard) => (
            <tr key={standard.id}>
              <th scope="row">
                <span className="standard-number">{standard.number}.</span> {standard.text}
              </th>
              {dashboard.years.map((year) => (
                <td key={year} className="nowrap">
                  {words(ratingIn(standard, year), year)}
                </td>
              ))}
              <td>
                <span className={changeTone(standard.change)}>{change(standard)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </section>
  );
}

function Extremes({ id, title, ids, dashboard, scale, draftYear }: { id: string; title: string; ids: string[]; dashboard: DevelopmentDashboard; scale: RatingLevel[]; draftYear: number | null }) {
  const standards = dashboard.standards.filter((s) => ids.includes(s.id));
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {standards.length === 0 ? (
        <p>None rated yet.</p>
      ) : (
        <>
          <p>
            Rated {ratingWords(standards[0]!.rating, scale)} in {dashboard.years.at(-1)}
            {draftYear === null ? '' : ' (the draft, among the standards rated so far)'}:
          </p>
          <ul className="plain-list">
            {standards.map((standard) => (
              <li key={standard.id}>
                <strong>Standard {standard.number}</strong>: {standard.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Priorities({ dashboard, scale, owner, goals }: { dashboard: DevelopmentDashboard; scale: RatingLevel[]; owner: Owner; goals: Goal[] | undefined }) {
  const { organisation } = useOrganisation();
  const plan = `/orgs/${organisation.id}/development/plan`;
  return (
    <section aria-labelledby="priorities-heading">
      <h2 id="priorities-heading">Priorities for {owner.own ? 'your' : 'their'} development plan</h2>
      <p>The weakest standards first; among equals, those that declined most since the year before.</p>
      {dashboard.priorities.length === 0 ? (
        <div className="panel">
          <p>No standard needs attention: every rated standard is at the top of the scale and none has declined.</p>
        </div>
      ) : (
        <ol className="priorities">
          {dashboard.priorities.map((priority) => {
            const planned = goals?.filter((g) => g.provisionIds.includes(priority.id)) ?? [];
            return (
              <li key={priority.id} className="priority">
                <h3 className="priority-title">
                  Standard {priority.number}: {priority.text}
                </h3>
                <p className="priority-meta">
                  {ratingWords(priority.rating, scale)} <span className={changeTone(priority.change)}>{changeWords(priority.change)}</span>
                </p>
                {planned.length > 0 && (
                  <p>
                    In the plan: {planned.map((g) => `“${g.title}”`).join(', ')}.
                  </p>
                )}
                {owner.own && (
                  <Link className="button secondary small" to={`${plan}?${new URLSearchParams({ standard: priority.id })}#new-goal`}>
                    Add a goal for this standard<span className="visually-hidden">: standard {priority.number}</span>
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p>
        <Link to={`${plan}${owner.search}`}>{owner.own ? 'Your' : 'Their'} development plan</Link>
      </p>
    </section>
  );
}
