import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, type RaisedConcernSettings, type RaisedConcernTimeLimits } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';

// The organisation's own time limits for reports raised in confidence (item 7 of the issue): how soon a
// reporter hears their report arrived, and how soon they are told what is being done. The server holds the
// bounds (src/features/raising-concerns/rules.ts) and refuses anything past them against its field.

type Acknowledge = RaisedConcernTimeLimits['acknowledge'];
type Feedback = RaisedConcernTimeLimits['feedback'];
type Unit = Feedback['type'];

const UNIT_WORDS: Record<Unit, string> = { calendar_days: 'Days', working_days: 'Working days', months: 'Months' };

/** A time limit as the form holds it: its unit and the number typed. */
interface Limit {
  unit: Unit;
  count: string;
}

/** The limit the API answered, in the form's terms (a rule the form does not offer shows as the default's unit). */
function limitOf(rule: RaisedConcernSettings['acknowledge']): Limit {
  if (rule.type === 'months' && 'months' in rule) return { unit: 'months', count: String(rule.months) };
  if ((rule.type === 'calendar_days' || rule.type === 'working_days') && 'days' in rule) return { unit: rule.type, count: String(rule.days) };
  return { unit: 'calendar_days', count: '' };
}

const words = (rule: RaisedConcernSettings['acknowledge']) => {
  const { unit, count } = limitOf(rule);
  return `${count} ${UNIT_WORDS[unit].toLowerCase()}`;
};

/** `/orgs/:orgId/raised-concerns/settings` */
export function RaisedConcernSettingsPage() {
  const { organisation } = useOrganisation();
  return (
    <Allowed actions={['report.configure']} title="Time limits for raised concerns">
      <Page title={`Time limits for raised concerns – ${organisation.name}`} heading="Time limits for raised concerns" narrow>
        <TimeLimitsForm />
      </Page>
    </Allowed>
  );
}

function TimeLimitsForm() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const key = ['raised-concerns', 'settings', organisation.id];
  const settings = useQuery({ queryKey: key, queryFn: () => api.raisedConcernSettings(organisation.id) });
  const [acknowledge, setAcknowledge] = useState<Limit>({ unit: 'calendar_days', count: '' });
  const [feedback, setFeedback] = useState<Limit>({ unit: 'months', count: '' });
  useEffect(() => {
    if (settings.data) {
      setAcknowledge(limitOf(settings.data.acknowledge));
      setFeedback(limitOf(settings.data.feedback));
    }
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () => {
      // An empty box is sent as -1, which the server refuses against its field like any number out of bounds.
      const number = (text: string) => (text.trim() === '' ? -1 : Number(text));
      const ack: Acknowledge = acknowledge.unit === 'working_days' ? { type: 'working_days', days: number(acknowledge.count) } : { type: 'calendar_days', days: number(acknowledge.count) };
      const fed: Feedback = feedback.unit === 'months' ? { type: 'months', months: number(feedback.count) } : { type: feedback.unit, days: number(feedback.count) };
      return api.setRaisedConcernSettings(organisation.id, { acknowledge: ack, feedback: fed });
    },
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
  if (settings.error) return <QueryError error={settings.error} what="time limits" />;
  if (!settings.data) return <Loading what="Loading the time limits" />;
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const countError = (limit: 'acknowledge' | 'feedback', unit: Unit) => errors[`${limit}.${unit === 'months' ? 'months' : 'days'}`] ?? errors[`${limit}.type`];
  return (
    <>
      <LiveRegion>
        {save.isSuccess && save.data && <Status key={save.submittedAt} title={`Reports received from now on are acknowledged within ${words(save.data.acknowledge)}, with feedback within ${words(save.data.feedback)}`} />}
      </LiveRegion>
      <p className="lede">
        Every report raised in confidence with {organisation.name} carries these time limits from when it is received, run as deadlines of the handler it is assigned to. Reports already received keep
        the limits they came with. The reporter is told them on the page for raising a concern.
      </p>
      <p>
        No code sets them. The defaults are those of good practice: acknowledge within {words(settings.data.defaults.acknowledge)}, and tell the reporter what is being done within{' '}
        {words(settings.data.defaults.feedback)}. {organisation.name} may be quicker, never slower.
      </p>
      <p className="hint">{settings.data.changedAt ? `Last changed by ${settings.data.changedBy ?? 'someone'}, ${formatDateTime(settings.data.changedAt)}.` : 'The defaults apply: nobody has changed them here.'}</p>
      <form noValidate onSubmit={submit} aria-label="Time limits">
        <ErrorSummary
          key={save.submittedAt}
          error={save.error}
          fields={{
            'acknowledge.days': { id: 'acknowledge-count', label: 'Acknowledge within' },
            'acknowledge.type': { id: 'acknowledge-unit', label: 'Acknowledge within, counted in' },
            'feedback.days': { id: 'feedback-count', label: 'Feedback within' },
            'feedback.months': { id: 'feedback-count', label: 'Feedback within' },
            'feedback.type': { id: 'feedback-unit', label: 'Feedback within, counted in' },
          }}
        />
        <fieldset>
          <legend>Acknowledge each report within</legend>
          <TextField id="acknowledge-count" label="Acknowledge within" hint="From 1 to 7 days, or 1 to 5 working days." type="number" inputMode="numeric" className="input-short" value={acknowledge.count} onChange={(event) => setAcknowledge({ ...acknowledge, count: event.target.value })} error={countError('acknowledge', acknowledge.unit)} />
          <SelectField id="acknowledge-unit" label="Counted in" value={acknowledge.unit} onChange={(event) => setAcknowledge({ ...acknowledge, unit: event.target.value as Unit })}>
            <option value="calendar_days">{UNIT_WORDS.calendar_days}</option>
            <option value="working_days">{UNIT_WORDS.working_days}</option>
          </SelectField>
        </fieldset>
        <fieldset>
          <legend>Tell the reporter what is being done within</legend>
          <TextField id="feedback-count" label="Feedback within" hint="From 1 to 3 months, 7 to 92 days, or 5 to 65 working days, from the acknowledgement." type="number" inputMode="numeric" className="input-short" value={feedback.count} onChange={(event) => setFeedback({ ...feedback, count: event.target.value })} error={countError('feedback', feedback.unit)} />
          <SelectField id="feedback-unit" label="Counted in" value={feedback.unit} onChange={(event) => setFeedback({ ...feedback, unit: event.target.value as Unit })}>
            <option value="months">{UNIT_WORDS.months}</option>
            <option value="calendar_days">{UNIT_WORDS.calendar_days}</option>
            <option value="working_days">{UNIT_WORDS.working_days}</option>
          </SelectField>
        </fieldset>
        <SubmitButton pending={save.isPending}>Save the time limits</SubmitButton>
      </form>
    </>
  );
}
