import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, GOAL_STATUSES, MAX_TITLE_LENGTH, type CpdActivity, type Goal, type GoalInput, type GoalStatus } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { formatDate } from '../../ui/labels.ts';
import { useOrganisation } from '../organisations/organisation.tsx';
import { ConfirmRemove } from './confirm-remove.tsx';
import { DevelopmentPage, useOwner, whose } from './frame.tsx';
import { cpdKindLabel, goalStatusLabel, GoalStatusTag, standardNumbers } from './labels.tsx';
import { cpdQuery, goalsQuery, refreshRecord } from './queries.ts';
import { numbersOf, StandardsChoice, useStandards, type StandardRef } from './standards.tsx';

// 000 §2: a development programme built from the comparison of self-assessments, weakest standards first.
// Each goal says how the person will know it is met, by when, and which standards and CPD it concerns.

/** `/orgs/:orgId/development/plan` (`?standard=` starts a goal for one standard; `?personId=` reads a shared plan). */
export function PlanPage() {
  const { organisation } = useOrganisation();
  const owner = useOwner();
  const goals = useQuery(goalsQuery(organisation.id, owner.personId));
  const activities = useQuery(cpdQuery(organisation.id, owner.personId));
  const { standards, error: standardsError } = useStandards(owner.personId);
  const [editing, setEditing] = useState<Goal | null>(null);
  // A new, empty form after each goal saved.
  const [round, setRound] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [, setSearch] = useSearchParams();
  const base = `/orgs/${organisation.id}/development`;

  const edit = (goal: Goal | null) => {
    setEditing(goal);
    setDone(null);
    window.setTimeout(() => focusOn('goal-form-heading'), 0);
  };

  return (
    <DevelopmentPage title={whose(owner, 'development plan')}>
      <p className="lede">
        Goals built from {owner.own ? 'your' : 'their'} self-assessment, weakest standards first; each with how {owner.own ? 'you' : 'they'} will know it is met, and by when.{' '}
        {owner.own && (
          <>
            <Link to={base}>The dashboard</Link> lists the standards to work on first.
          </>
        )}
      </p>
      <LiveRegion>{done && <Status key={done} title={done} focus />}</LiveRegion>
      {goals.error || standardsError ? (
        <QueryError error={goals.error ?? standardsError} what="development plan" />
      ) : !goals.data || !standards ? (
        <Loading what="Loading the plan" />
      ) : (
        <>
          {goals.data.length === 0 ? (
            <div className="panel">
              <p>{owner.own ? 'Your plan has no goals yet.' : `${owner.name ?? 'Their'} plan has no goals yet.`}</p>
            </div>
          ) : (
            <ul className="goals">
              {goals.data.map((goal) => (
                <GoalItem key={goal.id} goal={goal} standards={standards} activities={activities.data ?? []} editable={goal.allowed.includes('development.edit')} onEdit={() => edit(goal)} onRemoved={setDone} />
              ))}
            </ul>
          )}
          {owner.own && (
            <GoalForm
              key={editing?.id ?? `new-${round}`}
              goal={editing}
              standards={standards}
              activities={activities.data ?? []}
              onDone={(message) => {
                setDone(message);
                setEditing(null);
                setRound(round + 1);
                // The goal for the standard suggested is made: the next form starts blank.
                setSearch(
                  (current) => {
                    const next = new URLSearchParams(current);
                    next.delete('standard');
                    return next;
                  },
                  { replace: true },
                );
              }}
              onCancel={() => edit(null)}
            />
          )}
        </>
      )}
    </DevelopmentPage>
  );
}

function focusOn(id: string) {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus();
}

function GoalItem({ goal, standards, activities, editable, onEdit, onRemoved }: {
  goal: Goal;
  standards: StandardRef[];
  activities: CpdActivity[];
  editable: boolean;
  onEdit: () => void;
  onRemoved: (message: string) => void;
}) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.deleteGoal(organisation.id, goal.id),
    onSuccess: async () => {
      await refreshRecord(queryClient, organisation.id);
      onRemoved(`Removed the goal “${goal.title}”`);
    },
  });
  const linked = activities.filter((a) => goal.activityIds.includes(a.id));
  const id = `goal-${goal.id}`;
  return (
    <li className="goal">
      <h2 className="goal-title" id={`${id}-title`}>
        {goal.title}
      </h2>
      <p className="goal-meta">
        <GoalStatusTag status={goal.status} /> <span className="muted">By {formatDate(goal.targetDate)}</span>
      </p>
      <div className="progress-line">
        <label htmlFor={`${id}-progress`}>
          Progress<span className="visually-hidden"> towards “{goal.title}”</span>
        </label>
        <progress id={`${id}-progress`} max={100} value={goal.progress}>
          {goal.progress}%
        </progress>
        <span>{goal.progress}%</span>
      </div>
      <dl className="summary-list">
        <dt>How you will know</dt>
        <dd>{goal.successMeasure}</dd>
        <dt>Standards</dt>
        <dd>{goal.provisionIds.length ? standardNumbers(numbersOf(goal.provisionIds, standards)) : <span className="muted">None chosen</span>}</dd>
        {linked.length > 0 && (
          <>
            <dt>CPD towards it</dt>
            <dd>
              <ul className="plain-list">
                {linked.map((activity) => (
                  <li key={activity.id}>
                    {activity.title} <span className="muted">({cpdKindLabel(activity.kind)}, {formatDate(activity.happenedOn)})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {goal.note && (
          <>
            <dt>Note</dt>
            <dd className="reflection">{goal.note}</dd>
          </>
        )}
      </dl>
      {remove.error && <Alert title="Could not remove the goal">{remove.error.message}</Alert>}
      {editable && (
        <div className="actions">
          <button type="button" className="button secondary small" onClick={onEdit}>
            Change or record progress<span className="visually-hidden">: {goal.title}</span>
          </button>
          <ConfirmRemove what={goal.title} pending={remove.isPending} onConfirm={() => remove.mutate()} />
        </div>
      )}
    </li>
  );
}

const FIELDS: Record<string, FieldRef> = {
  title: { id: 'goal-title', label: 'The goal' },
  successMeasure: { id: 'goal-success', label: 'How you will know it is met' },
  targetDate: { id: 'goal-target', label: 'Target date' },
  status: { id: 'goal-status', label: 'Status' },
  progress: { id: 'goal-progress', label: 'Progress' },
  note: { id: 'goal-note', label: 'Note' },
  provisionIds: { id: 'goal-standards', label: 'Standards' },
  activityIds: { id: 'goal-activities', label: 'CPD activities' },
};

function GoalForm({ goal, standards, activities, onDone, onCancel }: {
  goal: Goal | null;
  standards: StandardRef[];
  activities: CpdActivity[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const location = useLocation();
  const suggested = goal ? null : standards.find((s) => s.id === search.get('standard'));
  const [form, setForm] = useState({
    title: goal?.title ?? '',
    successMeasure: goal?.successMeasure ?? '',
    targetDate: goal?.targetDate ?? '',
    status: (goal?.status ?? 'not_started') as GoalStatus,
    progress: String(goal?.progress ?? 0),
    note: goal?.note ?? '',
    provisionIds: goal?.provisionIds ?? (suggested ? [suggested.id] : []),
    activityIds: goal?.activityIds ?? [],
  });
  const [missing, setMissing] = useState<{ key: string; reason: string }[]>([]);
  const save = useMutation({
    mutationFn: (body: GoalInput) => (goal ? api.updateGoal(organisation.id, goal.id, body) : api.createGoal(organisation.id, body)),
    // The message comes once the plan shows the change.
    onSuccess: async (saved) => {
      await refreshRecord(queryClient, organisation.id);
      onDone(goal ? `Saved the goal “${saved.title}”` : `Added the goal “${saved.title}” to your plan`);
    },
  });
  // Arriving from a priority on the dashboard: the form, not the top of the page, is where to start.
  useEffect(() => {
    if (location.hash !== '#new-goal' || goal) return;
    const timer = window.setTimeout(() => focusOn('goal-form-heading'), 0);
    return () => window.clearTimeout(timer);
  }, [location.hash, goal]);

  const errors: Record<string, string> = { ...fieldErrors(save.error), ...Object.fromEntries(missing.map((m) => [m.key, m.reason])) };
  const listError = (prefix: string) => Object.entries(errors).find(([key]) => key.startsWith(prefix))?.[1];
  const set = (name: 'title' | 'successMeasure' | 'targetDate' | 'progress' | 'note') => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const progress = Number(form.progress);
    const absent = [
      ...(form.title.trim() ? [] : [{ key: 'title', reason: 'is required' }]),
      ...(form.successMeasure.trim() ? [] : [{ key: 'successMeasure', reason: 'says how you will know the goal is met' }]),
      ...(form.targetDate ? [] : [{ key: 'targetDate', reason: 'is required' }]),
      ...(goal && !(Number.isInteger(progress) && progress >= 0 && progress <= 100) ? [{ key: 'progress', reason: 'must be a whole number from 0 to 100' }] : []),
    ];
    setMissing(absent);
    if (absent.length) {
      save.reset();
      return;
    }
    const body: GoalInput = {
      title: form.title.trim(),
      successMeasure: form.successMeasure.trim(),
      targetDate: form.targetDate,
      note: form.note.trim(),
      provisionIds: form.provisionIds,
      activityIds: form.activityIds,
    };
    if (goal) {
      body.status = form.status;
      body.progress = progress;
    }
    save.mutate(body);
  };

  return (
    <section className="panel" id="new-goal" aria-labelledby="goal-form-heading">
      <h2 id="goal-form-heading" tabIndex={-1}>
        {goal ? `Change “${goal.title}”` : 'Add a goal'}
      </h2>
      {suggested && (
        <p>
          For <strong>standard {suggested.number}</strong>
          {suggested.text ? `: ${suggested.text}` : ''}.
        </p>
      )}
      <form noValidate onSubmit={submit}>
        <ErrorSummary error={save.error} fields={FIELDS} local={missing} />
        <TextField id="goal-title" label="The goal" hint="What you will do, in a sentence." value={form.title} onChange={set('title')} error={errors.title} maxLength={MAX_TITLE_LENGTH} />
        <TextArea id="goal-success" label="How you will know it is met" className="prose" rows={3} value={form.successMeasure} onChange={set('successMeasure')} error={errors.successMeasure} />
        <TextField id="goal-target" label="Target date" type="date" className="input-short" value={form.targetDate} onChange={set('targetDate')} error={errors.targetDate} />
        {goal && (
          <div className="two-columns">
            <SelectField id="goal-status" label="Status" value={form.status} onChange={(event) => setForm({ ...form, status: event.target.value as GoalStatus })} error={errors.status}>
              {GOAL_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {goalStatusLabel(status)}
                </option>
              ))}
            </SelectField>
            <TextField id="goal-progress" label="Progress (%)" type="number" inputMode="numeric" min={0} max={100} step={5} className="input-short" value={form.progress} onChange={set('progress')} error={errors.progress} />
          </div>
        )}
        <StandardsChoice
          id="goal-standards"
          legend="Standards it develops"
          hint="Tick those the goal works on."
          standards={standards}
          chosen={form.provisionIds}
          onChange={(provisionIds) => setForm({ ...form, provisionIds })}
          error={listError('provisionIds')}
        />
        {activities.length > 0 && (
          <fieldset className={`field${listError('activityIds') ? ' has-error' : ''}`}>
            <legend id="goal-activities" tabIndex={-1}>
              CPD towards it (optional)
            </legend>
            {listError('activityIds') && (
              <span className="field-error">
                <span className="visually-hidden">Error: </span>CPD activities {listError('activityIds')}
              </span>
            )}
            {activities.map((activity) => (
              <div className="checkbox" key={activity.id}>
                <input
                  id={`goal-activity-${activity.id}`}
                  type="checkbox"
                  checked={form.activityIds.includes(activity.id)}
                  onChange={(event) => setForm({ ...form, activityIds: event.target.checked ? [...form.activityIds, activity.id] : form.activityIds.filter((a) => a !== activity.id) })}
                />
                <label htmlFor={`goal-activity-${activity.id}`}>
                  {activity.title} <span className="muted">({formatDate(activity.happenedOn)})</span>
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <TextArea id="goal-note" label="Note (optional)" className="prose" rows={3} value={form.note} onChange={set('note')} error={errors.note} />
        <div className="actions">
          <SubmitButton pending={save.isPending} pendingText="Saving">
            {goal ? 'Save the goal' : 'Add the goal'}
          </SubmitButton>
          {goal && (
            <button type="button" className="button secondary" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
