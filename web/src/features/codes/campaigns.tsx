import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, type CampaignDashboard } from '../../api.ts';
import { CompletionGroups, share } from '../../ui/completion.tsx';
import { Loading, NotAvailable, PageLoading, QueryError, refused } from '../../ui/feedback.tsx';
import { formatDate, formatDateTime, roleLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useSearchFlag } from '../../ui/search-flag.ts';
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

/** `/orgs/:orgId/attestation/:campaignId?academy=…|role=…&pending=true`: the dashboard and its drill-down. */
export function CampaignPage() {
  const { organisation } = useOrganisation();
  const { campaignId = '' } = useParams();
  const dashboard = useQuery({ queryKey: ['campaigns', organisation.id, campaignId], queryFn: () => api.campaign(organisation.id, campaignId) });
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
        <a className="button secondary" href={api.campaignCsvPath(organisation.id, campaignId)} download="attestations.csv">
          Download as CSV
        </a>
      }
    >
      <p className="lede">
        To confirm by {formatDate(data.campaign.dueOn)}. <strong>{share(data.done, data.total)}</strong> of the people you oversee have confirmed.
      </p>
      <CompletionGroups id="academy" title="By academy" groups={data.byAcademy} label={(group) => group} done="confirmed" counted="Confirmations" who={(group) => <Who id="academy" group={group.group} label={group.group} pending={group.total > group.done} />} />
      <CompletionGroups id="role" title="By role" groups={data.byRole} label={roleLabel} done="confirmed" counted="Confirmations" who={(group) => <Who id="role" group={group.group} label={roleLabel(group.group)} pending={group.total > group.done} />} />
      <People data={data} />
    </Page>
  );
}

/** The link to a group's people: those who have not confirmed yet, or everyone once all have. */
function Who({ id, group, label, pending }: { id: 'academy' | 'role'; group: string; label: string; pending: boolean }) {
  return pending ? (
    <Link to={`?${new URLSearchParams({ [id]: group, pending: 'true' })}`}>
      Who has not<span className="visually-hidden"> confirmed, {label}</span>
    </Link>
  ) : (
    <Link to={`?${new URLSearchParams({ [id]: group })}`}>
      Everyone<span className="visually-hidden">, {label}</span>
    </Link>
  );
}

function People({ data }: { data: CampaignDashboard }) {
  const [search] = useSearchParams();
  const academy = search.get('academy');
  const role = search.get('role');
  const [pending, setPending] = useSearchFlag('pending');
  const heading = useRef<HTMLHeadingElement>(null);
  const drill = `${academy ?? ''}|${role ?? ''}`;
  const first = useRef(true);
  // A drill-down from the tables above brings the list into view.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [drill]);
  const people = data.people.filter((p) => (!academy || p.academy === academy) && (!role || p.roles.some((r) => r === role)) && (!pending || !p.attestedAt));
  const scope = [academy, role && roleLabel(role)].filter(Boolean).join(', ');
  const caption = `${pending ? 'Who has not confirmed' : 'Everyone asked'}${scope ? `: ${scope}` : ''}`;

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading" ref={heading} tabIndex={-1}>
        People
      </h2>
      <div className="actions">
        <div className="checkbox">
          <input
            id="pending-only"
            type="checkbox"
            checked={pending}
            onChange={(event) => setPending(event.target.checked)}
          />
          <label htmlFor="pending-only">Only those who have not confirmed</label>
        </div>
        {(academy || role) && (
          <Link to={{ search: '' }} className="button secondary small">
            Everyone, every academy and role
          </Link>
        )}
      </div>
      <p className="muted" role="status">
        {people.length} {people.length === 1 ? 'person' : 'people'}
        {scope ? ` in ${scope}` : ''}
        {pending ? ' who have not confirmed' : ''}.
      </p>
      {people.length > 0 && (
        <TableRegion id="people" caption={caption}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Academy</th>
              <th scope="col">Roles</th>
              <th scope="col">Confirmed</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
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
    </section>
  );
}
