import { z } from 'zod';
import type { Db } from '../../db/index.ts';
import type { PersonalDataSection } from '../../platform/personal-data.ts';
import { CODES_DIR, readLibrary } from './files.ts';
import { personalAttestations, syncLibrary } from './service.ts';

export { adopt } from './service.ts';

// Its confirmations of reading a code version in the records' retention schedule; and forgetting what a
// record deleted under that schedule cited.
export { attestationRecordTypes, forgetCitations } from './retention.ts';

// Citations other features show, read against the library (citing.ts).
export { citationsFor, readCitations, type Citation, type CitationRef, type CitationSource } from './citing.ts';

// What other features may read of the codes: the versions in force in an organisation (the rule is
// `adoptionStatus` in rules.ts), and versions and provisions by id.
export { provisionsById, provisionsOfVersions, versionsById, versionsInForce } from './service.ts';

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

/** The codes a person confirmed, with the exact statement and content: their part of the personal-data export. */
export const attestationsPersonalData: PersonalDataSection = {
  name: 'attestations',
  schema: z.array(z.object({ organisation: z.string(), code: z.string(), version: z.string(), statement: z.string(), contentHash: z.string(), attestedAt: z.date() })),
  gather: personalAttestations,
};
