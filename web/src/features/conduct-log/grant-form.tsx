import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, type ConductGrant } from '../../api.ts';
import { Alert } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { PersonPicker, type PickedPerson } from '../../ui/person-picker.tsx';
import { ConfirmRemove } from '../development/confirm-remove.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { useConductLogChanged } from './queries.ts';

// Letting someone read the conduct log by a grant (one entry, or an academy's whole log), and withdrawing it:
// the same form and the same withdrawal from the entry's page and from "Who has access". Whom the server
// refuses (the member of staff, a peer of theirs) it says against the person chosen.

/** What a grant is to: one entry, or an academy's whole log (its academy chosen on the form, so read when sent). */
type GrantTarget = { entryId: string } | { academyId: string };

export function GrantForm({ headingId, heading, target, granted, onDone, before, beforeFields = {} }: {
  headingId: string;
  /** A heading of the form's own, where its section's heading does not name it. */
  heading?: ReactNode;
  target: () => GrantTarget;
  /** What is said once they may read it. */
  granted: (name: string) => string;
  onDone: (message: string) => void;
  /** Fields before whom, given the errors by field. */
  before?: (errors: Record<string, string>) => ReactNode;
  beforeFields?: Record<string, FieldRef>;
}) {
  const { organisation } = useOrganisation();
  const changed = useConductLogChanged();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const grant = useMutation({
    mutationFn: () => api.grantConductAccess(organisation.id, { ...target(), personId: person?.id ?? '', reason, expiresOn: expiresOn || null }),
    onSuccess: async (made) => {
      onDone(granted(made.person.name));
      setPerson(null);
      setReason('');
      setExpiresOn('');
      await changed();
    },
  });
  const errors = fieldErrors(grant.error);
  return (
    <form
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        grant.mutate();
      }}
    >
      {heading}
      <ErrorSummary
        key={grant.submittedAt}
        error={grant.error}
        fields={{ ...beforeFields, personId: { id: 'grant-person', label: 'Who' }, reason: { id: 'grant-reason', label: 'Why they need to see it' }, expiresOn: { id: 'grant-until', label: 'Until' } }}
      />
      {before?.(errors)}
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
  );
}

/** Withdrawing grants: a button for each (asking once), and what went wrong, if anything. */
export function useWithdrawGrant(onDone: (message: string) => void) {
  const { organisation } = useOrganisation();
  const changed = useConductLogChanged();
  const withdraw = useMutation({
    mutationFn: (grantId: string) => api.withdrawConductGrant(organisation.id, grantId),
    onSuccess: async () => {
      onDone('The access is withdrawn');
      await changed();
    },
  });
  return {
    button: (g: ConductGrant) => <ConfirmRemove what={`${g.person.name}’s access`} pending={withdraw.isPending} onConfirm={() => withdraw.mutate(g.id)} />,
    failure: withdraw.error && <Alert title="Could not withdraw the access">{withdraw.error.message}</Alert>,
  };
}
