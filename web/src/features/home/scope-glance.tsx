import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, type MyRole, type Organisation } from '../../api.ts';
import { can } from '../organisations/organisation.tsx';

// What a leader oversees, at a glance on their home page: how many have confirmed each adopted code, how
// many deadlines are overdue, how many have submitted this year's self-assessment. Each figure is of the
// leader's own scope (a principal's academy, a director's region), as the server counts it for them, and
// leads to the page with the detail.

/** "Northfield Academy", "North region", or the organisation, from the widest role that oversees. */
function scopeName(organisation: Organisation, roles: MyRole[]): string {
  if (roles.some((r) => r.academyId === null && r.regionId === null && r.role !== 'staff' && r.role !== 'member')) return organisation.name;
  const region = roles.find((r) => r.regionName);
  if (region) return `${region.regionName} region`;
  return roles.find((r) => r.academyName)?.academyName ?? organisation.name;
}

const percent = (done: number, total: number) => (total === 0 ? '—' : `${Math.round((100 * done) / total)}%`);

export function ScopeAtAGlance({ organisation, roles }: { organisation: Organisation; roles: MyRole[] }) {
  const base = `/orgs/${organisation.id}`;
  const attestation = can(organisation, 'attestation.oversee');
  const deadlines = can(organisation, 'deadline.oversee');
  const development = can(organisation, 'development.insights');
  const year = new Date().getFullYear();
  const campaigns = useQuery({ queryKey: ['campaigns', organisation.id], queryFn: () => api.campaigns(organisation.id), enabled: attestation });
  const dashboards = useQueries({
    // Only each campaign's totals: the server sends them with a page of its people, here a page of one.
    queries: (campaigns.data ?? []).map((c) => ({ queryKey: ['campaign', organisation.id, c.id], queryFn: () => api.campaign(organisation.id, c.id, { limit: 1 }), staleTime: 60_000 })),
  });
  const overdue = useQuery({ queryKey: ['deadlines', 'overdue-count', organisation.id], queryFn: () => api.overdueDeadlines(organisation.id, { limit: 1 }), enabled: deadlines });
  const insights = useQuery({ queryKey: ['insights', organisation.id, year, 'academy'], queryFn: () => api.developmentInsights(organisation.id, year, 'academy'), enabled: development, retry: false });
  if (!attestation && !deadlines && !development) return null;
  const name = scopeName(organisation, roles);

  return (
    <section className="panel" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{name} at a glance</h2>
      <dl className="summary-list">
        {attestation && (
          <>
            <dt>Codes confirmed</dt>
            <dd>
              {campaigns.error ? (
                'Could not be counted.'
              ) : !campaigns.data ? (
                'Counting…'
              ) : campaigns.data.length === 0 ? (
                'No code has been put to people to confirm.'
              ) : (
                <ul className="plain-list">
                  {campaigns.data.map((campaign, index) => {
                    const dashboard = dashboards[index]?.data;
                    return (
                      <li key={campaign.id}>
                        <Link to={`${base}/attestation/${campaign.id}`}>{campaign.title.replace(/^Read and confirm: /, '')}</Link>:{' '}
                        {dashboard ? `${dashboard.done} of ${dashboard.total} confirmed (${percent(dashboard.done, dashboard.total)})` : 'counting…'}
                      </li>
                    );
                  })}
                </ul>
              )}
            </dd>
          </>
        )}
        {deadlines && (
          <>
            <dt>Overdue deadlines</dt>
            <dd>
              {overdue.error ? (
                'Could not be counted.'
              ) : !overdue.data ? (
                'Counting…'
              ) : (
                <Link to={`${base}/deadlines/overdue`}>
                  {overdue.data.total === 0 ? 'None overdue' : `${overdue.data.total} overdue`}
                  <span className="visually-hidden"> deadlines in {name}</span>
                </Link>
              )}
            </dd>
          </>
        )}
        {development && (
          <>
            <dt>Self-assessments submitted in {year}</dt>
            <dd>
              {insights.error ? (
                'None to count: no standards to assess against are adopted.'
              ) : !insights.data ? (
                'Counting…'
              ) : (
                <Link to={`${base}/development-insights`}>
                  {insights.data.people === null ? 'Fewer than five, too few to show' : `${insights.data.people} people`}
                  <span className="visually-hidden"> submitted a self-assessment in {year}</span>
                </Link>
              )}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
