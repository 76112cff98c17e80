import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, INSIGHT_GROUPINGS, type DevelopmentInsights, type InsightGroup, type InsightGrouping } from '../../api.ts';
import { BarChart } from '../../ui/chart.tsx';
import { Loading, NotAvailable, QueryError, refused, Status } from '../../ui/feedback.tsx';
import { SelectField } from '../../ui/form.tsx';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { averageWords, hoursWords, thisYear } from './labels.tsx';
import { YearPicker } from './year-picker.tsx';

// For leaders: which standards the workforce rates lowest and where CPD is thin, by academy or by cohort
// (the year people joined), from the year's submitted self-assessments. Aggregates only: a group of fewer than five shows nothing, so that no
// one can be picked out (the server decides; the page only says so).

const TOO_FEW = 'Too few people to show';

const GROUPINGS: Record<InsightGrouping, string> = { academy: 'Academy', cohort: 'Cohort (the year they joined)', programme: 'Programme cohort (QTLS, ATS)' };

const perPerson = (hours: number | null) => (hours === null ? TOO_FEW : `${hoursWords(hours)} per person`);

function GroupCell({ group }: { group: InsightGroup }) {
  if (group.average === null) return <span className="muted">{TOO_FEW}</span>;
  return (
    <>
      {averageWords(group.average)}
      <span className="hint">
        {group.people} {group.people === 1 ? 'person' : 'people'}; CPD {perPerson(group.cpdHours)}
      </span>
    </>
  );
}

/** `/orgs/:orgId/development/insights?year=&by=` */
export function InsightsPage() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const current = thisYear();
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= current ? asked : current;
  // A trust groups by academy first; a body or association without academies, by cohort.
  const usual: InsightGrouping = organisation.academies.length ? 'academy' : 'cohort';
  const askedBy = search.get('by');
  const groupBy = INSIGHT_GROUPINGS.find((g) => g === askedBy) ?? usual;
  const [chosen, setChosen] = useState(String(year));
  const [chosenBy, setChosenBy] = useState(groupBy);
  useEffect(() => setChosen(String(year)), [year]);
  useEffect(() => setChosenBy(groupBy), [groupBy]);
  const allowed = can(organisation, 'development.insights');
  const insights = useQuery({ queryKey: ['development-insights', organisation.id, year, groupBy], queryFn: () => api.developmentInsights(organisation.id, year, groupBy), enabled: allowed });
  const title = `Development insights – ${organisation.name}`;

  if (!allowed || refused(insights.error)) {
    return (
      <Page title={title} heading="Development insights">
        <NotAvailable where={organisation.name}>
          <p>
            Leaders see how the workforce rates itself, in groups of five or more. <Link to={`/orgs/${organisation.id}/development`}>See your own development record</Link>.
          </p>
        </NotAvailable>
      </Page>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({ ...(Number(chosen) === current ? {} : { year: chosen }), ...(chosenBy === usual ? {} : { by: chosenBy }) });
  };

  return (
    <Page title={title} heading="Development insights">
      <p className="lede">
        How the people you oversee in {organisation.name} rate themselves against the professional standards, from the year’s submitted self-assessments, and the CPD they record.
        Figures are shown only for groups of five or more people, so that no one can be picked out.
      </p>
      <YearPicker id="insights-year" name="Insights year and grouping" years={Array.from({ length: 5 }, (_, i) => current - i)} value={chosen} onChange={setChosen} onSubmit={submit}>
        <SelectField id="insights-by" label="Group people by" className="input-medium" value={chosenBy} onChange={(event) => setChosenBy(event.target.value as InsightGrouping)}>
          {INSIGHT_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {GROUPINGS[g]}
            </option>
          ))}
        </SelectField>
      </YearPicker>
      {insights.error ? (
        <QueryError error={insights.error} what="development insights" />
      ) : !insights.data ? (
        <Loading what="Loading the insights" />
      ) : (
        <Figures insights={insights.data} />
      )}
    </Page>
  );
}

function Figures({ insights }: { insights: DevelopmentInsights }) {
  const groups = insights.standards[0]?.byGroup.map((g) => g.group) ?? [];
  return (
    <>
      <p>
        Against {insights.code.title} ({insights.code.version}), {insights.year}:{' '}
        {insights.people === null ? <strong>fewer than five people, or none, have submitted a self-assessment.</strong> : <strong>{insights.people} people submitted a self-assessment.</strong>}
        {insights.summedAt && <> Figures as added up at {formatDateTime(insights.summedAt)}; they are added up again every ten minutes.</>}
      </p>
      {insights.people === null && (
        <Status tone="info" title={TOO_FEW}>
          <p>Once five or more of the people you oversee have submitted their self-assessment for {insights.year}, their averages show here.</p>
        </Status>
      )}
      {insights.standards.some((s) => s.overall.average !== null) && (
        <>
          <div className="two-columns">
            <BarChart
              id="insights-chart"
              title="Average rating for each standard, out of 4"
              tableId="insights-table"
              bars={insights.standards.map((s) => ({ key: s.id, label: `Standard ${s.number}`, value: s.overall.average ?? 0, max: 4, text: s.overall.average === null ? TOO_FEW : `${averageWords(s.overall.average)} of 4` }))}
            />
            <div>
              <h2>Lowest rated</h2>
              <Lowest insights={insights} />
            </div>
          </div>
          <TableRegion id="insights-table" caption={`Average rating (out of 4) and CPD for each standard, by ${insights.grouping}, ${insights.year}`}>
            <thead>
              <tr>
                <th scope="col">Standard</th>
                <th scope="col">Everyone</th>
                {groups.map((group) => (
                  <th scope="col" key={group}>
                    {group}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {insights.standards.map((standard) => (
                <tr key={standard.id}>
                  <th scope="row">
                    <span className="standard-number">{standard.number}.</span> {standard.text}
                  </th>
                  <td>
                    <GroupCell group={standard.overall} />
                  </td>
                  {standard.byGroup.map((group) => (
                    <td key={group.group}>
                      <GroupCell group={group} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <CpdByGroup insights={insights} />
        </>
      )}
    </>
  );
}

/** Where CPD is thin: the year's CPD per person in each group, thinnest first. */
function CpdByGroup({ insights }: { insights: DevelopmentInsights }) {
  const shown = insights.groups.filter((g) => g.cpdHours !== null).sort((a, b) => a.cpdHours! - b.cpdHours!);
  const hidden = insights.groups.filter((g) => g.cpdHours === null);
  return (
    <section aria-labelledby="cpd-groups-heading">
      <h2 id="cpd-groups-heading">CPD by {insights.grouping}</h2>
      <p>
        Everyone: {perPerson(insights.cpdHours)} in {insights.year}.
      </p>
      <TableRegion id="cpd-groups-table" caption={`CPD in ${insights.year} by ${insights.grouping}, thinnest first`}>
        <thead>
          <tr>
            <th scope="col">{insights.grouping === 'academy' ? 'Academy' : 'Cohort'}</th>
            <th scope="col">People</th>
            <th scope="col">CPD per person</th>
          </tr>
        </thead>
        <tbody>
          {[...shown, ...hidden].map((g) => (
            <tr key={g.group}>
              <th scope="row">{g.group}</th>
              <td>{g.people ?? <span className="muted">{TOO_FEW}</span>}</td>
              <td>{g.cpdHours === null ? <span className="muted">{TOO_FEW}</span> : hoursWords(g.cpdHours)}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </section>
  );
}

function Lowest({ insights }: { insights: DevelopmentInsights }) {
  const shown = insights.standards.filter((s) => s.overall.average !== null).sort((a, b) => a.overall.average! - b.overall.average!);
  if (shown.length === 0) return <p>{TOO_FEW}.</p>;
  return (
    <ol>
      {shown.slice(0, 5).map((s) => (
        <li key={s.id}>
          Standard {s.number}: {averageWords(s.overall.average)} <span className="muted">{s.text}</span>
        </li>
      ))}
    </ol>
  );
}
