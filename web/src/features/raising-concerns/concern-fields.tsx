import type { ReportCategory, ReporterRelationship, ReportMode } from '../../api.ts';
import { SelectField, TextArea, TextField } from '../../ui/form.tsx';
import { CATEGORY_WORDS, RELATIONSHIP_WORDS, MODE_WORDS } from './words.ts';

// The fields of a concern, as the reporter fills them in on the organisation's page and as a handler enters
// one told to them by phone, letter, email or in person: the same fields and the same request, in the words
// of whoever is filling them in.

export interface ConcernValues {
  mode: ReportMode | '';
  category: ReportCategory | '';
  account: string;
  when: string;
  where: string;
  namedPeople: string;
  name: string;
  contact: string;
  relationship: ReporterRelationship | '';
}

export const EMPTY_CONCERN: ConcernValues = { mode: '', category: '', account: '', when: '', where: '', namedPeople: '', name: '', contact: '', relationship: '' };

const optional = (text: string) => text.trim() || undefined;

/** What the request carries of the fields, beside the mode and category the caller has checked are chosen. */
export function concernBody(values: ConcernValues) {
  return {
    account: values.account,
    when: optional(values.when),
    where: optional(values.where),
    namedPeople: values.namedPeople
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    identity: values.mode === 'anonymous' ? undefined : { name: values.name, contact: optional(values.contact), relationship: values.relationship || undefined },
  };
}

/** The words of the fields for the person filling them in. */
export interface ConcernWords {
  mode: { legend: string; label: string; hints: Record<ReportMode, string> };
  account: { label: string; hint: string };
  whenHint?: string;
  namedPeopleHint: string;
  reporter: { legend: string; hints: Record<'named' | 'confidential', string>; name: string; contact: string; relationship: string; notSaid: string };
  /** Whether the name asked for is the browser's own user's, which it may fill in. */
  ownName: boolean;
}

/** Each field's id and label under its request field, for the form's error summary. */
export function concernFieldLabels(prefix: string, words: ConcernWords) {
  const name = { id: `${prefix}identity-name`, label: words.reporter.name };
  return {
    mode: { id: `${prefix}mode-named`, label: words.mode.label },
    category: { id: `${prefix}category`, label: 'What it is about' },
    account: { id: `${prefix}account`, label: words.account.label },
    when: { id: `${prefix}when`, label: 'When' },
    where: { id: `${prefix}where`, label: 'Where' },
    namedPeople: { id: `${prefix}named-people`, label: 'Who it is about' },
    identity: name,
    'identity.name': name,
    'identity.contact': { id: `${prefix}identity-contact`, label: words.reporter.contact },
    'identity.relationship': { id: `${prefix}identity-relationship`, label: words.reporter.relationship },
  };
}

export function ConcernFields(props: {
  /** Put before every id, so that two forms' fields never share one. */
  prefix: string;
  words: ConcernWords;
  modes: readonly ReportMode[];
  categories: readonly ReportCategory[];
  relationships: readonly ReporterRelationship[];
  values: ConcernValues;
  set: (changes: Partial<ConcernValues>) => void;
  errors: Record<string, string | undefined>;
}) {
  const { prefix, words, values, set, errors } = props;
  const id = (name: string) => `${prefix}${name}`;
  return (
    <>
      <fieldset className={`field${errors.mode ? ' has-error' : ''}`} aria-describedby={errors.mode ? id('mode-error') : undefined}>
        <legend>{words.mode.legend}</legend>
        {errors.mode && (
          <span className="field-error" id={id('mode-error')}>
            <span className="visually-hidden">Error: </span>
            {words.mode.label} {errors.mode}
          </span>
        )}
        {props.modes.map((mode) => (
          <div className="radio" key={mode}>
            <input id={id(`mode-${mode}`)} type="radio" name={id('mode')} checked={values.mode === mode} onChange={() => set({ mode })} aria-describedby={id(`mode-${mode}-hint`)} />
            <label htmlFor={id(`mode-${mode}`)}>
              {MODE_WORDS[mode].label}
              <span className="hint" id={id(`mode-${mode}-hint`)}>
                {words.mode.hints[mode]}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <SelectField id={id('category')} label="What it is about" value={values.category} onChange={(event) => set({ category: event.target.value as ReportCategory })} error={errors.category}>
        <option value="">Choose one</option>
        {props.categories.map((category) => (
          <option key={category} value={category}>
            {CATEGORY_WORDS[category]}
          </option>
        ))}
      </SelectField>
      <TextArea id={id('account')} label={words.account.label} hint={words.account.hint} rows={8} value={values.account} onChange={(event) => set({ account: event.target.value })} error={errors.account} />
      <TextField id={id('when')} label="When (optional)" hint={words.whenHint} value={values.when} onChange={(event) => set({ when: event.target.value })} error={errors.when} />
      <TextField id={id('where')} label="Where (optional)" value={values.where} onChange={(event) => set({ where: event.target.value })} error={errors.where} />
      <TextArea
        id={id('named-people')}
        label="Who it is about (optional)"
        hint={words.namedPeopleHint}
        rows={3}
        value={values.namedPeople}
        onChange={(event) => set({ namedPeople: event.target.value })}
        error={errors.namedPeople}
      />
      {values.mode && values.mode !== 'anonymous' && (
        <fieldset>
          <legend>{words.reporter.legend}</legend>
          <p className="hint">{words.reporter.hints[values.mode]}</p>
          <TextField id={id('identity-name')} label={words.reporter.name} autoComplete={words.ownName ? 'name' : undefined} value={values.name} onChange={(event) => set({ name: event.target.value })} error={errors['identity.name'] ?? errors.identity} />
          <TextField
            id={id('identity-contact')}
            label={`${words.reporter.contact} (optional)`}
            hint="An email address or a phone number."
            value={values.contact}
            onChange={(event) => set({ contact: event.target.value })}
            error={errors['identity.contact']}
          />
          <SelectField
            id={id('identity-relationship')}
            label={`${words.reporter.relationship} (optional)`}
            value={values.relationship}
            onChange={(event) => set({ relationship: event.target.value as ReporterRelationship })}
            error={errors['identity.relationship']}
          >
            <option value="">{words.reporter.notSaid}</option>
            {props.relationships.map((r) => (
              <option key={r} value={r}>
                {RELATIONSHIP_WORDS[r]}
              </option>
            ))}
          </SelectField>
        </fieldset>
      )}
    </>
  );
}
