import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, CONDUCT_OUTCOMES, type ConductCategory, type ConductOutcome, type NewConductEntry } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, useFormValues, type FieldRef } from '../../ui/form.tsx';
import { Page } from '../../ui/page.tsx';
import { PersonPicker, type PickedPerson } from '../../ui/person-picker.tsx';
import { CitationLink } from '../codes/citation-link.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';
import { useMe } from '../session/session.tsx';
import { conductOutcomeLabel } from './labels.ts';
import { categoriesQuery, entryQuery, useConductLogChanged } from './queries.ts';

// Recording an entry in an academy's conduct log (003 §6.4), by its principal: about a member of staff who
// works there, the date, the categories and within each the provisions of the staff code involved, what
// happened, the action taken and, once known, the outcome.

/** What an entry says, as its form holds it: what is recorded and what an amendment may change. */
export interface EntryDetails {
  occurredOn: string;
  categories: string[];
  provisions: string[];
  description: string;
  actionTaken: string;
  outcome: ConductOutcome | '';
}

interface Values extends EntryDetails {
  academyId: string;
  staff: PickedPerson | null;
}

const today = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/** `/orgs/:orgId/conduct-log/new` */
export function NewConductEntryPage() {
  const { organisation } = useOrganisation();
  return (
    <Allowed actions={['conduct_log.record']} title="Record a conduct log entry">
      <Page
        title={`Record a conduct log entry – ${organisation.name}`}
        heading="Record a conduct log entry"
        breadcrumbs={
          <>
            <Link to={`/orgs/${organisation.id}/conduct-log`}>Conduct log</Link> › Record an entry
          </>
        }
      >
        <EntryForm />
      </Page>
    </Allowed>
  );
}

/** The words of a provision of a category, as the codes library gives them ("provision 8.2"). */
const provisionWords = (category: ConductCategory, key: string) => category.cites?.provisions.find((p) => p.key === key)?.words ?? key;

function EntryForm() {
  const { organisation, roles } = useOrganisation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const changed = useConductLogChanged();
  const categories = useQuery(categoriesQuery(organisation.id));
  // Where the person holds a role in one academy only, that is the log they keep.
  const ownAcademies = [...new Set(roles.flatMap((r) => (r.academyId ? [r.academyId] : [])))];
  const [values, setValues] = useFormValues<Values>(() => ({
    academyId: ownAcademies.length === 1 ? ownAcademies[0]! : '',
    staff: null,
    occurredOn: today(),
    categories: [],
    provisions: [],
    description: '',
    actionTaken: '',
    outcome: '',
  }));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues({ ...values, [key]: value });
  const record = useMutation({
    mutationFn: (body: NewConductEntry) => api.recordConductEntry(organisation.id, body),
    onSuccess: async (entry) => {
      queryClient.setQueryData(entryQuery(organisation.id, entry.id).queryKey, entry);
      await changed();
      navigate(`/orgs/${organisation.id}/conduct-log/entries/${entry.id}`, { state: { done: `Recorded an entry about ${entry.staff.name}` } });
    },
  });
  if (categories.error) return <QueryError error={categories.error} what="categories" />;
  if (!categories.data) return <Loading what="Loading the categories" />;
  const errors = fieldErrors(record.error);
  const fields: Record<string, FieldRef> = {
    academyId: { id: 'entry-academy', label: 'Academy' },
    staffId: { id: 'entry-staff', label: 'Member of staff' },
    ...detailFields('entry', categories.data.categories),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({
      academyId: values.academyId,
      staffId: values.staff?.id ?? '',
      ...detailsBody(values),
    });
  };
  return (
    <form noValidate onSubmit={submit} aria-label="Record a conduct log entry">
      <p className="lede">Only you, the trust’s chief operating officer and those you let see it read it; the member of staff sees it only if you share it with them, and their colleagues never.</p>
      <ErrorSummary key={record.submittedAt} error={record.error} fields={fields} />
      <AcademyField id="entry-academy" value={values.academyId} onChange={(academyId) => set('academyId', academyId)} error={errors.academyId} />
      <PersonPicker
        id="entry-staff"
        label="Member of staff"
        hint="Two or more letters of their name: someone who works at the academy."
        value={values.staff}
        onChange={(person) => set('staff', person)}
        search={async (q) =>
          (await api.people(organisation.id, q))
            .filter((p) => p.id !== me.person.id && (!values.academyId || p.employment?.academyId === values.academyId))
            .map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}`, detail: p.employment?.jobRole ?? null }))
        }
        queryKey={['conduct-log', 'staff', organisation.id, values.academyId]}
        error={errors.staffId}
      />
      <EntryDetailFields prefix="entry" categories={categories.data.categories} values={values} onChange={(details) => setValues({ ...values, ...details })} errors={errors} />
      <SubmitButton pending={record.isPending} pendingText="Recording">
        Record the entry
      </SubmitButton>
    </form>
  );
}

/** An entry's details as the API takes them, recording or amending: an outcome not decided is none. */
export const detailsBody = (v: EntryDetails) => ({ occurredOn: v.occurredOn, categories: v.categories, provisions: v.provisions, description: v.description, actionTaken: v.actionTaken, outcome: v.outcome || null });

/** The fields of an entry's details, for the form that records one and the one that amends it, by their ids. */
export const detailFields = (prefix: string, categories: ConductCategory[]): Record<string, FieldRef> => ({
  occurredOn: { id: `${prefix}-date`, label: 'Date' },
  categories: { id: `${prefix}-category-${categories[0]?.id ?? ''}`, label: 'Categories' },
  provisions: { id: `${prefix}-category-${categories[0]?.id ?? ''}`, label: 'Provisions' },
  description: { id: `${prefix}-description`, label: 'What happened' },
  actionTaken: { id: `${prefix}-action`, label: 'Action taken' },
  outcome: { id: `${prefix}-outcome`, label: 'Outcome' },
});

/** The date, the categories with the provisions involved in each, what happened, the action taken and the outcome. */
export function EntryDetailFields({ prefix, categories, values, onChange, errors }: {
  prefix: string;
  categories: ConductCategory[];
  values: EntryDetails;
  onChange: (details: EntryDetails) => void;
  errors: Record<string, string>;
}) {
  const set = <K extends keyof EntryDetails>(key: K, value: EntryDetails[K]) => onChange({ ...values, [key]: value });
  const toggle = (list: string[], item: string, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
  const chooseCategory = (category: ConductCategory, on: boolean) =>
    onChange({ ...values, categories: toggle(values.categories, category.id, on), provisions: on ? values.provisions : values.provisions.filter((p) => !category.provisions.includes(p)) });
  return (
    <>
      <TextField id={`${prefix}-date`} label="Date" hint="When it happened." type="date" className="input-medium" max={today()} value={values.occurredOn} onChange={(event) => set('occurredOn', event.target.value)} error={errors.occurredOn} />
      <fieldset className={`field${errors.categories || errors.provisions ? ' has-error' : ''}`}>
        <legend>Categories, and the provisions of {categories[0]?.cites?.name ?? 'the staff code'} involved</legend>
        {(errors.categories || errors.provisions) && (
          <span className="field-error">
            <span className="visually-hidden">Error: </span>
            {[errors.categories, errors.provisions].filter(Boolean).join('; ')}
          </span>
        )}
        {categories.map((category) => {
          const chosen = values.categories.includes(category.id);
          return (
            <Fragment key={category.id}>
              <div className="checkbox">
                <input id={`${prefix}-category-${category.id}`} type="checkbox" checked={chosen} onChange={(event) => chooseCategory(category, event.target.checked)} />
                <label htmlFor={`${prefix}-category-${category.id}`}>{category.title}</label>
              </div>
              {chosen && (
                <fieldset className="field nested-choices">
                  <legend>Provisions involved in “{category.title}”</legend>
                  {category.cites && (
                    <p className="hint">
                      <CitationLink citation={category.cites} />
                    </p>
                  )}
                  <div className="checkbox-columns">
                    {category.provisions.map((key) => (
                      <div className="checkbox" key={key}>
                        <input
                          id={`${prefix}-provision-${key}`}
                          type="checkbox"
                          checked={values.provisions.includes(key)}
                          onChange={(event) => set('provisions', toggle(values.provisions, key, event.target.checked))}
                        />
                        <label htmlFor={`${prefix}-provision-${key}`}>{provisionWords(category, key)}</label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              )}
            </Fragment>
          );
        })}
      </fieldset>
      <TextArea id={`${prefix}-description`} label="What happened" rows={5} value={values.description} onChange={(event) => set('description', event.target.value)} error={errors.description} />
      <TextArea id={`${prefix}-action`} label="Action taken" rows={3} value={values.actionTaken} onChange={(event) => set('actionTaken', event.target.value)} error={errors.actionTaken} />
      <SelectField id={`${prefix}-outcome`} label="Outcome" className="input-medium" value={values.outcome} onChange={(event) => set('outcome', event.target.value as ConductOutcome | '')} error={errors.outcome}>
        <option value="">Not decided yet</option>
        {CONDUCT_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {conductOutcomeLabel(o)}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** The academy whose log it is: of an entry, or of a grant of the whole log. */
export function AcademyField({ id, value, onChange, error }: { id: string; value: string; onChange: (academyId: string) => void; error?: string | undefined }) {
  const { organisation } = useOrganisation();
  return (
    <SelectField id={id} label="Academy" className="input-medium" value={value} onChange={(event) => onChange(event.target.value)} error={error}>
      <option value="">Choose one</option>
      {organisation.academies.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </SelectField>
  );
}
