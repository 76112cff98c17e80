import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { type CaseDetail } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { Papers } from './case.tsx';
import { eventWords, outcomeWords, StageTag } from './labels.tsx';
import { caseQuery } from './queries.ts';

// The hearing bundle: what a panel reads before it sits, on one page to read or print. The hearing is in
// private; only the case's officers and its panel open this page.

/** `/orgs/:orgId/cases/:caseId/bundle` */
export function BundlePage() {
  const { organisation } = useOrganisation();
  const { caseId = '' } = useParams();
  const found = useQuery(caseQuery(organisation.id, caseId));
  const c = found.data;
  const title = c ? `Hearing bundle: ${c.reference}` : 'Hearing bundle';
  return (
    <Page
      title={`${title} – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/cases`}>Cases</Link> › {c ? <Link to={`/orgs/${organisation.id}/cases/${c.id}`}>{c.reference}</Link> : 'Case'} › Hearing bundle
        </>
      }
    >
      {found.error ? <QueryError error={found.error} what="case" /> : !c ? <Loading what="Loading the hearing bundle" /> : <Bundle found={c} />}
    </Page>
  );
}

function Bundle({ found: c }: { found: CaseDetail }) {
  const steps = c.chronology.filter((e) => e.toStage);
  return (
    <>
      <p className="lede">
        {c.title}, about {c.subject.name}. Heard in private: what is here is for the panel and the case officers only.
      </p>
      <section className="panel" aria-labelledby="matter-heading">
        <h2 id="matter-heading">The matter</h2>
        <dl className="summary-list">
          <dt>Stage</dt>
          <dd>
            <StageTag stage={c.stage} />
          </dd>
          <dt>Opened</dt>
          <dd>{formatDateTime(c.openedAt)}</dd>
          <dt>What it is about</dt>
          <dd className="reflection">{c.summary}</dd>
          {c.sourceNote && (
            <>
              <dt>Where it came from</dt>
              <dd>{c.sourceNote}</dd>
            </>
          )}
          <dt>The panel</dt>
          <dd>{c.panel.length === 0 ? 'Not yet appointed' : c.panel.map((p) => `${p.name} (${p.kind === 'lay' ? 'lay member' : 'practitioner'})`).join('; ')}</dd>
          <dt>Outcomes open to it</dt>
          <dd>{c.outcomes.map(outcomeWords).join('; ')}: each decided with written reasons</dd>
        </dl>
      </section>
      <Papers found={c} />
      <section className="panel" aria-labelledby="steps-so-far-heading">
        <h2 id="steps-so-far-heading">The case so far</h2>
        <ol className="plain-list">
          {steps.map((e) => (
            <li key={e.id}>
              <strong>{eventWords(e.event)}</strong> <span className="hint">{formatDateTime(e.at)}, by {e.actorName}</span>
              {e.note && <p className="reflection">{e.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
