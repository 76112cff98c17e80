import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { QUEUE_BUCKETS, type QueueBucket, type QueuedDeclaration } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Pager, pageNumber } from '../../ui/pager.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { BUCKETS, outcomeLabel, StateTag, Timeliness } from './labels.tsx';
import { queueQuery } from './queries.ts';

// The recipient's queue (for a body's case officers, its intake): what came to them, by where it stands,
// those still to act on oldest first, the closed most recently closed first; a report the code asks for at
// once and not yet acknowledged is flagged. A long bucket comes a page at a time.

const bucketOf = (value: string | null): QueueBucket => QUEUE_BUCKETS.find((b) => b === value) ?? 'new';
const PAGE_SIZE = 50;

/** `/orgs/:orgId/declarations/queue?bucket=&page=` */
export function DeclarationQueuePage() {
  const { organisation } = useOrganisation();
  const [search] = useSearchParams();
  const bucket = bucketOf(search.get('bucket'));
  const page = pageNumber(search);
  const queue = useQuery({ ...queueQuery(organisation.id, bucket, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), placeholderData: keepPreviousData });
  const shown = queue.data && !queue.isPlaceholderData ? queue.data.items : undefined;

  return (
    <Page title={`Declarations to you – ${organisation.name}`} heading="Declarations to you">
      <p className="lede">Declarations and notifications that came to you in {organisation.name}: those still to act on oldest first, closed ones most recently closed first.</p>
      <nav className="sub-nav" aria-label="Declarations by where they stand">
        <ul>
          {QUEUE_BUCKETS.map((b) => (
            <li key={b}>
              <Link to={`?bucket=${b}`} aria-current={b === bucket ? 'page' : undefined}>
                {BUCKETS[b].label} ({queue.data ? queue.data.counts[b].toLocaleString('en-GB') : '…'})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="muted">{BUCKETS[bucket].hint}.</p>
      {queue.error ? (
        <QueryError error={queue.error} what="declarations that came to you" />
      ) : !shown ? (
        <Loading what="Loading the declarations" />
      ) : shown.length === 0 ? (
        <p>{page > 1 && queue.data!.counts[bucket] > 0 ? `There is no page ${page}.` : 'None.'}</p>
      ) : (
        <QueueTable bucket={bucket} items={shown} first={(page - 1) * PAGE_SIZE + 1} count={queue.data!.counts[bucket]} />
      )}
      {shown && <Pager what="declarations" page={page} pageSize={PAGE_SIZE} total={queue.data!.counts[bucket]} shown={shown.length} to={(p) => `?bucket=${bucket}&page=${p}`} />}
    </Page>
  );
}

/** How many a table shows: all of them, or which of how many there are in the bucket's order. */
function shownOf(bucket: QueueBucket, first: number, shown: number, count: number) {
  if (shown >= count) return `${shown} ${shown === 1 ? 'declaration' : 'declarations'}`;
  return `${first.toLocaleString('en-GB')} to ${(first + shown - 1).toLocaleString('en-GB')} of ${count.toLocaleString('en-GB')}, ${bucket === 'closed' ? 'most recently closed' : 'oldest submitted'} first`;
}

function QueueTable({ bucket, items, first, count }: { bucket: QueueBucket; items: QueuedDeclaration[]; first: number; count: number }) {
  const { organisation } = useOrganisation();
  return (
    <TableRegion id="declaration-queue" caption={`${BUCKETS[bucket].label}: ${shownOf(bucket, first, items.length, count)}`}>
      <thead>
        <tr>
          <th scope="col">Declaration</th>
          <th scope="col">From</th>
          <th scope="col">Submitted</th>
          <th scope="col">Where it stands</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className={item.acknowledgementOverdue ? 'row-problem' : undefined}>
            <th scope="row">
              <Link to={`/orgs/${organisation.id}/declarations/${item.id}`}>{item.title}</Link>
              {item.sensitive && <span className="hint">Sensitive: your reading of it is recorded.</span>}
            </th>
            <td>
              {item.declarant}
              {item.academy && <span className="hint">{item.academy}</span>}
            </td>
            <td className="nowrap">{item.submittedAt ? formatDateTime(item.submittedAt) : '—'}</td>
            <td>
              <StateTag state={item.state} /> <Timeliness declaration={item} />
              {item.immediate && item.state === 'submitted' && (
                <>
                  {' '}
                  <span className={item.acknowledgementOverdue ? 'tag off' : 'tag pending'}>
                    {item.acknowledgementOverdue ? 'Acknowledgement overdue' : 'Acknowledge at once'}
                  </span>
                </>
              )}
              {item.outcome && <span className="hint">{outcomeLabel(item.outcome)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
