// `npm run api:types` writes web/src/api-types.ts, the web app's types of Probity's API, generated from the
// OpenAPI document of the real app: every route's zod schemas, as /api/docs serves them. With `--check` it
// writes nothing and fails when that file is not what the server's schemas give now, so that `npm run check`
// catches a server change the web app has not followed.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/index.ts';
import { buildApp } from '../server/app.ts';

const TARGET = fileURLToPath(new URL('../../web/src/api-types.ts', import.meta.url));
const SHOWN = path.relative(process.cwd(), TARGET) || TARGET;
const COMMAND = 'npm run api:types';

const HEADER = `// Generated from the server's OpenAPI document (the routes' zod schemas): do not edit.
// Regenerate with \`${COMMAND}\`; \`npm run check\` fails while this file differs from what the server gives.

`;

/** Object keys in order, so that the document does not depend on the order routes are registered in. */
function sorted(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

type Operation = { parameters?: { in: string; schema: unknown }[] };

/**
 * A querystring schema that is a record (any names) has no properties for @fastify/swagger to list, so it
 * lists the schema's own keywords as parameters ("type", "additionalProperties"), which no generator accepts.
 * Such an operation's query parameters are left out: they are free-form.
 */
function withoutKeywordParameters(item: Record<string, unknown>): Record<string, unknown> {
  for (const operation of Object.values(item) as Operation[]) {
    if (operation.parameters?.some((parameter) => parameter.in === 'query' && typeof parameter.schema !== 'object')) {
      operation.parameters = operation.parameters.filter((parameter) => parameter.in !== 'query');
    }
  }
  return item;
}

/** The OpenAPI document of the whole app, built on a throwaway embedded database with fixed settings. */
async function openApiDocument(): Promise<OpenAPI3> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-api-types-'));
  try {
    // The machine's environment is left out: the document must not change with where it is generated.
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      PROBITY_DEMO: '0',
      PROBITY_DATA_DIR: dataDir,
      PROBITY_SECRET_KEY: '00'.repeat(32),
      PUBLIC_URL: 'http://probity.invalid',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    const database = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      const app = await buildApp({ config, database });
      try {
        await app.ready();
        const document = JSON.parse(JSON.stringify(app.swagger())) as OpenAPI3 & { paths: Record<string, Record<string, unknown>> };
        document.paths = Object.fromEntries(Object.entries(sorted(document.paths)).map(([route, item]) => [route, withoutKeywordParameters(sorted(item as Record<string, unknown>))]));
        return document;
      } finally {
        await app.close();
      }
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The text of web/src/api-types.ts as the server's schemas give it now. */
async function apiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { exportType: false });
  return HEADER + astToString(ast);
}

async function main(args: string[]): Promise<number> {
  const fresh = await apiTypes();
  if (!args.includes('--check')) {
    fs.writeFileSync(TARGET, fresh);
    process.stdout.write(`Wrote ${SHOWN}.\n`);
    return 0;
  }
  const committed = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : '';
  if (committed === fresh) return 0;
  const was = committed.split('\n');
  const now = fresh.split('\n');
  const line = now.findIndex((text, index) => text !== was[index]);
  const at = line === -1 ? was.length : line;
  console.error(
    `${SHOWN} is out of date with the server's schemas (first difference at line ${at + 1}).\n` +
      `Run \`${COMMAND}\`, then fix what \`tsc\` reports in web/ and commit the file with your change.`,
  );
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
