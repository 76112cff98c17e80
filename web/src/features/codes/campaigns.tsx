import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, ROLES, type CampaignDashboard, type CampaignFilters, type Role } from '../../api.ts';
import { CompletionGroups, share } from '../../ui/completion.tsx';
import { Loading, NotAvailable, PageLoading, QueryError, refused } from '../../ui/feedback.tsx';
import { SelectField, TextField } from '../../ui/form.tsx';
import { formatDate, formatDateTime, roleLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Pager, pageNumber } from '../../ui/pager.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';

// Attestation campaigns (003 §3.1, §4, §5): who has confirmed the code that binds them, per academy and
// per role, and who has not, for the managers who follow it up.

/** `/orgs/:orgId/attestation`: the organisation's campaigns, newest first. */
export function CampaignsPage() {
  const { organisation } = useOrganisation();
  const campaigns = useQuery({ queryKey: ['campaigns', organisation.id], queryFn: () => api.campaigns(organisation.id) });
  const base = `/orgs/${organisation.id}`;
  return (
    <Page title={`Attestation – ${organisation.name}`} heading="Attestation">
      <p className="lede">Each time {organisation.name} adopts a code, or a version that changes what people must do, everyone it binds is asked to read and confirm it.</p>
      {refused(campaigns.error) ? (
        <NotAvailable where={organisation.name}>
          <p>
            Leaders follow who has confirmed the codes. <Link to={`${base}/codes`}>See the codes that bind you</Link>.
          </p>
        </NotAvailable>
      ) : campaigns.error ? (
        <QueryError error={campaigns.error} what="attestation campaigns" />
      ) : !campaigns.data ? (
        <Loading what="Loading the campaigns" />
      ) : campaigns.data.length === 0 ? (
        <div className="panel">
          <p>
            No one has been asked to confirm a code yet. <Link to={`${base}/codes`}>Adopt a code</Link> to ask them.
          </p>
        </div>
      ) : (
        <TableRegion id="campaigns" caption={`Campaigns of ${organisation.name}, newest first`}>
          <thead>
            <tr>
              <th scope="col">Campaign</th>
              <th scope="col">Confirm by</th>
              <th scope="col">Started</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.data.map((campaign) => (
              <tr key={campaign.id}>
                <th scope="row">
                  <Link to={`${base}/attestation/${campaign.id}`}>{campaign.title}</Link>
                </th>
                <td>{formatDate(campaign.dueOn)}</td>
                <td>{formatDateTime(campaign.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </Page>
  );
}

/** The server pages and counts the people; a page is as many as a person can scan. */
const PEOPLE_PAGE_SIZE = 100;
const count = new Intl.NumberFormat('en-GB');
const STATUSES = ['pending', 'confirmed'] as const;

/** The list's filters as the address keeps them (`?academyId=…|central&role=…&status=pending|confirmed&q=…&page=`), what the server would refuse left out. */
function filtersIn(search: URLSearchParams): CampaignFilters {
  const role = search.get('role');
  const status = search.get('status');
  return {
    academyId: search.get('academyId') || undefined,
    role: (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : undefined,
    status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as CampaignFilters['status']) : undefined,
    q: search.get('q')?.trim() || undefined,
  };
}

/** `/orgs/:orgId/attestation/:campaignId`: the dashboard, and a page of its people, filtered (as a table's "Who" link filters them). */
export function CampaignPage() {
  const { organisation } = useOrganisation();
  const { campaignId = '' } = useParams();
  const [search] = useSearchParams();
  const filters = filtersIn(search);
  const page = pageNumber(search);
  const dashboard = useQuery({
    queryKey: ['campaigns', organisation.id, campaignId, filters, page],
    // The answer keeps the filters and page it is of: while the next is fetched, the list still says what it shows.
    queryFn: async () => ({ ...(await api.campaign(organisation.id, campaignId, { ...filters, limit: PEOPLE_PAGE_SIZE, offset: (page - 1) * PEOPLE_PAGE_SIZE })), filters, page }),
    placeholderData: keepPreviousData,
  });
  const base = `/orgs/${organisation.id}`;
  const breadcrumbs = <Link to={`${base}/attestation`}>Attestation</Link>;

  if (refused(dashboard.error)) {
    return (
      <Page title="Attestation campaign" breadcrumbs={breadcrumbs}>
        <NotAvailable where={organisation.name} />
      </Page>
    );
  }
  if (dashboard.error) {
    return (
      <Page title="Attestation campaign" breadcrumbs={breadcrumbs}>
        <QueryError error={dashboard.error} what="attestation campaign" />
      </Page>
    );
  }
  if (!dashboard.data) {
    return (
      <PageLoading what="Loading the campaign" />
    );
  }
  const data = dashboard.data;
  return (
    <Page
      title={`${data.campaign.title} – ${organisation.name}`}
      heading={data.campaign.title}
      breadcrumbs={breadcrumbs}
      actions={
        <a className="button secondary" href={api.campaignCsvPath(organisation.id, campaignId, filters)} download="attestations.csv">
          Download as CSV<span className="visually-hidden">: everyone the list below shows, on every page</span>
        </a>
      }
    >
      <p className="lede">
        To confirm by {formatDate(data.campaign.dueOn)}. <strong>{share(data.done, data.total)}</strong> of the people you oversee have confirmed.
      </p>
      <CompletionGroups id="academy" title="By academy" groups={data.byAcademy} label={(group) => group} done="confirmed" counted="Confirmations" who={(group) => <Who filter={{ academyId: group.academyId ?? 'central' }} label={group.group} pending={group.total > group.done} />} />
      <CompletionGroups id="role" title="By role" groups={data.byRole} label={roleLabel} done="confirmed" counted="Confirmations" who={(group) => <Who filter={{ role: group.group }} label={roleLabel(group.group)} pending={group.total > group.done} />} />
      <People data={data} chosen={filters} />
    </Page>
  );
}

/** The link to a group's people: those who have not confirmed yet, or everyone once all have. */
function Who({ filter, label, pending }: { filter: Record<string, string>; label: string; pending: boolean }) {
  return pending ? (
    <Link to={`?${new URLSearchParams({ ...filter, status: 'pending' })}`}>
      Who has not<span className="visually-hidden"> confirmed, {label}</span>
    </Link>
  ) : (
    <Link to={`?${new URLSearchParams(filter)}`}>
      Everyone<span className="visually-hidden">, {label}</span>
    </Link>
  );
}

/** A page of the people, as `data` says it was asked for; the form shows the filters `chosen` in the address. */
function People({ data, chosen }: { data: CampaignDashboard & { filters: CampaignFilters; page: number }; chosen: CampaignFilters }) {
  const [search] = useSearchParams();
  const { filters, page } = data;
  const heading = useRef<HTMLHeadingElement>(null);
  const key = JSON.stringify(chosen);
  const first = useRef(true);
  // A drill-down from the tables above, or filters chosen, bring the list into view.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [key]);

  const academyName = filters.academyId && (data.byAcademy.find((g) => (g.academyId ?? 'central') === filters.academyId)?.group ?? 'an academy');
  const scope = [academyName, filters.role && roleLabel(filters.role)].filter(Boolean).join(', ');
  const words = filters.q ? ` matching “${filters.q}”` : '';
  const n = data.matching;
  const done = filters.status === 'pending' ? ` who ${n === 1 ? 'has' : 'have'} not confirmed` : filters.status === 'confirmed' ? ` who ${n === 1 ? 'has' : 'have'} confirmed` : '';
  const pages = Math.max(1, Math.ceil(n / PEOPLE_PAGE_SIZE));
  const from = (page - 1) * PEOPLE_PAGE_SIZE + 1;
  const pageLink = (to: number) => {
    const next = new URLSearchParams(search);
    if (to > 1) next.set('page', String(to));
    else next.delete('page');
    return `?${next}`;
  };

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading" ref={heading} tabIndex={-1}>
        People
      </h2>
      <PeopleFilters key={key} data={data} filters={chosen} />
      <p className="muted" role="status">
        {data.people.length === 0
          ? page > 1 && n > 0
            ? `There is no page ${page}: ${count.format(n)} ${n === 1 ? 'person' : 'people'} in all.`
            : `No one${scope ? ` in ${scope}` : ''}${words}${filters.status === 'pending' ? ' has still to confirm' : filters.status === 'confirmed' ? ' has confirmed yet' : ''}.`
          : `${n <= PEOPLE_PAGE_SIZE ? count.format(n) : `Showing ${count.format(from)}–${count.format(from + data.people.length - 1)} of ${count.format(n)}`} ${n === 1 ? 'person' : 'people'}${scope ? ` in ${scope}` : ''}${words}${done}.`}
      </p>
      {data.people.length > 0 && (
        <TableRegion
          id="people"
          caption={`${filters.status === 'pending' ? 'Who has not confirmed' : filters.status === 'confirmed' ? 'Who has confirmed' : 'Everyone asked'}${scope ? `: ${scope}` : ''}${words}${pages > 1 ? `, page ${page} of ${pages}` : ''}`}
        >
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Academy</th>
              <th scope="col">Roles</th>
              <th scope="col">Confirmed</th>
            </tr>
          </thead>
          <tbody>
            {data.people.map((person) => (
              <tr key={person.personId}>
                <th scope="row">
                  {person.name}
                  <span className="hint">{person.email}</span>
                </th>
                <td>{person.academy}</td>
                <td>{person.roles.map(roleLabel).join(', ')}</td>
                <td>{person.attestedAt ? <span className="tag ok">Confirmed {formatDateTime(person.attestedAt)}</span> : <span className="tag pending">Not yet</span>}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <Pager what="people" page={page} pageSize={PEOPLE_PAGE_SIZE} total={n} shown={data.people.length} to={pageLink} />
    </section>
  );
}

/** The list's filters, applied together when asked (a new set of filters starts at the first page). */
function PeopleFilters({ data, filters }: { data: CampaignDashboard; filters: CampaignFilters }) {
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState({ academyId: filters.academyId ?? '', role: filters.role ?? '', status: filters.status ?? '', q: filters.q ?? '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(Object.fromEntries(Object.entries({ ...draft, q: draft.q.trim() }).filter(([, value]) => value !== '')));
  };
  return (
    <form className="panel" role="search" aria-label="People asked" noValidate onSubmit={submit}>
      <div className="filters">
        <SelectField id="filter-academy" label="Academy" value={draft.academyId} onChange={(event) => setDraft({ ...draft, academyId: event.target.value })}>
          <option value="">Every academy</option>
          {data.byAcademy.map((group) => (
            <option key={group.group} value={group.academyId ?? 'central'}>
              {group.group}
            </option>
          ))}
        </SelectField>
        <SelectField id="filter-role" label="Role" value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value })}>
          <option value="">Every role</option>
          {data.byRole.map((group) => (
            <option key={group.group} value={group.group}>
              {roleLabel(group.group)}
            </option>
          ))}
        </SelectField>
        <SelectField id="filter-status" label="Confirmed" value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })}>
          <option value="">Confirmed or not</option>
          <option value="pending">Not yet confirmed</option>
          <option value="confirmed">Confirmed</option>
        </SelectField>
        <TextField id="filter-q" label="Name or email" type="search" value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          Show people
        </button>
        {search.toString() && (
          <Link to={{ search: '' }} className="button secondary">
            Everyone, every academy and role
          </Link>
        )}
      </div>
    </form>
  );
}
