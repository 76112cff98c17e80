import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  addDays,
  addMonths,
  addWorkingDays,
  bankHolidays,
  endOfAcademyDay,
  endOfLondonDay,
  inLondon,
  isWorkingDay,
  londonInstant,
  parseIsoDate,
  parseNation,
  type AcademyCalendar,
} from './index.ts';

describe('bank holidays by nation', () => {
  it('has the substitute days when Christmas falls at a weekend', () => {
    const days = bankHolidays('england-and-wales', 2027);
    expect([...days].filter((d) => d.startsWith('2027-12'))).toEqual(['2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28']);
  });

  it('differs between the nations', () => {
    expect(isWorkingDay('2026-03-17', 'northern-ireland')).toBe(false); // St Patrick's Day
    expect(isWorkingDay('2026-03-17', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2026-11-30', 'scotland')).toBe(false); // St Andrew's Day
    expect(isWorkingDay('2026-01-02', 'scotland')).toBe(false); // 2 January
    expect(isWorkingDay('2026-01-02', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2026-04-06', 'scotland')).toBe(true); // no Easter Monday in Scotland
    expect(isWorkingDay('2026-04-06', 'england-and-wales')).toBe(false);
    expect(isWorkingDay('2026-08-03', 'scotland')).toBe(false); // Scotland's summer bank holiday is in early August
    expect(isWorkingDay('2026-08-31', 'scotland')).toBe(true);
    expect(isWorkingDay('2026-07-13', 'northern-ireland')).toBe(false); // Battle of the Boyne, substitute Monday
  });

  it('substitutes New Year in Scotland for two days', () => {
    expect(isWorkingDay('2022-01-03', 'scotland')).toBe(false);
    expect(isWorkingDay('2022-01-04', 'scotland')).toBe(false);
    expect(isWorkingDay('2022-01-04', 'england-and-wales')).toBe(true);
  });
});

describe('working days', () => {
  it('counts 10 working days over Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-18', 10, 'england-and-wales')).toBe('2027-01-06');
  });

  it('counts the Scottish 2 January as a holiday', () => {
    expect(addWorkingDays('2026-12-31', 1, 'scotland')).toBe('2027-01-05'); // 1 Jan Fri, 2 Jan Sat → substitute Mon 4 Jan
    expect(addWorkingDays('2026-12-31', 1, 'england-and-wales')).toBe('2027-01-04');
  });

  it('skips Easter', () => {
    expect(addWorkingDays('2026-04-02', 1, 'england-and-wales')).toBe('2026-04-07'); // Good Friday and Easter Monday
    expect(addWorkingDays('2026-04-02', 1, 'scotland')).toBe('2026-04-06');
  });

  it('does not count the starting day, even when it is a working day', () => {
    expect(addWorkingDays('2026-11-23', 1, 'england-and-wales')).toBe('2026-11-24');
    expect(addWorkingDays('2026-11-28', 1, 'england-and-wales')).toBe('2026-11-30'); // from a Saturday
    expect(addWorkingDays('2026-11-28', 0, 'england-and-wales')).toBe('2026-11-28');
  });

  it('refuses negative and fractional counts', () => {
    expect(() => addWorkingDays('2026-11-23', -1, 'england-and-wales')).toThrow('cannot be negative');
    expect(() => addDays('2026-11-23', 1.5)).toThrow('whole number');
  });
});

describe('calendar days', () => {
  it('counts 21 days across a month and year end', () => {
    expect(addDays('2026-12-20', 21)).toBe('2027-01-10');
    expect(addDays('2028-02-20', 21)).toBe('2028-03-12'); // leap year
  });
});

describe('months', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-15', -1, '2026-04-15'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-09-01', 12, '2027-09-01'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s %+d months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('London time', () => {
  it('ends a day at midnight London time, in winter and in summer', () => {
    expect(endOfLondonDay('2026-01-15').toISOString()).toBe('2026-01-15T23:59:59.999Z');
    expect(endOfLondonDay('2026-07-15').toISOString()).toBe('2026-07-15T22:59:59.999Z');
  });

  it('ends the days the clocks change on at the right instant', () => {
    expect(endOfLondonDay('2026-03-29').toISOString()).toBe('2026-03-29T22:59:59.999Z'); // clocks forward that morning
    expect(endOfLondonDay('2026-10-25').toISOString()).toBe('2026-10-25T23:59:59.999Z'); // clocks back that morning
  });

  it('moves a time that does not exist forward, and takes the first of a time that happens twice', () => {
    expect(londonInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 02:30 BST
    expect(londonInstant('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z'); // the BST one
    expect(inLondon(new Date('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '01:30' }); // the GMT one
  });
});

describe('the academy day', () => {
  const academy: AcademyCalendar = {
    nation: 'england-and-wales',
    dayEndsAt: '17:00',
    terms: [
      { startsOn: '2026-09-02', endsOn: '2026-12-18' },
      { startsOn: '2027-01-05', endsOn: '2027-03-26' },
    ],
  };
  const at = (date: string, time: string) => londonInstant(date, time);

  it('is the end of today when raised before the day ends', () => {
    expect(endOfAcademyDay(at('2026-11-25', '09:15'), academy)).toEqual(at('2026-11-25', '17:00'));
  });

  it('is the end of the next academy day when raised after the day ends', () => {
    expect(endOfAcademyDay(at('2026-11-25', '17:00'), academy)).toEqual(at('2026-11-26', '17:00'));
    expect(endOfAcademyDay(at('2026-11-27', '18:30'), academy)).toEqual(at('2026-11-30', '17:00')); // Friday evening → Monday
  });

  it('is the first day of next term when raised in the holidays', () => {
    expect(endOfAcademyDay(at('2026-12-18', '17:30'), academy)).toEqual(at('2027-01-05', '17:00'));
  });

  it('uses every working day when there are no term dates', () => {
    expect(endOfAcademyDay(at('2026-12-24', '20:00'), { ...academy, terms: [] })).toEqual(at('2026-12-29', '17:00'));
  });

  it('is at 17:00 London time on either side of a clock change', () => {
    expect(endOfAcademyDay(at('2026-10-23', '18:00'), { ...academy, terms: [] }).toISOString()).toBe('2026-10-26T17:00:00.000Z');
    expect(endOfAcademyDay(at('2026-03-27', '18:00'), { ...academy, terms: [] }).toISOString()).toBe('2026-03-30T16:00:00.000Z');
  });
});

describe('bad input', () => {
  it.each(['2026-02-30', '2026-13-01', '26-1-1', 'tomorrow', ''])('refuses the date %s', (value) => {
    expect(() => parseIsoDate(value)).toThrow(CalendarError);
  });

  it('refuses an unknown nation', () => {
    expect(() => parseNation('wales')).toThrow('is not a nation: use england-and-wales, scotland, northern-ireland');
  });

  it('refuses a malformed time', () => {
    expect(() => londonInstant('2026-01-01', '25:00')).toThrow('is not a time');
  });
});
