import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import type { DeclarationKind, DeclarationSummary, DutyElsewhere, MyReturn } from '../../api.ts';
import { Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { DutyDeadline, outcomeLabel, returnTitle, StateTag, timeLimitWords, Timeliness } from './labels.tsx';
import { kindsQuery, myDeclarationsQuery, myReturnsQuery } from './queries.ts';

// Your declarations and duties in one organisation: the annual re-declaration still to return and the drafts
// still to send, with the deadline each duty carries; what you have declared and where each stands, the duties the same facts trigger in your other
// organisations, and every kind of declaration you may make here.

/** `/orgs/:orgId/declarations` */
export function MyDeclarationsPage() {
  const { organisation } = useOrganisation();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const mine = useQuery(myDeclarationsQuery(organisation.id));
  const kinds = useQuery(kindsQuery(organisation.id));
  const returns = useQuery(myReturnsQuery(organisation.id));
  const open = returns.data?.filter((r) => r.returned === null) ?? [];
  const drafts = mine.data?.declarations.filter((d) => d.state === 'draft') ?? [];
  const made = mine.data?.declarations.filter((d) => d.state !== 'draft') ?? [];

  return (
    <Page title={`Your declarations and duties – ${organisation.name}`} heading="Your declarations and duties">
      <p className="lede">What the codes ask you to tell {organisation.name}, what you have told it, and where each declaration stands.</p>
      {arrival.done && <Status title={arrival.done} />}
      {mine.error ? (
        <QueryError error={mine.error} what="list of your declarations" />
      ) : !mine.data ? (
        <Loading what="Loading your declarations" />
      ) : (
        <>
          <section aria-labelledby="to-do-heading">
            <h2 id="to-do-heading">Still to do</h2>
            {open.length > 0 && <OpenReturns returns={open} />}
            {drafts.length === 0 ? <p>No drafts are waiting to be sent.</p> : <Drafts drafts={drafts} kinds={kinds.data ?? []} />}
          </section>
          {mine.data.dutiesElsewhere.length > 0 && <DutiesElsewhere duties={mine.data.dutiesElsewhere} />}
          <section aria-labelledby="made-heading">
            <h2 id="made-heading">What you have declared</h2>
            {made.length === 0 ? <p>You have made no declaration in {organisation.name} yet.</p> : <Made declarations={made} />}
          </section>
        </>
      )}
      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">Make a declaration</h2>
        {kinds.error ? (
          <QueryError error={kinds.error} what="kinds of declaration" />
        ) : !kinds.data ? (
          <Loading what="Loading the kinds of declaration" />
        ) : kinds.data.length === 0 ? (
          <p>{organisation.name} asks no declaration of you: its declarations are for its staff or its members.</p>
        ) : (
          <Kinds kinds={kinds.data} />
        )}
      </section>
    </Page>
  );
}

function OpenReturns({ returns }: { returns: MyReturn[] }) {
  const { organisation } = useOrganisation();
  return (
    <ul className="plain-list">
      {returns.map((r) => (
        <li key={r.id}>
          <Link to={`/orgs/${organisation.id}/declarations/returns/${r.id}`}>{returnTitle(r)}</Link>
          <span className="hint">Confirm that your entries in the registers of interests and of gifts and hospitality still stand, or make a nil return.</span>
          <DutyDeadline recordType="declaration_campaign" recordId={r.id} otherwise={`Due by ${formatDate(r.dueOn)}`} />
        </li>
      ))}
    </ul>
  );
}

function Drafts({ drafts, kinds }: { drafts: DeclarationSummary[]; kinds: DeclarationKind[] }) {
  const { organisation } = useOrganisation();
  return (
    <ul className="plain-list">
      {drafts.map((draft) => (
        <li key={draft.id}>
          <Link to={`/orgs/${organisation.id}/declarations/${draft.id}`}>{draft.title}</Link>
          <span className="hint">A draft started {formatDateTime(draft.createdAt)}: nothing is sent until you submit it.</span>
          <DutyDeadline recordId={draft.id} otherwise={timeLimitWords(kinds.find((k) => k.id === draft.kind)?.timeLimit ?? null)} />
        </li>
      ))}
    </ul>
  );
}

/** 000 provision 8: the duty is shown; nothing crosses until the person chooses what to send, with consent. */
function DutiesElsewhere({ duties }: { duties: DutyElsewhere[] }) {
  const { organisation } = useOrganisation();
  return (
    <section aria-labelledby="elsewhere-heading">
      <h2 id="elsewhere-heading">Duties in your other organisations</h2>
      <p>What you declared here is also something your other organisations’ codes ask you to tell them. Nothing is sent to them unless you choose to send it.</p>
      <ul className="plain-list">
        {duties.map((duty) => (
          <li key={`${duty.fromDeclarationId}-${duty.organisationId}-${duty.kind}`}>
            <strong>
              {duty.organisationName}: {duty.title}
            </strong>
            <span className="hint">
              {duty.asks}
              {duty.dueOn && ` Due by ${formatDate(duty.dueOn)}.`}
            </span>
            <Link
              className="button secondary small"
              to={`/orgs/${duty.organisationId}/declarations/send?${new URLSearchParams({ from: duty.fromDeclarationId, fromOrganisation: organisation.id, kind: duty.kind })}`}
            >
              Send it to {duty.organisationName}
              <span className="visually-hidden">: {duty.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Made({ declarations }: { declarations: DeclarationSummary[] }) {
  const { organisation } = useOrganisation();
  return (
    <TableRegion id="my-declarations" caption="Your declarations, newest first" captionHidden>
      <thead>
        <tr>
          <th scope="col">Declaration</th>
          <th scope="col">Happened</th>
          <th scope="col">Submitted</th>
          <th scope="col">Where it stands</th>
        </tr>
      </thead>
      <tbody>
        {declarations.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              <Link to={`/orgs/${organisation.id}/declarations/${d.id}`}>{d.title}</Link>
            </th>
            <td className="nowrap">{formatDate(d.occurredOn)}</td>
            <td className="nowrap">{d.submittedAt ? formatDateTime(d.submittedAt) : '—'}</td>
            <td>
              <StateTag state={d.state} /> <Timeliness declaration={d} />
              {d.outcome && <span className="hint">{outcomeLabel(d.outcome)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

function Kinds({ kinds }: { kinds: DeclarationKind[] }) {
  const { organisation } = useOrganisation();
  return (
    <ul className="plain-list">
      {kinds.map((kind) => (
        <li key={kind.id}>
          {kind.closedBecause ? (
            <>
              <strong>{kind.title}</strong>
              <span className="hint">Not open here: {kind.closedBecause}</span>
            </>
          ) : (
            <>
              <Link to={`/orgs/${organisation.id}/declarations/new/${kind.id}`}>{kind.title}</Link>
              <span className="hint">
                {kind.asks} {timeLimitWords(kind.timeLimit)}
                {kind.sensitive && ' Sensitive.'}
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
