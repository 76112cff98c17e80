import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import type { Declaration, DeclarationField, DeclarationKind, DeclarationOutcome, DeclarationState, QueueBucket } from '../../api.ts';
import { formatDate, roleLabel } from '../../ui/labels.ts';
import { CitationLink } from '../codes/citation-link.tsx';
import { myDeadlinesQuery } from '../deadlines/my-deadlines.tsx';
import { DueCell } from '../deadlines/state.tsx';

// How declarations read: where each stands (a word in a tag, never colour alone), its outcome, its
// timeliness, and each field's value as the person gave it.

const STATES: Record<DeclarationState, { label: string; tone: string }> = {
  draft: { label: 'Draft, not sent', tone: 'pending' },
  submitted: { label: 'Submitted', tone: '' },
  acknowledged: { label: 'Acknowledged', tone: 'ok' },
  under_review: { label: 'Under review', tone: 'ok' },
  marked_for_case: { label: 'Marked for a case', tone: 'pending' },
  closed: { label: 'Closed', tone: '' },
};

export function StateTag({ state }: { state: DeclarationState }) {
  const { label, tone } = STATES[state];
  return <span className={tone ? `tag ${tone}` : 'tag'}>{label}</span>;
}

const OUTCOMES: Record<DeclarationOutcome, string> = {
  no_action: 'No action needed',
  advice_given: 'Advice given',
  action_taken: 'Action taken',
  referred: 'Referred on',
  case_opened: 'A case was opened',
  approved: 'Approved',
  declined: 'Declined',
};

export const outcomeLabel = (outcome: DeclarationOutcome) => OUTCOMES[outcome];

const EVENTS: Record<string, string> = {
  submit: 'Submitted',
  acknowledge: 'Acknowledged',
  record_action: 'Action recorded',
  mark_for_case: 'Marked for a case',
  close: 'Closed',
};

export const eventLabel = (event: string) => EVENTS[event] ?? roleLabel(event);

export const BUCKETS: Record<QueueBucket, { label: string; hint: string }> = {
  new: { label: 'New', hint: 'Submitted and not yet acknowledged' },
  open: { label: 'Open', hint: 'Acknowledged or under review' },
  late: { label: 'Late', hint: 'Made after the time the code allows, and not yet closed' },
  marked_for_case: { label: 'Marked for a case', hint: 'Waiting for a case to be opened' },
  closed: { label: 'Closed', hint: 'Closed with an outcome' },
};

/** "4 days late", or "On time" where the code sets a time and it was met; nothing where it sets none. */
export function Timeliness({ declaration }: { declaration: { daysLate: number | null; lateness: string | null } }) {
  if (declaration.lateness) return <span className="tag off">{roleLabel(declaration.lateness)}</span>;
  if (declaration.daysLate === 0) return <span className="tag ok">On time</span>;
  return null;
}

export const returnTitle = (campaign: { year: number }) => `Your re-declaration for ${campaign.year}`;

/** How soon a kind is due, as the server words it ("at once", "within 21 days of it happening"). */
export const timeLimitWords = (timeLimit: string | null) => (timeLimit ? `Due ${timeLimit}.` : 'The code sets no time limit.');

/**
 * The person's own deadline for a duty (a declaration's, by default, or a re-declaration's), in plain words
 * ("due by …", overdue or not); until it has one (a declaration's starts from the date it happened), `otherwise`.
 */
export function DutyDeadline({ recordType = 'declaration', recordId, otherwise }: { recordType?: 'declaration' | 'declaration_campaign'; recordId: string; otherwise: ReactNode }) {
  const deadlines = useQuery(myDeadlinesQuery(false));
  const deadline = deadlines.data?.find((d) => d.recordType === recordType && d.recordId === recordId);
  return deadline ? <DueCell deadline={deadline} /> : <>{otherwise}</>;
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
export const poundsWords = (pence: number) => pounds.format(pence / 100);
/** Pence as a form field holds them: "25.00". */
export const poundsText = (pence: number) => (pence / 100).toFixed(2);

const POUNDS = /^(-)?\s*£?\s*(\d+)(?:\.(\d{1,2}))?$/;
export const NOT_MONEY = 'is not an amount of money: write it in pounds and pence, like 25.00';

/** Pounds and pence as people write them ("£1,250.5") in whole pence, as the API takes money; null when it is not an amount. */
export function penceOf(text: string): number | null {
  const money = POUNDS.exec(text.trim().replace(/,/g, ''));
  if (!money) return null;
  const pence = Number(money[2]) * 100 + Number((money[3] ?? '').padEnd(2, '0'));
  return money[1] ? -pence : pence;
}

/** Someone a declaration goes to, and as whom: "Priya Principal (Principal)". */
export const recipientWords = (r: { name: string; as: string; steppedUpFrom?: string | null }) =>
  `${r.name} (${roleLabel(r.as)}${r.steppedUpFrom ? `, in place of the ${roleLabel(r.steppedUpFrom).toLowerCase()}` : ''})`;

/** A field's name where the reader's catalogue does not have the kind: `occurredOn` → "Occurred on". */
export const fieldNameWords = (name: string) => roleLabel(name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));

/** A field's value as people read it: money in pounds, dates as dates, a choice in words, a person by name. */
export function fieldValueWords(field: DeclarationField | undefined, value: unknown, named: Declaration['named']): string {
  if (value === undefined || value === null || value === '') return 'Not given';
  switch (field?.type) {
    case 'pence':
      return typeof value === 'number' ? poundsWords(value) : String(value);
    case 'yes_no':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
    case 'past_date':
    case 'date':
      return formatDate(String(value));
    case 'choice':
      return roleLabel(String(value));
    case 'person':
      return named.find((person) => person.id === value)?.name ?? 'Someone of the organisation';
    default:
      return String(value);
  }
}

/** The provisions that ask for a declaration, each a link to it in the codes library. */
export function Provisions({ cites }: { cites: DeclarationKind['cites'] }) {
  if (cites.length === 0) return <>The organisation’s own rule: no code asks for it.</>;
  return (
    <>
      {cites.map((citation, index) => (
        <Fragment key={`${citation.code}-${citation.version}`}>
          {index > 0 && '; '}
          <CitationLink citation={citation} />
        </Fragment>
      ))}
    </>
  );
}
