import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, type Programme, type ProgrammeId, type ParticipantSummary } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { Checkbox, ErrorSummary, fieldErrors, SelectField, SubmitButton, TextField, type FieldRef } from '../../ui/form.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { participantsQuery, programmesQuery, useProgrammesChanged } from './queries.ts';
import { MARKING_WORDS, pounds, STATE_WORDS } from './words.ts';

// The professional status programmes as the body runs them (001): each with its cohorts and their dates;
// a member registers on a cohort not yet started; each person's portfolios by their part in them (their own,
// those they support or mentor, those allocated to them to review); the team opens cohorts and reaches each
// cohort's dashboard; moderators reach each cohort's sample.

const today = () => new Date().toISOString().slice(0, 10);

const PART: Record<ParticipantSummary['standing'], string> = {
  participant: 'Your portfolios',
  support: 'Portfolios you support or mentor',
  reviewer: 'Portfolios to review',
  team: 'Participants',
  moderator: 'Participants',
};

/** `/orgs/:orgId/programmes` */
export function ProgrammesPage() {
  const { organisation } = useOrganisation();
  const arrival = (useLocation().state ?? {}) as { done?: string };
  const programmes = useQuery(programmesQuery(organisation.id));
  const mine = useQuery(participantsQuery(organisation.id, { limit: 100 }));
  const base = `/orgs/${organisation.id}/programmes`;
  const own = (mine.data?.items ?? []).filter((p) => ['participant', 'support', 'reviewer'].includes(p.standing));
  const oversees = can(organisation, 'programme.manage', 'programme.moderate');
  return (
    <Page title={`Programmes – ${organisation.name}`} heading="Professional status programmes">
      <p className="lede">The programmes leading to QTLS and ATS as {organisation.name} runs them, with their cohorts and dates.</p>
      {arrival.done && <Status title={arrival.done} />}
      {mine.error && <QueryError error={mine.error} what="portfolios" />}
      {(['participant', 'support', 'reviewer'] as const).map((standing) => {
        const rows = own.filter((p) => p.standing === standing);
        if (rows.length === 0) return null;
        return (
          <section key={standing} aria-labelledby={`${standing}-heading`}>
            <h2 id={`${standing}-heading`}>{PART[standing]}</h2>
            <ParticipantTable id={`${standing}-table`} caption={PART[standing]} rows={rows} base={base} marking={standing === 'reviewer'} />
          </section>
        );
      })}
      {programmes.error ? (
        <QueryError error={programmes.error} what="programmes" />
      ) : !programmes.data ? (
        <Loading what="Loading the programmes" />
      ) : programmes.data.length === 0 ? (
        <p>{organisation.name} runs no professional status programme: they are run by a professional body.</p>
      ) : (
        programmes.data.map((programme) => <ProgrammeSection key={programme.id} programme={programme} base={base} oversees={oversees} />)
      )}
    </Page>
  );
}

export function ParticipantTable({ id, caption, rows, base, marking }: { id: string; caption: string; rows: ParticipantSummary[]; base: string; marking: boolean }) {
  return (
    <TableRegion id={id} caption={caption} captionHidden>
      <thead>
        <tr>
          <th scope="col">Participant</th>
          <th scope="col">Programme</th>
          <th scope="col">Cohort starting</th>
          <th scope="col">Stage</th>
          {marking && <th scope="col">Marking</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <Link to={`${base}/participants/${p.id}`}>{p.name}</Link>
            </th>
            <td>{p.programme === 'qtls' ? 'QTLS' : 'ATS'}</td>
            <td>{formatDate(p.startsOn)}</td>
            <td>{STATE_WORDS[p.state]}</td>
            {marking && <td>{p.markingStage ? MARKING_WORDS[p.markingStage] : '—'}</td>}
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}

function ProgrammeSection({ programme, base, oversees }: { programme: Programme; base: string; oversees: boolean }) {
  const registers = programme.allowed.includes('programme.register');
  const manages = programme.allowed.includes('programme.manage');
  const open = programme.cohorts.filter((c) => c.startsOn > today());
  const shown = oversees ? programme.cohorts : open;
  const id = `programme-${programme.id}`;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{programme.title}</h2>
      <p>
        Leads to {programme.leadsTo} over {programme.months} months, with a {programme.supportRole} {programme.bodyMayAppoint ? 'you name, or the body appoints' : 'you appoint'}. Registration {pounds(programme.fees.registrationPence)}; a re-start{' '}
        {pounds(programme.fees.restartPence)}.
      </p>
      {shown.length === 0 ? (
        <p>{oversees ? 'No cohort is open yet.' : 'No cohort is open for registration now.'}</p>
      ) : (
        <TableRegion id={`${id}-cohorts`} caption={oversees ? `Cohorts of ${programme.title}` : `Cohorts open for registration`}>
          <thead>
            <tr>
              <th scope="col">Starts</th>
              <th scope="col">Adjustments asked by</th>
              <th scope="col">Submission deadline</th>
              <th scope="col">Review and moderation end</th>
              <th scope="col">Resubmission deadline</th>
              {(registers || oversees) && <th scope="col">Action</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <th scope="row">{formatDate(c.startsOn)}</th>
                <td>{formatDate(c.adjustmentsBy)}</td>
                <td>{formatDate(c.submissionDeadline)}</td>
                <td>{formatDate(c.reviewEnds)}</td>
                <td>{formatDate(c.resubmissionDeadline)}</td>
                {(registers || oversees) && (
                  <td>
                    {oversees ? (
                      <Link to={`${base}/cohorts/${c.id}`}>Cohort starting {formatDate(c.startsOn)}</Link>
                    ) : (
                      <Link to={`${base}/${programme.id}/register?cohort=${c.id}`}>Register for {formatDate(c.startsOn)}</Link>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {manages && (
        <>
          <OpenCohort programme={programme} />
          <p>
            <Link className="button secondary" to={`${base}/${programme.id}/settings`}>
              Settings of {programme.title}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

function OpenCohort({ programme }: { programme: Programme }) {
  const { organisation } = useOrganisation();
  const changed = useProgrammesChanged();
  const [startsOn, setStartsOn] = useState('');
  const id = `open-${programme.id}`;
  const open = useMutation({
    mutationFn: () => api.openCohort(organisation.id, programme.id, startsOn),
    onSuccess: async () => {
      setStartsOn('');
      await changed();
    },
  });
  const errors = fieldErrors(open.error);
  const fields: Record<string, FieldRef> = { startsOn: { id: `${id}-starts`, label: 'Starts on' } };
  return (
    <form
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        open.mutate();
      }}
    >
      <h3 id={`${id}-heading`}>Open a cohort</h3>
      <LiveRegion>{open.isSuccess && <Status title={`A cohort of ${programme.title} is open, starting ${formatDate(open.data.startsOn)}`} />}</LiveRegion>
      <ErrorSummary error={open.error} fields={fields} />
      <TextField id={`${id}-starts`} label="Starts on" type="date" className="input-medium" hint="Its deadlines follow from this day." value={startsOn} error={errors.startsOn} onChange={(event) => setStartsOn(event.target.value)} />
      <SubmitButton pending={open.isPending}>Open the cohort</SubmitButton>
    </form>
  );
}

/** `/orgs/:orgId/programmes/:programmeId/register` */
export function RegisterPage() {
  const { organisation } = useOrganisation();
  const { programmeId = '' } = useParams();
  const programmes = useQuery(programmesQuery(organisation.id));
  const programme = programmes.data?.find((p) => p.id === programmeId);
  const title = programme ? `Register for ${programme.title}` : 'Register';
  return (
    <Page title={`${title} – ${organisation.name}`} heading={title} narrow breadcrumbs={<><Link to={`/orgs/${organisation.id}/programmes`}>Programmes</Link> › Register</>}>
      {programmes.error ? <QueryError error={programmes.error} what="programme" /> : !programmes.data ? <Loading what="Loading the programme" /> : !programme ? <QueryError error={new Error('There is no such programme here.')} what="programme" /> : <RegisterForm programme={programme} />}
    </Page>
  );
}

function RegisterForm({ programme }: { programme: Programme }) {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const changed = useProgrammesChanged();
  const queryClient = useQueryClient();
  const open = programme.cohorts.filter((c) => c.startsOn > today());
  const [cohortId, setCohortId] = useState(() => new URLSearchParams(window.location.search).get('cohort') ?? open[0]?.id ?? '');
  const [answers, setAnswers] = useState<Record<string, boolean | undefined>>({});
  const [acceptTerms, setAcceptTerms] = useState(false);
  const register = useMutation({
    mutationFn: () => api.registerOnProgramme(organisation.id, programme.id as ProgrammeId, { cohortId, answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Record<string, boolean>, acceptTerms }),
    onSuccess: async (participant) => {
      queryClient.setQueryData(['programmes', 'participant', organisation.id, participant.id], participant);
      await changed();
      navigate(`/orgs/${organisation.id}/programmes/participants/${participant.id}`, { state: { done: `You are registered on ${programme.title}` } });
    },
  });
  const errors = fieldErrors(register.error);
  const fields: Record<string, FieldRef> = {
    cohortId: { id: 'register-cohort', label: 'Cohort' },
    ...Object.fromEntries(programme.eligibility.map((q) => [`answers.${q.key}`, { id: `answer-${q.key}-yes`, label: q.text }])),
    acceptTerms: { id: 'register-terms', label: 'The terms' },
  };
  if (open.length === 0) return <p>No cohort of {programme.title} is open for registration now.</p>;
  return (
    <form
      noValidate
      aria-label={`Register for ${programme.title}`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        register.mutate();
      }}
    >
      <ErrorSummary error={register.error} fields={fields} />
      <SelectField id="register-cohort" label="Cohort" value={cohortId} error={errors.cohortId} onChange={(event) => setCohortId(event.target.value)}>
        {open.map((c) => (
          <option key={c.id} value={c.id}>
            Starting {formatDate(c.startsOn)}, submission by {formatDate(c.submissionDeadline)}
          </option>
        ))}
      </SelectField>
      <h2>Eligibility</h2>
      {programme.eligibility.map((q) => {
        const error = errors[`answers.${q.key}`];
        return (
          <fieldset key={q.key} className={`field${error ? ' has-error' : ''}`} aria-describedby={error ? `answer-${q.key}-error` : undefined}>
            <legend>{q.text}</legend>
            {error && (
              <span className="field-error" id={`answer-${q.key}-error`}>
                <span className="visually-hidden">Error: </span>
                {error}
              </span>
            )}
            <div className="radios inline">
              {([true, false] as const).map((value) => (
                <div className="radio" key={String(value)}>
                  <input
                    type="radio"
                    id={`answer-${q.key}-${value ? 'yes' : 'no'}`}
                    name={`answer-${q.key}`}
                    checked={answers[q.key] === value}
                    aria-invalid={error ? true : undefined}
                    onChange={() => setAnswers({ ...answers, [q.key]: value })}
                  />
                  <label htmlFor={`answer-${q.key}-${value ? 'yes' : 'no'}`}>{value ? 'Yes' : 'No'}</label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <h2>Terms</h2>
      <Checkbox
        id="register-terms"
        label={`I accept the terms and conditions of ${programme.title}`}
        hint={`The registration fee is ${pounds(programme.fees.registrationPence)}.`}
        checked={acceptTerms}
        error={errors.acceptTerms}
        onChange={(event) => setAcceptTerms(event.target.checked)}
      />
      <SubmitButton pending={register.isPending}>Register</SubmitButton>
    </form>
  );
}

/** `/orgs/:orgId/programmes/:programmeId/settings` */
export function ProgrammeSettingsPage() {
  const { organisation } = useOrganisation();
  const { programmeId = '' } = useParams();
  const programmes = useQuery(programmesQuery(organisation.id));
  const programme = programmes.data?.find((p) => p.id === programmeId);
  const title = programme ? `Settings of ${programme.title}` : 'Programme settings';
  return (
    <Page title={`${title} – ${organisation.name}`} heading={title} narrow breadcrumbs={<><Link to={`/orgs/${organisation.id}/programmes`}>Programmes</Link> › Settings</>}>
      {programmes.error ? <QueryError error={programmes.error} what="programme" /> : !programme ? <Loading what="Loading the programme" /> : <SettingsForm key={programme.id} programme={programme} />}
    </Page>
  );
}

function SettingsForm({ programme }: { programme: Programme }) {
  const { organisation } = useOrganisation();
  const changed = useProgrammesChanged();
  const [values, setValues] = useState({
    registration: String(programme.fees.registrationPence / 100),
    restart: String(programme.fees.restartPence / 100),
    supportRequestLimit: String(programme.supportRequestLimit),
    moderationRatePercent: String(programme.moderationRatePercent),
    resubmissionMonths: String(programme.resubmissionMonths),
    blindReview: programme.blindReview,
  });
  const save = useMutation({
    mutationFn: () =>
      api.setProgrammeSettings(organisation.id, programme.id, {
        fees: { registrationPence: Math.round(Number(values.registration) * 100), restartPence: Math.round(Number(values.restart) * 100) },
        supportRequestLimit: Number(values.supportRequestLimit),
        moderationRatePercent: Number(values.moderationRatePercent),
        resubmissionMonths: Number(values.resubmissionMonths),
        blindReview: values.blindReview,
      }),
    onSuccess: () => changed(),
  });
  const errors = fieldErrors(save.error);
  const fields: Record<string, FieldRef> = {
    'fees.registrationPence': { id: 'settings-registration', label: 'Registration fee' },
    'fees.restartPence': { id: 'settings-restart', label: 'Re-start fee' },
    supportRequestLimit: { id: 'settings-limit', label: 'Support requests per participant' },
    moderationRatePercent: { id: 'settings-rate', label: 'Moderation rate' },
    resubmissionMonths: { id: 'settings-resubmission', label: 'Months to resubmit' },
    blindReview: { id: 'settings-blind', label: 'Blind review' },
  };
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });
  return (
    <form
      noValidate
      aria-label={`Settings of ${programme.title}`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <LiveRegion>{save.isSuccess && <Status title={`The settings of ${programme.title} are saved`} />}</LiveRegion>
      <ErrorSummary error={save.error} fields={fields} />
      <TextField id="settings-registration" label="Registration fee" hint="In pounds." inputMode="decimal" className="input-short" value={values.registration} error={errors['fees.registrationPence']} onChange={set('registration')} />
      <TextField id="settings-restart" label="Re-start fee" hint="In pounds: the administration fee of a re-start (001 §6.2.3)." inputMode="decimal" className="input-short" value={values.restart} error={errors['fees.restartPence']} onChange={set('restart')} />
      <TextField id="settings-limit" label="Support requests per participant" hint="The fair-use limit (001 §6.1.7)." inputMode="numeric" className="input-short" value={values.supportRequestLimit} error={errors.supportRequestLimit} onChange={set('supportRequestLimit')} />
      <TextField id="settings-rate" label="Moderation rate" hint="The share of reviews met that moderators sample, in per cent; every “not met” is sampled." inputMode="numeric" className="input-short" value={values.moderationRatePercent} error={errors.moderationRatePercent} onChange={set('moderationRatePercent')} />
      <TextField id="settings-resubmission" label="Months to resubmit" hint="After the outcome is released." inputMode="numeric" className="input-short" value={values.resubmissionMonths} error={errors.resubmissionMonths} onChange={set('resubmissionMonths')} />
      <Checkbox id="settings-blind" label="Blind review" hint="Reviewers see each participant under a random identifier." checked={values.blindReview} onChange={(event) => setValues({ ...values, blindReview: event.target.checked })} />
      <SubmitButton pending={save.isPending}>Save the settings</SubmitButton>
    </form>
  );
}
