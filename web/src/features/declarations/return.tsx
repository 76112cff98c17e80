import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type DeclarationReturn, type DeclarationSummary, type MyReturn } from '../../api.ts';
import { Alert, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { SubmitButton, type FieldRef } from '../../ui/form.tsx';
import { formatDate, formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { FormProblems, problemsOf } from './declaration-form.tsx';
import { DutyDeadline, returnTitle } from './labels.tsx';
import { myDeclarationsQuery, myReturnsQuery, useDeclarationsChanged } from './queries.ts';

// A person's return in the annual re-declaration: they confirm that their entries in the registers still
// stand (untick any that no longer does, and declare what changed), or, with none, make a nil return.

/** `/orgs/:orgId/declarations/returns/:campaignId` */
export function ReturnPage() {
  const { organisation } = useOrganisation();
  const { campaignId = '' } = useParams();
  const returns = useQuery(myReturnsQuery(organisation.id));
  const mine = useQuery(myDeclarationsQuery(organisation.id));
  const campaign = returns.data?.find((c) => c.id === campaignId);
  const title = campaign ? returnTitle(campaign) : 'Your re-declaration';
  return (
    <Page
      title={`${title} – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/declarations`}>Your declarations</Link> › {title}
        </>
      }
    >
      {returns.error || mine.error ? (
        <QueryError error={returns.error ?? mine.error} what="re-declaration" />
      ) : !returns.data || !mine.data ? (
        <Loading what="Loading your re-declaration" />
      ) : !campaign ? (
        <Alert title="No such re-declaration">
          <p>{organisation.name} has not asked you for this re-declaration.</p>
        </Alert>
      ) : campaign.returned ? (
        <Status title={campaign.returned === 'nil' ? `You made a nil return for ${campaign.year}` : `You confirmed your entries for ${campaign.year}`} />
      ) : (
        <ReturnForm campaign={campaign} declarations={mine.data.declarations.filter((d) => campaign.entries.includes(d.id))} />
      )}
    </Page>
  );
}

function ReturnForm({ campaign, declarations }: { campaign: MyReturn; declarations: DeclarationSummary[] }) {
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const changed = useDeclarationsChanged();
  const [chosen, setChosen] = useState(() => declarations.map((d) => d.id));
  const give = useMutation({
    mutationFn: (body: DeclarationReturn) => api.makeReturn(organisation.id, campaign.id, body),
    onSuccess: async (returns, body) => {
      queryClient.setQueryData(myReturnsQuery(organisation.id).queryKey, returns);
      navigate(`/orgs/${organisation.id}/declarations`, { state: { done: body.kind === 'nil' ? `You made a nil return for ${campaign.year}` : `You confirmed your entries for ${campaign.year}` } });
      await changed();
    },
  });
  const refs: Record<string, FieldRef> = { declarationIds: { id: 'return-entries', label: 'The entries you confirm' } };
  // "Not one of your entries" is said of the one at fault; the form shows it against the list.
  const problems = problemsOf(give.error).map((p) => (p.key.startsWith('declarationIds') ? { ...p, key: 'declarationIds' } : p));
  const error = problems.find((p) => p.key === 'declarationIds')?.reason;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    give.mutate(declarations.length ? { kind: 'confirmed', declarationIds: chosen } : { kind: 'nil' });
  };
  return (
    <section className="panel" aria-labelledby="return-heading">
      <h2 id="return-heading">{declarations.length ? 'Your entries in the registers' : 'A nil return'}</h2>
      <p>
        Due <DutyDeadline recordType="declaration_campaign" recordId={campaign.id} otherwise={`by ${formatDate(campaign.dueOn)}`} />
      </p>
      <form noValidate onSubmit={submit}>
        <FormProblems key={give.submittedAt} error={problems.length ? null : give.error} fields={refs} local={problems} />
        {declarations.length === 0 ? (
          <p>
            You have no entries in the registers of interests or of gifts and hospitality. If you have nothing to declare, make a nil return; if you have,{' '}
            <Link to={`/orgs/${organisation.id}/declarations`}>declare it</Link> first.
          </p>
        ) : (
          <fieldset className={`field${error ? ' has-error' : ''}`} aria-describedby={error ? 'return-entries-hint return-entries-error' : 'return-entries-hint'}>
            <legend id="return-entries" tabIndex={-1}>
              The entries that still stand
            </legend>
            <span className="hint" id="return-entries-hint">
              Untick any that no longer stands, and declare what changed.
            </span>
            {error && (
              <span className="field-error" id="return-entries-error">
                <span className="visually-hidden">Error: </span>The entries you confirm {error}
              </span>
            )}
            {declarations.map((d) => (
              <div className="checkbox" key={d.id}>
                <input id={`entry-${d.id}`} type="checkbox" checked={chosen.includes(d.id)} onChange={(event) => setChosen(event.target.checked ? [...chosen, d.id] : chosen.filter((id) => id !== d.id))} />
                <label htmlFor={`entry-${d.id}`}>
                  {d.title}
                  <span className="hint">
                    {d.occurredOn ? `${formatDate(d.occurredOn)}, declared` : 'Declared'} {d.submittedAt ? formatDateTime(d.submittedAt) : ''}
                  </span>
                </label>
                <Link to={`/orgs/${organisation.id}/declarations/${d.id}`} className="hint">
                  Read it<span className="visually-hidden">: {d.title}</span>
                </Link>
              </div>
            ))}
          </fieldset>
        )}
        <SubmitButton pending={give.isPending} pendingText="Sending">
          {declarations.length ? 'Confirm these entries stand' : 'Make a nil return'}
        </SubmitButton>
      </form>
    </section>
  );
}
