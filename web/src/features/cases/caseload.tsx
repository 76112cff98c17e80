import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { CASE_STAGES, STAGE_WORDS, type CaseFilters, type CaseStage } from '../../api.ts';
import { Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { SelectField } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Pager, pageNumber } from '../../ui/pager.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { OverdueTag, StageTag } from './labels.tsx';
import { caseloadQuery } from './queries.ts';

// The cases a person is on (as a case officer or on a panel): everything overdue first, then by stage in
// the order a case passes through them, oldest first within each; never a case they are barred from.

const PAGE_SIZE = 50;

/** `/orgs/:orgId/cases` */
export function CaseloadPage() {
  const { organisation } = useOrganisation();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const [search, setSearch] = useSearchParams();
  const stage = (CASE_STAGES as readonly string[]).includes(search.get('stage') ?? '') ? (search.get('stage') as CaseStage) : undefined;
  const page = pageNumber(search);
  const filters: CaseFilters = { stage, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const cases = useQuery(caseloadQuery(organisation.id, filters));
  const pageLink = (to: number) => `?${new URLSearchParams({ ...(stage && { stage }), page: String(to) })}`;

  return (
    <Page
      title={`Cases – ${organisation.name}`}
      heading="Cases"
      actions={
        can(organisation, 'case.open') && (
          <Link className="button" to={`/orgs/${organisation.id}/cases/new`}>
            Open a case
          </Link>
        )
      }
    >
      <p className="lede">The cases you are on in {organisation.name}: anything overdue first, then by stage, the oldest first.</p>
      {arrival.done && <Status title={arrival.done} />}
      <form className="filters" aria-label="Filter the cases" onSubmit={(event) => event.preventDefault()}>
        <SelectField id="case-stage" label="Stage" className="input-medium" value={stage ?? ''} onChange={(event) => setSearch(event.target.value ? { stage: event.target.value } : {})}>
          <option value="">Every stage</option>
          {CASE_STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_WORDS[s]}
            </option>
          ))}
        </SelectField>
      </form>
      {cases.error ? (
        <QueryError error={cases.error} what="cases" />
      ) : !cases.data ? (
        <Loading what="Loading your cases" />
      ) : cases.data.items.length === 0 ? (
        <p>{stage ? `None of your cases is at ${STAGE_WORDS[stage].toLowerCase()}.` : 'You are on no case here.'}</p>
      ) : (
        <>
          <TableRegion id="caseload" caption={`Your cases${stage ? ` at ${STAGE_WORDS[stage].toLowerCase()}` : ''}, overdue first (${cases.data.total})`}>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">About</th>
                <th scope="col">Stage</th>
                <th scope="col">Opened</th>
                <th scope="col">Next due</th>
              </tr>
            </thead>
            <tbody>
              {cases.data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/orgs/${organisation.id}/cases/${c.id}`}>{c.reference}</Link>
                    <span className="hint">{c.title}</span>
                  </th>
                  <td>{c.subjectName}</td>
                  <td>
                    <StageTag stage={c.stage} />
                  </td>
                  <td>
                    {formatDate(c.openedOn)}
                    <span className="hint">
                      {c.ageDays === 1 ? '1 day' : `${c.ageDays} days`} ago
                    </span>
                  </td>
                  <td>
                    {c.nextDueAt ? (
                      <>
                        {formatDateTime(c.nextDueAt)} {c.overdue && <OverdueTag />}
                      </>
                    ) : (
                      'Nothing due'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <Pager what="cases" page={page} pageSize={PAGE_SIZE} total={cases.data.total} shown={cases.data.items.length} to={pageLink} />
        </>
      )}
    </Page>
  );
}
