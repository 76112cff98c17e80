import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, type CohortDashboard } from '../../api.ts';
import { ApiError } from '../../api.ts';
import { BarChart } from '../../ui/chart.tsx';
import { share } from '../../ui/completion.tsx';
import { Alert, LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { ParticipantTable } from './programmes.tsx';
import { CohortCommunications } from './communications.tsx';
import { cohortQuery, participantsQuery, programmesQuery, useProgrammesChanged } from './queries.ts';
import { MARKING_WORDS, STATE_WORDS } from './words.ts';

// A cohort, to the team and to moderators: the team's dashboard (its dates, the funnel from registered to
// awarded, re-started or withdrawn as a chart with its figures beside it, and its marking by stage), its
// participants with where each stands, and releasing the outcomes together; moderators draw the sample.

const FUNNEL: { key: keyof CohortDashboard['funnel']; label: string }[] = [
  { key: 'registered', label: 'Registered' },
  { key: 'submitted', label: 'Submitted' },
  { key: 'awarded', label: 'Awarded' },
  { key: 'restarted', label: 'Re-started' },
  { key: 'withdrawn', label: 'Withdrawn' },
];

/** `/orgs/:orgId/programmes/cohorts/:cohortId` */
export function CohortPage() {
  const { organisation } = useOrganisation();
  const { cohortId = '' } = useParams();
  const manages = can(organisation, 'programme.manage');
  const moderates = can(organisation, 'programme.moderate');
  const [done, setDone] = useState<string | null>(null);
  const dashboard = useQuery({ ...cohortQuery(organisation.id, cohortId), enabled: manages });
  const participants = useQuery(participantsQuery(organisation.id, { cohortId, limit: 100 }));
  const d = dashboard.data;
  // Moderators do not read the dashboard: the cohort is named from the programmes' list.
  const programmes = useQuery(programmesQuery(organisation.id));
  const programme = programmes.data?.find((p) => p.cohorts.some((c) => c.id === cohortId));
  const startsOn = programme?.cohorts.find((c) => c.id === cohortId)?.startsOn;
  const title = programme && startsOn ? `${programme.title}: cohort starting ${formatDate(startsOn)}` : 'Cohort';
  const base = `/orgs/${organisation.id}/programmes`;
  return (
    <Page title={`${title} – ${organisation.name}`} heading={title} breadcrumbs={<><Link to={base}>Programmes</Link> › Cohort</>}>
      <LiveRegion>{done && <Status key={done} title={done} />}</LiveRegion>
      {manages && (dashboard.error ? <QueryError error={dashboard.error} what="cohort" /> : !d ? <Loading what="Loading the cohort" /> : <Dashboard d={d} />)}
      {(moderates || manages) && <Marking cohortId={cohortId} manages={manages} moderates={moderates} onDone={setDone} />}
      {manages && <CohortCommunications cohortId={cohortId} onDone={setDone} />}
      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading">Participants</h2>
        {participants.error ? (
          <QueryError error={participants.error} what="participants" />
        ) : !participants.data ? (
          <Loading what="Loading the participants" />
        ) : participants.data.items.length === 0 ? (
          <p>No one is registered on this cohort yet.</p>
        ) : (
          <ParticipantTable id="participants-table" caption="Participants of the cohort" rows={participants.data.items} base={base} marking />
        )}
      </section>
    </Page>
  );
}

function Dashboard({ d }: { d: CohortDashboard }) {
  const max = d.funnel.registered;
  const stages = Object.entries(d.marking) as [keyof typeof MARKING_WORDS, number][];
  return (
    <>
      <dl className="summary-list">
        <dt>Adjustments asked by</dt>
        <dd>{formatDate(d.cohort.adjustmentsBy)}</dd>
        <dt>Submission deadline</dt>
        <dd>{formatDate(d.cohort.submissionDeadline)}</dd>
        <dt>Review and moderation end</dt>
        <dd>{formatDate(d.cohort.reviewEnds)}</dd>
        <dt>Resubmission deadline</dt>
        <dd>{formatDate(d.cohort.resubmissionDeadline)}</dd>
        <dt>Still open</dt>
        <dd>{d.open}</dd>
      </dl>
      <section aria-labelledby="funnel-heading">
        <h2 id="funnel-heading">From registered to award</h2>
        <div className="two-columns">
          <BarChart id="funnel-chart" title="Participants at each point, of those registered" tableId="funnel-table" bars={FUNNEL.map((f) => ({ label: f.label, value: d.funnel[f.key], max, text: share(d.funnel[f.key], max) }))} />
          <TableRegion id="funnel-table" caption="Participants at each point">
            <thead>
              <tr>
                <th scope="col">Point</th>
                <th scope="col">Participants</th>
              </tr>
            </thead>
            <tbody>
              {FUNNEL.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{f.label}</th>
                  <td>{d.funnel[f.key]}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </div>
      </section>
      <section aria-labelledby="stages-heading">
        <h2 id="stages-heading">By stage</h2>
        <div className="two-columns">
          <TableRegion id="states-table" caption="Participants by stage">
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Participants</th>
              </tr>
            </thead>
            <tbody>
              {(Object.entries(d.byState) as [keyof typeof STATE_WORDS, number][]).map(([state, n]) => (
                <tr key={state}>
                  <th scope="row">{STATE_WORDS[state]}</th>
                  <td>{n}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          {stages.length > 0 ? (
            <TableRegion id="marking-table" caption="Submissions by marking stage">
              <thead>
                <tr>
                  <th scope="col">Marking</th>
                  <th scope="col">Submissions</th>
                </tr>
              </thead>
              <tbody>
                {stages.map(([stage, n]) => (
                  <tr key={stage}>
                    <th scope="row">{MARKING_WORDS[stage]}</th>
                    <td>{n}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          ) : (
            <p>No submission is being marked.</p>
          )}
        </div>
      </section>
    </>
  );
}

/** Drawing the moderation sample (moderators) and releasing the outcomes together (the team). */
function Marking({ cohortId, manages, moderates, onDone }: { cohortId: string; manages: boolean; moderates: boolean; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const changed = useProgrammesChanged();
  const sample = useMutation({
    mutationFn: () => api.drawSample(organisation.id, cohortId),
    onSuccess: async (drawn) => {
      onDone(`The sample is drawn: ${drawn.sampled.length} to moderate, ${drawn.notSampled.length} outside it`);
      await changed();
    },
  });
  const release = useMutation({
    mutationFn: () => api.releaseCohort(organisation.id, cohortId),
    onSuccess: async (result) => {
      onDone(`${result.released.length} ${result.released.length === 1 ? 'outcome is' : 'outcomes are'} released`);
      await changed();
    },
  });
  return (
    <section className="panel" aria-labelledby="marking-actions-heading">
      <h2 id="marking-actions-heading">Moderation and release</h2>
      {moderates && (
        <>
          <p>Draw the moderation sample of the reviews done: every “criteria not met”, and those met to the programme’s rate.</p>
          {sample.error ? <Refusal error={sample.error} title="The sample was not drawn" /> : null}
          <button type="button" className="button" disabled={sample.isPending} onClick={() => sample.mutate()}>
            Draw the sample
          </button>
        </>
      )}
      {manages && (
        <>
          <p>Release the cohort’s outcomes together, once every review is moderated or stands outside the sample.</p>
          {release.error ? <Refusal error={release.error} title="Nothing was released" /> : null}
          <button type="button" className="button" disabled={release.isPending} onClick={() => release.mutate()}>
            Release the outcomes
          </button>
        </>
      )}
    </section>
  );
}

/** A refusal naming each reason (each participant not ready for release). */
function Refusal({ error, title }: { error: unknown; title: string }) {
  const reasons = error instanceof ApiError ? (error.problem.errors ?? []).map((e) => e.reason) : [];
  return (
    <Alert title={title} focus>
      {reasons.length > 0 ? (
        <ul>
          {reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : (
        <p>{error instanceof Error ? error.message : 'Something went wrong.'}</p>
      )}
    </Alert>
  );
}
