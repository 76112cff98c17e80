import type { FormEvent } from 'react';
import { SelectField } from '../../ui/form.tsx';

/** Choosing the year a page shows: a select and a button, as a small search form. */
export function YearPicker({ id, name, years, value, onChange, onSubmit }: {
  id: string;
  /** The form's accessible name: "CPD year". */
  name: string;
  years: number[];
  value: string;
  onChange: (year: string) => void;
  onSubmit: (event: FormEvent) => void;
}) {
  return (
    <form className="inline-form panel" role="search" aria-label={name} onSubmit={onSubmit}>
      <SelectField id={id} label="Year" className="input-short" value={value} onChange={(event) => onChange(event.target.value)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button secondary">
        Show the year
      </button>
    </form>
  );
}
