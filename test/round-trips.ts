import pg from 'pg';
import { vi } from 'vitest';

/**
 * The statements `work` sends to the database, each one round trip: every query of the pool, and of a
 * transaction or the wall around it, goes through a client's `query`.
 */
export async function roundTrips(work: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(pg.Client.prototype, 'query');
  try {
    await work();
    return spy.mock.calls.map(([first]) => String(typeof first === 'string' ? first : (first as { text?: string }).text));
  } finally {
    spy.mockRestore();
  }
}
