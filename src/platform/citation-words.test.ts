import { describe, expect, it } from 'vitest';
import { citationText, codeName, provisionWords } from './citation-words.ts';

describe('how a citation reads', () => {
  it('names a code as its own text does, else by a one-word publisher, else with its publisher', () => {
    const set = { title: 'Code of Practice', publisher: 'Society for Education and Training' };
    expect(codeName(set, [null, 'The Society for Education and Training (SET) Code of Practice sets out …'])).toBe('SET Code of Practice');
    expect(codeName({ title: 'Code of Conduct', publisher: 'ATT' })).toBe('ATT Code of Conduct');
    expect(codeName(set, ['nothing here'])).toBe('Code of Practice (Society for Education and Training)');
  });

  it('names provisions by number, heading, the items they list or their first words', () => {
    expect(provisionWords({ key: '10', number: '10', heading: null })).toBe('provision 10');
    expect(provisionWords({ key: 'vision', number: '', heading: 'Our Vision' })).toBe('“Our Vision”');
    expect(provisionWords({ key: 'standards', number: '', heading: null, childNumbers: ['1', '2', '20'] })).toBe('provisions 1 to 20');
    expect(provisionWords({ key: 'self-assessment', number: '', heading: null, text: 'We encourage all members to assess themselves at least annually' })).toBe(
      'the provision beginning “We encourage all members to assess…”',
    );
  });

  it('lists several provisions, and cites a whole code by its name', () => {
    const p = (number: string) => ({ key: number, number, heading: null });
    expect(citationText('SET Code of Practice', [p('10')])).toBe('SET Code of Practice, provision 10');
    expect(citationText('ATT Code of Conduct', [p('20.3'), p('20.4'), p('20.5')])).toBe('ATT Code of Conduct, provisions 20.3, 20.4 and 20.5');
    expect(citationText('ATT Code of Conduct', [])).toBe('ATT Code of Conduct');
  });
});
