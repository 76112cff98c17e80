import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { PersonPicker, type PickedPerson } from '../../ui/person-picker.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { ConfirmRemove } from '../development/confirm-remove.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';
import { grantsQuery, useConductLogChanged } from './queries.ts';

// Who may read the conduct logs a principal keeps, by a grant, and why: one entry, or an academy's whole log
// (never to a member of staff's peers: the server refuses, naming the rule). Withdrawn, a grant stays in the
// history of who could read the log.

/** `/orgs/:orgId/conduct-log/access` */
export function ConductAccessPage() {
  const { organisation } = useOrganisation();
  return (
    <Allowed actions={['conduct_log.grant']} title="Who has access to the conduct log">
      <Page
        title={`Who has access to the conduct log – ${organisation.name}`}
        heading="Who has access to the conduct log"
        breadcrumbs={
          <>
            <Link to={`/orgs/${organisation.id}/conduct-log`}>Conduct log</Link> › Who has access
          </>
        }
      >
        <Grants />
      </Page>
    </Allowed>
  );
}

function Grants() {
  const { organisation, roles } = useOrganisation();
  const changed = useConductLogChanged();
  const grants = useQuery(grantsQuery(organisation.id));
  const ownAcademies = [...new Set(roles.flatMap((r) => (r.academyId ? [r.academyId] : [])))];
  const [done, setDone] = useState<string | null>(null);
  const [academyId, setAcademyId] = useState(ownAcademies.length === 1 ? ownAcademies[0]! : '');
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const grant = useMutation({
    mutationFn: () => api.grantConductAccess(organisation.id, { academyId, personId: person?.id ?? '', reason, expiresOn: expiresOn || null }),
    onSuccess: async (made) => {
      setDone(`${made.person.name} may now read the whole log`);
      setPerson(null);
      setReason('');
      setExpiresOn('');
      await changed();
    },
  });
  const withdraw = useMutation({
    mutationFn: (grantId: string) => api.withdrawConductGrant(organisation.id, grantId),
    onSuccess: async () => {
      setDone('The access is withdrawn');
      await changed();
    },
  });
  const errors = fieldErrors(grant.error);
  const academyName = (id: string) => organisation.academies.find((a) => a.id === id)?.name ?? '';
  return (
    <>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      <p className="lede">Besides you and the trust’s chief operating officer, these people may read entries, because they need to know. Each reading is recorded.</p>
      {grants.error ? (
        <QueryError error={grants.error} what="access" />
      ) : !grants.data ? (
        <Loading what="Loading who has access" />
      ) : grants.data.length === 0 ? (
        <p>Nobody has access by a grant.</p>
      ) : (
        <TableRegion id="grants" caption="Access granted, oldest first">
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">To what</th>
              <th scope="col">Why</th>
              <th scope="col">Since</th>
              <th scope="col">Until</th>
              <th scope="col">
                <span className="visually-hidden">Withdraw</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {grants.data.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.person.name}</th>
                <td>{g.entryId ? <Link to={`/orgs/${organisation.id}/conduct-log/entries/${g.entryId}`}>One entry</Link> : `The whole log of ${academyName(g.academyId)}`}</td>
                <td>{g.reason}</td>
                <td>{formatDateTime(g.grantedAt)}</td>
                <td>{g.expiresOn ? formatDate(g.expiresOn) : 'Until withdrawn'}</td>
                <td className="action-cell">
                  <ConfirmRemove what={`${g.person.name}’s access`} pending={withdraw.isPending} onConfirm={() => withdraw.mutate(g.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {withdraw.error && <Alert title="Could not withdraw the access">{withdraw.error.message}</Alert>}
      <section className="panel" aria-labelledby="grant-heading">
        <h2 id="grant-heading">Let someone read a whole log</h2>
        <p className="hint">Someone who oversees the academy’s staff, such as an HR case officer. To let someone read one entry, open the entry.</p>
        <form
          noValidate
          aria-labelledby="grant-heading"
          onSubmit={(event) => {
            event.preventDefault();
            grant.mutate();
          }}
        >
          <ErrorSummary
            key={grant.submittedAt}
            error={grant.error}
            fields={{ academyId: { id: 'grant-academy', label: 'Academy' }, personId: { id: 'grant-person', label: 'Who' }, reason: { id: 'grant-reason', label: 'Why they need to see it' }, expiresOn: { id: 'grant-until', label: 'Until' } }}
          />
          <SelectField id="grant-academy" label="Academy" className="input-medium" value={academyId} onChange={(event) => setAcademyId(event.target.value)} error={errors.academyId}>
            <option value="">Choose one</option>
            {organisation.academies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
          <PersonPicker
            id="grant-person"
            label="Who"
            value={person}
            onChange={setPerson}
            search={async (q) => (await api.people(organisation.id, q)).map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}`, detail: p.employment?.jobRole ?? null }))}
            queryKey={['conduct-log', 'grantees', organisation.id]}
            error={errors.personId}
          />
          <TextArea id="grant-reason" label="Why they need to see it" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} error={errors.reason} />
          <TextField id="grant-until" label="Until (optional)" type="date" className="input-medium" value={expiresOn} onChange={(event) => setExpiresOn(event.target.value)} error={errors.expiresOn} />
          <SubmitButton pending={grant.isPending}>Let them read it</SubmitButton>
        </form>
      </section>
    </>
  );
}
