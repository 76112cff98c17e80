import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, STAGE_WORDS, type CaseDetail } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { eventWords, outcomeWords, OverdueTag, StageTag } from './labels.tsx';
import { caseQuery } from './queries.ts';
import { Steps } from './steps.tsx';
import { StepAside, Team } from './team.tsx';

// One case, to its officers and its panel: where it stands and what is due next, the steps open to the
// viewer, its officers and panel, the requests put to the person with their answers and documents, the
// letters it sent, and its chronology with the team's notes. Anyone else is told there is no such case.

/** `/orgs/:orgId/cases/:caseId` */
export function CasePage() {
  const { organisation } = useOrganisation();
  const { caseId = '' } = useParams();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const [done, setDone] = useState<string | null>(null);
  const found = useQuery(caseQuery(organisation.id, caseId));
  const c = found.data;
  const title = c ? `${c.reference}: ${c.title}` : 'Case';
  return (
    <Page
      title={`${title} – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/cases`}>Cases</Link> › {c?.reference ?? 'Case'}
        </>
      }
    >
      {arrival.done && !done && <Status title={arrival.done} />}
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {found.error ? (
        <QueryError error={found.error} what="case" />
      ) : !c ? (
        <Loading what="Loading the case" />
      ) : (
        <>
          <Standing found={c} />
          <DueNext found={c} />
          <Steps found={c} onDone={setDone} />
          <Team found={c} onDone={setDone} />
          <Papers found={c} />
          <Chronology found={c} />
          <StepAside found={c} />
        </>
      )}
    </Page>
  );
}

const FROM: Record<CaseDetail['openedFrom'], string> = { intake: 'Received directly', declaration: 'A declaration or notification', concern: 'A concern raised', third_party: 'Information from a third party' };

function Standing({ found: c }: { found: CaseDetail }) {
  const { organisation } = useOrganisation();
  return (
    <section className="panel" aria-labelledby="standing-heading">
      <h2 id="standing-heading">Where it stands</h2>
      <dl className="summary-list">
        <dt>Stage</dt>
        <dd>
          <StageTag stage={c.stage} />
        </dd>
        <dt>About</dt>
        <dd>{c.subject.name}</dd>
        <dt>Opened</dt>
        <dd>
          {formatDateTime(c.openedAt)}: {FROM[c.openedFrom]}
          {c.sourceNote && ` (${c.sourceNote})`}
        </dd>
        <dt>Summary</dt>
        <dd className="reflection">{c.summary}</dd>
        {c.harmThreshold && (
          <>
            <dt>Harm threshold</dt>
            <dd>It may meet the harm threshold: referred to the local authority’s designated officer within one working day.</dd>
          </>
        )}
        {c.named.length > 0 && (
          <>
            <dt>It names</dt>
            <dd>{c.named.map((p) => p.name).join(', ')}: each is barred from the case.</dd>
          </>
        )}
        {c.decision && (
          <>
            <dt>Decision</dt>
            <dd>
              <strong>{outcomeWords(c.decision.outcome)}</strong>, {formatDateTime(c.decision.decidedAt)}
              <p className="reflection">{c.decision.reasons}</p>
            </dd>
          </>
        )}
        {c.outcome && (
          <>
            <dt>Outcome issued</dt>
            <dd>
              {formatDateTime(c.outcome.issuedAt)}
              {c.appealCloses && `; an appeal may be lodged until ${formatDateTime(c.appealCloses)}`}
            </dd>
          </>
        )}
        {c.appeal && (
          <>
            <dt>Appeal</dt>
            <dd>
              Lodged {formatDateTime(c.appeal.lodgedAt)}
              {c.appeal.result && `: ${c.appeal.result}`}
              <p className="reflection">{c.appeal.grounds}</p>
            </dd>
          </>
        )}
      </dl>
      {c.panelDecides && (
        <p>
          <Link to={`/orgs/${organisation.id}/cases/${c.id}/bundle`}>The hearing bundle</Link>: what the panel reads, on one page.
        </p>
      )}
    </section>
  );
}

function DueNext({ found: c }: { found: CaseDetail }) {
  return (
    <section className="panel" aria-labelledby="due-heading">
      <h2 id="due-heading">What is due next</h2>
      {c.dueNext.length === 0 ? (
        <p>Nothing is due: no deadline of this case is open.</p>
      ) : (
        <ul className="plain-list">
          {c.dueNext.map((d) => (
            <li key={d.id}>
              <strong>{d.title}</strong>, {d.ownerName}, by {formatDateTime(d.dueAt)} {d.overdue && <OverdueTag />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The requests put to the person with their answers and documents, and the letters the case sent. */
export function Papers({ found: c }: { found: CaseDetail }) {
  const { organisation } = useOrganisation();
  return (
    <>
      <section className="panel" aria-labelledby="requests-heading">
        <h2 id="requests-heading">Requests for information and documents</h2>
        {c.informationRequests.length === 0 ? (
          <p>No information has been asked of {c.subject.name}.</p>
        ) : (
          <ol className="plain-list">
            {c.informationRequests.map((r) => (
              <li key={r.id}>
                <p className="reflection">{r.question}</p>
                <span className="hint">
                  Asked {formatDateTime(r.askedAt)}, to answer by {r.dueOn}
                  {r.consentFrom && `; consent asked to disclosure by ${r.consentFrom}`}
                </span>
                {r.answeredAt ? (
                  <>
                    <p>
                      <strong>Answered {formatDateTime(r.answeredAt)}:</strong>
                    </p>
                    <p className="reflection">{r.answer}</p>
                    {r.consent && <p>{r.consent.given ? `Consent given: “${r.consent.statement}”` : `Consent refused to: “${r.consent.statement}”`}</p>}
                    {r.documents.length > 0 && (
                      <ul>
                        {r.documents.map((d) => (
                          <li key={d.id}>
                            <a href={api.caseDocumentPath(organisation.id, c.id, d.id)}>{d.name}</a> <span className="hint">({Math.ceil(d.size / 1024)} KB)</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </>
                ) : (
                  <p>Not answered yet.</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="letters-heading">
        <h2 id="letters-heading">Letters</h2>
        <Letters caseId={c.id} letters={c.letters} />
      </section>
    </>
  );
}

export function Letters({ caseId, letters }: { caseId: string; letters: CaseDetail['letters'] }) {
  const { organisation } = useOrganisation();
  if (letters.length === 0) return <p>No letter has been sent.</p>;
  return (
    <ul className="plain-list">
      {letters.map((l) => (
        <li key={l.id}>
          <a href={api.caseLetterPath(organisation.id, caseId, l.id)}>
            {l.title}
            <span className="visually-hidden"> (PDF)</span>
          </a>{' '}
          <span className="hint">sent {formatDateTime(l.sentAt)}, as a PDF</span>
        </li>
      ))}
    </ul>
  );
}

function Chronology({ found: c }: { found: CaseDetail }) {
  return (
    <section className="panel" aria-labelledby="chronology-heading">
      <h2 id="chronology-heading">Chronology</h2>
      <p className="muted">Every step, who took it and when. The notes are the team’s: the person the case is about never sees them.</p>
      <ol className="plain-list">
        {c.chronology.map((e) => (
          <li key={e.id}>
            <strong>{eventWords(e.event)}</strong>
            {e.toStage && e.fromStage !== e.toStage && ` to ${STAGE_WORDS[e.toStage].toLowerCase()}`}
            {e.personName && e.personId !== e.actorId && `: ${e.personName}`} <span className="hint">{formatDateTime(e.at)}, by {e.actorName}</span>
            {e.note && <p className="reflection">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
