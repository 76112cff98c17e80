import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { csv, csvPages } from './csv.ts';

describe('csv', () => {
  it('quotes what needs quoting and neutralises formulas', () => {
    expect(csv(['a', 'b'], [['x,y', '=1+1'], ['say "hi"', null]])).toBe('a,b\r\n"x,y",\'=1+1\r\n"say ""hi""",\r\n');
  });

  it('sends a long file page by page, each page asked for after the last row of the one before, the same as whole', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ n: i, note: i % 7 === 0 ? '@risk' : `row ${i}` }));
    const asked: (number | null)[] = [];
    const next = async (after: { n: number } | null) => {
      asked.push(after?.n ?? null);
      const from = after ? after.n + 1 : 0;
      return rows.slice(from, from + 10);
    };
    const cells = (r: (typeof rows)[number]) => [r.n, r.note];
    expect(await text(csvPages(['n', 'note'], next, cells))).toBe(csv(['n', 'note'], rows.map(cells)));
    expect(asked).toEqual([null, 9, 19, 24]);
    expect(await text(csvPages(['n'], async () => [], cells))).toBe('n\r\n');
  });
});
