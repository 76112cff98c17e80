import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, type Declaration, type DeclarationField, type DeclarationFields, type DeclarationKind, type PersonToName } from '../../api.ts';
import { Alert, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldKey, SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { PersonPicker } from '../../ui/person-picker.tsx';
import { roleLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { today } from '../development/labels.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { NOT_MONEY, penceOf, poundsText, Provisions, recipientWords, timeLimitWords } from './labels.tsx';
import { declarationQuery, kindsQuery, useDeclarationsChanged } from './queries.ts';

// A declaration's form, made from its kind's fields: what the kind asks, which provisions ask for it, how
// soon it is due and what happens next, then each field; saved as a draft or submitted.

export type Problem = { key: string; reason: string };

/**
 * The API's field problems as a form names them: a field under `prefix` is named without it (a
 * declaration's field `x`, which the API names `body.fields.x`, is the form's `x`); a step's `body.note`
 * is `note`. The form puts the field's label before each reason: a reason worded as a fragment ("is
 * needed") follows it as it is, one worded as a sentence (a rule's) after a dash. A refusal that names no
 * field is the form's Alert, not a problem.
 */
export function problemsOf(error: unknown, prefix = 'fields.'): Problem[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? []).flatMap((problem) => {
    if (!problem.field) return [];
    const key = fieldKey(problem.field);
    return [{ key: key.startsWith(prefix) ? key.slice(prefix.length) : key, reason: /^[A-Z]/.test(problem.reason) ? `– ${problem.reason}` : problem.reason }];
  });
}

/** A failed form's problems: by field where they name one (linked from the summary), otherwise as the server said. */
export function FormProblems({ error, fields, local }: { error: unknown; fields: Record<string, FieldRef>; local: Problem[] }) {
  const problems = [...local, ...problemsOf(error)];
  if (problems.length > 0 || !error) return <ErrorSummary error={null} fields={fields} local={problems} />;
  return (
    <Alert title={error instanceof ApiError ? error.problem.title : 'There is a problem'} focus>
      <p>{error instanceof Error ? error.message : 'Something went wrong.'}</p>
    </Alert>
  );
}

/** What a kind asks and why: the provisions, how soon, what happens next, whether it is sensitive. */
export function KindSummary({ kind, children }: { kind: DeclarationKind; children?: ReactNode }) {
  return (
    <section className="panel" aria-labelledby="kind-heading">
      <h2 id="kind-heading">What the code asks</h2>
      <p>{kind.asks}</p>
      <dl className="summary-list">
        <dt>Asked for by</dt>
        <dd>
          <Provisions cites={kind.cites} />
        </dd>
        <dt>When it is due</dt>
        <dd>{timeLimitWords(kind.timeLimit)}</dd>
        <dt>What happens next</dt>
        <dd>
          {kind.goesTo.length > 0
            ? `When you submit it, it goes to ${kind.goesTo.map(recipientWords).join('; ')}.`
            : 'Nobody here holds the place it goes to yet, so it cannot be submitted: tell your organisation’s administrator.'}{' '}
          They acknowledge it, may record what they do about it, and close it with an outcome. You see here where it stands, but not their notes.
        </dd>
        <dt>Sensitive</dt>
        <dd>{kind.sensitive ? 'Yes: only those it goes to may read it, and every reading is recorded in the audit trail.' : 'No: those it goes to read it, and it is kept in the organisation’s records.'}</dd>
        {children}
      </dl>
    </section>
  );
}

/** `/orgs/:orgId/declarations/new/:kindId` */
export function NewDeclarationPage() {
  const { organisation } = useOrganisation();
  const { kindId = '' } = useParams();
  const kinds = useQuery(kindsQuery(organisation.id));
  const kind = kinds.data?.find((k) => k.id === kindId);
  const title = kind?.title ?? 'Make a declaration';
  return (
    <Page
      title={`${title} – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/declarations`}>Your declarations</Link> › {title}
        </>
      }
    >
      {kinds.error ? (
        <QueryError error={kinds.error} what="kinds of declaration" />
      ) : !kinds.data ? (
        <Loading what="Loading the form" />
      ) : !kind ? (
        <Alert title="No such declaration here">
          <p>{organisation.name} has no declaration of this kind for you to make.</p>
        </Alert>
      ) : (
        <>
          <KindSummary kind={kind} />
          {kind.closedBecause ? (
            <Status tone="warning" title="It cannot be made here">
              <p>{kind.closedBecause}</p>
            </Status>
          ) : (
            <DeclarationForm kind={kind} draft={null} />
          )}
        </>
      )}
    </Page>
  );
}

const fieldId = (field: DeclarationField) => `declaration-${field.name}`;

/** A value as the form holds it: text for every control, pounds for pence, "yes" or "no". */
function formValue(field: DeclarationField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.type === 'pence' && typeof value === 'number') return poundsText(value);
  if (field.type === 'yes_no' && typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** The value the API takes, or the reason the text is not one. Money is sent as whole pence. */
function apiValue(field: DeclarationField, text: string): { value: string | number | boolean | null } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (field.type === 'yes_no') return { value: trimmed === 'yes' };
  if (field.type !== 'pence') return { value: field.type === 'long_text' ? text : trimmed };
  const pence = penceOf(trimmed);
  return pence === null ? { problem: NOT_MONEY } : { value: pence };
}

/**
 * The form of a new declaration (`draft` null) or of a draft. A new one becomes a draft at the first save;
 * if submitting it is then refused, the form stays, and changes that draft from then on.
 */
export function DeclarationForm({ kind, draft }: { kind: DeclarationKind; draft: Declaration | null }) {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const changed = useDeclarationsChanged();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(kind.fields.map((f) => [f.name, formValue(f, draft?.fields[f.name])])));
  const [local, setLocal] = useState<Problem[]>([]);
  const [savedId, setSavedId] = useState(draft?.id ?? null);
  const [saved, setSaved] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const save = useMutation({
    mutationFn: async ({ fields, submit }: { fields: DeclarationFields; submit: boolean }) => {
      const written = savedId
        ? await api.updateDeclaration(organisation.id, savedId, fields)
        : await api.createDeclaration(organisation.id, { kind: kind.id, fields: Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) });
      setSavedId(written.id);
      return submit ? api.declarationStep(organisation.id, written.id, { type: 'submit' }) : written;
    },
    onSuccess: async (declaration, { submit }) => {
      queryClient.setQueryData(declarationQuery(organisation.id, declaration.id).queryKey, declaration);
      await changed();
      const done = submit ? `You submitted “${kind.title}”` : 'Saved as a draft: nothing is sent until you submit it';
      if (draft && !submit) setSaved(done);
      else navigate(`/orgs/${organisation.id}/declarations/${declaration.id}`, { state: { done } });
    },
  });

  const refs: Record<string, FieldRef> = Object.fromEntries(kind.fields.map((f) => [f.name, { id: fieldId(f), label: f.label }]));
  const errors = Object.fromEntries([...problemsOf(save.error), ...local].map((p) => [p.key, p.reason]));
  const send = (submit: boolean) => (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setAttempt(attempt + 1);
    const read = kind.fields.map((f) => ({ field: f, read: apiValue(f, values[f.name] ?? '') }));
    const problems = read.flatMap(({ field, read }) => ('problem' in read ? [{ key: field.name, reason: read.problem }] : []));
    setLocal(problems);
    if (problems.length) {
      save.reset();
      return;
    }
    save.mutate({ fields: Object.fromEntries(read.map(({ field, read }) => [field.name, 'value' in read ? read.value : null])), submit });
  };
  const set = (name: string) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });

  return (
    <section className="panel" aria-labelledby="form-heading">
      <h2 id="form-heading">{draft ? 'Your draft' : 'Your declaration'}</h2>
      {saved && <Status key={saved} title={saved} focus />}
      <form noValidate onSubmit={send(true)}>
        <FormProblems key={attempt} error={save.error} fields={refs} local={local} />
        {kind.fields.map((field) => {
          const id = fieldId(field);
          const label = field.required ? field.label : `${field.label} (optional)`;
          const common = { id, label, error: errors[field.name], value: values[field.name] ?? '', onChange: set(field.name) };
          switch (field.type) {
            case 'past_date':
              return <TextField key={id} {...common} type="date" className="input-short" max={today()} hint="Not a date still to come." />;
            case 'date':
              return <TextField key={id} {...common} type="date" className="input-short" />;
            case 'text':
              return <TextField key={id} {...common} />;
            case 'long_text':
              return <TextArea key={id} {...common} className="prose" rows={5} />;
            case 'pence':
              return <TextField key={id} {...common} className="input-short" inputMode="decimal" hint="In pounds and pence, for example 25.00." />;
            case 'choice':
              return (
                <SelectField key={id} {...common} className="input-medium">
                  <option value="">Choose one</option>
                  {(field.choices ?? []).map((choice) => (
                    <option key={choice} value={choice}>
                      {roleLabel(choice)}
                    </option>
                  ))}
                </SelectField>
              );
            case 'person':
              return <PersonField key={id} {...common} named={draft?.named ?? []} onChange={(value) => setValues({ ...values, [field.name]: value })} />;
            case 'yes_no':
              return <YesNo key={id} {...common} onChange={(value) => setValues({ ...values, [field.name]: value })} />;
          }
        })}
        <div className="actions">
          <SubmitButton pending={save.isPending && save.variables?.submit === true} pendingText="Submitting">
            Submit
          </SubmitButton>
          <button type="button" className="button secondary" disabled={save.isPending} onClick={send(false)}>
            {save.isPending && !save.variables?.submit ? 'Saving…' : 'Save as a draft'}
          </button>
        </div>
      </form>
    </section>
  );
}

function YesNo({ id, label, error, value, onChange }: { id: string; label: string; error: string | undefined; value: string; onChange: (value: string) => void }) {
  return (
    <fieldset className={`field${error ? ' has-error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {error && (
        <span className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {label} {error}
        </span>
      )}
      {(['yes', 'no'] as const).map((option) => (
        <div className="radio" key={option}>
          <input id={option === 'yes' ? id : `${id}-no`} type="radio" name={id} checked={value === option} onChange={() => onChange(option)} />
          <label htmlFor={option === 'yes' ? id : `${id}-no`}>{option === 'yes' ? 'Yes' : 'No'}</label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * A field that names someone of the organisation: found by a few letters of their name and chosen from those
 * who match (the API lists names only). The one chosen stays listed while the person searches on.
 */
function PersonField({ id, label, error, value, named, onChange }: { id: string; label: string; error: string | undefined; value: string; named: Declaration['named']; onChange: (value: string) => void }) {
  const { organisation } = useOrganisation();
  // A draft's API answer names the people it names only once it is sent: until then, the one chosen is unnamed.
  const [chosen, setChosen] = useState<PersonToName | null>(() => (value ? (named.find((p) => p.id === value) ?? { id: value, name: 'The person you chose when you saved the draft' }) : null));
  return (
    <PersonPicker
      id={id}
      label={label}
      hint="Two or more letters of their name. They will never receive it."
      none="No one"
      error={error}
      value={chosen}
      onChange={(person) => {
        setChosen(person);
        onChange(person?.id ?? '');
      }}
      search={(q) => api.declarationPeople(organisation.id, q)}
      queryKey={['declarations', 'people', organisation.id]}
    />
  );
}
