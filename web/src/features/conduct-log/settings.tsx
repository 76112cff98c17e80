import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { Page } from '../../ui/page.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';

// What counts as repeated entries for one person, for the whole trust: this many entries within a window of
// this many days. No code sets it; the trust does (003 §6.4 asks only that patterns inform training).

/** `/orgs/:orgId/conduct-log/settings` */
export function ConductSettingsPage() {
  const { organisation } = useOrganisation();
  return (
    <Allowed actions={['conduct_log.configure']} title="Conduct log settings">
      <Page title={`Conduct log settings – ${organisation.name}`} heading="Conduct log settings" narrow>
        <SettingsForm />
      </Page>
    </Allowed>
  );
}

function SettingsForm() {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const key = ['conduct-log', 'settings', organisation.id];
  const settings = useQuery({ queryKey: key, queryFn: () => api.conductSettings(organisation.id) });
  // What has been typed over the saved settings; null shows the saved value, from the first moment it is there.
  const [threshold, setThreshold] = useState<string | null>(null);
  const [windowDays, setWindowDays] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (chosen: { threshold: number; windowDays: number }) => api.setConductSettings(organisation.id, chosen),
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      setThreshold(null);
      setWindowDays(null);
      await queryClient.invalidateQueries({ queryKey: ['conduct-log', 'patterns'] });
    },
  });
  if (settings.error) return <QueryError error={settings.error} what="settings" />;
  if (!settings.data) return <Loading what="Loading the settings" />;
  const shown = { threshold: threshold ?? String(settings.data.threshold), windowDays: windowDays ?? String(settings.data.windowDays) };
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ threshold: Number(shown.threshold), windowDays: Number(shown.windowDays) });
  };
  return (
    <>
      <LiveRegion>{save.isSuccess && save.data && <Status key={save.submittedAt} title={`Repeated entries are now ${save.data.threshold} or more within ${save.data.windowDays} days`} />}</LiveRegion>
      <p className="lede">
        The <Link to={`/orgs/${organisation.id}/conduct-log/patterns`}>patterns</Link> name a member of staff with repeated entries, to those who may read them all: this many entries within this
        many days. The default is three within 180 days, about two terms.
      </p>
      <form noValidate onSubmit={submit} aria-label="Repeated entries">
        <ErrorSummary key={save.submittedAt} error={save.error} fields={{ threshold: { id: 'settings-threshold', label: 'Entries' }, windowDays: { id: 'settings-window', label: 'Within (days)' } }} />
        <TextField id="settings-threshold" label="Entries" hint="From 2 to 20." type="number" inputMode="numeric" className="input-short" value={shown.threshold} onChange={(event) => setThreshold(event.target.value)} error={errors.threshold} />
        <TextField id="settings-window" label="Within (days)" hint="From 7 to 730." type="number" inputMode="numeric" className="input-short" value={shown.windowDays} onChange={(event) => setWindowDays(event.target.value)} error={errors.windowDays} />
        <SubmitButton pending={save.isPending}>Save</SubmitButton>
      </form>
    </>
  );
}
