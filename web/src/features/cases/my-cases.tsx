import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api, MAX_FILE_BYTES, type InformationRequest, type MyCase } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextArea } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { Letters } from './case.tsx';
import { outcomeWords } from './labels.tsx';
import { myCasesQuery, useCasesChanged } from './queries.ts';

// The person a case is about: the requests for information put to them, which they answer here with
// documents and, where asked, their consent to disclosure by a third party (000 provision 8); the letters
// they were sent; and the outcome once issued. Never the case's notes, its chronology or its team's work.

/** `/orgs/:orgId/cases/mine` */
export function MyCasesPage() {
  const { organisation } = useOrganisation();
  const mine = useQuery(myCasesQuery(organisation.id));
  const [done, setDone] = useState<string | null>(null);
  return (
    <Page title={`Your cases – ${organisation.name}`} heading="Your cases">
      <p className="lede">Cases {organisation.name} has about you: what it asks of you, the letters it sent you and the outcome.</p>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {mine.error ? (
        <QueryError error={mine.error} what="list of your cases" />
      ) : !mine.data ? (
        <Loading what="Loading your cases" />
      ) : mine.data.length === 0 ? (
        <p>{organisation.name} has no case about you.</p>
      ) : (
        mine.data.map((c) => <MyCaseSection key={c.id} found={c} onDone={setDone} />)
      )}
    </Page>
  );
}

function MyCaseSection({ found: c, onDone }: { found: MyCase; onDone: (message: string) => void }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {c.title} <span className="hint">({c.reference})</span>
      </h2>
      <dl className="summary-list">
        <dt>Opened</dt>
        <dd>{formatDateTime(c.openedAt)}</dd>
        <dt>Outcome</dt>
        <dd>
          {c.outcome ? (
            <>
              <strong>{outcomeWords(c.outcome.outcome)}</strong>, issued {formatDateTime(c.outcome.issuedAt)}; the reasons are in the letter.
              {c.appealCloses && !c.closedAt && ` You may appeal until ${formatDateTime(c.appealCloses)}.`}
            </>
          ) : (
            'Not decided yet.'
          )}
        </dd>
        {c.closedAt && (
          <>
            <dt>Closed</dt>
            <dd>{formatDateTime(c.closedAt)}</dd>
          </>
        )}
      </dl>
      <h3>Requests for information</h3>
      {c.requests.length === 0 ? (
        <p>Nothing has been asked of you.</p>
      ) : (
        <ol className="plain-list">
          {c.requests.map((r) => (
            <li key={r.id}>
              <Request request={r} onDone={onDone} />
            </li>
          ))}
        </ol>
      )}
      <h3>Letters to you</h3>
      <Letters caseId={c.id} letters={c.letters} />
    </section>
  );
}

function Request({ request: r, onDone }: { request: InformationRequest; onDone: (message: string) => void }) {
  return (
    <>
      <p className="reflection">{r.question}</p>
      <span className="hint">Asked {formatDateTime(r.askedAt)}; please answer by {formatDate(r.dueOn)}.</span>
      {r.answeredAt ? (
        <>
          <p>
            <strong>You answered {formatDateTime(r.answeredAt)}:</strong>
          </p>
          <p className="reflection">{r.answer}</p>
          {r.documents.length > 0 && <p>With {r.documents.map((d) => d.name).join(', ')}.</p>}
          {r.consent && <p>{r.consent.given ? `You consented: “${r.consent.statement}”` : `You did not consent to: “${r.consent.statement}”`}</p>}
        </>
      ) : r.allowed.includes('case.respond') ? (
        <Answer request={r} onDone={onDone} />
      ) : (
        <p>Not answered.</p>
      )}
    </>
  );
}

function Answer({ request: r, onDone }: { request: InformationRequest; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const changed = useCasesChanged();
  const id = `answer-${r.id}`;
  const [answer, setAnswer] = useState('');
  const [consent, setConsent] = useState<'yes' | 'no' | ''>('');
  const [files, setFiles] = useState<File[]>([]);
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const send = useMutation({
    mutationFn: async () => {
      const fileIds: string[] = [];
      for (const file of files) fileIds.push((await api.uploadFile(organisation.id, file)).id);
      return api.answerRequest(organisation.id, r.id, { answer, fileIds, ...(r.consentFrom && consent && { consent: consent === 'yes' }) });
    },
    onSuccess: async () => {
      onDone(`Your answer is sent${files.length ? ` with ${files.length === 1 ? 'one document' : `${files.length} documents`}` : ''}`);
      await changed();
    },
  });
  const errors = { ...fieldErrors(send.error), ...Object.fromEntries(local.map((p) => [p.key, p.reason])) };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = files.flatMap((f) => (f.size > MAX_FILE_BYTES ? [{ key: 'fileIds', reason: `: ${f.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` }] : f.size === 0 ? [{ key: 'fileIds', reason: `: ${f.name} is empty` }] : []));
    setLocal(problems);
    if (problems.length) return;
    send.mutate();
  };
  // A file refused on upload is named by the upload's own fields (its content, its name).
  const fileError = errors.fileIds ?? errors[''] ?? errors.name;
  return (
    <form noValidate onSubmit={submit} aria-label="Your answer">
      <ErrorSummary
        key={send.submittedAt}
        error={send.error}
        local={local}
        fields={{ answer: { id: `${id}-text`, label: 'Your answer' }, consent: { id: `${id}-consent-yes`, label: 'Your consent' }, fileIds: { id: `${id}-files`, label: 'Documents' } }}
      />
      <TextArea id={`${id}-text`} label="Your answer" className="prose" rows={5} value={answer} onChange={(event) => setAnswer(event.target.value)} error={errors.answer} />
      {r.consentFrom && (
        <fieldset className={`field${errors.consent ? ' has-error' : ''}`} aria-describedby={errors.consent ? `${id}-consent-error` : undefined}>
          <legend>Do you consent to {r.consentFrom} disclosing the information it holds about you that this request concerns?</legend>
          {errors.consent && (
            <span className="field-error" id={`${id}-consent-error`}>
              <span className="visually-hidden">Error: </span>Your consent {errors.consent}
            </span>
          )}
          <div className="radio">
            <input id={`${id}-consent-yes`} type="radio" name={`${id}-consent`} checked={consent === 'yes'} onChange={() => setConsent('yes')} />
            <label htmlFor={`${id}-consent-yes`}>Yes, I consent</label>
          </div>
          <div className="radio">
            <input id={`${id}-consent-no`} type="radio" name={`${id}-consent`} checked={consent === 'no'} onChange={() => setConsent('no')} />
            <label htmlFor={`${id}-consent-no`}>No, I do not consent</label>
          </div>
        </fieldset>
      )}
      <div className={`field${fileError ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-files`}>Documents (optional)</label>
        <span className="hint" id={`${id}-files-hint`}>
          PDF, images, Word, Excel, PowerPoint or plain text, up to {MAX_FILE_BYTES / 1024 / 1024} MB each. Its name must match what it is.
        </span>
        {fileError && (
          <span className="field-error" id={`${id}-files-error`}>
            <span className="visually-hidden">Error: </span>Documents {fileError}
          </span>
        )}
        <input
          id={`${id}-files`}
          type="file"
          multiple
          aria-describedby={`${id}-files-hint${fileError ? ` ${id}-files-error` : ''}`}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
      </div>
      <SubmitButton pending={send.isPending} pendingText="Sending">
        Send your answer
      </SubmitButton>
    </form>
  );
}
