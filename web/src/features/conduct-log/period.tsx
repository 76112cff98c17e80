import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../ui/form.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { lastTwelveMonths } from './labels.ts';

// The period (and academy) the patterns and the training-needs report read, kept in the address so that a
// reading can be linked to and comes back the same.

export interface Period {
  from: string;
  to: string;
  academyId?: string;
}

/** The period in the address, or the last twelve months. */
export function usePeriod(): [Period, (period: Period) => void] {
  const [search, setSearch] = useSearchParams();
  const fallback = lastTwelveMonths();
  const period: Period = { from: search.get('from') || fallback.from, to: search.get('to') || fallback.to, ...(search.get('academyId') && { academyId: search.get('academyId')! }) };
  const choose = (next: Period) => setSearch(Object.fromEntries(Object.entries(next).filter(([, value]) => value)));
  return [period, choose];
}

/** `academies`: those to choose from where not every academy of the organisation may be (a report keeps a principal to their own). */
export function PeriodForm({ period, onChoose, academies }: { period: Period; onChoose: (period: Period) => void; academies?: readonly { id: string; name: string }[] }) {
  const { organisation } = useOrganisation();
  const choices = academies ?? organisation.academies;
  const [draft, setDraft] = useState(period);
  // A new period in the address (a link, back and forward) replaces what was being chosen.
  const chosen = `${period.from}/${period.to}/${period.academyId ?? ''}`;
  useEffect(() => {
    const [from = '', to = '', academyId = ''] = chosen.split('/');
    setDraft({ from, to, ...(academyId && { academyId }) });
  }, [chosen]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Choose the period">
      <TextField id="period-from" label="From" type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
      <TextField id="period-to" label="To" type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
      {choices.length > 1 && (
        <SelectField id="period-academy" label="Academy" value={draft.academyId ?? ''} onChange={(event) => setDraft({ ...draft, academyId: event.target.value || undefined })}>
          <option value="">All academies</option>
          {choices.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
      )}
      <button type="submit" className="button secondary">
        Show
      </button>
    </form>
  );
}
