import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, type AssessedStandard, type RatingLevel, type SelfAssessment } from '../../api.ts';
import { LiveRegion, PageLoading, QueryError, Status } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, type FieldRef } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { useOrganisation } from '../organisations/organisation.tsx';
import { useAutosave, useKeepUnsaved, type SaveState } from './autosave.ts';
import { StandardEvidence } from './evidence.tsx';
import { DevelopmentPage, useOwner, whose } from './frame.tsx';
import { ratingWords, standardId } from './labels.tsx';
import { assessmentQuery, mergeStandard, ratingScaleQuery, refreshRecord } from './queries.ts';
import { StatusTag } from './self-assessments.tsx';
import { MONTHS_BETWEEN_ASSESSMENTS } from '../../../../src/platform/vocabulary.ts';

// One year's self-assessment (000 §2): each standard rated on the described scale, with a reflection and
// evidence. A draft saves each standard as the person goes: a rating when it is chosen, a reflection when
// the person leaves the box (or the page). Submitting locks it.

interface Pending {
  unsaved: () => boolean;
  flush: () => Promise<void>;
}
type Registry = MutableRefObject<Map<string, Pending>>;

/** `/orgs/:orgId/development/self-assessments/:assessmentId` */
export function SelfAssessmentPage() {
  const { organisation } = useOrganisation();
  const owner = useOwner();
  const { assessmentId = '' } = useParams();
  const assessment = useQuery(assessmentQuery(organisation.id, assessmentId));
  const scale = useQuery(ratingScaleQuery);
  const [submitted, setSubmitted] = useState(false);
  const breadcrumbs = <Link to={`/orgs/${organisation.id}/development/self-assessments${owner.search}`}>{whose(owner, 'self-assessments')}</Link>;

  if (assessment.error || scale.error) {
    return (
      <DevelopmentPage title="Self-assessment" breadcrumbs={breadcrumbs}>
        <QueryError error={assessment.error ?? scale.error} what="self-assessment" />
      </DevelopmentPage>
    );
  }
  // A draft's form starts from what the server holds now, not from an older copy in the cache.
  if (!assessment.data || !scale.data || (assessment.data.allowed.includes('development.edit') && !assessment.isFetchedAfterMount)) {
    return (
      <PageLoading what="Loading the self-assessment" />
    );
  }
  const data = assessment.data;
  const editable = data.allowed.includes('development.edit');
  return (
    <DevelopmentPage title={whose(owner, `${data.year} self-assessment`)} breadcrumbs={breadcrumbs}>
      <p className="lede">
        <StatusTag status={data.status} /> Against {data.code.title} ({data.code.version}).{' '}
        {data.submittedAt ? `Submitted on ${formatDateTime(data.submittedAt)}; it can no longer be changed.` : editable ? 'Each standard saves as you go.' : ''}
      </p>
      <LiveRegion>
        {submitted && (
          <Status title={`You submitted your ${data.year} self-assessment`} focus>
            <p>
              It is locked now. Your next one falls due in {MONTHS_BETWEEN_ASSESSMENTS} months. <Link to={`/orgs/${organisation.id}/development`}>See your dashboard</Link>
            </p>
          </Status>
        )}
      </LiveRegion>
      <Scale scale={scale.data} />
      {editable ? <Draft key={data.id} assessment={data} scale={scale.data} onSubmitted={() => setSubmitted(true)} /> : <ReadOnly assessment={data} scale={scale.data} />}
    </DevelopmentPage>
  );
}

function Scale({ scale }: { scale: RatingLevel[] }) {
  return (
    <section className="panel" aria-labelledby="scale-heading">
      <h2 id="scale-heading">The rating scale</h2>
      <dl className="scale">
        {scale.map((level) => (
          <div key={level.value}>
            <dt>
              {level.value} {level.label}
            </dt>
            <dd id={`scale-${level.value}`}>{level.descriptor}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Moves focus to an element of the page, as a link within the page would, without changing the address. */
function focusOn(id: string) {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus();
}

function Contents({ standards, ratings, scale }: { standards: AssessedStandard[]; ratings: Record<string, number | null>; scale: RatingLevel[] }) {
  const rated = standards.filter((s) => ratings[s.id] != null).length;
  return (
    <nav className="panel contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading">The standards</h2>
      <p>
        <strong>
          {rated} of {standards.length}
        </strong>{' '}
        standards rated.
      </p>
      <ol className="standard-contents">
        {standards.map((standard) => (
          <li key={standard.id}>
            <a
              href={`#standard-${standardId(standard)}`}
              onClick={(event) => {
                event.preventDefault();
                focusOn(`standard-${standardId(standard)}`);
              }}
            >
              Standard {standard.number}
            </a>{' '}
            {ratings[standard.id] != null ? <span className="muted">{ratingWords(ratings[standard.id] ?? null, scale)}</span> : <span className="tag pending">Not rated</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Draft({ assessment, scale, onSubmitted }: { assessment: SelfAssessment; scale: RatingLevel[]; onSubmitted: () => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const registry: Registry = useRef(new Map());
  const [ratings, setRatings] = useState<Record<string, number | null>>(() => Object.fromEntries(assessment.standards.map((s) => [s.id, s.rating])));
  const flushAll = () => Promise.all([...registry.current.values()].map((p) => p.flush())).then(() => undefined);
  useKeepUnsaved(() => [...registry.current.values()].some((p) => p.unsaved()), () => void flushAll());

  const submit = useMutation({
    mutationFn: async () => {
      await flushAll();
      return api.submitSelfAssessment(organisation.id, assessment.id);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(assessmentQuery(organisation.id, saved.id).queryKey, saved);
      onSubmitted();
      return Promise.all([refreshRecord(queryClient, organisation.id), queryClient.invalidateQueries({ queryKey: ['my-deadlines'] })]);
    },
  });
  const errors = fieldErrors(submit.error);
  // The server names an unrated standard by its number: the link goes to the first unrated one of that number.
  const field = (s: AssessedStandard): [string, FieldRef] => [`standards.${s.number}`, { id: `rating-${standardId(s)}-1`, label: `Standard ${s.number}` }];
  const fields: Record<string, FieldRef> = Object.fromEntries([
    ...[...assessment.standards].reverse().map(field),
    ...[...assessment.standards].reverse().filter((s) => ratings[s.id] == null).map(field),
  ]);
  const locked = submit.error instanceof ApiError && submit.error.problem.type === '/rules/submitted-self-assessment-is-locked';
  const rated = assessment.standards.filter((s) => ratings[s.id] != null).length;

  return (
    <>
      <Contents standards={assessment.standards} ratings={ratings} scale={scale} />
      {assessment.standards.map((standard) => (
        <StandardEditor
          key={standard.id}
          standard={standard}
          assessmentId={assessment.id}
          registry={registry}
          error={ratings[standard.id] == null ? errors[`standards.${standard.number}`] : undefined}
          onRated={(rating) => setRatings((current) => ({ ...current, [standard.id]: rating }))}
        />
      ))}
      <section className="panel submit-panel" aria-labelledby="submit-heading">
        <h2 id="submit-heading">Submit your {assessment.year} self-assessment</h2>
        <ErrorSummary error={submit.error} fields={fields} />
        {locked && (
          <p>
            <button type="button" className="button secondary" onClick={() => queryClient.invalidateQueries({ queryKey: assessmentQuery(organisation.id, assessment.id).queryKey })}>
              Show it as submitted
            </button>
          </p>
        )}
        <p>
          {rated === assessment.standards.length
            ? 'Every standard has a rating.'
            : `${rated} of ${assessment.standards.length} standards have a rating: every standard needs one before you submit.`}{' '}
          Once submitted, your self-assessment is locked and cannot be changed; the next one falls due {MONTHS_BETWEEN_ASSESSMENTS} months later.
        </p>
        <button type="button" className="button" disabled={submit.isPending} onClick={() => submit.mutate()}>
          {submit.isPending ? 'Submitting…' : 'Submit self-assessment'}
        </button>
      </section>
    </>
  );
}

function SaveStatus({ status, number, onRetry }: { status: SaveState; number: string; onRetry: () => void }) {
  return (
    <div className="save-state">
      <p role="status">
        {status.state === 'saving' ? (
          'Saving…'
        ) : status.state === 'saved' ? (
          <>
            <span className="tag ok">Saved</span>
            <span className="visually-hidden">: standard {number}</span>
            <span className="muted"> at {status.at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}</span>
          </>
        ) : status.state === 'failed' ? (
          <span className="field-error">
            Not saved: {status.error instanceof Error ? status.error.message : 'something went wrong'}
          </span>
        ) : null}
      </p>
      {status.state === 'failed' && (
        <button type="button" className="button secondary small" onClick={onRetry}>
          Try again<span className="visually-hidden"> to save standard {number}</span>
        </button>
      )}
    </div>
  );
}

function StandardEditor({ standard, assessmentId, registry, error, onRated }: {
  standard: AssessedStandard;
  assessmentId: string;
  registry: Registry;
  error: string | undefined;
  onRated: (rating: number | null) => void;
}) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const scale = useQuery(ratingScaleQuery).data ?? [];
  const [rating, setRating] = useState(standard.rating);
  const [reflection, setReflection] = useState(standard.reflection);
  // What the page holds now and what was last sent, outside React's rendering, for saving on the way out.
  const current = useRef({ rating: standard.rating, reflection: standard.reflection });
  const sent = useRef({ rating: standard.rating, reflection: standard.reflection });
  const autosave = useAutosave(async (value: { rating: number | null; reflection: string }) => {
    const saved = await api.saveStandard(organisation.id, assessmentId, standard.id, value);
    mergeStandard(queryClient, organisation.id, saved, standard.id, ['rating', 'reflection']);
    void refreshRecord(queryClient, organisation.id);
  });
  const changed = () => current.current.rating !== sent.current.rating || current.current.reflection !== sent.current.reflection;
  const failed = autosave.status.state === 'failed';
  // After a failed save the value is still unsaved: leaving asks first, and the next flush tries again.
  const flush = (): Promise<void> => {
    if (!changed() && !failed) return autosave.settled();
    sent.current = { ...current.current };
    return autosave.save({ ...current.current });
  };
  const pending = useRef<Pending>({ unsaved: () => false, flush: () => Promise.resolve() });
  pending.current = { unsaved: () => changed() || failed || autosave.busy(), flush };

  useEffect(() => {
    const map = registry.current;
    const entry: Pending = { unsaved: () => pending.current.unsaved(), flush: () => pending.current.flush() };
    map.set(standard.id, entry);
    return () => {
      map.delete(standard.id);
      // Leaving the page: what was typed but not yet saved is saved still.
      void entry.flush();
    };
  }, [registry, standard.id]);

  const rate = (value: number | null) => {
    setRating(value);
    current.current.rating = value;
    onRated(value);
    void flush();
  };
  const n = standard.number;
  const k = standardId(standard);

  return (
    <section className="panel standard" aria-labelledby={`standard-${k}`}>
      <div className="standard-header">
        <h2 id={`standard-${k}`} tabIndex={-1}>
          Standard {n}
        </h2>
        <SaveStatus status={autosave.status} number={n} onRetry={() => void flush()} />
      </div>
      <p className="standard-text">{standard.text}</p>
      <fieldset className={`field${error ? ' has-error' : ''}`} aria-describedby={error ? `rating-${k}-error` : undefined}>
        <legend className="legend-small">
          Your rating<span className="visually-hidden"> for standard {n}</span>
        </legend>
        {error && (
          <span className="field-error" id={`rating-${k}-error`}>
            <span className="visually-hidden">Error: </span>Standard {n} {error}
          </span>
        )}
        <div className="rating-options">
          {scale.map((level) => (
            <div className="radio" key={level.value}>
              <input id={`rating-${k}-${level.value}`} type="radio" name={`rating-${k}`} checked={rating === level.value} onChange={() => rate(level.value)} aria-describedby={`scale-${level.value}`} />
              <label htmlFor={`rating-${k}-${level.value}`}>
                {level.value} {level.label}
              </label>
            </div>
          ))}
          <div className="radio">
            <input id={`rating-${k}-none`} type="radio" name={`rating-${k}`} checked={rating === null} onChange={() => rate(null)} />
            <label htmlFor={`rating-${k}-none`}>Not rated yet</label>
          </div>
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`reflection-${k}`}>
          Your reflection<span className="visually-hidden"> on standard {n}</span> (optional)
        </label>
        <span className="hint" id={`reflection-${k}-hint`}>
          What you do well, and what you will develop. Saved when you leave the box.
        </span>
        <textarea
          id={`reflection-${k}`}
          className="prose"
          rows={4}
          aria-describedby={`reflection-${k}-hint`}
          value={reflection}
          onChange={(event) => {
            setReflection(event.target.value);
            current.current.reflection = event.target.value;
          }}
          onBlur={() => void flush()}
        />
      </div>
      <StandardEvidence standard={standard} assessmentId={assessmentId} editable />
    </section>
  );
}

function ReadOnly({ assessment, scale }: { assessment: SelfAssessment; scale: RatingLevel[] }) {
  const ratings = Object.fromEntries(assessment.standards.map((s) => [s.id, s.rating]));
  return (
    <>
      <Contents standards={assessment.standards} ratings={ratings} scale={scale} />
      {assessment.standards.map((standard) => (
        <section className="panel standard" key={standard.id} aria-labelledby={`standard-${standardId(standard)}`}>
          <h2 id={`standard-${standardId(standard)}`} tabIndex={-1}>
            Standard {standard.number}
          </h2>
          <p className="standard-text">{standard.text}</p>
          <dl className="summary-list">
            <dt>Rating</dt>
            <dd>{ratingWords(standard.rating, scale)}</dd>
            <dt>Reflection</dt>
            <dd className="reflection">{standard.reflection || <span className="muted">None</span>}</dd>
          </dl>
          <StandardEvidence standard={standard} assessmentId={assessment.id} editable={false} />
        </section>
      ))}
    </>
  );
}
