import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type EnteredConcern, type EnteredConcernReceipt, type ReportCategory, type ReporterRelationship, type ReportMode } from '../../api.ts';
import { Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';
import { useRaisedConcernsChanged } from './queries.ts';
import { concernBody, ConcernFields, concernFieldLabels, EMPTY_CONCERN, type ConcernValues, type ConcernWords } from './concern-fields.tsx';
import { CATEGORY_WORDS, CHANNEL_WORDS, RELATIONSHIP_WORDS } from './words.ts';

// A concern told to a handler by phone, by letter, by email or in person, entered by that handler (item 5 of
// the issue). It is theirs unless it names them; the reporter follows it like any other, with the receipt
// code the handler passes on, which is shown here this once.

type EnteredChannel = EnteredConcern['channel'];
const CHANNELS: EnteredChannel[] = ['phone', 'letter', 'email', 'in_person'];
const MODES: ReportMode[] = ['named', 'confidential', 'anonymous'];
const CATEGORIES = Object.keys(CATEGORY_WORDS) as ReportCategory[];
const RELATIONSHIPS = Object.keys(RELATIONSHIP_WORDS) as ReporterRelationship[];

/** The fields in the words of the handler entering what the reporter told them. */
const HANDLER_WORDS: ConcernWords = {
  mode: {
    legend: 'How the reporter wants it handled',
    label: 'How the reporter wants it handled',
    hints: {
      named: 'The reporter gave their name and is content for the handlers to know it.',
      confidential: 'The reporter gave their name in confidence: it is sealed apart from the report, and a handler reads it only with a custodian’s approval.',
      anonymous: 'The reporter gave no name, or asked that none be kept. Enter nothing that says who they are.',
    },
  },
  account: { label: 'What they reported', hint: 'What happened, as they told it. At least 20 characters.' },
  namedPeopleHint: 'One name a line. Anyone named, and anyone who declared a connection with them, is kept away from the report.',
  reporter: {
    legend: 'The reporter',
    hints: { confidential: 'Sealed apart from the report as soon as it is entered.', named: 'The handlers read this with the report.' },
    name: 'The reporter’s name',
    contact: 'How to reach them',
    relationship: 'Who they are',
    notSaid: 'Not said',
  },
  ownName: false,
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

function EnterForm({ onEntered }: { onEntered: (receipt: EnteredConcernReceipt) => void }) {
  const { organisation } = useOrganisation();
  const changed = useRaisedConcernsChanged();
  const [channel, setChannel] = useState<EnteredChannel | ''>('');
  const [values, setValues] = useState<ConcernValues>(EMPTY_CONCERN);
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const enter = useMutation({
    mutationFn: (body: EnteredConcern) => api.enterConcern(organisation.id, body),
    onSuccess: async (receipt) => {
      onEntered(receipt);
      await changed();
    },
  });
  const errors = { ...fieldErrors(enter.error), ...Object.fromEntries(local.map((p) => [p.key, p.reason])) };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // What the browser can tell before sending; the server's rules (the account's length, a name twice) say the rest, against each field.
    const problems = [
      ...(channel ? [] : [{ key: 'channel', reason: 'is required: say how the concern reached you.' }]),
      ...(values.mode ? [] : [{ key: 'mode', reason: 'is required: say how the reporter wants it handled.' }]),
      ...(values.category ? [] : [{ key: 'category', reason: 'is required: choose what it is about.' }]),
    ];
    setLocal(problems);
    if (problems.length || !channel || !values.mode || !values.category) return;
    enter.mutate({ channel, mode: values.mode, category: values.category, ...concernBody(values) });
  };

  return (
    <>
      <p className="lede">
        Someone told you of a concern without using {organisation.name}’s page for raising one. Enter what they told you, in their words as far as you can. It is assigned to you unless it names you or
        someone you have declared a connection with, and its time limits start now.
      </p>
      <form onSubmit={submit} noValidate aria-label="The concern received">
        <ErrorSummary key={enter.submittedAt} error={enter.error} local={local} fields={{ channel: { id: 'enter-channel', label: 'How it reached you' }, ...concernFieldLabels('enter-', HANDLER_WORDS) }} />
        <SelectField id="enter-channel" label="How it reached you" value={channel} onChange={(event) => setChannel(event.target.value as EnteredChannel)} error={errors.channel}>
          <option value="">Choose one</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_WORDS[c]}
            </option>
          ))}
        </SelectField>
        <ConcernFields prefix="enter-" words={HANDLER_WORDS} modes={MODES} categories={CATEGORIES} relationships={RELATIONSHIPS} values={values} set={(changes) => setValues({ ...values, ...changes })} errors={errors} />
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
