import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/index.ts';
import { clock } from '../clock.ts';

// The hash chain shows any change to a past entry, but not the newest entries cut off its end: what is
// left is still a valid chain. So each chain's head (its newest entry) is written down outside the
// database every hour, one JSON line per chain that moved; verifying then also checks that each chain
// still holds its last anchored head, unchanged. Keep the file where the database's administrators
// cannot write (PROBITY_AUDIT_ANCHORS), or copy it away.

export interface Anchor {
  organisationId: string | null;
  seq: number;
  hash: string;
  /** When the head was written down. */
  at: string;
}

const chainKey = (organisationId: string | null) => organisationId ?? 'global';

/** The last anchored head of each chain. Lines that are not anchors are passed over. */
export function latestAnchors(file: string): Map<string, Anchor> {
  const latest = new Map<string, Anchor>();
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return latest;
    throw error;
  }
  for (const line of text.split('\n')) {
    let anchor: Partial<Anchor>;
    try {
      anchor = JSON.parse(line) as Partial<Anchor>;
    } catch {
      continue;
    }
    if (typeof anchor.seq === 'number' && typeof anchor.hash === 'string' && typeof anchor.at === 'string' && (typeof anchor.organisationId === 'string' || anchor.organisationId === null)) {
      latest.set(chainKey(anchor.organisationId), anchor as Anchor);
    }
  }
  return latest;
}

export const anchorOf = (anchors: Map<string, Anchor>, organisationId: string | null) => anchors.get(chainKey(organisationId));

/** Writes down the head of every chain that has moved since its last anchor; returns how many. */
export async function anchorChains(tx: Tx, file: string, now = clock.now()): Promise<number> {
  // Each chain's newest entry, found through the chain index: one short look per organisation.
  const { rows } = await tx.execute<{ organisation_id: string | null; seq: string; hash: string }>(sql`
    SELECT o.id AS organisation_id, h.seq, h.hash FROM organisations o
      CROSS JOIN LATERAL (SELECT seq, hash FROM audit_events e WHERE e.organisation_id = o.id ORDER BY seq DESC LIMIT 1) h
    UNION ALL
    (SELECT NULL, seq, hash FROM audit_events WHERE organisation_id IS NULL ORDER BY seq DESC LIMIT 1)`);
  const latest = latestAnchors(file);
  const moved = rows
    .map((r) => ({ organisationId: r.organisation_id, seq: Number(r.seq), hash: r.hash, at: now.toISOString() }))
    .filter((head) => anchorOf(latest, head.organisationId)?.seq !== head.seq);
  if (moved.length) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, moved.map((head) => `${JSON.stringify(head)}\n`).join(''), { mode: 0o600 });
  }
  return moved.length;
}
