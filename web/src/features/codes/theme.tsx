import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { api, type ThemeProvision } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { SelectField } from '../../ui/form.tsx';
import { Page } from '../../ui/page.tsx';
import { useSearchFlag } from '../../ui/search-flag.ts';
import { codesQuery } from './code-version.tsx';
import { codePath, themePath } from './paths.ts';
import { isTheme, provisionKindLabel, THEMES, themeLabel } from './themes.ts';

/** `/codes/themes`: the first theme. */
export function ThemesIndex() {
  return <Navigate replace to={themePath(THEMES[0])} />;
}

/** `/codes/themes/:theme`: what every code says on one theme, one column per code. */
export function ThemePage() {
  const { theme = '' } = useParams();
  const [everyVersion, setEveryVersion] = useSearchFlag('versions', 'all');
  const codes = useQuery(codesQuery);
  const provisions = useQuery({ queryKey: ['theme', theme], queryFn: () => api.theme(theme), enabled: isTheme(theme), staleTime: 5 * 60_000 });
  const label = themeLabel(theme);

  if (!isTheme(theme)) {
    return (
      <Page title="No such theme" breadcrumbs={<Link to="/codes">Codes</Link>}>
        <p>There is no theme “{theme}”.</p>
        <ThemeChoice current="" />
      </Page>
    );
  }

  const latest = new Map((codes.data ?? []).map((c) => [c.id, c.versions.at(-1)?.version]));
  const columns = new Map<string, ThemeProvision[]>();
  for (const p of provisions.data ?? []) {
    if (!everyVersion && latest.get(p.codeId) !== undefined && latest.get(p.codeId) !== p.version) continue;
    const key = `${p.codeId}@${p.version}`;
    columns.set(key, [...(columns.get(key) ?? []), p]);
  }

  return (
    <Page title={`${label} in the codes`} heading={`${label}: what the codes say`} breadcrumbs={<Link to="/codes">Codes</Link>}>
      <div className="panel">
        <ThemeChoice key={theme} current={theme} />
        <div className="checkbox">
          <input id="every-version" type="checkbox" checked={everyVersion} onChange={(event) => setEveryVersion(event.target.checked)} />
          <label htmlFor="every-version">Include earlier versions of each code</label>
        </div>
      </div>
      {provisions.error || codes.error ? (
        <QueryError error={provisions.error ?? codes.error} what="provisions" />
      ) : !provisions.data || !codes.data ? (
        <Loading what="Loading the provisions" />
      ) : columns.size === 0 ? (
        <p role="status">No code has a provision on this theme.</p>
      ) : (
        <>
          <p className="muted" role="status">
            {[...columns.values()].reduce((n, c) => n + c.length, 0)} provisions in {columns.size} {columns.size === 1 ? 'code' : 'codes'}.
          </p>
          <div className="theme-columns">
            {[...columns.entries()].map(([key, items]) => {
              const first = items[0]!;
              const publisher = codes.data.find((c) => c.id === first.codeId)?.publisher;
              return (
                <section key={key} className="theme-column" aria-labelledby={`column-${key}`}>
                  <h2 id={`column-${key}`}>
                    {first.codeTitle} ({first.version})
                  </h2>
                  {publisher && <p className="muted">{publisher}</p>}
                  <ul className="plain-list">
                    {items.map((p) => (
                      <li key={p.id}>
                        <p className="theme-provision-name">
                          <Link to={codePath(p.codeId, p.version, p.key)}>{[p.number, p.heading].filter(Boolean).join(' ') || 'Paragraph'}</Link>{' '}
                          <span className={p.kind === 'mandatory' ? 'tag pending' : 'tag'}>{provisionKindLabel(p.kind)}</span>
                        </p>
                        {p.text && <p className="provision-text">{p.text}</p>}
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </>
      )}
    </Page>
  );
}

function ThemeChoice({ current }: { current: string }) {
  const navigate = useNavigate();
  const [choice, setChoice] = useState(current || THEMES[0]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(themePath(choice));
  };
  return (
    <form className="inline-form" aria-label="Choose a theme" onSubmit={submit}>
      <SelectField id="theme" label="Theme" value={choice} onChange={(event) => setChoice(event.target.value)}>
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {themeLabel(theme)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button">
        Show
      </button>
    </form>
  );
}
