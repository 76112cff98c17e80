import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type ConductEntry } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton } from '../../ui/form.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { detailFields, detailsBody, EntryDetailFields, type EntryDetails } from './entry-form.tsx';
import { categoriesQuery, entryQuery, useConductLogChanged } from './queries.ts';

// Amending an entry, by the principal who keeps the log: its details as they stand, to change and save. What
// is sent replaces what was there; the member of staff and the academy stay as recorded. The amendment is in
// the audit trail, naming the fields sent. The page keys this form by the entry's last change, so that an
// amendment saved starts it again from what the entry now says.

const detailsOf = (e: ConductEntry): EntryDetails => ({
  occurredOn: e.occurredOn,
  categories: e.categories.map((c) => c.id),
  provisions: e.provisions,
  description: e.description,
  actionTaken: e.actionTaken,
  outcome: e.outcome ?? '',
});

export function AmendEntry({ entry, onDone }: { entry: ConductEntry; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useConductLogChanged();
  const categories = useQuery(categoriesQuery(organisation.id));
  const [values, setValues] = useState(() => detailsOf(entry));
  const amend = useMutation({
    mutationFn: (details: EntryDetails) => api.amendConductEntry(organisation.id, entry.id, detailsBody(details)),
    onSuccess: async (next) => {
      queryClient.setQueryData(entryQuery(organisation.id, entry.id).queryKey, next);
      onDone('The entry is amended');
      await changed();
    },
  });
  return (
    <section className="panel" aria-labelledby="amend-heading">
      <h2 id="amend-heading">Amend the entry</h2>
      {categories.error ? (
        <QueryError error={categories.error} what="categories" />
      ) : !categories.data ? (
        <Loading what="Loading the categories" />
      ) : (
        <form
          noValidate
          aria-labelledby="amend-heading"
          onSubmit={(event) => {
            event.preventDefault();
            amend.mutate(values);
          }}
        >
          <p className="hint">What you save replaces what the entry says now; the amendment is recorded in the audit trail.</p>
          <ErrorSummary key={amend.submittedAt} error={amend.error} fields={detailFields('amend', categories.data.categories)} />
          <EntryDetailFields prefix="amend" categories={categories.data.categories} values={values} onChange={setValues} errors={fieldErrors(amend.error)} />
          <SubmitButton pending={amend.isPending} pendingText="Saving">
            Save the amendment
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
