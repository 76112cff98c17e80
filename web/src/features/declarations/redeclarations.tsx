import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, type Redeclaration, type RedeclarationDashboard } from '../../api.ts';
import { CompletionGroups, share } from '../../ui/completion.tsx';
import { Loading, NotAvailable, QueryError, refused, Status } from '../../ui/feedback.tsx';
import { SubmitButton, TextField, type FieldRef } from '../../ui/form.tsx';
import { formatDate, formatDateTime, roleLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useSearchFlag } from '../../ui/search-flag.ts';
import { TableRegion } from '../../ui/table.tsx';
import { thisYear } from '../development/labels.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { FormProblems, problemsOf } from './declaration-form.tsx';

// The annual re-declaration (003 §18, §19.1): once a year everyone confirms that their entries in the
// registers of interests and of gifts and hospitality still stand, or makes a nil return. Leaders start it
// and follow who has returned, by academy and by role.

const redeclarationsQuery = (orgId: string) => ({ queryKey: ['redeclarations', orgId], queryFn: () => api.redeclarations(orgId) });

/** `/orgs/:orgId/redeclarations` */
export function RedeclarationsPage() {
  const { organisation } = useOrganisation();
  const allowed = can(organisation, 'declaration.oversee');
  const campaigns = useQuery({ ...redeclarationsQuery(organisation.id), enabled: allowed });
  const title = `Annual re-declaration – ${organisation.name}`;
  if (!allowed || refused(campaigns.error)) {
    return (
      <Page title={title} heading="Annual re-declaration">
        <NotAvailable where={organisation.name}>
          <p>
            Leaders follow who has returned. <Link to={`/orgs/${organisation.id}/declarations`}>See your own declarations and duties</Link>.
          </p>
        </NotAvailable>
      </Page>
    );
  }
  return (
    <Page title={title} heading="Annual re-declaration">
      <p className="lede">
        Once a year everyone who works for {organisation.name} confirms that their entries in the registers of interests and of gifts and hospitality still stand, or makes a nil return when
        they have none.
      </p>
      {campaigns.error ? (
        <QueryError error={campaigns.error} what="re-declarations" />
      ) : !campaigns.data ? (
        <Loading what="Loading the re-declarations" />
      ) : (
        <>
          {campaigns.data.length === 0 ? (
            <p>No re-declaration has been started yet.</p>
          ) : (
            <TableRegion id="redeclarations" caption={`Re-declarations in ${organisation.name}, newest first`}>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Return by</th>
                  <th scope="col">Started</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.data.map((campaign) => (
                  <tr key={campaign.id}>
                    <th scope="row">
                      <Link to={`/orgs/${organisation.id}/redeclarations/${campaign.id}`}>Re-declaration for {campaign.year}</Link>
                    </th>
                    <td>{formatDate(campaign.dueOn)}</td>
                    <td>{formatDateTime(campaign.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          )}
          {can(organisation, 'declaration.configure') && <StartForm campaigns={campaigns.data} />}
        </>
      )}
    </Page>
  );
}

function StartForm({ campaigns }: { campaigns: Redeclaration[] }) {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // This year's, unless it has been started: then the year after the newest.
  const [year, setYear] = useState(() => String(campaigns.some((c) => c.year === thisYear()) ? Math.max(...campaigns.map((c) => c.year)) + 1 : thisYear()));
  const [dueOn, setDueOn] = useState('');
  const start = useMutation({
    mutationFn: () => api.startRedeclaration(organisation.id, { year: Number(year), dueOn }),
    onSuccess: async (dashboard) => {
      queryClient.setQueryData(['redeclarations', organisation.id, dashboard.campaign.id], dashboard);
      await queryClient.invalidateQueries({ queryKey: redeclarationsQuery(organisation.id).queryKey });
      navigate(`/orgs/${organisation.id}/redeclarations/${dashboard.campaign.id}`, { state: { done: `Started the re-declaration for ${dashboard.campaign.year}: ${dashboard.total} ${dashboard.total === 1 ? 'person is' : 'people are'} asked to return by ${formatDate(dashboard.campaign.dueOn)}` } });
    },
  });
  const refs: Record<string, FieldRef> = { year: { id: 'start-year', label: 'Year' }, dueOn: { id: 'start-due', label: 'Return by' } };
  const errors = Object.fromEntries(problemsOf(start.error).map((p) => [p.key, p.reason]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  return (
    <section className="panel" aria-labelledby="start-heading">
      <h2 id="start-heading">Start a re-declaration</h2>
      <p>Everyone with a post here, and every self-employed member, is asked to return by the day you choose; each gets a deadline, reminded and escalated as the others are.</p>
      <form noValidate onSubmit={submit}>
        <FormProblems key={start.submittedAt} error={start.error} fields={refs} local={[]} />
        <TextField id="start-year" label="Year" className="input-short" inputMode="numeric" value={year} onChange={(event) => setYear(event.target.value)} error={errors.year} />
        <TextField id="start-due" label="Return by" type="date" className="input-short" value={dueOn} onChange={(event) => setDueOn(event.target.value)} error={errors.dueOn} />
        <SubmitButton pending={start.isPending} pendingText="Starting">
          Start the re-declaration
        </SubmitButton>
      </form>
    </section>
  );
}

/** `/orgs/:orgId/redeclarations/:campaignId?pending=true` */
export function RedeclarationPage() {
  const { organisation } = useOrganisation();
  const { campaignId = '' } = useParams();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const dashboard = useQuery({ queryKey: ['redeclarations', organisation.id, campaignId], queryFn: () => api.redeclaration(organisation.id, campaignId) });
  const title = dashboard.data ? `Re-declaration for ${dashboard.data.campaign.year}` : 'Re-declaration';
  return (
    <Page title={`${title} – ${organisation.name}`} heading={title} breadcrumbs={<Link to={`/orgs/${organisation.id}/redeclarations`}>Annual re-declaration</Link>}>
      {arrival.done && <Status title={arrival.done} />}
      {refused(dashboard.error) ? (
        <NotAvailable where={organisation.name} />
      ) : dashboard.error ? (
        <QueryError error={dashboard.error} what="re-declaration" />
      ) : !dashboard.data ? (
        <Loading what="Loading the re-declaration" />
      ) : (
        <>
          <p className="lede">
            To return by {formatDate(dashboard.data.campaign.dueOn)}. <strong>{share(dashboard.data.done, dashboard.data.total)}</strong> of the people you oversee have returned.
          </p>
          <CompletionGroups id="academy" title="By academy" groups={dashboard.data.byAcademy} label={(group) => group} done="returned" counted="Returns" />
          <CompletionGroups id="role" title="By role" groups={dashboard.data.byRole} label={roleLabel} done="returned" counted="Returns" />
          <People people={dashboard.data.people} />
        </>
      )}
    </Page>
  );
}

function People({ people }: { people: RedeclarationDashboard['people'] }) {
  const [pending, setPending] = useSearchFlag('pending');
  const shown = pending ? people.filter((p) => p.returned === null) : people;
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      <div className="checkbox">
        <input id="pending-only" type="checkbox" checked={pending} onChange={(event) => setPending(event.target.checked)} />
        <label htmlFor="pending-only">Only those who have not returned</label>
      </div>
      <p className="muted" role="status">
        {shown.length} {shown.length === 1 ? 'person' : 'people'}
        {pending ? ' who have not returned' : ''}.
      </p>
      {shown.length > 0 && (
        <TableRegion id="people" caption={pending ? 'Who has not returned' : 'Everyone asked'}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Academy</th>
              <th scope="col">Roles</th>
              <th scope="col">Return</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((person) => (
              <tr key={person.personId}>
                <th scope="row">{person.name}</th>
                <td>{person.academy}</td>
                <td>{person.roles.map(roleLabel).join(', ')}</td>
                <td>
                  {person.returned === null ? (
                    <span className="tag pending">Not yet</span>
                  ) : (
                    <>
                      <span className="tag ok">{person.returned === 'nil' ? 'Nil return' : 'Confirmed their entries'}</span>
                      {person.returnedAt && <span className="hint">{formatDateTime(person.returnedAt)}</span>}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}
