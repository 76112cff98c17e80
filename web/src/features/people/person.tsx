import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, type Person, type PersonChanges, type RoleGrant } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextField, type FieldRef } from '../../ui/form.tsx';
import { formatDate, fullName, roleLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { PersonStatus } from './people.tsx';
import { EmploymentForm, MembershipForm } from './records.tsx';
import { RolesPicker, scopeOf } from './roles.tsx';

export const personQuery = (orgId: string, personId: string) => ({ queryKey: ['person', orgId, personId], queryFn: () => api.person(orgId, personId) });

export function PersonPage() {
  const { organisation } = useOrganisation();
  const { personId = '' } = useParams();
  const arrival = (useLocation().state ?? {}) as { added?: boolean };
  const person = useQuery(personQuery(organisation.id, personId));
  const base = `/orgs/${organisation.id}`;
  const name = person.data ? fullName(person.data) : 'Person';

  return (
    <Page
      title={`${name} – ${organisation.name}`}
      heading={name}
      breadcrumbs={
        <>
          <Link to={`${base}/people`}>People</Link> › {name}
        </>
      }
    >
      {person.error ? (
        <QueryError error={person.error} what="person" />
      ) : !person.data ? (
        <Loading what="Loading" />
      ) : (
        <>
          {arrival.added && (
            <Status title={`${name} has been added to ${organisation.name}`}>
              {person.data.invited && <p>If you asked for it, an invitation to choose a password is on its way to {person.data.email}.</p>}
            </Status>
          )}
          <PersonDetails person={person.data} />
          {person.data.allowed?.includes('people.manage') && <ManagePerson key={person.data.id} person={person.data} />}
        </>
      )}
    </Page>
  );
}

function PersonDetails({ person }: { person: Person }) {
  const { organisation } = useOrganisation();
  const manager = useQuery({
    ...personQuery(organisation.id, person.employment?.lineManagerId ?? ''),
    enabled: Boolean(person.employment?.lineManagerId),
    retry: false,
  });
  const academyName = (id: string | null) => (id ? (organisation.academies.find((a) => a.id === id)?.name ?? 'Unknown academy') : 'Central team');
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <dl className="summary-list">
        <dt>Email</dt>
        <dd>{person.email}</dd>
        <dt>Status</dt>
        <dd>
          <PersonStatus person={person} />{' '}
          <span className="muted">
            {person.disabled ? 'cannot sign in' : person.invited ? 'has not chosen a password yet' : 'can sign in'}
          </span>
        </dd>
        <dt>Roles here</dt>
        <dd>
          <ul className="plain-list">
            {person.roles.map((grant, index) => (
              <li key={`${grant.role}-${index}`}>
                {roleLabel(grant.role)} <span className="muted">· {scopeOf(organisation, grant)}</span>
              </li>
            ))}
          </ul>
        </dd>
        {person.employment && (
          <>
            <dt>Job role</dt>
            <dd>{person.employment.jobRole}</dd>
            <dt>Works at</dt>
            <dd>{academyName(person.employment.academyId)}</dd>
            <dt>Line manager</dt>
            <dd>
              {!person.employment.lineManagerId ? (
                'None'
              ) : manager.data ? (
                <Link to={`/orgs/${organisation.id}/people/${manager.data.id}`}>{fullName(manager.data)}</Link>
              ) : (
                'Someone you may not see'
              )}
            </dd>
            <dt>Started</dt>
            <dd>{formatDate(person.employment.startedOn)}</dd>
          </>
        )}
        {person.membership && (
          <>
            <dt>Member number</dt>
            <dd>{person.membership.memberNumber}</dd>
            <dt>Membership</dt>
            <dd>
              {person.membership.status.charAt(0).toUpperCase() + person.membership.status.slice(1)}
              {person.membership.selfEmployed ? ', self-employed' : ''}
            </dd>
            <dt>Joined</dt>
            <dd>{formatDate(person.membership.joinedOn)}</dd>
            {person.membership.conditions && (
              <>
                <dt>Conditions</dt>
                <dd>{person.membership.conditions}</dd>
              </>
            )}
          </>
        )}
      </dl>
    </section>
  );
}

/** Change name and roles, or disable or enable the account: shown only when the server allows people.manage on this person. */
function ManagePerson({ person }: { person: Person }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [givenName, setGivenName] = useState(person.givenName);
  const [familyName, setFamilyName] = useState(person.familyName);
  const [roles, setRoles] = useState<RoleGrant[]>(person.roles);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const update = useMutation({
    mutationFn: ({ changes }: { changes: PersonChanges; done: string }) => api.updatePerson(organisation.id, person.id, changes),
    onSuccess: (updated, { done: message }) => {
      queryClient.setQueryData(['person', organisation.id, person.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['people', organisation.id] });
      setDone(message);
      setReason('');
    },
    onMutate: () => setDone(null),
  });
  const errors = fieldErrors(update.error);
  const fields: Record<string, FieldRef> = {
    givenName: { id: 'givenName', label: 'Given name' },
    familyName: { id: 'familyName', label: 'Family name' },
    roles: { id: 'roles', label: 'Roles' },
    disabled: { label: 'The account' },
    reason: { id: 'reason', label: 'Reason' },
  };
  roles.forEach((_, i) => {
    fields[`roles.${i}.role`] = { id: `roles-${i}-role`, label: `Role ${i + 1}:` };
    fields[`roles.${i}.academyId`] = { id: `roles-${i}-scope`, label: `Where role ${i + 1} holds:` };
    fields[`roles.${i}.regionId`] = { id: `roles-${i}-scope`, label: `Where role ${i + 1} holds:` };
  });

  const saveDetails = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ changes: { givenName: givenName.trim(), familyName: familyName.trim(), roles }, done: 'The changes are saved.' });
  };
  const toggle = (event: FormEvent) => {
    event.preventDefault();
    const disable = !person.disabled;
    update.mutate({
      changes: { disabled: disable, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      done: disable ? `${fullName(person)}’s account is disabled and every session of it has ended.` : `${fullName(person)}’s account is enabled again.`,
    });
  };

  return (
    <>
      <LiveRegion>{done && <Status title={done} />}</LiveRegion>
      <ErrorSummary error={update.error} fields={fields} />
      <section className="panel" aria-labelledby="change-heading">
        <h2 id="change-heading">Change name and roles</h2>
        <form noValidate onSubmit={saveDetails}>
          <div className="two-columns">
            <TextField id="givenName" label="Given name" value={givenName} onChange={(e) => setGivenName(e.target.value)} error={errors.givenName} />
            <TextField id="familyName" label="Family name" value={familyName} onChange={(e) => setFamilyName(e.target.value)} error={errors.familyName} />
          </div>
          <RolesPicker id="roles" organisation={organisation} value={roles} onChange={setRoles} errors={errors} />
          <div className="actions">
            <SubmitButton pending={update.isPending} pendingText="Saving">
              Save changes
            </SubmitButton>
          </div>
        </form>
      </section>
      {person.employment && <EmploymentForm person={person} employment={person.employment} onSaved={setDone} />}
      {person.membership && <MembershipForm person={person} membership={person.membership} onSaved={setDone} />}
      <section className="panel" aria-labelledby="access-heading">
        <h2 id="access-heading">{person.disabled ? 'Enable the account' : 'Disable the account'}</h2>
        <p>
          {person.disabled
            ? `${fullName(person)} cannot sign in. Enabling the account lets them sign in again with their password.`
            : `Disabling the account stops ${fullName(person)} signing in and ends every session they have now. Their records stay.`}
        </p>
        <form noValidate onSubmit={toggle}>
          <TextField id="reason" label="Reason (recorded in the audit trail)" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} />
          <div className="actions">
            <SubmitButton pending={update.isPending} pendingText="Saving" className={person.disabled ? undefined : 'danger'}>
              {person.disabled ? 'Enable account' : 'Disable account'}
            </SubmitButton>
          </div>
        </form>
      </section>
    </>
  );
}
