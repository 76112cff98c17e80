import { z } from 'zod';
import type { Db } from '../../db/index.ts';
import { citationsFor, type Citation, type CitationSource } from '../codes/index.ts';
import { kindOf } from './rules.ts';

// What each deadline cites, read against the codes library for the deadline's organisation: the provisions
// its kind names, or for a request to confirm a code, that code itself.

export type { Citation };

/** A citation as a person reads it, with the stable addresses of the code and its provisions in the library. */
export const citationSchema = z.object({
  code: z.string(),
  version: z.string(),
  name: z.string(),
  text: z.string(),
  href: z.string(),
  provisions: z.array(z.object({ key: z.string(), words: z.string(), href: z.string() })),
});

interface Cites {
  organisationId: string;
  kind: string;
  recordType: string | null;
  recordId: string | null;
}

export async function citationsOf(db: Db, items: Cites[]): Promise<(Citation | null)[]> {
  return citationsFor(
    db,
    items.map((d): CitationSource | null => {
      if (d.recordType === 'attestation_campaign' && d.recordId) return { campaignId: d.recordId };
      const cites = kindOf(d.kind)?.cites;
      return cites ? { cites, organisationId: d.organisationId } : null;
    }),
  );
}

/** The deadlines, each with its citation. */
export async function withCitations<T extends Cites>(db: Db, items: T[]): Promise<(T & { citation: Citation | null })[]> {
  const citations = await citationsOf(db, items);
  return items.map((item, index) => ({ ...item, citation: citations[index] ?? null }));
}
