import { describe, expect, it } from 'vitest';
import { naturally } from './collation.ts';

describe('naturally', () => {
  it('orders numbers within text by their value, as localeCompare with the same options does', () => {
    const names = ['Academy 10', 'academy 2', 'Academy 9', 'Central team', '2.10', '2.9', '12.1', 'Ámbar Academy'];
    const expected = ['2.9', '2.10', '12.1', 'academy 2', 'Academy 9', 'Academy 10', 'Ámbar Academy', 'Central team'];
    expect([...names].sort(naturally)).toEqual(expected);
    expect([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(expected);
  });
});
