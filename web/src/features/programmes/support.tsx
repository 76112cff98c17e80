import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type AdjustmentDecision, type Participant, type ProgrammeSupport, type SupportChannel } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { Checkbox, ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, useFormValues } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { useOrganisation } from '../organisations/organisation.tsx';
import { supportQuery, useProgrammesChanged } from './queries.ts';
import { APPEAL_STANDING_WORDS, CHANNEL_WORDS } from './words.ts';

// A participant's support (001 §6): the participant asks through a channel of their programme within the
// fair-use limit (§6.1.4, §6.1.7), asks for reasonable adjustments (§3.1.1) and appeals against the
// sufficiency of the support (§9.1); their supporter or mentor follows it; the Professional Status Team
// answers, decides and responds, here or from its queue. The forms answering, deciding and responding are
// shared with the queue.

type Done = (message: string) => void;

/** The participant's support, on their page: what they may ask, what they asked, and the team's answers. */
export function SupportSection({ p, onDone }: { p: Participant; onDone: Done }) {
  const { organisation } = useOrganisation();
  const found = useQuery(supportQuery(organisation.id, p.id));
  const s = found.data;
  const own = s?.allowed.includes('programme.participate') ?? false;
  const team = s?.allowed.includes('programme.manage') ?? false;
  return (
    <section aria-labelledby="support-heading">
      <h2 id="support-heading">{p.standing === 'participant' ? 'Support from the Professional Status Team' : 'Support, adjustments and appeals'}</h2>
      {found.error ? (
        <QueryError error={found.error} what="support" />
      ) : !s ? (
        <Loading what="Loading the support" />
      ) : (
        <>
          <Questions p={p} s={s} own={own} team={team} onDone={onDone} />
          <Adjustments p={p} s={s} own={own} team={team} onDone={onDone} />
          <Appeals p={p} s={s} own={own} team={team} onDone={onDone} />
        </>
      )}
    </section>
  );
}

/** After a change of support: the participant's support, the team's queue, their deadlines and the participant themself. */
function useSupportChanged(participantId: string) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useProgrammesChanged();
  return async (next: ProgrammeSupport) => {
    queryClient.setQueryData(supportQuery(organisation.id, participantId).queryKey, next);
    await changed();
  };
}

function Questions({ p, s, own, team, onDone }: { p: Participant; s: ProgrammeSupport; own: boolean; team: boolean; onDone: Done }) {
  return (
    <div className="panel">
      <h3>Questions</h3>
      <p>
        <strong>
          {s.left} of {s.limit} support {s.limit === 1 ? 'request' : 'requests'} left.
        </strong>{' '}
        {own ? 'Requests for support are limited so that everyone has fair access to it (001 §6.1.7); an agreed adjustment can add more.' : 'The fair-use limit of the programme, with any agreed adjustment (001 §6.1.7).'}
      </p>
      {own && <AskForm p={p} s={s} onDone={onDone} />}
      {s.requests.length === 0 ? (
        <p>{own ? 'You have not asked anything yet.' : 'No question asked yet.'}</p>
      ) : (
        <ol className="plain-list">
          {[...s.requests].reverse().map((r) => (
            <li key={r.id}>
              <p className="hint">
                {CHANNEL_WORDS[r.channel]}, asked {formatDateTime(r.askedAt)}
              </p>
              <p>{r.question}</p>
              {r.answer !== null ? (
                <p>
                  <strong>Answer{r.answeredAt ? `, ${formatDateTime(r.answeredAt)}` : ''}:</strong> {r.answer}
                </p>
              ) : team ? (
                <AnswerForm participantId={p.id} requestId={r.id} onDone={onDone} />
              ) : (
                <p>
                  <span className="tag pending">Awaiting an answer</span>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function AskForm({ p, s, onDone }: { p: Participant; s: ProgrammeSupport; onDone: Done }) {
  const { organisation } = useOrganisation();
  const supportChanged = useSupportChanged(p.id);
  const [values, setValues, reset] = useFormValues(() => ({ channel: '' as SupportChannel | '', question: '' }));
  const ask = useMutation({
    mutationFn: () => api.askForSupport(organisation.id, p.id, { channel: values.channel as SupportChannel, question: values.question }),
    onSuccess: async (next) => {
      reset();
      onDone('Your question is sent to the Professional Status Team');
      await supportChanged(next);
    },
  });
  const errors = fieldErrors(ask.error);
  if (s.left === 0) return <p>You have used the support requests your programme allows. Your supporter or mentor remains your main source of support (001 §6.1.1).</p>;
  return (
    <form
      noValidate
      aria-label="Ask a question"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        ask.mutate();
      }}
    >
      <h4>Ask a question</h4>
      <ErrorSummary error={ask.error} fields={{ channel: { id: 'ask-channel', label: 'About' }, question: { id: 'ask-question', label: 'Your question' } }} />
      <SelectField id="ask-channel" label="About" hint="Each kind of question goes to the team that answers it." value={values.channel} error={errors.channel} onChange={(event) => setValues({ ...values, channel: event.target.value as SupportChannel })}>
        <option value="">Choose</option>
        {s.channels.map((c) => (
          <option key={c.channel} value={c.channel}>
            {c.title} ({c.answeredBy})
          </option>
        ))}
      </SelectField>
      <TextArea
        id="ask-question"
        label="Your question"
        hint="The team cannot give feedback on your portfolio’s content before you submit it (001 §6.1.5): that comes from the reviewers after submission."
        rows={4}
        value={values.question}
        error={errors.question}
        onChange={(event) => setValues({ ...values, question: event.target.value })}
      />
      <SubmitButton pending={ask.isPending}>Ask the question</SubmitButton>
    </form>
  );
}

/** The team's answer to one support request: in words, once. */
export function AnswerForm({ participantId, requestId, onDone }: { participantId: string; requestId: string; onDone: Done }) {
  return (
    <WrittenForm
      participantId={participantId}
      id={`answer-${requestId}`}
      field="text"
      label="Your answer"
      hint="Point to the guidance and the programme’s requirements; no feedback on the portfolio’s content (001 §6.1.5)."
      rows={3}
      submit="Send the answer"
      sent="The answer is sent"
      send={(organisationId, text) => api.answerSupport(organisationId, participantId, requestId, text)}
      onDone={onDone}
    />
  );
}

function Adjustments({ p, s, own, team, onDone }: { p: Participant; s: ProgrammeSupport; own: boolean; team: boolean; onDone: Done }) {
  return (
    <div className="panel">
      <h3>Reasonable adjustments</h3>
      {own && (
        <p>
          Ask by {formatDate(p.cohort.adjustmentsBy)}, a month before your programme starts (001 §3.1.1). A later request is still recorded, and marked as late. Support during review and moderation can be arranged only for a request made before the programme starts (001 §6.2.2).
        </p>
      )}
      {own && <AdjustmentForm p={p} onDone={onDone} />}
      {s.adjustments.length === 0 ? (
        <p>No adjustment asked for.</p>
      ) : (
        <ol className="plain-list">
          {[...s.adjustments].reverse().map((a) => (
            <li key={a.id}>
              <p className="hint">
                Asked {formatDateTime(a.requestedAt)}
                {a.late && (
                  <>
                    {' '}
                    <span className="tag pending">Late</span>
                  </>
                )}
              </p>
              <p>{a.needs}</p>
              {a.decision ? (
                <Decision decision={a.decision} />
              ) : team ? (
                <DecisionForm participantId={p.id} adjustment={a} onDone={onDone} />
              ) : (
                <p>
                  <span className="tag pending">Awaiting a decision</span>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {(s.arrangement.submissionExtensionDays > 0 || s.arrangement.resubmissionExtensionDays > 0) && (
        <p>
          <strong>The deadlines that apply now:</strong> submission by {formatDate(p.deadlines.submissionDeadline)}; resubmission, if needed, by {formatDate(p.deadlines.resubmissionDeadline)}.
        </p>
      )}
    </div>
  );
}

function Decision({ decision }: { decision: NonNullable<ProgrammeSupport['adjustments'][number]['decision']> }) {
  const a = decision.arrangement;
  return (
    <>
      <p>
        <strong>
          {decision.agreed ? 'Agreed' : 'Declined'}, {formatDateTime(decision.decidedAt)}:
        </strong>{' '}
        {decision.reasons}
      </p>
      {a && <p>What it changes: {changes(a).join('; ')}.</p>}
    </>
  );
}

/** What an agreed arrangement changes, in words. */
function changes(a: ProgrammeSupport['arrangement']): string[] {
  return [
    a.extraSupportRequests > 0 ? `${a.extraSupportRequests} more support ${a.extraSupportRequests === 1 ? 'request' : 'requests'}` : '',
    a.submissionExtensionDays > 0 ? `${a.submissionExtensionDays} more days to submit` : '',
    a.resubmissionExtensionDays > 0 ? `${a.resubmissionExtensionDays} more days to resubmit` : '',
    a.supportDuringReview ? 'support during review and moderation' : '',
    a.other.trim(),
  ].filter((x) => x !== '');
}

function AdjustmentForm({ p, onDone }: { p: Participant; onDone: Done }) {
  return (
    <WrittenForm
      participantId={p.id}
      id="adjustment-needs"
      field="needs"
      label="What you need"
      hint="The support or adjustment you need, and why: more time, more support requests, or another arrangement."
      rows={4}
      name="Ask for adjustments"
      submit="Ask for adjustments"
      sent="Your request for adjustments is sent to the Professional Status Team"
      send={(organisationId, needs) => api.askForAdjustment(organisationId, p.id, needs)}
      onDone={onDone}
    />
  );
}

/** What deciding needs of a request for adjustments, from the participant's page or the team's queue. */
type Adjustment = Pick<ProgrammeSupport['adjustments'][number], 'id' | 'beforeStart'>;

/** The team's decision on a request for adjustments: agreed with what changes, or not, with reasons. */
export function DecisionForm({ participantId, adjustment, onDone }: { participantId: string; adjustment: Adjustment; onDone: Done }) {
  const { organisation } = useOrganisation();
  const supportChanged = useSupportChanged(participantId);
  const [values, setValues] = useState({ agreed: '', extraSupportRequests: '0', submissionExtensionDays: '0', resubmissionExtensionDays: '0', supportDuringReview: false, other: '', reasons: '' });
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });
  const id = `decide-${adjustment.id}`;
  const whole = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const body = (): AdjustmentDecision =>
    values.agreed === 'yes'
      ? {
          agreed: true,
          reasons: values.reasons,
          arrangement: {
            extraSupportRequests: whole(values.extraSupportRequests),
            submissionExtensionDays: whole(values.submissionExtensionDays),
            resubmissionExtensionDays: whole(values.resubmissionExtensionDays),
            supportDuringReview: values.supportDuringReview,
            other: values.other,
          },
        }
      : { agreed: false, reasons: values.reasons };
  // Agreeing or declining is chosen, never assumed: asked for here before anything is sent.
  const [unchosen, setUnchosen] = useState(false);
  const local = unchosen && values.agreed === '' ? [{ key: 'agreed', reason: 'Choose whether to agree or decline' }] : [];
  const decide = useMutation({
    mutationFn: (decision: AdjustmentDecision) => api.decideAdjustment(organisation.id, participantId, adjustment.id, decision),
    onSuccess: async (next, decision) => {
      onDone(decision.agreed ? 'The adjustment is agreed' : 'The request for adjustments is declined');
      await supportChanged(next);
    },
  });
  const errors = { ...fieldErrors(decide.error), ...Object.fromEntries(local.map((l) => [l.key, l.reason])) };
  const fields = {
    agreed: { id: `${id}-agreed`, label: 'Decision' },
    arrangement: { label: 'What it changes' },
    'arrangement.extraSupportRequests': { id: `${id}-requests`, label: 'More support requests' },
    'arrangement.submissionExtensionDays': { id: `${id}-submission`, label: 'More days to submit' },
    'arrangement.resubmissionExtensionDays': { id: `${id}-resubmission`, label: 'More days to resubmit' },
    'arrangement.supportDuringReview': { id: `${id}-review`, label: 'Support during review and moderation' },
    'arrangement.other': { id: `${id}-other`, label: 'Other arrangements' },
    reasons: { id: `${id}-reasons`, label: 'Reasons' },
  };
  return (
    <form
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        setUnchosen(values.agreed === '');
        if (values.agreed !== '') decide.mutate(body());
      }}
    >
      <ErrorSummary error={local.length ? null : decide.error} fields={fields} local={local} />
      <SelectField id={`${id}-agreed`} label="Decision" value={values.agreed} error={errors.agreed} onChange={set('agreed')}>
        <option value="">Choose</option>
        <option value="yes">Agree, with what it changes</option>
        <option value="no">Decline</option>
      </SelectField>
      {values.agreed === 'yes' && (
        <fieldset className="fieldset">
          <legend>What it changes</legend>
          {errors.arrangement && <p className="field-error">Error: {errors.arrangement}</p>}
          <TextField id={`${id}-requests`} label="More support requests" type="number" inputMode="numeric" min={0} value={values.extraSupportRequests} error={errors['arrangement.extraSupportRequests']} onChange={set('extraSupportRequests')} />
          <TextField id={`${id}-submission`} label="More days to submit" hint="Moves the participant’s submission deadline, while the portfolio is not yet submitted." type="number" inputMode="numeric" min={0} value={values.submissionExtensionDays} error={errors['arrangement.submissionExtensionDays']} onChange={set('submissionExtensionDays')} />
          <TextField id={`${id}-resubmission`} label="More days to resubmit" type="number" inputMode="numeric" min={0} value={values.resubmissionExtensionDays} error={errors['arrangement.resubmissionExtensionDays']} onChange={set('resubmissionExtensionDays')} />
          {adjustment.beforeStart && (
            <Checkbox id={`${id}-review`} label="Support during review and moderation" hint="Only for a request made before the programme started (001 §6.2.2)." checked={values.supportDuringReview} error={errors['arrangement.supportDuringReview']} onChange={(event) => setValues({ ...values, supportDuringReview: event.target.checked })} />
          )}
          <TextArea id={`${id}-other`} label="Other arrangements" rows={2} value={values.other} error={errors['arrangement.other']} onChange={set('other')} />
        </fieldset>
      )}
      <TextArea id={`${id}-reasons`} label="Reasons" hint="The participant reads them with the decision." rows={3} value={values.reasons} error={errors.reasons} onChange={set('reasons')} />
      <SubmitButton pending={decide.isPending} className="secondary">
        Record the decision
      </SubmitButton>
    </form>
  );
}

function Appeals({ p, s, own, team, onDone }: { p: Participant; s: ProgrammeSupport; own: boolean; team: boolean; onDone: Done }) {
  return (
    <div className="panel">
      <h3>Appeals about the support</h3>
      {own && <p>If, after discussing it with the Professional Status Team, you find the support you received was not sufficient, state your case with any background. The team responds in writing within 10 working days (001 §9.1).</p>}
      {own && <AppealForm p={p} onDone={onDone} />}
      {s.appeals.length === 0 ? (
        <p>No appeal made.</p>
      ) : (
        <ol className="plain-list">
          {[...s.appeals].reverse().map((a) => (
            <li key={a.id}>
              <p className="hint">
                Made {formatDateTime(a.lodgedAt)}; response due by {formatDate(a.responseDueOn)}{' '}
                <span className={a.standing === 'overdue' || a.standing === 'responded_late' ? 'tag off' : a.standing === 'responded' ? 'tag ok' : 'tag pending'}>{APPEAL_STANDING_WORDS[a.standing]}</span>
              </p>
              <p>{a.grounds}</p>
              {a.response !== null ? (
                <p>
                  <strong>Response{a.respondedAt ? `, ${formatDateTime(a.respondedAt)}` : ''}:</strong> {a.response}
                </p>
              ) : (
                team && <ResponseForm participantId={p.id} appealId={a.id} onDone={onDone} />
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function AppealForm({ p, onDone }: { p: Participant; onDone: Done }) {
  return (
    <WrittenForm
      participantId={p.id}
      id="appeal-grounds"
      field="grounds"
      label="Your case"
      hint="What support was not sufficient, and any relevant background."
      rows={4}
      name="Appeal about the support"
      submit="Make the appeal"
      sent="Your appeal is sent: the written response is due within 10 working days"
      send={(organisationId, grounds) => api.appealSupport(organisationId, p.id, grounds)}
      onDone={onDone}
    />
  );
}

/** The team's written response to an appeal, once. */
export function ResponseForm({ participantId, appealId, onDone }: { participantId: string; appealId: string; onDone: Done }) {
  return (
    <WrittenForm
      participantId={participantId}
      id={`respond-${appealId}`}
      field="text"
      label="Written response"
      rows={4}
      submit="Send the response"
      sent="The response is sent"
      send={(organisationId, text) => api.respondToAppeal(organisationId, participantId, appealId, text)}
      onDone={onDone}
    />
  );
}

/**
 * One piece of writing about a participant's support, sent as it is: an answer, an adjustment asked for, an
 * appeal, a response. What comes back is the support as it then stands.
 */
function WrittenForm(props: {
  participantId: string;
  id: string;
  /** The field of the request the text goes in, against which a refusal is shown. */
  field: string;
  label: string;
  hint?: string;
  rows: number;
  /** The form's name, where the page has several. */
  name?: string;
  submit: string;
  sent: string;
  send: (organisationId: string, text: string) => Promise<ProgrammeSupport>;
  onDone: Done;
}) {
  const { organisation } = useOrganisation();
  const supportChanged = useSupportChanged(props.participantId);
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: () => props.send(organisation.id, text),
    onSuccess: async (next) => {
      setText('');
      props.onDone(props.sent);
      await supportChanged(next);
    },
  });
  return (
    <form
      noValidate
      aria-label={props.name}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        send.mutate();
      }}
    >
      <ErrorSummary error={send.error} fields={{ [props.field]: { id: props.id, label: props.label } }} />
      <TextArea id={props.id} label={props.label} hint={props.hint} rows={props.rows} value={text} error={fieldErrors(send.error)[props.field]} onChange={(event) => setText(event.target.value)} />
      <SubmitButton pending={send.isPending} className="secondary">
        {props.submit}
      </SubmitButton>
    </form>
  );
}
