#!/usr/bin/env node
// `npm start`: builds what is out of date (src/cli/build.ts), then starts the server compiled from
// src/server/main.ts, in this process. Whether anything is out of date is asked of the compiled copy of
// src/cli/build.ts with plain Node.js, in milliseconds; only a build runs the TypeScript through tsx, which
// takes longer to start than the whole check. A check compiled before src/cli/build.ts changed still sees
// that it changed, as every build's record holds that file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const upToDate = await import('../dist/server/build.js')
  .then(({ staleBecause, server, web }) => staleBecause(web) === null && staleBecause(server) === null)
  .catch(() => false);
if (!upToDate) {
  const built = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../src/cli/build.ts', import.meta.url))], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
// Stack traces name the TypeScript sources.
process.setSourceMapsEnabled(true);
await import('../dist/server/main.js');
