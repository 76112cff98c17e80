import { describe, expect, it } from 'vitest';
import { controlCharacterProblems } from './control-characters.ts';

describe('control characters in a request', () => {
  it('keeps tab, line feed and carriage return in free text', () => {
    expect(controlCharacterProblems('body', { reason: 'first line\r\n\tsecond line', csv: 'email\nann@example.test\n' })).toEqual([]);
  });

  it('refuses NUL and every other control character, naming each field as the schema errors do', () => {
    expect(controlCharacterProblems('body', { name: 'Ann\u0000', items: [{ text: 'ok' }, { text: 'bell\u0007' }], note: 'del\u007f', label: 'c1\u0085' })).toEqual([
      { field: 'body.name', reason: 'must not contain control characters (found U+0000)' },
      { field: 'body.items.1.text', reason: 'must not contain control characters (found U+0007)' },
      { field: 'body.note', reason: 'must not contain control characters (found U+007F)' },
      { field: 'body.label', reason: 'must not contain control characters (found U+0085)' },
    ]);
    expect(controlCharacterProblems('query', Object.assign(Object.create(null), { q: 'a\u0000b' }))).toEqual([{ field: 'query.q', reason: 'must not contain control characters (found U+0000)' }]);
  });

  it('refuses a control character in a field name, naming the object that holds it', () => {
    expect(controlCharacterProblems('body', { details: { 'a\u0000': 1 } })).toEqual([{ field: 'body.details', reason: 'must not contain control characters in a field name (found U+0000)' }]);
  });

  it('refuses half of a surrogate pair on its own, and keeps a whole pair (an emoji) as the text it is', () => {
    expect(controlCharacterProblems('body', { name: 'a\ud800b', note: 'tail\udfff', ok: 'teacher \ud83d\udc69\u200d\ud83c\udfeb' })).toEqual([
      { field: 'body.name', reason: 'must be valid Unicode text (found half of a surrogate pair, U+D800)' },
      { field: 'body.note', reason: 'must be valid Unicode text (found half of a surrogate pair, U+DFFF)' },
    ]);
    expect(controlCharacterProblems('body', { tags: { '\udc00': 1 } })).toEqual([{ field: 'body.tags', reason: 'must be valid Unicode text in a field name (found half of a surrogate pair, U+DC00)' }]);
  });

  it('leaves the bytes of an uploaded file alone', () => {
    expect(controlCharacterProblems('body', Buffer.from([0, 1, 2, 0x7f]))).toEqual([]);
  });
});
