import { and, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { citationText, codeName, provisionWords } from '../../platform/citation-words.ts';
import { clock } from '../../platform/clock.ts';
import { adoptions, attestationCampaigns, versionMappings } from './schema.ts';
import { catalogue, textsOf, type CatalogueEntry, type VersionText } from './texts.ts';

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

/** What a record cites: provisions of a code, read in the version its organisation has in force, or a campaign's code version itself. */
export type CitationSource = { cites: CitationRef; organisationId: string | null } | { campaignId: string };

/** Reads one citation against the version's text. */
async function read(db: Db, ref: CitationRef, entry: CatalogueEntry, text: VersionText): Promise<Citation> {
  const all = text.provisions;
  const byKey = new Map(all.map((p) => [p.key, p]));
  // A key this version does not have: where a mapping from an earlier version says what it became.
  const mappings = ref.provisions.some((key) => !byKey.has(key)) ? await db.select().from(versionMappings).where(and(eq(versionMappings.codeId, ref.code), eq(versionMappings.toVersion, entry.version))) : [];
  const keys = ref.provisions.flatMap((key) => (byKey.has(key) ? [key] : mappings.flatMap((m) => m.pairs.filter((pair) => pair.from === key && pair.to).map((pair) => pair.to!))));
  const cited = new Set(keys);
  // A provision cited with its parent is part of it: "provision 10" covers 10.1 to 10.4.
  const withinCited = (key: string) => {
    for (let parent = byKey.get(key)?.parentKey; parent; parent = byKey.get(parent)?.parentKey) if (cited.has(parent)) return true;
    return false;
  };
  const shown = [...cited].filter((key) => byKey.has(key) && !withinCited(key)).map((key) => byKey.get(key)!);
  const name = codeName({ title: entry.codeTitle, publisher: entry.publisher }, [text.preamble, ...all.slice(0, 20).map((p) => p.text)]);
  const childNumbers = (key: string) => all.filter((p) => p.parentKey === key).map((p) => p.number);
  const named = shown.map((p) => ({ ...p, childNumbers: childNumbers(p.key) }));
  const items = named.map((p) => ({ key: p.key, words: provisionWords(p), href: address(entry.codeId, entry.version, p.key) }));
  return { code: entry.codeId, version: entry.version, name, text: citationText(name, named), href: items[0]?.href ?? address(entry.codeId, entry.version), provisions: items };
}

/**
 * What each record cites, read against the library, in order; null for a code the library does not have. A
 * code's provisions are read in the version the organisation has in force today, else the code's newest.
 */
export async function citationsFor(db: Db, sources: readonly (CitationSource | null)[]): Promise<(Citation | null)[]> {
  const today = clock.now().toISOString().slice(0, 10);
  const organisationIds = [...new Set(sources.flatMap((s) => (s && 'cites' in s && s.organisationId ? [s.organisationId] : [])))];
  const campaignIds = [...new Set(sources.flatMap((s) => (s && 'campaignId' in s ? [s.campaignId] : [])))];
  const [all, adopted, campaigns] = await Promise.all([
    catalogue(db),
    organisationIds.length
      ? db
          .select({ organisationId: adoptions.organisationId, versionId: adoptions.versionId })
          .from(adoptions)
          .where(and(inArray(adoptions.organisationId, organisationIds), lte(adoptions.adoptedFrom, today), or(isNull(adoptions.endedOn), gt(adoptions.endedOn, today))))
      : [],
    campaignIds.length ? db.select({ id: attestationCampaigns.id, versionId: attestationCampaigns.versionId }).from(attestationCampaigns).where(inArray(attestationCampaigns.id, campaignIds)) : [],
  ]);
  const inForce = new Set(adopted.map((a) => `${a.organisationId}:${a.versionId}`));
  const versionOf = (source: CitationSource | null) => {
    if (!source) return undefined;
    if ('campaignId' in source) return all.find((v) => v.id === campaigns.find((c) => c.id === source.campaignId)?.versionId);
    // The catalogue holds each code's versions oldest first.
    const versions = all.filter((v) => v.codeId === source.cites.code);
    return versions.findLast((v) => inForce.has(`${source.organisationId}:${v.id}`)) ?? versions.at(-1);
  };
  const entries = sources.map(versionOf);
  const texts = await textsOf(db, [...new Set(entries.filter((e) => e !== undefined))]);
  const textOf = new Map(texts.map((text) => [text.id, text]));
  const reads = new Map<string, Promise<Citation>>();
  return Promise.all(
    sources.map((source, i) => {
      const entry = entries[i];
      if (!source || !entry) return null;
      const ref = 'cites' in source ? source.cites : { code: entry.codeId, provisions: [] };
      const id = `${entry.id}:${ref.provisions.join(',')}`;
      if (!reads.has(id)) reads.set(id, read(db, ref, entry, textOf.get(entry.id)!));
      return reads.get(id)!;
    }),
  );
}

/** Each citation of an organisation's record read against the library, in order; null for a code the library does not have. */
export async function readCitations(db: Db, refs: readonly (CitationRef | null)[], organisationId: string | null): Promise<(Citation | null)[]> {
  return citationsFor(db, refs.map((cites) => (cites ? { cites, organisationId } : null)));
}
