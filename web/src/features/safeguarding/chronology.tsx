import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { Loading, QueryError } from '../../ui/feedback.tsx';
import { TextField } from '../../ui/form.tsx';
import { formatDateTime } from '../../ui/labels.ts';
import { TableRegion } from '../../ui/table.tsx';
import { useOrganisation } from '../organisations/organisation.tsx';
import { SafeguardingPage } from './frame.tsx';
import { categoryLabel, eventLabel } from './labels.ts';

// A learner's chronology: every record about them the person may read, what was seen or said and each step
// after, in time order. Each record read is in the audit trail, so it is read when asked for, not again.

/** `/orgs/:orgId/safeguarding/chronology?learnerRef=` */
export function ChronologyPage() {
  const { organisation } = useOrganisation();
  const [search, setSearch] = useSearchParams();
  const learnerRef = search.get('learnerRef')?.trim() ?? '';
  const [ref, setRef] = useState(learnerRef);
  useEffect(() => setRef(learnerRef), [learnerRef]);
  const chronology = useQuery({
    queryKey: ['safeguarding', 'chronology', organisation.id, learnerRef],
    queryFn: () => api.learnerChronology(organisation.id, learnerRef),
    enabled: learnerRef !== '',
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(ref.trim() ? { learnerRef: ref.trim() } : {});
  };
  const title = learnerRef ? `Chronology of ${learnerRef.toUpperCase()}` : 'A learner’s chronology';
  return (
    <SafeguardingPage
      title={`A learner’s chronology – ${organisation.name}`}
      heading={title}
      breadcrumbs={
        <>
          <Link to={`/orgs/${organisation.id}/safeguarding`}>Safeguarding</Link> › {title}
        </>
      }
    >
      <form className="inline-form" onSubmit={submit} aria-label="Choose the learner">
        <TextField id="chronology-learner" label="The learner’s reference" className="input-medium" autoComplete="off" value={ref} onChange={(event) => setRef(event.target.value)} />
        <button type="submit" className="button secondary">
          Show the chronology
        </button>
      </form>
      {!learnerRef ? (
        <p>Give a learner’s reference to read, in time order, every record about them that you may read.</p>
      ) : chronology.error ? (
        <QueryError error={chronology.error} what="learner with records you may read" />
      ) : !chronology.data ? (
        <Loading what="Loading the chronology" />
      ) : (
        <>
          <p>
            <Link className="button secondary" to={`/orgs/${organisation.id}/safeguarding/transfers/new?learnerRef=${encodeURIComponent(chronology.data.learnerRef)}`}>
              Send this learner’s file to their new school
            </Link>
          </p>
          {chronology.data.entries.length > 0 && (
            <TableRegion id="chronology" caption={`Every record about ${chronology.data.learnerRef} you may read, oldest first`}>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What</th>
                  <th scope="col">Category</th>
                  <th scope="col">By</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {chronology.data.entries.map((entry, i) => (
                  <tr key={i}>
                    <td className="nowrap">{formatDateTime(entry.at)}</td>
                    <th scope="row">
                      <Link to={`/orgs/${organisation.id}/safeguarding/concerns/${entry.concernId}`}>{eventLabel(entry.event)}</Link>
                    </th>
                    <td>{categoryLabel(entry.category)}</td>
                    <td>{entry.by.name}</td>
                    <td className="reflection">{entry.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          )}
          {chronology.data.transferred.map((file) => (
            <TableRegion key={file.transferId} id={`transferred-${file.transferId}`} caption={`From ${file.from.academy} (${file.from.organisation}), accepted ${formatDateTime(file.acceptedAt)}: the chronology as sent`}>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What</th>
                  <th scope="col">Category</th>
                  <th scope="col">By</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {file.entries.map((entry, i) => (
                  <tr key={i}>
                    <td className="nowrap">{formatDateTime(entry.at)}</td>
                    <th scope="row">{eventLabel(entry.event)}</th>
                    <td>{categoryLabel(entry.category)}</td>
                    <td>{entry.by}</td>
                    <td className="reflection">{entry.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          ))}
        </>
      )}
    </SafeguardingPage>
  );
}
