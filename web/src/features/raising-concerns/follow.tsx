import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, MAX_FILE_BYTES, type ReportAttachment, type ReporterReport } from '../../api.ts';
import { Alert, Loading, LiveRegion, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextArea, TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { PublicLayout } from '../../ui/layout.tsx';
import { Page } from '../../ui/page.tsx';
import { downloadProof } from './proof.ts';
import { CATEGORY_WORDS, MODE_WORDS, OUTCOME_WORDS, receiptCodeProblem, STATUS_WORDS } from './words.ts';

// The reporter comes back with their receipt code: reads the handlers' messages, answers, adds files and
// downloads the proof. The session the code begins is a bearer token held in this page's memory only (never
// in storage or a cookie): closing or reloading the page ends it here, and "End" ends it on the server too.

/** `/raise-a-concern/:organisation/follow` */
export function FollowReportPage() {
  const { organisation = '' } = useParams();
  const [token, setToken] = useState<string | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  const begin = (session: string) => {
    setEnded(null);
    setToken(session);
  };
  const end = (why: string) => {
    setToken(null);
    setEnded(why);
  };

  return (
    <PublicLayout>
      {token ? (
        <YourReport organisation={organisation} token={token} onEnd={end} />
      ) : (
        <Page title="Follow your report" narrow>
          <p className="lede">Enter the receipt code you were given when you made your report, to read the handlers’ messages, answer them and add files.</p>
          {ended && <Status tone="info" title={ended} />}
          <ReceiptCodeForm organisation={organisation} onOpened={begin} />
          <p>
            No code yet? <Link to={`/raise-a-concern/${organisation}`}>Raise a concern</Link>.
          </p>
        </Page>
      )}
    </PublicLayout>
  );
}

function ReceiptCodeForm({ organisation, onOpened }: { organisation: string; onOpened: (token: string) => void }) {
  const [code, setCode] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const follow = useMutation({ mutationFn: (receiptCode: string) => api.followReport(organisation, receiptCode), onSuccess: (session) => onOpened(session.token) });
  const error = local ?? fieldErrors(follow.error).receiptCode;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = receiptCodeProblem(code);
    setLocal(problem);
    if (problem) follow.reset();
    else follow.mutate(code);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Open your report">
      <ErrorSummary key={follow.submittedAt} error={local ? null : follow.error} local={local ? [{ key: 'receiptCode', reason: local }] : []} fields={{ receiptCode: { id: 'receipt-code', label: 'Receipt code' } }} />
      <TextField
        id="receipt-code"
        label="Receipt code"
        hint="20 letters and digits in five groups of four, such as K7QM-3XWD-9HPA-T2RZ-M4C8. Capitals, spaces and hyphens do not matter."
        className="input-medium"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={error}
      />
      <SubmitButton pending={follow.isPending} pendingText="Opening">
        Open my report
      </SubmitButton>
    </form>
  );
}

function YourReport({ organisation, token, onEnd }: { organisation: string; token: string; onEnd: (why: string) => void }) {
  const queryClient = useQueryClient();
  const queryKey = ['reporter-report', organisation, token];
  const report = useQuery({ queryKey, queryFn: () => api.reporterReport(organisation, token), gcTime: 0 });
  const sessionEnded = (error: unknown) => error instanceof ApiError && error.status === 401 && onEnd('Your session on your report ended. Enter your receipt code again.');
  if (report.error && sessionEnded(report.error)) return null;
  const show = (next: ReporterReport) => queryClient.setQueryData(queryKey, next);
  const endSession = async () => {
    try {
      await api.endReportSession(organisation, token);
    } finally {
      onEnd('You have closed your report. Enter your receipt code to open it again.');
    }
  };

  return (
    <Page title={report.data ? `Your report ${report.data.reference}` : 'Your report'} narrow actions={
      <button type="button" className="button secondary" onClick={() => void endSession()}>
        Close my report
      </button>
    }>
      {report.error ? (
        <QueryError error={report.error} what="report" />
      ) : !report.data ? (
        <Loading what="Loading your report" />
      ) : (
        <ReportBody organisation={organisation} token={token} report={report.data} onChange={show} onSessionEnded={sessionEnded} />
      )}
    </Page>
  );
}

function ReportBody({ organisation, token, report, onChange, onSessionEnded }: { organisation: string; token: string; report: ReporterReport; onChange: (report: ReporterReport) => void; onSessionEnded: (error: unknown) => unknown }) {
  const [proofError, setProofError] = useState<string | null>(null);
  const proof = useMutation({ mutationFn: () => downloadProof(organisation, token), onMutate: () => setProofError(null), onError: (error) => onSessionEnded(error) || setProofError(error.message) });
  return (
    <>
      <section className="panel" aria-labelledby="where-it-stands">
        <h2 id="where-it-stands">Where it stands</h2>
        <dl className="summary-list">
          <>
            <dt>Status</dt>
            <dd>
              {STATUS_WORDS[report.status]}
              {report.outcome && `: ${OUTCOME_WORDS[report.outcome]}`}
            </dd>
          </>
          <>
            <dt>Received</dt>
            <dd>{formatDateTime(report.receivedAt)}</dd>
          </>
          <>
            <dt>Acknowledged</dt>
            <dd>{report.acknowledgedAt ? formatDateTime(report.acknowledgedAt) : report.acknowledgeBy ? `Not yet; due by ${formatDateTime(report.acknowledgeBy)}` : 'Not yet'}</dd>
          </>
          {report.feedbackBy && !report.closedAt && (
            <>
              <dt>Feedback due by</dt>
              <dd>{formatDateTime(report.feedbackBy)}</dd>
            </>
          )}
          {report.closedAt && (
            <>
              <dt>Closed</dt>
              <dd>{formatDateTime(report.closedAt)}</dd>
            </>
          )}
          <>
            <dt>How you reported</dt>
            <dd>{MODE_WORDS[report.mode].label}</dd>
          </>
        </dl>
        {report.identityRevealed.length > 0 && (
          <Status tone="warning" title="Your name was revealed to a handler">
            <ul>
              {report.identityRevealed.map((reveal) => (
                <li key={`${String(reveal.at)}`}>
                  {formatDateTime(reveal.at)}: {reveal.reason}
                </li>
              ))}
            </ul>
          </Status>
        )}
      </section>
      <section aria-labelledby="messages-title">
        <h2 id="messages-title">Messages</h2>
        {report.messages.length === 0 ? (
          <p>No messages yet. The handlers write here when they acknowledge your report and when they have questions or news.</p>
        ) : (
          <ol className="plain-list">
            {report.messages.map((message) => (
              <li key={message.id} className="panel">
                <p className="hint">
                  {message.from === 'handler' ? 'From the handlers' : 'From you'}, {formatDateTime(message.at)}
                </p>
                <p className="message-body">{message.body}</p>
              </li>
            ))}
          </ol>
        )}
        {report.mayWrite ? <Answer organisation={organisation} token={token} onChange={onChange} onSessionEnded={onSessionEnded} /> : <p>Your report is closed: raise anything new as a new report.</p>}
      </section>
      <section aria-labelledby="what-you-reported">
        <h2 id="what-you-reported">What you reported</h2>
        <dl className="summary-list">
          <>
            <dt>About</dt>
            <dd>{CATEGORY_WORDS[report.category]}</dd>
          </>
          <>
            <dt>What you saw or heard</dt>
            <dd className="message-body">{report.account}</dd>
          </>
          {report.when && (
            <>
              <dt>When</dt>
              <dd>{report.when}</dd>
            </>
          )}
          {report.where && (
            <>
              <dt>Where</dt>
              <dd>{report.where}</dd>
            </>
          )}
          {report.namedPeople.length > 0 && (
            <>
              <dt>Who it is about</dt>
              <dd>{report.namedPeople.join(', ')}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="files-title">
        <h2 id="files-title">Files</h2>
        <Attachments organisation={organisation} token={token} attachments={report.attachments} onSessionEnded={onSessionEnded} />
        {report.mayWrite && <AddFile organisation={organisation} token={token} report={report} onChange={onChange} onSessionEnded={onSessionEnded} />}
      </section>
      <section aria-labelledby="proof-title">
        <h2 id="proof-title">Proof of your report</h2>
        <p>A file with the reference, when your report was received, and a fingerprint (SHA-256) of everything you sent, in order.</p>
        <LiveRegion>{proof.isSuccess && <Status title="The proof of your report is downloaded" focus={false} />}</LiveRegion>
        {proofError && <Alert title="The proof could not be downloaded">{proofError}</Alert>}
        <button type="button" className="button secondary" disabled={proof.isPending} onClick={() => proof.mutate()}>
          {proof.isPending ? 'Preparing the proof…' : 'Download the proof'}
        </button>
      </section>
    </>
  );
}

function Answer({ organisation, token, onChange, onSessionEnded }: { organisation: string; token: string; onChange: (report: ReporterReport) => void; onSessionEnded: (error: unknown) => unknown }) {
  const [body, setBody] = useState('');
  const write = useMutation({
    mutationFn: (text: string) => api.reporterWrites(organisation, token, text),
    onSuccess: (next) => {
      setBody('');
      onChange(next);
    },
    onError: onSessionEnded,
  });
  const errors = fieldErrors(write.error);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        write.mutate(body);
      }}
      noValidate
      aria-label="Write to the handlers"
    >
      <LiveRegion>{write.isSuccess && <Status title="Your message is sent" focus={false} />}</LiveRegion>
      <ErrorSummary key={write.submittedAt} error={write.error} fields={{ body: { id: 'answer', label: 'Your message' } }} />
      <TextArea id="answer" label="Your message" hint="Answer their questions, or tell them something new." rows={5} value={body} onChange={(event) => setBody(event.target.value)} error={errors.body} />
      <SubmitButton pending={write.isPending} pendingText="Sending">
        Send
      </SubmitButton>
    </form>
  );
}

/**
 * The report's files, yours and the handlers', each to download. A plain link cannot carry the session (a
 * bearer token held in memory), so the page fetches the file and hands the browser its bytes.
 */
function Attachments({ organisation, token, attachments, onSessionEnded }: { organisation: string; token: string; attachments: ReportAttachment[]; onSessionEnded: (error: unknown) => unknown }) {
  const download = useMutation({
    mutationFn: async (a: ReportAttachment) => {
      const url = URL.createObjectURL(await api.reporterAttachment(organisation, token, a.id));
      const link = document.createElement('a');
      link.href = url;
      link.download = a.name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    onError: (error: Error) => onSessionEnded(error),
  });
  if (attachments.length === 0) return <p>No files yet.</p>;
  return (
    <>
      {download.error && <Alert title="The file could not be downloaded">{download.error.message}</Alert>}
      <ul>
        {attachments.map((a) => (
          <li key={a.id}>
            {a.name} ({Math.max(1, Math.round(a.size / 1024))} KB, {a.from === 'reporter' ? 'from you' : 'from the handlers'}, {formatDateTime(a.at)}){' '}
            <button type="button" className="button secondary" disabled={download.isPending} onClick={() => download.mutate(a)}>
              Download {a.name}
            </button>
            {a.removed.length > 0 && <span className="hint">Removed before it was kept: {a.removed.join(', ')}.</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

function AddFile({ organisation, token, report, onChange, onSessionEnded }: { organisation: string; token: string; report: ReporterReport; onChange: (report: ReporterReport) => void; onSessionEnded: (error: unknown) => unknown }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (chosen: File) => api.reporterAddsFile(organisation, token, chosen),
    onSuccess: (kept) => {
      setFile(null);
      onChange({ ...report, attachments: [...report.attachments, kept] });
    },
    onError: onSessionEnded,
  });
  const error = local ?? (add.error instanceof ApiError ? (Object.values(fieldErrors(add.error))[0] ?? add.error.message) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !file ? 'is required: choose a file.' : file.size > MAX_FILE_BYTES ? `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.` : null;
    setLocal(problem);
    if (file && !problem) add.mutate(file);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Send a file to the handlers">
      <LiveRegion>
        {add.isSuccess && (
          <Status title={`${add.data.name} is added`} focus={false}>
            {add.data.removed.length > 0 ? <p>Removed before it was kept: {add.data.removed.join(', ')}.</p> : <p>Nothing in it could identify you, so nothing was removed.</p>}
          </Status>
        )}
      </LiveRegion>
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-file`}>Add a file</label>
        <span className="hint" id={`${id}-file-hint`}>
          A picture (JPEG, PNG or WebP) or plain text, up to {MAX_FILE_BYTES / 1024 / 1024} MB. What could identify you in it (a photograph’s camera, place and owner, a picture’s hidden text) is
          removed before it is kept. PDF and Office documents are not taken: send a screenshot or paste the words.
        </span>
        {error && (
          <span className="field-error" id={`${id}-file-error`} role="alert">
            <span className="visually-hidden">Error: </span>The file {error}
          </span>
        )}
        <input
          id={`${id}-file`}
          type="file"
          accept="image/jpeg,image/png,image/webp,text/plain"
          aria-describedby={`${id}-file-hint${error ? ` ${id}-file-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <SubmitButton pending={add.isPending} pendingText="Adding" className="secondary">
        Add the file
      </SubmitButton>
    </form>
  );
}
