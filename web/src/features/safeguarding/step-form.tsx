import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, type Concern, type ConcernStep } from '../../api.ts';
import { Checkbox, ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import type { PickedPerson } from '../../ui/person-picker.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { SafeguardingPersonPicker } from './people.tsx';
import { concernQuery, useSafeguardingChanged } from './queries.ts';

// Every step of a concern's work is one form: a heading, the fields the step takes (each named as the API
// names it, so that a refusal is shown against it), and a button. A step says its fields and how they make
// the request; this form keeps their values, sends the step, and puts the answer in place of the record.

/** A field of a step's form, by the name the API gives it. */
export type StepField =
  | { name: string; kind: 'text' | 'textarea' | 'date'; label: string; hint?: string; rows?: number }
  | { name: string; kind: 'select'; label: string; hint?: string; options: readonly (readonly [value: string, label: string])[] }
  | { name: string; kind: 'checkbox'; label: string; hint?: string }
  | { name: string; kind: 'person'; label: string; hint?: string };

/** What the fields hold when the step is sent. */
export class StepValues {
  constructor(private readonly values: Record<string, string | boolean | PickedPerson | null>) {}
  /** A text, select or date field's value; what is left blank, untrimmed, for the server to judge. */
  text(name: string): string {
    const value = this.values[name];
    return typeof value === 'string' ? value : '';
  }
  /** An optional field: left out of the request when blank. */
  optional<K extends string>(name: K): Partial<Record<K, string>> {
    const value = this.text(name);
    return (value.trim() ? { [name]: value } : {}) as Partial<Record<K, string>>;
  }
  checked(name: string): boolean {
    return this.values[name] === true;
  }
  personId(name: string): string {
    const value = this.values[name];
    return value && typeof value === 'object' ? value.id : '';
  }
}

/**
 * A refusal about the record's own actions and referrals (an agency not yet answered, an action open) names
 * them as fields the form does not have: its reason says which, on its own.
 */
const recordFields = (c: Concern): Record<string, FieldRef> =>
  Object.fromEntries([...c.actions.map((a) => `actions.${a.id}`), ...c.referrals.map((r) => `referrals.${r.id}`)].map((key) => [key, { label: '' }]));

const blank = (field: StepField) => (field.kind === 'checkbox' ? false : field.kind === 'person' ? null : '');

export function ConcernStepForm({ concern, id, title, intro, fields, button, done, onDone, body }: {
  concern: Concern;
  /** Unique on the page: the ids of the form's heading and fields start with it. */
  id: string;
  title: string;
  intro?: ReactNode;
  fields: readonly StepField[];
  button: string;
  /** What is said once the step is taken. */
  done: string;
  onDone: (message: string) => void;
  body: (values: StepValues) => ConcernStep;
}) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useSafeguardingChanged();
  const empty = () => Object.fromEntries(fields.map((f) => [f.name, blank(f)]));
  const [values, setValues] = useState<Record<string, string | boolean | PickedPerson | null>>(empty);
  const take = useMutation({
    mutationFn: (step: ConcernStep) => api.concernStep(organisation.id, concern.id, step),
    onSuccess: async (next) => {
      // The answer is the record: it is not read (and audited) again.
      queryClient.setQueryData(concernQuery(organisation.id, concern.id).queryKey, next);
      setValues(empty());
      onDone(done);
      await changed();
    },
  });
  const errors = fieldErrors(take.error);
  const fieldId = (name: string) => `${id}-${name}`;
  const set = (name: string, value: string | boolean | PickedPerson | null) => setValues({ ...values, [name]: value });
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  return (
    <form
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        take.mutate(body(new StepValues(values)));
      }}
    >
      <h3 id={`${id}-heading`}>{title}</h3>
      {intro}
      <ErrorSummary key={take.submittedAt} error={take.error} fields={{ ...Object.fromEntries(fields.map((f) => [f.name, { id: fieldId(f.name), label: f.label }])), ...recordFields(concern) }} />
      {fields.map((f) => {
        const common = { id: fieldId(f.name), label: f.label, hint: f.hint, error: errors[f.name] };
        switch (f.kind) {
          case 'select':
            return (
              <SelectField key={f.name} {...common} className="input-medium" value={text(f.name)} onChange={(event) => set(f.name, event.target.value)}>
                <option value="">Choose one</option>
                {f.options.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </SelectField>
            );
          case 'checkbox':
            return <Checkbox key={f.name} {...common} checked={values[f.name] === true} onChange={(event) => set(f.name, event.target.checked)} />;
          case 'person':
            return (
              <SafeguardingPersonPicker key={f.name} {...common} value={(values[f.name] as PickedPerson | null) ?? null} onChange={(person) => set(f.name, person)} />
            );
          case 'textarea':
            return <TextArea key={f.name} {...common} rows={f.rows ?? 3} value={text(f.name)} onChange={(event) => set(f.name, event.target.value)} />;
          default:
            return <TextField key={f.name} {...common} type={f.kind} className="input-medium" value={text(f.name)} onChange={(event) => set(f.name, event.target.value)} />;
        }
      })}
      <SubmitButton pending={take.isPending}>{button}</SubmitButton>
    </form>
  );
}
