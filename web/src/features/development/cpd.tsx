import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, CPD_KINDS, MAX_TITLE_LENGTH, type CpdActivity, type CpdInput, type CpdKind, type CpdSummary } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { formatDate } from '../../ui/labels.ts';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { ConfirmRemove } from './confirm-remove.tsx';
import { ActivityEvidence } from './evidence.tsx';
import { DevelopmentPage, useOwner, whose, type Owner } from './frame.tsx';
import { cpdKindLabel, durationWords, hoursWords, standardNumbers, thisYear, today } from './labels.tsx';
import { cpdQuery, cpdSummaryQuery, refreshRecord } from './queries.ts';
import { numbersOf, StandardsChoice, useStandards, type StandardRef } from './standards.tsx';
import { YearPicker } from './year-picker.tsx';

// 000 §2: continuing professional development, counted in activities and hours, and read against the
// standards: which this year's CPD has touched and which it has not.

/** `/orgs/:orgId/development/cpd?year=` */
export function CpdPage() {
  const { organisation } = useOrganisation();
  const owner = useOwner();
  const [search, setSearch] = useSearchParams();
  const current = thisYear();
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= current ? asked : current;
  const activities = useQuery(cpdQuery(organisation.id, owner.personId));
  const summary = useQuery(cpdSummaryQuery(organisation.id, year, owner.personId));
  const { standards } = useStandards(owner.personId);
  const [editing, setEditing] = useState<CpdActivity | null>(null);
  const [round, setRound] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const years = [...new Set([current, year, ...(activities.data ?? []).map((a) => Number(a.happenedOn.slice(0, 4)))])].sort((a, b) => b - a);
  const [chosenYear, setChosenYear] = useState(String(year));
  useEffect(() => setChosenYear(String(year)), [year]);

  const edit = (activity: CpdActivity | null) => {
    setEditing(activity);
    setDone(null);
    window.setTimeout(() => {
      const heading = document.getElementById('cpd-form-heading');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
    }, 0);
  };
  const showYear = (event: FormEvent) => {
    event.preventDefault();
    setSearch((params) => {
      const next = new URLSearchParams(params);
      if (Number(chosenYear) === current) next.delete('year');
      else next.set('year', chosenYear);
      return next;
    });
  };
  const inYear = (activities.data ?? []).filter((a) => a.happenedOn.startsWith(`${year}-`));

  return (
    <DevelopmentPage title={whose(owner, 'CPD record')}>
      <p className="lede">
        Continuing professional development {owner.own ? 'you have' : 'they have'} done: courses, reading, observation, mentoring and more, with the time spent and the standards it
        develops.
      </p>
      <LiveRegion>{done && <Status key={done} title={done} focus />}</LiveRegion>
      <YearPicker id="cpd-year" name="CPD year" years={years} value={chosenYear} onChange={setChosenYear} onSubmit={showYear} />
      {summary.error ? (
        <QueryError error={summary.error} what="CPD summary" />
      ) : !summary.data ? (
        <Loading what="Loading the CPD summary" />
      ) : (
        <Summary summary={summary.data} standards={standards} owner={owner} />
      )}
      <section aria-labelledby="activities-heading">
        <h2 id="activities-heading">Activities in {year}</h2>
        {activities.error ? (
          <QueryError error={activities.error} what="CPD record" />
        ) : !activities.data ? (
          <Loading what="Loading the CPD record" />
        ) : inYear.length === 0 ? (
          <p>No CPD recorded in {year}.</p>
        ) : (
          <ActivityTable activities={inYear} year={year} standards={standards} onEdit={edit} onRemoved={setDone} />
        )}
      </section>
      {owner.own && standards && (
        <ActivityForm
          key={editing?.id ?? `new-${round}`}
          activity={editing}
          standards={standards}
          onDone={(message) => {
            setDone(message);
            setEditing(null);
            setRound(round + 1);
          }}
          onCancel={() => edit(null)}
        />
      )}
    </DevelopmentPage>
  );
}

function Summary({ summary, standards, owner }: { summary: CpdSummary; standards: StandardRef[] | undefined; owner: Owner }) {
  const text = (id: string) => standards?.find((s) => s.id === id)?.text;
  const touched = summary.byStandard.filter((s) => s.activities > 0);
  const untouched = summary.byStandard.filter((s) => summary.untouched.includes(s.id));
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{summary.year} in total</h2>
      <p className="totals">
        <strong>{hoursWords(summary.hours)}</strong> of CPD over{' '}
        <strong>
          {summary.activities} {summary.activities === 1 ? 'activity' : 'activities'}
        </strong>
        .
      </p>
      <div className="two-columns">
        <section className="panel" aria-labelledby="touched-heading">
          <h3 id="touched-heading">
            Standards {owner.own ? 'your' : 'their'} {summary.year} CPD has touched ({touched.length})
          </h3>
          {touched.length === 0 ? (
            <p>None yet.</p>
          ) : (
            <ul className="plain-list">
              {touched.map((s) => (
                <li key={s.id}>
                  <strong>Standard {s.number}</strong>
                  {text(s.id) && `: ${text(s.id)}`}{' '}
                  <span className="muted">
                    ({s.activities} {s.activities === 1 ? 'activity' : 'activities'}, {hoursWords(s.hours)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="untouched-heading">
          <h3 id="untouched-heading">
            Standards it has not touched ({untouched.length})
          </h3>
          {untouched.length === 0 ? (
            <p>Every standard has had some CPD this year.</p>
          ) : (
            <ul className="plain-list">
              {untouched.map((s) => (
                <li key={s.id}>
                  <strong>Standard {s.number}</strong>
                  {text(s.id) && `: ${text(s.id)}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}

/** Whether the server offers changing this activity: the person's own record, not one shared with them. */
const editable = (activity: CpdActivity) => activity.allowed.includes('development.edit');

function ActivityTable({ activities, year, standards, onEdit, onRemoved }: {
  activities: CpdActivity[];
  year: number;
  standards: StandardRef[] | undefined;
  onEdit: (activity: CpdActivity) => void;
  onRemoved: (message: string) => void;
}) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (activity: CpdActivity) => api.deleteCpd(organisation.id, activity.id),
    onSuccess: async (_, activity) => {
      await refreshRecord(queryClient, organisation.id);
      onRemoved(`Removed “${activity.title}” from your CPD record`);
    },
  });
  return (
    <>
      {remove.error && <Alert title="Could not remove the activity">{remove.error.message}</Alert>}
      <TableRegion id="cpd-activities" caption={`CPD in ${year}, newest first`} captionHidden>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Activity</th>
            <th scope="col">Time</th>
            <th scope="col">Standards</th>
            <th scope="col">Evidence</th>
            {activities.some(editable) && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => (
            <tr key={activity.id}>
              <td className="nowrap">{formatDate(activity.happenedOn)}</td>
              <th scope="row">
                {activity.title}
                <span className="hint">
                  {cpdKindLabel(activity.kind)}
                  {activity.provider && `, ${activity.provider}`}
                </span>
                {activity.reflection && (
                  <details className="row-details">
                    <summary>
                      Reflection<span className="visually-hidden"> on {activity.title}</span>
                    </summary>
                    <p className="reflection">{activity.reflection}</p>
                  </details>
                )}
              </th>
              <td className="nowrap">{durationWords(activity.minutes)}</td>
              <td>{activity.provisionIds.length ? standardNumbers(numbersOf(activity.provisionIds, standards)) : <span className="muted">None</span>}</td>
              <td className="evidence-cell">
                <ActivityEvidence activity={activity} editable={editable(activity)} />
              </td>
              {editable(activity) && (
                <td className="action-cell">
                  <div className="actions">
                    <button type="button" className="button secondary small" onClick={() => onEdit(activity)}>
                      Change<span className="visually-hidden">: {activity.title}</span>
                    </button>
                    <ConfirmRemove what={activity.title} pending={remove.isPending && remove.variables?.id === activity.id} onConfirm={() => remove.mutate(activity)} />
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </>
  );
}

const FIELDS: Record<string, FieldRef> = {
  kind: { id: 'cpd-kind', label: 'Kind of activity' },
  title: { id: 'cpd-title', label: 'What it was' },
  happenedOn: { id: 'cpd-date', label: 'Date' },
  minutes: { id: 'cpd-hours', label: 'Time spent' },
  provider: { id: 'cpd-provider', label: 'Provider' },
  reflection: { id: 'cpd-reflection', label: 'Reflection' },
  provisionIds: { id: 'cpd-standards', label: 'Standards' },
};

const wholeNumber = (text: string) => (text.trim() === '' ? 0 : /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

function ActivityForm({ activity, standards, onDone, onCancel }: { activity: CpdActivity | null; standards: StandardRef[]; onDone: (message: string) => void; onCancel: () => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    kind: activity?.kind ?? 'course',
    title: activity?.title ?? '',
    happenedOn: activity?.happenedOn ?? '',
    hours: activity ? String(Math.floor(activity.minutes / 60)) : '',
    minutes: activity ? String(activity.minutes % 60) : '',
    provider: activity?.provider ?? '',
    reflection: activity?.reflection ?? '',
    provisionIds: activity?.provisionIds ?? [],
  });
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const save = useMutation({
    mutationFn: (body: CpdInput) => (activity ? api.updateCpd(organisation.id, activity.id, body) : api.createCpd(organisation.id, body)),
    // The message comes once the record shows the change.
    onSuccess: async (saved) => {
      await refreshRecord(queryClient, organisation.id);
      onDone(activity ? `Saved “${saved.title}”` : `Recorded “${saved.title}”, ${durationWords(saved.minutes)}`);
    },
  });
  const errors: Record<string, string> = { ...fieldErrors(save.error), ...Object.fromEntries(local.map((p) => [p.key, p.reason])) };
  const standardsError = Object.entries(errors).find(([key]) => key.startsWith('provisionIds'))?.[1];
  const set = (name: 'title' | 'happenedOn' | 'hours' | 'minutes' | 'provider' | 'reflection') => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hours = wholeNumber(form.hours);
    const minutes = wholeNumber(form.minutes);
    const total = hours * 60 + minutes;
    const problems = [
      ...(form.title.trim() ? [] : [{ key: 'title', reason: 'is required' }]),
      ...(!form.happenedOn ? [{ key: 'happenedOn', reason: 'is required' }] : form.happenedOn > today() ? [{ key: 'happenedOn', reason: 'cannot be in the future: record CPD once it has happened' }] : []),
      ...(Number.isNaN(total) ? [{ key: 'minutes', reason: 'must be whole hours and minutes' }] : total < 1 ? [{ key: 'minutes', reason: 'must be at least 1 minute' }] : []),
    ];
    setLocal(problems);
    if (problems.length) {
      save.reset();
      return;
    }
    save.mutate({ kind: form.kind, title: form.title.trim(), happenedOn: form.happenedOn, minutes: total, provider: form.provider.trim(), reflection: form.reflection.trim(), provisionIds: form.provisionIds });
  };

  return (
    <section className="panel" aria-labelledby="cpd-form-heading">
      <h2 id="cpd-form-heading" tabIndex={-1}>
        {activity ? `Change “${activity.title}”` : 'Record CPD'}
      </h2>
      <form noValidate onSubmit={submit}>
        <ErrorSummary error={save.error} fields={FIELDS} local={local} />
        <SelectField id="cpd-kind" label="Kind of activity" className="input-short" value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value as CpdKind })} error={errors.kind}>
          {CPD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {cpdKindLabel(kind)}
            </option>
          ))}
        </SelectField>
        <TextField id="cpd-title" label="What it was" hint="The course, book, visit or session." value={form.title} onChange={set('title')} error={errors.title} maxLength={MAX_TITLE_LENGTH} />
        <TextField id="cpd-date" label="Date" type="date" className="input-short" hint="When it happened (or ended): not a date still to come." max={today()} value={form.happenedOn} onChange={set('happenedOn')} error={errors.happenedOn} />
        <fieldset className={`field${errors.minutes ? ' has-error' : ''}`} aria-describedby="cpd-time-hint">
          <legend>Time spent</legend>
          <span className="hint" id="cpd-time-hint">
            In hours and minutes, for example 1 hour 30 minutes.
          </span>
          {errors.minutes && (
            <span className="field-error" id="cpd-time-error">
              <span className="visually-hidden">Error: </span>Time spent {errors.minutes}
            </span>
          )}
          <div className="time-fields">
            <div className="field">
              <label htmlFor="cpd-hours">Hours</label>
              <input id="cpd-hours" type="text" inputMode="numeric" className="input-tiny" value={form.hours} onChange={set('hours')} aria-invalid={errors.minutes ? true : undefined} aria-describedby={errors.minutes ? 'cpd-time-error' : undefined} />
            </div>
            <div className="field">
              <label htmlFor="cpd-minutes">Minutes</label>
              <input id="cpd-minutes" type="text" inputMode="numeric" className="input-tiny" value={form.minutes} onChange={set('minutes')} aria-invalid={errors.minutes ? true : undefined} aria-describedby={errors.minutes ? 'cpd-time-error' : undefined} />
            </div>
          </div>
        </fieldset>
        <TextField id="cpd-provider" label="Provider (optional)" value={form.provider} onChange={set('provider')} error={errors.provider} maxLength={MAX_TITLE_LENGTH} />
        <TextArea id="cpd-reflection" label="Reflection (optional)" className="prose" rows={4} hint="What you learnt, and what you will do differently." value={form.reflection} onChange={set('reflection')} error={errors.reflection} />
        <StandardsChoice
          id="cpd-standards"
          legend="Standards it develops"
          hint="Tick those it touched: the summary shows which standards your CPD has not touched yet."
          standards={standards}
          chosen={form.provisionIds}
          onChange={(provisionIds) => setForm({ ...form, provisionIds })}
          error={standardsError}
        />
        <div className="actions">
          <SubmitButton pending={save.isPending} pendingText="Saving">
            {activity ? 'Save the activity' : 'Record the activity'}
          </SubmitButton>
          {activity && (
            <button type="button" className="button secondary" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
