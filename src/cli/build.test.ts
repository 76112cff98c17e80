import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressBuild, recordBuild, server, staleBecause, web } from './build.ts';

// `npm start` rebuilds the web app and the server only when their builds are out of date: these are the
// cases, on a small project of their own.

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function project(): { root: string; write: (file: string, text: string) => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-build-'));
  made.push(root);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  for (const [file, text] of Object.entries({
    'vite.config.ts': 'export default {}',
    'tsconfig.json': '{}',
    'package-lock.json': '{}',
    'web/index.html': '<div id="root"></div>',
    'src/cli/build.ts': 'build()',
    'web/public/favicon.svg': '<svg/>',
    'web/src/main.tsx': 'import "./page.tsx"',
    'web/src/page.tsx': 'export const page = 1',
    'src/platform/vocabulary.ts': 'export const NATIONS = []',
    'dist/web/index.html': '<script src="/assets/app.js"></script>',
    'src/server/main.ts': 'import "./app.ts"',
    'src/server/app.ts': 'export const app = 1',
    'dist/server/main.js': 'const app = 1',
    'dist/server/build.js': 'export const staleBecause = () => null',
  })) write(file, text);
  return { root, write };
}

const built = (root: string) => recordBuild(web, root, ['web/src/main.tsx', 'web/src/page.tsx', 'src/platform/vocabulary.ts']);

describe('whether the web app needs building', () => {
  it('builds when there is no build, or a build with no record of what it was made from', () => {
    const { root } = project();
    expect(staleBecause(web, root)).toBe('the build has no record of what it was made from');
    fs.rmSync(path.join(root, 'dist/web'), { recursive: true });
    expect(staleBecause(web, root)).toBe('there is no build yet');
  });

  it('does not build again when nothing it was made from has changed', () => {
    const { root, write } = project();
    built(root);
    expect(staleBecause(web, root)).toBeNull();
    // A file the build never read changes nothing.
    write('src/server/app.ts', 'console.log(1)');
    write('README.md', 'changed');
    expect(staleBecause(web, root)).toBeNull();
  });

  it('builds again when a source it read, a server module it read, the page, the configuration, the installed packages or the way it is built change', () => {
    for (const file of ['web/src/page.tsx', 'src/platform/vocabulary.ts', 'web/index.html', 'vite.config.ts', 'tsconfig.json', 'package-lock.json', 'src/cli/build.ts']) {
      const { root, write } = project();
      built(root);
      write(file, 'changed');
      expect(staleBecause(web, root)).toBe(`${file} has changed`);
    }
  });

  it('builds again when a file it read is gone, or a public file is added', () => {
    const { root } = project();
    built(root);
    fs.rmSync(path.join(root, 'web/src/page.tsx'));
    expect(staleBecause(web, root)).toBe('web/src/page.tsx has changed');
    const other = project();
    built(other.root);
    other.write('web/public/robots.txt', 'User-agent: *');
    expect(staleBecause(web, other.root)).toBe('web/public/robots.txt is new');
  });

  it('compiles the server again only when a module it was compiled from, the configuration, the installed packages or the way it is built change', () => {
    const { root, write } = project();
    expect(staleBecause(server, root)).toBe('the build has no record of what it was made from');
    recordBuild(server, root, ['src/server/main.ts', 'src/server/app.ts']);
    expect(staleBecause(server, root)).toBeNull();
    // The web app's sources and configuration are not the server's.
    write('web/src/page.tsx', 'changed');
    write('vite.config.ts', 'changed');
    expect(staleBecause(server, root)).toBeNull();
    for (const file of ['src/server/app.ts', 'tsconfig.json', 'package-lock.json', 'src/cli/build.ts']) {
      const other = project();
      recordBuild(server, other.root, ['src/server/main.ts', 'src/server/app.ts']);
      other.write(file, 'changed');
      expect(staleBecause(server, other.root)).toBe(`${file} has changed`);
    }
    // Without the compiled check that `npm start` runs first, there is no build either.
    fs.rmSync(path.join(root, 'dist/server/build.js'));
    expect(staleBecause(server, root)).toBe('there is no build yet');
  });

  it('writes each built text file compressed beside it, as the server sends it', () => {
    const { root } = project();
    compressBuild(root);
    const page = fs.readFileSync(path.join(root, 'dist/web/index.html'));
    expect(zlib.gunzipSync(fs.readFileSync(path.join(root, 'dist/web/index.html.gz')))).toEqual(page);
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(root, 'dist/web/index.html.br')))).toEqual(page);
  });
});
