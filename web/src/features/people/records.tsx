import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Employment, type Membership, type MembershipStatus, type Person, type PersonChanges } from '../../api.ts';
import { Checkbox, ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { fullName } from '../../ui/labels.ts';
import { useOrganisation } from '../organisations/organisation.tsx';
import { peopleQuery } from './people.tsx';

// Change a person's current employment (a trust) or membership (a professional body or association).

export const MEMBERSHIP_STATUSES: MembershipStatus[] = ['applicant', 'active', 'suspended', 'lapsed', 'cancelled'];

function useSavePerson(person: Person, onSaved: (message: string) => void) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ changes }: { changes: PersonChanges; message: string }) => api.updatePerson(organisation.id, person.id, changes),
    onSuccess: (updated, { message }) => {
      queryClient.setQueryData(['person', organisation.id, person.id], updated);
      onSaved(message);
      return queryClient.invalidateQueries({ queryKey: ['people', organisation.id] });
    },
  });
}

/** Only the fields that changed: the server records exactly those. */
function changed<T extends object>(before: T, after: T): Partial<T> {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key as keyof T] !== value)) as Partial<T>;
}

export function EmploymentForm({ person, employment, onSaved }: { person: Person; employment: Employment; onSaved: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const colleagues = useQuery(peopleQuery(organisation.id, ''));
  const save = useSavePerson(person, onSaved);
  const [jobRole, setJobRole] = useState(employment.jobRole);
  const [academyId, setAcademyId] = useState(employment.academyId ?? '');
  const [lineManagerId, setLineManagerId] = useState(employment.lineManagerId ?? '');
  const [endedOn, setEndedOn] = useState('');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(save.error);
  const fields: Record<string, FieldRef> = {
    employment: { label: 'Employment' },
    'employment.jobRole': { id: 'employment-job-role', label: 'Job role' },
    'employment.academyId': { id: 'employment-academy', label: 'Academy' },
    'employment.lineManagerId': { id: 'employment-line-manager', label: 'Line manager' },
    'employment.endedOn': { id: 'employment-ended-on', label: 'Left on' },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = changed(
      { jobRole: employment.jobRole, academyId: employment.academyId, lineManagerId: employment.lineManagerId, endedOn: null as string | null },
      { jobRole: jobRole.trim(), academyId: academyId || null, lineManagerId: lineManagerId || null, endedOn: endedOn || null },
    );
    save.mutate({
      changes: { employment: changes, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      message: endedOn ? `${fullName(person)}’s employment has ended.` : 'The employment is saved.',
    });
  };
  return (
    <section className="panel" aria-labelledby="employment-heading">
      <h2 id="employment-heading">Employment</h2>
      <ErrorSummary error={save.error} fields={fields} />
      <form noValidate onSubmit={submit}>
        <div className="two-columns">
          <TextField id="employment-job-role" label="Job role" value={jobRole} onChange={(e) => setJobRole(e.target.value)} error={errors['employment.jobRole']} />
          <SelectField id="employment-academy" label="Academy" value={academyId} onChange={(e) => setAcademyId(e.target.value)} error={errors['employment.academyId']}>
            <option value="">Central team</option>
            {organisation.academies.map((academy) => (
              <option key={academy.id} value={academy.id}>
                {academy.name}
              </option>
            ))}
          </SelectField>
          <SelectField id="employment-line-manager" label="Line manager" value={lineManagerId} onChange={(e) => setLineManagerId(e.target.value)} error={errors['employment.lineManagerId']}>
            <option value="">None</option>
            {(colleagues.data ?? [])
              .filter((p) => p.id !== person.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {fullName(p)} ({p.email})
                </option>
              ))}
          </SelectField>
          <TextField
            id="employment-ended-on"
            label="Left on"
            hint="Only when the employment has ended."
            type="date"
            className="input-short"
            value={endedOn}
            onChange={(e) => setEndedOn(e.target.value)}
            error={errors['employment.endedOn']}
          />
        </div>
        <TextField id="employment-reason" label="Reason (recorded in the audit trail)" value={reason} onChange={(e) => setReason(e.target.value)} />
        <SubmitButton pending={save.isPending} pendingText="Saving">
          Save employment
        </SubmitButton>
      </form>
    </section>
  );
}

export function MembershipForm({ person, membership, onSaved }: { person: Person; membership: Membership; onSaved: (message: string) => void }) {
  const save = useSavePerson(person, onSaved);
  const [status, setStatus] = useState<MembershipStatus>(membership.status);
  const [conditions, setConditions] = useState(membership.conditions ?? '');
  const [selfEmployed, setSelfEmployed] = useState(membership.selfEmployed);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(save.error);
  const fields: Record<string, FieldRef> = {
    membership: { label: 'Membership' },
    'membership.status': { id: 'membership-status', label: 'Status' },
    'membership.conditions': { id: 'membership-conditions', label: 'Conditions' },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = changed(
      { status: membership.status, conditions: membership.conditions, selfEmployed: membership.selfEmployed },
      { status, conditions: conditions.trim() || null, selfEmployed },
    );
    save.mutate({ changes: { membership: changes, ...(reason.trim() ? { reason: reason.trim() } : {}) }, message: 'The membership is saved.' });
  };
  return (
    <section className="panel" aria-labelledby="membership-heading">
      <h2 id="membership-heading">Membership</h2>
      <ErrorSummary error={save.error} fields={fields} />
      <form noValidate onSubmit={submit}>
        <SelectField id="membership-status" label="Status" className="input-short" value={status} onChange={(e) => setStatus(e.target.value as MembershipStatus)} error={errors['membership.status']}>
          {MEMBERSHIP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.charAt(0).toUpperCase() + s.slice(1)}
            </option>
          ))}
        </SelectField>
        <TextArea id="membership-conditions" label="Conditions on membership" hint="Leave empty for none." rows={3} value={conditions} onChange={(e) => setConditions(e.target.value)} error={errors['membership.conditions']} />
        <Checkbox id="membership-self-employed" label="Self-employed" checked={selfEmployed} onChange={(e) => setSelfEmployed(e.target.checked)} />
        <TextField id="membership-reason" label="Reason (recorded in the audit trail)" value={reason} onChange={(e) => setReason(e.target.value)} />
        <SubmitButton pending={save.isPending} pendingText="Saving">
          Save membership
        </SubmitButton>
      </form>
    </section>
  );
}
