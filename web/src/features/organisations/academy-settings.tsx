import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Academy, type Organisation, type Term } from '../../api.ts';
import { LiveRegion, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextField, type FieldRef } from '../../ui/form.tsx';
import { formatDate } from '../../ui/labels.ts';
import { useOrganisation } from './organisation.tsx';

// When an academy's day ends and its term dates: "by the end of the academy day" (003 §3.1, acting on a
// safeguarding concern) counts in academy days, which fall within terms and end at this time.

export function AcademySettings() {
  const { organisation } = useOrganisation();
  const [academyId, setAcademyId] = useState(organisation.academies[0]?.id ?? '');
  const academy = organisation.academies.find((a) => a.id === academyId);
  if (organisation.academies.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="academy-day-heading">
      <h2 id="academy-day-heading">The academy day and term dates</h2>
      <p>A duty “by the end of the academy day”, such as acting on a safeguarding concern, falls due when the academy’s day ends, counting only days in term.</p>
      <SelectField id="settings-academy" label="Academy" className="input-short" value={academyId} onChange={(event) => setAcademyId(event.target.value)}>
        {organisation.academies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      {academy && (
        <div className="two-columns" key={academy.id}>
          <DayEnd organisation={organisation} academy={academy} />
          <Terms organisation={organisation} academy={academy} />
        </div>
      )}
    </section>
  );
}

function DayEnd({ organisation, academy }: { organisation: Organisation; academy: Academy }) {
  const queryClient = useQueryClient();
  const [dayEndsAt, setDayEndsAt] = useState(academy.dayEndsAt ?? '');
  const save = useMutation({
    mutationFn: (body: { dayEndsAt: string }) => api.updateAcademy(organisation.id, academy.id, body),
    onSuccess: (updated) => queryClient.setQueryData(['organisation', organisation.id], updated),
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ dayEndsAt });
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="day-end-heading">
      <h3 id="day-end-heading">When the day ends</h3>
      <ErrorSummary error={save.error} fields={{ dayEndsAt: { id: 'day-ends-at', label: 'The academy day ends at' } }} />
      <LiveRegion>{save.isSuccess && <Status title={`${academy.name}’s day ends at ${save.data.academies.find((a) => a.id === academy.id)?.dayEndsAt ?? dayEndsAt}`} />}</LiveRegion>
      <TextField
        id="day-ends-at"
        label="The academy day ends at"
        hint="24-hour time, UK time, for example 17:00."
        type="time"
        value={dayEndsAt}
        onChange={(event) => setDayEndsAt(event.target.value)}
        error={errors.dayEndsAt}
      />
      <SubmitButton pending={save.isPending} pendingText="Saving">
        Save the time
      </SubmitButton>
    </form>
  );
}

function Terms({ organisation, academy }: { organisation: Organisation; academy: Academy }) {
  const queryClient = useQueryClient();
  const [terms, setTerms] = useState<Term[]>(academy.terms ?? []);
  const save = useMutation({
    mutationFn: (body: { terms: Term[] }) => api.setTerms(organisation.id, academy.id, body),
    onSuccess: (updated) => queryClient.setQueryData(['organisation', organisation.id], updated),
  });
  const errors = fieldErrors(save.error);
  const fields: Record<string, FieldRef> = {};
  terms.forEach((_, i) => {
    fields[`terms.${i}.startsOn`] = { id: `term-${i}-starts`, label: `Term ${i + 1} starts` };
    fields[`terms.${i}.endsOn`] = { id: `term-${i}-ends`, label: `Term ${i + 1} ends` };
  });
  const change = (index: number, part: keyof Term, value: string) => setTerms(terms.map((t, i) => (i === index ? { ...t, [part]: value } : t)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ terms });
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="terms-heading">
      <h3 id="terms-heading">Term dates</h3>
      <p className="hint">Without term dates, every working day counts as an academy day.</p>
      <ErrorSummary error={save.error} fields={fields} />
      <LiveRegion>{save.isSuccess && <Status title={`${academy.name} has ${save.variables?.terms.length ?? 0} ${save.variables?.terms.length === 1 ? 'term' : 'terms'}`} />}</LiveRegion>
      {terms.length === 0 && <p>No term dates yet.</p>}
      {terms.map((term, i) => (
        <fieldset className="term-row" key={i}>
          <legend>
            Term {i + 1}
            {term.startsOn && term.endsOn && (
              <span className="muted">
                {' '}
                ({formatDate(term.startsOn)} to {formatDate(term.endsOn)})
              </span>
            )}
          </legend>
          <div className="inline-form">
            <TextField id={`term-${i}-starts`} label="Starts" type="date" value={term.startsOn} onChange={(event) => change(i, 'startsOn', event.target.value)} error={errors[`terms.${i}.startsOn`]} />
            <TextField id={`term-${i}-ends`} label="Ends" type="date" value={term.endsOn} onChange={(event) => change(i, 'endsOn', event.target.value)} error={errors[`terms.${i}.endsOn`]} />
            <button type="button" className="button secondary small" onClick={() => setTerms(terms.filter((_, j) => j !== i))}>
              Remove<span className="visually-hidden"> term {i + 1}</span>
            </button>
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => setTerms([...terms, { startsOn: '', endsOn: '' }])}>
          Add a term
        </button>
        <SubmitButton pending={save.isPending} pendingText="Saving">
          Save the term dates
        </SubmitButton>
      </div>
    </form>
  );
}
