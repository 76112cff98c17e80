import { useQuery } from '@tanstack/react-query';
import { useOrganisation } from '../organisations/organisation.tsx';
import { standardId, thisYear } from './labels.tsx';
import { cpdSummaryQuery, dashboardQuery } from './queries.ts';

// The professional standards a goal or a CPD activity can be tied to: those of the person's latest
// self-assessment, with their words; before any self-assessment, the standards the CPD summary counts.

export interface StandardRef {
  id: string;
  /** Unique within the code, for element ids; the number may repeat. */
  key: string;
  number: string;
  text: string | null;
}

export function useStandards(personId?: string): { standards: StandardRef[] | undefined; error: unknown } {
  const { organisation } = useOrganisation();
  const dashboard = useQuery(dashboardQuery(organisation.id, personId));
  const none = dashboard.data !== undefined && dashboard.data.standards.length === 0;
  const summary = useQuery({ ...cpdSummaryQuery(organisation.id, thisYear(), personId), enabled: none });
  if (dashboard.error) return { standards: undefined, error: dashboard.error };
  if (!dashboard.data) return { standards: undefined, error: null };
  if (!none) return { standards: dashboard.data.standards.map((s) => ({ id: s.id, key: s.key, number: s.number, text: s.text })), error: null };
  // No standards adopted at all: there is nothing to tie to, which is not an error here.
  if (summary.error) return { standards: [], error: null };
  return { standards: summary.data?.byStandard.map((s) => ({ id: s.id, key: s.id, number: s.number, text: null })), error: null };
}

/** The numbers of the standards among these ids, in the standards' order. */
export function numbersOf(ids: string[], standards: StandardRef[] | undefined): string[] {
  return (standards ?? []).filter((s) => ids.includes(s.id)).map((s) => s.number);
}

/** Tick the standards something develops. */
export function StandardsChoice({ id, legend, hint, standards, chosen, onChange, error }: {
  id: string;
  legend: string;
  hint?: string;
  standards: StandardRef[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  if (standards.length === 0) return null;
  return (
    <fieldset className={`field${error ? ' has-error' : ''}`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend id={id} tabIndex={-1}>
        {legend}
      </legend>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error">
          <span className="visually-hidden">Error: </span>
          {legend} {error}
        </span>
      )}
      <div className="standard-choices">
        {standards.map((standard) => (
          <div className="checkbox" key={standard.id}>
            <input
              id={`${id}-${standardId(standard)}`}
              type="checkbox"
              checked={chosen.includes(standard.id)}
              onChange={(event) => onChange(event.target.checked ? [...chosen, standard.id] : chosen.filter((c) => c !== standard.id))}
            />
            <label htmlFor={`${id}-${standardId(standard)}`}>
              <strong>Standard {standard.number}</strong>{' '}
              {standard.text && <span className="hint">{standard.text}</span>}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
