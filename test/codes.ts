import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Made-up codes the database tests load, so that they do not depend on the real library's content. */
export const TEST_CODES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'codes');
