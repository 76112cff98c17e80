import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

// `npm start` builds the web app first (the `prestart` script), but only when it is out of date: a restart
// with nothing changed serves the build it has. A build records every file it was made from (the modules
// the bundler read, the page, the public files, the configuration and the installed packages' versions)
// with a hash of each; the build is up to date while every one of those files still has its hash.
// A changed file that brings in a new one has itself changed, so the new file needs no listing of its own.
//
//   tsx src/cli/build-web.ts          build if out of date
//   tsx src/cli/build-web.ts --force  build whatever the record says

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const outDirOf = (root: string) => path.join(root, 'dist/web');
/** Beside the build, not in it: dist/web is served to anyone, this is not for them. */
const recordOf = (root: string) => path.join(root, 'dist/web-build.json');
/** What every build depends on, beyond the modules it reads: this file too, which says how a build is made. */
const always = ['vite.config.ts', 'tsconfig.json', 'package-lock.json', 'web/index.html', 'src/cli/build-web.ts'];

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

/** Why the build in `root` (the project's, unless a test says) is out of date, or null when it is not. */
export function staleBecause(root = projectRoot): string | null {
  if (!fs.existsSync(path.join(outDirOf(root), 'index.html'))) return 'there is no build yet';
  let previous: BuildRecord;
  try {
    previous = JSON.parse(fs.readFileSync(recordOf(root), 'utf8')) as BuildRecord;
  } catch {
    return 'the build has no record of what it was made from';
  }
  for (const file of new Set([...always, ...filesUnder(root, 'web/public')])) {
    if (!(file in previous.files)) return `${file} is new`;
  }
  for (const [file, hash] of Object.entries(previous.files)) {
    if (hashOf(root, file) !== hash) return `${file} has changed`;
  }
  return null;
}

/** Writes down what a build in `root` was made from: the files it read, and those every build depends on. */
export function recordBuild(root: string, inputs: Iterable<string>): void {
  const files: Record<string, string> = {};
  for (const file of [...always, ...filesUnder(root, 'web/public'), ...inputs].sort()) files[file] = hashOf(root, file) ?? '';
  fs.writeFileSync(recordOf(root), `${JSON.stringify({ files } satisfies BuildRecord, null, 1)}\n`);
}

async function build(root: string): Promise<void> {
  const { build: viteBuild } = await import('vite');
  const inputs = new Set<string>();
  await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [
      {
        name: 'record-build-inputs',
        generateBundle() {
          for (const id of this.getModuleIds()) {
            const file = id.split('?')[0]!;
            if (!path.isAbsolute(file) || file.includes(`${path.sep}node_modules${path.sep}`)) continue;
            const relative = path.relative(root, file);
            if (!relative.startsWith('..') && fs.existsSync(file)) inputs.add(relative);
          }
        },
      },
    ],
  });
  compressBuild(root);
  recordBuild(root, inputs);
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const reason = force ? 'asked to' : staleBecause();
  if (reason === null) {
    process.stdout.write('The web app is up to date (nothing in web/ or what it uses has changed); not rebuilding.\n');
  } else {
    process.stdout.write(`Building the web app (${reason})…\n`);
    // The record goes first, so that a build that fails part-way is never taken as up to date.
    fs.rmSync(recordOf(projectRoot), { force: true });
    await build(projectRoot);
  }
}
