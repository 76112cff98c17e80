import { DrizzleQueryError } from 'drizzle-orm';
import Fastify from 'fastify';
import pg, { DatabaseError } from 'pg';
import { describe, expect, it } from 'vitest';
import { errorForLog, problemDetails } from './errors.ts';

// The log records what failed and where; the values a request carried stay out of it.

function databaseError(message: string, fields: Record<string, string>): DatabaseError {
  return Object.assign(new DatabaseError(message, 0, 'error'), { severity: 'ERROR', ...fields });
}

describe('an error as the log records it', () => {
  it('keeps a failed query by its SQL text, never its parameters, here or in its stack', () => {
    const cause = databaseError('duplicate key value violates unique constraint "people_email_key"', {
      code: '23505',
      table: 'people',
      constraint: 'people_email_key',
      detail: 'Key (email)=(ann.example@school.test) already exists.',
    });
    const logged = errorForLog(new DrizzleQueryError('insert into "people" ("email", "given_name") values ($1, $2)', ['ann.example@school.test', 'Ann'], cause));
    expect(logged).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query',
      query: 'insert into "people" ("email", "given_name") values ($1, $2)',
      cause: { code: '23505', table: 'people', constraint: 'people_email_key', message: 'duplicate key value violates unique constraint "people_email_key"' },
    });
    expect(JSON.stringify(logged)).not.toMatch(/ann\.example|"Ann"/);
  });

  it("blanks the values a database's message quotes, keeping the names it quotes", () => {
    const logged = errorForLog(databaseError('invalid input syntax for type uuid: "Ann Example"', { code: '22P02', routine: 'string_to_uuid' }));
    expect(logged).toMatchObject({ type: 'DatabaseError', code: '22P02', message: 'invalid input syntax for type uuid: "…"' });
    expect(JSON.stringify(logged)).not.toContain('Ann Example');
    expect(errorForLog(databaseError('null value in column "email" of relation "people" violates not-null constraint', { code: '23502', table: 'people', column: 'email' }))).toMatchObject({
      message: 'null value in column "email" of relation "people" violates not-null constraint',
    });
  });

  it('keeps any other error as it is, and a message already made text without parameters', () => {
    const error = Object.assign(new Error('mail server refused the connection'), { code: 'ECONNREFUSED' });
    expect(errorForLog(error)).toMatchObject({ type: 'Error', message: 'mail server refused the connection', code: 'ECONNREFUSED', stack: expect.stringMatching(/^Error: mail server refused the connection\n\s+at /) });
    expect(errorForLog('Failed query: select 1 where x = $1\nparams: Ann' as unknown as Error)).toMatchObject({ message: 'Failed query: select 1 where x = $1' });
  });
});

describe('a database that cannot be reached', () => {
  async function answerTo(error: unknown) {
    const app = Fastify({ logger: false });
    await app.register(problemDetails);
    app.get('/', async () => {
      throw error;
    });
    const r = await app.inject({ method: 'GET', url: '/' });
    await app.close();
    return r;
  }

  it('is answered 503 with Retry-After, whether the server refuses the connection, is shutting down, or drops it', async () => {
    // A real refusal from the driver: nothing listens on port 1.
    const refused = await new pg.Client({ host: '127.0.0.1', port: 1 }).connect().then(
      () => null,
      (error: unknown) => error,
    );
    const shuttingDown = new DrizzleQueryError('select 1', [], databaseError('terminating connection due to administrator command', { code: '57P01' }));
    for (const error of [refused, shuttingDown, new Error('Connection terminated unexpectedly'), databaseError('connection failure', { code: '08006' })]) {
      const r = await answerTo(error);
      expect(r.statusCode, String(error)).toBe(503);
      expect(r.headers['retry-after']).toBe('5');
      expect(r.json()).toMatchObject({ type: '/problems/unavailable', title: 'Service unavailable' });
    }
  });

  it('leaves any other failure a 500, with no promise that trying again helps', async () => {
    for (const error of [new Error('something broke'), databaseError('division by zero', { code: '22012' })]) {
      const r = await answerTo(error);
      expect(r.statusCode).toBe(500);
      expect(r.headers['retry-after']).toBeUndefined();
    }
  });
});
