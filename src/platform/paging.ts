import { sql } from 'drizzle-orm';
import { z } from 'zod';

// Long lists come a page at a time, with the total of all that match (sent in X-Total-Count).

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};

export interface Page {
  limit: number;
  offset: number;
}

/** For an export, which takes every row: far beyond any organisation's list. */
export const EVERY_ROW: Page = { limit: 10_000_000, offset: 0 };

/** Selected with a page's rows: how many rows match in all (a window over the whole result, in the same pass). */
export const matching = () => sql<number>`count(*) OVER ()`.mapWith(Number);

/** The total from a page's rows; a page past the end has none, so then the rows are counted. */
export async function totalOf(rows: { total: number }[], page: Page, count: () => Promise<number>): Promise<number> {
  return rows[0]?.total ?? (page.offset > 0 ? count() : 0);
}

/**
 * How far a list too long to count cheaply counts (the conduct log): beyond it the list says there are more
 * than this many, in X-Total-Count-More, and its reader narrows it rather than paging through the rest.
 */
export const COUNTED_UP_TO = 10_000;

/** A page's total counted up to COUNTED_UP_TO, and whether there are more. */
export interface CountedUpTo {
  total: number;
  more: boolean;
}

/** The headers that carry a total counted up to COUNTED_UP_TO. */
export const totalHeaders = ({ total, more }: CountedUpTo): Record<string, string> => (more ? { 'x-total-count': String(total), 'x-total-count-more': 'true' } : { 'x-total-count': String(total) });
