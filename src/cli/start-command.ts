import fs from 'node:fs';
import path from 'node:path';

/**
 * How `npm start` runs Probity, read from package.json's start script, where it is set: Node's flags (the
 * heap held to a size, README: Performance) and the script. The benchmark and the browser tests start the
 * server with the same, so that they measure and test what runs.
 */
export function startArguments(root: string): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = scripts.start.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`package.json's start script is not a node command: ${scripts.start}`);
  return args;
}
