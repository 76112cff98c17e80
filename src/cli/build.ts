import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { Plugin } from 'esbuild';

// `npm start` (bin/start.js) builds what is out of date first: the web app, with Vite into dist/web, and the
// server, compiled with esbuild into one JavaScript file (dist/server/main.js) that plain Node.js starts in a
// fraction of the time tsx takes to compile and load the TypeScript sources one by one. A restart with nothing
// changed builds nothing. A build records every file it was made from (the modules the bundler
// read, and the files every build of its kind depends on: its configuration, the installed packages'
// versions, this file) with a hash of each; the build is up to date while every one of those files still has
// its hash. A changed file that brings in a new one has itself changed, so the new file needs no listing of its own.
//
//   tsx src/cli/build.ts                 build what is out of date
//   tsx src/cli/build.ts --force         build both, whatever the records say
//   tsx src/cli/build.ts web [--force]   only the web app (or: server)

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

interface BuildRecord {
  files: Record<string, string>;
}

const hashOf = (root: string, file: string): string | null => {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(path.join(root, file))).digest('hex');
  } catch {
    return null;
  }
};

const filesUnder = (root: string, dir: string): string[] =>
  fs.existsSync(path.join(root, dir))
    ? fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    : [];

/** The files the bundler read, relative to the project: the project's own, not the installed packages'. */
const ownFiles = (root: string, files: Iterable<string>): string[] =>
  [...files].flatMap((id) => {
    const file = path.resolve(root, id.split('?')[0]!);
    const relative = path.relative(root, file);
    return relative.startsWith('..') || relative.split(path.sep).includes('node_modules') || !fs.existsSync(file) ? [] : [relative];
  });

export interface Target {
  name: 'web' | 'server';
  /** Files every build writes: without them there is no build. */
  outputs: string[];
  /** Beside the build, not in it: dist/web is served to anyone, this is not for them. */
  record: string;
  /** What every build depends on, beyond the modules it reads: this file too, which says how a build is made. */
  always(root: string): string[];
  /** Builds, and gives the files the build read. */
  build(root: string): Promise<string[]>;
}

const everyBuild = ['tsconfig.json', 'package-lock.json', 'src/cli/build.ts'];

export const web: Target = {
  name: 'web',
  outputs: ['dist/web/index.html'],
  record: 'dist/web-build.json',
  always: (root) => [...everyBuild, 'vite.config.ts', 'web/index.html', ...filesUnder(root, 'web/public')],
  async build(root) {
    const { build } = await import('vite');
    const inputs: string[] = [];
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      plugins: [
        {
          name: 'record-build-inputs',
          generateBundle() {
            inputs.push(...ownFiles(root, this.getModuleIds()));
          },
        },
      ],
    });
    compressBuild(root);
    return inputs;
  },
};

/**
 * In the compiled server, `import.meta.url` is still the address of the source file that says it, not of the
 * bundle: what a module finds beside itself (the migrations, the codes, the built web app) is found from the
 * compiled server exactly as from the sources.
 */
const sourceAddresses = (outDir: string): Plugin => ({
  name: 'source-addresses',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      const fromBundle = path.relative(outDir, args.path).split(path.sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'ts' };
    });
  },
});

export const server: Target = {
  name: 'server',
  // The server, and the compiled check that bin/start.js runs.
  outputs: ['dist/server/main.js', 'dist/server/build.js'],
  record: 'dist/server-build.json',
  always: () => everyBuild,
  async build(root) {
    const { build } = await import('esbuild');
    const outdir = path.join(root, 'dist/server');
    // The server, and this file, whose check `npm start` (bin/start.js) runs before it without tsx. The installed
    // packages stay where they are, loaded by Node.js as they would be from the sources.
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/server/main.ts', 'src/cli/build.ts'],
      entryNames: '[name]',
      outdir,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Stack traces need only the mappings: the sources themselves, in the map, were two thirds of what a start read and parsed.
      sourcemap: true,
      sourcesContent: false,
      metafile: true,
      logLevel: 'warning',
      plugins: [sourceAddresses(outdir)],
    });
    return ownFiles(root, Object.keys(result.metafile.inputs));
  },
};

/** Why the build of `target` in `root` (the project's, unless a test says) is out of date, or null when it is not. */
export function staleBecause(target: Target, root = projectRoot): string | null {
  if (!target.outputs.every((file) => fs.existsSync(path.join(root, file)))) return 'there is no build yet';
  let previous: BuildRecord;
  try {
    previous = JSON.parse(fs.readFileSync(path.join(root, target.record), 'utf8')) as BuildRecord;
  } catch {
    return 'the build has no record of what it was made from';
  }
  for (const file of new Set(target.always(root))) {
    if (!(file in previous.files)) return `${file} is new`;
  }
  for (const [file, hash] of Object.entries(previous.files)) {
    if (hashOf(root, file) !== hash) return `${file} has changed`;
  }
  return null;
}

/** Writes down what a build of `target` in `root` was made from: the files it read, and those every build of it depends on. */
export function recordBuild(target: Target, root: string, inputs: Iterable<string>): void {
  const files: Record<string, string> = {};
  for (const file of [...new Set([...target.always(root), ...inputs])].sort()) files[file] = hashOf(root, file) ?? '';
  fs.writeFileSync(path.join(root, target.record), `${JSON.stringify({ files } satisfies BuildRecord, null, 1)}\n`);
}

/**
 * Writes each built text file's gzip and Brotli forms beside it, once, so that the server sends a browser
 * that accepts them the smaller file without compressing it again for every request.
 */
export function compressBuild(root: string): void {
  for (const file of filesUnder(root, 'dist/web').filter((f) => /\.(html|js|css|svg)$/.test(f))) {
    const body = fs.readFileSync(path.join(root, file));
    fs.writeFileSync(path.join(root, `${file}.gz`), zlib.gzipSync(body, { level: 9 }));
    fs.writeFileSync(path.join(root, `${file}.br`), zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

/** Builds the project's `target` if it is out of date (or when forced), saying which and why. */
export async function buildIfStale(target: Target, force = false): Promise<void> {
  const what = target === web ? 'web app' : 'server';
  const reason = force ? 'asked to' : staleBecause(target);
  if (reason === null) {
    process.stdout.write(`The ${what} is up to date (nothing it was made from has changed); not rebuilding.\n`);
    return;
  }
  process.stdout.write(`Building the ${what} (${reason})…\n`);
  // The record goes first, so that a build that fails part-way is never taken as up to date.
  fs.rmSync(path.join(projectRoot, target.record), { force: true });
  recordBuild(target, projectRoot, await target.build(projectRoot));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const named = [web, server].filter((target) => args.includes(target.name));
  for (const target of named.length ? named : [web, server]) await buildIfStale(target, args.includes('--force'));
}
