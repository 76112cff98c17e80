import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  api,
  DECLARATION_AUDIENCES,
  FIELD_TYPES,
  ROLES,
  type DeclarationAudience,
  type DeclarationSettings,
  type DeclarationSettingsChanges,
  type FieldType,
  type OwnKind,
  type Recipient,
} from '../../api.ts';
import { LiveRegion, Loading, NotAvailable, QueryError, refused, Status } from '../../ui/feedback.tsx';
import { SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { roleLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { FormProblems, problemsOf, type Problem } from './declaration-form.tsx';
import { NOT_MONEY, penceOf, poundsText, poundsWords } from './labels.tsx';
import { kindsQuery } from './queries.ts';

// How an organisation tailors its declarations, within what its codes allow: the gift threshold, the time to
// acknowledge a report the code asks for at once, recipients
// added to a kind, kinds of its own, and withdrawing one of those. The API refuses what a code forbids
// (dropping a duty it imposes), naming the field; each form shows the refusal against its field.

const settingsQuery = (orgId: string) => ({ queryKey: ['declaration-settings', orgId], queryFn: () => api.declarationSettings(orgId) });

type Settings = DeclarationSettings;
type Tailoring = DeclarationSettingsChanges['tailoring'];

/** `/orgs/:orgId/declarations/settings` */
export function DeclarationSettingsPage() {
  const { organisation } = useOrganisation();
  const allowed = can(organisation, 'declaration.configure');
  const settings = useQuery({ ...settingsQuery(organisation.id), enabled: allowed });
  const [done, setDone] = useState<string | null>(null);
  const title = `Declaration settings – ${organisation.name}`;
  if (!allowed || refused(settings.error)) {
    return (
      <Page title={title} heading="Declaration settings">
        <NotAvailable where={organisation.name} />
      </Page>
    );
  }
  return (
    <Page title={title} heading="Declaration settings">
      <p className="lede">
        The declarations {organisation.name} asks for, and whom each goes to. A duty a code adopted here imposes stays: you may add recipients to it, not take it away.
      </p>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {settings.error ? (
        <QueryError error={settings.error} what="declaration settings" />
      ) : !settings.data ? (
        <Loading what="Loading the settings" />
      ) : (
        <>
          <ThresholdForm settings={settings.data} onDone={setDone} />
          <AcknowledgeForm settings={settings.data} onDone={setDone} />
          <Recipients settings={settings.data} onDone={setDone} />
          <Withdrawn settings={settings.data} onDone={setDone} />
          <OwnKindForm settings={settings.data} onDone={setDone} />
        </>
      )}
    </Page>
  );
}

/** Saves the settings whole, as the API takes them, and refreshes the kinds people may make. Each form has its own, for its own errors. */
function useSaveSettings(onDone: (message: string) => void) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ changes }: { changes: DeclarationSettingsChanges; done: string }) => api.changeDeclarationSettings(organisation.id, changes),
    onSuccess: async (next, { done }) => {
      queryClient.setQueryData(settingsQuery(organisation.id).queryKey, next);
      onDone(done);
      await queryClient.invalidateQueries({ queryKey: kindsQuery(organisation.id).queryKey });
    },
  });
}

const tailored = (settings: Settings, tailoring: Partial<Tailoring>): DeclarationSettingsChanges => ({
  giftThresholdPence: settings.giftThresholdPence,
  acknowledgeWithinMinutes: settings.acknowledgeWithinMinutes,
  tailoring: { ...settings.tailoring, ...tailoring },
});

/** The API's problems and the form's own, by the form's names for its fields. */
const errorsOf = (problems: Problem[]) => Object.fromEntries(problems.map((p) => [p.key, p.reason]));

function ThresholdForm({ settings, onDone }: { settings: Settings; onDone: (message: string) => void }) {
  const save = useSaveSettings(onDone);
  const [value, setValue] = useState(settings.giftThresholdPence === null ? '' : poundsText(settings.giftThresholdPence));
  const [local, setLocal] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const refs: Record<string, FieldRef> = { giftThresholdPence: { id: 'gift-threshold', label: 'The threshold' } };
  const errors = errorsOf([...local, ...problemsOf(save.error)]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt(attempt + 1);
    const pence = value.trim() === '' ? null : penceOf(value);
    const problems = value.trim() !== '' && pence === null ? [{ key: 'giftThresholdPence', reason: NOT_MONEY }] : [];
    setLocal(problems);
    if (problems.length) return save.reset();
    save.mutate({ changes: { ...tailored(settings, {}), giftThresholdPence: pence }, done: pence === null ? 'No gift needs approval now' : `A gift received worth more than ${poundsWords(pence)} now needs approval` });
  };
  return (
    <section className="panel" aria-labelledby="threshold-heading">
      <h2 id="threshold-heading">Gifts that need approval</h2>
      <p>003 §18.1 leaves it to the organisation’s gifts and hospitality policy: a gift or hospitality received worth more than this needs approval before it is accepted. With no threshold, none does.</p>
      <form noValidate onSubmit={submit}>
        <FormProblems key={attempt} error={save.error} fields={refs} local={local} />
        <TextField
          id="gift-threshold"
          label="The threshold"
          className="input-short"
          inputMode="decimal"
          hint="In pounds and pence, for example 25.00. Leave it empty for none."
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={errors.giftThresholdPence}
        />
        <SubmitButton pending={save.isPending}>Save the threshold</SubmitButton>
      </form>
    </section>
  );
}

/** The times an organisation may choose, in minutes: the code asks for these reports at once, so from a quarter of an hour to three days. */
const ACKNOWLEDGE_CHOICES = [15, 30, 60, 120, 240, 480, 1440, 2880, 4320];
const minutesWords = (minutes: number) => (minutes < 60 ? `${minutes} minutes` : minutes < 1440 ? `${minutes / 60} ${minutes === 60 ? 'hour' : 'hours'}` : `${minutes / 1440} ${minutes === 1440 ? 'day' : 'days'}`);

function AcknowledgeForm({ settings, onDone }: { settings: Settings; onDone: (message: string) => void }) {
  const save = useSaveSettings(onDone);
  const [value, setValue] = useState(settings.acknowledgeWithinMinutes === null ? '' : String(settings.acknowledgeWithinMinutes));
  const refs: Record<string, FieldRef> = { acknowledgeWithinMinutes: { id: 'acknowledge-within', label: 'Time to acknowledge' } };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = value === '' ? null : Number(value);
    const words = minutesWords(minutes ?? settings.defaultAcknowledgeWithinMinutes);
    save.mutate({ changes: { ...tailored(settings, {}), acknowledgeWithinMinutes: minutes }, done: `A report made at once now goes to the recipient’s line manager when not acknowledged within ${words}` });
  };
  return (
    <section className="panel" aria-labelledby="acknowledge-heading">
      <h2 id="acknowledge-heading">Reports made at once</h2>
      <p>
        The code asks for some reports at once (003 §8.4, §9.2, §12.2, §12.3, §20.3–20.5, §21.2): their recipient is alerted straight away, and if they do not acknowledge it in
        this time it goes to their own line manager. No code sets the time; Probity’s default is {minutesWords(settings.defaultAcknowledgeWithinMinutes)}.
      </p>
      <form noValidate onSubmit={submit}>
        <FormProblems error={save.error} fields={refs} local={[]} />
        <SelectField id="acknowledge-within" label="Time to acknowledge" value={value} onChange={(event) => setValue(event.target.value)} error={errorsOf(problemsOf(save.error)).acknowledgeWithinMinutes}>
          <option value="">{`${minutesWords(settings.defaultAcknowledgeWithinMinutes)} (the default)`}</option>
          {ACKNOWLEDGE_CHOICES.filter((m) => m !== settings.defaultAcknowledgeWithinMinutes).map((m) => (
            <option key={m} value={m}>
              {minutesWords(m)}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={save.isPending}>Save the time</SubmitButton>
      </form>
    </section>
  );
}

const recipientList = (recipients: readonly string[]) => recipients.map((r) => roleLabel(r)).join(', ');

/** Whom a kind goes to: the colleague's recipients, and a principal's or the central team's where they differ (003 §20.4, §20.5). */
function routingWords(routing: Settings['kinds'][number]['routing']) {
  return [
    recipientList(routing.colleague),
    routing.principal && `a principal’s own: ${recipientList(routing.principal)}`,
    routing.central && `the central team’s: ${recipientList(routing.central)}`,
  ]
    .filter(Boolean)
    .join('; ');
}

function Recipients({ settings, onDone }: { settings: Settings; onDone: (message: string) => void }) {
  const save = useSaveSettings(onDone);
  const [kindId, setKindId] = useState('');
  const [recipient, setRecipient] = useState<Recipient | ''>('');
  const [attempt, setAttempt] = useState(0);
  const [local, setLocal] = useState<Problem[]>([]);
  const added = settings.tailoring.addedRecipients ?? {};
  const change = (id: string, recipients: Recipient[], done: string) => {
    const { [id]: _replaced, ...others } = added;
    save.mutate({ changes: tailored(settings, { addedRecipients: recipients.length ? { ...others, [id]: recipients } : others }), done });
  };
  const refs: Record<string, FieldRef> = { kind: { id: 'recipient-kind', label: 'The declaration' }, recipient: { id: 'recipient-role', label: 'Also to' } };
  // Whatever the API says of the recipients added is said of the one being added.
  const problems = [...local, ...problemsOf(save.error).map((p) => (p.key.startsWith('tailoring.addedRecipients.') ? { ...p, key: 'recipient' } : p))];
  const errors = errorsOf(problems);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt(attempt + 1);
    const kind = settings.kinds.find((k) => k.id === kindId);
    const already = kind && recipient && [kind.routing.colleague, kind.routing.principal, kind.routing.central].every((list) => !list || list.includes(recipient));
    const mine = [
      ...(kind ? [] : [{ key: 'kind', reason: 'is not chosen' }]),
      ...(recipient ? [] : [{ key: 'recipient', reason: 'is not chosen' }]),
      ...(already ? [{ key: 'recipient', reason: 'already receives it' }] : []),
    ];
    setLocal(mine);
    if (mine.length || !kind || !recipient) return save.reset();
    change(kind.id, [...(added[kind.id] ?? []), recipient], `${roleLabel(recipient)} now also receives “${kind.title}”`);
  };
  return (
    <section className="panel" aria-labelledby="recipients-heading">
      <h2 id="recipients-heading">Whom each declaration goes to</h2>
      <p>Where a code names who receives a declaration, you may add recipients but not replace them. Someone a declaration names never receives it.</p>
      <TableRegion id="recipients" caption="The declarations asked for here, and whom each goes to">
        <thead>
          <tr>
            <th scope="col">Declaration</th>
            <th scope="col">Goes to</th>
            <th scope="col">Added here</th>
          </tr>
        </thead>
        <tbody>
          {settings.kinds.map((kind) => (
            <tr key={kind.id}>
              <th scope="row">
                {kind.title}
                <span className="hint">{kind.imposedByCode ? 'A duty a code imposes' : 'The organisation’s own'}</span>
              </th>
              <td>{routingWords(kind.routing)}</td>
              <td>
                {(added[kind.id] ?? []).map((role) => (
                  <button
                    key={role}
                    type="button"
                    className="button secondary small"
                    disabled={save.isPending}
                    onClick={() => change(kind.id, (added[kind.id] ?? []).filter((r) => r !== role), `${roleLabel(role)} no longer also receives “${kind.title}”`)}
                  >
                    Remove {roleLabel(role)}
                    <span className="visually-hidden"> from “{kind.title}”</span>
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <form noValidate onSubmit={submit} aria-labelledby="add-recipient-heading">
        <h3 id="add-recipient-heading">Add a recipient</h3>
        <FormProblems key={attempt} error={problems.length ? null : save.error} fields={refs} local={problems} />
        <SelectField id="recipient-kind" label="The declaration" className="input-medium" value={kindId} onChange={(event) => setKindId(event.target.value)} error={errors.kind}>
          <option value="">Choose one</option>
          {settings.kinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.title}
            </option>
          ))}
        </SelectField>
        <SelectField id="recipient-role" label="Also to" className="input-medium" hint="Whoever holds this role where the declarant works." value={recipient} onChange={(event) => setRecipient(event.target.value as Recipient)} error={errors.recipient}>
          <option value="">Choose one</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={save.isPending}>Add the recipient</SubmitButton>
      </form>
    </section>
  );
}

/** Only a kind no code imposes may be withdrawn: the organisation's own (the API refuses any other). */
function Withdrawn({ settings, onDone }: { settings: Settings; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const save = useSaveSettings(onDone);
  const withdrawn = settings.tailoring.withdrawnKinds ?? [];
  const [chosen, setChosen] = useState<string[]>([...withdrawn]);
  const [attempt, setAttempt] = useState(0);
  const own = (id: string) => settings.tailoring.addedKinds?.find((k) => k.id === id)?.title ?? id;
  const candidates = [...settings.kinds.filter((k) => !k.imposedByCode).map((k) => ({ id: k.id, title: k.title })), ...withdrawn.map((id) => ({ id, title: own(id) }))];
  const refs: Record<string, FieldRef> = Object.fromEntries(candidates.map((k) => [`tailoring.withdrawnKinds.${k.id}`, { id: `withdraw-${k.id}`, label: `Withdraw “${k.title}”` }]));
  const errors = errorsOf(problemsOf(save.error));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt(attempt + 1);
    save.mutate({ changes: tailored(settings, { withdrawnKinds: chosen }), done: chosen.length ? `Withdrawn: ${chosen.map(own).join(', ')}` : 'No declaration is withdrawn' });
  };
  return (
    <section className="panel" aria-labelledby="withdrawn-heading">
      <h2 id="withdrawn-heading">Declarations withdrawn</h2>
      {candidates.length === 0 ? (
        <p>Every declaration here is a duty that a code adopted in {organisation.name} imposes, so none may be withdrawn. A declaration of your own, added below, may be.</p>
      ) : (
        <form noValidate onSubmit={submit}>
          <FormProblems key={attempt} error={save.error} fields={refs} local={[]} />
          <fieldset className="field">
            <legend>Withdraw</legend>
            <span className="hint">Only declarations of your own are listed: a duty a code imposes is never withdrawn. Nobody is asked for one withdrawn; those already made stay.</span>
            {candidates.map((kind) => {
              const error = errors[`tailoring.withdrawnKinds.${kind.id}`];
              return (
                <div className={`checkbox${error ? ' has-error' : ''}`} key={kind.id}>
                  <input
                    id={`withdraw-${kind.id}`}
                    type="checkbox"
                    checked={chosen.includes(kind.id)}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) => setChosen(event.target.checked ? [...chosen, kind.id] : chosen.filter((id) => id !== kind.id))}
                  />
                  <label htmlFor={`withdraw-${kind.id}`}>
                    {kind.title}
                    {error && <span className="field-error">{error}</span>}
                  </label>
                </div>
              );
            })}
          </fieldset>
          <SubmitButton pending={save.isPending}>Save what is withdrawn</SubmitButton>
        </form>
      )}
    </section>
  );
}

const AUDIENCE_WORDS: Record<DeclarationAudience, string> = { staff: 'Staff', member: 'Members', self_employed_member: 'Self-employed members' };

const FIELD_TYPE_WORDS: Record<FieldType, string> = {
  text: 'A few words',
  long_text: 'A longer text',
  past_date: 'A date, not still to come',
  date: 'A date',
  pence: 'An amount of money',
  choice: 'One of a list',
  yes_no: 'Yes or no',
  person: 'Someone of the organisation',
};

interface FieldDraft {
  label: string;
  type: FieldType;
  required: boolean;
  choices: string;
}

interface KindDraft {
  title: string;
  asks: string;
  audience: DeclarationAudience;
  fields: FieldDraft[];
  recipients: Recipient[];
  limit: 'none' | 'immediately' | 'days';
  days: string;
  sensitive: boolean;
}

const blankField = (): FieldDraft => ({ label: '', type: 'text', required: true, choices: '' });
const blankKind = (): KindDraft => ({ title: '', asks: '', audience: 'staff', fields: [blankField()], recipients: [], limit: 'none', days: '', sensitive: false });

/** The API names a kind in lower-case words joined by dashes, and a field in letters: both come from the words the administrator writes. */
const kindIdOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
const fieldNameOf = (label: string) =>
  (label.match(/[A-Za-z]+/g) ?? [])
    .map((word, i) => (i === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()))
    .join('')
    .slice(0, 40);

/** The API's name for a part of a new kind, as the form names the control that sets it. */
function formKeyOf(key: string): string {
  if (key === 'id') return 'title';
  if (key.startsWith('routing')) return 'recipients';
  if (key.startsWith('timeLimit')) return 'days';
  const field = /^fields\.(\d+)\.(\w+)/.exec(key);
  if (field) return `fields.${field[1]}.${field[2] === 'choices' ? 'choices' : field[2] === 'type' ? 'type' : 'label'}`;
  return key === 'fields' ? 'fields.0.label' : key;
}

function OwnKindForm({ settings, onDone }: { settings: Settings; onDone: (message: string) => void }) {
  const save = useSaveSettings(onDone);
  const [kind, setKind] = useState(blankKind);
  const [local, setLocal] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const index = settings.tailoring.addedKinds?.length ?? 0;
  const refs: Record<string, FieldRef> = {
    title: { id: 'own-title', label: 'Title' },
    asks: { id: 'own-asks', label: 'What it asks' },
    audience: { id: 'own-audience', label: 'Who makes it' },
    ...Object.fromEntries(
      kind.fields.flatMap((_, i) => [
        [`fields.${i}.label`, { id: `own-field-${i}-label`, label: `Question ${i + 1}` }],
        [`fields.${i}.type`, { id: `own-field-${i}-type`, label: `The answer to question ${i + 1}` }],
        [`fields.${i}.choices`, { id: `own-field-${i}-choices`, label: `The choices for question ${i + 1}` }],
      ]),
    ),
    recipients: { id: 'own-recipients', label: 'Goes to' },
    days: { id: 'own-days', label: 'Time limit' },
  };
  const prefix = `tailoring.addedKinds.${index}.`;
  const problems = [...local, ...problemsOf(save.error, prefix).map((p) => (p.key.startsWith('tailoring.') ? p : { ...p, key: formKeyOf(p.key) }))];
  const errors = errorsOf(problems);
  const setField = (i: number, changes: Partial<FieldDraft>) => setKind({ ...kind, fields: kind.fields.map((f, j) => (j === i ? { ...f, ...changes } : f)) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt(attempt + 1);
    const names = kind.fields.map((f) => fieldNameOf(f.label));
    const days = Number(kind.days);
    const mine = [
      ...names.flatMap((name, i) => (name && names.indexOf(name) !== i ? [{ key: `fields.${i}.label`, reason: 'is the same as an earlier question' }] : [])),
      ...(kind.limit === 'days' && !(Number.isInteger(days) && days >= 1 && days <= 365) ? [{ key: 'days', reason: 'is a whole number of days, from 1 to 365' }] : []),
    ];
    setLocal(mine);
    if (mine.length) return save.reset();
    const added: OwnKind = {
      id: kindIdOf(kind.title),
      title: kind.title,
      asks: kind.asks,
      audience: kind.audience,
      fields: kind.fields.map((f, i) => ({ name: names[i]!, label: f.label, type: f.type, required: f.required, ...(f.type === 'choice' && { choices: f.choices.split(',').map((c) => c.trim()).filter(Boolean) }) })),
      routing: { colleague: kind.recipients },
      timeLimit: kind.limit === 'none' ? null : kind.limit === 'immediately' ? { type: 'immediately' } : { type: 'calendar_days', days },
      sensitive: kind.sensitive,
    };
    save.mutate(
      { changes: tailored(settings, { addedKinds: [...(settings.tailoring.addedKinds ?? []), added] }), done: `Added “${kind.title}”: ${AUDIENCE_WORDS[kind.audience].toLowerCase()} may now declare it` },
      { onSuccess: () => setKind(blankKind()) },
    );
  };

  return (
    <section className="panel" aria-labelledby="own-heading">
      <h2 id="own-heading">Add a declaration of your own</h2>
      <p>A declaration the organisation asks for beyond what its codes ask. No code imposes it, so you may withdraw it later.</p>
      <form noValidate onSubmit={submit}>
        <FormProblems key={attempt} error={problems.length ? null : save.error} fields={refs} local={problems} />
        <TextField id="own-title" label="Title" hint="What people choose to declare, for example “Paid work outside the trust”." value={kind.title} onChange={(event) => setKind({ ...kind, title: event.target.value })} error={errors.title} />
        <TextArea id="own-asks" label="What it asks" className="prose" rows={3} value={kind.asks} onChange={(event) => setKind({ ...kind, asks: event.target.value })} error={errors.asks} />
        <SelectField id="own-audience" label="Who makes it" className="input-medium" value={kind.audience} onChange={(event) => setKind({ ...kind, audience: event.target.value as DeclarationAudience })} error={errors.audience}>
          {DECLARATION_AUDIENCES.map((audience) => (
            <option key={audience} value={audience}>
              {AUDIENCE_WORDS[audience]}
            </option>
          ))}
        </SelectField>
        {kind.fields.map((field, i) => (
          <fieldset className="field" key={i}>
            <legend>Question {i + 1}</legend>
            <TextField id={`own-field-${i}-label`} label="The question" value={field.label} onChange={(event) => setField(i, { label: event.target.value })} error={errors[`fields.${i}.label`]} />
            <SelectField id={`own-field-${i}-type`} label="The answer" className="input-medium" value={field.type} onChange={(event) => setField(i, { type: event.target.value as FieldType })} error={errors[`fields.${i}.type`]}>
              {FIELD_TYPES.map((type) => (
                <option key={type} value={type}>
                  {FIELD_TYPE_WORDS[type]}
                </option>
              ))}
            </SelectField>
            {field.type === 'choice' && (
              <TextField
                id={`own-field-${i}-choices`}
                label="The choices"
                hint="Separated by commas."
                value={field.choices}
                onChange={(event) => setField(i, { choices: event.target.value })}
                error={errors[`fields.${i}.choices`]}
              />
            )}
            <div className="checkbox">
              <input id={`own-field-${i}-required`} type="checkbox" checked={field.required} onChange={(event) => setField(i, { required: event.target.checked })} />
              <label htmlFor={`own-field-${i}-required`}>An answer is needed</label>
            </div>
            {kind.fields.length > 1 && (
              <button type="button" className="button secondary small" onClick={() => setKind({ ...kind, fields: kind.fields.filter((_, j) => j !== i) })}>
                Remove question {i + 1}
              </button>
            )}
          </fieldset>
        ))}
        <p>
          <button type="button" className="button secondary small" onClick={() => setKind({ ...kind, fields: [...kind.fields, blankField()] })}>
            Add a question
          </button>
        </p>
        <fieldset className={`field${errors.recipients ? ' has-error' : ''}`} aria-describedby={errors.recipients ? 'own-recipients-error' : undefined}>
          <legend id="own-recipients" tabIndex={-1}>
            Goes to
          </legend>
          {errors.recipients && (
            <span className="field-error" id="own-recipients-error">
              <span className="visually-hidden">Error: </span>Goes to {errors.recipients}
            </span>
          )}
          <div className="checkbox-columns">
            {ROLES.map((role) => (
              <div className="checkbox" key={role}>
                <input
                  id={`own-recipient-${role}`}
                  type="checkbox"
                  checked={kind.recipients.includes(role)}
                  onChange={(event) => setKind({ ...kind, recipients: event.target.checked ? [...kind.recipients, role] : kind.recipients.filter((r) => r !== role) })}
                />
                <label htmlFor={`own-recipient-${role}`}>{roleLabel(role)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className={`field${errors.days ? ' has-error' : ''}`}>
          <legend>Time limit</legend>
          {(
            [
              ['none', 'None'],
              ['immediately', 'At once'],
              ['days', 'Within a number of days of it happening'],
            ] as const
          ).map(([limit, words]) => (
            <div className="radio" key={limit}>
              <input id={`own-limit-${limit}`} type="radio" name="own-limit" checked={kind.limit === limit} onChange={() => setKind({ ...kind, limit })} />
              <label htmlFor={`own-limit-${limit}`}>{words}</label>
            </div>
          ))}
          {kind.limit === 'days' && <TextField id="own-days" label="Days" className="input-tiny" inputMode="numeric" value={kind.days} onChange={(event) => setKind({ ...kind, days: event.target.value })} error={errors.days} />}
        </fieldset>
        <div className="checkbox">
          <input id="own-sensitive" type="checkbox" checked={kind.sensitive} onChange={(event) => setKind({ ...kind, sensitive: event.target.checked })} />
          <label htmlFor="own-sensitive">
            Sensitive
            <span className="hint">Only those it goes to may read it, and every reading is recorded in the audit trail.</span>
          </label>
        </div>
        <SubmitButton pending={save.isPending}>Add the declaration</SubmitButton>
      </form>
    </section>
  );
}
