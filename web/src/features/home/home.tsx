import { Link } from 'react-router';
import type { OrganisationAction } from '../../api.ts';
import { kindLabel, nationLabel, roleLabel, scopeLabel } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { CodesBindingMe } from '../codes/my-codes.tsx';
import { MyDeadlinesHere } from '../deadlines/my-deadlines.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { useMe } from '../session/session.tsx';
import { ScopeAtAGlance } from './scope-glance.tsx';

interface Destination {
  to: string;
  title: string;
  description: string;
  /** Offered when the server's `allowed` list has one of these. */
  needs?: OrganisationAction[];
}

export function HomePage() {
  const me = useMe();
  const { organisation, roles } = useOrganisation();
  const base = `/orgs/${organisation.id}`;
  const trust = organisation.kind === 'employer_trust';
  const destinations: Destination[] = [
    { to: '/deadlines', title: 'Your deadlines', description: 'What the codes ask of you and by when, in every organisation; in your own calendar too.' },
    { to: `${base}/codes`, title: 'Codes', description: `The codes ${organisation.name} has adopted: read, search and confirm them.` },
    { to: '/codes', title: 'The codes library', description: 'Every code and version, compared side by side or read by theme.' },
    { to: `${base}/development`, title: 'Your development', description: 'Rate yourself against the professional standards each year, plan your development and record your CPD.', needs: ['development.read'] },
    { to: `${base}/development-insights`, title: 'Development insights', description: 'How the workforce rates itself against the standards, and where CPD is thin, by academy.', needs: ['development.insights'] },
    { to: `${base}/deadlines`, title: 'Deadlines', description: 'The deadlines of the people you oversee, and what is overdue.', needs: ['deadline.oversee'] },
    { to: `${base}/attestation`, title: 'Attestation', description: 'Who has confirmed the codes that bind them, per academy and role.', needs: ['attestation.oversee'] },
    { to: `${base}/people`, title: 'People', description: trust ? 'Find staff and see their roles and employment.' : 'Find members and see their roles and membership.' },
    { to: `${base}/people/new`, title: 'Add a person', description: 'Add someone, give them roles and invite them to Probity.', needs: ['people.manage'] },
    { to: `${base}/import`, title: 'Import people', description: `Add a whole ${trust ? 'staff' : 'member'} list from a CSV file, checked row by row first.`, needs: ['people.import'] },
    { to: `${base}/organisation`, title: 'Organisation', description: trust ? 'Regions and academies of the trust.' : 'The details of the organisation.', needs: ['organisation.manage'] },
    // Only those who may read the entries are promised them; checking the chain alone is offered by its own words.
    ...(can(organisation, 'audit.read')
      ? [{ to: `${base}/audit`, title: 'Audit trail', description: 'Who did what, when; check that the record is unbroken.' }]
      : [{ to: `${base}/audit`, title: 'Audit trail', description: 'Check that the audit trail is unbroken. Reading its entries is for auditors and the data protection officer.', needs: ['audit.verify'] as OrganisationAction[] }]),
    { to: `${base}/outbox`, title: 'Outbox', description: 'Email Probity has sent or is holding for this organisation.', needs: ['outbox.read'] },
    { to: '/account', title: 'Your account', description: 'Change your password, or sign out on every device.' },
  ];
  const others = me.organisations.filter((o) => o.id !== organisation.id);

  return (
    <Page title={organisation.name} heading={`Welcome, ${me.person.givenName}`}>
      <p className="lede">
        You are working in <strong>{organisation.name}</strong>, {article(kindLabel(organisation.kind))} {kindLabel(organisation.kind).toLowerCase()}.
      </p>
      <ScopeAtAGlance organisation={organisation} roles={roles} />
      <div className="two-columns">
        <section className="panel" aria-labelledby="deadlines-heading">
          <h2 id="deadlines-heading">Your deadlines here</h2>
          <MyDeadlinesHere organisationId={organisation.id} />
        </section>
        <section className="panel" aria-labelledby="codes-heading">
          <h2 id="codes-heading">Codes that bind you</h2>
          <CodesBindingMe organisationId={organisation.id} organisationName={organisation.name} />
        </section>
      </div>
      <div className="two-columns">
        <section className="panel" aria-labelledby="roles-heading">
          <h2 id="roles-heading">Your roles here</h2>
          {roles.length ? (
            <ul className="plain-list">
              {roles.map((role) => (
                <li key={`${role.role}-${role.academyId ?? ''}-${role.regionId ?? ''}`}>
                  <strong>{roleLabel(role.role)}</strong> <span className="muted">· {scopeLabel(role)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>You hold no role here.</p>
          )}
        </section>
        <section className="panel" aria-labelledby="organisation-heading">
          <h2 id="organisation-heading">The organisation</h2>
          <dl className="summary-list">
            <dt>Name</dt>
            <dd>{organisation.name}</dd>
            <dt>Kind</dt>
            <dd>{kindLabel(organisation.kind)}</dd>
            <dt>Nation</dt>
            <dd>{nationLabel(organisation.nation)}</dd>
            {trust && (
              <>
                <dt>Academies</dt>
                <dd>{organisation.academies.length ? organisation.academies.map((a) => a.name).join(', ') : 'None yet'}</dd>
                <dt>Regions</dt>
                <dd>{organisation.regions.length ? organisation.regions.map((r) => r.name).join(', ') : 'None yet'}</dd>
              </>
            )}
          </dl>
        </section>
      </div>

      <h2>What you can do here</h2>
      <div className="grid">
        {destinations
          .filter((d) => !d.needs || can(organisation, ...d.needs))
          .map((d) => (
            <div className="card" key={d.to}>
              <h3>
                <Link to={d.to}>{d.title}</Link>
              </h3>
              <p>{d.description}</p>
            </div>
          ))}
      </div>

      {others.length > 0 && (
        <>
          <h2>Your other organisations</h2>
          <div className="panel">
            <ul className="plain-list">
              {others.map((other) => (
                <li key={other.id}>
                  <Link to={`/orgs/${other.id}`}>{other.name}</Link>{' '}
                  <span className="muted">
                    · {kindLabel(other.kind)} · {other.roles.map((r) => roleLabel(r.role)).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      <p className="muted">Signed in as {me.person.email}</p>
    </Page>
  );
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
