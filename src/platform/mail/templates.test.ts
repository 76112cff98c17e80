import { describe, expect, it } from 'vitest';
import { renderLetter } from './templates.ts';

describe('email templates', () => {
  const letter = renderLetter({
    greeting: 'Hello <Robert>,',
    paragraphs: ['Your deadline "Notify" is due & waiting.'],
    action: { label: 'Open in Probity', url: 'https://probity.example/deadlines?a=1&b=2' },
    items: [{ title: 'Reminder', body: 'Due soon', url: 'https://probity.example/deadlines' }],
  });

  it('writes a plain-text part with the link spelled out', () => {
    expect(letter.text).toContain('Hello <Robert>,');
    expect(letter.text).toContain('Open in Probity: https://probity.example/deadlines?a=1&b=2');
    expect(letter.text).toContain('- Reminder\n  Due soon\n  https://probity.example/deadlines');
  });

  it('writes an HTML part with every piece of text escaped', () => {
    expect(letter.html).toContain('Hello &#60;Robert&#62;,');
    expect(letter.html).toContain('&#34;Notify&#34; is due &#38; waiting.');
    expect(letter.html).toContain('href="https://probity.example/deadlines?a=1&#38;b=2"');
    expect(letter.html).not.toContain('<Robert>');
    expect(letter.html.startsWith('<!doctype html>')).toBe(true);
  });
});
