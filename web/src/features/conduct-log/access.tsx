import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { Allowed, useOrganisation } from '../organisations/organisation.tsx';
import { AcademyField } from './entry-form.tsx';
import { GrantForm, useWithdrawGrant } from './grant-form.tsx';
import { grantsQuery } from './queries.ts';

// Who may read the conduct logs a principal keeps, by a grant, and why: one entry, or an academy's whole log
// (never to a member of staff's peers: the server refuses, naming the rule). Withdrawn, a grant stays in the
// history of who could read the log.

/** `/orgs/:orgId/conduct-log/access` */
export function ConductAccessPage() {
  const { organisation } = useOrganisation();
  return (
    <Allowed actions={['conduct_log.grant']} title="Who has access to the conduct log">
      <Page
        title={`Who has access to the conduct log – ${organisation.name}`}
        heading="Who has access to the conduct log"
        breadcrumbs={
          <>
            <Link to={`/orgs/${organisation.id}/conduct-log`}>Conduct log</Link> › Who has access
          </>
        }
      >
        <Grants />
      </Page>
    </Allowed>
  );
}

function Grants() {
  const { organisation, roles } = useOrganisation();
  const grants = useQuery(grantsQuery(organisation.id));
  const ownAcademies = [...new Set(roles.flatMap((r) => (r.academyId ? [r.academyId] : [])))];
  const [done, setDone] = useState<string | null>(null);
  const [academyId, setAcademyId] = useState(ownAcademies.length === 1 ? ownAcademies[0]! : '');
  const withdraw = useWithdrawGrant(setDone);
  const academyName = (id: string) => organisation.academies.find((a) => a.id === id)?.name ?? '';
  return (
    <>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      <p className="lede">Besides you and the trust’s chief operating officer, these people may read entries, because they need to know. Each reading is recorded.</p>
      {grants.error ? (
        <QueryError error={grants.error} what="access" />
      ) : !grants.data ? (
        <Loading what="Loading who has access" />
      ) : grants.data.length === 0 ? (
        <p>Nobody has access by a grant.</p>
      ) : (
        <TableRegion id="grants" caption="Access granted, oldest first">
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">To what</th>
              <th scope="col">Why</th>
              <th scope="col">Since</th>
              <th scope="col">Until</th>
              <th scope="col">
                <span className="visually-hidden">Withdraw</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {grants.data.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.person.name}</th>
                <td>{g.entryId ? <Link to={`/orgs/${organisation.id}/conduct-log/entries/${g.entryId}`}>One entry</Link> : `The whole log of ${academyName(g.academyId)}`}</td>
                <td>{g.reason}</td>
                <td>{formatDateTime(g.grantedAt)}</td>
                <td>{g.expiresOn ? formatDate(g.expiresOn) : 'Until withdrawn'}</td>
                <td className="action-cell">{withdraw.button(g)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {withdraw.failure}
      <section className="panel" aria-labelledby="grant-heading">
        <h2 id="grant-heading">Let someone read a whole log</h2>
        <p className="hint">Someone who oversees the academy’s staff, such as an HR case officer. To let someone read one entry, open the entry.</p>
        <GrantForm
          headingId="grant-heading"
          target={() => ({ academyId })}
          granted={(name) => `${name} may now read the whole log`}
          onDone={setDone}
          beforeFields={{ academyId: { id: 'grant-academy', label: 'Academy' } }}
          before={(errors) => <AcademyField id="grant-academy" value={academyId} onChange={setAcademyId} error={errors.academyId} />}
        />
      </section>
    </>
  );
}
