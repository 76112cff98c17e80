import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, CONCERN_CATEGORIES, type ConcernCategory, type ConcernReceipt, type NewConcern } from '../../api.ts';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, useFormValues, type FieldRef } from '../../ui/form.tsx';
import { formatDateTime, roleLabel } from '../../ui/labels.ts';
import { PersonPicker, type PickedPerson } from '../../ui/person-picker.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { BodyMapField, type MarkDraft } from './body-map.tsx';
import { SafeguardingPage } from './frame.tsx';
import { categoryLabel } from './labels.ts';

// Recording a concern about a learner (003 §3.1), fast and on a phone: who (by the academy's reference), what
// kind, what was seen or said in the recorder's own words, what they did at once, and where any injury is.
// An allegation about a member of staff has its own path (003 Appendix 1: never left unrecorded), the same
// form naming the member of staff, which goes to the principal instead of the DSL team. After recording, the
// recorder is told who was alerted and what happens next; they do not read the record again.

type Path = 'concern' | 'allegation';

/** The time now as a datetime-local field holds it, in the person's own time zone. */
function localNow(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** `/orgs/:orgId/safeguarding/record` */
export function RecordConcernPage() {
  return <RecordPage path="concern" />;
}

/** `/orgs/:orgId/safeguarding/allegation` */
export function RecordAllegationPage() {
  return <RecordPage path="allegation" />;
}

function RecordPage({ path }: { path: Path }) {
  const { organisation } = useOrganisation();
  const [receipt, setReceipt] = useState<ConcernReceipt | null>(null);
  const title = path === 'concern' ? 'Record a safeguarding concern' : 'Record an allegation about a member of staff';
  return (
    <SafeguardingPage title={`${title} – ${organisation.name}`} heading={receipt ? (path === 'concern' ? 'Your concern is recorded' : 'Your allegation is recorded') : title} narrow>
      {receipt ? <WhatHappensNext receipt={receipt} path={path} onAnother={() => setReceipt(null)} /> : <ConcernForm key={path} path={path} onRecorded={setReceipt} />}
    </SafeguardingPage>
  );
}

interface Values {
  academyId: string;
  learnerRef: string;
  category: ConcernCategory | '';
  seenAt: string;
  account: string;
  immediateAction: string;
  staffMember: PickedPerson | null;
  marks: MarkDraft[];
}

function ConcernForm({ path, onRecorded }: { path: Path; onRecorded: (receipt: ConcernReceipt) => void }) {
  const { organisation } = useOrganisation();
  const [values, setValues] = useFormValues<Values>(() => ({ academyId: '', learnerRef: '', category: '', seenAt: localNow(), account: '', immediateAction: '', staffMember: null, marks: [] }));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues({ ...values, [key]: value });
  const record = useMutation({
    mutationFn: (body: NewConcern) => api.recordConcern(organisation.id, body),
    onSuccess: (receipt) => {
      window.scrollTo(0, 0);
      onRecorded(receipt);
    },
  });
  const errors = fieldErrors(record.error);
  const fields: Record<string, FieldRef> = {
    academyId: { id: 'concern-academy', label: 'Academy' },
    learnerRef: { id: 'concern-learner', label: 'The learner’s reference' },
    category: { id: `concern-category-${CONCERN_CATEGORIES[0]}`, label: 'What kind of concern' },
    ...(path === 'allegation' && { 'allegation.staffMemberId': { id: 'concern-staff', label: 'The member of staff' } }),
    seenAt: { id: 'concern-seen', label: 'When it was seen or said' },
    account: { id: 'concern-account', label: 'What was seen or said' },
    immediateAction: { id: 'concern-action', label: 'What you did at once' },
    marks: { id: 'concern-body-map', label: 'The body map' },
    ...Object.fromEntries(values.marks.map((_, i) => [`marks.${i}`, { id: `concern-body-map-${i}-description`, label: `Mark ${i + 1}:` }])),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const seen = new Date(values.seenAt);
    // A category not chosen, or a time not given, is the API's to refuse against its field.
    record.mutate({
      ...(values.academyId && { academyId: values.academyId }),
      learnerRef: values.learnerRef,
      category: values.category as ConcernCategory,
      seenAt: Number.isNaN(seen.getTime()) ? values.seenAt : seen.toISOString(),
      account: values.account,
      ...(values.immediateAction.trim() && { immediateAction: values.immediateAction }),
      ...(path === 'allegation' && { allegation: { staffMemberId: values.staffMember?.id ?? null } }),
      marks: values.marks.map((m) => ({ view: m.view, x: m.x, y: m.y, ...(m.description.trim() && { description: m.description }) })),
    });
  };
  return (
    <form noValidate onSubmit={submit} aria-label={path === 'concern' ? 'Record a concern' : 'Record an allegation'}>
      {path === 'concern' ? (
        <p className="lede">
          Anyone can record a concern about a learner. It goes at once to the academy’s designated safeguarding lead, who acts on it by the end of the academy day. If a learner is in immediate
          danger, call 999 first. About something a member of staff did? <Link to={`/orgs/${organisation.id}/safeguarding/allegation`}>Record an allegation about staff</Link>.
        </p>
      ) : (
        <p className="lede">
          An allegation that a member of staff has harmed a learner, or may pose a risk to learners, is never left unrecorded. It goes at once to the principal (or, about the principal, to the
          regional education director), never to the person it is about. For a concern about a learner’s welfare, <Link to={`/orgs/${organisation.id}/safeguarding/record`}>record a concern</Link>.
        </p>
      )}
      <ErrorSummary key={record.submittedAt} error={record.error} fields={fields} />
      <TextField
        id="concern-learner"
        label="The learner’s reference"
        hint="The academy’s reference for them, such as their pupil number: letters, digits and - / . _ only. Never their name."
        className="input-medium"
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        value={values.learnerRef}
        onChange={(event) => set('learnerRef', event.target.value)}
        error={errors.learnerRef}
      />
      <fieldset className={`field${errors.category ? ' has-error' : ''}`} aria-describedby={errors.category ? 'concern-category-error' : undefined}>
        <legend>What kind of concern</legend>
        {errors.category && (
          <span className="field-error" id="concern-category-error">
            <span className="visually-hidden">Error: </span>
            What kind of concern {errors.category}
          </span>
        )}
        {CONCERN_CATEGORIES.map((category) => (
          <div className="radio" key={category}>
            <input id={`concern-category-${category}`} type="radio" name="concern-category" checked={values.category === category} onChange={() => set('category', category)} />
            <label htmlFor={`concern-category-${category}`}>{categoryLabel(category)}</label>
          </div>
        ))}
      </fieldset>
      {path === 'allegation' && (
        <PersonPicker
          id="concern-staff"
          label="The member of staff"
          hint="Two or more letters of their name. They will never see what you record."
          none="I do not know who"
          value={values.staffMember}
          onChange={(person) => set('staffMember', person)}
          search={(q) => api.safeguardingPeople(organisation.id, q)}
          queryKey={['safeguarding', 'people', organisation.id]}
          error={errors['allegation.staffMemberId'] ?? errors.allegation}
        />
      )}
      <TextField id="concern-seen" label="When it was seen or said" type="datetime-local" className="input-medium" value={values.seenAt} onChange={(event) => set('seenAt', event.target.value)} error={errors.seenAt} />
      <TextArea
        id="concern-account"
        label="What was seen or said"
        hint="In your own words, and theirs where you can: what you saw, what was said, by whom. Facts, not opinions."
        rows={6}
        value={values.account}
        onChange={(event) => set('account', event.target.value)}
        error={errors.account}
      />
      <TextArea
        id="concern-action"
        label="What you did at once (optional)"
        hint="First aid, who you told, whether the learner is safe now."
        rows={3}
        value={values.immediateAction}
        onChange={(event) => set('immediateAction', event.target.value)}
        error={errors.immediateAction}
      />
      {organisation.academies.length > 1 && (
        <SelectField id="concern-academy" label="Academy" hint="The academy the learner is at." className="input-medium" value={values.academyId} onChange={(event) => set('academyId', event.target.value)} error={errors.academyId}>
          <option value="">Where I work</option>
          {organisation.academies.map((academy) => (
            <option key={academy.id} value={academy.id}>
              {academy.name}
            </option>
          ))}
        </SelectField>
      )}
      <BodyMapField id="concern-body-map" marks={values.marks} onChange={(marks) => set('marks', marks)} errors={errors} />
      <SubmitButton pending={record.isPending} pendingText="Recording">
        {path === 'concern' ? 'Record the concern' : 'Record the allegation'}
      </SubmitButton>
    </form>
  );
}

function WhatHappensNext({ receipt, path, onAnother }: { receipt: ConcernReceipt; path: Path; onAnother: () => void }) {
  const { organisation } = useOrganisation();
  const alerted = receipt.alerted.map((a) => `${a.name} (${roleLabel(a.place).toLowerCase()})`);
  return (
    <div className="notice success" role="status">
      <p className="notice-title">Done: {path === 'concern' ? `Your concern (${categoryLabel(receipt.category).toLowerCase()}) is recorded` : 'Your allegation is recorded'}</p>
      <h2>What happens next</h2>
      <ul>
        <li>{alerted.length ? `Alerted at once: ${alerted.join(', ')}.` : 'Nobody holds the place it goes to: it waits for them, and the designated safeguarding lead’s deadline stands.'}</li>
        {path === 'concern' ? (
          <>
            <li>It is to be acted on by {formatDateTime(receipt.actBy)}. If nobody picks it up, a deputy and then the principal are told.</li>
            <li>The alert says only that a concern exists and its category: not the learner, nor what you wrote.</li>
          </>
        ) : (
          <li>They decide what happens next, and a case may be opened. The member of staff is not told by Probity.</li>
        )}
        <li>You will not see the record again: safeguarding records are read only by those who need to know. If you learn more, record it as a new concern.</li>
      </ul>
      <p>
        <button type="button" className="button secondary" onClick={onAnother}>
          Record another
        </button>{' '}
        <Link to={`/orgs/${organisation.id}`}>Back to the home page</Link>
      </p>
    </div>
  );
}
