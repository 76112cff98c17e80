import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, CASE_TYPE_WORDS, type CaseTypeId, type NewCase } from '../../api.ts';
import { NotAvailable } from '../../ui/feedback.tsx';
import { Checkbox, ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { fullName } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { PersonPicker, type PickedPerson } from '../../ui/person-picker.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { useCasesChanged } from './queries.ts';

// Opening a case at intake: its type (those this kind of organisation runs), the person it is about, anyone
// else it names (each barred from it), where it came from and what it is about. The officer opening it is
// its first officer; the server refuses, against the field, what it may not open.

const FROM = { intake: 'Received directly (an application, a report to us)', concern: 'A concern raised', third_party: 'Information from a third party' } as const;

/** `/orgs/:orgId/cases/new` */
export function OpenCasePage() {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const changed = useCasesChanged();
  const types = (Object.entries(CASE_TYPE_WORDS) as [CaseTypeId, (typeof CASE_TYPE_WORDS)[CaseTypeId]][]).filter(([, t]) => t.runBy === 'any' || t.runBy === organisation.kind);
  const [type, setType] = useState<CaseTypeId | ''>(types.length === 1 ? types[0]![0] : '');
  const [subject, setSubject] = useState<PickedPerson | null>(null);
  const [named, setNamed] = useState<PickedPerson[]>([]);
  // Anyone of the organisation the reader may see, by name, with their job to tell two of one name apart.
  const search = async (q: string) => (await api.people(organisation.id, q)).map((p) => ({ id: p.id, name: fullName(p), detail: p.employment?.jobRole || null }));
  const [openedFrom, setOpenedFrom] = useState<keyof typeof FROM | ''>('');
  const [sourceNote, setSourceNote] = useState('');
  const [summary, setSummary] = useState('');
  const [harmThreshold, setHarmThreshold] = useState(false);
  const open = useMutation({
    mutationFn: (body: NewCase) => api.openCase(organisation.id, body),
    onSuccess: async (opened) => {
      await changed();
      navigate(`/orgs/${organisation.id}/cases/${opened.id}`, { state: { done: `Opened ${opened.reference}: you are its case officer` } });
    },
  });
  const errors = fieldErrors(open.error);
  const refs: Record<string, FieldRef> = {
    type: { id: 'case-type', label: 'Type' },
    subjectId: { id: 'case-subject', label: 'The person it is about' },
    namedPersonIds: { id: 'case-named', label: 'Others it names' },
    openedFrom: { id: 'case-from', label: 'Where it came from' },
    sourceNote: { id: 'case-source', label: 'Who or what' },
    summary: { id: 'case-summary', label: 'What it is about' },
    harmThreshold: { id: 'case-harm', label: 'Harm threshold' },
  };
  if (!can(organisation, 'case.open')) {
    return (
      <Page title={`Open a case – ${organisation.name}`} heading="Open a case">
        <NotAvailable where={organisation.name} />
      </Page>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Whatever is missing is the API's to refuse, against its field.
    open.mutate({
      type: type as CaseTypeId,
      subjectId: subject?.id ?? '',
      summary,
      openedFrom: openedFrom as keyof typeof FROM,
      namedPersonIds: named.map((p) => p.id),
      harmThreshold: type === 'allegation' && harmThreshold,
      ...(sourceNote.trim() && { sourceNote }),
    });
  };
  return (
    <Page
      title={`Open a case – ${organisation.name}`}
      heading="Open a case"
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/cases`}>Cases</Link> › Open a case
        </>
      }
    >
      <form noValidate onSubmit={submit} className="panel">
        <ErrorSummary key={open.submittedAt} error={open.error} fields={refs} />
        <SelectField id="case-type" label="Type" className="input-medium" value={type} onChange={(event) => setType(event.target.value as CaseTypeId | '')} error={errors.type}>
          <option value="">Choose one</option>
          {types.map(([id, t]) => (
            <option key={id} value={id}>
              {t.title}
            </option>
          ))}
        </SelectField>
        <PersonPicker id="case-subject" label="The person it is about" value={subject} onChange={setSubject} error={errors.subjectId} search={search} queryKey={['cases', 'people', organisation.id]} />
        <PersonPicker
          id="case-named"
          label="Someone else it names (optional)"
          hint="Who raised it, a witness: each one chosen is added below, and barred from the case."
          value={null}
          onChange={(person) => person && person.id !== subject?.id && !named.some((p) => p.id === person.id) && setNamed([...named, person])}
          error={errors.namedPersonIds}
          search={search}
          queryKey={['cases', 'people', organisation.id]}
        />
        {named.length > 0 && (
          <fieldset className="field">
            <legend>Others it names</legend>
            {named.map((person) => (
              <Checkbox key={person.id} id={`case-named-${person.id}`} label={person.name} checked onChange={() => setNamed(named.filter((p) => p.id !== person.id))} />
            ))}
          </fieldset>
        )}
        <SelectField id="case-from" label="Where it came from" className="input-medium" value={openedFrom} onChange={(event) => setOpenedFrom(event.target.value as keyof typeof FROM | '')} error={errors.openedFrom}>
          <option value="">Choose one</option>
          {Object.entries(FROM).map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </SelectField>
        <TextField id="case-source" label="Who or what" hint="Optional: who raised it, which third party wrote." className="input-medium" value={sourceNote} onChange={(event) => setSourceNote(event.target.value)} error={errors.sourceNote} />
        <TextArea id="case-summary" label="What it is about" className="prose" rows={4} value={summary} onChange={(event) => setSummary(event.target.value)} error={errors.summary} />
        {type === 'allegation' && (
          <Checkbox
            id="case-harm"
            label="It may meet the harm threshold"
            hint="Then it is referred to the local authority’s designated officer within one working day."
            checked={harmThreshold}
            onChange={(event) => setHarmThreshold(event.target.checked)}
            error={errors.harmThreshold}
          />
        )}
        <SubmitButton pending={open.isPending}>Open the case</SubmitButton>
      </form>
    </Page>
  );
}
