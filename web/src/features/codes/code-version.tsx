import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { api, ApiError, type CodeBindingMe, type CodeVersion, type Organisation, type Provision } from '../../api.ts';
import { PageLoading, QueryError } from '../../ui/feedback.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { usePreferredOrganisation } from '../organisations/access.ts';
import { can } from '../organisations/organisation.tsx';
import { useMe } from '../session/session.tsx';
import { ConfirmCode } from './attestation.tsx';
import { Citations } from './citations.tsx';
import { awaitingConfirmation, myCodesQuery } from './my-codes.tsx';
import { anchorOf, codePath, comparePath, provisionAnchor, themePath } from './paths.ts';
import { provisionKindLabel, themeLabel } from './themes.ts';
import { codeName, provisionWords } from '../../../../src/platform/citation-words.ts';

export const codeVersionQuery = (codeId: string, version: string) => ({
  queryKey: ['code-version', codeId, version],
  queryFn: () => api.codeVersion(codeId, version),
  staleTime: 5 * 60_000,
});
export const codesQuery = { queryKey: ['codes'], queryFn: api.codes, staleTime: 5 * 60_000 } as const;

/** `/codes/:codeId`: the latest version, keeping any provision in the fragment. */
export function LatestVersion() {
  const { codeId = '' } = useParams();
  const { hash } = useLocation();
  const codes = useQuery(codesQuery);
  if (codes.error) {
    return (
      <Page title="Code">
        <QueryError error={codes.error} what="codes" />
      </Page>
    );
  }
  if (!codes.data) {
    return (
      <PageLoading what="Loading the code" />
    );
  }
  const latest = codes.data.find((c) => c.id === codeId)?.versions.at(-1);
  if (!latest) {
    return (
      <Page title="No such code">
        <QueryError error={new ApiError({ type: '/problems/not-found', title: 'Not found', status: 404, detail: 'No such code.' })} what="code" />
      </Page>
    );
  }
  return <Navigate to={`${codePath(codeId, latest.version)}${hash}`} replace />;
}

/** "10.2", or the heading when the provision has no number. */
export function provisionLabel(provision: Pick<Provision, 'number' | 'heading' | 'key'>): string {
  return provision.number || provision.heading || provision.key;
}

interface Node {
  provision: Provision;
  children: Node[];
}

function tree(provisions: Provision[]): Node[] {
  const nodes = new Map(provisions.map((p) => [p.key, { provision: p, children: [] as Node[] }]));
  const roots: Node[] = [];
  for (const p of provisions) {
    const node = nodes.get(p.key)!;
    const parent = p.parentKey ? nodes.get(p.parentKey) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

interface Reading {
  version: CodeVersion;
  byKey: Map<string, Provision>;
  /** The provision the address points at, if any. */
  target: string | null;
  /** Where citations can be read: the organisation last used, when the person's role there reads them. */
  citationsIn: Organisation | null;
}

/** `/codes/:codeId/:version`: a code version to read, each provision at its own stable address. */
export function CodeVersionPage() {
  const { codeId = '', version = '' } = useParams();
  // Another version is another page: focus and scrolling start again.
  return <CodeVersionReading key={`${codeId}/${version}`} codeId={codeId} version={version} />;
}

function CodeVersionReading({ codeId, version }: { codeId: string; version: string }) {
  const { hash } = useLocation();
  const me = useMe();
  const current = useQuery(codeVersionQuery(codeId, version));
  const codes = useQuery(myCodesQuery);
  const { organisation } = usePreferredOrganisation();
  const target = anchorOf(hash);
  const loaded = current.data !== undefined;

  // Bring the provision the address names into view and give it focus, once the code is on the page.
  // After the page's own start (which scrolls to the top), hence the wait of one turn.
  useEffect(() => {
    if (!loaded || !target) return;
    const timer = window.setTimeout(() => {
      const element = document.getElementById(target);
      if (!element) return;
      element.scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [loaded, target]);

  if (current.error) {
    return (
      <Page title="Code" breadcrumbs={<Link to="/codes">Codes</Link>}>
        <QueryError error={current.error} what="code version" />
      </Page>
    );
  }
  if (!current.data) {
    return (
      <PageLoading what="Loading the code" />
    );
  }
  const data = current.data;
  const reading: Reading = {
    version: data,
    byKey: new Map(data.provisions.map((p) => [p.key, p])),
    target: target?.startsWith('p-') ? target.slice(2) : null,
    citationsIn: organisation && can(organisation, 'citation.read') ? organisation : null,
  };
  const bindings = codes.data ?? [];
  const here = bindings.filter((b) => b.codeId === data.code.id && b.version === data.version);
  const waiting = here.filter(awaitingConfirmation);
  const elsewhere = bindings.filter((b) => b.codeId === data.code.id && b.version !== data.version && !here.some((h) => h.organisationId === b.organisationId));
  const organisationName = (id: string) => me.organisations.find((o) => o.id === id)?.name ?? 'Your organisation';
  const roots = tree(data.provisions);
  const contents = roots.filter((node) => node.provision.heading || node.provision.number);
  const reload = () => {
    void current.refetch();
    void codes.refetch();
  };

  return (
    <Page title={`${data.code.title} (${data.version})`} breadcrumbs={<Link to="/codes">Codes</Link>}>
      <p className="lede">{data.code.publisher}</p>
      {waiting.length > 0 && (
        <div className="notice warning">
          <p className="notice-title">Warning: you are asked to confirm this code</p>
          <p>
            {waiting.map((b) => `${organisationName(b.organisationId)} by ${formatDate(b.campaign!.dueOn)}`).join('; ')}. Read it, then <a href="#confirm">confirm at the end of the page</a>.
          </p>
        </div>
      )}
      {elsewhere.map((b) => (
        <div className="notice" key={b.organisationId}>
          <p>
            In {organisationName(b.organisationId)}, the version that binds you is <Link to={codePath(b.codeId, b.version)}>{b.version}</Link>.
          </p>
        </div>
      ))}
      <dl className="summary-list">
        <dt>Version</dt>
        <dd>
          {data.version}, in force from {formatDate(data.effectiveFrom)}
        </dd>
        <dt>Source</dt>
        <dd>{data.source.title}</dd>
        {data.versions.length > 1 && (
          <>
            <dt>Other versions</dt>
            <dd>
              <ul className="inline-list">
                {data.versions
                  .filter((v) => v.version !== data.version)
                  .map((v) => (
                    <li key={v.version}>
                      <Link to={codePath(data.code.id, v.version)}>
                        {v.version} <span className="muted">(from {formatDate(v.effectiveFrom)})</span>
                      </Link>
                    </li>
                  ))}
              </ul>
              <Link to={comparePath(data.code.id, data.versions.find((v) => v.version !== data.version)!.version, data.version)}>Compare versions side by side</Link>
            </dd>
          </>
        )}
      </dl>
      {data.preamble && <p className="provision-text">{data.preamble}</p>}
      {data.notes && (
        <details>
          <summary>How this version was transcribed</summary>
          <p className="provision-text">{data.notes}</p>
        </details>
      )}
      {contents.length > 1 && (
        <nav aria-label="Contents" className="panel contents">
          <h2>Contents</h2>
          <ol className="plain-list">
            {contents.map((node) => (
              <li key={node.provision.key}>
                <a href={`#${encodeURIComponent(provisionAnchor(node.provision.key))}`}>{contentsLabel(node)}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="provisions">
        {roots.map((node) => (
          <ProvisionNode key={node.provision.key} node={node} reading={reading} level={2} parentKind={null} />
        ))}
      </div>
      <div id="confirm" tabIndex={-1}>
        {here
          .filter((b): b is CodeBindingMe & { campaign: NonNullable<CodeBindingMe['campaign']> } => b.campaign !== null)
          .map((binding) => (
            <ConfirmCode key={binding.organisationId} binding={binding} organisationName={organisationName(binding.organisationId)} version={data} bindings={bindings} onReload={reload} />
          ))}
      </div>
    </Page>
  );
}

function Heading({ level, children }: { level: number; children: ReactNode }) {
  const Tag = `h${Math.min(level, 6)}` as 'h2';
  return <Tag className="provision-heading">{children}</Tag>;
}

function ProvisionNode({ node, reading, level, parentKind }: { node: Node; reading: Reading; level: number; parentKind: string | null }) {
  const { provision } = node;
  const anchor = provisionAnchor(provision.key);
  const current = reading.target === provision.key;
  const number = (
    <a href={`#${encodeURIComponent(anchor)}`} className="provision-number">
      {provision.number ? (
        <>
          <span className="visually-hidden">Provision </span>
          {provision.number}
        </>
      ) : (
        <>
          <span aria-hidden="true">¶</span>
          <span className="visually-hidden">Link to {provision.heading ?? 'this paragraph'}</span>
        </>
      )}
    </a>
  );
  // Say whether it binds where that changes: at a section, not at every item of it.
  const kind = provision.kind !== parentKind && <span className={provision.kind === 'mandatory' ? 'tag pending' : 'tag'}>{provisionKindLabel(provision.kind)}</span>;
  return (
    <div id={anchor} className={current ? 'provision current' : 'provision'} tabIndex={-1}>
      {provision.heading ? (
        <Heading level={level}>
          {number} {provision.heading} {kind}
        </Heading>
      ) : null}
      {(provision.text || !provision.heading) && (
        <p className="provision-text">
          {!provision.heading && (
            <>
              {number} {kind}{' '}
            </>
          )}
          {provision.text}
        </p>
      )}
      {provision.footnotes.map((footnote, index) => (
        <p className="footnote" key={index}>
          <span className="label-inline">Note: </span>
          {footnote}
        </p>
      ))}
      {(provision.themes.length > 0 || provision.links.length > 0) && (
        <p className="provision-meta">
          {provision.themes.length > 0 && (
            <span>
              Themes:{' '}
              {provision.themes.map((theme, index) => (
                <span key={theme}>
                  {index > 0 && ', '}
                  <Link to={themePath(theme)}>{themeLabel(theme)}</Link>
                </span>
              ))}
            </span>
          )}
          {provision.links.length > 0 && (
            <span>
              See also:{' '}
              {provision.links.map((link, index) => (
                <span key={link.to}>
                  {index > 0 && ', '}
                  <ProvisionLink to={link.to} reading={reading} />
                </span>
              ))}
            </span>
          )}
        </p>
      )}
      {current && reading.citationsIn && <Citations organisation={reading.citationsIn} provisionId={provision.id} label={provision.number ? `provision ${provision.number}` : 'this provision'} />}
      {node.children.length > 0 && (
        <div className="provision-children">
          {node.children.map((child) => (
            <ProvisionNode key={child.provision.key} node={child} reading={reading} level={provision.heading ? level + 1 : level} parentKind={provision.kind} />
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * A contents entry: number and heading; a section the code prints without a heading ("21") by its number
 * and its first words, so that the entry says what the section is about.
 */
function contentsLabel(node: Node): string {
  const { provision } = node;
  if (provision.heading) return [provision.number, provision.heading].filter(Boolean).join(' ');
  const text = provision.text || node.children[0]?.provision.text || '';
  const words = text.split(/\s+/).filter(Boolean);
  const start = words.slice(0, 8).join(' ');
  return [provision.number || provision.key, start && `(untitled: “${start}${words.length > 8 ? '…' : ''}”)`].filter(Boolean).join(' ');
}

/** A provision as "provision 20.3", or by its heading, the items it lists or its first words when it has no number. */
function ownProvisionWords(provision: Provision, all: Provision[]): string {
  if (provision.number && provision.heading) return `provision ${provision.number}, ${provision.heading}`;
  return provisionWords({ ...provision, childNumbers: all.filter((p) => p.parentKey === provision.key).map((p) => p.number) });
}

/**
 * A link to a provision of this version (`20.3`) or of another code (`set-code-of-practice:10.2`), named as
 * the code names itself and its provision: "SET Code of Practice, provision 10.2".
 */
function ProvisionLink({ to, reading }: { to: string; reading: Reading }) {
  const colon = to.indexOf(':');
  if (colon < 0) {
    const provision = reading.byKey.get(to);
    return <Link to={`#${encodeURIComponent(provisionAnchor(to))}`}>{provision ? ownProvisionWords(provision, reading.version.provisions) : `provision ${to}`}</Link>;
  }
  return <OtherCodeLink codeId={to.slice(0, colon)} provisionKey={to.slice(colon + 1)} />;
}

function OtherCodeLink({ codeId, provisionKey }: { codeId: string; provisionKey: string }) {
  const codes = useQuery(codesQuery);
  const latest = codes.data?.find((c) => c.id === codeId)?.versions.at(-1)?.version;
  const other = useQuery({ ...codeVersionQuery(codeId, latest ?? ''), enabled: Boolean(latest) });
  const provision = other.data?.provisions.find((p) => p.key === provisionKey);
  const name = other.data ? codeName(other.data.code, [other.data.preamble, ...other.data.provisions.slice(0, 20).map((p) => p.text)]) : (codes.data?.find((c) => c.id === codeId)?.title ?? 'another code');
  const words = provision && other.data ? ownProvisionWords(provision, other.data.provisions) : `provision ${provisionKey}`;
  return <Link to={latest ? codePath(codeId, latest, provisionKey) : codePath(codeId, undefined, provisionKey)}>{`${name}, ${words}`}</Link>;
}
