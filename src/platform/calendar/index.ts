import { createRequire } from 'node:module';
import type DateHolidays from 'date-holidays';
import { NATIONS } from '../vocabulary.ts';

// Dates and times as the codes count them: calendar days, UK working days by nation, months, and the
// academy day, all in Europe/London time. Pure functions: every "now" is passed in.

export { NATIONS };
export type Nation = (typeof NATIONS)[number];

/** An ISO date, YYYY-MM-DD, meaning a day in the UK (not an instant). */
export type IsoDate = string;

export class CalendarError extends Error {}

const REGION: Record<Nation, string> = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' };
const holidayCache = new Map<string, Set<IsoDate>>();
let Holidays: typeof DateHolidays | undefined;

/** The bank holidays of a nation in a year, substitute days included. */
export function bankHolidays(nation: Nation, year: number): Set<IsoDate> {
  const key = `${nation}:${year}`;
  let days = holidayCache.get(key);
  if (!days) {
    // With every country's holidays it takes a tenth of a second to load: loaded when first asked, not at every start.
    Holidays ??= createRequire(import.meta.url)('date-holidays') as typeof DateHolidays;
    const calendar = new Holidays('GB', REGION[nation]);
    days = new Set(calendar.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidayCache.set(key, days);
  }
  return days;
}

export function parseIsoDate(value: string): IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new CalendarError(`"${value}" is not a date as YYYY-MM-DD`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== value) throw new CalendarError(`"${value}" is not a real date`);
  return value;
}

export function parseNation(value: string): Nation {
  if (!(NATIONS as readonly string[]).includes(value)) throw new CalendarError(`"${value}" is not a nation: use ${NATIONS.join(', ')}`);
  return value as Nation;
}

const toUtc = (date: IsoDate) => new Date(`${date}T00:00:00Z`);
const fromUtc = (date: Date): IsoDate => date.toISOString().slice(0, 10);

function requireCount(n: number, what: string) {
  if (!Number.isInteger(n)) throw new CalendarError(`${what} must be a whole number`);
  if (n < 0) throw new CalendarError(`${what} cannot be negative`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  requireCount(days, 'the number of days');
  const d = toUtc(parseIsoDate(date));
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function isWeekend(date: IsoDate): boolean {
  const day = toUtc(date).getUTCDay();
  return day === 0 || day === 6;
}

export function isWorkingDay(date: IsoDate, nation: Nation): boolean {
  parseIsoDate(date);
  return !isWeekend(date) && !bankHolidays(nation, Number(date.slice(0, 4))).has(date);
}

/**
 * The day by which something must be done "within N working days" of `date`: the Nth working day after it.
 * The day itself does not count, whether or not it is a working day. N = 0 gives the day itself.
 */
export function addWorkingDays(date: IsoDate, days: number, nation: Nation): IsoDate {
  requireCount(days, 'the number of working days');
  let current = parseIsoDate(date);
  for (let counted = 0; counted < days; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, nation)) counted++;
  }
  return current;
}

/**
 * The same day of the month `months` later (or earlier, when negative). Where that month is shorter,
 * the last day of the month: one month after 31 January is 28 February (29 in a leap year), and one
 * month before 31 March is 28 or 29 February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new CalendarError('the number of months must be a whole number');
  const d = toUtc(parseIsoDate(date));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target);
}

const londonFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The London wall-clock date and time (HH:MM) of an instant. */
export function inLondon(instant: Date): { date: IsoDate; time: string } {
  const parts = Object.fromEntries(londonFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

function londonOffsetMs(instant: Date): number {
  const { date, time } = inLondon(instant);
  const seconds = instant.getUTCSeconds() * 1000 + instant.getUTCMilliseconds();
  return new Date(`${date}T${time}:00Z`).getTime() + seconds - instant.getTime();
}

/**
 * The instant of a London wall-clock time. A time that does not exist (the hour skipped when clocks go
 * forward) moves forward by that hour; a time that happens twice (when clocks go back) is the first.
 */
export function londonInstant(date: IsoDate, time: string): Date {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new CalendarError(`"${time}" is not a time as HH:MM`);
  const naive = new Date(`${parseIsoDate(date)}T${time}:00Z`).getTime();
  // The offset is either that of just before or that of the time itself; try the earlier instant first.
  const candidates = [naive - londonOffsetMs(new Date(naive - 3_600_000)), naive - londonOffsetMs(new Date(naive))];
  const exact = candidates.find((c) => {
    const wall = inLondon(new Date(c));
    return wall.date === date && wall.time === time;
  });
  return new Date(exact ?? Math.max(...candidates));
}

/** The last moment of a London day: what "by" a date means. */
export function endOfLondonDay(date: IsoDate): Date {
  return new Date(londonInstant(addDays(date, 1), '00:00').getTime() - 1);
}

export interface AcademyCalendar {
  nation: Nation;
  /** When the academy day ends, HH:MM London time. */
  dayEndsAt: string;
  /** Term dates, inclusive. With none, every working day is an academy day. */
  terms: { startsOn: IsoDate; endsOn: IsoDate }[];
}

export function isAcademyDay(date: IsoDate, academy: AcademyCalendar): boolean {
  return isWorkingDay(date, academy.nation) && (academy.terms.length === 0 || academy.terms.some((t) => t.startsOn <= date && date <= t.endsOn));
}

const MAX_SEARCH_DAYS = 400;

/**
 * The day by which something must be done "within N school days" of `date`: the Nth academy day after it
 * (a working day within the academy's terms, so that holidays and term breaks do not count). The day itself
 * does not count, as with working days.
 */
export function addAcademyDays(date: IsoDate, days: number, academy: AcademyCalendar): IsoDate {
  requireCount(days, 'the number of school days');
  let current = parseIsoDate(date);
  for (let counted = 0, searched = 0; counted < days; searched++) {
    if (searched > MAX_SEARCH_DAYS) throw new CalendarError(`no ${days} academy days within ${MAX_SEARCH_DAYS} days of ${date}: check the academy's term dates`);
    current = addDays(current, 1);
    if (isAcademyDay(current, academy)) counted++;
  }
  return current;
}

/**
 * "By the end of the academy day" (003 §3.1): the end of the day on which something was raised, if it is
 * an academy day and the day has not yet ended; otherwise the end of the next academy day.
 */
export function endOfAcademyDay(raisedAt: Date, academy: AcademyCalendar): Date {
  const { date } = inLondon(raisedAt);
  let day = date;
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++, day = addDays(day, 1)) {
    if (!isAcademyDay(day, academy)) continue;
    const end = londonInstant(day, academy.dayEndsAt);
    if (end.getTime() > raisedAt.getTime()) return end;
  }
  throw new CalendarError(`no academy day within ${MAX_SEARCH_DAYS} days of ${date}: check the academy's term dates`);
}
