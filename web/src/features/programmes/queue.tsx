import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProgrammeSupportQueue } from '../../api.ts';
import { LiveRegion, Loading, NotAvailable, QueryError, Status } from '../../ui/feedback.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { supportQueueQuery } from './queries.ts';
import { AnswerForm, DecisionForm, ResponseForm } from './support.tsx';
import { APPEAL_STANDING_WORDS, CHANNEL_WORDS } from './words.ts';

// The Professional Status Team's queue across cohorts (001 §3.2.1: support applied in a timely, fair and
// consistent manner within and across cohorts): appeals awaiting their written response, overdue first
// (§9.1, 10 working days); support requests to answer (§6.1.4); requests for adjustments to decide (§3.1.1,
// §6.2.2). Each is answered, decided or responded to where it stands, and leaves the queue when done.

const PROGRAMME_WORDS = { qtls: 'QTLS', ats: 'ATS' } as const;

/** `/orgs/:orgId/programmes/support` */
export function SupportQueuePage() {
  const { organisation } = useOrganisation();
  const manages = can(organisation, 'programme.manage');
  const [done, setDone] = useState<string | null>(null);
  const queue = useQuery({ ...supportQueueQuery(organisation.id), enabled: manages });
  const q = queue.data;
  const base = `/orgs/${organisation.id}/programmes`;
  return (
    <Page title={`Programme support – ${organisation.name}`} heading="Programme support" breadcrumbs={<><Link to={base}>Programmes</Link> › Support</>}>
      <p className="lede">Questions to answer, adjustments to decide and appeals awaiting a written response, across every cohort, oldest first; overdue appeals come first.</p>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {!manages ? (
        <NotAvailable where="the programme support queue">
          <p>The Professional Status Team answers support requests, adjustments and appeals.</p>
        </NotAvailable>
      ) : queue.error ? (
        <QueryError error={queue.error} what="programme support" />
      ) : !q ? (
        <Loading what="Loading the programme support" />
      ) : (
        <>
          <AppealsQueue q={q} base={base} onDone={setDone} />
          <RequestsQueue q={q} base={base} onDone={setDone} />
          <AdjustmentsQueue q={q} base={base} onDone={setDone} />
        </>
      )}
    </Page>
  );
}

type Queued = ProgrammeSupportQueue['requests'][number];

/** Whose it is: the participant (a link to their page), their programme and cohort. */
function Who({ item, base }: { item: Pick<Queued, 'participantId' | 'name' | 'programme' | 'startsOn'>; base: string }) {
  return (
    <>
      <h3>
        <Link to={`${base}/participants/${item.participantId}`}>{item.name}</Link>
      </h3>
      <p className="hint">
        {PROGRAMME_WORDS[item.programme]}, cohort starting {formatDate(item.startsOn)}
      </p>
    </>
  );
}

function AppealsQueue({ q, base, onDone }: { q: ProgrammeSupportQueue; base: string; onDone: (message: string) => void }) {
  const overdue = q.appeals.filter((a) => a.standing === 'overdue').length;
  return (
    <section aria-labelledby="appeals-heading">
      <h2 id="appeals-heading">Appeals awaiting a response ({q.appeals.length})</h2>
      {overdue > 0 && (
        <p>
          <strong>
            {overdue} {overdue === 1 ? 'response is' : 'responses are'} overdue.
          </strong>
        </p>
      )}
      {q.appeals.length === 0 ? (
        <p>No appeal awaits a response.</p>
      ) : (
        q.appeals.map((a) => (
          <article className="panel" key={a.id} aria-label={`Appeal by ${a.name}`}>
            <Who item={a} base={base} />
            <p className="hint">
              Made {formatDateTime(a.lodgedAt)}; response due by {formatDate(a.responseDueOn)} <span className={a.standing === 'overdue' ? 'tag off' : 'tag pending'}>{APPEAL_STANDING_WORDS[a.standing]}</span>
            </p>
            <p>{a.grounds}</p>
            <ResponseForm participantId={a.participantId} appealId={a.id} onDone={onDone} />
          </article>
        ))
      )}
    </section>
  );
}

function RequestsQueue({ q, base, onDone }: { q: ProgrammeSupportQueue; base: string; onDone: (message: string) => void }) {
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">Questions to answer ({q.requests.length})</h2>
      {q.requests.length === 0 ? (
        <p>No question waits for an answer.</p>
      ) : (
        q.requests.map((r) => (
          <article className="panel" key={r.id} aria-label={`Question from ${r.name}`}>
            <Who item={r} base={base} />
            <p className="hint">
              {CHANNEL_WORDS[r.channel]}, asked {formatDateTime(r.askedAt)}
            </p>
            <p>{r.question}</p>
            <AnswerForm participantId={r.participantId} requestId={r.id} onDone={onDone} />
          </article>
        ))
      )}
    </section>
  );
}

function AdjustmentsQueue({ q, base, onDone }: { q: ProgrammeSupportQueue; base: string; onDone: (message: string) => void }) {
  return (
    <section aria-labelledby="adjustments-heading">
      <h2 id="adjustments-heading">Adjustments to decide ({q.adjustments.length})</h2>
      {q.adjustments.length === 0 ? (
        <p>No request for adjustments waits for a decision.</p>
      ) : (
        q.adjustments.map((a) => (
          <article className="panel" key={a.id} aria-label={`Adjustments asked for by ${a.name}`}>
            <Who item={a} base={base} />
            <p className="hint">
              Asked {formatDateTime(a.requestedAt)}
              {a.late ? (
                <>
                  {' '}
                  <span className="tag pending">Late: after the month’s notice</span>
                </>
              ) : null}
            </p>
            <p>{a.needs}</p>
            <DecisionForm participantId={a.participantId} adjustment={a} onDone={onDone} />
          </article>
        ))
      )}
    </section>
  );
}
