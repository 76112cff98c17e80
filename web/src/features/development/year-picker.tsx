import type { FormEvent, ReactNode } from 'react';
import { SelectField } from '../../ui/form.tsx';

/** Choosing the year a page shows (and, in `children`, anything else it is shown by): a select and a button, as a small search form. */
export function YearPicker({ id, name, years, value, onChange, onSubmit, children }: {
  id: string;
  /** The form's accessible name: "CPD year". */
  name: string;
  years: number[];
  value: string;
  onChange: (year: string) => void;
  onSubmit: (event: FormEvent) => void;
  children?: ReactNode;
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
      {children}
      <button type="submit" className="button secondary">
        {children ? 'Show' : 'Show the year'}
      </button>
    </form>
  );
}
