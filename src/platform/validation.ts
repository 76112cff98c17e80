import { z } from 'zod';

// Validation messages that read as the end of a sentence starting with the field's name:
// "body.email: must be an email address". A schema's own message takes precedence.

const kinds: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list', date: 'a date' };
const formats: Record<string, string> = { email: 'an email address', uuid: 'an id (UUID)', date: 'a date as YYYY-MM-DD', datetime: 'a date and time (ISO 8601)', url: 'a URL' };

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? 'is required' : `must be ${kinds[issue.expected] ?? issue.expected}`;
      case 'too_small':
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is required' : `must be at least ${issue.minimum} characters`;
        if (issue.origin === 'array') return `must have at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
        return `must be at least ${issue.minimum}`;
      case 'too_big':
        if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
        if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
        return `must be at most ${issue.maximum}`;
      case 'invalid_format':
        return `must be ${formats[issue.format] ?? `in ${issue.format} format`}`;
      case 'invalid_value':
        return `must be one of ${issue.values.map(String).join(', ')}`;
      default:
        return undefined;
    }
  },
});

/** An id of some kind of record: "is required" when missing, "must be a person id" when malformed. */
export const idOf = (what: string) => z.uuid({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what} id`) });

/** Text matched as it is within LIKE and ILIKE patterns: its wildcards and escapes taken literally. */
export const likeText = (text: string) => text.replace(/[\\%_]/g, '\\$&');
