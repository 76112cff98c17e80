import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { usePreferredOrganisation } from '../organisations/access.ts';
import { codesQuery } from './code-version.tsx';
import { codePath, comparePath, themePath } from './paths.ts';
import { THEMES, themeLabel } from './themes.ts';

/** `/codes`: every code in the library, each version, and the themes to read them by. */
export function LibraryPage() {
  const codes = useQuery(codesQuery);
  const { organisation } = usePreferredOrganisation();
  return (
    <Page title="The codes library" actions={organisation && (
      <Link className="button secondary" to={`/orgs/${organisation.id}/codes/search`}>
        Search the codes
      </Link>
    )}>
      <p className="lede">The professional codes of the education sector, version by version, each provision at its own address.</p>
      {codes.error ? (
        <QueryError error={codes.error} what="codes" />
      ) : !codes.data ? (
        <Loading what="Loading the codes" />
      ) : (
        <div className="grid">
          {codes.data.map((code) => {
            const latest = code.versions.at(-1);
            return (
              <section className="card" key={code.id} aria-labelledby={`code-${code.id}`}>
                <h2 id={`code-${code.id}`} className="card-title">
                  {latest ? <Link to={codePath(code.id, latest.version)}>{code.title}</Link> : code.title}
                </h2>
                <p>{code.publisher}</p>
                <ul className="inline-list">
                  {code.versions.map((v) => (
                    <li key={v.version}>
                      <Link to={codePath(code.id, v.version)} aria-label={`${code.title} (${code.publisher}), version ${v.version}`}>
                        {v.version}
                      </Link>{' '}
                      <span className="muted">from {formatDate(v.effectiveFrom)}</span>
                    </li>
                  ))}
                </ul>
                {code.versions.length > 1 && (
                  <p>
                    <Link to={comparePath(code.id, code.versions.at(-2)!.version, latest!.version)}>
                      Compare {code.versions.at(-2)!.version} with {latest!.version}
                      <span className="visually-hidden"> ({code.title})</span>
                    </Link>
                  </p>
                )}
              </section>
            );
          })}
        </div>
      )}
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">Read the codes by theme</h2>
        <p>What every code says on one subject, side by side.</p>
        <ul className="theme-list">
          {THEMES.map((theme) => (
            <li key={theme}>
              <Link to={themePath(theme)}>{themeLabel(theme)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
