import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, NavLink, useSearchParams } from 'react-router';
import { Status } from '../../ui/feedback.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { useMe } from '../session/session.tsx';
import { sharesQuery } from './queries.ts';

// Every page of the development record: one's own, or (with ?personId=) the record of someone who shares
// theirs with the signed-in person, which is read-only and marked so on every page.

export interface Owner {
  /** Set when the record is someone else's, shared with the signed-in person. */
  personId: string | undefined;
  own: boolean;
  /** Their name, once known. */
  name: string | null;
  /** The address's query for the same person's other pages: '' or '?personId=…'. */
  search: string;
}

export function useOwner(): Owner {
  const me = useMe();
  const { organisation } = useOrganisation();
  const [search] = useSearchParams();
  const requested = search.get('personId');
  const personId = requested && requested !== me.person.id ? requested : undefined;
  const shares = useQuery({ ...sharesQuery(organisation.id), enabled: Boolean(personId) });
  const name = personId ? (shares.data?.sharedWithMe.find((s) => s.personId === personId)?.name ?? null) : `${me.person.givenName} ${me.person.familyName}`;
  return { personId, own: !personId, name, search: personId ? `?${new URLSearchParams({ personId })}` : '' };
}

const possessive = (name: string) => `${name}’s`;

/** "Your development plan", or "Morgan Member’s development plan". */
export function whose(owner: Owner, what: string): string {
  return owner.own ? `Your ${what}` : `${possessive(owner.name ?? 'A shared')} ${what}`;
}

export function DevelopmentPage({ title, heading, actions, children, breadcrumbs }: { title: string; heading?: string; actions?: ReactNode; children: ReactNode; breadcrumbs?: ReactNode }) {
  const { organisation } = useOrganisation();
  const owner = useOwner();
  return (
    <Page title={`${title} – ${organisation.name}`} heading={heading ?? title} actions={actions} breadcrumbs={breadcrumbs}>
      {!owner.own && <ReadOnlyNotice owner={owner} />}
      <DevelopmentNav owner={owner} />
      {children}
    </Page>
  );
}

function ReadOnlyNotice({ owner }: { owner: Owner }) {
  const { organisation } = useOrganisation();
  const shares = useQuery(sharesQuery(organisation.id));
  const share = shares.data?.sharedWithMe.find((s) => s.personId === owner.personId);
  return (
    <div className="read-only">
      <Status tone="info" title={`Read-only: ${owner.name ?? 'this person'} shares their development record with you`}>
        <p>
          You can read it but not change it{share ? `; shared since ${formatDate(share.since.slice(0, 10))}` : ''}. Each time you open it, that is recorded in {organisation.name}’s audit trail.{' '}
          <Link to={`/orgs/${organisation.id}/development/sharing`}>Records shared with you</Link>
        </p>
      </Status>
    </div>
  );
}

function DevelopmentNav({ owner }: { owner: Owner }) {
  const { organisation } = useOrganisation();
  const base = `/orgs/${organisation.id}/development`;
  const entries = [
    { to: base, label: 'Dashboard', end: true },
    { to: `${base}/self-assessments`, label: 'Self-assessments', end: false },
    { to: `${base}/plan`, label: 'Development plan', end: true },
    { to: `${base}/cpd`, label: 'CPD record', end: true },
    ...(owner.own ? [{ to: `${base}/sharing`, label: 'Sharing', end: true }] : []),
  ];
  return (
    <nav className="sub-nav" aria-label={owner.own ? 'Your development' : `${owner.name ?? 'A shared'}’s development record`}>
      <ul>
        {entries.map((entry) => (
          <li key={entry.to}>
            <NavLink to={`${entry.to}${owner.search}`} end={entry.end}>
              {entry.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
