import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries of STYLE.md, as `npm run check` enforces them.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });
const problems = async (file: string, code: string) =>
  (await eslint.lintText(code, { filePath: file }))[0]!.messages.filter((m) => m.ruleId === 'probity/boundaries').map((m) => m.message);

describe('import boundaries', () => {
  it('lets a feature use another only through its index.ts', async () => {
    expect(await problems('src/features/codes/service.ts', "import { KINDS } from '../deadlines/rules.ts';\nexport const k = KINDS;\n")).toEqual([
      "../deadlines/rules.ts: a feature uses another only through its index.ts: import from '../deadlines/index.ts'.",
    ]);
    expect(await problems('src/features/codes/service.ts', "import { KINDS } from '../deadlines/index.ts';\nexport const k = KINDS;\n")).toEqual([]);
    expect(await problems('src/features/codes/service.ts', "import { audit } from '../../platform/audit/index.ts';\nexport const a = audit;\n")).toEqual([]);
  });

  it('keeps platform from importing a feature or the server, and features from importing the server', async () => {
    expect(await problems('src/platform/policy.ts', "import { KINDS } from '../features/deadlines/index.ts';\nexport const k = KINDS;\n")).toEqual(['../features/deadlines/index.ts: platform/ never imports a feature.']);
    expect(await problems('src/platform/policy.ts', "import { buildApp } from '../server/app.ts';\nexport const b = buildApp;\n")).toEqual(['../server/app.ts: platform/ never imports the server.']);
    expect(await problems('src/features/codes/routes.ts', "import type { App } from '../../server/app.ts';\nexport type A = App;\n")).toHaveLength(1);
  });

  it('allows a table to reference another feature’s table, and tests to reach in', async () => {
    expect(await problems('src/features/codes/schema.ts', "import { deadlines } from '../deadlines/schema.ts';\nexport const d = deadlines;\n")).toEqual([]);
    expect(await problems('src/features/codes/codes.db.test.ts', "import { deadlines } from '../deadlines/schema.ts';\nexport const d = deadlines;\n")).toEqual([]);
  });
});
