import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, ApiError, type SelfAssessmentSummary } from '../../api.ts';
import { Alert, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { DevelopmentPage, useOwner, whose, type Owner } from './frame.tsx';
import { thisYear } from './labels.tsx';
import { assessmentsQuery, refreshRecord } from './queries.ts';

// 000 §2: at least once a year, a member rates themself against each professional standard.

export function StatusTag({ status }: { status: SelfAssessmentSummary['status'] }) {
  return status === 'submitted' ? <span className="tag ok">Submitted</span> : <span className="tag pending">Draft</span>;
}

export const assessmentPath = (orgId: string, assessmentId: string, owner: Pick<Owner, 'search'>) => `/orgs/${orgId}/development/self-assessments/${assessmentId}${owner.search}`;

/** `/orgs/:orgId/development/self-assessments`: every year's self-assessment, newest first. */
export function SelfAssessmentsPage() {
  const { organisation } = useOrganisation();
  const owner = useOwner();
  const assessments = useQuery(assessmentsQuery(organisation.id, owner.personId));
  return (
    <DevelopmentPage title={whose(owner, 'self-assessments')}>
      <p className="lede">
        {owner.own ? 'At least once a year you rate yourself' : `${owner.name ?? 'They'} rates themself`} against each of the professional standards, on a described scale, with a reflection and
        evidence. A draft saves as {owner.own ? 'you go' : 'they go'}; once submitted it is locked.
      </p>
      {assessments.error ? (
        <QueryError error={assessments.error} what="self-assessments" />
      ) : !assessments.data ? (
        <Loading what="Loading the self-assessments" />
      ) : (
        <>
          {owner.own && <ThisYear assessments={assessments.data} />}
          {assessments.data.length > 0 && <AssessmentTable assessments={assessments.data} owner={owner} />}
          {!owner.own && assessments.data.length === 0 && <p>{owner.name ?? 'They'} has no self-assessment yet.</p>}
        </>
      )}
    </DevelopmentPage>
  );
}

function AssessmentTable({ assessments, owner }: { assessments: SelfAssessmentSummary[]; owner: Owner }) {
  const { organisation } = useOrganisation();
  return (
    <TableRegion id="self-assessments" caption={`${whose(owner, 'self-assessments')}, newest first`}>
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col">Standards</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((assessment) => (
          <tr key={assessment.id}>
            <th scope="row">
              <Link to={assessmentPath(organisation.id, assessment.id, owner)}>
                {assessment.year}
                <span className="visually-hidden"> self-assessment</span>
              </Link>
            </th>
            <td>
              {assessment.codeTitle} ({assessment.version})
            </td>
            <td>
              <StatusTag status={assessment.status} />
              {assessment.submittedAt && <span className="hint">on {formatDateTime(assessment.submittedAt)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

/** This year's self-assessment: carry on with it, or start it. */
export function ThisYear({ assessments }: { assessments: SelfAssessmentSummary[] }) {
  const { organisation } = useOrganisation();
  const year = thisYear();
  const current = assessments.find((a) => a.year === year);
  return (
    <section className="panel this-year" aria-labelledby="this-year-heading">
      <h2 id="this-year-heading">Your {year} self-assessment</h2>
      {current ? (
        current.status === 'draft' ? (
          <>
            <p>
              <StatusTag status="draft" /> It saves as you go; submit it once every standard has a rating.
            </p>
            <p>
              <Link className="button" to={assessmentPath(organisation.id, current.id, { search: '' })}>
                Continue your {year} self-assessment
              </Link>
            </p>
          </>
        ) : (
          <p>
            <StatusTag status="submitted" /> {current.submittedAt ? `You submitted it on ${formatDateTime(current.submittedAt)}.` : 'You have submitted it.'}{' '}
            <Link to={assessmentPath(organisation.id, current.id, { search: '' })}>Read your {year} self-assessment</Link>
          </p>
        )
      ) : (
        <StartAssessment year={year} />
      )}
    </section>
  );
}

function StartAssessment({ year }: { year: number }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: () => api.startSelfAssessment(organisation.id, { year }),
    onSuccess: async (assessment) => {
      queryClient.setQueryData(['self-assessment', organisation.id, assessment.id], assessment);
      await refreshRecord(queryClient, organisation.id);
      navigate(assessmentPath(organisation.id, assessment.id, { search: '' }));
    },
    // Started meanwhile (in another tab, say): the list shows it once refetched.
    onError: () => refreshRecord(queryClient, organisation.id),
  });
  const rule = start.error instanceof ApiError ? start.error.problem.type : null;
  return (
    <>
      <p>You have not started it yet. Rate yourself against each standard; what you enter is saved as you go, and you submit when every standard has a rating.</p>
      {rule === '/rules/no-standards-adopted' ? (
        <Status tone="info" title="No standards to assess yourself against">
          <p>{start.error?.message} An administrator adopts the professional standards on the Codes page.</p>
        </Status>
      ) : rule === '/rules/one-self-assessment-a-year' ? (
        <Status tone="info" title={`You already have a ${year} self-assessment`}>
          <p>{start.error?.message}</p>
        </Status>
      ) : (
        start.error && <Alert title="Could not start the self-assessment">{start.error.message}</Alert>
      )}
      <button type="button" className="button" disabled={start.isPending} onClick={() => start.mutate()}>
        {start.isPending ? 'Starting…' : `Start your ${year} self-assessment`}
      </button>
    </>
  );
}
