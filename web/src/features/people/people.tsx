import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type Person } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { fullName } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Pager, pageNumber } from '../../ui/pager.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { RoleList } from './roles.tsx';

export const peopleQuery = (orgId: string, q: string) => ({ queryKey: ['people', orgId, q], queryFn: () => api.people(orgId, q || undefined) });

/** People a page at a time: the server pages and counts them (the total in X-Total-Count). */
export const PEOPLE_PAGE_SIZE = 100;
const peoplePageQuery = (orgId: string, q: string, page: number) => ({
  queryKey: ['people', orgId, q, 'page', page],
  queryFn: () => api.peoplePage(orgId, { q: q || undefined, limit: PEOPLE_PAGE_SIZE, offset: (page - 1) * PEOPLE_PAGE_SIZE }),
  placeholderData: keepPreviousData,
});

const count = new Intl.NumberFormat('en-GB');

export function PersonStatus({ person }: { person: Pick<Person, 'disabled' | 'invited'> }) {
  if (person.disabled) return <span className="tag off">Disabled</span>;
  if (person.invited) return <span className="tag pending">Invited</span>;
  return <span className="tag ok">Active</span>;
}

export function PeoplePage() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const page = pageNumber(search);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const people = useQuery(peoplePageQuery(organisation.id, q, page));
  const base = `/orgs/${organisation.id}`;
  const total = people.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const first = (page - 1) * PEOPLE_PAGE_SIZE + 1;
  const last = first + (people.data?.items.length ?? 0) - 1;
  const pageLink = (to: number) => `?${new URLSearchParams({ ...(q ? { q } : {}), ...(to > 1 ? { page: String(to) } : {}) })}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(text.trim() ? { q: text.trim() } : {});
  };

  return (
    <Page
      title={`People – ${organisation.name}`}
      heading="People"
      actions={
        <>
          {can(organisation, 'people.manage') && (
            <Link className="button" to={`${base}/people/new`}>
              Add a person
            </Link>
          )}
          {can(organisation, 'people.import') && (
            <Link className="button secondary" to={`${base}/import`}>
              Import from CSV
            </Link>
          )}
        </>
      }
    >
      <form role="search" className="inline-form panel" onSubmit={submit} aria-label="People">
        <div className="field">
          <label htmlFor="people-search">Search by name or email</label>
          <input id="people-search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
        {q && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setText('');
              setSearch({});
            }}
          >
            Clear
          </button>
        )}
      </form>

      {people.error ? (
        <QueryError error={people.error} what="list of people" />
      ) : !people.data ? (
        <Loading what="Loading people" />
      ) : (
        <>
          <p role="status" className="muted">
            {people.data.items.length === 0
              ? page > 1 && total > 0
                ? `There is no page ${page}: ${count.format(total)} ${total === 1 ? 'person' : 'people'} in all.`
                : q
                  ? `No one matches “${q}”.`
                  : 'No people to show.'
              : `Showing ${count.format(first)}–${count.format(last)} of ${count.format(total)} ${total === 1 ? 'person' : 'people'}${q ? ` matching “${q}”` : ''}.`}
          </p>
          {people.data.items.length > 0 && (
            <TableRegion id="people" caption={`People in ${organisation.name}${q ? ` matching “${q}”` : ''}${pages > 1 ? `, page ${page} of ${pages}` : ''}`}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Roles</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {people.data.items.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">
                      <Link to={`${base}/people/${person.id}`}>{fullName(person)}</Link>
                    </th>
                    <td>{person.email}</td>
                    <td>
                      <RoleList organisation={organisation} roles={person.roles} />
                    </td>
                    <td>
                      <PersonStatus person={person} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          )}
          <Pager what="people" page={page} pageSize={PEOPLE_PAGE_SIZE} total={total} shown={people.data.items.length} to={pageLink} />
        </>
      )}
    </Page>
  );
}
