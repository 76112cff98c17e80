import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, type ConductEntry } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { CitationLink } from '../codes/citation-link.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { AmendEntry } from './amend.tsx';
import { GrantForm, useWithdrawGrant } from './grant-form.tsx';
import { conductOutcomeLabel } from './labels.ts';
import { entryQuery, grantsQuery, useConductLogChanged } from './queries.ts';

// One entry of a conduct log: what was recorded, under which provisions; to its principal, sharing it with the
// member of staff (who is then told and reads it) and letting someone else who needs to know read it.

/** `/orgs/:orgId/conduct-log/entries/:entryId` */
export function ConductEntryPage() {
  const { organisation } = useOrganisation();
  const { entryId = '' } = useParams();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const entry = useQuery(entryQuery(organisation.id, entryId));
  const title = entry.data ? `Entry about ${entry.data.staff.name}, ${formatDate(entry.data.occurredOn)}` : 'Conduct log entry';
  return (
    <Page
      title={`Conduct log entry – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/conduct-log`}>Conduct log</Link> › {title}
        </>
      }
    >
      {arrival.done && <Status title={arrival.done} />}
      {entry.error ? <QueryError error={entry.error} what="conduct log entry" /> : !entry.data ? <Loading what="Loading the entry" /> : <Entry entry={entry.data} />}
    </Page>
  );
}

function Entry({ entry: e }: { entry: ConductEntry }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      <section className="panel" aria-labelledby="entry-heading">
        <h2 id="entry-heading">The entry</h2>
        <dl className="summary-list">
          <dt>Member of staff</dt>
          <dd>{e.staff.name}</dd>
          <dt>Academy</dt>
          <dd>{e.academy.name}</dd>
          <dt>Date</dt>
          <dd>{formatDate(e.occurredOn)}</dd>
          <dt>Categories</dt>
          <dd>{e.categories.map((c) => c.title).join('; ')}</dd>
          <dt>Provisions involved</dt>
          <dd>{e.cites ? <CitationLink citation={e.cites} /> : e.provisions.join(', ')}</dd>
          <dt>What happened</dt>
          <dd className="reflection">{e.description}</dd>
          <dt>Action taken</dt>
          <dd className="reflection">{e.actionTaken}</dd>
          <dt>Outcome</dt>
          <dd>{conductOutcomeLabel(e.outcome)}</dd>
          <dt>Recorded</dt>
          <dd>
            {formatDateTime(e.createdAt)}, by {e.recordedBy.name}
          </dd>
          <dt>Shared with {e.staff.name}</dt>
          <dd>{e.sharedAt ? `Yes, ${formatDateTime(e.sharedAt)}` : 'No: they cannot read it'}</dd>
        </dl>
      </section>
      {e.allowed.includes('conduct_log.amend') && <AmendEntry key={e.updatedAt} entry={e} onDone={setDone} />}
      {e.allowed.includes('conduct_log.share') && <Share entry={e} onDone={setDone} />}
      {e.allowed.includes('conduct_log.grant') && <EntryAccess entry={e} onDone={setDone} />}
    </>
  );
}

function Share({ entry, onDone }: { entry: ConductEntry; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useConductLogChanged();
  const share = useMutation({
    mutationFn: () => api.shareConductEntry(organisation.id, entry.id),
    onSuccess: async (next) => {
      queryClient.setQueryData(entryQuery(organisation.id, entry.id).queryKey, next);
      onDone(`Shared with ${entry.staff.name}: they are told, and may read it`);
      await changed();
    },
  });
  return (
    <section className="panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Share it with {entry.staff.name}</h2>
      <p>Once shared, they are told and may read this entry; it cannot be taken back. Other entries about them stay closed to them.</p>
      {share.error && <Alert title="Could not share the entry">{share.error.message}</Alert>}
      <button type="button" className="button" disabled={share.isPending} onClick={() => share.mutate()}>
        {share.isPending ? 'Sharing…' : `Share with ${entry.staff.name}`}
      </button>
    </section>
  );
}

function EntryAccess({ entry, onDone }: { entry: ConductEntry; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const grants = useQuery(grantsQuery(organisation.id));
  const withdraw = useWithdrawGrant(onDone);
  const here = grants.data?.filter((g) => g.entryId === entry.id || (g.entryId === null && g.academyId === entry.academy.id)) ?? [];
  return (
    <section className="panel" aria-labelledby="access-heading">
      <h2 id="access-heading">Who else may read it</h2>
      <p className="hint">Someone who needs to know: never {entry.staff.name} (share it instead) and never a colleague of theirs.</p>
      {grants.error ? (
        <QueryError error={grants.error} what="access" />
      ) : !grants.data ? (
        <Loading what="Loading who has access" />
      ) : here.length === 0 ? (
        <p>Nobody else by a grant.</p>
      ) : (
        <ul className="plain-list">
          {here.map((g) => (
            <li key={g.id}>
              <strong>{g.person.name}</strong>, {g.entryId ? 'this entry' : `the whole log of ${entry.academy.name}`}
              {g.expiresOn && ` until ${formatDate(g.expiresOn)}`}: {g.reason} {withdraw.button(g)}
            </li>
          ))}
        </ul>
      )}
      {withdraw.failure}
      <GrantForm headingId="grant-heading" heading={<h3 id="grant-heading">Let someone read this entry</h3>} target={() => ({ entryId: entry.id })} granted={(name) => `${name} may now read this entry`} onDone={onDone} />
    </section>
  );
}
