import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError, type Deputy, type MyRole, type Organisation } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import type { PickedPerson } from '../../ui/person-picker.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { ConfirmRemove } from '../development/confirm-remove.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';
import { SafeguardingPage } from './frame.tsx';
import { SafeguardingPersonPicker } from './people.tsx';

// The deputy designated safeguarding leads of each academy, appointed by a designated safeguarding lead who
// serves it: a deputy is on the academy's DSL team (reads and works its concerns) and second in its alert
// chain, told of a concern nobody has picked up within half an hour (003 §3.1).

const deputiesQuery = (orgId: string, academyId: string) => ({ queryKey: ['safeguarding', 'deputies', orgId, academyId], queryFn: () => api.deputies(orgId, academyId) });

/** The academies a designated safeguarding lead serves: where they hold the role, across its region, or every one. */
export function academiesServed(organisation: Organisation, roles: MyRole[]) {
  const leads = roles.filter((r) => r.role === 'designated_safeguarding_lead');
  return organisation.academies.filter((a) => leads.some((r) => (r.academyId ? r.academyId === a.id : !r.regionId || r.regionId === a.regionId)));
}

/**
 * A refusal of an appointment names no field (the person is in the address): it is about the person chosen,
 * so it is shown against them.
 */
function againstPerson(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.problem.errors?.length) return error;
  return new ApiError({ ...error.problem, errors: [{ field: 'personId', reason: error.problem.detail ?? error.problem.title }] });
}

/** `/orgs/:orgId/safeguarding/deputies` */
export function DeputiesPage() {
  const { organisation, roles } = useOrganisation();
  const served = academiesServed(organisation, roles);
  const [academyId, setAcademyId] = useState(served.length === 1 ? served[0]!.id : '');
  return (
    <Allowed actions={['safeguarding.appoint_deputy']} title="Deputy safeguarding leads">
      <SafeguardingPage
        title={`Deputy safeguarding leads – ${organisation.name}`}
        heading="Deputy safeguarding leads"
        breadcrumbs={
          <>
            <Link to={`/orgs/${organisation.id}/safeguarding`}>Safeguarding</Link> › Deputies
          </>
        }
      >
        <p className="lede">A deputy designated safeguarding lead reads and works the academy’s concerns with you, and is alerted when a concern is not picked up within half an hour.</p>
        {served.length > 1 && (
          <SelectField id="deputies-academy" label="Academy" className="input-medium" value={academyId} onChange={(event) => setAcademyId(event.target.value)}>
            <option value="">Choose one</option>
            {served.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
        )}
        {served.length === 0 ? <p>You are not the designated safeguarding lead of any academy here.</p> : academyId ? <Deputies key={academyId} academyId={academyId} /> : null}
      </SafeguardingPage>
    </Allowed>
  );
}

function Deputies({ academyId }: { academyId: string }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const academy = organisation.academies.find((a) => a.id === academyId)?.name ?? 'the academy';
  const list = useQuery(deputiesQuery(organisation.id, academyId));
  const [done, setDone] = useState<string | null>(null);
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [missing, setMissing] = useState(false);
  const put = (next: Deputy[]) => queryClient.setQueryData(deputiesQuery(organisation.id, academyId).queryKey, next);
  const appoint = useMutation({
    mutationFn: (chosen: PickedPerson) => api.appointDeputy(organisation.id, academyId, chosen.id).catch((error: unknown) => Promise.reject(againstPerson(error))),
    onSuccess: (next, chosen) => {
      put(next);
      setDone(`${chosen.name} is a deputy designated safeguarding lead at ${academy}: they are told`);
      setPerson(null);
    },
  });
  const remove = useMutation({
    mutationFn: (deputy: Deputy) => api.removeDeputy(organisation.id, academyId, deputy.personId),
    onSuccess: (_, deputy) => {
      put((list.data ?? []).filter((d) => d.personId !== deputy.personId));
      setDone(`${deputy.name} is no longer a deputy at ${academy}`);
    },
  });
  const errors = { ...fieldErrors(appoint.error), ...(missing && { personId: 'is to be chosen: two or more letters of their name' }) };
  return (
    <section className="panel" aria-labelledby="deputies-heading">
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      <h2 id="deputies-heading">Deputies at {academy}</h2>
      {list.error ? (
        <QueryError error={list.error} what="deputies" />
      ) : !list.data ? (
        <Loading what="Loading the deputies" />
      ) : list.data.length === 0 ? (
        <p>No deputy yet: a concern nobody picks up goes from you straight to the principal.</p>
      ) : (
        <TableRegion id="deputies" caption={`Deputy designated safeguarding leads at ${academy}`} captionHidden>
          <thead>
            <tr>
              <th scope="col">Deputy</th>
              <th scope="col">Since</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((d) => (
              <tr key={d.personId}>
                <th scope="row">{d.name}</th>
                <td>{formatDateTime(d.appointedAt)}</td>
                <td className="action-cell">
                  <ConfirmRemove what={`${d.name} as a deputy`} pending={remove.isPending} onConfirm={() => remove.mutate(d)} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {remove.error && <Alert title="Could not remove the deputy">{remove.error.message}</Alert>}
      <form
        noValidate
        aria-labelledby="appoint-heading"
        onSubmit={(event) => {
          event.preventDefault();
          setMissing(!person);
          if (person) appoint.mutate(person);
          else appoint.reset();
        }}
      >
        <h3 id="appoint-heading">Appoint a deputy</h3>
        <ErrorSummary key={appoint.submittedAt} error={appoint.error} local={missing ? [{ key: 'personId', reason: errors.personId! }] : []} fields={{ personId: { id: 'deputy-person', label: 'Who' } }} />
        <SafeguardingPersonPicker id="deputy-person" label="Who" hint="Someone of the organisation, usually working at the academy." value={person} onChange={setPerson} error={errors.personId} />
        <SubmitButton pending={appoint.isPending} pendingText="Appointing">
          Appoint them
        </SubmitButton>
      </form>
    </section>
  );
}
