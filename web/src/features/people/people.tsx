import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type Person } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { fullName } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { RoleList } from './roles.tsx';

export const peopleQuery = (orgId: string, q: string) => ({ queryKey: ['people', orgId, q], queryFn: () => api.people(orgId, q || undefined) });

export function PersonStatus({ person }: { person: Pick<Person, 'disabled' | 'invited'> }) {
  if (person.disabled) return <span className="tag off">Disabled</span>;
  if (person.invited) return <span className="tag pending">Invited</span>;
  return <span className="tag ok">Active</span>;
}

export function PeoplePage() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const people = useQuery(peopleQuery(organisation.id, q));
  const base = `/orgs/${organisation.id}`;

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
            {people.data.length === 0
              ? q
                ? `No one matches “${q}”.`
                : 'No people to show.'
              : `${people.data.length} ${people.data.length === 1 ? 'person' : 'people'}${q ? ` matching “${q}”` : ''}.`}
          </p>
          {people.data.length > 0 && (
            <TableRegion id="people" caption={`People in ${organisation.name}${q ? ` matching “${q}”` : ''}`}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Roles</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {people.data.map((person) => (
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
        </>
      )}
    </Page>
  );
}
