import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, NATIONS, ROLES, type OrganisationChanges, type Role } from '../../api.ts';
import { LiveRegion, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextField, type FieldRef } from '../../ui/form.tsx';
import { kindLabel, nationLabel, roleLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { StandardsSettingPanel } from '../development/standards-setting.tsx';
import { AcademySettings } from './academy-settings.tsx';
import { Allowed, useOrganisation } from './organisation.tsx';

export function OrganisationAdminPage() {
  return (
    <Allowed actions={['organisation.manage']} title="Organisation">
      <OrganisationAdmin />
    </Allowed>
  );
}

function OrganisationAdmin() {
  const { organisation } = useOrganisation();
  const trust = organisation.kind === 'employer_trust';
  return (
    <Page title={`Organisation – ${organisation.name}`} heading={organisation.name}>
      <OrganisationDetails />
      <StandardsSettingPanel />
      {trust ? (
        <>
          <div className="two-columns">
            <Regions />
            <Academies />
          </div>
          <AcademySettings />
        </>
      ) : (
        <p>A {kindLabel(organisation.kind).toLowerCase()} has members rather than academies, so it has no regions or academies to manage.</p>
      )}
    </Page>
  );
}

function Regions() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: (body: { name: string }) => api.createRegion(organisation.id, body),
    onSuccess: () => {
      setName('');
      return queryClient.invalidateQueries({ queryKey: ['organisation', organisation.id] });
    },
  });
  const errors = fieldErrors(create.error);
  return (
    <section aria-labelledby="regions-heading">
      <h2 id="regions-heading">Regions</h2>
      <TableRegion id="regions" caption={`Regions of ${organisation.name}`} captionHidden>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Academies</th>
          </tr>
        </thead>
        <tbody>
          {organisation.regions.length === 0 && (
            <tr>
              <td colSpan={2}>No regions yet.</td>
            </tr>
          )}
          {organisation.regions.map((region) => (
            <tr key={region.id}>
              <th scope="row">{region.name}</th>
              <td>{organisation.academies.filter((a) => a.regionId === region.id).length}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <form
        className="panel"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          create.mutate({ name: name.trim() });
        }}
      >
        <h3>Add a region</h3>
        <ErrorSummary error={create.error} fields={{ name: { id: 'region-name', label: 'Region name' } }} />
        <LiveRegion>{create.isSuccess && <Status title={`Added the ${create.data.name} region`} />}</LiveRegion>
        <TextField id="region-name" label="Region name" value={name} onChange={(event) => setName(event.target.value)} error={errors.name} />
        <SubmitButton pending={create.isPending} pendingText="Adding">
          Add region
        </SubmitButton>
      </form>
    </section>
  );
}

function Academies() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [regionId, setRegionId] = useState('');
  const create = useMutation({
    mutationFn: (body: { name: string; regionId: string | null }) => api.createAcademy(organisation.id, body),
    onSuccess: () => {
      setName('');
      return queryClient.invalidateQueries({ queryKey: ['organisation', organisation.id] });
    },
  });
  const errors = fieldErrors(create.error);
  const regionName = (id: string | null) => organisation.regions.find((r) => r.id === id)?.name ?? 'No region';
  return (
    <section aria-labelledby="academies-heading">
      <h2 id="academies-heading">Academies</h2>
      <TableRegion id="academies" caption={`Academies of ${organisation.name}`} captionHidden>
        <thead>
          <tr>
            <th scope="col">Academy</th>
            <th scope="col">Region</th>
          </tr>
        </thead>
        <tbody>
          {organisation.academies.length === 0 && (
            <tr>
              <td colSpan={2}>No academies yet.</td>
            </tr>
          )}
          {organisation.academies.map((academy) => (
            <tr key={academy.id}>
              <th scope="row">{academy.name}</th>
              <td>{regionName(academy.regionId)}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <form
        className="panel"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          create.mutate({ name: name.trim(), regionId: regionId || null });
        }}
      >
        <h3>Add an academy</h3>
        <ErrorSummary error={create.error} fields={{ name: { id: 'academy-name', label: 'Academy name' }, regionId: { id: 'academy-region', label: 'Region' } }} />
        <LiveRegion>{create.isSuccess && <Status title={`Added ${create.data.name}`} />}</LiveRegion>
        <TextField id="academy-name" label="Academy name" value={name} onChange={(event) => setName(event.target.value)} error={errors.name} />
        <SelectField id="academy-region" label="Region" value={regionId} onChange={(event) => setRegionId(event.target.value)} error={errors.regionId}>
          <option value="">No region</option>
          {organisation.regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={create.isPending} pendingText="Adding">
          Add academy
        </SubmitButton>
      </form>
    </section>
  );
}

function OrganisationDetails() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(organisation.name);
  const [nation, setNation] = useState(organisation.nation);
  const [twoFactorRoles, setTwoFactorRoles] = useState(organisation.twoFactorRoles);
  const save = useMutation({
    mutationFn: (body: OrganisationChanges) => api.updateOrganisation(organisation.id, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(['organisation', organisation.id], updated);
      // The name shows in the switcher, and a new two-factor rule may apply to the admin too.
      return queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const errors = fieldErrors(save.error);
  const fields: Record<string, FieldRef> = {
    name: { id: 'organisation-name', label: 'Name' },
    nation: { id: 'organisation-nation', label: 'Nation' },
    twoFactorRoles: { id: 'two-factor-roles', label: 'Roles that must use two-factor sign-in' },
  };
  const toggle = (role: Role, on: boolean) => setTwoFactorRoles(on ? [...twoFactorRoles, role] : twoFactorRoles.filter((r) => r !== role));
  return (
    <section className="panel" aria-labelledby="about-heading">
      <h2 id="about-heading">Details</h2>
      <dl className="summary-list">
        <dt>Kind</dt>
        <dd>{kindLabel(organisation.kind)}</dd>
        <dt>Short name</dt>
        <dd>
          <code>{organisation.slug}</code>
        </dd>
      </dl>
      <LiveRegion>{save.isSuccess && <Status title="The details are saved" />}</LiveRegion>
      <ErrorSummary error={save.error} fields={fields} />
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          save.mutate({ name: name.trim(), nation, twoFactorRoles });
        }}
      >
        <div className="two-columns">
          <TextField id="organisation-name" label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
          <SelectField id="organisation-nation" label="Nation" hint="Whose law and codes apply." value={nation} onChange={(e) => setNation(NATIONS.find((n) => n === e.target.value) ?? nation)} error={errors.nation}>
            {NATIONS.map((n) => (
              <option key={n} value={n}>
                {nationLabel(n)}
              </option>
            ))}
          </SelectField>
        </div>
        <fieldset className={errors.twoFactorRoles ? 'field has-error' : 'field'} aria-describedby="two-factor-roles-hint">
          <legend id="two-factor-roles" tabIndex={-1}>
            Roles that must use two-factor sign-in
          </legend>
          <span className="hint" id="two-factor-roles-hint">
            People holding a ticked role here cannot open {organisation.name}’s records until they turn on two-factor sign-in.
            {organisation.twoFactorRoles.length === 0 && ' None is ticked now.'}
          </span>
          {errors.twoFactorRoles && (
            <span className="field-error">
              <span className="visually-hidden">Error: </span>Roles {errors.twoFactorRoles}
            </span>
          )}
          <div className="checkbox-columns">
            {ROLES.map((role) => (
              <div className="checkbox" key={role}>
                <input id={`two-factor-${role}`} type="checkbox" checked={twoFactorRoles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
                <label htmlFor={`two-factor-${role}`}>{roleLabel(role)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <SubmitButton pending={save.isPending} pendingText="Saving">
          Save details
        </SubmitButton>
      </form>
    </section>
  );
}
