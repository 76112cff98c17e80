import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startArguments } from './start-command.ts';

describe('how npm start runs Probity', () => {
  it('runs the compiled server with its heap held to a size, as the benchmark and the browser tests start it', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    expect(startArguments(root)).toEqual([expect.stringMatching(/^--max-old-space-size=\d+$/), 'bin/start.js']);
  });

  it('refuses a start script that is not a node command, rather than start something else', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-start-'));
    try {
      fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ scripts: { start: 'tsx src/server/main.ts' } }));
      expect(() => startArguments(root)).toThrow(/not a node command/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
