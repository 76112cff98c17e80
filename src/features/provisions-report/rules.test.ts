import { describe, expect, it } from 'vitest';
import { monthsOf, periodProblems, protect, provisionsReport, type CitingRecord } from './rules.ts';

const record = (kind: CitingRecord['kind'], academyId: string | null, on: string, ...provisions: string[]): CitingRecord => ({ kind, academyId, on, provisions });
const period = { from: '2026-01-01', to: '2026-02-28' };

describe('the provisions report’s rules', () => {
  it('names every month a period spans', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('refuses a period that is not real, runs backwards or is longer than 36 months, naming the field', () => {
    expect(periodProblems({ from: '2026-02-30', to: 'soon' }).map((p) => p.field)).toEqual(['from', 'to']);
    expect(periodProblems({ from: '2026-03-01', to: '2026-01-01' })).toEqual([expect.objectContaining({ field: 'to' })]);
    expect(periodProblems({ from: '2023-01-01', to: '2026-01-01' })).toEqual([expect.objectContaining({ field: 'from' })]);
    expect(periodProblems({ from: '2023-01-02', to: '2026-01-01' })).toEqual([]);
  });

  it('hides a count from 1 to 4, and the next smallest part where only one is hidden', () => {
    expect(protect([0, 5, 9], 14)).toEqual({ parts: [0, 5, 9], total: 14 });
    expect(protect([2, 5, 9], 16)).toEqual({ parts: [null, null, 9], total: 16 });
    expect(protect([2, 3, 9], 14)).toEqual({ parts: [null, null, 9], total: 14 });
    // Nothing else to hide with: the total would give the part away.
    expect(protect([3, 0], 3)).toEqual({ parts: [null, 0], total: null });
  });

  it('counts each provision by kind, academy and month, most involved first, hidden totals last', () => {
    const records = [
      ...Array.from({ length: 5 }, (_, i) => record('conduct', 'a', `2026-01-0${i + 1}`, '3.1')),
      ...Array.from({ length: 6 }, (_, i) => record('concern', 'a', `2026-02-0${i + 1}`, '3.2', '3.1')),
      record('case', 'b', '2026-02-10', '1.1'),
      record('declaration', 'b', '2025-12-31', '3.1'),
      record('declaration', 'c', '2026-01-10', '3.1'),
    ];
    const report = provisionsReport(records, period, ['a', 'b']);
    expect(report.months).toEqual(['2026-01', '2026-02']);
    expect(report.rows.map((r) => [r.provision, r.total])).toEqual([
      ['3.1', 11],
      ['3.2', 6],
      ['1.1', null],
    ]);
    expect(report.rows[0]).toMatchObject({
      byKind: { conduct: 5, declaration: 0, concern: 6, case: 0 },
      byAcademy: [
        { academyId: 'a', count: 11 },
        { academyId: 'b', count: 0 },
      ],
      byMonth: [
        { month: '2026-01', count: 5 },
        { month: '2026-02', count: 6 },
      ],
    });
  });
});
