import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from './commands.ts';

async function probity(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the calendar command', () => {
  it('adds working days by nation', async () => {
    expect(await probity('calendar', 'add-working-days', '2026-12-18', '10', '--nation', 'england-and-wales')).toEqual({ code: 0, out: '2027-01-06', err: '' });
    expect((await probity('calendar', 'add-working-days', '2026-12-31', '1', '--nation', 'scotland')).out).toBe('2027-01-05');
  });

  it('adds days and months, and answers whether a day is a working day', async () => {
    expect((await probity('calendar', 'add-days', '2026-12-20', '21')).out).toBe('2027-01-10');
    expect((await probity('calendar', 'add-months', '2026-03-31', '-1')).out).toBe('2026-02-28');
    expect((await probity('calendar', 'is-working-day', '2026-12-28')).out).toBe('false');
    expect((await probity('calendar', 'is-working-day', '2026-03-17', '--nation', 'northern-ireland')).out).toBe('false');
  });

  it('finds the end of the academy day', async () => {
    expect((await probity('calendar', 'end-of-academy-day', '2026-11-27 18:30')).out).toBe('2026-11-30 17:00');
    expect((await probity('calendar', 'end-of-academy-day', '2026-11-27 08:30', '--day-ends', '15:30')).out).toBe('2026-11-27 15:30');
  });

  it.each([
    [['calendar', 'add-working-days', '2026-02-30', '10'], '"2026-02-30" is not a real date'],
    [['calendar', 'add-working-days', '2026-12-18', '10', '--nation', 'wales'], '"wales" is not a nation'],
    [['calendar', 'add-days', '2026-12-18', '-3'], 'N must be a whole number of 0 or more, not "-3"'],
    [['calendar', 'add-days', '18/12/2026', '3'], 'is not a date as YYYY-MM-DD'],
    [['calendar', 'add-days', '2026-12-18'], 'N must be a whole number'],
    [['calendar', 'fortnight'], 'unknown calendar command'],
    [['calendar', 'add-days', '2026-12-18', '3', '--colour', 'red'], 'unknown option --colour'],
    [['calendar', 'is-working-day', '2026-12-18', '--nation'], '--nation needs a value'],
    [['launch'], 'unknown command'],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const result = await probity(...args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe('');
  });

  it('runs as npx probity', async () => {
    const { stdout } = await promisify(execFile)('npx', ['probity', 'calendar', 'add-working-days', '2026-12-18', '10', '--nation', 'england-and-wales']);
    expect(stdout).toBe('2027-01-06\n');
    await expect(promisify(execFile)('npx', ['probity', 'calendar', 'add-days', 'soon', '1'])).rejects.toMatchObject({ code: 2 });
  });
});
