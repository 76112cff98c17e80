import { useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, type NewRaisedConcern, type RaisedConcernReceipt, type ReportingChannel, type ReportMode } from '../../api.ts';
import { Alert, Loading, LiveRegion, QueryError, Status } from '../../ui/feedback.tsx';
import { Checkbox, ErrorSummary, fieldErrors, SubmitButton } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { PublicLayout } from '../../ui/layout.tsx';
import { Page } from '../../ui/page.tsx';
import { concernBody, ConcernFields, concernFieldLabels, EMPTY_CONCERN, type ConcernValues, type ConcernWords } from './concern-fields.tsx';
import { downloadProof } from './proof.ts';
import { MODE_WORDS } from './words.ts';

// An organisation's page for raising a concern in confidence (003 Key Principle 6, 000 provision 12), for
// anyone, without signing in: by name, confidentially or anonymously. The page says first what happens next
// and what protects the reporter, in the API's words; after the report, the receipt code is shown this once.
// Nothing is stored in the browser: no cookie is sent or set, and the code lives only in this page's memory.

/** `/raise-a-concern/:organisation` */
export function RaiseConcernPage() {
  const { organisation = '' } = useParams();
  const channel = useQuery({ queryKey: ['reporting-channel', organisation], queryFn: () => api.reportingChannel(organisation), staleTime: 5 * 60_000 });
  const [received, setReceived] = useState<(RaisedConcernReceipt & { mode: ReportMode }) | null>(null);

  return (
    <PublicLayout>
      {received ? (
        <Received organisation={organisation} receipt={received} name={channel.data?.organisation ?? ''} />
      ) : channel.error ? (
        <Page title="Raise a concern" narrow>
          <QueryError error={channel.error} what="organisation" />
        </Page>
      ) : !channel.data ? (
        <div className="container narrow">
          <Loading what="Loading the page" />
        </div>
      ) : (
        <Page title={`Raise a concern with ${channel.data.organisation}`} narrow>
          <p className="lede">
            Report suspected misconduct, malpractice, illegal or unethical behaviour to {channel.data.organisation}, by name, confidentially or anonymously. You do not need an
            account.
          </p>
          <p>
            Already made a report? <Link to={`/raise-a-concern/${organisation}/follow`}>Follow your report with its receipt code</Link>.
          </p>
          <Explanations channel={channel.data} />
          {channel.data.open ? (
            <ReportForm organisation={organisation} channel={channel.data} onReceived={(receipt, mode) => setReceived({ ...receipt, mode })} />
          ) : (
            <Status tone="warning" title="Reports cannot be taken here yet">
              <p>{channel.data.organisation} has nobody to handle reports yet, so this page takes none. Raise your concern another way, or come back later.</p>
            </Status>
          )}
        </Page>
      )}
    </PublicLayout>
  );
}

/** What happens next, what protects the reporter and what anonymity means, as the API says them. */
function Explanations({ channel }: { channel: ReportingChannel }) {
  return (
    <>
      <section className="panel" aria-labelledby="what-happens-next">
        <h2 id="what-happens-next">What happens next</h2>
        <ol>
          {channel.whatHappensNext.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section className="panel" aria-labelledby="what-protects-you">
        <h2 id="what-protects-you">What protects you</h2>
        <dl className="summary-list">
          {channel.protection.map((p) => (
            <Fragment key={p.source}>
              <dt>{p.source}</dt>
              <dd>{p.words}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="anonymity">
        <h2 id="anonymity">Your name, your privacy</h2>
        <ul>
          {channel.anonymity.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The fields in the words of the person reporting. */
const REPORTER_WORDS: ConcernWords = {
  mode: { legend: 'How do you want to report?', label: 'How you report', hints: { named: MODE_WORDS.named.hint, confidential: MODE_WORDS.confidential.hint, anonymous: MODE_WORDS.anonymous.hint } },
  account: { label: 'What you saw or heard', hint: 'In your own words: what happened, and anything that shows it. Leave out what could point to you if you do not want to be known.' },
  whenHint: 'A date, or words such as “every Friday last term”.',
  namedPeopleHint: 'One name a line. Anyone you name, and anyone connected to them, is kept away from your report.',
  reporter: {
    legend: 'About you',
    hints: { confidential: 'Sealed apart from your report: a handler learns it only with a custodian’s approval, and you are told each time.', named: 'The people who handle your report read this with it.' },
    name: 'Your name',
    contact: 'How to reach you',
    relationship: 'Who you are',
    notSaid: 'Rather not say',
  },
  ownName: true,
};

function ReportForm({ organisation, channel, onReceived }: { organisation: string; channel: ReportingChannel; onReceived: (receipt: RaisedConcernReceipt, mode: ReportMode) => void }) {
  const [values, setValues] = useState<ConcernValues>(EMPTY_CONCERN);
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const send = useMutation({ mutationFn: (body: NewRaisedConcern) => api.raiseConcern(organisation, body), onSuccess: (receipt, body) => onReceived(receipt, body.mode) });
  const errors = { ...fieldErrors(send.error), ...Object.fromEntries(local.map((p) => [p.key, p.reason])) };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = [
      ...(values.mode ? [] : [{ key: 'mode', reason: 'is required: choose how you report.' }]),
      ...(values.category ? [] : [{ key: 'category', reason: 'is required: choose what it is about.' }]),
      ...(values.account.trim() ? [] : [{ key: 'account', reason: 'is required: say what you saw or heard.' }]),
      ...(values.mode && values.mode !== 'anonymous' && !values.name.trim() ? [{ key: 'identity.name', reason: 'is required when you report by name or confidentially.' }] : []),
    ];
    setLocal(problems);
    if (problems.length || !values.mode || !values.category) return;
    send.mutate({ mode: values.mode, category: values.category, ...concernBody(values) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="your-report">
      <h2 id="your-report">Your report</h2>
      <ErrorSummary key={send.submittedAt} error={send.error} local={local} fields={concernFieldLabels('', REPORTER_WORDS)} />
      <ConcernFields
        prefix=""
        words={REPORTER_WORDS}
        modes={channel.modes}
        categories={channel.categories}
        relationships={channel.relationships}
        values={values}
        set={(changes) => setValues({ ...values, ...changes })}
        errors={errors}
      />
      <p>
        <strong>Files:</strong> {channel.files} Before a file is kept, what could identify you in it (a photograph’s camera, place and owner, a picture’s hidden text) is removed.
      </p>
      <SubmitButton pending={send.isPending} pendingText="Sending">
        Send the report
      </SubmitButton>
    </form>
  );
}

/** The receipt code, shown this once, and what to do with it. */
function Received({ organisation, receipt, name }: { organisation: string; receipt: RaisedConcernReceipt & { mode: ReportMode }; name: string }) {
  const [proofError, setProofError] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const proof = useMutation({
    mutationFn: async () => {
      const session = token ?? (await api.followReport(organisation, receipt.receiptCode)).token;
      setToken(session);
      await downloadProof(organisation, session);
    },
    onMutate: () => setProofError(null),
    onError: (error) => setProofError(error instanceof Error ? error.message : 'The proof could not be made.'),
  });
  return (
    <Page title="Your report has been received" narrow>
      <Status tone="success" title={`${name || 'The organisation'} has your report`}>
        <p>
          Reference {receipt.reference}, received {formatDateTime(receipt.receivedAt)}.
        </p>
      </Status>
      <section className="panel" aria-labelledby="receipt-code-title">
        <h2 id="receipt-code-title">Your receipt code</h2>
        <p className="receipt-code" id="receipt-code">
          {receipt.receiptCode}
        </p>
        <p>
          <strong>Write it down now</strong>, or keep it where only you can find it. It is shown this once and never again: nobody can find it for you, and without it you cannot come back to
          your report. Come back with it to read the handlers’ questions, answer them and add files.
        </p>
      </section>
      <h2>What happens next</h2>
      <ol>
        {receipt.whatHappensNext.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {receipt.mode !== 'anonymous' && <LinkToAccount organisation={organisation} receiptCode={receipt.receiptCode} />}
      <LiveRegion>{proof.isSuccess && <Status title="The proof of your report is downloaded" focus={false} />}</LiveRegion>
      {proofError && <Alert title="The proof could not be downloaded">{proofError}</Alert>}
      <div className="actions">
        <button type="button" className="button" disabled={proof.isPending} onClick={() => proof.mutate()}>
          {proof.isPending ? 'Preparing the proof…' : 'Download a proof of your report'}
        </button>
        <Link className="button secondary" to={`/raise-a-concern/${organisation}/follow`}>
          Follow your report or add files
        </Link>
      </div>
    </Page>
  );
}

/**
 * A report made by name or confidentially, linked to the reporter's account at their choice, so that their
 * own data export includes it. Only when they are signed in: this page sends no cookie until they ask, so
 * that nothing of an account travels with a report unless its reporter links it (an anonymous one, never).
 */
function LinkToAccount({ organisation, receiptCode }: { organisation: string; receiptCode: string }) {
  const [wanted, setWanted] = useState(false);
  const link = useMutation({
    mutationFn: async () => {
      // Signed in? Asking for the account also gives the page what it needs to send the link.
      await api.me();
      return api.linkReportToAccount(organisation, receiptCode);
    },
  });
  const notSignedIn = link.error instanceof ApiError && link.error.problem.status === 401;
  return (
    <section className="panel" aria-labelledby="link-title">
      <h2 id="link-title">Your own copy of what you reported</h2>
      <p>
        If you have an account with Probity and are signed in on this device, you may link this report to it, so that the copy of your data you can download from your account includes it. Only a
        keyed fingerprint of your account is kept beside the report: the handlers do not see it.
      </p>
      <LiveRegion>{link.isSuccess && <Status title="Linked: your data export includes this report" />}</LiveRegion>
      {notSignedIn ? (
        <Alert title="You are not signed in">
          <p>Sign in in another tab of this browser, keeping this page open, then link the report again.</p>
        </Alert>
      ) : (
        link.error && <ErrorSummary error={link.error} fields={{}} />
      )}
      {!link.isSuccess && (
        <form
          noValidate
          aria-label="Link the report to your account"
          onSubmit={(event) => {
            event.preventDefault();
            if (wanted) link.mutate();
          }}
        >
          <Checkbox id="link-to-account" label="Link this report to my account" checked={wanted} onChange={(event) => setWanted(event.target.checked)} />
          <SubmitButton pending={link.isPending} className="secondary">
            Link it
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
