import type { Deadline, DeadlineState } from '../../api.ts';

// How a deadline's state reads: a word in a tag (never colour alone), with the due time in words.

const STATES: Record<DeadlineState, { label: string; tone: string }> = {
  upcoming: { label: 'Upcoming', tone: '' },
  due_soon: { label: 'Due soon', tone: 'pending' },
  overdue: { label: 'Overdue', tone: 'off' },
  met: { label: 'Met', tone: 'ok' },
  met_late: { label: 'Met late', tone: 'pending' },
  waived: { label: 'Waived', tone: '' },
};

export function stateLabel(state: DeadlineState): string {
  return STATES[state]?.label ?? state;
}

export function DeadlineStateTag({ state }: { state: DeadlineState }) {
  const { label, tone } = STATES[state] ?? { label: state, tone: '' };
  return <span className={tone ? `tag ${tone}` : 'tag'}>{label}</span>;
}

/** The due time and state together, and whether the duty allows no delay. */
export function DueCell({ deadline }: { deadline: Pick<Deadline, 'due' | 'state' | 'urgent'> }) {
  return (
    <>
      <span className="due">{deadline.due}</span>{' '}
      <DeadlineStateTag state={deadline.state} />
      {deadline.urgent && (
        <>
          {' '}
          <span className="tag off">No delay allowed</span>
        </>
      )}
    </>
  );
}

/** The deadlines that confirming a code meets: they are met by confirming, not by a button. */
export function isAttestation(deadline: Pick<Deadline, 'recordType'>): boolean {
  return deadline.recordType === 'attestation_campaign';
}
