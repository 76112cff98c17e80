import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type DeadlineKind, type DeadlineRule, type NewDeadline, type Person } from '../../api.ts';
import { LiveRegion, Loading, NotAvailable, QueryError, refused, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextField, type FieldRef } from '../../ui/form.tsx';
import { fullName } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { deadlineKindsQuery } from './organisation-deadlines.tsx';
import { DueCell } from './state.tsx';

/** A rule in words: how the due time follows from when the duty arose. */
export function ruleInWords(rule: DeadlineRule): string {
  switch (rule.type) {
    case 'calendar_days':
      return `${rule.days} calendar ${rule.days === 1 ? 'day' : 'days'} after it arises`;
    case 'working_days':
      return `${rule.days} working ${rule.days === 1 ? 'day' : 'days'} after it arises, not counting weekends and bank holidays`;
    case 'months':
      return rule.months >= 0 ? `${rule.months} ${rule.months === 1 ? 'month' : 'months'} after it arises` : `${-rule.months} ${rule.months === -1 ? 'month' : 'months'} before it starts`;
    case 'academy_day':
      return 'by the end of the academy day';
    case 'academy_days':
      return `${rule.days} school ${rule.days === 1 ? 'day' : 'days'} after it arises, not counting weekends, bank holidays and the academy's holidays`;
    case 'immediately':
      return 'at once';
    case 'fixed':
      return 'at a set time';
  }
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A local date and time from a datetime-local field, as an instant. */
function instant(local: string): string | undefined {
  if (!local) return undefined;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? local : at.toISOString();
}

const FIELDS: Record<string, FieldRef> = {
  kind: { id: 'deadline-kind', label: 'Kind' },
  title: { id: 'deadline-title', label: 'Title' },
  ownerId: { id: 'deadline-owner', label: 'Whose deadline' },
  startsAt: { id: 'deadline-starts', label: 'When it arose' },
  academyId: { id: 'deadline-academy', label: 'Academy' },
  rule: { id: 'deadline-due', label: 'Due' },
  'rule.dueAt': { id: 'deadline-due', label: 'Due' },
};

/** `/orgs/:orgId/deadlines/new`: give someone a deadline, by one of the codes' rules or at a set time. */
export function NewDeadlinePage() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const kinds = useQuery(deadlineKindsQuery);
  const [form, setForm] = useState({ kind: '', title: '', ownerId: '', startsAt: '', academyId: '', dueAt: '' });
  // The people API answers a page at a time: a few letters of a name narrow the list to choose from.
  const [find, setFind] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(find.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [find]);
  const people = useQuery({ queryKey: ['people', organisation.id, q], queryFn: () => api.people(organisation.id, q || undefined), placeholderData: keepPreviousData });
  // The person chosen stays in the list when a new search leaves them out.
  const [chosenOwner, setChosenOwner] = useState<Person | null>(null);
  const [ownerNameAtSubmit, setOwnerNameAtSubmit] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ key: string; reason: string }[]>([]);
  const owners = [...(chosenOwner && !people.data?.some((p) => p.id === chosenOwner.id) ? [chosenOwner] : []), ...(people.data ?? []).filter((p) => !p.disabled)];
  const create = useMutation({
    mutationFn: (body: NewDeadline) => api.createDeadline(organisation.id, body),
    onSuccess: () => {
      setForm({ kind: form.kind, title: '', ownerId: '', startsAt: '', academyId: '', dueAt: '' });
      setChosenOwner(null);
      return queryClient.invalidateQueries({ queryKey: ['deadlines'] });
    },
  });
  const errors: Record<string, string> = { ...fieldErrors(create.error), ...Object.fromEntries(missing.map((m) => [m.key, m.reason])) };
  const chosen: DeadlineKind | undefined = kinds.data?.find((k) => k.kind === form.kind);
  const trust = organisation.kind === 'employer_trust';
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const title = `Give someone a deadline – ${organisation.name}`;
  const base = `/orgs/${organisation.id}`;

  if (refused(create.error)) {
    return (
      <Page title={title} heading="Give someone a deadline">
        <NotAvailable where={organisation.name} />
      </Page>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const absent = [...(chosen ? [] : [{ key: 'kind', reason: 'must be chosen' }]), ...(form.ownerId ? [] : [{ key: 'ownerId', reason: 'must be chosen' }])];
    setMissing(absent);
    if (!chosen || absent.length) {
      create.reset();
      return;
    }
    setOwnerNameAtSubmit(chosenOwner ? fullName(chosenOwner) : null);
    const body: NewDeadline = { kind: chosen.kind, ownerId: form.ownerId };
    if (form.title.trim()) body.title = form.title.trim();
    const startsAt = instant(form.startsAt);
    if (startsAt) body.startsAt = startsAt;
    if (form.academyId) body.academyId = form.academyId;
    const dueAt = instant(form.dueAt);
    if (dueAt) body.rule = { type: 'fixed', dueAt };
    create.mutate(body);
  };

  return (
    <Page title={title} heading="Give someone a deadline" breadcrumbs={<Link to={`${base}/deadlines`}>Deadlines</Link>}>
      <p className="lede">Each kind carries the time limit its code sets, reminders before it falls due and escalation after.</p>
      <LiveRegion>
        {create.isSuccess && (
          <Status title={`${create.data.ownerName ?? ownerNameAtSubmit ?? 'They'} now ${create.data.ownerName || ownerNameAtSubmit ? 'has' : 'have'} the deadline “${create.data.title}”`}>
            <p>
              Due <DueCell deadline={create.data} />. <Link to={`${base}/deadlines`}>See all deadlines</Link>
            </p>
          </Status>
        )}
      </LiveRegion>
      {kinds.error ? (
        <QueryError error={kinds.error} what="kinds of deadline" />
      ) : people.error ? (
        <QueryError error={people.error} what="list of people" />
      ) : !kinds.data || !people.data ? (
        <Loading />
      ) : (
        <form className="panel" noValidate onSubmit={submit}>
          <ErrorSummary error={create.error} fields={FIELDS} local={missing} />
          <SelectField
            id="deadline-kind"
            label="Kind"
            hint={chosen ? `${sentence(chosen.source)}. Due ${ruleInWords(chosen.rule)}${chosen.schedule.urgent ? '; a duty that allows no delay' : ''}.` : 'What the deadline is for.'}
            value={form.kind}
            onChange={set('kind')}
            error={errors.kind}
          >
            <option value="">Choose a kind</option>
            {kinds.data.map((kind) => (
              <option key={kind.kind} value={kind.kind}>
                {kind.title}
              </option>
            ))}
          </SelectField>
          <TextField id="deadline-title" label="Title (optional)" hint={chosen ? `Leave empty for “${chosen.title}”.` : undefined} value={form.title} onChange={set('title')} error={errors.title} />
          <TextField
            id="deadline-find-owner"
            label="Find the person (optional)"
            hint="A few letters of their name or email narrow the list below."
            type="search"
            value={find}
            onChange={(event) => setFind(event.target.value)}
          />
          <SelectField
            id="deadline-owner"
            label="Whose deadline"
            hint={people.data.length >= 100 ? 'The first 100 people: find the person above to narrow the list.' : `${people.data.length} ${people.data.length === 1 ? 'person' : 'people'}${q ? ` matching “${q}”` : ''}.`}
            value={form.ownerId}
            onChange={(event) => {
              setForm({ ...form, ownerId: event.target.value });
              setChosenOwner(owners.find((p) => p.id === event.target.value) ?? null);
            }}
            error={errors.ownerId}
          >
            <option value="">Choose a person</option>
            {owners.map((person) => (
              <option key={person.id} value={person.id}>
                {fullName(person)} ({person.email})
              </option>
            ))}
          </SelectField>
          <TextField id="deadline-starts" label="When it arose (optional)" type="datetime-local" hint="The time the rule counts from. Leave empty for now." value={form.startsAt} onChange={set('startsAt')} error={errors.startsAt} />
          {trust && (
            <SelectField id="deadline-academy" label="Academy (optional)" hint="Needed for “by the end of the academy day”: its day’s end and term dates apply." value={form.academyId} onChange={set('academyId')} error={errors.academyId}>
              <option value="">None</option>
              {organisation.academies.map((academy) => (
                <option key={academy.id} value={academy.id}>
                  {academy.name}
                </option>
              ))}
            </SelectField>
          )}
          <TextField
            id="deadline-due"
            label="Due at a set time instead (optional)"
            type="datetime-local"
            hint="Only to replace the kind’s own rule, for a task of the organisation’s own."
            value={form.dueAt}
            onChange={set('dueAt')}
            error={errors['rule.dueAt'] ?? errors.rule}
          />
          <SubmitButton pending={create.isPending} pendingText="Saving">
            Give the deadline
          </SubmitButton>
        </form>
      )}
    </Page>
  );
}
