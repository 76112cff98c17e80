import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ROLES, type Adoption, type NewAdoption, type Role } from '../../api.ts';
import { LiveRegion, Loading, NotAvailable, QueryError, refused, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextField, useFormValues, type FieldRef } from '../../ui/form.tsx';
import { formatDate, roleLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { codesQuery } from './code-version.tsx';
import { CodesBindingMe } from './my-codes.tsx';
import { codePath } from './paths.ts';
import { ATTESTATION_PERIOD_DAYS } from '../../../../src/platform/vocabulary.ts';

/** Where an adoption stands, as the server says (a replacement adopted from a later date leaves it in force until then). */
const STATUS_LABEL: Record<Adoption['status'], string> = { upcoming: 'Not yet in force', 'in-force': 'In force', superseded: 'Replaced' };

/** `/orgs/:orgId/codes`: the codes the organisation has adopted, for whom; an admin adopts more here. */
export function OrganisationCodesPage() {
  const { organisation } = useOrganisation();
  const adoptions = useQuery({ queryKey: ['adoptions', organisation.id], queryFn: () => api.adoptions(organisation.id) });
  const [showEnded, setShowEnded] = useState(false);
  const base = `/orgs/${organisation.id}`;
  const shown = (adoptions.data ?? []).filter((a) => showEnded || a.status !== 'superseded');

  return (
    <Page
      title={`Codes adopted here – ${organisation.name}`}
      heading="Codes adopted here"
      actions={
        <>
          <Link className="button" to={`${base}/codes/search`}>
            Search the codes
          </Link>
          <Link className="button secondary" to="/codes">
            The whole library
          </Link>
        </>
      }
    >
      <p className="lede">The codes {organisation.name} has adopted bind its people from the date of adoption.</p>
      <section className="panel" aria-labelledby="mine-heading">
        <h2 id="mine-heading">Codes that bind you here</h2>
        <CodesBindingMe organisationId={organisation.id} organisationName={organisation.name} />
      </section>
      <section aria-labelledby="adopted-heading">
        <h2 id="adopted-heading">Adopted by {organisation.name}</h2>
        <div className="checkbox">
          <input id="show-ended" type="checkbox" checked={showEnded} onChange={(event) => setShowEnded(event.target.checked)} />
          <label htmlFor="show-ended">Include versions no longer in force</label>
        </div>
        {refused(adoptions.error) ? (
          <NotAvailable where={organisation.name} />
        ) : adoptions.error ? (
          <QueryError error={adoptions.error} what="adopted codes" />
        ) : !adoptions.data ? (
          <Loading what="Loading the adopted codes" />
        ) : shown.length === 0 ? (
          <p>{organisation.name} has not adopted a code yet.</p>
        ) : (
          <AdoptionTable adoptions={shown} />
        )}
      </section>
      {can(organisation, 'codes.adopt') && <AdoptCode />}
      {can(organisation, 'attestation.oversee') && (
        <p>
          <Link to={`${base}/attestation`}>Who has confirmed the codes</Link>
        </p>
      )}
    </Page>
  );
}

function forWhom(adoption: Adoption, academyName: (id: string) => string): string {
  const roles = adoption.roles.map(roleLabel).join(', ');
  const academies = adoption.academyIds.map(academyName).join(', ');
  if (!roles && !academies) return 'Everyone';
  return [roles, academies && `at ${academies}`].filter(Boolean).join(' ');
}

function AdoptionTable({ adoptions }: { adoptions: Adoption[] }) {
  const { organisation } = useOrganisation();
  const academyName = (id: string) => organisation.academies.find((a) => a.id === id)?.name ?? 'an academy';
  return (
    <TableRegion id="adoptions" caption={`Codes adopted by ${organisation.name}`} captionHidden>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">In force</th>
          <th scope="col">For whom</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {adoptions.map((adoption) => (
          <tr key={adoption.id}>
            <th scope="row">
              <Link to={codePath(adoption.codeId, adoption.version)}>
                {adoption.title} ({adoption.version})
              </Link>
            </th>
            <td>
              From {formatDate(adoption.adoptedFrom)}
              {adoption.endedOn && <> to {formatDate(adoption.endedOn)}</>} <span className={adoption.status === 'in-force' ? 'tag ok' : 'tag'}>{STATUS_LABEL[adoption.status]}</span>
            </td>
            <td>{forWhom(adoption, academyName)}</td>
            <td>{adoption.material ? 'Material: people confirm it' : 'Editorial: no confirmation'}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

const today = () => new Date().toLocaleDateString('en-CA');

const FIELDS: Record<string, FieldRef> = {
  codeId: { id: 'adopt-code', label: 'Code' },
  version: { id: 'adopt-version', label: 'Version' },
  adoptedFrom: { id: 'adopt-from', label: 'In force from' },
  roles: { id: 'adopt-roles', label: 'Roles' },
  academyIds: { id: 'adopt-academies', label: 'Academies' },
  material: { id: 'adopt-material', label: 'Kind of change' },
  attestationDueOn: { id: 'adopt-due', label: 'Confirm by' },
};

function AdoptCode() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const codes = useQuery(codesQuery);
  const [form, setForm, resetForm] = useFormValues(() => ({ codeId: '', version: '', adoptedFrom: today(), roles: [] as Role[], academyIds: [] as string[], material: true, attestationDueOn: '' }));
  const adopt = useMutation({
    mutationFn: (body: NewAdoption) => api.adopt(organisation.id, body),
    onSuccess: () => {
      // Adopted: the form starts again, so that it does not invite adopting the same code twice.
      resetForm();
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['adoptions', organisation.id] }),
        queryClient.invalidateQueries({ queryKey: ['my-codes'] }),
        queryClient.invalidateQueries({ queryKey: ['my-deadlines'] }),
        queryClient.invalidateQueries({ queryKey: ['campaigns', organisation.id] }),
      ]);
    },
  });
  const adopted = adopt.isSuccess ? codes.data?.find((c) => c.id === adopt.variables.codeId) : undefined;
  const errors = fieldErrors(adopt.error);
  const academyError = Object.entries(errors).find(([key]) => key.startsWith('academyIds'))?.[1];
  const code = codes.data?.find((c) => c.id === form.codeId);
  const trust = organisation.kind === 'employer_trust';
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  if (refused(adopt.error)) return <NotAvailable where={organisation.name} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewAdoption = { codeId: form.codeId, version: form.version, adoptedFrom: form.adoptedFrom, roles: form.roles, academyIds: form.academyIds, material: form.material };
    if (form.material && form.attestationDueOn) body.attestationDueOn = form.attestationDueOn;
    adopt.mutate(body);
  };

  return (
    <section className="panel" aria-labelledby="adopt-heading">
      <h2 id="adopt-heading">Adopt a code</h2>
      <p>Adopting a newer version of a code replaces the one in force from the date you give.</p>
      <LiveRegion>
        {adopt.isSuccess && (
          <Status title={`Adopted ${adopted?.title ?? adopt.variables.codeId} (${adopt.variables.version})`}>
            <p>
              {adopt.data.replaces ? 'It replaces the version in force before. ' : ''}
              {adopt.data.campaignId ? (
                <>
                  Everyone it binds is asked to confirm it. <Link to={`/orgs/${organisation.id}/attestation/${adopt.data.campaignId}`}>Follow who has confirmed</Link>
                </>
              ) : (
                'No one is asked to confirm it again.'
              )}
            </p>
          </Status>
        )}
      </LiveRegion>
      {codes.error ? (
        <QueryError error={codes.error} what="codes" />
      ) : !codes.data ? (
        <Loading what="Loading the codes" />
      ) : (
        <form noValidate onSubmit={submit}>
          <ErrorSummary error={adopt.error} fields={FIELDS} />
          <div className="two-columns">
            <SelectField
              id="adopt-code"
              label="Code"
              value={form.codeId}
              onChange={(event) => {
                const chosen = codes.data.find((c) => c.id === event.target.value);
                setForm({ ...form, codeId: event.target.value, version: chosen?.versions.at(-1)?.version ?? '' });
              }}
              error={errors.codeId}
            >
              <option value="">Choose a code</option>
              {codes.data.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title} ({c.publisher})
                </option>
              ))}
            </SelectField>
            <SelectField id="adopt-version" label="Version" value={form.version} onChange={(event) => setForm({ ...form, version: event.target.value })} error={errors.version}>
              <option value="">Choose a version</option>
              {code?.versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.version} (from {formatDate(v.effectiveFrom)})
                </option>
              ))}
            </SelectField>
          </div>
          <TextField id="adopt-from" label="In force from" type="date" className="input-short" value={form.adoptedFrom} onChange={(event) => setForm({ ...form, adoptedFrom: event.target.value })} error={errors.adoptedFrom} />
          <fieldset className={errors.roles ? 'field has-error' : 'field'} aria-describedby="adopt-roles-hint">
            <legend id="adopt-roles" tabIndex={-1}>
              Roles it binds
            </legend>
            <span className="hint" id="adopt-roles-hint">
              Tick none for everyone in {organisation.name}.
            </span>
            {errors.roles && (
              <span className="field-error">
                <span className="visually-hidden">Error: </span>Roles {errors.roles}
              </span>
            )}
            <div className="checkbox-columns">
              {ROLES.map((role) => (
                <div className="checkbox" key={role}>
                  <input id={`adopt-role-${role}`} type="checkbox" checked={form.roles.includes(role)} onChange={(event) => setForm({ ...form, roles: toggle(form.roles, role, event.target.checked) })} />
                  <label htmlFor={`adopt-role-${role}`}>{roleLabel(role)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {trust && organisation.academies.length > 0 && (
            <fieldset className={academyError ? 'field has-error' : 'field'} aria-describedby="adopt-academies-hint">
              <legend id="adopt-academies" tabIndex={-1}>
                Academies it binds
              </legend>
              <span className="hint" id="adopt-academies-hint">
                Tick none for every academy and the central team.
              </span>
              {academyError && (
                <span className="field-error">
                  <span className="visually-hidden">Error: </span>Academies {academyError}
                </span>
              )}
              {organisation.academies.map((academy) => (
                <div className="checkbox" key={academy.id}>
                  <input
                    id={`adopt-academy-${academy.id}`}
                    type="checkbox"
                    checked={form.academyIds.includes(academy.id)}
                    onChange={(event) => setForm({ ...form, academyIds: toggle(form.academyIds, academy.id, event.target.checked) })}
                  />
                  <label htmlFor={`adopt-academy-${academy.id}`}>{academy.name}</label>
                </div>
              ))}
            </fieldset>
          )}
          <fieldset className="field">
            <legend id="adopt-material" tabIndex={-1}>
              Kind of change
            </legend>
            <div className="radio">
              <input id="adopt-material-yes" type="radio" name="material" checked={form.material} onChange={() => setForm({ ...form, material: true })} aria-describedby="adopt-material-yes-hint" />
              <label htmlFor="adopt-material-yes">
                Material
                <span className="hint" id="adopt-material-yes-hint">
                  What people must do has changed: everyone it binds is asked to read and confirm it.
                </span>
              </label>
            </div>
            <div className="radio">
              <input id="adopt-material-no" type="radio" name="material" checked={!form.material} onChange={() => setForm({ ...form, material: false })} aria-describedby="adopt-material-no-hint" />
              <label htmlFor="adopt-material-no">
                Editorial
                <span className="hint" id="adopt-material-no-hint">
                  Wording, numbering or corrections only: no one is asked to confirm it again.
                </span>
              </label>
            </div>
          </fieldset>
          {form.material && (
            <TextField
              id="adopt-due"
              label="Confirm by (optional)"
              type="date"
              hint={`Leave empty for ${ATTESTATION_PERIOD_DAYS} days from today.`}
              value={form.attestationDueOn}
              onChange={(event) => setForm({ ...form, attestationDueOn: event.target.value })}
              error={errors.attestationDueOn}
            />
          )}
          <SubmitButton pending={adopt.isPending} pendingText="Adopting">
            Adopt the code
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
