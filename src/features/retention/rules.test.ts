import { describe, expect, it } from 'vitest';
import { checkHold, checkPeriod, checkReason, holdCovers } from './rules.ts';

const record = { recordType: 'concern-report', recordId: 'r-1', personIds: ['p-1', 'p-2'] };

describe('what a legal hold covers', () => {
  it('covers the one record it names, and no other of its type', () => {
    expect(holdCovers({ scope: 'record', recordType: 'concern-report', recordId: 'r-1' }, record)).toBe(true);
    expect(holdCovers({ scope: 'record', recordType: 'concern-report', recordId: 'r-2' }, record)).toBe(false);
    // The same id under another type is another record.
    expect(holdCovers({ scope: 'record', recordType: 'conduct-log-entry', recordId: 'r-1' }, record)).toBe(false);
  });

  it('covers every record of its type', () => {
    expect(holdCovers({ scope: 'type', recordType: 'concern-report' }, record)).toBe(true);
    expect(holdCovers({ scope: 'type', recordType: 'conduct-log-entry' }, record)).toBe(false);
  });

  it('covers every record about the person it names, and none about no one', () => {
    expect(holdCovers({ scope: 'person', personId: 'p-2' }, record)).toBe(true);
    expect(holdCovers({ scope: 'person', personId: 'p-3' }, record)).toBe(false);
    expect(holdCovers({ scope: 'person', personId: 'p-1' }, { ...record, personIds: [] })).toBe(false);
  });
});

describe('placing a hold', () => {
  const types = ['concern-report', 'conduct-log-entry'];

  it('needs exactly what its scope names, and a reason, reporting every problem at once', () => {
    const result = checkHold({ scope: 'record', personId: 'p-1', reason: ' short ' }, types);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusals.map((r) => r.field).sort()).toEqual(['personId', 'reason', 'recordId', 'recordType']);
  });

  it('refuses a type of record the schedule does not have', () => {
    const result = checkHold({ scope: 'type', recordType: 'sessions', reason: 'A claim names them all.' }, types);
    expect(result).toEqual({ ok: false, refusals: [expect.objectContaining({ rule: 'unknown-record-type', field: 'recordType' })] });
  });

  it('accepts a well-formed hold, its reason trimmed', () => {
    expect(checkHold({ scope: 'person', personId: 'p-1', reason: '  A subject access request is open.  ' }, types)).toEqual({ ok: true, value: { scope: 'person', personId: 'p-1', reason: 'A subject access request is open.' } });
    expect(checkReason('Too short').ok).toBe(false);
  });
});

describe("an organisation's own period", () => {
  it('may be longer than the default, or the default, never shorter', () => {
    expect(checkPeriod('P6Y', 'P7Y')).toEqual({ ok: true, value: 'P7Y' });
    expect(checkPeriod('P6Y', 'P6Y')).toEqual({ ok: true, value: 'P6Y' });
    expect(checkPeriod('P6Y', 'P2200D')).toEqual({ ok: true, value: 'P2200D' });
    expect(checkPeriod('P6Y', 'P5Y')).toEqual({ ok: false, refusals: [expect.objectContaining({ rule: 'period-not-shorter', field: 'keptFor' })] });
    expect(checkPeriod('P2192D', 'P5Y')).toEqual({ ok: false, refusals: [expect.objectContaining({ rule: 'period-not-shorter' })] });
  });

  it('is a period in whole years or days', () => {
    for (const bad of ['6 years', 'P6M', 'P', 'P1.5Y', '']) expect(checkPeriod('P6Y', bad), bad).toEqual({ ok: false, refusals: [expect.objectContaining({ rule: 'period-in-years-or-days' })] });
  });
});
