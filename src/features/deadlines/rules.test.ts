import { describe, expect, it } from 'vitest';
import { londonInstant } from '../../platform/calendar/index.ts';
import { calendarFeed, escapeText, foldLine } from './ical.ts';
import fs from 'node:fs';
import { KINDS, KIND_NAMES, checkpoints, computeDue, dueActions, durationMs, owedAtCreation, policeContactRecipient, stateOf, type Schedule } from './rules.ts';

const england = { nation: 'england-and-wales' as const };
const at = (date: string, time = '12:00') => londonInstant(date, time);

describe('due times from rules', () => {
  it('notifies within 21 calendar days, by the end of the London day (000 provision 10)', () => {
    expect(computeDue(KINDS['notification-duty'].rule, at('2026-12-10', '09:00'), england)).toEqual({ dueAt: new Date('2026-12-31T23:59:59.999Z'), allDay: true });
  });

  it('responds to an appeal within 10 working days of the nation (001 §9.1)', () => {
    expect(computeDue(KINDS['support-appeal-response'].rule, at('2026-12-18'), england).dueAt).toEqual(new Date('2027-01-06T23:59:59.999Z'));
    expect(computeDue(KINDS['support-appeal-response'].rule, at('2026-12-18'), { nation: 'scotland' }).dueAt).toEqual(new Date('2027-01-07T23:59:59.999Z'));
  });

  it('asks for adjustments at least one month before the start (001 §3.1.1)', () => {
    expect(computeDue(KINDS['adjustment-request'].rule, at('2027-03-31'), england).dueAt).toEqual(new Date('2027-02-28T23:59:59.999Z'));
  });

  it('reviews and moderates over one month (001 §4.4), in summer time', () => {
    expect(computeDue(KINDS['review-and-moderation'].rule, at('2027-05-31'), england).dueAt).toEqual(new Date('2027-06-30T22:59:59.999Z'));
  });

  it('acts on a safeguarding concern by the end of the academy day (003 §3.1)', () => {
    const academy = { nation: 'england-and-wales' as const, dayEndsAt: '16:30', terms: [] };
    expect(computeDue(KINDS['safeguarding-action'].rule, at('2026-11-25', '10:00'), { ...england, academy })).toEqual({ dueAt: at('2026-11-25', '16:30'), allDay: false });
    expect(() => computeDue(KINDS['safeguarding-action'].rule, at('2026-11-25'), england)).toThrow('needs an academy');
  });

  it('reports police contact immediately (003 §20.3)', () => {
    const start = at('2026-11-25', '19:45');
    expect(computeDue(KINDS['police-contact-report'].rule, start, england)).toEqual({ dueAt: start, allDay: false });
  });

  it('takes a fixed due time and refuses a bad one', () => {
    expect(computeDue({ type: 'fixed', dueAt: '2027-01-15T17:00:00Z' }, at('2026-11-25'), england)).toEqual({ dueAt: new Date('2027-01-15T17:00:00Z'), allDay: false });
    expect(computeDue({ type: 'fixed', dueAt: '2027-07-15T22:59:59.999Z' }, at('2026-11-25'), england).allDay).toBe(true);
    expect(() => computeDue({ type: 'fixed', dueAt: 'next week' }, at('2026-11-25'), england)).toThrow('not a date');
  });
});

describe('durations', () => {
  it.each([
    ['P7D', 7 * 86_400_000],
    ['PT2H', 7_200_000],
    ['P1DT12H', 36 * 3_600_000],
    ['PT0M', 0],
  ])('%s', (d, ms) => expect(durationMs(d)).toBe(ms));

  it.each(['7D', 'P', 'PT', 'P1W', '-P1D'])('refuses %s', (d) => expect(() => durationMs(d)).toThrow('is not a duration'));
});

const schedule: Schedule = { remindBefore: ['P7D', 'P1D'], atDue: true, escalateAfter: 'P1D', escalateTo: 'line_manager', urgent: false };
const dueAt = new Date('2026-12-31T23:59:59.999Z');

describe('the state of a deadline', () => {
  const open = { dueAt, metAt: null, waivedAt: null, schedule };
  it.each([
    ['2026-12-01T00:00:00Z', 'upcoming'],
    ['2026-12-25T00:00:00Z', 'due_soon'],
    ['2027-01-01T00:00:00Z', 'overdue'],
  ] as const)('at %s it is %s', (now, state) => expect(stateOf(open, new Date(now))).toBe(state));

  it('is met, met late or waived once closed', () => {
    expect(stateOf({ ...open, metAt: new Date('2026-12-31T10:00:00Z') }, new Date('2027-02-01'))).toBe('met');
    expect(stateOf({ ...open, metAt: new Date('2027-01-02T10:00:00Z') }, new Date('2027-02-01'))).toBe('met_late');
    expect(stateOf({ ...open, waivedAt: new Date('2027-01-02T10:00:00Z') }, new Date('2027-02-01'))).toBe('waived');
  });
});

describe('reminders and escalation', () => {
  it('puts the checkpoints in time order', () => {
    expect(checkpoints({ dueAt, schedule }).map((c) => c.key)).toEqual(['remind-P7D', 'remind-P1D', 'due', 'escalate']);
  });

  it('sends each reminder as it comes round, and says when to look next', () => {
    const created = new Date('2026-12-01T00:00:00Z');
    const first = dueActions({ dueAt, schedule }, created, new Date('2026-12-25T00:00:00Z'));
    expect(first.send.map((c) => c.key)).toEqual(['remind-P7D']);
    expect(first.nextCheckAt).toEqual(new Date('2026-12-30T23:59:59.999Z'));
    const none = dueActions({ dueAt, schedule }, new Date('2026-12-25T00:00:00Z'), new Date('2026-12-26T00:00:00Z'));
    expect(none.send).toEqual([]);
  });

  it('sends only the latest of several reminders missed while the server was down, and the escalation', () => {
    const late = dueActions({ dueAt, schedule }, new Date('2026-12-01T00:00:00Z'), new Date('2027-01-03T00:00:00Z'));
    expect(late.send.map((c) => c.key)).toEqual(['due', 'escalate']);
    expect(late.nextCheckAt).toBeNull();
  });

  it('sends nothing that was already past when the deadline was made', () => {
    const made = new Date('2026-12-31T12:00:00Z');
    expect(dueActions({ dueAt, schedule }, made, new Date('2026-12-31T12:01:00Z')).send).toEqual([]);
  });
});

describe('a deadline made already due or overdue', () => {
  it('owes nothing at once while it is not yet due, and skips the reminders already past', () => {
    const owed = owedAtCreation({ dueAt, schedule }, new Date('2026-12-31T12:00:00Z'));
    expect(owed.send).toEqual([]);
    expect(owed.nextCheckAt).toEqual(dueAt);
  });

  it('owes its due notice at once when made after its due time', () => {
    const owed = owedAtCreation({ dueAt, schedule }, new Date('2027-01-01T09:00:00Z'));
    expect(owed.send.map((c) => c.key)).toEqual(['due']);
    expect(owed.nextCheckAt).toEqual(new Date(dueAt.getTime() + 86_400_000));
  });

  it('owes the due notice and the escalation at once when made after both', () => {
    const owed = owedAtCreation({ dueAt, schedule }, new Date('2027-01-05T09:00:00Z'));
    expect(owed.send.map((c) => c.key)).toEqual(['due', 'escalate']);
    expect(owed.nextCheckAt).toBeNull();
  });

  it('escalates a safeguarding concern recorded after the academy day ended, at once', () => {
    const endOfDay = new Date('2026-11-25T15:30:00Z');
    const owed = owedAtCreation({ dueAt: endOfDay, schedule: KINDS['safeguarding-action'].schedule }, new Date('2026-11-26T08:30:00Z'));
    expect(owed.send.map((c) => c.kind)).toEqual(['due', 'escalation']);
  });
});

describe('the calendar feed', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });

  it('writes all-day and timed events in a valid calendar', () => {
    const feed = calendarFeed(
      'My deadlines',
      [
        { id: 'a', title: 'Notify, please', description: 'x', dueAt, allDay: true, url: 'https://p.test/deadlines', updatedAt: new Date('2026-11-25T10:00:00Z') },
        { id: 'b', title: 'Act', description: 'y', dueAt: new Date('2026-11-25T17:00:00Z'), allDay: false, url: 'https://p.test/deadlines', updatedAt: new Date('2026-11-25T10:00:00Z') },
      ],
      'p.test',
    );
    expect(feed.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(feed).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
    expect(feed).toContain('SUMMARY:Notify\\, please');
    expect(feed).toContain('DTSTART:20261125T163000Z\r\nDTEND:20261125T170000Z');
    expect(feed).toContain('UID:a@p.test');
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('the catalogue of time limits', () => {
  /** The keys of the newest version of a code in the library. */
  const provisionKeys = (code: string): Set<string> => {
    const dir = new URL('../../../codes/', import.meta.url);
    const newest = fs
      .readdirSync(dir)
      .filter((name) => name.startsWith(`${code}.`) && name.endsWith('.json'))
      .sort()
      .at(-1)!;
    const file = JSON.parse(fs.readFileSync(new URL(newest, dir), 'utf8')) as { provisions: Provision[] };
    const keys = new Set<string>();
    const walk = (list: Provision[]) => list.forEach((p) => (keys.add(p.key), walk(p.children ?? [])));
    walk(file.provisions);
    return keys;
  };
  interface Provision {
    key: string;
    children?: Provision[];
  }

  it.each(KIND_NAMES)('%s cites provisions that exist in the codes library, or says the organisation sets it', (name) => {
    const kind = KINDS[name];
    expect(kind.source).not.toMatch(/\b00\d\b/);
    // The citation names the code and provision, read from the library; the words only say what is asked.
    expect(kind.source).not.toMatch(/Code of|provision|§/);
    if (kind.cites === null) return expect(kind.source).toMatch(/organisation/);
    expect(Object.keys(kind.cites).sort()).toEqual(['code', 'provisions']);
    const keys = provisionKeys(kind.cites.code);
    for (const key of kind.cites.provisions) expect(keys.has(key), `${kind.cites.code} ${key}`).toBe(true);
  });

  it('gives confirming a code the organisation’s default period, since no code sets one', () => {
    expect(KINDS.attestation.cites).toBeNull();
    expect(KINDS.attestation.source).toContain("organisation's default");
  });

  it('sends police contact to the principal, a principal’s to the regional education director, central staff’s to the COO (003 §20.3–20.5)', () => {
    expect(policeContactRecipient({ isPrincipal: false, academyId: 'northfield' })).toBe('principal');
    expect(policeContactRecipient({ isPrincipal: true, academyId: 'northfield' })).toBe('regional_education_director');
    expect(policeContactRecipient({ isPrincipal: false, academyId: null })).toBe('chief_operating_officer');
  });
});
