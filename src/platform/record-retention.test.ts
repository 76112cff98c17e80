import { describe, expect, it } from 'vitest';
import { recordCutoff, recordSchedule, type RecordType } from './record-retention.ts';

describe('when a record falls due', () => {
  it('counts whole years back on the calendar', () => {
    expect(recordCutoff('P6Y', new Date('2031-05-10T09:00:00Z'))).toEqual(new Date('2025-05-10T09:00:00Z'));
    expect(recordCutoff('P25Y', new Date('2051-01-01T00:00:00Z'))).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('takes 29 February back to 28 February in a year without one', () => {
    expect(recordCutoff('P1Y', new Date('2028-02-29T12:00:00Z'))).toEqual(new Date('2027-02-28T12:00:00Z'));
    expect(recordCutoff('P4Y', new Date('2028-02-29T12:00:00Z'))).toEqual(new Date('2024-02-29T12:00:00Z'));
  });

  it('counts days as days', () => {
    // 2192 days allows for two leap days; these six years hold one, so the cutoff is a day earlier.
    expect(recordCutoff('P2192D', new Date('2031-05-10T09:00:00Z'))).toEqual(new Date('2025-05-09T09:00:00Z'));
    expect(recordCutoff('P10D', new Date('2031-05-10T09:00:00Z'))).toEqual(new Date('2031-04-30T09:00:00Z'));
  });
});

describe('the records’ schedule', () => {
  const type = (name: string, keptFor = 'P6Y'): RecordType => ({
    type: name,
    record: name,
    keptFor,
    after: 'closed',
    source: 'guidance',
    due: async () => [],
    about: async () => null,
    erase: async () => null,
  });

  it('names each type once, with a period it can count', () => {
    expect(recordSchedule([type('a'), type('b', 'P10D')]).map((t) => t.type)).toEqual(['a', 'b']);
    expect(() => recordSchedule([type('a'), type('a')])).toThrow(/twice/);
    expect(() => recordSchedule([type('a', 'six years')])).toThrow(/not a period/);
  });
});
