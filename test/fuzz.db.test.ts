import fc from 'fast-check';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, csrfTokenFor } from '../src/platform/auth/sessions.ts';
import { auditEvents } from '../src/platform/audit/index.ts';
import { testApp, type TestApp } from './app.ts';
import { makeOrganisation, makePerson, type TestOrganisation } from './factories.ts';

// Input derived from every route's own schema, as the OpenAPI document gives it: values each schema
// refuses (one field of the wrong type, out of range, or missing; an unknown field; a malformed query or
// path parameter) are answered with a 4xx problem and write nothing; values each schema accepts, with
// hostile text in every string, are never answered with a 5xx.

/** The part of JSON Schema (as OpenAPI 3.0 writes it) that the routes' schemas use. */
interface Schema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  nullable?: boolean;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  default?: unknown;
}

interface Parameter {
  in: 'path' | 'query';
  name: string;
  required?: boolean;
  schema: Schema;
}

interface Route {
  method: string;
  url: string;
  parameters: Parameter[];
  body: Schema | undefined;
}

/** Text that has broken servers: control characters, direction overrides, encoded paths, markup, injection. */
const HOSTILE = [
  '\u0001\u0007\u001b[31m',
  'a\u202eb',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%c0%af..%c0%af',
  '<img src=x onerror=alert(1)>',
  "' OR '1'='1",
  '=HYPERLINK("http://x")',
  '\ud83d\udc69\u200d\ud83c\udfeb'.repeat(20),
  '\ud800',
  ' ',
];

const hostileText = (max = 200) => fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: Math.min(max, 300) })).map((s) => s.slice(0, max));

const alternatives = (schema: Schema) => schema.anyOf ?? schema.oneOf;

/** A value the schema accepts, its text hostile wherever the schema leaves text free. */
function accepted(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const choices = alternatives(schema);
  const value: fc.Arbitrary<unknown> = choices
    ? fc.oneof(...choices.map((c) => accepted(c, depth)))
    : schema.enum
      ? fc.constantFrom(...schema.enum)
      : typed(schema, depth);
  return schema.nullable ? fc.oneof(value, fc.constant(null)) : value;
}

function typed(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid({ version: 4 });
      if (schema.format === 'date') return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'date-time') return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 254));
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity));
      return hostileText(schema.maxLength ?? 200).filter((s) => s.length >= (schema.minLength ?? 0));
    case 'integer':
    case 'number':
      return fc.integer({ min: Math.ceil(Math.max(schema.minimum ?? -1e6, (schema.exclusiveMinimum ?? -Infinity) + 1)), max: Math.floor(Math.min(schema.maximum ?? 1e6, (schema.exclusiveMaximum ?? Infinity) - 1)) });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items && depth < 4 ? accepted(schema.items, depth + 1) : fc.constant(null), { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)) });
    case 'object': {
      if (depth >= 4) return fc.constant({});
      const properties = Object.entries(schema.properties ?? {});
      const required = new Set(schema.required ?? []);
      const free = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
      return fc.record(
        Object.fromEntries([
          ...properties.map(([name, property]) => [name, accepted(property, depth + 1)] as const),
          ...(free ? [['__extra', fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), accepted(free, depth + 1), { maxKeys: 2 })] as const] : []),
        ]),
        { requiredKeys: properties.map(([name]) => name).filter((name) => required.has(name)) },
      ).map(({ __extra, ...rest }) => ({ ...(__extra as object | undefined), ...rest }));
    }
    default:
      return fc.constant('anything');
  }
}

/** JSON types the schema takes, or undefined when it takes anything. */
function typesOf(schema: Schema): Set<string> | undefined {
  const choices = alternatives(schema);
  if (choices) {
    const each = choices.map(typesOf);
    if (each.some((t) => t === undefined)) return undefined;
    return new Set([...each.flatMap((t) => [...t!]), ...(schema.nullable ? ['null'] : [])]);
  }
  if (!schema.type) return undefined;
  return new Set([schema.type === 'integer' ? 'number' : schema.type, ...(schema.nullable ? ['null'] : [])]);
}

const OF_TYPE: Record<string, unknown> = { string: 'text', number: 42, boolean: true, array: [], object: {}, null: null };

/** Values the schema refuses: of a type it does not take, or past a bound it sets. */
function refused(schema: Schema): unknown[] {
  const types = typesOf(schema);
  const values = types ? Object.entries(OF_TYPE).filter(([type]) => !types.has(type)).map(([, value]) => value) : [];
  if (alternatives(schema)) return values;
  if (schema.type === 'integer') values.push(1.5);
  if (schema.type === 'string' && schema.maxLength !== undefined) values.push('x'.repeat(schema.maxLength + 1));
  if (schema.type === 'string' && schema.enum) values.push('not-one-of-them');
  if (schema.type === 'string' && schema.format === 'uuid') values.push('not-a-uuid');
  if ((schema.type === 'number' || schema.type === 'integer') && schema.maximum !== undefined) values.push(schema.maximum + 1);
  if ((schema.type === 'number' || schema.type === 'integer') && schema.minimum !== undefined) values.push(schema.minimum - 1);
  return values;
}

/** Query values the parameter refuses, as text: only for parameters whose text is constrained. */
function refusedInQuery(schema: Schema): string[] {
  if (schema.enum || schema.format === 'uuid' || schema.format === 'date' || schema.type === 'integer' || schema.type === 'number' || schema.type === 'boolean') return ['not~valid', '%ZZ'];
  if (schema.type === 'string' && schema.maxLength !== undefined) return ['x'.repeat(schema.maxLength + 1)];
  return [];
}

/** One request a route's schema refuses, by changing one thing in an input it would take. */
type Breakage = { where: 'body'; change: 'wrong' | 'missing' | 'unknown' | 'not-an-object'; field?: string; value?: unknown } | { where: 'query' | 'path'; name: string; value: string };

function breakages(route: Route): Breakage[] {
  const found: Breakage[] = [];
  for (const p of route.parameters) {
    if (p.in === 'query') for (const value of refusedInQuery(p.schema)) found.push({ where: 'query', name: p.name, value });
    if (p.in === 'path' && p.name !== 'orgId' && p.schema.format === 'uuid') found.push({ where: 'path', name: p.name, value: 'not-a-uuid' }, { where: 'path', name: p.name, value: '%2e%2e' });
  }
  const body = route.body;
  if (body?.type === 'object') {
    found.push({ where: 'body', change: 'not-an-object', value: [] });
    for (const [field, property] of Object.entries(body.properties ?? {})) for (const value of refused(property)) found.push({ where: 'body', change: 'wrong', field, value });
    for (const field of body.required ?? []) if (body.properties?.[field]?.default === undefined) found.push({ where: 'body', change: 'missing', field });
    if (body.additionalProperties === false) found.push({ where: 'body', change: 'unknown', field: 'unexpected' });
  }
  return found;
}

let t: TestApp;
let org: TestOrganisation;
let headers: Record<string, string>;
let routes: Route[];

beforeAll(async () => {
  t = await testApp();
  org = await makeOrganisation(t.database.db, 'employer_trust');
  // Every role that opens a door, so that input reaches past the access check to the schema and beyond.
  const admin = await makePerson(t.database.db, org.id, [
    { role: 'organisation_admin' },
    { role: 'auditor' },
    { role: 'case_officer' },
    { role: 'principal' },
    { role: 'designated_safeguarding_lead' },
    { role: 'data_protection_officer' },
  ]);
  const token = await createSession(t.database.db, admin.id, { idleMinutes: 600, absoluteHours: 12 });
  headers = { cookie: `probity_session=${token}`, 'x-csrf-token': csrfTokenFor(token) };
  const document = t.app.swagger() as { paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: Schema }> } }>> };
  routes = Object.entries(document.paths).flatMap(([url, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      url,
      parameters: (operation.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query'),
      body: operation.requestBody?.content?.['application/json']?.schema,
    })),
  );
});
afterAll(() => t.close());

/** Text as a path segment; half a surrogate pair, which has no UTF-8, as the bytes a careless client would send for it. */
const inPath = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
};

let address = 0;
/** Each request from its own address, so that no per-address limit answers in place of the route. */
const from = () => `127.8.${(++address >> 8) & 255}.${address & 255}`;

function send(route: Route, input: { path: Record<string, string>; query: Record<string, string>; body?: unknown }) {
  const url = route.url.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'orgId' ? org.id : (input.path[name] ?? crypto.randomUUID())));
  const query = new URLSearchParams(input.query).toString();
  return t.app.inject({
    method: route.method as 'GET',
    url: query ? `${url}?${query}` : url,
    headers,
    remoteAddress: from(),
    ...(input.body !== undefined ? { payload: JSON.stringify(input.body), headers: { ...headers, 'content-type': 'application/json' } } : {}),
  });
}

/** Signing out, or changing what the session may do, would end the run's own session: left to their own tests. */
const keepsTheSession = (route: Route) => !route.url.startsWith('/api/session') && !route.url.startsWith('/api/me/') && route.url !== '/api/me';

describe('input derived from every route’s schema', () => {
  it('answers what a schema refuses with a 4xx problem, and writes nothing', async () => {
    const requestIds: string[] = [];
    let tried = 0;
    for (const route of routes.filter(keepsTheSession)) {
      const ways = breakages(route);
      if (ways.length === 0) continue;
      const base = route.body ? accepted(route.body) : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ways), base, async (way, body) => {
          const input = { path: {} as Record<string, string>, query: {} as Record<string, string>, body };
          if (way.where === 'path') input.path[way.name] = way.value;
          if (way.where === 'query') input.query[way.name] = way.value;
          if (way.where === 'body') {
            const object = { ...(body as Record<string, unknown>) };
            if (way.change === 'not-an-object') input.body = way.value;
            else if (way.change === 'missing') delete object[way.field!];
            else object[way.field!] = way.change === 'unknown' ? true : way.value;
            if (way.change !== 'not-an-object') input.body = object;
          }
          const r = await send(route, input);
          requestIds.push(String(r.headers['x-request-id']));
          tried++;
          const what = `${route.method} ${route.url} with ${JSON.stringify(way).slice(0, 200)}`;
          expect(r.statusCode, what).toBeGreaterThanOrEqual(400);
          expect(r.statusCode, what).toBeLessThan(500);
          expect(String(r.headers['content-type']), what).toContain('application/problem+json');
        }),
        { numRuns: Math.min(8, ways.length * 2) },
      );
    }
    expect(tried).toBeGreaterThan(500);
    // Every write is audited in its own transaction: no entry under these requests' ids, nothing written.
    for (let i = 0; i < requestIds.length; i += 500) {
      expect(await t.database.db.select({ seq: auditEvents.seq }).from(auditEvents).where(inArray(auditEvents.requestId, requestIds.slice(i, i + 500)))).toEqual([]);
    }
  }, 600_000);

  it('never answers what a schema takes, with hostile text in it, with a 5xx', async () => {
    let tried = 0;
    for (const route of routes.filter((r) => keepsTheSession(r) && r.method !== 'DELETE')) {
      const path = fc.record(Object.fromEntries(route.parameters.filter((p) => p.in === 'path' && p.name !== 'orgId').map((p) => [p.name, fc.oneof(fc.uuid({ version: 4 }), hostileText(60).map(inPath))])));
      const query = fc.record(
        Object.fromEntries(route.parameters.filter((p) => p.in === 'query').map((p) => [p.name, accepted(p.schema).map((v) => String(v))])),
        { requiredKeys: route.parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name) },
      );
      const body = route.body ? accepted(route.body) : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(path, query, body, async (p, q, b) => {
          const r = await send(route, { path: p as Record<string, string>, query: q as Record<string, string>, body: b });
          tried++;
          expect(r.statusCode, `${route.method} ${route.url} with ${JSON.stringify({ p, q, b }).slice(0, 300)}: ${r.body.slice(0, 300)}`).toBeLessThan(500);
        }),
        { numRuns: 5 },
      );
    }
    expect(tried).toBeGreaterThan(300);
  }, 600_000);
});
