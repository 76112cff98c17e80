import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { clock } from '../../platform/clock.ts';
import { citationsOf, type Citation } from './citations.ts';
import { stateOf, type DeadlineState } from './rules.ts';
import { deadlines } from './schema.ts';
import { deadlineAddress, describeDue } from './service.ts';

// What the inbox shows of the deadline a notice is about: where it stands now (a notice of a new deadline
// that has since been met says so), where to find it, and what it cites.

export interface DeadlineNow {
  id: string;
  title: string;
  state: DeadlineState;
  due: string;
  metAt: Date | null;
  waivedAt: Date | null;
  href: string;
  citation: Citation | null;
}

/** The deadlines with these ids, as they are now, each addressed for the person reading about it. */
export async function deadlinesNow(db: Db, personId: string, ids: string[], now = clock.now()): Promise<Map<string, DeadlineNow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select().from(deadlines).where(inArray(deadlines.id, unique));
  const citations = await citationsOf(db, rows);
  return new Map(
    rows.map((row, index) => [
      row.id,
      {
        id: row.id,
        title: row.title,
        state: stateOf(row, now),
        due: describeDue(row),
        metAt: row.metAt,
        waivedAt: row.waivedAt,
        href: deadlineAddress(row, personId),
        citation: citations[index] ?? null,
      },
    ]),
  );
}
