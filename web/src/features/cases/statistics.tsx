import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { CASE_TYPE_WORDS, OUTCOME_WORDS, STAGE_WORDS, wordsFor, type CaseStatistics } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { SelectField } from '../../ui/form.tsx';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { statisticsQuery } from './queries.ts';

// The only figures about cases anyone publishes: anonymised counts by type, stage and outcome. The server
// never gives a number for a group under five (nor the next smallest, where one hidden count could be
// worked out from the total); the page says so where it happens.

const FEWER = 'Fewer than 5';

/** `/orgs/:orgId/cases/statistics` */
export function CaseStatisticsPage() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const chosen = Number(search.get('year'));
  const year = Number.isInteger(chosen) && chosen >= 2000 && chosen <= 2100 ? chosen : undefined;
  const stats = useQuery(statisticsQuery(organisation.id, year));
  return (
    <Page title={`Case statistics – ${organisation.name}`} heading="Case statistics">
      <p className="lede">Anonymised counts of {organisation.name}’s cases, fit to publish.</p>
      <p>
        A group of fewer than five cases never shows a number, so that nobody can be recognised from it; where one hidden group could be worked out from the total and the rest, the next smallest is hidden too. Such a group reads “{FEWER}”.
      </p>
      <form className="filters" aria-label="Choose the year" onSubmit={(event) => event.preventDefault()}>
        <SelectField id="stats-year" label="Cases opened" className="input-medium" value={year ?? ''} onChange={(event) => setSearch(event.target.value ? { year: event.target.value } : {})}>
          <option value="">In any year</option>
          {[0, 1, 2, 3, 4].map((ago) => (
            <option key={ago} value={thisYear - ago}>
              In {thisYear - ago}
            </option>
          ))}
        </SelectField>
      </form>
      {stats.error ? <QueryError error={stats.error} what="case statistics" /> : !stats.data ? <Loading what="Loading the statistics" /> : <Figures stats={stats.data} />}
    </Page>
  );
}

const shown = (count: number | null) => (count === null ? FEWER : String(count));

function Figures({ stats }: { stats: CaseStatistics }) {
  const when = stats.year ? `opened in ${stats.year}` : 'opened in any year';
  return (
    <>
      <p>
        <strong>Cases {when}: {shown(stats.total)}</strong>
      </p>
      <Counts id="by-type" caption={`Cases ${when}, by type`} what="Type" rows={stats.byType.map((r) => ({ key: r.key, label: CASE_TYPE_WORDS[r.key].title, count: r.count }))} />
      <Counts id="by-stage" caption={`Cases ${when}, by stage now`} what="Stage" rows={stats.byStage.map((r) => ({ key: r.key, label: STAGE_WORDS[r.key], count: r.count }))} />
      <Counts id="by-outcome" caption={`Cases ${when}, by the outcome issued`} what="Outcome" rows={stats.byOutcome.map((r) => ({ key: r.key, label: wordsFor(OUTCOME_WORDS, r.key), count: r.count }))} />
    </>
  );
}

function Counts({ id, caption, what, rows }: { id: string; caption: string; what: string; rows: { key: string; label: string; count: number | null }[] }) {
  return (
    <TableRegion id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">Cases</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{shown(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
