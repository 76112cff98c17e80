import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, type CaseDetail, type PanelKind } from '../../api.ts';
import { Alert, QueryError } from '../../ui/feedback.tsx';
import { ErrorSummary, fieldErrors, SelectField, SubmitButton, TextArea } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { useOrganisation } from '../organisations/organisation.tsx';
import { candidatesQuery, caseQuery, useCasesChanged } from './queries.ts';

// Who runs a case and who hears it: its officers and its panel, those barred from it and why, appointing
// from those the server offers (never anyone barred), and stepping aside with a reason.

const GROUNDS: Record<CaseDetail['recusals'][number]['ground'], string> = {
  declared: 'declared a connection with the person',
  named: 'named in the case',
  stepped_aside: 'stepped aside',
};

const KINDS: Record<PanelKind, string> = { practitioner: 'Practitioner', lay: 'Lay member' };

export function Team({ found, onDone }: { found: CaseDetail; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useCasesChanged();
  const manages = found.allowed.includes('case.team');
  const remove = useMutation({
    mutationFn: async ({ seat, personId }: { seat: 'officer' | 'panel'; personId: string; name: string }) => (seat === 'officer' ? api.removeCaseOfficer(organisation.id, found.id, personId) : api.removePanelMember(organisation.id, found.id, personId)),
    onSuccess: async (_, { name }) => {
      await queryClient.invalidateQueries({ queryKey: caseQuery(organisation.id, found.id).queryKey });
      onDone(`${name} is taken off the case`);
      await changed();
    },
  });
  return (
    <section className="panel" aria-labelledby="team-heading">
      <h2 id="team-heading">Officers and panel</h2>
      {remove.error && <Alert title="Could not take them off">{remove.error.message}</Alert>}
      <h3>Case officers</h3>
      <ul className="plain-list">
        {found.officers.map((o) => (
          <li key={o.personId}>
            {o.name} <span className="hint">appointed {formatDateTime(o.appointedAt)}</span>
            {manages && found.officers.length > 1 && (
              <button type="button" className="button secondary small" onClick={() => remove.mutate({ seat: 'officer', personId: o.personId, name: o.name })}>
                Take off<span className="visually-hidden"> {o.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {found.panelDecides && (
        <>
          <h3>Panel</h3>
          {found.panel.length === 0 ? (
            <p>No panel yet: three people, at least one practitioner and one lay member.</p>
          ) : (
            <ul className="plain-list">
              {found.panel.map((p) => (
                <li key={p.personId}>
                  {p.name}, {KINDS[p.kind].toLowerCase()}
                  {manages && !found.decision && (
                    <button type="button" className="button secondary small" onClick={() => remove.mutate({ seat: 'panel', personId: p.personId, name: p.name })}>
                      Take off<span className="visually-hidden"> {p.name}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3>Barred from the case</h3>
      {found.recusals.length === 0 ? (
        <p>Nobody.</p>
      ) : (
        <ul className="plain-list">
          {found.recusals.map((r) => (
            <li key={r.personId}>
              {r.name}: {GROUNDS[r.ground]}
              {r.reason && ` (“${r.reason}”)`}, {formatDateTime(r.recordedAt)}
            </li>
          ))}
        </ul>
      )}
      {manages && found.stage !== 'closed' && <Appoint found={found} onDone={onDone} />}
    </section>
  );
}

/** Appointing an officer or a panel member, from those the server offers: never anyone barred from the case. */
function Appoint({ found, onDone }: { found: CaseDetail; onDone: (message: string) => void }) {
  const { organisation } = useOrganisation();
  const queryClient = useQueryClient();
  const changed = useCasesChanged();
  const candidates = useQuery(candidatesQuery(organisation.id, found.id));
  const [officer, setOfficer] = useState('');
  const [member, setMember] = useState('');
  const [kind, setKind] = useState<PanelKind | ''>('');
  const appoint = useMutation({
    mutationFn: (seat: 'officer' | 'panel') => (seat === 'officer' ? api.appointCaseOfficer(organisation.id, found.id, officer) : api.appointPanelMember(organisation.id, found.id, { personId: member, kind: kind as PanelKind })),
    onSuccess: async (next, seat) => {
      queryClient.setQueryData(caseQuery(organisation.id, found.id).queryKey, next);
      const name = seat === 'officer' ? next.officers.find((o) => o.personId === officer)?.name : next.panel.find((p) => p.personId === member)?.name;
      onDone(`${name ?? 'They'} ${seat === 'officer' ? 'is a case officer of this case' : 'sits on the panel'}`);
      setOfficer('');
      setMember('');
      setKind('');
      await changed();
    },
  });
  if (candidates.error) return <QueryError error={candidates.error} what="people who may be appointed" />;
  const errors = fieldErrors(appoint.error);
  const submit = (seat: 'officer' | 'panel') => (event: FormEvent) => {
    event.preventDefault();
    appoint.mutate(seat);
  };
  const seatFull = found.panel.length >= 3 || Boolean(found.decision);
  return (
    <>
      <form noValidate onSubmit={submit('officer')} aria-labelledby="appoint-officer-heading">
        <h3 id="appoint-officer-heading">Appoint a case officer</h3>
        {appoint.variables === 'officer' && <ErrorSummary key={appoint.submittedAt} error={appoint.error} fields={{ personId: { id: 'appoint-officer', label: 'Case officer' } }} />}
        <SelectField id="appoint-officer" label="Case officer" hint="Only those not barred from the case are offered." className="input-medium" value={officer} onChange={(event) => setOfficer(event.target.value)} error={appoint.variables === 'officer' ? errors.personId : undefined}>
          <option value="">{candidates.data?.officers.length === 0 ? 'Nobody else may be appointed' : 'Choose one'}</option>
          {candidates.data?.officers.map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={appoint.isPending && appoint.variables === 'officer'} className="secondary">
          Appoint the officer
        </SubmitButton>
      </form>
      {found.panelDecides && !seatFull && (
        <form noValidate onSubmit={submit('panel')} aria-labelledby="appoint-panel-heading">
          <h3 id="appoint-panel-heading">Appoint to the panel</h3>
          {appoint.variables === 'panel' && (
            <ErrorSummary
              key={appoint.submittedAt}
              error={appoint.error}
              fields={{ personId: { id: 'appoint-panel', label: 'Panel member' }, kind: { id: 'appoint-kind', label: 'Sits as' } }}
            />
          )}
          <SelectField id="appoint-panel" label="Panel member" hint="From the pool of panel members; only those not barred from the case are offered." className="input-medium" value={member} onChange={(event) => setMember(event.target.value)} error={appoint.variables === 'panel' ? errors.personId : undefined}>
            <option value="">{candidates.data?.panel.length === 0 ? 'Nobody else may be appointed' : 'Choose one'}</option>
            {candidates.data?.panel.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField id="appoint-kind" label="Sits as" className="input-medium" value={kind} onChange={(event) => setKind(event.target.value as PanelKind | '')} error={appoint.variables === 'panel' ? errors.kind : undefined}>
            <option value="">Choose one</option>
            <option value="practitioner">{KINDS.practitioner}</option>
            <option value="lay">{KINDS.lay}</option>
          </SelectField>
          <SubmitButton pending={appoint.isPending && appoint.variables === 'panel'} className="secondary">
            Appoint to the panel
          </SubmitButton>
        </form>
      )}
    </>
  );
}

/** Stepping aside with a reason: off the case and barred from it from then on, so the page is left. */
export function StepAside({ found }: { found: CaseDetail }) {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const changed = useCasesChanged();
  const [reason, setReason] = useState('');
  const stepAside = useMutation({
    mutationFn: () => api.stepAside(organisation.id, found.id, reason),
    onSuccess: async () => {
      await changed();
      navigate(`/orgs/${organisation.id}/cases`, { state: { done: `You stepped aside from ${found.reference}: you no longer see it` } });
    },
  });
  if (!found.allowed.includes('case.step_aside')) return null;
  return (
    <section className="panel" aria-labelledby="step-aside-heading">
      <h2 id="step-aside-heading">Step aside</h2>
      <p>If you have a conflict or a connection with the person, step aside: you are taken off the case and barred from it, and the reason is recorded.</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          stepAside.mutate();
        }}
      >
        <ErrorSummary key={stepAside.submittedAt} error={stepAside.error} fields={{ reason: { id: 'step-aside-reason', label: 'Why you step aside' } }} />
        <TextArea id="step-aside-reason" label="Why you step aside" className="prose" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} error={fieldErrors(stepAside.error).reason} />
        <SubmitButton pending={stepAside.isPending} className="secondary">
          Step aside
        </SubmitButton>
      </form>
    </section>
  );
}
