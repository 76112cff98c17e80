import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/pdf.ts';
import { composeLetter, letterDate, letterDay, letterPdf, LETTER_NAMES, LETTERS, type LetterFacts } from './letters.ts';
import { CASE_TYPES } from './rules.ts';

// The letters as data: every letter a case type sends has a template, each composes from a case's facts
// with no gap left, and its PDF carries the organisation, the reference, the date, the person and the
// provisions concerned.

const FACTS: Required<LetterFacts> = {
  organisation: 'Demo Society for Education and Training',
  reference: 'SU-2026-0A1B2C3D',
  date: '2 March 2026',
  person: 'Morgan Member',
  caseTitle: 'Suitability for membership',
  outcome: 'A warning',
  reasons: 'The member did not tell the Society of the caution within 21 days.',
  appealBy: '30 March 2026',
  question: 'Tell us about the caution.',
  dueOn: '16 March 2026',
  consentFrom: 'the police',
  appealResult: 'dismissed: the outcome stands',
};

describe('letter templates', () => {
  it('has a template for every letter a case type sends, and sends each template from some step', () => {
    const sent = Object.values(CASE_TYPES).flatMap((type) => Object.values(type.letters));
    expect([...new Set(sent)].sort()).toEqual([...LETTER_NAMES].sort());
  });

  it.each(LETTER_NAMES)('composes %s from a case’s facts, leaving no placeholder', (name) => {
    const letter = composeLetter(name, FACTS, ['SET Code of Practice, provision 8']);
    expect(letter.title).toBe(LETTERS[name].title);
    expect(letter.paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of letter.paragraphs) expect(paragraph).not.toMatch(/[{}]/);
  });

  it('leaves out a paragraph whose fact the case has not, and refuses to print a gap otherwise', () => {
    const { consentFrom: _, ...noConsent } = FACTS;
    const asked = composeLetter('request-for-information', FACTS, []).paragraphs;
    const without = composeLetter('request-for-information', noConsent, []).paragraphs;
    expect(asked.join(' ')).toContain('consent to the police disclosing');
    expect(without).toHaveLength(asked.length - 1);
    const { appealBy: __, ...noAppeal } = FACTS;
    expect(composeLetter('suitability-outcome', noAppeal, []).paragraphs.join(' ')).not.toContain('appeal');
    const { question: ___, ...noQuestion } = FACTS;
    expect(() => composeLetter('request-for-information', noQuestion, [])).toThrow('needs question');
  });

  it('dates a letter by the day in London', () => {
    expect(letterDate(new Date('2026-03-29T23:30:00Z'))).toBe('30 March 2026');
    expect(letterDate(new Date('2026-01-05T23:30:00Z'))).toBe('5 January 2026');
    expect(letterDay('2026-03-16')).toBe('16 March 2026');
  });
});

describe('a letter as PDF', () => {
  it('carries the organisation, the reference, the date, the person and the provisions concerned', async () => {
    const pdf = await letterPdf(composeLetter('request-for-information', FACTS, ['SET Code of Practice, provision 8']));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const words of ['Demo Society for Education and Training', 'Our reference: SU-2026-0A1B2C3D', 'Date: 2 March 2026', 'Dear Morgan Member,', 'Tell us about the caution.', 'Please answer by 16 March 2026.']) expect(text).toContain(words);
    expect(text).toMatch(/Provisions concerned SET Code of Practice, provision 8$/);
  });
});
