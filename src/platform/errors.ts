import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

// One error type per meaning, each mapped to an RFC 9457 problem+json response in one place.

export interface FieldProblem {
  field: string;
  reason: string;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

/** A record that does not exist, or that the person may not see: the two look the same. */
export class NotFound extends Problem {
  constructor(what = 'record') {
    super(404, '/problems/not-found', 'Not found', `No such ${what}.`);
  }
}

export class Unauthorized extends Problem {
  constructor(detail = 'Sign in first.') {
    super(401, '/problems/unauthorized', 'Not signed in', detail);
  }
}

export class Forbidden extends Problem {
  constructor(detail: string) {
    super(403, '/problems/forbidden', 'Forbidden', detail);
  }
}

/** Bad input: every problem at once, each naming its field. */
export class Invalid extends Problem {
  constructor(readonly problems: FieldProblem[]) {
    super(
      400,
      '/problems/validation',
      'Invalid request',
      problems.map((p) => `${p.field}: ${p.reason}`).join('; '),
      { errors: problems },
    );
  }

  static field(field: string, reason: string): Invalid {
    return new Invalid([{ field, reason }]);
  }
}

/** A rule of the codes or of the product refused the change; `rule` names it. */
export class Conflict extends Problem {
  constructor(rule: string, title: string, detail: string) {
    super(409, `/rules/${rule}`, title, detail);
  }
}

/**
 * A pure rule refused what was asked (platform/result.ts): every reason at once, the problem type naming the
 * first rule. Bad input when every reason names a field (400), a rule of the record's state otherwise (409).
 */
export class Refused extends Problem {
  constructor(refusals: readonly { rule: string; detail: string; field?: string | undefined }[], fieldPrefix: string) {
    const fielded = refusals.every((r) => r.field !== undefined);
    const errors = refusals.map((r) => ({ field: r.field === undefined ? null : `${fieldPrefix}.${r.field}`, reason: r.detail, rule: r.rule }));
    super(
      fielded ? 400 : 409,
      `/rules/${refusals[0]!.rule}`,
      fielded ? 'Invalid request' : 'Refused by a rule',
      errors.map((e) => (e.field ? `${e.field}: ${e.reason}` : e.reason)).join('; '),
      { errors },
    );
  }
}

export class TooManyRequests extends Problem {
  constructor(readonly retryAfterSeconds: number, detail: string) {
    super(429, '/problems/too-many-requests', 'Too many requests', detail);
  }
}

/**
 * The database (or another service Probity needs) cannot be reached, or a report waited too long for one of the
 * connections reports read through: nothing was done, and asking again soon may work.
 */
export class Unavailable extends Problem {
  readonly retryAfterSeconds = 5;
  constructor() {
    super(503, '/problems/unavailable', 'Service unavailable', 'Probity cannot reach its database, or another service it needs, or is too busy to answer this, just now, so nothing was done. Try again in a few seconds.');
  }
}

// The database cannot be reached, or is shutting down or starting: SQLSTATE class 08 (connection exception),
// 57P01–57P03 (shut down by an administrator or a crash, cannot connect now), 53300 (too many connections);
// the socket's own failures; and what the pool says when a connection ends under it, or when none came free in
// time (only the reports' connections are waited for with a limit: Database.reports).
const UNREACHABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const UNREACHABLE_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** Whether the error, or any error that caused it, says the database cannot be reached. */
function unreachable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  return UNREACHABLE_MESSAGES.test(error.message) || unreachable(error.cause, depth + 1);
}

const pgUniqueViolation = '23505';

function problemFor(error: FastifyError): Problem {
  if (error instanceof Problem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    return new Invalid(
      error.validation.map((issue) => {
        const field = [where, ...issue.instancePath.split('/').filter(Boolean)].join('.');
        const unknown = issue.keyword === 'unrecognized_keys' ? (issue.params.keys as string[]) : undefined;
        return unknown
          ? { field: `${field}.${unknown.join(', ')}`, reason: 'is not a known field' }
          : { field, reason: issue.message ?? 'is invalid' };
      }),
    );
  }
  // Drizzle wraps the driver's error; the PostgreSQL code is on its cause.
  const pgCode = (error as { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code;
  if (pgCode === pgUniqueViolation) {
    return new Conflict('unique', 'Already exists', 'A record with the same identifying details already exists.');
  }
  if (unreachable(error)) return new Unavailable();
  const status = error.statusCode ?? 500;
  if (status === 429) return new TooManyRequests(60, 'Too many requests from this address; wait a minute and try again.');
  if (status >= 400 && status < 500) {
    const field = error.code?.startsWith('FST_ERR_CTP') ? 'body' : 'request';
    const title = { 413: 'Request too large', 415: 'Unsupported media type' }[status] ?? (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'Malformed JSON' : 'Bad request');
    return new Problem(status, `/problems/http-${status}`, title, `${field}: ${error.message}`);
  }
  return new Problem(500, '/problems/internal', 'Internal error', 'Something went wrong on our side. It has been logged.');
}

// What a database error may say in the log: where it failed, never the values (its `detail` quotes the row).
const DATABASE_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;

/** The driver's error (node-postgres and PGlite alike): a SQLSTATE code and a severity. */
function isDatabaseError(error: Error): error is Error & Partial<Record<(typeof DATABASE_FIELDS)[number], string>> {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
}

// Drizzle's message for a failed query ends with its parameters.
const withoutParameters = (message: string) => message.replace(/\nparams: [\s\S]*$/, '');

export interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
}

/**
 * An error as the log records it: what failed and where, never the personal data a request carried. A failed
 * query is recorded by its SQL text with placeholders, without its parameters; a database error by its code,
 * table, column and constraint, its message with any quoted value blanked ("invalid input syntax for type
 * uuid: "…"") and without its detail. The causes are recorded the same way.
 */
export function errorForLog(error: Error): LoggedError {
  // The logger hands over whatever was logged as `err`; the job queue logs a message alone.
  if (!(error instanceof Error)) return { type: typeof error, message: withoutParameters(String(error)), stack: '' };
  const type = error.constructor?.name ?? error.name;
  const query = (error as { query?: unknown }).query;
  const fields: Record<string, unknown> = {};
  let message: string;
  if (typeof query === 'string' && 'params' in error) {
    message = 'Failed query';
    fields.query = query;
  } else if (isDatabaseError(error)) {
    for (const field of DATABASE_FIELDS) if (error[field] !== undefined) fields[field] = error[field];
    const names = new Set(Object.values(fields));
    message = error.message.replace(/"[^"]*"/g, (quoted) => (names.has(quoted.slice(1, -1)) ? quoted : '"…"'));
  } else {
    message = withoutParameters(error.message);
    const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
    if (typeof code === 'string') fields.code = code;
    if (typeof statusCode === 'number') fields.statusCode = statusCode;
  }
  // The stack's first lines repeat the message; only the frames are kept from it.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const cause = error.cause;
  return {
    type,
    message,
    ...fields,
    stack: [`${type}: ${message}`, ...frames].join('\n'),
    ...(cause === undefined ? {} : { cause: errorForLog(cause as Error) }),
  };
}

export const problemDetails = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = problemFor(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    if (problem instanceof TooManyRequests || problem instanceof Unavailable) reply.header('retry-after', String(problem.retryAfterSeconds));
    return reply
      .status(problem.status)
      .type('application/problem+json')
      .send({ type: problem.type, title: problem.title, status: problem.status, detail: problem.message, instance: request.url.split('?')[0], ...problem.extra });
  });
  app.setNotFoundHandler((request) => {
    throw new Problem(404, '/problems/not-found', 'Not found', `No route ${request.method} ${request.url.split('?')[0]}.`);
  });
}, { name: 'problem-details' });
