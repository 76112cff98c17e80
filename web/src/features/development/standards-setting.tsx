import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, type StandardsSetting } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, type FieldRef } from '../../ui/form.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';

// 000 §2, generic over any code of standards: which adopted code people rate themselves against. Without
// a choice, the adopted code with the most standards; a choice no longer adopted falls back to that too.

const DEFAULT = '';
const FIELDS: Record<string, FieldRef> = { codeId: { id: 'standards-code', label: 'Standards to assess against' } };
const describe = (c: StandardsSetting['candidates'][number]) => `${c.title} (${c.version}), ${c.standards} standards`;

export function StandardsSettingPanel() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const setting = useQuery({ queryKey: ['standards-setting', organisation.id], queryFn: () => api.standardsSetting(organisation.id) });
  const [chosen, setChosen] = useState(DEFAULT);
  useEffect(() => setChosen(setting.data?.chosenCodeId ?? DEFAULT), [setting.data?.chosenCodeId]);
  const save = useMutation({
    mutationFn: (codeId: string | null) => api.chooseStandards(organisation.id, codeId),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['standards-setting', organisation.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['development', organisation.id] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(chosen === DEFAULT ? null : chosen);
  };
  return (
    <section className="panel" aria-labelledby="standards-heading">
      <h2 id="standards-heading">Standards for self-assessment</h2>
      {setting.error ? (
        <QueryError error={setting.error} what="standards setting" />
      ) : !setting.data ? (
        <Loading what="Loading the standards setting" />
      ) : setting.data.candidates.length === 0 ? (
        <p>None of the codes {organisation.name} has adopted is a set of standards. Adopt one (such as the Professional Standards) for people to assess themselves against it.</p>
      ) : (
        <>
          <p>
            People assess themselves against <strong>{setting.data.inUse ? describe(setting.data.inUse) : 'no code'}</strong>
            {setting.data.chosenCodeId === null ? ', the adopted code with the most standards.' : ', as chosen here.'} Self-assessments already started stay against the code they began with.
          </p>
          <LiveRegion>{save.isSuccess && <Status title="The standards are saved" />}</LiveRegion>
          <ErrorSummary error={save.error} fields={FIELDS} />
          <form noValidate onSubmit={submit}>
            <SelectField id="standards-code" label="Standards to assess against" className="input-medium" value={chosen} onChange={(event) => setChosen(event.target.value)} error={fieldErrors(save.error).codeId}>
              <option value={DEFAULT}>The adopted code with the most standards</option>
              {setting.data.candidates.map((c) => (
                <option key={c.codeId} value={c.codeId}>
                  {describe(c)}
                </option>
              ))}
            </SelectField>
            <SubmitButton pending={save.isPending} pendingText="Saving">
              Save the standards
            </SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
