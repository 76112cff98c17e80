import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type EnteredConcern, type EnteredConcernReceipt, type ReportCategory, type ReporterRelationship, type ReportMode } from '../../api.ts';
import { Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';
import { useRaisedConcernsChanged } from './queries.ts';
import { CATEGORY_WORDS, CHANNEL_WORDS, MODE_WORDS, RELATIONSHIP_WORDS } from './words.ts';

// A concern told to a handler by phone, by letter, by email or in person, entered by that handler (item 5 of
// the issue). It is theirs unless it names them; the reporter follows it like any other, with the receipt
// code the handler passes on, which is shown here this once.

type EnteredChannel = EnteredConcern['channel'];
const CHANNELS: EnteredChannel[] = ['phone', 'letter', 'email', 'in_person'];
const MODES: ReportMode[] = ['named', 'confidential', 'anonymous'];
const CATEGORIES = Object.keys(CATEGORY_WORDS) as ReportCategory[];
const RELATIONSHIPS = Object.keys(RELATIONSHIP_WORDS) as ReporterRelationship[];

/** How each mode reads to the handler entering it, rather than to the reporter. */
const MODE_HINTS: Record<ReportMode, string> = {
  named: 'The reporter gave their name and is content for the handlers to know it.',
  confidential: 'The reporter gave their name in confidence: it is sealed apart from the report, and a handler reads it only with a custodian’s approval.',
  anonymous: 'The reporter gave no name, or asked that none be kept. Enter nothing that says who they are.',
};

/** `/orgs/:orgId/raised-concerns/new` */
export function EnterConcernPage() {
  const { organisation } = useOrganisation();
  const [receipt, setReceipt] = useState<EnteredConcernReceipt | null>(null);
  return (
    <Allowed actions={['report.enter']} title="Enter a concern">
      <Page
        title={`Enter a concern – ${organisation.name}`}
        heading={receipt ? 'The concern is entered' : 'Enter a concern received by phone, letter, email or in person'}
        narrow
        breadcrumbs={
          <>
            <Link to={`/orgs/${organisation.id}/raised-concerns`}>Raised concerns</Link> › Enter a concern
          </>
        }
      >
        {receipt ? <Entered receipt={receipt} onAnother={() => setReceipt(null)} /> : <EnterForm onEntered={setReceipt} />}
      </Page>
    </Allowed>
  );
}

interface Values {
  channel: EnteredChannel | '';
  mode: ReportMode | '';
  category: ReportCategory | '';
  account: string;
  when: string;
  where: string;
  namedPeople: string;
  name: string;
  contact: string;
  relationship: ReporterRelationship | '';
}

const EMPTY: Values = { channel: '', mode: '', category: '', account: '', when: '', where: '', namedPeople: '', name: '', contact: '', relationship: '' };

function EnterForm({ onEntered }: { onEntered: (receipt: EnteredConcernReceipt) => void }) {
  const { organisation } = useOrganisation();
  const changed = useRaisedConcernsChanged();
  const [values, setValues] = useState<Values>(EMPTY);
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const enter = useMutation({
    mutationFn: (body: EnteredConcern) => api.enterConcern(organisation.id, body),
    onSuccess: async (receipt) => {
      onEntered(receipt);
      await changed();
    },
  });
  const errors = { ...fieldErrors(enter.error), ...Object.fromEntries(local.map((p) => [p.key, p.reason])) };
  const set = (changes: Partial<Values>) => setValues({ ...values, ...changes });
  const optional = (text: string) => text.trim() || undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // What the browser can tell before sending; the server's rules (the account's length, a name twice) say the rest, against each field.
    const problems = [
      ...(values.channel ? [] : [{ key: 'channel', reason: 'is required: say how the concern reached you.' }]),
      ...(values.mode ? [] : [{ key: 'mode', reason: 'is required: say how the reporter wants it handled.' }]),
      ...(values.category ? [] : [{ key: 'category', reason: 'is required: choose what it is about.' }]),
    ];
    setLocal(problems);
    if (problems.length || !values.channel || !values.mode || !values.category) return;
    enter.mutate({
      channel: values.channel,
      mode: values.mode,
      category: values.category,
      account: values.account,
      when: optional(values.when),
      where: optional(values.where),
      namedPeople: values.namedPeople
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      identity: values.mode === 'anonymous' ? undefined : { name: values.name, contact: optional(values.contact), relationship: values.relationship || undefined },
    });
  };

  return (
    <>
      <p className="lede">
        Someone told you of a concern without using {organisation.name}’s page for raising one. Enter what they told you, in their words as far as you can. It is assigned to you unless it names you or
        someone you have declared a connection with, and its time limits start now.
      </p>
      <form onSubmit={submit} noValidate aria-label="The concern received">
        <ErrorSummary
          key={enter.submittedAt}
          error={enter.error}
          local={local}
          fields={{
            channel: { id: 'enter-channel', label: 'How it reached you' },
            mode: { id: 'enter-mode-named', label: 'How the reporter wants it handled' },
            category: { id: 'enter-category', label: 'What it is about' },
            account: { id: 'enter-account', label: 'What they reported' },
            when: { id: 'enter-when', label: 'When' },
            where: { id: 'enter-where', label: 'Where' },
            namedPeople: { id: 'enter-named-people', label: 'Who it is about' },
            identity: { id: 'enter-identity-name', label: 'The reporter’s name' },
            'identity.name': { id: 'enter-identity-name', label: 'The reporter’s name' },
            'identity.contact': { id: 'enter-identity-contact', label: 'How to reach them' },
            'identity.relationship': { id: 'enter-identity-relationship', label: 'Who they are' },
          }}
        />
        <SelectField id="enter-channel" label="How it reached you" value={values.channel} onChange={(event) => set({ channel: event.target.value as EnteredChannel })} error={errors.channel}>
          <option value="">Choose one</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {CHANNEL_WORDS[channel]}
            </option>
          ))}
        </SelectField>
        <fieldset className={`field${errors.mode ? ' has-error' : ''}`} aria-describedby={errors.mode ? 'enter-mode-error' : undefined}>
          <legend>How the reporter wants it handled</legend>
          {errors.mode && (
            <span className="field-error" id="enter-mode-error">
              <span className="visually-hidden">Error: </span>How the reporter wants it handled {errors.mode}
            </span>
          )}
          {MODES.map((mode) => (
            <div className="radio" key={mode}>
              <input id={`enter-mode-${mode}`} type="radio" name="enter-mode" checked={values.mode === mode} onChange={() => set({ mode })} aria-describedby={`enter-mode-${mode}-hint`} />
              <label htmlFor={`enter-mode-${mode}`}>
                {MODE_WORDS[mode].label}
                <span className="hint" id={`enter-mode-${mode}-hint`}>
                  {MODE_HINTS[mode]}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <SelectField id="enter-category" label="What it is about" value={values.category} onChange={(event) => set({ category: event.target.value as ReportCategory })} error={errors.category}>
          <option value="">Choose one</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_WORDS[category]}
            </option>
          ))}
        </SelectField>
        <TextArea
          id="enter-account"
          label="What they reported"
          hint="What happened, as they told it. At least 20 characters."
          rows={8}
          value={values.account}
          onChange={(event) => set({ account: event.target.value })}
          error={errors.account}
        />
        <TextField id="enter-when" label="When (optional)" value={values.when} onChange={(event) => set({ when: event.target.value })} error={errors.when} />
        <TextField id="enter-where" label="Where (optional)" value={values.where} onChange={(event) => set({ where: event.target.value })} error={errors.where} />
        <TextArea
          id="enter-named-people"
          label="Who it is about (optional)"
          hint="One name a line. Anyone named, and anyone who declared a connection with them, is kept away from the report."
          rows={3}
          value={values.namedPeople}
          onChange={(event) => set({ namedPeople: event.target.value })}
          error={errors.namedPeople}
        />
        {values.mode && values.mode !== 'anonymous' && (
          <fieldset>
            <legend>The reporter</legend>
            <p className="hint">{values.mode === 'confidential' ? 'Sealed apart from the report as soon as it is entered.' : 'The handlers read this with the report.'}</p>
            <TextField id="enter-identity-name" label="The reporter’s name" value={values.name} onChange={(event) => set({ name: event.target.value })} error={errors['identity.name'] ?? errors.identity} />
            <TextField id="enter-identity-contact" label="How to reach them (optional)" hint="An email address or a phone number." value={values.contact} onChange={(event) => set({ contact: event.target.value })} error={errors['identity.contact']} />
            <SelectField id="enter-identity-relationship" label="Who they are (optional)" value={values.relationship} onChange={(event) => set({ relationship: event.target.value as ReporterRelationship })} error={errors['identity.relationship']}>
              <option value="">Not said</option>
              {RELATIONSHIPS.map((r) => (
                <option key={r} value={r}>
                  {RELATIONSHIP_WORDS[r]}
                </option>
              ))}
            </SelectField>
          </fieldset>
        )}
        <SubmitButton pending={enter.isPending} pendingText="Entering">
          Enter the concern
        </SubmitButton>
      </form>
    </>
  );
}

/** The receipt code, shown this once, for the handler to pass on to the reporter. */
function Entered({ receipt, onAnother }: { receipt: EnteredConcernReceipt; onAnother: () => void }) {
  const { organisation } = useOrganisation();
  return (
    <>
      <Status title={`Entered as ${receipt.reference}`}>
        <p>Received {formatDateTime(receipt.receivedAt)}.</p>
      </Status>
      <section className="panel" aria-labelledby="entered-code-title">
        <h2 id="entered-code-title">The reporter’s receipt code</h2>
        <p className="receipt-code" id="receipt-code">
          {receipt.receiptCode}
        </p>
        <p>
          <strong>Give it to the reporter now</strong>, the way they reached you, and keep no copy. It is shown this once: with it they follow their report at{' '}
          <Link to={`/raise-a-concern/${organisation.slug}/follow`}>the page for following a report</Link>, read your questions and answer them.
        </p>
      </section>
      <h2>What the reporter is told happens next</h2>
      <ol>
        {receipt.whatHappensNext.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="actions">
        <Link className="button" to={`/orgs/${organisation.id}/raised-concerns/${receipt.id}`}>
          Open the report
        </Link>
        <button type="button" className="button secondary" onClick={onAnother}>
          Enter another concern
        </button>
      </div>
    </>
  );
}
