import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors } from '../../ui/form.tsx';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { codePath } from './paths.ts';
import { ProvisionPicker } from './provision-picker.tsx';
import { resultName, Snippet } from './snippet.tsx';

/** `/orgs/:orgId/codes/search?q=`: search the codes the organisation has adopted. */
export function CodeSearchPage() {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const results = useQuery({ queryKey: ['code-search', organisation.id, q, 'full'], queryFn: () => api.searchCodes(organisation.id, q, { limit: 50 }), enabled: q.trim().length > 0 });
  const errors = fieldErrors(results.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(text.trim() ? { q: text.trim() } : {});
  };

  return (
    <Page title={`Search the codes – ${organisation.name}`} heading="Search the codes" breadcrumbs={<Link to={`/orgs/${organisation.id}/codes`}>Codes</Link>}>
      <p className="lede">Every provision of the codes {organisation.name} has adopted. Words are matched by their stem: “declare” finds “declaration”.</p>
      <form role="search" className="inline-form panel" aria-label="Codes" noValidate onSubmit={submit}>
        <div className={errors.q ? 'field has-error' : 'field'}>
          <label htmlFor="code-search">Words to find</label>
          <input id="code-search" type="search" value={text} onChange={(event) => setText(event.target.value)} aria-invalid={errors.q ? true : undefined} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {errors.q ? (
        <ErrorSummary error={results.error} fields={{ q: { id: 'code-search', label: 'Words to find' } }} />
      ) : results.error ? (
        <QueryError error={results.error} what="search results" />
      ) : !q ? null : !results.data ? (
        <Loading what="Searching" />
      ) : (
        <>
          <p role="status" className="muted">
            {results.data.length === 0 ? `No provision matches “${q}”.` : `${results.data.length} ${results.data.length === 1 ? 'provision matches' : 'provisions match'} “${q}”, best first.`}
          </p>
          <ol className="results">
            {results.data.map((result) => (
              <li key={result.id}>
                <h2 className="result-title">
                  <Link to={codePath(result.codeId, result.version, result.key)}>{resultName(result)}</Link>
                </h2>
                {result.snippet.length > 0 && (
                  <p className="snippet">
                    <Snippet parts={result.snippet} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <section className="panel" aria-labelledby="jump-heading">
        <h2 id="jump-heading">Go straight to a provision</h2>
        <ProvisionPicker
          orgId={organisation.id}
          id="provision-jump"
          label="Provision"
          hint="Type a few letters; choose a suggestion with the arrow keys and Enter."
          onPick={(provision) => navigate(codePath(provision.codeId, provision.version, provision.key))}
        />
      </section>
    </Page>
  );
}
