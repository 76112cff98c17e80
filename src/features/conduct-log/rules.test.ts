import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MOST_REPEATS,
  CATEGORIES,
  CONDUCT_CODE,
  DEFAULT_PATTERN_SETTINGS,
  MIN_GROUP,
  TRAINING_NEED_PEOPLE,
  academiesCompared,
  categoriesOverTime,
  categoryOf,
  checkEntry,
  grantProblems,
  months,
  periodProblems,
  provisionsMostInvolved,
  repeatPatterns,
  settingsProblems,
  trainingNeeds,
  type EntryInput,
  type Figure,
} from './rules.ts';
import { behind, counted, type CanSee, type LoggedEntry } from '../../../test/conduct-log.ts';

// The codes library's own file for the staff code: every provision a category cites must be in it.
type ProvisionData = { key: string; children?: ProvisionData[] };
const code = JSON.parse(fs.readFileSync(`codes/${CONDUCT_CODE.code}.${CONDUCT_CODE.version}.json`, 'utf8')) as { version: string; provisions: ProvisionData[] };
const keys = new Set<string>();
const walk = (ps: ProvisionData[]) => ps.forEach((p) => (keys.add(p.key), walk(p.children ?? [])));
walk(code.provisions);

const ctx = { today: '2026-11-25', recorderId: 'principal', academyId: 'north', staffAcademyIds: ['north'] };
const input = (overrides: Partial<EntryInput> = {}): EntryInput => ({
  staffId: 'tariq',
  occurredOn: '2026-11-20',
  categories: ['online-conduct'],
  provisions: ['12.1'],
  description: 'Accepted a friend request from a Year 10 learner on a personal account.',
  actionTaken: 'Spoke to him the same day; the connection was removed.',
  outcome: 'advice_given',
  ...overrides,
});
const rulesOf = (r: { ok: boolean; refusals?: { rule: string }[] }) => (r.ok ? [] : r.refusals!.map((x) => x.rule));
const all: CanSee = () => true;
const none: CanSee = () => false;

describe('the categories of the conduct log', () => {
  it('cite provisions the staff code has, each in one category only, each category with training it points to', () => {
    expect(code.version).toBe(CONDUCT_CODE.version);
    expect(new Set(CATEGORIES.map((c) => c.id)).size).toBe(CATEGORIES.length);
    const cited = CATEGORIES.flatMap((c) => c.provisions);
    expect(new Set(cited).size).toBe(cited.length);
    for (const c of CATEGORIES) {
      expect(c.provisions.length, c.id).toBeGreaterThan(0);
      expect(c.training, c.id).not.toBe('');
      for (const p of c.provisions) expect(keys.has(p), `${c.id}: ${p}`).toBe(true);
    }
    expect(categoryOf('10.3')).toBe('physical-contact');
    expect(categoryOf('appendix-1-never-15-4')).toBe('safer-working-practice');
  });
});

describe('an entry', () => {
  it('is kept with its categories and provisions in the catalogue’s order', () => {
    const r = checkEntry(input({ categories: ['online-conduct', 'professional-boundaries'], provisions: ['13.2', '8.3', '12.1', '8.3'] }), ctx);
    expect(r.ok && [r.value.categories, r.value.provisions]).toEqual([
      ['professional-boundaries', 'online-conduct'],
      ['8.3', '12.1', '13.2'],
    ]);
  });

  it('is about someone who works at the academy, and never about the person keeping the log', () => {
    expect(rulesOf(checkEntry(input({ staffId: 'principal' }), ctx))).toEqual(['not-about-yourself']);
    expect(rulesOf(checkEntry(input(), { ...ctx, staffAcademyIds: ['south'] }))).toEqual(['not-at-academy']);
  });

  it('refuses everything wrong with it at once, each problem naming its field', () => {
    const r = checkEntry(input({ occurredOn: '2026-11-26', categories: ['gossip', 'physical-contact', 'images-of-learners'], provisions: ['12.1', '14.1'], description: ' ', actionTaken: '', outcome: 'sacked' }), ctx);
    expect(r.ok || r.refusals.map((x) => [x.field, x.rule])).toEqual([
      ['occurredOn', 'occurred-in-future'],
      ['categories', 'unknown-category'],
      ['provisions', 'provision-outside-categories'],
      ['provisions', 'category-without-provision'],
      ['description', 'description-needed'],
      ['actionTaken', 'action-taken-needed'],
      ['outcome', 'conduct-outcome'],
    ]);
    expect(rulesOf(checkEntry(input({ categories: [], provisions: [], occurredOn: '2026-02-30' }), ctx))).toEqual(['occurred-on', 'category-needed']);
  });

  it('keeps every chosen category tied to a provision, and every provision to a chosen category, whatever is sent', () => {
    const provision = fc.constantFrom(...CATEGORIES.flatMap((c) => c.provisions.slice(0, 2)), '99.9');
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...CATEGORIES.map((c) => c.id), 'nonsense'), { maxLength: 3 }), fc.array(provision, { maxLength: 4 }), (categories, provisions) => {
        const r = checkEntry(input({ categories, provisions }), ctx);
        if (!r.ok) expect(r.refusals.length).toBeGreaterThan(0);
        else {
          for (const p of r.value.provisions) expect(r.value.categories).toContain(categoryOf(p));
          for (const c of r.value.categories) expect(r.value.provisions.some((p) => categoryOf(p) === c)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('who is granted access', () => {
  const g = { personId: 'deputy-head', reason: 'Supports the principal with staff conduct this term.', expiresOn: '2027-04-01' };
  const c = { today: '2026-11-25', subjectIds: ['tariq'], granteeIsPeer: false };

  it('needs a reason, and never the member of staff it is about or a peer of theirs', () => {
    expect(grantProblems(g, c)).toEqual([]);
    expect(grantProblems({ ...g, personId: 'tariq', reason: 'x' }, c).map((p) => p.rule)).toEqual(['reason-needed', 'grant-to-subject']);
    expect(grantProblems(g, { ...c, granteeIsPeer: true }).map((p) => p.rule)).toEqual(['no-peer-access']);
    expect(grantProblems({ ...g, expiresOn: '2026-11-24' }, c).map((p) => p.rule)).toEqual(['expires-on']);
  });
});

describe('the settings and periods the patterns read', () => {
  it('takes a repeat window and count within bounds', () => {
    expect(settingsProblems(DEFAULT_PATTERN_SETTINGS)).toEqual([]);
    expect(settingsProblems({ windowDays: 3, threshold: 1 }).map((p) => p.rule)).toEqual(['pattern-window', 'pattern-threshold']);
  });

  it('cuts the months to the period, across a year’s end, and refuses a period backwards or too long', () => {
    expect(months({ from: '2026-11-15', to: '2027-01-10' })).toEqual([
      { month: '2026-11', from: '2026-11-15', to: '2026-11-30' },
      { month: '2026-12', from: '2026-12-01', to: '2026-12-31' },
      { month: '2027-01', from: '2027-01-01', to: '2027-01-10' },
    ]);
    expect(months({ from: '2028-02-01', to: '2028-02-29' })).toEqual([{ month: '2028-02', from: '2028-02-01', to: '2028-02-29' }]);
    // The last month there is: the list ends with it.
    expect(months({ from: '9999-11-20', to: '9999-12-31' })).toEqual([
      { month: '9999-11', from: '9999-11-20', to: '9999-11-30' },
      { month: '9999-12', from: '9999-12-01', to: '9999-12-31' },
    ]);
    expect(periodProblems({ from: '2026-09-01', to: '2029-08-31' })).toEqual([]);
    expect(periodProblems({ from: '2026-09-01', to: '2029-09-01' }).map((p) => p.detail)).toEqual(['At most 36 months at once.']);
    expect(periodProblems({ from: '2026-09-01', to: '2026-08-31' }).map((p) => p.field)).toEqual(['to']);
    expect(periodProblems({ from: '0001-01-01', to: '9999-12-31' }).map((p) => p.rule)).toEqual(['period']);
  });
});

let n = 0;
const entry = (staffId: string, occurredOn: string, category = 'online-conduct', academyId = 'north', provisions?: string[]): LoggedEntry => ({
  id: `e${++n}`,
  academyId,
  staffId,
  occurredOn,
  categories: [category],
  provisions: provisions ?? [CATEGORIES.find((c) => c.id === category)!.provisions[0]!],
});
const autumn = { from: '2026-09-01', to: '2026-12-31' };

describe('patterns (003 §6.4)', () => {
  it('shows a small group to a reader who may read its entries, and hides it from one who may not', () => {
    const entries = [entry('tariq', '2026-10-02'), entry('tariq', '2026-10-09'), entry('amy', '2026-11-03')];
    const online = (canSee: CanSee) => categoriesOverTime(counted(entries, autumn, canSee), autumn).rows.find((r) => r.category === 'online-conduct')!;
    expect(online(all).months.map((f) => f.count)).toEqual([0, 2, 1, 0]);
    expect(online(all).total).toMatchObject({ count: 3, people: 2 });
    expect(online(none).months.map((f) => f.count)).toEqual([0, null, null, 0]);
    expect(online(none).total).toMatchObject({ count: null, people: null, drillDown: { ...autumn, category: 'online-conduct' } });
  });

  it('hides a total beside exactly one hidden part, which it would give away', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((s) => entry(s, '2026-10-05'));
    const entries = [...five, entry('f', '2026-11-05')];
    const row = categoriesOverTime(counted(entries, autumn, none), autumn).rows.find((r) => r.category === 'online-conduct')!;
    expect(row.months.map((f) => f.count)).toEqual([0, 5, null, 0]);
    expect(row.total.count).toBeNull();
    const compared = academiesCompared(
      counted([...five, ...['a', 'b', 'c', 'd', 'e'].map((s) => entry(s, '2026-10-06', 'online-conduct', 'river')), entry('g', '2026-10-07', 'online-conduct', 'south')], autumn, none),
      [
        { academyId: 'north', staff: 40 },
        { academyId: 'river', staff: 25 },
        { academyId: 'south', staff: 0 },
      ],
      autumn,
    );
    expect(compared.rows.map((r) => [r.academyId, r.entries.count, r.per100])).toEqual([
      ['north', 5, 12.5],
      ['river', 5, 20],
      ['south', null, null],
    ]);
    expect(compared.total).toMatchObject({ staff: 65, entries: { count: null }, per100: null });
  });

  it('ranks the provisions most often involved, leaving out those it must hide', () => {
    const entries = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((s) => entry(s, '2026-10-05', 'physical-contact', 'north', ['10.3'])),
      ...['a', 'b', 'c', 'd', 'e'].map((s) => entry(s, '2026-10-06', 'physical-contact', 'north', ['10.1', '10.3'])),
      entry('a', '2026-10-07', 'images-of-learners', 'north', ['14.1']),
    ];
    expect(provisionsMostInvolved(counted(entries, autumn, none), autumn).map((p) => [p.provision, p.category, p.figure.count])).toEqual([
      ['10.3', 'physical-contact', 11],
      ['10.1', 'physical-contact', 5],
    ]);
    expect(provisionsMostInvolved(counted(entries, autumn, all), autumn, 2).map((p) => p.provision)).toEqual(['10.3', '10.1']);
    expect(provisionsMostInvolved(counted(entries, autumn, all), autumn).map((p) => p.provision)).toEqual(['10.3', '10.1', '14.1']);
  });

  it('finds repeated entries for one person within the window the trust sets, for a reader who may read them all', () => {
    const entries = [entry('tariq', '2026-01-10'), entry('tariq', '2026-03-01'), entry('tariq', '2026-06-20'), entry('tariq', '2026-12-20'), entry('amy', '2026-02-01'), entry('amy', '2026-09-01')];
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(repeatPatterns(counted(entries, year, all, DEFAULT_PATTERN_SETTINGS))).toEqual([{ staffId: 'tariq', count: 3, categories: ['online-conduct'], drillDown: { from: '2026-01-10', to: '2026-06-20', staffId: 'tariq' } }]);
    expect(repeatPatterns(counted(entries, year, all, { windowDays: 90, threshold: 3 }))).toEqual([]);
    expect(repeatPatterns(counted(entries, year, all, { windowDays: 90, threshold: 2 })).map((p) => [p.staffId, p.drillDown.from, p.drillDown.to])).toEqual([['tariq', '2026-01-10', '2026-03-01']]);
    expect(repeatPatterns(counted(entries, year, (e) => e.occurredOn !== '2026-03-01', DEFAULT_PATTERN_SETTINGS))).toEqual([]);
  });

  it('shows the MOST_REPEATS repeats with the most entries, and says how many there are in all', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    // One more person than are shown, each with three entries in a week; the last has a fourth.
    const people = Array.from({ length: MOST_REPEATS + 1 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    const entries = people.flatMap((p, i) => ['2026-03-02', '2026-03-03', '2026-03-04', ...(i === MOST_REPEATS ? ['2026-03-05'] : [])].map((day) => entry(p, day)));
    const found = counted(entries, year, all, DEFAULT_PATTERN_SETTINGS);
    expect(found.repeats).toBe(MOST_REPEATS + 1);
    const shown = repeatPatterns(found);
    expect(shown).toHaveLength(MOST_REPEATS);
    expect(shown.map((r) => r.staffId)).toEqual([people.at(-1), ...people.slice(0, MOST_REPEATS - 1)]);
  });

  it('reports a training need where several people have entries in one category at an academy, and whether it rose', () => {
    const entries = [
      ...['a', 'b', 'c'].map((s) => entry(s, '2026-10-05', 'physical-contact', 'north', ['10.3'])),
      entry('a', '2026-10-09', 'physical-contact', 'north', ['10.1']),
      entry('d', '2026-05-05', 'physical-contact', 'north', ['10.3']),
      ...['a', 'b'].map((s) => entry(s, '2026-10-05', 'online-conduct', 'north')),
      ...['x', 'y', 'z'].map((s) => entry(s, '2026-10-05', 'online-conduct', 'river')),
    ];
    const needs = trainingNeeds(counted(entries, autumn, all), autumn);
    expect(needs.map((t) => [t.academyId, t.category, t.figure.count, t.provisions, t.rising])).toEqual([
      ['north', 'physical-contact', 4, ['10.3', '10.1'], true],
      ['river', 'online-conduct', 3, ['12.1'], true],
    ]);
    expect(needs[0]!.training).toBe('Physical contact, reasonable force and safer handling');
    expect(trainingNeeds(counted(entries, autumn, none), autumn).map((t) => t.figure.count)).toEqual([null, null]);
    expect(TRAINING_NEED_PEOPLE).toBeLessThan(MIN_GROUP);
  });
});

describe('patterns over random logs', () => {
  const staff = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];
  const logged = fc
    .record({
      academyId: fc.constantFrom('north', 'river', 'south'),
      staffId: fc.constantFrom(...staff),
      day: fc.integer({ min: 0, max: 364 }),
      category: fc.constantFrom(...CATEGORIES.slice(0, 4)),
      second: fc.boolean(),
    })
    .map(({ academyId, staffId, day, category, second }) => ({
      academyId,
      staffId,
      occurredOn: new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10),
      categories: [category.id],
      provisions: category.provisions.slice(0, second ? 2 : 1),
    }));
  const log = fc.array(logged, { maxLength: 60 }).map((es) => es.map((e, i) => ({ ...e, id: `e${i}` })));
  const readers = fc.constantFrom<[string, CanSee]>(['all', all], ['none', none], ['north only', (e) => e.academyId === 'north'], ['own', (e) => e.staffId === 'p1']);
  const period = { from: '2026-01-01', to: '2026-12-31' };

  const figures = (entries: LoggedEntry[], canSee: CanSee): Figure[] => [
    ...categoriesOverTime(counted(entries, period, canSee), period).rows.flatMap((r) => [...r.months, r.total]),
    ...academiesCompared(counted(entries, period, canSee), [{ academyId: 'north', staff: 30 }, { academyId: 'river', staff: 20 }, { academyId: 'south', staff: 10 }], period).rows.map((r) => r.entries),
    ...provisionsMostInvolved(counted(entries, period, canSee), period).map((p) => p.figure),
    ...trainingNeeds(counted(entries, period, canSee), period).map((t) => t.figure),
  ];

  it('never shows a figure of fewer than five people to a reader who may not read every entry behind it, and every figure shown is the entries its drill-down selects', () => {
    let hidden = 0;
    fc.assert(
      fc.property(log, readers, (entries, [, canSee]) => {
        for (const f of figures(entries, canSee)) {
          const under = entries.filter((e) => behind(f.drillDown, e));
          const people = new Set(under.map((e) => e.staffId)).size;
          if (f.count === null) {
            hidden++;
            expect(f.people).toBeNull();
            expect(people > 0 && people < MIN_GROUP && !under.every(canSee)).toBe(true);
          } else expect([f.count, f.people]).toEqual([under.length, people]);
        }
      }),
      // A fixed seed, so that the check below (some figures were hidden) is the same on every run.
      { numRuns: 120, seed: 20261201 },
    );
    expect(hidden).toBeGreaterThan(0);
  });

  it('never shows a total beside exactly one hidden part, and adds its months up to its total when nothing is hidden', () => {
    fc.assert(
      fc.property(log, readers, (entries, [, canSee]) => {
        for (const row of categoriesOverTime(counted(entries, period, canSee), period).rows) {
          const hiddenParts = row.months.filter((f) => f.count === null).length;
          if (hiddenParts === 1) expect(row.total.count).toBeNull();
          if (hiddenParts === 0) expect(row.total.count).toBe(row.months.reduce((s, f) => s + f.count!, 0));
        }
        const compared = academiesCompared(counted(entries, period, canSee), [{ academyId: 'north', staff: 30 }, { academyId: 'river', staff: 20 }, { academyId: 'south', staff: 10 }], period);
        if (compared.rows.filter((r) => r.entries.count === null).length === 1) expect(compared.total.entries.count).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('finds every repeat and nothing else: each pattern is one person’s, at least the threshold, and apart from their others', () => {
    let found = 0;
    fc.assert(
      fc.property(log, fc.integer({ min: 7, max: 120 }), fc.integer({ min: 2, max: 4 }), (entries, windowDays, threshold) => {
        const patterns = repeatPatterns(counted(entries, period, all, { windowDays, threshold }));
        found += patterns.length;
        for (const p of patterns) {
          const under = entries.filter((e) => behind(p.drillDown, e));
          expect(under.every((e) => e.staffId === p.staffId)).toBe(true);
          expect(under.length).toBe(p.count);
          expect(p.count).toBeGreaterThanOrEqual(threshold);
        }
        for (const s of staff) {
          const own = patterns.filter((p) => p.staffId === s).sort((a, b) => a.drillDown.from.localeCompare(b.drillDown.from));
          own.forEach((p, i) => i > 0 && expect(p.drillDown.from > own[i - 1]!.drillDown.to).toBe(true));
          // Any `threshold` of their entries within the window lie in one of their patterns.
          const dates = entries.filter((e) => e.staffId === s).map((e) => e.occurredOn).sort();
          for (let i = 0; i + threshold - 1 < dates.length; i++) {
            const [first, last] = [dates[i]!, dates[i + threshold - 1]!];
            if ((Date.parse(last) - Date.parse(first)) / 86_400_000 < windowDays) expect(own.some((p) => p.drillDown.from <= first && last <= p.drillDown.to)).toBe(true);
          }
        }
      }),
      // A fixed seed, so that the check below (patterns were found) is the same on every run.
      { numRuns: 200, seed: 20261201 },
    );
    expect(found).toBeGreaterThan(0);
  });
});
