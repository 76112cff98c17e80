import type { Db } from '../../db/index.ts';
import { CODES_DIR, readLibrary } from './files.ts';
import { syncLibrary } from './service.ts';

export { adopt, personalAttestations } from './service.ts';

/**
 * Loads the code files into the database at start. A file with a problem is left out and each problem is
 * reported; the rest load. `probity codes validate` shows the same problems.
 */
export async function loadCodes(db: Db, dir = CODES_DIR) {
  const library = readLibrary(dir);
  const broken = new Set(library.problems.map((p) => p.file));
  const loaded = await syncLibrary(db, { ...library, codes: library.codes.filter((c) => !broken.has(c.file)) });
  return { ...loaded, problems: library.problems, files: library.codes.length };
}
