import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { api, MAX_FILE_BYTES, type Participant, type PortfolioEvidence } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { evidenceQuery } from './queries.ts';

// Evidence under each section of a portfolio (001 §6.1.6): a file is uploaded through the file store, which
// judges its kind from its content, then attached to the section while the portfolio is open. A QTLS
// participant's development record (their latest submitted self-assessment and their CPD over the programme)
// comes from the workbook as it is, never copied by hand; a submission locks both with the portfolio.

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,.md';

type Attached = PortfolioEvidence['sections'][number]['evidence'][number];
type DevelopmentRecord = NonNullable<PortfolioEvidence['developmentRecord']>;

function size(bytes: number) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function FileLink({ p, file }: { p: Participant; file: { fileId: string; name: string; size: number } }) {
  const { organisation } = useOrganisation();
  return (
    <>
      <a href={api.evidenceFilePath(organisation.id, p.id, file.fileId)} download={file.name}>
        {file.name}
      </a>{' '}
      <span className="muted">({size(file.size)})</span>
    </>
  );
}

/** The evidence under one section as the participant writes it: each file to remove, and a file to attach. */
export function SectionEvidence({ p, section, title, onDone }: { p: Participant; section: string; title: string; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const found = useQuery(evidenceQuery(organisation.id, p.id));
  if (found.error) return <QueryError error={found.error} what="evidence" />;
  if (!found.data) return <Loading what={`Loading the evidence for ${title}`} />;
  const evidence = found.data.sections.find((s) => s.key === section)?.evidence ?? [];
  const open = found.data.allowed.includes('programme.participate');
  const id = `evidence-${section}`;
  return (
    <div className="panel" aria-labelledby={`${id}-heading`} role="group">
      <h4 id={`${id}-heading`}>Evidence for {title}</h4>
      {evidence.length === 0 ? <p className="muted">No evidence attached yet.</p> : (
        <ul className="evidence-list">
          {evidence.map((e) => (
            <li key={e.id}>
              <FileLink p={p} file={e} /> {open && <RemoveEvidence p={p} item={e} title={title} onDone={onDone} />}
            </li>
          ))}
        </ul>
      )}
      {open && <AttachEvidence p={p} section={section} title={title} onDone={onDone} />}
    </div>
  );
}

function RemoveEvidence({ p, item, title, onDone }: { p: Participant; item: Attached; title: string; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.removePortfolioEvidence(organisation.id, p.id, item.id),
    onSuccess: (next) => {
      queryClient.setQueryData(evidenceQuery(organisation.id, p.id).queryKey, next);
      onDone(`Removed “${item.name}” from ${title}`);
    },
  });
  return (
    <button type="button" className="button small secondary" disabled={remove.isPending} onClick={() => remove.mutate()}>
      Remove<span className="visually-hidden"> {item.name} from {title}</span>
    </button>
  );
}

function AttachEvidence({ p, section, title, onDone }: { p: Participant; section: string; title: string; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const id = `evidence-${section}-file`;
  const attach = useMutation({
    mutationFn: async () => {
      const uploaded = await api.uploadFile(organisation.id, file!);
      return api.attachPortfolioEvidence(organisation.id, p.id, section, uploaded.id);
    },
    onSuccess: (next) => {
      queryClient.setQueryData(evidenceQuery(organisation.id, p.id).queryKey, next);
      onDone(`Attached “${file!.name}” to ${title}`);
      setFile(null);
      if (input.current) input.current.value = '';
    },
  });
  const errors: Record<string, string> = { ...fieldErrors(attach.error), ...Object.fromEntries(local.map((l) => [l.key, l.reason])) };
  const error = [errors.body, errors.name, errors.fileId].filter(Boolean).map((reason) => `The file ${reason}`).join('. ');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: { key: string; reason: string }[] = [];
    if (!file) problems.push({ key: 'body', reason: 'is not chosen' });
    else if (file.size === 0) problems.push({ key: 'body', reason: 'is empty' });
    else if (file.size > MAX_FILE_BYTES) problems.push({ key: 'body', reason: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` });
    setLocal(problems);
    if (problems.length) {
      attach.reset();
      return;
    }
    attach.mutate();
  };
  const ref = { id, label: `A file for ${title}` };
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary error={attach.error} fields={{ body: ref, name: ref, fileId: ref }} local={local} />
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={id}>A file for {title}</label>
        <span className="hint" id={`${id}-hint`}>
          A PDF, an image (PNG, JPEG or WebP), a Word, Excel or PowerPoint document, or plain text; up to {MAX_FILE_BYTES / 1024 / 1024} MB. Its name must match what it is.
        </span>
        {error && (
          <span className="field-error" id={`${id}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </span>
        )}
        <input
          id={id}
          ref={input}
          type="file"
          accept={ACCEPT}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <SubmitButton pending={attach.isPending} pendingText="Attaching" className="small">
        Attach<span className="visually-hidden"> to {title}</span>
      </SubmitButton>
    </form>
  );
}

/** A development record: which self-assessment year and CPD span it is, each standard's rating and reflection, and the CPD. */
function RecordDetails({ record, headingLevel, idPrefix }: { record: DevelopmentRecord; headingLevel: 'h3' | 'h4'; idPrefix: string }) {
  const H = headingLevel;
  const sa = record.selfAssessment;
  const hours = (minutes: number) => `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return (
    <>
      <p>
        {sa ? `Self-assessment ${sa.year} (${sa.code.title} ${sa.code.version}), submitted ${formatDateTime(sa.submittedAt)}` : 'No submitted self-assessment yet'}; CPD from {formatDate(record.cpd.from)} to {formatDate(record.cpd.to)}, {hours(record.cpd.totalMinutes)} in all.
      </p>
      {sa ? (
        <TableRegion id={`${idPrefix}-standards`} caption={`Self-assessment ${sa.year}: each standard's rating and reflection`}>
            <thead>
              <tr>
                <th scope="col">Standard</th>
                <th scope="col">Rating</th>
                <th scope="col">Reflection</th>
              </tr>
            </thead>
            <tbody>
              {sa.standards.map((s) => (
                <tr key={s.number}>
                  <th scope="row">
                    {s.number}. {s.text}
                  </th>
                  <td>{s.rating ?? 'Not rated'}</td>
                  <td>{s.reflection || '—'}</td>
                </tr>
              ))}
            </tbody>
        </TableRegion>
      ) : (
        <p>No submitted self-assessment: one submitted in the development record appears here.</p>
      )}
      <H id={`${idPrefix}-cpd`}>CPD</H>
      {record.cpd.activities.length === 0 ? (
        <p>No CPD recorded in this span.</p>
      ) : (
        <ul aria-labelledby={`${idPrefix}-cpd`}>
          {record.cpd.activities.map((a, i) => (
            <li key={i}>
              {formatDate(a.happenedOn)}: {a.title} ({hours(a.minutes)}){a.provider ? `, ${a.provider}` : ''}
              {a.reflection && <p className="hint">{a.reflection}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The participant's development record as their QTLS portfolio uses it, read live from the workbook; and, for
 * everyone the portfolio is open to, the evidence and development record each submission locked.
 */
export function EvidencePanels({ p }: { p: Participant }) {
  const { organisation } = useOrganisation();
  const found = useQuery(evidenceQuery(organisation.id, p.id));
  if (found.error) return <QueryError error={found.error} what="evidence" />;
  if (!found.data) return <Loading what="Loading the evidence" />;
  const { developmentRecord, lockedCopies, usesDevelopmentRecord } = found.data;
  const titles = new Map(p.sections.map((s) => [s.key, s.title]));
  // The supporter or mentor follows the portfolio as it is written: the evidence attached so far, to read.
  const current = p.standing === 'support' && (found.data.state === 'in_progress' || found.data.state === 'not_met') ? found.data.sections.flatMap((s) => s.evidence.map((e) => ({ ...e, section: s.key }))) : [];
  return (
    <>
      {current.length > 0 && (
        <section className="panel" aria-labelledby="current-evidence-heading">
          <h2 id="current-evidence-heading">Evidence attached so far</h2>
          <ul>
            {current.map((e) => (
              <li key={e.id}>
                {titles.get(e.section) ?? e.section}: <FileLink p={p} file={e} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {developmentRecord && (
        <section className="panel" aria-labelledby="development-record-heading">
          <h2 id="development-record-heading">Your development record</h2>
          <p>Your portfolio uses your development record as it stands in your workbook: there is nothing to copy. What it holds when you submit is locked with your portfolio.</p>
          <RecordDetails record={developmentRecord} headingLevel="h3" idPrefix="development-record" />
        </section>
      )}
      {lockedCopies.length > 0 && (
        <section aria-labelledby="locked-evidence-heading">
          <h2 id="locked-evidence-heading">Evidence as submitted</h2>
          {lockedCopies.map((copy) => (
            <div className="panel" key={copy.attempt}>
              <h3>
                {copy.attempt === 1 ? 'Submission' : 'Resubmission'}, locked {formatDateTime(copy.lockedAt)}
              </h3>
              <p className="hint">Its digest, which covers the sections, each file's own digest and the development record: {copy.contentHash}</p>
              {copy.evidence.length === 0 ? (
                <p>No evidence files were attached.</p>
              ) : (
                <ul>
                  {copy.evidence.map((e) => (
                    <li key={`${e.section}-${e.fileId}`}>
                      {titles.get(e.section) ?? e.section}: <FileLink p={p} file={e} />
                    </li>
                  ))}
                </ul>
              )}
              {usesDevelopmentRecord && copy.developmentRecord && (
                <>
                  <h4>Development record as submitted</h4>
                  <RecordDetails record={copy.developmentRecord} headingLevel="h4" idPrefix={`locked-${copy.attempt}`} />
                </>
              )}
            </div>
          ))}
        </section>
      )}
    </>
  );
}
