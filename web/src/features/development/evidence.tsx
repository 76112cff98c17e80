import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { api, MAX_FILE_BYTES, type AssessedStandard, type CpdActivity, type Evidence, type NewEvidence, type SelfAssessment } from '../../api.ts';
import { Alert, LiveRegion, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { standardId } from './labels.tsx';
import { mergeStandard, refreshRecord } from './queries.ts';

// Evidence for a standard of a self-assessment or for a CPD activity: a note, a link, or a file. A file is
// uploaded first (its kind is judged from its content by the server, which refuses a name that says
// otherwise), then attached.

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

/** Whose evidence it is: ids for the controls, the subject in words, and how to add and remove an item. */
interface EvidenceOf {
  id: string;
  /** Completes "Evidence for …" and "Added … to …": "standard 3", "“Phonics course”". */
  subject: string;
  items: Evidence[];
  add: (body: NewEvidence) => Promise<void>;
  remove: (item: Evidence) => Promise<void>;
}

/** The evidence of a standard in a self-assessment. */
export function StandardEvidence({ standard, assessmentId, editable }: { standard: AssessedStandard; assessmentId: string; editable: boolean }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const merge = async (saved: SelfAssessment) => {
    mergeStandard(queryClient, organisation.id, saved, standard.id, ['evidence']);
    await refreshRecord(queryClient, organisation.id);
  };
  return (
    <EvidenceList
      heading
      editable={editable}
      of={{
        id: `evidence-${standardId(standard)}`,
        subject: `standard ${standard.number}`,
        items: standard.evidence,
        add: async (body) => merge(await api.addEvidence(organisation.id, assessmentId, standard.id, body)),
        remove: async (item) => merge(await api.removeEvidence(organisation.id, assessmentId, item.id)),
      }}
    />
  );
}

/** The evidence of a CPD activity: a certificate, notes, a link. */
export function ActivityEvidence({ activity, editable }: { activity: CpdActivity; editable: boolean }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  return (
    <EvidenceList
      editable={editable}
      of={{
        id: `evidence-${activity.id}`,
        subject: `“${activity.title}”`,
        items: activity.evidence,
        add: async (body) => {
          await api.addCpdEvidence(organisation.id, activity.id, body);
          await refreshRecord(queryClient, organisation.id);
        },
        remove: async (item) => {
          await api.removeCpdEvidence(organisation.id, activity.id, item.id);
          await refreshRecord(queryClient, organisation.id);
        },
      }}
    />
  );
}

function EvidenceList({ of, editable, heading = false }: { of: EvidenceOf; editable: boolean; heading?: boolean }) {
  const [done, setDone] = useState<{ text: string; focus: boolean } | null>(null);
  const remove = useMutation({
    mutationFn: of.remove,
    onSuccess: (_, item) => setDone({ text: `Removed the evidence “${describe(item)}”`, focus: true }),
  });
  return (
    <div className="evidence">
      {heading && (
        <h3 className="evidence-heading">
          Evidence<span className="visually-hidden"> for {of.subject}</span>
        </h3>
      )}
      <LiveRegion>{done && <Status key={done.text} title={done.text} focus={done.focus} />}</LiveRegion>
      {remove.error && <Alert title="Could not remove the evidence">{remove.error.message}</Alert>}
      {of.items.length === 0 ? (
        <p className="muted">No evidence yet.</p>
      ) : (
        <ul className="evidence-list">
          {of.items.map((item) => (
            <li key={item.id}>
              <EvidenceItem item={item} />
              {item.allowed.includes('development.edit') && (
                <button type="button" className="button secondary small" disabled={remove.isPending && remove.variables?.id === item.id} onClick={() => remove.mutate(item)}>
                  Remove<span className="visually-hidden">: {describe(item)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && <AddEvidence of={of} onAdded={(text) => setDone({ text, focus: false })} />}
    </div>
  );
}

function EvidenceItem({ item }: { item: Evidence }) {
  const { organisation } = useOrganisation();
  return (
    <>
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
    </>
  );
}

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,.md';

function AddEvidence({ of, onAdded }: { of: EvidenceOf; onAdded: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const id = of.id;
  const [kind, setKind] = useState<NewEvidence['kind']>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const add = useMutation({
    mutationFn: async (): Promise<string> => {
      let body: NewEvidence;
      if (kind === 'file') {
        const uploaded = await api.uploadFile(organisation.id, file!);
        body = { kind: 'file', fileId: uploaded.id };
      } else body = kind === 'link' ? { kind, url: url.trim() } : { kind, text: text.trim() };
      await of.add(body);
      return kind === 'file' ? file!.name : kind === 'link' ? url.trim() : 'note';
    },
    onSuccess: (what) => {
      onAdded(kind === 'text' ? `Added a note to ${of.subject}` : `Added “${what}” to ${of.subject}`);
      setText('');
      setUrl('');
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
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
        Add evidence<span className="visually-hidden"> for {of.subject}</span>
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
              A PDF, an image (PNG, JPEG or WebP), a Word, Excel or PowerPoint document, or plain text; up to {MAX_FILE_BYTES / 1024 / 1024} MB. Its name must match what it is.
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
          Add evidence<span className="visually-hidden"> to {of.subject}</span>
        </SubmitButton>
      </form>
    </details>
  );
}
