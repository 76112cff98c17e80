import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, STAGE_WORDS, type CaseDetail, type CaseStep, type CaseStepBody } from '../../api.ts';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea, TextField, type FieldRef } from '../../ui/form.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { outcomeWords } from './labels.tsx';
import { caseQuery, useCasesChanged } from './queries.ts';

// The steps of a case the viewer may take now: the server lists them (`steps`: what the case's state machine
// allows at its stage, and the viewer's part in the case allows), and refuses anything else naming the rule.

interface StepSpec {
  title: string;
  button: string;
  done: string;
  /** What the person it is about is sent, said beside the button. */
  letter?: string;
}

const STEPS: Record<CaseStep, StepSpec> = {
  advance: { title: 'Move it on', button: 'Move it on', done: 'Moved on' },
  request_information: { title: 'Ask for information', button: 'Send the request', done: 'The request is sent', letter: 'The person is sent the request as a letter, and answers on their own page.' },
  decide: { title: 'Record the decision', button: 'Record the decision', done: 'The decision is recorded' },
  issue_outcome: { title: 'Issue the outcome', button: 'Issue the outcome', done: 'The outcome is issued', letter: 'The person is sent the outcome and its reasons as a letter.' },
  appeal: { title: 'Record an appeal', button: 'Record the appeal', done: 'The appeal is recorded' },
  decide_appeal: { title: 'Decide the appeal', button: 'Decide the appeal', done: 'The appeal is decided' },
  close: { title: 'Close the case', button: 'Close the case', done: 'The case is closed' },
};

export function Steps({ found, onDone }: { found: CaseDetail; onDone: (message: string) => void }) {
  if (found.steps.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="steps-heading">
      <h2 id="steps-heading">What you can do</h2>
      {found.steps.map((step) => (
        <StepForm key={`${step}-${found.stage}-${found.chronology.length}`} found={found} step={step} onDone={onDone} />
      ))}
    </section>
  );
}

function StepForm({ found, step, onDone }: { found: CaseDetail; step: CaseStep; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useCasesChanged();
  const spec = STEPS[step];
  const [values, setValues] = useState({ to: found.advanceTo[0] ?? '', question: '', dueOn: '', consentFrom: '', outcome: '', reasons: '', grounds: '', result: '', note: '' });
  const take = useMutation({
    mutationFn: (body: CaseStepBody) => api.caseStep(organisation.id, found.id, body),
    onSuccess: async (next) => {
      queryClient.setQueryData(caseQuery(organisation.id, found.id).queryKey, next);
      onDone(spec.done);
      await changed();
    },
  });
  const id = `step-${step}`;
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const errors = fieldErrors(take.error);
  const field = (name: string, label: string): [string, FieldRef] => [name, { id: `${id}-${name}`, label }];
  const refs: Record<string, FieldRef> = Object.fromEntries(
    step === 'advance'
      ? [field('to', 'Move it to'), field('note', 'Note')]
      : step === 'request_information'
        ? [field('question', 'What you ask'), field('dueOn', 'Answer by'), field('consentFrom', 'Ask for consent to disclosure by')]
        : step === 'decide'
          ? [field('outcome', 'Outcome'), field('reasons', 'Reasons')]
          : step === 'appeal'
            ? [field('grounds', 'Grounds of appeal')]
            : step === 'decide_appeal'
              ? [field('result', 'The appeal is'), field('reasons', 'Reasons')]
              : step === 'close'
                ? [field('reasons', 'Reasons')]
                : [],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // What is missing or wrong is the API's to refuse, against its field.
    const v = values;
    const body: CaseStepBody =
      step === 'advance'
        ? { step, to: v.to as CaseDetail['stage'], ...(v.note.trim() && { note: v.note }) }
        : step === 'request_information'
          ? { step, question: v.question, dueOn: v.dueOn, ...(v.consentFrom.trim() && { consentFrom: v.consentFrom }) }
          : step === 'decide'
            ? { step, outcome: v.outcome, reasons: v.reasons }
            : step === 'appeal'
              ? { step, grounds: v.grounds }
              : step === 'decide_appeal'
                ? { step, result: v.result as 'upheld' | 'dismissed', reasons: v.reasons }
                : step === 'close'
                  ? { step, reasons: v.reasons }
                  : { step };
    take.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{spec.title}</h3>
      <ErrorSummary key={take.submittedAt} error={take.error} fields={refs} />
      {step === 'advance' && (
        <>
          <SelectField id={`${id}-to`} label="Move it to" className="input-medium" value={values.to} onChange={set('to')} error={errors.to}>
            {found.advanceTo.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_WORDS[stage]}
              </option>
            ))}
          </SelectField>
          <TextArea id={`${id}-note`} label="Note" hint="Optional. The case team reads it; the person it is about never does." className="prose" rows={2} value={values.note} onChange={set('note')} error={errors.note} />
        </>
      )}
      {step === 'request_information' && (
        <>
          <TextArea id={`${id}-question`} label="What you ask" className="prose" rows={4} value={values.question} onChange={set('question')} error={errors.question} />
          <TextField id={`${id}-dueOn`} label="Answer by" type="date" className="input-medium" value={values.dueOn} onChange={set('dueOn')} error={errors.dueOn} />
          <TextField
            id={`${id}-consentFrom`}
            label="Ask for consent to disclosure by"
            hint="Optional: the third party (an employer, the police) whose disclosure of what it holds the person is asked to consent to (000 provision 8)."
            className="input-medium"
            value={values.consentFrom}
            onChange={set('consentFrom')}
            error={errors.consentFrom}
          />
        </>
      )}
      {step === 'decide' && (
        <>
          {found.panelDecides && <p className="muted">A panel of three decides, with at least one practitioner and one lay member, nobody barred from the case.</p>}
          <SelectField id={`${id}-outcome`} label="Outcome" className="input-medium" value={values.outcome} onChange={set('outcome')} error={errors.outcome}>
            <option value="">Choose one</option>
            {found.outcomes.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcomeWords(outcome)}
              </option>
            ))}
          </SelectField>
          <TextArea id={`${id}-reasons`} label="Reasons" hint="Written reasons, sent to the person with the outcome." className="prose" rows={5} value={values.reasons} onChange={set('reasons')} error={errors.reasons} />
        </>
      )}
      {step === 'appeal' && <TextArea id={`${id}-grounds`} label="Grounds of appeal" className="prose" rows={4} value={values.grounds} onChange={set('grounds')} error={errors.grounds} />}
      {step === 'decide_appeal' && (
        <>
          <SelectField id={`${id}-result`} label="The appeal is" className="input-medium" value={values.result} onChange={set('result')} error={errors.result}>
            <option value="">Choose one</option>
            <option value="upheld">Upheld: the case is decided afresh</option>
            <option value="dismissed">Dismissed: the outcome stands</option>
          </SelectField>
          <TextArea id={`${id}-reasons`} label="Reasons" className="prose" rows={4} value={values.reasons} onChange={set('reasons')} error={errors.reasons} />
        </>
      )}
      {step === 'close' && <TextArea id={`${id}-reasons`} label="Reasons" className="prose" rows={3} value={values.reasons} onChange={set('reasons')} error={errors.reasons} />}
      {step === 'issue_outcome' && found.decision && (
        <p>
          Decided: <strong>{outcomeWords(found.decision.outcome)}</strong>.
        </p>
      )}
      {spec.letter && <p className="hint">{spec.letter}</p>}
      <SubmitButton pending={take.isPending}>{spec.button}</SubmitButton>
    </form>
  );
}
