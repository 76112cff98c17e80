import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, REGISTER_NAMES, type Register, type RegisterEntry, type RegisterFilters, type RegisterName } from '../../api.ts';
import { Loading, NotAvailable, QueryError, refused } from '../../ui/feedback.tsx';
import { SelectField, TextField } from '../../ui/form.tsx';
import { formatDate } from '../../ui/labels.ts';
import { Page } from '../../ui/page.tsx';
import { Pager, pageNumber } from '../../ui/pager.tsx';
import { TableRegion } from '../../ui/table.tsx';
import { can, useOrganisation } from '../organisations/organisation.tsx';
import { outcomeLabel, poundsWords, StateTag } from './labels.tsx';

// The registers leaders keep of declarations (003 §18 and §19.1; 002 and 004 C, H, J and K): every entry in
// the academies they oversee, filtered, a page at a time, and as a spreadsheet; the gifts that need
// approval and whether they have it; the insurance that has lapsed.

const PAGE_SIZE = 50;
const FILTERS = ['academy', 'person', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

const text = (value: unknown) => (typeof value === 'string' && value ? value : '—');
const money = (value: unknown) => (typeof value === 'number' ? poundsWords(value) : '—');

interface Column {
  head: string;
  cell: (entry: RegisterEntry) => ReactNode;
}

/** Each register: what it holds, what names an entry (the row's header, linked to the declaration), its columns. */
const REGISTERS: Record<RegisterName, { label: string; title: string; holds: string; subject: Column; columns: Column[] }> = {
  interests: {
    label: 'Interests',
    title: 'Register of interests',
    holds: 'Conflicts of interest declared by staff, and the checks self-employed members record before they accept a commission.',
    subject: { head: 'Interest or commission', cell: (e) => text(e.fields.interest ?? e.fields.commission) },
    columns: [
      { head: 'What it could affect', cell: (e) => text(e.fields.decisions ?? e.fields.client) },
      { head: 'Since', cell: (e) => formatDate(e.occurredOn) },
    ],
  },
  gifts: {
    label: 'Gifts and hospitality',
    title: 'Register of gifts and hospitality',
    holds: 'Gifts and hospitality given or received in the work, with their value and who gave or received them.',
    subject: { head: 'Gift or hospitality', cell: (e) => text(e.fields.description) },
    columns: [
      { head: 'Given or received', cell: (e) => `${e.fields.direction === 'given' ? 'Given to' : 'Received from'} ${text(e.fields.counterparty)}` },
      { head: 'Value', cell: (e) => money(e.fields.valuePence) },
      { head: 'Date', cell: (e) => formatDate(e.occurredOn) },
      { head: 'Approval', cell: (e) => <ApprovalTag approval={e.approval} /> },
    ],
  },
  insurance: {
    label: 'Insurance',
    title: 'Register of insurance',
    holds: 'The professional indemnity insurance self-employed members keep on record, with its cover and when it expires.',
    subject: { head: 'Insurer', cell: (e) => text(e.fields.insurer) },
    columns: [
      { head: 'Cover', cell: (e) => money(e.fields.coverPence) },
      { head: 'Expires', cell: (e) => formatDate(typeof e.fields.expiresOn === 'string' ? e.fields.expiresOn : null) },
      { head: 'In force', cell: (e) => <InsuranceTag insurance={e.insurance} /> },
    ],
  },
};

function ApprovalTag({ approval }: { approval: RegisterEntry['approval'] }) {
  if (approval === null) return <span className="muted">Not needed</span>;
  if (approval === 'awaiting') return <span className="tag pending">Awaiting approval</span>;
  return approval === 'approved' ? <span className="tag ok">Approved</span> : <span className="tag off">Declined</span>;
}

function InsuranceTag({ insurance }: { insurance: RegisterEntry['insurance'] }) {
  if (!insurance) return <>—</>;
  if (insurance.lapsed) return <span className="tag off">Lapsed</span>;
  return <span className={`tag ${insurance.daysLeft <= 30 ? 'pending' : 'ok'}`}>{insurance.daysLeft === 1 ? '1 day left' : `${insurance.daysLeft} days left`}</span>;
}

/** `/orgs/:orgId/registers/:register?academy=&person=&from=&to=&page=` */
export function RegisterPage() {
  const { organisation } = useOrganisation();
  const { register: asked } = useParams();
  const register = REGISTER_NAMES.find((r) => r === asked) ?? 'interests';
  const [search, setSearch] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ''])) as Record<Filter, string>;
  const appliedKey = FILTERS.map((f) => applied[f]).join('|');
  const [draft, setDraft] = useState(applied);
  useEffect(() => setDraft(applied), [appliedKey]);
  const page = pageNumber(search);
  const filters: RegisterFilters = { academyId: applied.academy || undefined, person: applied.person || undefined, from: applied.from || undefined, to: applied.to || undefined };
  const allowed = can(organisation, 'declaration.oversee');
  const entries = useQuery({
    queryKey: ['declarations', 'register', organisation.id, register, filters, page],
    queryFn: () => api.register(organisation.id, register, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    placeholderData: keepPreviousData,
    enabled: allowed,
  });
  const { title, holds } = REGISTERS[register];
  const filtered = new URLSearchParams(FILTERS.flatMap((f) => (applied[f] ? [[f, applied[f]]] : [])));

  if (!allowed || refused(entries.error)) {
    return (
      <Page title={`Registers – ${organisation.name}`} heading="Registers">
        <NotAvailable where={organisation.name}>
          <p>
            Leaders keep the registers of interests, of gifts and hospitality and of insurance. <Link to={`/orgs/${organisation.id}/declarations`}>See your own declarations</Link>.
          </p>
        </NotAvailable>
      </Page>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(Object.fromEntries(FILTERS.flatMap((f) => (draft[f].trim() ? [[f, draft[f].trim()]] : []))));
  };
  const set = (filter: Filter) => (event: { target: { value: string } }) => setDraft({ ...draft, [filter]: event.target.value });

  return (
    <Page
      title={`${title} – ${organisation.name}`}
      heading={title}
      actions={
        <a className="button secondary" href={api.registerCsvPath(organisation.id, register, filters)} download={`register-of-${register}.csv`}>
          Download as CSV<span className="visually-hidden">: every entry that matches the filters</span>
        </a>
      }
    >
      <p className="lede">
        {holds} Those of the people you oversee in {organisation.name}, newest first.
      </p>
      <nav className="sub-nav" aria-label="Registers">
        <ul>
          {REGISTER_NAMES.map((r) => (
            <li key={r}>
              <Link to={{ pathname: `/orgs/${organisation.id}/registers/${r}`, search: filtered.toString() }} aria-current={r === register ? 'page' : undefined}>
                {REGISTERS[r].label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {register === 'gifts' && entries.data && <Threshold pence={entries.data.giftThresholdPence} />}
      <form className="panel" role="search" aria-label={`Filter the ${title.toLowerCase()}`} noValidate onSubmit={submit}>
        <div className="filters">
          {organisation.academies.length > 0 && (
            <SelectField id="register-academy" label="Academy" value={draft.academy} onChange={set('academy')}>
              <option value="">Every academy</option>
              {organisation.academies.map((academy) => (
                <option key={academy.id} value={academy.id}>
                  {academy.name}
                </option>
              ))}
            </SelectField>
          )}
          <TextField id="register-person" label="Declared by (part of a name)" type="search" value={draft.person} onChange={set('person')} />
          <TextField id="register-from" label="From" type="date" value={draft.from} onChange={set('from')} />
          <TextField id="register-to" label="To" type="date" value={draft.to} onChange={set('to')} />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            Show entries
          </button>
          {filtered.size > 0 && (
            <Link className="button secondary" to={`/orgs/${organisation.id}/registers/${register}`}>
              Clear filters
            </Link>
          )}
        </div>
      </form>
      {entries.error ? (
        <QueryError error={entries.error} what={title.toLowerCase()} />
      ) : !entries.data ? (
        <Loading what="Loading the entries" />
      ) : (
        <Entries register={register} data={entries.data} page={page} pageLink={(to) => `?${new URLSearchParams([...filtered, ...(to > 1 ? [['page', String(to)]] : [])])}`} />
      )}
    </Page>
  );
}

/** 003 §18.1 leaves the threshold to the trust's gifts and hospitality policy, which the settings hold. */
function Threshold({ pence }: { pence: number | null }) {
  const { organisation } = useOrganisation();
  return (
    <p>
      {pence === null
        ? 'No threshold is set, so no gift or hospitality needs approval before it is accepted.'
        : `A gift or hospitality received worth more than ${poundsWords(pence)} needs approval before it is accepted: whoever it went to approves or declines it.`}{' '}
      {can(organisation, 'declaration.configure') && <Link to={`/orgs/${organisation.id}/declarations/settings`}>Change the threshold</Link>}
    </p>
  );
}

function Entries({ register, data, page, pageLink }: { register: RegisterName; data: Register; page: number; pageLink: (page: number) => string }) {
  const { organisation } = useOrganisation();
  const { label, subject, columns } = REGISTERS[register];
  const first = (page - 1) * PAGE_SIZE + 1;
  return (
    <>
      <p role="status" className="muted">
        {data.entries.length === 0
          ? page > 1 && data.total > 0
            ? `There is no page ${page}.`
            : 'No entries match.'
          : data.more
            ? `Entries ${first} to ${first + data.entries.length - 1} of more than ${data.total.toLocaleString('en-GB')}, newest first: choose an academy, a person or dates to see fewer.`
            : `Entries ${first} to ${first + data.entries.length - 1} of ${data.total}.`}
      </p>
      {data.entries.length > 0 && (
        <TableRegion id="register" caption={`${label}: ${data.more ? `more than ${data.total.toLocaleString('en-GB')}` : data.total} ${data.total === 1 && !data.more ? 'entry' : 'entries'}`}>
          <thead>
            <tr>
              <th scope="col">{subject.head}</th>
              <th scope="col">Declared by</th>
              {columns.map((column) => (
                <th scope="col" key={column.head}>
                  {column.head}
                </th>
              ))}
              <th scope="col">Where it stands</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((entry) => (
              <tr key={entry.id} className={entry.approval === 'awaiting' || entry.insurance?.lapsed ? 'row-problem' : undefined}>
                <th scope="row">
                  {entry.readable ? <Link to={`/orgs/${organisation.id}/declarations/${entry.id}`}>{subject.cell(entry)}</Link> : subject.cell(entry)}
                  {register === 'interests' && <span className="hint">{entry.title}</span>}
                </th>
                <td>
                  {entry.declarant}
                  <span className="hint">{entry.academy ?? 'Central team'}</span>
                </td>
                {columns.map((column) => (
                  <td key={column.head}>{column.cell(entry)}</td>
                ))}
                <td>
                  <StateTag state={entry.state} />
                  {entry.outcome && entry.approval === null && <span className="hint">{outcomeLabel(entry.outcome)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <Pager what={label.toLowerCase()} page={page} pageSize={PAGE_SIZE} total={data.total} more={data.more} shown={data.entries.length} to={pageLink} />
    </>
  );
}
