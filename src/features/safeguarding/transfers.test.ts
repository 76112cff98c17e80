import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAcademyDays, londonInstant } from '../../platform/calendar/index.ts';
import { KINDS, computeDue } from '../deadlines/rules.ts';
import { recordConcern, transition, type Concern } from './rules.ts';
import { TRANSFER_STATES, fileSnapshot, overdue, sendProblems, sent, transferStep, type Transfer, type TransferEvent } from './transfers.ts';

const now = londonInstant('2026-03-02', '10:00');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const names: Record<string, string> = { teacher: 'Tess Teacher', dsl: 'Dee Lead' };
const nameOf = (id: string) => names[id] ?? 'someone';

function concern(learnerRef: string, extra: { allegation?: boolean; seenAt?: Date } = {}): Concern {
  const made = recordConcern(
    { learnerRef, category: 'neglect', seenAt: extra.seenAt ?? now, account: 'Said there was no food at home.', marks: [{ view: 'front', x: 0.5, y: 0.2 }], allegation: extra.allegation ? { staffMemberId: null } : null },
    { now, recorderId: 'teacher' },
  );
  if (!made.ok) throw new Error('not recorded');
  return made.value;
}

describe("a learner's file as it is sent", () => {
  it('copies every concern about the learner, oldest first, numbered, with its marks, steps and chronology, people named', () => {
    const first = concern('NF-1', { seenAt: later(-60) });
    const triaged = transition(first, { type: 'triage', level: 'pastoral_support', note: 'Head of year to check in daily.' }, { now: later(5), by: 'dsl' });
    if (!triaged.ok) throw new Error('not triaged');
    const second = concern('nf-1');
    const file = fileSnapshot('nf-1', [{ id: 'b', concern: second }, { id: 'a', concern: triaged.value }, { id: 'c', concern: concern('NF-2') }], nameOf, later(10));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.value.learnerRef).toBe('NF-1');
    expect(file.value.concerns.map((c) => [c.number, c.state, c.recordedBy])).toEqual([
      [1, 'triaged', 'Tess Teacher'],
      [2, 'recorded', 'Tess Teacher'],
    ]);
    expect(file.value.concerns[0]!.marks).toHaveLength(1);
    expect(file.value.chronology.map((e) => [e.concern, e.event, e.by])).toEqual([
      [1, 'seen', 'Tess Teacher'],
      [1, 'record', 'Tess Teacher'],
      [2, 'seen', 'Tess Teacher'],
      [2, 'record', 'Tess Teacher'],
      [1, 'triage', 'Dee Lead'],
    ]);
    expect(JSON.stringify(file.value)).not.toMatch(/"(teacher|dsl)"/);
  });

  it('leaves out an allegation about a member of staff, which is not the learner’s file, and refuses a file with nothing in it', () => {
    const onlyAllegation = fileSnapshot('NF-1', [{ id: 'a', concern: concern('NF-1', { allegation: true }) }], nameOf, now);
    expect(onlyAllegation).toEqual({ ok: false, refusals: [expect.objectContaining({ rule: 'nothing-to-transfer', field: 'learnerRef' })] });
  });

  it('refuses a transfer within the organisation, and a learner named rather than referenced, together', () => {
    expect(sendProblems({ learnerRef: 'Jamie Smith', fromOrganisationId: 'x', toOrganisationId: 'x' }).map((p) => p.field)).toEqual(['learnerRef', 'toOrganisationId']);
    expect(sendProblems({ learnerRef: 'nf-1', fromOrganisationId: 'x', toOrganisationId: 'y' })).toEqual([]);
  });
});

describe('the receipt trail', () => {
  const start = sent(now);

  it('is viewed once, the first opening kept', () => {
    const viewed = transferStep(start, { type: 'view' }, { now: later(5), by: 'r' });
    expect(viewed).toEqual({ ok: true, value: expect.objectContaining({ state: 'viewed', viewed: { at: later(5), by: 'r' } }) });
    if (!viewed.ok) return;
    const again = transferStep(viewed.value, { type: 'view' }, { now: later(9), by: 's' });
    expect(again.ok && again.value).toBe(viewed.value);
  });

  it('is accepted under the receiving academy’s own reference, in capitals, and then answered for good', () => {
    const accepted = transferStep(start, { type: 'accept', learnerRef: ' rv-7 ' }, { now: later(5), by: 'r' });
    expect(accepted).toEqual({ ok: true, value: expect.objectContaining({ state: 'accepted', accepted: { at: later(5), by: 'r', learnerRef: 'RV-7' }, viewed: { at: later(5), by: 'r' } }) });
    if (!accepted.ok) return;
    expect(transferStep(accepted.value, { type: 'accept', learnerRef: 'RV-8' }, { now: later(6), by: 'r' })).toEqual({ ok: false, refusals: [expect.objectContaining({ rule: 'transfer-answered' })] });
    expect(transferStep(accepted.value, { type: 'decline', reason: 'Not joining us after all.' }, { now: later(6), by: 'r' })).toEqual({ ok: false, refusals: [expect.objectContaining({ rule: 'transfer-answered' })] });
  });

  it('refuses an acceptance under a name, and a decline without a reason', () => {
    expect(transferStep(start, { type: 'accept', learnerRef: 'Jamie Smith' }, { now, by: 'r' })).toEqual({ ok: false, refusals: [expect.objectContaining({ rule: 'learner-reference', field: 'learnerRef' })] });
    expect(transferStep(start, { type: 'decline', reason: 'no' }, { now, by: 'r' })).toEqual({ ok: false, refusals: [expect.objectContaining({ rule: 'reason-needed', field: 'reason' })] });
  });

  it('only ever moves forward: once answered it stays answered, and a viewing is never lost', () => {
    const event = fc.oneof(
      fc.constant<TransferEvent>({ type: 'view' }),
      fc.constantFrom('RV-1', 'bad name').map<TransferEvent>((learnerRef) => ({ type: 'accept', learnerRef })),
      fc.constantFrom('The learner did not join us.', '').map<TransferEvent>((reason) => ({ type: 'decline', reason })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), (events) => {
        let t: Transfer = start;
        events.forEach((e, i) => {
          const next = transferStep(t, e, { now: later(i + 1), by: 'r' });
          if (!next.ok) return;
          const rank = (s: Transfer['state']) => Math.min(TRANSFER_STATES.indexOf(s), 2);
          expect(rank(next.value.state)).toBeGreaterThanOrEqual(rank(t.state));
          if (t.viewed) expect(next.value.viewed).toEqual(t.viewed);
          if (t.accepted || t.declined) expect(next.value).toBe(t);
          t = next.value;
        });
      }),
    );
  });

  it('is overdue only while unanswered after the time to accept', () => {
    const by = later(60);
    expect(overdue({ state: 'sent' }, by, later(61))).toBe(true);
    expect(overdue({ state: 'viewed' }, by, later(61))).toBe(true);
    expect(overdue({ state: 'viewed' }, by, later(59))).toBe(false);
    expect(overdue({ state: 'accepted' }, by, later(61))).toBe(false);
  });
});

describe('five school days to accept', () => {
  const academy = { nation: 'england-and-wales' as const, dayEndsAt: '16:30', terms: [{ startsOn: '2026-01-05', endsOn: '2026-03-03' }, { startsOn: '2026-03-09', endsOn: '2026-04-01' }] };

  it('counts the academy’s term days only, not its holidays', () => {
    expect(addAcademyDays('2026-03-02', 5, academy)).toBe('2026-03-12');
    expect(addAcademyDays('2026-03-02', 5, { ...academy, terms: [] })).toBe('2026-03-09');
  });

  it('is due at the end of the fifth school day after sending, as the catalogue states', () => {
    expect(KINDS['safeguarding-file-acceptance'].rule).toEqual({ type: 'academy_days', days: 5 });
    expect(computeDue(KINDS['safeguarding-file-acceptance'].rule, now, { nation: 'england-and-wales', academy })).toEqual({ dueAt: londonInstant('2026-03-12', '16:30'), allDay: false });
    expect(() => computeDue({ type: 'academy_days', days: 5 }, now, { nation: 'england-and-wales' })).toThrow(/needs an academy/);
  });

  it('counts every working day where the academy’s term dates run out before five school days', () => {
    const ending = { ...academy, terms: [{ startsOn: '2026-01-05', endsOn: '2026-03-03' }] };
    expect(computeDue({ type: 'academy_days', days: 5 }, now, { nation: 'england-and-wales', academy: ending }).dueAt).toEqual(londonInstant('2026-03-09', '16:30'));
  });
});
