import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiError, type Person, type Role } from '../../api.ts';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SubmitButton, TextField } from '../../ui/form.tsx';
import { formatDate, fullName, roleLabel } from '../../ui/labels.ts';
import { useOrganisation } from '../organisations/organisation.tsx';
import { useMe } from '../session/session.tsx';
import { DevelopmentPage } from './frame.tsx';
import { sharesQuery } from './queries.ts';

// A person shares a read-only view of their development record with a named line manager, supporter or
// mentor; every view is recorded. Nothing is shared until they choose to.

/** Roles that may be given a read-only view (the server checks again). */
const VIEWER_ROLES: Role[] = ['line_manager', 'supporter', 'mentor'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
          <SharingCode />
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
              <button type="button" className="button secondary small" disabled={withdraw.isPending && withdraw.variables?.id === share.id} onClick={() => withdraw.mutate(share)}>
                Stop sharing<span className="visually-hidden"> with {share.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const eligible = (person: Person) => person.roles.filter((r) => VIEWER_ROLES.includes(r.role)).map((r) => roleLabel(r.role));

function ShareForm({ onDone }: { onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [find, setFind] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(find.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [find]);
  // Whether the person may see anyone but themself in the list of people here.
  const directory = useQuery({ queryKey: ['people', organisation.id, '', 'page', 'probe'], queryFn: () => api.peoplePage(organisation.id, { limit: 2 }), staleTime: 60_000 });
  const seesOthers = (directory.data?.total ?? 0) > 1;
  const people = useQuery({
    queryKey: ['people', organisation.id, q, 'viewers'],
    queryFn: () => api.peoplePage(organisation.id, { q, limit: 50 }),
    enabled: seesOthers && q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const candidates = (people.data?.items ?? []).filter((p) => p.id !== me.person.id && eligible(p).length > 0);
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [code, setCode] = useState('');
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const share = useMutation({
    mutationFn: (viewer: { id: string; name: string | null }) => api.shareDevelopment(organisation.id, { viewerId: viewer.id }),
    onSuccess: async (_, viewer) => {
      await queryClient.invalidateQueries({ queryKey: sharesQuery(organisation.id).queryKey });
      const name = viewer.name ?? queryClient.getQueryData<Awaited<ReturnType<typeof api.developmentShares>>>(sharesQuery(organisation.id).queryKey)?.sharedWith.find((s) => s.personId === viewer.id)?.name;
      onDone(`${name ?? 'They'} can now read your development record`);
      setChosen(null);
      setCode('');
      setFind('');
    },
  });
  const already = share.error instanceof ApiError && share.error.problem.type === '/rules/already-shared';
  const errors: Record<string, string> = { ...fieldErrors(share.error), ...Object.fromEntries(local.map((p) => [p.key, p.reason])) };
  const byCode = !seesOthers || (code.trim() !== '' && !chosen);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!byCode && chosen) {
      setLocal([]);
      share.mutate(chosen);
      return;
    }
    const text = code.trim();
    const problem = !text ? (seesOthers ? 'is empty: choose a person above, or enter their sharing code' : 'is empty') : !UUID.test(text) ? 'is not a sharing code: it has 36 letters, numbers and dashes' : null;
    setLocal(problem ? [{ key: 'viewerId', reason: problem }] : []);
    if (problem) {
      share.reset();
      return;
    }
    share.mutate({ id: text, name: null });
  };

  return (
    <section className="panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Share your record</h2>
      {already && <Status tone="info" title="Already shared">{share.error?.message}</Status>}
      <form noValidate onSubmit={submit}>
        <ErrorSummary error={already ? null : share.error} fields={{ viewerId: { id: 'share-code', label: 'The sharing code' } }} local={local} />
        {directory.isPending ? (
          <Loading what="Loading" />
        ) : seesOthers ? (
          <>
            <TextField id="share-find" label="Find a line manager, supporter or mentor" type="search" hint="A few letters of their name or email." value={find} onChange={(event) => setFind(event.target.value)} />
            {q.length >= 2 &&
              (people.error ? (
                <QueryError error={people.error} what="list of people" />
              ) : !people.data ? (
                <Loading what="Searching" />
              ) : candidates.length === 0 ? (
                <p role="status">No line manager, supporter or mentor matches “{q}”.</p>
              ) : (
                <fieldset className="field">
                  <legend className="legend-small">Share with</legend>
                  {candidates.map((person) => (
                    <div className="radio" key={person.id}>
                      <input id={`share-${person.id}`} type="radio" name="viewer" checked={chosen?.id === person.id} onChange={() => setChosen({ id: person.id, name: fullName(person) })} />
                      <label htmlFor={`share-${person.id}`}>
                        {fullName(person)}
                        <span className="hint">
                          {eligible(person).join(', ')} · {person.email}
                        </span>
                      </label>
                    </div>
                  ))}
                </fieldset>
              ))}
            <details className="share-by-code">
              <summary>Or enter their sharing code</summary>
              <TextField id="share-code" label="Their sharing code" hint="They find it on their own Sharing page." value={code} onChange={(event) => setCode(event.target.value)} error={errors.viewerId} autoComplete="off" spellCheck={false} />
            </details>
          </>
        ) : (
          <>
            <p>
              You can see only yourself in {organisation.name}’s list of people, so Probity cannot offer their names. Ask your line manager, supporter or mentor for their sharing code: it
              is on their own Sharing page.
            </p>
            <TextField id="share-code" label="Their sharing code" hint="36 letters, numbers and dashes." value={code} onChange={(event) => setCode(event.target.value)} error={errors.viewerId} autoComplete="off" spellCheck={false} />
          </>
        )}
        <SubmitButton pending={share.isPending} pendingText="Sharing">
          Share my record
        </SubmitButton>
      </form>
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

/** For a line manager, supporter or mentor: the code a person enters to share their record with them. */
function SharingCode() {
  const { roles } = useOrganisation();
  const me = useMe();
  if (!roles.some((r) => VIEWER_ROLES.includes(r.role))) return null;
  return (
    <section className="panel" aria-labelledby="sharing-code-heading">
      <h2 id="sharing-code-heading">Your sharing code</h2>
      <p>As a {roles.filter((r) => VIEWER_ROLES.includes(r.role)).map((r) => roleLabel(r.role).toLowerCase()).join(' and ')}, you may be given a read-only view of someone’s record. Someone who cannot find you by name can enter this code to share theirs with you:</p>
      <p>
        <code className="secret" id="sharing-code">
          {me.person.id}
        </code>
      </p>
    </section>
  );
}
