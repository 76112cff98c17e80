import { useEffect, useRef, useState } from 'react';
import { ROLES, type Organisation, type Role, type RoleGrant } from '../../api.ts';
import { roleLabel, scopeLabel } from '../../ui/labels.ts';

// Roles and where each holds (the whole organisation, one academy or one region). Which roles suit which
// kind of organisation and scope is the server's rule: it answers with the problem next to the row.

export function scopeOf(organisation: Organisation, grant: { academyId: string | null; regionId: string | null }): string {
  return scopeLabel({
    academyName: grant.academyId ? (organisation.academies.find((a) => a.id === grant.academyId)?.name ?? 'an academy') : null,
    regionName: grant.regionId ? (organisation.regions.find((r) => r.id === grant.regionId)?.name ?? 'a') : null,
  });
}

export function RoleList({ organisation, roles }: { organisation: Organisation; roles: RoleGrant[] }) {
  if (roles.length === 0) return <span className="muted">No role</span>;
  return (
    <>
      {roles.map((grant, index) => (
        <span key={`${grant.role}-${index}`}>
          {index > 0 && ', '}
          {roleLabel(grant.role)}
          {(grant.academyId || grant.regionId) && <span className="muted"> ({scopeOf(organisation, grant)})</span>}
        </span>
      ))}
    </>
  );
}

const scopeValue = (grant: RoleGrant) => (grant.academyId ? `academy:${grant.academyId}` : grant.regionId ? `region:${grant.regionId}` : '');

function withScope(grant: RoleGrant, value: string): RoleGrant {
  const [kind, id] = value.split(':');
  return { role: grant.role, academyId: kind === 'academy' ? (id ?? null) : null, regionId: kind === 'region' ? (id ?? null) : null };
}

export function RolesPicker({ id, organisation, value, onChange, errors }: {
  id: string;
  organisation: Organisation;
  value: RoleGrant[];
  onChange: (roles: RoleGrant[]) => void;
  errors: Record<string, string>;
}) {
  const scoped = organisation.academies.length > 0 || organisation.regions.length > 0;
  const [added, setAdded] = useState<number | null>(null);
  const rowsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (added !== null) rowsRef.current?.querySelector<HTMLSelectElement>(`#${id}-${added}-role`)?.focus();
  }, [added, id]);

  const update = (index: number, grant: RoleGrant) => onChange(value.map((g, i) => (i === index ? grant : g)));
  const whole = errors.roles;
  return (
    <fieldset className={`field${whole ? ' has-error' : ''}`} aria-describedby={`${id}-hint${whole ? ` ${id}-error` : ''}`}>
      <legend id={id} tabIndex={-1}>
        Roles
      </legend>
      <span className="hint" id={`${id}-hint`}>
        At least one. {scoped ? 'A role can hold in the whole organisation, in one academy, or (for a regional education director) in one region.' : ''}
      </span>
      {whole && (
        <span className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>Roles {whole}
        </span>
      )}
      <div ref={rowsRef}>
        {value.map((grant, index) => {
          const n = index + 1;
          const roleError = errors[`roles.${index}.role`];
          const scopeError = errors[`roles.${index}.academyId`] ?? errors[`roles.${index}.regionId`];
          return (
            <div className="inline-form role-row" key={index}>
              <div className={`field${roleError ? ' has-error' : ''}`}>
                <label htmlFor={`${id}-${index}-role`}>Role {n}</label>
                {roleError && (
                  <span className="field-error" id={`${id}-${index}-role-error`}>
                    <span className="visually-hidden">Error: </span>Role {n}: {roleError}
                  </span>
                )}
                <select
                  id={`${id}-${index}-role`}
                  value={grant.role}
                  aria-invalid={roleError ? true : undefined}
                  aria-describedby={roleError ? `${id}-${index}-role-error` : undefined}
                  onChange={(event) => update(index, { ...grant, role: event.target.value as Role })}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(role)}
                    </option>
                  ))}
                </select>
              </div>
              {scoped && (
                <div className={`field${scopeError ? ' has-error' : ''}`}>
                  <label htmlFor={`${id}-${index}-scope`}>Where role {n} holds</label>
                  {scopeError && (
                    <span className="field-error" id={`${id}-${index}-scope-error`}>
                      <span className="visually-hidden">Error: </span>Where role {n} holds: {scopeError}
                    </span>
                  )}
                  <select
                    id={`${id}-${index}-scope`}
                    value={scopeValue(grant)}
                    aria-invalid={scopeError ? true : undefined}
                    aria-describedby={scopeError ? `${id}-${index}-scope-error` : undefined}
                    onChange={(event) => update(index, withScope(grant, event.target.value))}
                  >
                    <option value="">Whole organisation</option>
                    {organisation.academies.length > 0 && (
                      <optgroup label="Academies">
                        {organisation.academies.map((academy) => (
                          <option key={academy.id} value={`academy:${academy.id}`}>
                            {academy.name}
                          </option>
                        ))}
                      </optgroup>
                    )}
                    {organisation.regions.length > 0 && (
                      <optgroup label="Regions">
                        {organisation.regions.map((region) => (
                          <option key={region.id} value={`region:${region.id}`}>
                            {region.name} region
                          </option>
                        ))}
                      </optgroup>
                    )}
                  </select>
                </div>
              )}
              {value.length > 1 && (
                <div className="field">
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => {
                      onChange(value.filter((_, i) => i !== index));
                      document.getElementById(id)?.focus();
                    }}
                  >
                    Remove role {n}
                  </button>
                </div>
              )}
            </div>
          );
        })}
      </div>
      <button
        type="button"
        className="button secondary small"
        onClick={() => {
          onChange([...value, { role: value[0]?.role ?? 'staff', academyId: null, regionId: null }]);
          setAdded(value.length);
        }}
      >
        Add another role
      </button>
    </fieldset>
  );
}

/** The role a new person most likely has here. */
export function defaultRole(organisation: Organisation): RoleGrant {
  return { role: organisation.kind === 'employer_trust' ? 'staff' : 'member', academyId: null, regionId: null };
}
