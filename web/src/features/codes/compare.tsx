import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { api, type ChangeKind, type Comparison } from '../../api.ts';
import { Loading, PageLoading, QueryError } from '../../ui/feedback.tsx';
import { SelectField } from '../../ui/form.tsx';
import { useSearchFlag } from '../../ui/search-flag.ts';
import { Page } from '../../ui/page.tsx';
import { codesQuery } from './code-version.tsx';
import { codePath, comparePath } from './paths.ts';

// Two versions of a code side by side: the older on the left, the newer on the right. Words taken out
// are struck through, words put in are underlined, and each is also named in text for screen readers.

const CHANGES: Record<ChangeKind, { label: string; tone: string }> = {
  unchanged: { label: 'Unchanged', tone: '' },
  reworded: { label: 'Reworded', tone: 'pending' },
  renumbered: { label: 'Renumbered', tone: 'pending' },
  'renumbered-and-reworded': { label: 'Renumbered and reworded', tone: 'pending' },
  added: { label: 'Added', tone: 'ok' },
  removed: { label: 'Removed', tone: 'off' },
};
const ORDER: ChangeKind[] = ['reworded', 'renumbered', 'renumbered-and-reworded', 'added', 'removed', 'unchanged'];

type Change = Comparison['changes'][number];

/** `/codes/:codeId/compare?from=&to=`. */
export function ComparePage() {
  const { codeId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const codes = useQuery(codesQuery);
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const [hideUnchanged, setHideUnchanged] = useSearchFlag('unchanged', 'hide');
  const code = codes.data?.find((c) => c.id === codeId);

  if (codes.error) {
    return (
      <Page title="Compare versions" breadcrumbs={<Link to="/codes">Codes</Link>}>
        <QueryError error={codes.error} what="codes" />
      </Page>
    );
  }
  if (!codes.data) {
    return (
      <PageLoading what="Loading the code" />
    );
  }
  if (!code) {
    return (
      <Page title="Compare versions" breadcrumbs={<Link to="/codes">Codes</Link>}>
        <p>There is no such code in the library.</p>
      </Page>
    );
  }
  // Without a choice yet: the two latest versions.
  if ((!from || !to) && code.versions.length > 1) {
    return <Navigate replace to={comparePath(code.id, from || code.versions.at(-2)!.version, to || code.versions.at(-1)!.version)} />;
  }
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setSearch(next, { replace: true });
  };

  return (
    <Page title={`Compare versions – ${code.title}`} heading={`${code.title}: ${from} and ${to} side by side`} breadcrumbs={<Link to="/codes">Codes</Link>}>
      <p className="lede">{code.publisher}</p>
      {code.versions.length < 2 ? (
        <p>This code has one version only, so there is nothing to compare.</p>
      ) : (
        <>
          <VersionChoice key={`${from}-${to}`} versions={code.versions.map((v) => v.version)} from={from} to={to} onChoose={(f, t) => set({ from: f, to: t })} />
          <Differences codeId={code.id} from={from} to={to} hideUnchanged={hideUnchanged} onHideUnchanged={setHideUnchanged} />
        </>
      )}
    </Page>
  );
}

function VersionChoice({ versions, from, to, onChoose }: { versions: string[]; from: string; to: string; onChoose: (from: string, to: string) => void }) {
  const [draft, setDraft] = useState({ from, to });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(draft.from, draft.to);
  };
  return (
    <form className="panel inline-form" aria-label="Versions to compare" noValidate onSubmit={submit}>
      <SelectField id="compare-from" label="Older version (left)" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </SelectField>
      <SelectField id="compare-to" label="Newer version (right)" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}

function Differences({ codeId, from, to, hideUnchanged, onHideUnchanged }: { codeId: string; from: string; to: string; hideUnchanged: boolean; onHideUnchanged: (hide: boolean) => void }) {
  const comparison = useQuery({ queryKey: ['compare', codeId, from, to], queryFn: () => api.compareVersions(codeId, from, to), staleTime: 5 * 60_000 });
  if (comparison.error) return <QueryError error={comparison.error} what="comparison" />;
  if (!comparison.data) return <Loading what="Comparing" />;
  const data = comparison.data;
  const shown = hideUnchanged ? data.changes.filter((c) => c.change !== 'unchanged') : data.changes;
  const counts = ORDER.filter((kind) => (data.counts[kind] ?? 0) > 0);
  return (
    <>
      <section className="panel" aria-labelledby="summary-heading">
        <h2 id="summary-heading">What changed</h2>
        <ul className="inline-list counts">
          {counts.map((kind) => (
            <li key={kind}>
              <strong>{data.counts[kind]}</strong> {CHANGES[kind].label.toLowerCase()}
            </li>
          ))}
        </ul>
        <p>
          Words taken out are <del>struck through</del> on the left; words put in are <ins>underlined</ins> on the right.
          {!data.mapped && ' This code has no mapping between these versions, so provisions are matched by their place in it.'}
        </p>
        <div className="checkbox">
          <input id="hide-unchanged" type="checkbox" checked={hideUnchanged} onChange={(event) => onHideUnchanged(event.target.checked)} />
          <label htmlFor="hide-unchanged">Hide unchanged provisions</label>
        </div>
        <p className="muted" role="status">
          Showing {shown.length} of {data.changes.length} provisions.
        </p>
      </section>
      <ol className="changes">
        {shown.map((change, index) => (
          <ChangeItem key={`${change.from?.key ?? ''}-${change.to?.key ?? ''}-${index}`} change={change} codeId={codeId} from={from} to={to} />
        ))}
      </ol>
    </>
  );
}

const name = (p: { number: string; heading: string | null; key: string }) => [p.number, p.heading].filter(Boolean).join(' ') || p.key;

function ChangeItem({ change, codeId, from, to }: { change: Change; codeId: string; from: string; to: string }) {
  const { label, tone } = CHANGES[change.change] ?? { label: change.change, tone: '' };
  const title = change.from && change.to ? (name(change.from) === name(change.to) ? name(change.to) : `${name(change.from)} → ${name(change.to)}`) : name((change.to ?? change.from)!);
  return (
    <li className="change">
      <h2 className="change-heading">
        {title} <span className={tone ? `tag ${tone}` : 'tag'}>{label}</span>
      </h2>
      <div className="compare-columns">
        <div className="compare-old">
          <p className="compare-label">
            {from}
            {change.from && (
              <>
                {' · '}
                <Link to={codePath(codeId, from, change.from.key)}>
                  {change.from.number || 'read'}
                  <span className="visually-hidden"> in version {from}</span>
                </Link>
              </>
            )}
          </p>
          {change.from ? <DiffText diff={change.diff} side="old" /> : <p className="muted">Not in {from}.</p>}
        </div>
        <div className="compare-new">
          <p className="compare-label">
            {to}
            {change.to && (
              <>
                {' · '}
                <Link to={codePath(codeId, to, change.to.key)}>
                  {change.to.number || 'read'}
                  <span className="visually-hidden"> in version {to}</span>
                </Link>
              </>
            )}
          </p>
          {change.to ? <DiffText diff={change.diff} side="new" /> : <p className="muted">Not in {to}.</p>}
        </div>
      </div>
    </li>
  );
}

/** One side of a word diff: the old side shows what was removed, the new side what was added. */
function DiffText({ diff, side }: { diff: Change['diff']; side: 'old' | 'new' }) {
  return (
    <p className="diff">
      {diff.map((part, index) => {
        if (part.op === 'same') return <span key={index}>{part.text}</span>;
        if (part.op === 'removed' && side === 'old')
          return (
            <del key={index}>
              <span className="visually-hidden">[removed: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        if (part.op === 'added' && side === 'new')
          return (
            <ins key={index}>
              <span className="visually-hidden">[added: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        return null;
      })}
    </p>
  );
}
