import { describe, expect, it } from 'vitest';
import { sniff } from '../../platform/files/sniff.ts';
import { KINDS } from '../deadlines/rules.ts';
import { MONTHS_BETWEEN_ASSESSMENTS, assessmentYearProblem, cohortOf, compareYears, cpdDateProblem, cpdYear, developmentPriorities, groupAverage, hoursPerPerson, isStandard, standardsCandidates, standardsOf, thisYear, type ProvisionFact } from './rules.ts';

const standards = ['1', '2', '3'].map((n) => ({ id: `s${n}`, key: n, number: n, text: `Standard ${n}` }));
const year = (y: number, ratings: (number | null)[]) => ({ year: y, ratings: new Map(ratings.map((r, i) => [`s${i + 1}`, r])) });

describe('comparing years', () => {
  it('gives each standard its trend and change, and the overall average per year', () => {
    const c = compareYears(standards, [year(2026, [2, 4, 3]), year(2025, [3, 4, 1])]);
    expect(c.years).toEqual([2025, 2026]);
    expect(c.overall).toEqual([
      { year: 2025, average: 2.67 },
      { year: 2026, average: 3 },
    ]);
    expect(c.standards.map((s) => [s.number, s.rating, s.change])).toEqual([
      ['1', 2, -1],
      ['2', 4, 0],
      ['3', 3, 2],
    ]);
    expect(c.standards[0]!.trend).toEqual([
      { year: 2025, rating: 3 },
      { year: 2026, rating: 2 },
    ]);
    expect([c.strongest, c.weakest]).toEqual([['s2'], ['s1']]);
  });

  it('puts the weakest first, then the most declined, and leaves out what is at the top and steady', () => {
    const c = compareYears(standards, [year(2025, [3, 4, 2]), year(2026, [2, 4, 2])]);
    expect(developmentPriorities(c).map((p) => p.number)).toEqual(['1', '3']);
  });

  it('copes with a first year and with unrated standards', () => {
    const c = compareYears(standards, [year(2026, [null, 2, null])]);
    expect(c.standards.map((s) => s.change)).toEqual([null, null, null]);
    expect(c.weakest).toEqual(['s2']);
  });
});

describe('a year of CPD', () => {
  it('totals hours and finds the standards not touched', () => {
    const y = cpdYear(standards, [
      { happenedOn: '2026-02-01', minutes: 90, provisionIds: ['s1'] },
      { happenedOn: '2026-03-01', minutes: 30, provisionIds: ['s1', 's3'] },
      { happenedOn: '2025-12-31', minutes: 600, provisionIds: ['s2'] },
    ], 2026);
    expect(y).toMatchObject({ activities: 2, hours: 2, untouched: ['s2'] });
    expect(y.byStandard[0]).toEqual({ id: 's1', number: '1', activities: 2, hours: 2 });
  });
});

describe('groups', () => {
  it('shows nothing, not even the size, of a group under five', () => {
    expect(groupAverage(10, 4)).toEqual({ people: null, average: null });
    expect(groupAverage(14, 5)).toEqual({ people: 5, average: 2.8 });
    expect(groupAverage(20, 6)).toEqual({ people: 6, average: 3.33 });
  });

  it('gives CPD in hours per person, and none for a group under five', () => {
    expect(hoursPerPerson(4, 600)).toBeNull();
    expect(hoursPerPerson(6, 600)).toBe(1.67);
    expect(hoursPerPerson(5, 0)).toBe(0);
  });

  it('names a cohort by the year its people joined, or says it is not recorded', () => {
    expect(cohortOf(2019)).toBe('Joined in 2019');
    expect(cohortOf(null)).toBe('Joining date not recorded');
  });
});

describe('recognising files by content', () => {
  const bytes = (...parts: (string | number[])[]) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
  it.each([
    ['a PDF', bytes('%PDF-1.7\n...'), 'application/pdf'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['a WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['a Word document', bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['plain text', new Uint8Array(Buffer.from('Reflections on my practice, with ünïcödé.', 'utf8')), 'text/plain; charset=utf-8'],
  ])('knows %s', (_what, content, mediaType) => expect(sniff(content)?.mediaType).toBe(mediaType));

  it.each([
    ['an executable', bytes('MZ', [0x90, 0, 3, 0])],
    ['a zip that is not an Office document', bytes([0x50, 0x4b, 0x03, 0x04], 'payload.exe')],
    ['binary that is not UTF-8', bytes([0xc3, 0x28, 0xa0, 0xa1])],
    ['nothing', bytes('')],
  ])('refuses %s', (_what, content) => expect(sniff(content)).toBeNull());
});

const provisionOf = (versionId: string, number: string, kind = 'aspirational', position = Number(number) || 0, extra: Partial<ProvisionFact> = {}): ProvisionFact => ({
  id: `${versionId}-${kind}-${number}`,
  versionId,
  key: `${kind}-${number}`,
  number,
  heading: null,
  text: `Provision ${number}`,
  kind,
  position,
  ...extra,
});

describe('what counts as a standard (000 §2)', () => {
  it('is a numbered aspirational provision, not a mandatory one, a lettered one or an unnumbered one', () => {
    expect(isStandard({ kind: 'aspirational', number: '7' })).toBe(true);
    expect(isStandard({ kind: 'aspirational', number: '20' })).toBe(true);
    expect(isStandard({ kind: 'mandatory', number: '7' })).toBe(false);
    expect(isStandard({ kind: 'aspirational', number: '10.1' })).toBe(false);
    expect(isStandard({ kind: 'aspirational', number: '(a)' })).toBe(false);
    expect(isStandard({ kind: 'aspirational', number: '' })).toBe(false);
  });

  it('gives a version’s standards in document order, each with its text or else its heading', () => {
    const standards = standardsOf([provisionOf('v', '2', 'aspirational', 5), provisionOf('v', '1', 'mandatory', 1), provisionOf('v', '1', 'aspirational', 3, { text: '', heading: 'Reflect' })]);
    expect(standards.map((s) => [s.number, s.text])).toEqual([
      ['1', 'Reflect'],
      ['2', 'Provision 2'],
    ]);
  });

  it('counts as a set of standards only a version with standards each numbered once, most standards first', () => {
    const versions = ['practice', 'principles', 'conduct', 'restarts'].map((id) => ({ id, codeId: id, title: id, version: '1' }));
    const provisions = [
      ...['1', '2', '3'].map((n) => provisionOf('practice', n)),
      ...['1', '2', '3'].map((n) => provisionOf('principles', n)),
      ...['1', '2'].map((n) => provisionOf('conduct', n, 'mandatory')),
      ...['1', '2', '1'].map((n, i) => provisionOf('restarts', n, 'aspirational', i, { id: `restarts-${i}` })),
      provisionOf('principles', '4'),
    ];
    expect(standardsCandidates([...versions, versions[0]!], provisions).map((c) => [c.codeId, c.standards])).toEqual([
      ['principles', 4],
      ['practice', 3],
    ]);
  });
});

describe('the year of a self-assessment', () => {
  it('is this year (in London) unless another is asked for', () => {
    expect(thisYear('2027-01-01')).toBe(2027);
  });

  it('may be this year or last year, and never a year to come', () => {
    expect(assessmentYearProblem(2027, '2027-01-01')).toBeNull();
    expect(assessmentYearProblem(2026, '2027-01-01')).toBeNull();
    expect(assessmentYearProblem(2025, '2027-12-31')).toBe('can be this year or last year only');
    expect(assessmentYearProblem(2028, '2027-12-31')).toBe('cannot be in the future');
  });
});

describe('the date of CPD', () => {
  it('may be today or any day before, never a day to come', () => {
    expect(cpdDateProblem('2027-03-10', '2027-03-10')).toBeNull();
    expect(cpdDateProblem('2019-09-01', '2027-03-10')).toBeNull();
    expect(cpdDateProblem('2027-03-11', '2027-03-10')).toBe('cannot be in the future: record CPD once it has happened');
  });
});

describe('when the next self-assessment falls due (000 §2: at least annually)', () => {
  it('is twelve months after one is submitted, the period the deadlines catalogue states', () => {
    expect(MONTHS_BETWEEN_ASSESSMENTS).toBe(12);
    expect(KINDS['self-assessment'].rule).toEqual({ type: 'months', months: MONTHS_BETWEEN_ASSESSMENTS });
  });
});
