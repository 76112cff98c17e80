import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Invalid, type FieldProblem } from './errors.ts';

// Control characters are refused at the edge, once for every route, before any schema or handler sees them.
// PostgreSQL text and jsonb cannot hold U+0000 at all (the query would fail with a 500), and the other
// control characters (Unicode category Cc: U+0001–U+001F, U+007F–U+009F) are never meant in a name, an
// email address, a search or an id; they arrive by pasting or by probing. Tab, line feed and carriage return
// are ordinary whitespace in free text and CSV, so they stay allowed, in every part of the request alike.
// Half of a surrogate pair on its own (JSON may carry one as \ud800) is not text in any encoding: PostgreSQL's
// jsonb refuses it (another 500), so it is refused here too.

const CONTROL = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const problemWith = (character: string, where = '') =>
  /\p{Cs}/u.test(character) ? `must be valid Unicode text${where} (found half of a surrogate pair, ${codePoint(character)})` : `must not contain control characters${where} (found ${codePoint(character)})`;

/** Every control character in a request part, each named as `body.items.0.name`, as the schema errors are. */
export function controlCharacterProblems(field: string, value: unknown): FieldProblem[] {
  if (typeof value === 'string') {
    const found = CONTROL.exec(value);
    return found ? [{ field, reason: problemWith(found[0]) }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterProblems(`${field}.${index}`, item));
  // Parsed JSON, query strings and path parameters; not the raw bytes of a file upload.
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    return Object.entries(value).flatMap(([key, item]) => {
      const inKey = CONTROL.exec(key);
      if (inKey) return [{ field, reason: problemWith(inKey[0], ' in a field name') }];
      return controlCharacterProblems(`${field}.${key}`, item);
    });
  }
  return [];
}

export const refuseControlCharacters = fp(async (app: FastifyInstance) => {
  // After the access check (registered after it): a person who may not use a route learns nothing from it.
  app.addHook('preValidation', async (request) => {
    const problems = [
      ...controlCharacterProblems('params', request.params),
      ...controlCharacterProblems('query', request.query),
      ...controlCharacterProblems('body', request.body),
    ];
    if (problems.length > 0) throw new Invalid(problems);
  });
}, { name: 'refuse-control-characters' });
