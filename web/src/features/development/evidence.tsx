import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { api, MAX_FILE_BYTES, type AssessedStandard, type Evidence, type NewEvidence } from '../../api.ts';
import { Alert, LiveRegion, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { standardId } from './labels.tsx';
import { mergeStandard, refreshRecord } from './queries.ts';

// Evidence for a standard: a note, a link, or a file. A file is uploaded first (its kind is judged from its
// content by the server, which refuses a name that says otherwise), then attached.

const KINDS = { text: 'Note', link: 'Link', file: 'File' } as const;

/** What the file is, in a word, from the media type the server read from its content. */
function fileKind(mediaType: string | null): string {
  if (!mediaType) return 'file';
  if (mediaType === 'application/pdf') return 'PDF';
  if (mediaType.startsWith('image/')) return `${mediaType.slice(6).toUpperCase()} image`;
  if (mediaType.startsWith('text/')) return 'text';
  if (/word/.test(mediaType)) return 'Word document';
  if (/sheet|excel/.test(mediaType)) return 'spreadsheet';
  if (/presentation|powerpoint/.test(mediaType)) return 'presentation';
  return 'file';
}

function describe(item: Evidence): string {
  if (item.kind === 'file') return item.fileName ?? 'a file';
  if (item.kind === 'link') return item.url ?? 'a link';
  const text = item.text ?? '';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function EvidenceList({ standard, assessmentId, editable }: { standard: AssessedStandard; assessmentId: string; editable: boolean }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<{ text: string; focus: boolean } | null>(null);
  const remove = useMutation({
    mutationFn: (item: Evidence) => api.removeEvidence(organisation.id, assessmentId, item.id),
    onSuccess: (saved, item) => {
      mergeStandard(queryClient, organisation.id, saved, standard.id, ['evidence']);
      setDone({ text: `Removed the evidence “${describe(item)}”`, focus: true });
      return refreshRecord(queryClient, organisation.id);
    },
  });
  return (
    <div className="evidence">
      <h3 className="evidence-heading">
        Evidence<span className="visually-hidden"> for standard {standard.number}</span>
      </h3>
      <LiveRegion>{done && <Status key={done.text} title={done.text} focus={done.focus} />}</LiveRegion>
      {remove.error && <Alert title="Could not remove the evidence">{remove.error.message}</Alert>}
      {standard.evidence.length === 0 ? (
        <p className="muted">No evidence yet.</p>
      ) : (
        <ul className="evidence-list">
          {standard.evidence.map((item) => (
            <li key={item.id}>
              <span className="tag">{KINDS[item.kind]}</span>{' '}
              {item.kind === 'text' ? (
                <span className="evidence-text">{item.text}</span>
              ) : item.kind === 'link' ? (
                <a href={item.url ?? undefined} rel="noopener noreferrer">
                  {item.url}
                </a>
              ) : (
                <>
                  <a href={api.filePath(organisation.id, item.fileId ?? '')} download={item.fileName ?? undefined}>
                    {item.fileName}
                  </a>{' '}
                  <span className="muted">({fileKind(item.mediaType)})</span>
                </>
              )}
              {editable && (
                <button type="button" className="button secondary small" disabled={remove.isPending && remove.variables?.id === item.id} onClick={() => remove.mutate(item)}>
                  Remove<span className="visually-hidden">: {describe(item)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && <AddEvidence standard={standard} assessmentId={assessmentId} onAdded={(text) => setDone({ text, focus: false })} />}
    </div>
  );
}

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,.md';

function AddEvidence({ standard, assessmentId, onAdded }: { standard: AssessedStandard; assessmentId: string; onAdded: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const id = `evidence-${standardId(standard)}`;
  const [kind, setKind] = useState<NewEvidence['kind']>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const add = useMutation({
    mutationFn: async (): Promise<{ saved: Awaited<ReturnType<typeof api.addEvidence>>; what: string }> => {
      let body: NewEvidence;
      if (kind === 'file') {
        const uploaded = await api.uploadFile(organisation.id, file!);
        body = { kind: 'file', fileId: uploaded.id };
      } else body = kind === 'link' ? { kind, url: url.trim() } : { kind, text: text.trim() };
      const what = kind === 'file' ? file!.name : kind === 'link' ? url.trim() : 'note';
      return { saved: await api.addEvidence(organisation.id, assessmentId, standard.id, body), what };
    },
    onSuccess: ({ saved, what }) => {
      mergeStandard(queryClient, organisation.id, saved, standard.id, ['evidence']);
      onAdded(kind === 'text' ? `Added a note to standard ${standard.number}` : `Added “${what}” to standard ${standard.number}`);
      setText('');
      setUrl('');
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      return refreshRecord(queryClient, organisation.id);
    },
  });
  const fields: Record<string, FieldRef> = {
    text: { id: `${id}-text`, label: 'Your note' },
    url: { id: `${id}-url`, label: 'The web address' },
    body: { id: `${id}-file`, label: 'The file' },
    name: { id: `${id}-file`, label: 'The file’s name' },
    fileId: { id: `${id}-file`, label: 'The file' },
  };
  const errors: Record<string, string> = { ...fieldErrors(add.error), ...Object.fromEntries(local.map((p) => [p.key, p.reason])) };
  const fileError = [errors.body && `The file ${errors.body}`, errors.name && `The file’s name ${errors.name}`, errors.fileId && `The file ${errors.fileId}`].filter(Boolean).join('. ');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: { key: string; reason: string }[] = [];
    if (kind === 'text' && !text.trim()) problems.push({ key: 'text', reason: 'is empty: write what shows your practice' });
    if (kind === 'link' && !url.trim()) problems.push({ key: 'url', reason: 'is empty' });
    if (kind === 'file' && !file) problems.push({ key: 'body', reason: 'is not chosen' });
    if (kind === 'file' && file && file.size > MAX_FILE_BYTES) problems.push({ key: 'body', reason: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` });
    if (kind === 'file' && file && file.size === 0) problems.push({ key: 'body', reason: 'is empty' });
    setLocal(problems);
    if (problems.length) {
      add.reset();
      return;
    }
    add.mutate();
  };

  return (
    <details className="add-evidence">
      <summary>
        Add evidence<span className="visually-hidden"> for standard {standard.number}</span>
      </summary>
      <form noValidate onSubmit={submit}>
        <ErrorSummary error={add.error} fields={fields} local={local} />
        <fieldset className="field">
          <legend className="legend-small">What kind of evidence?</legend>
          {(['text', 'link', 'file'] as const).map((option) => (
            <div className="radio radio-inline" key={option}>
              <input
                id={`${id}-kind-${option}`}
                type="radio"
                name={`${id}-kind`}
                checked={kind === option}
                onChange={() => {
                  setKind(option);
                  setLocal([]);
                  add.reset();
                }}
              />
              <label htmlFor={`${id}-kind-${option}`}>{option === 'text' ? 'A note' : option === 'link' ? 'A link' : 'A file'}</label>
            </div>
          ))}
        </fieldset>
        {kind === 'text' && (
          <TextArea id={`${id}-text`} label="Your note" className="prose" hint="What you did and what it shows, for example feedback from an observation." value={text} onChange={(event) => setText(event.target.value)} error={errors.text} />
        )}
        {kind === 'link' && <TextField id={`${id}-url`} label="The web address" type="url" inputMode="url" hint="Starting with https://" value={url} onChange={(event) => setUrl(event.target.value)} error={errors.url} />}
        {kind === 'file' && (
          <div className={`field${fileError ? ' has-error' : ''}`}>
            <label htmlFor={`${id}-file`}>The file</label>
            <span className="hint" id={`${id}-file-hint`}>
              A PDF, an image (PNG, JPEG or WebP), a Word, Excel or PowerPoint document, or plain text; up to 10 MB. Its name must match what it is.
            </span>
            {fileError && (
              <span className="field-error" id={`${id}-file-error`}>
                <span className="visually-hidden">Error: </span>
                {fileError}
              </span>
            )}
            <input
              id={`${id}-file`}
              ref={fileInput}
              type="file"
              accept={ACCEPT}
              aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}`}
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
        )}
        <SubmitButton pending={add.isPending} pendingText={kind === 'file' ? 'Uploading' : 'Adding'} className="small">
          Add evidence<span className="visually-hidden"> to standard {standard.number}</span>
        </SubmitButton>
      </form>
    </details>
  );
}
