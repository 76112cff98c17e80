import { sql } from 'drizzle-orm';
import type { Db, Transaction } from './index.ts';

/**
 * How PostgreSQL should plan some statements, where its defaults cost more than the work:
 * - `noJit`: an analytic statement would be compiled to machine code first, which takes longer than running it;
 * - `noParallel`: a list's statements, each an index scan over a few rows, would start parallel workers where
 *   it cannot tell how few rows a condition holds (a person's grants), and the workers' start costs more than
 *   the scan and, under load, takes cores from other requests;
 * - `noJitHashed`: as `noJit`, for a statement that groups tallies (the conduct log's reports), each with a
 *   set of people as bits: PostgreSQL would sort all of them to group them, spilling to disk, where hashing
 *   keeps one tally for each of a few hundred groups.
 */
export type Planning = 'noJit' | 'noParallel' | 'noJitHashed';

const SETTING: Record<Planning, ReturnType<typeof sql>> = {
  noJit: sql`set local jit = off`,
  noParallel: sql`set local max_parallel_workers_per_gather = 0`,
  noJitHashed: sql`select set_config('jit', 'off', true), set_config('enable_sort', 'off', true)`,
};

/** Runs statements in a transaction of their own, planned as asked (the settings end with it). */
export function planned<T>(db: Db, planning: Planning, run: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(SETTING[planning]);
    return run(tx);
  });
}
