import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { TextField } from './form.tsx';

// Choosing someone of the organisation: found by a few letters of their name, chosen from those who match.
// The one chosen stays listed while the person searches on. `search` is the route that lists whom this
// field may name (each feature's own, which says who that is).

export interface PickedPerson {
  id: string;
  name: string;
  /** What tells two people of one name apart: a job, an academy. */
  detail?: string | null;
}

export function PersonPicker({ id, label, hint, error, value, onChange, search, queryKey, none }: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  search: (q: string) => Promise<PickedPerson[]>;
  /** Tells one field's searches apart from another's in the query cache. */
  queryKey: readonly unknown[];
  /** The words of the option for nobody; without them, somebody must be chosen. */
  none?: string;
}) {
  const [find, setFind] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(find.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [find]);
  // The APIs match two letters or more.
  const searching = q.length >= 2;
  const matches = useQuery({ queryKey: [...queryKey, q], queryFn: () => search(q), enabled: searching, placeholderData: keepPreviousData, staleTime: 60_000 });
  const listed = searching ? (matches.data ?? []) : [];
  const candidates = value && !listed.some((p) => p.id === value.id) ? [value, ...listed] : listed;
  return (
    <fieldset className={`field${error ? ' has-error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {error && (
        <span className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {label} {error}
        </span>
      )}
      <TextField
        id={id}
        label="Find them by name"
        type="search"
        className="input-medium"
        hint={hint ?? 'Two or more letters of their name.'}
        value={find}
        autoComplete="off"
        onChange={(event) => setFind(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches at once rather than submitting the form.
          if (event.key === 'Enter') {
            event.preventDefault();
            setQ(find.trim());
          }
        }}
      />
      <p className="hint" role="status">
        {!searching
          ? ''
          : matches.error
            ? 'Could not search just now. Please try again.'
            : !matches.data
              ? 'Searching…'
              : listed.length === 0
                ? `Nobody matches “${q}”.`
                : `${listed.length === 1 ? '1 person matches' : `${listed.length} people match`} “${q}”.`}
      </p>
      {none !== undefined && (
        <div className="radio">
          <input id={`${id}-none`} type="radio" name={`${id}-choice`} checked={!value} onChange={() => onChange(null)} />
          <label htmlFor={`${id}-none`}>{none}</label>
        </div>
      )}
      {candidates.map((person) => (
        <div className="radio" key={person.id}>
          <input id={`${id}-${person.id}`} type="radio" name={`${id}-choice`} checked={value?.id === person.id} onChange={() => onChange(person)} />
          <label htmlFor={`${id}-${person.id}`}>
            {person.name}
            {person.detail && <span className="hint"> {person.detail}</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
