import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, type DeclarationKind, type DeclarationSummary, type DutyElsewhere } from '../../api.ts';
import { Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { SubmitButton, type FieldRef } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { useMe } from '../session/session.tsx';
import { FormProblems, KindSummary } from './declaration-form.tsx';
import { fieldValueWords } from './labels.tsx';
import { declarationQuery, kindsQuery, myDeclarationsQuery, useDeclarationsChanged } from './queries.ts';

// One event, every duty it triggers: a duty that a declaration in another of the person's organisations
// triggers here. The page shows which facts of that declaration would be carried, lets the person choose
// among them, and asks for their consent (000 provision 8: nothing crosses between organisations without
// it); the draft it makes here they then complete and submit.

/** `/orgs/:orgId/declarations/send?from=<declaration>&fromOrganisation=<organisation>&kind=<kind>` */
export function SendElsewherePage() {
  const { organisation } = useOrganisation();
  const me = useMe();
  const [search] = useSearchParams();
  const from = search.get('from') ?? '';
  const fromOrganisation = search.get('fromOrganisation') ?? '';
  const fromName = me.organisations.find((o) => o.id === fromOrganisation)?.name ?? 'your other organisation';
  const there = useQuery({ ...myDeclarationsQuery(fromOrganisation), enabled: Boolean(fromOrganisation) });
  const kinds = useQuery(kindsQuery(organisation.id));
  const duty = there.data?.dutiesElsewhere.find((d) => d.fromDeclarationId === from && d.organisationId === organisation.id && d.kind === search.get('kind'));
  const source = there.data?.declarations.find((d) => d.id === from);
  const kind = kinds.data?.find((k) => k.id === duty?.kind);
  const title = `Send to ${organisation.name}`;

  return (
    <Page
      title={`${title} – ${organisation.name}`}
      heading={duty ? `${title}: ${duty.title}` : title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${fromOrganisation}/declarations`}>Your declarations in {fromName}</Link> › {title}
        </>
      }
    >
      {there.error || kinds.error ? (
        <QueryError error={there.error ?? kinds.error} what="duty" />
      ) : !there.data || !kinds.data ? (
        <Loading what="Loading the duty" />
      ) : !duty || !source || !kind ? (
        <Status tone="info" title="Nothing to send">
          <p>
            This duty is not open: it may have been sent already. <Link to={`/orgs/${organisation.id}/declarations`}>Your declarations in {organisation.name}</Link>
          </p>
        </Status>
      ) : (
        <>
          <KindSummary kind={kind}>
            {duty.dueOn && (
              <>
                <dt>Due by</dt>
                <dd>{formatDate(duty.dueOn)}, counted from the day it happened</dd>
              </>
            )}
          </KindSummary>
          <SendForm duty={duty} source={source} kind={kind} fromOrganisation={fromOrganisation} fromName={fromName} />
        </>
      )}
    </Page>
  );
}

function SendForm({ duty, source, kind, fromOrganisation, fromName }: { duty: DutyElsewhere; source: DeclarationSummary; kind: DeclarationKind; fromOrganisation: string; fromName: string }) {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const changed = useDeclarationsChanged();
  const names = duty.carried.map((fact) => fact.name);
  const [chosen, setChosen] = useState<string[]>(names);
  const [agreed, setAgreed] = useState(false);
  const [local, setLocal] = useState<{ key: string; reason: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const sent = duty.carried.filter((fact) => chosen.includes(fact.name)).map((fact) => `“${fact.label}”`);
  const statement = `I agree that ${organisation.name} is sent ${sent.length ? sent.join(', ') : 'nothing'} from my declaration “${source.title}” to ${fromName}, and nothing else about it.`;
  const send = useMutation({
    mutationFn: () => api.createDeclaration(organisation.id, { kind: kind.id, carriedFrom: { organisationId: fromOrganisation, declarationId: source.id, chosen, consent: statement } }),
    onSuccess: async (draft) => {
      queryClient.setQueryData(declarationQuery(organisation.id, draft.id).queryKey, draft);
      // Off this page first: once sent, the duty is no longer open, and this page would say so.
      navigate(`/orgs/${organisation.id}/declarations/${draft.id}`, { state: { done: `A draft for ${organisation.name} holds the facts you chose. Complete it and submit it: nothing more is sent until you do.` } });
      await Promise.all([changed(), queryClient.invalidateQueries({ queryKey: myDeclarationsQuery(fromOrganisation).queryKey })]);
    },
  });
  const refs: Record<string, FieldRef> = { 'carriedFrom.consent': { id: 'consent', label: 'Your consent' } };
  const consentError = local.find((p) => p.key === 'carriedFrom.consent')?.reason;
  // Consent is to the words shown: a different choice asks for it again.
  const choose = (name: string, on: boolean) => {
    setChosen(names.filter((n) => (n === name ? on : chosen.includes(n))));
    setAgreed(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt(attempt + 1);
    const problems = agreed ? [] : [{ key: 'carriedFrom.consent', reason: 'is needed: tick the box, or nothing is sent' }];
    setLocal(problems);
    if (problems.length) send.reset();
    else send.mutate();
  };

  return (
    <section className="panel" aria-labelledby="send-heading">
      <h2 id="send-heading">What {organisation.name} would be sent</h2>
      <p>
        From what you told {fromName} in “{source.title}”{source.submittedAt && `, submitted ${formatDateTime(source.submittedAt)}`}. {fromName} does not see what you send, and{' '}
        {organisation.name} sees only what you tick here.
      </p>
      <form noValidate onSubmit={submit}>
        <FormProblems key={attempt} error={send.error} fields={refs} local={local} />
        <fieldset className="field">
          <legend>What to send</legend>
          <span className="hint">Untick anything you would rather not send; you can add to the draft before you submit it.</span>
          {duty.carried.map(({ name, label, value }) => (
            <div className="checkbox" key={name}>
              <input id={`carry-${name}`} type="checkbox" checked={chosen.includes(name)} onChange={(event) => choose(name, event.target.checked)} aria-describedby={`carry-${name}-value`} />
              <label htmlFor={`carry-${name}`}>{label}</label>
              <span className="hint" id={`carry-${name}-value`}>
                {fieldValueWords(kind.fields.find((f) => f.name === name), value, [])}
              </span>
            </div>
          ))}
        </fieldset>
        <fieldset className={`field${consentError ? ' has-error' : ''}`} aria-describedby={consentError ? 'consent-hint consent-error' : 'consent-hint'}>
          <legend>Your consent</legend>
          <span className="hint" id="consent-hint">
            Nothing about you crosses from one of your organisations to another without your consent. Your words are kept with the draft.
          </span>
          {consentError && (
            <span className="field-error" id="consent-error">
              <span className="visually-hidden">Error: </span>Your consent {consentError}
            </span>
          )}
          <div className="checkbox statement">
            <input id="consent" type="checkbox" checked={agreed} onChange={(event) => setAgreed(event.target.checked)} aria-invalid={consentError ? true : undefined} />
            <label htmlFor="consent">{statement}</label>
          </div>
        </fieldset>
        <SubmitButton pending={send.isPending} pendingText="Sending">
          Send to {organisation.name} as a draft
        </SubmitButton>
      </form>
    </section>
  );
}
