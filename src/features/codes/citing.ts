import { and, asc, desc, eq, inArray, isNull, lte, or, gt } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { citationText, codeName, provisionWords } from '../../platform/citation-words.ts';
import { clock } from '../../platform/clock.ts';
import { adoptions, attestationCampaigns, codes, codeVersions, provisions, versionMappings } from './schema.ts';

// Citations that other features show (a deadline's source, a notice, a calendar event): a code and the keys
// of its provisions, read against the codes library. The version is not fixed by the citing record: it is
// the version the organisation has in force, else the newest, so a new version of a code moves its
// citations with it (through its mapping where a key changed).

/** Provisions of a code by their keys in the codes library; no keys cites the code as a whole. */
export interface CitationRef {
  code: string;
  provisions: readonly string[];
}

export interface Citation {
  code: string;
  version: string;
  /** The code as it names itself: "SET Code of Practice". */
  name: string;
  /** "SET Code of Practice, provision 10". */
  text: string;
  /** The stable address in the codes library of the first provision cited (or of the code). */
  href: string;
  provisions: { key: string; words: string; href: string }[];
}

const address = (code: string, version: string, key?: string) =>
  `/codes/${encodeURIComponent(code)}/${encodeURIComponent(version)}${key ? `#${encodeURIComponent(`p-${key}`)}` : ''}`;

/** The version of a code an organisation has in force today, else the code's newest version. */
async function versionToRead(db: Db, code: string, organisationId: string | null) {
  const today = clock.now().toISOString().slice(0, 10);
  if (organisationId) {
    const [adopted] = await db
      .select({ version: codeVersions })
      .from(adoptions)
      .innerJoin(codeVersions, eq(codeVersions.id, adoptions.versionId))
      .where(and(eq(adoptions.organisationId, organisationId), eq(codeVersions.codeId, code), lte(adoptions.adoptedFrom, today), or(isNull(adoptions.endedOn), gt(adoptions.endedOn, today))))
      .orderBy(desc(codeVersions.effectiveFrom))
      .limit(1);
    if (adopted) return adopted.version;
  }
  const [newest] = await db.select().from(codeVersions).where(eq(codeVersions.codeId, code)).orderBy(desc(codeVersions.effectiveFrom)).limit(1);
  return newest ?? null;
}

/** Reads one citation against the library; null when the code is not in it. */
async function read(db: Db, ref: CitationRef, organisationId: string | null, fixedVersion?: string): Promise<Citation | null> {
  const [code] = await db.select().from(codes).where(eq(codes.id, ref.code));
  const version = fixedVersion
    ? ((await db.select().from(codeVersions).where(and(eq(codeVersions.codeId, ref.code), eq(codeVersions.version, fixedVersion))))[0] ?? null)
    : await versionToRead(db, ref.code, organisationId);
  if (!code || !version) return null;
  const all = await db.select({ key: provisions.key, parentKey: provisions.parentKey, number: provisions.number, heading: provisions.heading, text: provisions.text }).from(provisions).where(eq(provisions.versionId, version.id)).orderBy(asc(provisions.position));
  const byKey = new Map(all.map((p) => [p.key, p]));
  // A key this version does not have: where a mapping from an earlier version says what it became.
  const mappings = ref.provisions.some((key) => !byKey.has(key)) ? await db.select().from(versionMappings).where(and(eq(versionMappings.codeId, ref.code), eq(versionMappings.toVersion, version.version))) : [];
  const keys = ref.provisions.flatMap((key) => (byKey.has(key) ? [key] : mappings.flatMap((m) => m.pairs.filter((pair) => pair.from === key && pair.to).map((pair) => pair.to!))));
  const cited = new Set(keys);
  // A provision cited with its parent is part of it: "provision 10" covers 10.1 to 10.4.
  const withinCited = (key: string) => {
    for (let parent = byKey.get(key)?.parentKey; parent; parent = byKey.get(parent)?.parentKey) if (cited.has(parent)) return true;
    return false;
  };
  const shown = [...cited].filter((key) => byKey.has(key) && !withinCited(key)).map((key) => byKey.get(key)!);
  const name = codeName(code, [version.preamble, ...all.slice(0, 20).map((p) => p.text)]);
  const childNumbers = (key: string) => all.filter((p) => p.parentKey === key).map((p) => p.number);
  const named = shown.map((p) => ({ ...p, childNumbers: childNumbers(p.key) }));
  const items = named.map((p) => ({ key: p.key, words: provisionWords(p), href: address(code.id, version.version, p.key) }));
  return { code: code.id, version: version.version, name, text: citationText(name, named), href: items[0]?.href ?? address(code.id, version.version), provisions: items };
}

/** Each citation read against the library, in order; null for a code the library does not have. */
export async function readCitations(db: Db, refs: (CitationRef | null)[], organisationId: string | null): Promise<(Citation | null)[]> {
  const cache = new Map<string, Promise<Citation | null>>();
  return Promise.all(
    refs.map((ref) => {
      if (!ref) return null;
      const id = `${ref.code}:${ref.provisions.join(',')}`;
      if (!cache.has(id)) cache.set(id, read(db, ref, organisationId));
      return cache.get(id)!;
    }),
  );
}

/** What a request to confirm a code cites: that code version itself, the one its campaign asks people to confirm. */
export async function campaignCitations(db: Db, campaignIds: string[]): Promise<Map<string, Citation>> {
  const ids = [...new Set(campaignIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: attestationCampaigns.id, code: codeVersions.codeId, version: codeVersions.version })
    .from(attestationCampaigns)
    .innerJoin(codeVersions, eq(codeVersions.id, attestationCampaigns.versionId))
    .where(inArray(attestationCampaigns.id, ids));
  const found = await Promise.all(rows.map(async (row) => [row.id, await read(db, { code: row.code, provisions: [] }, null, row.version)] as const));
  return new Map(found.filter((entry): entry is readonly [string, Citation] => entry[1] !== null));
}
