import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/index.ts';
import { codes, codeVersions, provisions } from './schema.ts';

// A code version's text never changes once loaded: a changed file is loaded with a new content hash
// (syncLibrary). So each text is read from the database once and kept in memory, by version and content
// hash. What a request still asks the database is which versions there are and their hashes (the
// catalogue, a few short rows), because another process sharing the database may load a new one.

const { search: _search, ...provisionColumns } = getTableColumns(provisions);

export type Provision = Omit<typeof provisions.$inferSelect, 'search'>;
export type VersionText = typeof codeVersions.$inferSelect & { provisions: Provision[] };
export type CatalogueEntry = Awaited<ReturnType<typeof catalogue>>[number];

/** Every version in the library with its content hash and its code's name, by code title and then date. */
export async function catalogue(db: Tx) {
  return db
    .select({ id: codeVersions.id, codeId: codeVersions.codeId, version: codeVersions.version, title: codeVersions.title, effectiveFrom: codeVersions.effectiveFrom, contentHash: codeVersions.contentHash, codeTitle: codes.title, publisher: codes.publisher })
    .from(codeVersions)
    .innerJoin(codes, eq(codes.id, codeVersions.codeId))
    .orderBy(asc(codes.title), asc(codeVersions.effectiveFrom));
}

const texts = new Map<string, Promise<VersionText>>();
const keyOf = (version: { id: string; contentHash: string }) => `${version.id}:${version.contentHash}`;

async function load(db: Tx, ids: string[]): Promise<Map<string, VersionText>> {
  const rows = await db.select({ version: codeVersions, provision: provisionColumns }).from(codeVersions).leftJoin(provisions, eq(provisions.versionId, codeVersions.id)).where(inArray(codeVersions.id, ids)).orderBy(asc(provisions.position));
  const loaded = new Map<string, VersionText>();
  for (const { version, provision } of rows) {
    const text = loaded.get(version.id) ?? { ...version, provisions: [] };
    if (provision) text.provisions.push(provision);
    loaded.set(version.id, text);
  }
  return loaded;
}

/** The texts of these versions, each read from the database the first time its content hash is asked for. */
export async function textsOf(db: Tx, versions: readonly { id: string; contentHash: string }[]): Promise<VersionText[]> {
  const missing = new Map(versions.filter((v) => !texts.has(keyOf(v))).map((v) => [keyOf(v), v]));
  if (missing.size) {
    const loading = load(db, [...missing.values()].map((v) => v.id));
    for (const [key, v] of missing) {
      const text = loading.then((loaded) => {
        const found = loaded.get(v.id);
        if (!found) throw new Error(`Code version ${v.id} is not in the library.`);
        // Loaded again with other text since its hash was read: this answer has the text as it is now, but it is not kept.
        if (found.contentHash !== v.contentHash) texts.delete(key);
        return found;
      });
      text.catch(() => texts.delete(key));
      texts.set(key, text);
    }
  }
  return Promise.all(versions.map((v) => texts.get(keyOf(v))!));
}
