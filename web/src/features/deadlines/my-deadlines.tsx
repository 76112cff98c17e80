import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { LiveRegion, Loading, QueryError, Status } from '../../ui/feedback.tsx';
import { Page } from '../../ui/page.tsx';
import { useSearchFlag } from '../../ui/search-flag.ts';
import { CalendarFeed } from './calendar-feed.tsx';
import { DeadlineTable } from './deadline-table.tsx';
import { DueCell, isAttestation } from './state.tsx';

export const myDeadlinesQuery = (closed: boolean) => ({ queryKey: ['my-deadlines', closed], queryFn: () => api.myDeadlines(closed), staleTime: 15_000 });

/** `/deadlines`: the person's own deadlines, in every organisation, soonest first. */
export function MyDeadlinesPage() {
  const [closed, setClosed] = useSearchFlag('closed');
  const deadlines = useQuery(myDeadlinesQuery(closed));
  const [done, setDone] = useState<string | null>(null);
  const open = deadlines.data?.filter((d) => !d.metAt && !d.waivedAt) ?? [];
  const overdue = open.filter((d) => d.state === 'overdue').length;

  return (
    <Page title="Your deadlines">
      <p className="lede">What the codes and your organisations ask of you, and by when, soonest first. Reminders come to your inbox before each one falls due.</p>
      <LiveRegion>{done && <Status title={done} />}</LiveRegion>
      <div className="actions">
        <div className="checkbox">
          <input id="show-closed" type="checkbox" checked={closed} onChange={(event) => setClosed(event.target.checked)} />
          <label htmlFor="show-closed">Include deadlines already met or waived</label>
        </div>
      </div>
      {deadlines.error ? (
        <QueryError error={deadlines.error} what="list of your deadlines" />
      ) : !deadlines.data ? (
        <Loading what="Loading your deadlines" />
      ) : deadlines.data.length === 0 ? (
        <div className="panel">
          <p>You have no {closed ? '' : 'open '}deadlines.</p>
        </div>
      ) : (
        <>
          <p className="muted" role="status">
            {open.length} open {open.length === 1 ? 'deadline' : 'deadlines'}
            {overdue > 0 && `, ${overdue} overdue`}.
          </p>
          <DeadlineTable id="my-deadlines" caption="Your deadlines, soonest first" deadlines={deadlines.data} showOrganisation onDone={setDone} />
        </>
      )}
      <CalendarFeed />
    </Page>
  );
}

/** The person's open deadlines in one organisation, briefly: for the organisation's home page. */
export function MyDeadlinesHere({ organisationId, limit = 5 }: { organisationId: string; limit?: number }) {
  const deadlines = useQuery(myDeadlinesQuery(false));
  if (deadlines.error) return <QueryError error={deadlines.error} what="list of your deadlines" />;
  if (!deadlines.data) return <Loading what="Loading your deadlines" />;
  const here = deadlines.data.filter((d) => d.organisationId === organisationId);
  const elsewhere = deadlines.data.length - here.length;
  return (
    <>
      {here.length === 0 ? (
        <p>You have no open deadlines here.</p>
      ) : (
        <ul className="plain-list">
          {here.slice(0, limit).map((deadline) => (
            <li key={deadline.id}>
              <strong>{deadline.title}</strong>
              <br />
              <DueCell deadline={deadline} />
              {isAttestation(deadline) && <span className="hint">Met when you read and confirm the code.</span>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/deadlines">
          {here.length > limit ? `All ${deadlines.data.length} of your deadlines` : 'All your deadlines'}
          {elsewhere > 0 && here.length <= limit ? `, with ${elsewhere} in your other organisations` : ''}
        </Link>
      </p>
    </>
  );
}
