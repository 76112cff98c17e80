import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiError, type DevelopmentViewer } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { formatDate, roleLabel } from '../../ui/labels.ts';
import { useOrganisation } from '../organisations/organisation.tsx';
import { DevelopmentPage } from './frame.tsx';
import { sharesQuery } from './queries.ts';

// A person shares a read-only view of their development record with a named line manager, supporter or
// mentor; every view is recorded. Nothing is shared until they choose to.

/** `/orgs/:orgId/development/sharing`: whom I share with, and whose records are shared with me. */
export function SharingPage() {
  const { organisation } = useOrganisation();
  const shares = useQuery(sharesQuery(organisation.id));
  const [done, setDone] = useState<string | null>(null);
  return (
    <DevelopmentPage title="Sharing your development record" heading="Sharing">
      <p className="lede">
        You may let a line manager, supporter or mentor read your self-assessments, plan and CPD record. They cannot change anything, and each time they look it is recorded in{' '}
        {organisation.name}’s audit trail. You can stop sharing at any time.
      </p>
      <LiveRegion>{done && <Status key={done} title={done} focus />}</LiveRegion>
      {shares.error ? (
        <QueryError error={shares.error} what="shares" />
      ) : !shares.data ? (
        <Loading what="Loading whom you share with" />
      ) : (
        <>
          <SharedWith onDone={setDone} />
          <ShareForm onDone={setDone} />
          <SharedWithMe />
        </>
      )}
    </DevelopmentPage>
  );
}

function SharedWith({ onDone }: { onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const shares = useQuery(sharesQuery(organisation.id));
  const withdraw = useMutation({
    mutationFn: (share: { id: string; name: string }) => api.withdrawShare(organisation.id, share.id),
    onSuccess: async (_, share) => {
      await queryClient.invalidateQueries({ queryKey: sharesQuery(organisation.id).queryKey });
      onDone(`${share.name} can no longer see your development record`);
    },
  });
  const list = shares.data?.sharedWith ?? [];
  return (
    <section className="panel" aria-labelledby="shared-with-heading">
      <h2 id="shared-with-heading">Who can read your record</h2>
      {withdraw.error && <Alert title="Could not stop sharing">{withdraw.error.message}</Alert>}
      {list.length === 0 ? (
        <p>No one: your record is yours alone.</p>
      ) : (
        <ul className="plain-list">
          {list.map((share) => (
            <li key={share.id} className="share">
              <span>
                <strong>{share.name}</strong> <span className="muted">since {formatDate(share.since.slice(0, 10))}</span>
              </span>
              {share.allowed.includes('development.share') && (
                <button type="button" className="button secondary small" disabled={withdraw.isPending && withdraw.variables?.id === share.id} onClick={() => withdraw.mutate(share)}>
                  Stop sharing<span className="visually-hidden"> with {share.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** With this many or fewer, everyone is listed at once; with more, the person searches by name. */
const FEW = 6;

function ShareForm({ onDone }: { onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const [find, setFind] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(find.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [find]);
  const everyone = useQuery({ queryKey: ['development-viewers', organisation.id, ''], queryFn: () => api.developmentViewers(organisation.id), staleTime: 60_000 });
  const few = (everyone.data?.length ?? 0) <= FEW;
  const matching = useQuery({
    queryKey: ['development-viewers', organisation.id, q],
    queryFn: () => api.developmentViewers(organisation.id, q),
    enabled: Boolean(everyone.data) && !few && q !== '',
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const [chosen, setChosen] = useState<DevelopmentViewer | null>(null);
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const share = useMutation({
    mutationFn: (viewer: DevelopmentViewer) => api.shareDevelopment(organisation.id, { viewerId: viewer.id }),
    onSuccess: async (_, viewer) => {
      await queryClient.invalidateQueries({ queryKey: sharesQuery(organisation.id).queryKey });
      onDone(`${viewer.name} can now read your development record`);
      setChosen(null);
      setFind('');
    },
  });
  const already = share.error instanceof ApiError && share.error.problem.type === '/rules/already-shared';
  const errors: Record<string, string> = { ...fieldErrors(share.error), ...Object.fromEntries(local.map((p) => [p.key, p.reason])) };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      share.reset();
      setLocal([{ key: 'viewerId', reason: 'is not chosen: choose a line manager, supporter or mentor' }]);
      return;
    }
    setLocal([]);
    share.mutate(chosen);
  };

  // The people to choose from: everyone when there are few, else those matching the search; the one
  // chosen stays on the list while the person searches on.
  const listed = few ? (everyone.data ?? []) : q === '' ? [] : (matching.data ?? []);
  const candidates = chosen && !listed.some((p) => p.id === chosen.id) ? [chosen, ...listed] : listed;

  return (
    <section className="panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Share your record</h2>
      {already && <Status tone="info" title="Already shared">{share.error?.message}</Status>}
      {everyone.error ? (
        <QueryError error={everyone.error} what="line managers, supporters and mentors" />
      ) : !everyone.data ? (
        <Loading what="Loading line managers, supporters and mentors" />
      ) : everyone.data.length === 0 ? (
        <p>{organisation.name} has no line manager, supporter or mentor you could share with yet.</p>
      ) : (
        <form noValidate onSubmit={submit}>
          <ErrorSummary error={already ? null : share.error} fields={{ viewerId: { id: 'share-viewer', label: 'The person to share with' } }} local={local} />
          {!few && (
            <TextField
              id="share-find"
              label="Find a line manager, supporter or mentor"
              type="search"
              hint="A few letters of their name."
              value={find}
              onChange={(event) => setFind(event.target.value)}
              onKeyDown={(event) => {
                // Enter searches at once rather than submitting before anyone is chosen.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  setQ(find.trim());
                }
              }}
              autoComplete="off"
              aria-controls="share-viewer"
            />
          )}
          <fieldset id="share-viewer" tabIndex={-1} className={`field${errors.viewerId ? ' has-error' : ''}`} aria-describedby={errors.viewerId ? 'share-viewer-error' : undefined}>
            <legend className="legend-small">Share with</legend>
            {errors.viewerId && (
              <span className="field-error" id="share-viewer-error">
                <span className="visually-hidden">Error: </span>The person to share with {errors.viewerId}
              </span>
            )}
            {!few && (
              <p className="hint" role="status">
                {q === ''
                  ? 'Type a few letters of their name above to list them.'
                  : matching.error
                    ? 'Could not search just now. Please try again.'
                    : !matching.data
                      ? 'Searching…'
                      : listed.length === 0
                        ? `No line manager, supporter or mentor matches “${q}”.`
                        : `${listed.length === 1 ? '1 person matches' : `${listed.length} people match`} “${q}”.`}
              </p>
            )}
            {candidates.map((person) => (
              <div className="radio" key={person.id}>
                <input id={`share-${person.id}`} type="radio" name="viewer" checked={chosen?.id === person.id} onChange={() => setChosen(person)} />
                <label htmlFor={`share-${person.id}`}>
                  {person.name}
                  <span className="hint">{person.roles.map(roleLabel).join(', ')}</span>
                </label>
              </div>
            ))}
          </fieldset>
          <SubmitButton pending={share.isPending} pendingText="Sharing">
            Share my record
          </SubmitButton>
        </form>
      )}
    </section>
  );
}

export function SharedWithMe({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const { organisation } = useOrganisation();
  const shares = useQuery(sharesQuery(organisation.id));
  const list = shares.data?.sharedWithMe ?? [];
  const base = `/orgs/${organisation.id}/development`;
  if (hideWhenEmpty && list.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="shared-with-me-heading">
      <h2 id="shared-with-me-heading">Records shared with you</h2>
      {list.length === 0 ? (
        <p>No one shares their development record with you.</p>
      ) : (
        <ul className="plain-list">
          {list.map((share) => {
            const search = `?${new URLSearchParams({ personId: share.personId })}`;
            return (
              <li key={share.id}>
                <Link to={`${base}${search}`}>{share.name}’s development record</Link> <span className="muted">shared since {formatDate(share.since.slice(0, 10))}</span>
                <ul className="inline-list">
                  <li>
                    <Link to={`${base}/self-assessments${search}`}>
                      Self-assessments<span className="visually-hidden">: {share.name}</span>
                    </Link>
                  </li>
                  <li>
                    <Link to={`${base}/plan${search}`}>
                      Development plan<span className="visually-hidden">: {share.name}</span>
                    </Link>
                  </li>
                  <li>
                    <Link to={`${base}/cpd${search}`}>
                      CPD record<span className="visually-hidden">: {share.name}</span>
                    </Link>
                  </li>
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
