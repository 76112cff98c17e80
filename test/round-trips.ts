import pg from 'pg';
import { vi } from 'vitest';

/**
 * The statements `work` sends to the database, each one round trip, with their values: every query of the
 * pool, and of a transaction or the wall around it, goes through a client's `query`.
 */
export async function statementsSent(work: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]> {
  const spy = vi.spyOn(pg.Client.prototype, 'query');
  try {
    await work();
    return spy.mock.calls.map(([first, values]) => {
      const config = typeof first === 'string' ? { text: first } : (first as { text?: string; values?: unknown[] });
      return { text: String(config.text), values: (Array.isArray(values) ? values : config.values) ?? [] };
    });
  } finally {
    spy.mockRestore();
  }
}

/** The statements `work` sends to the database, each one round trip. */
export const roundTrips = async (work: () => Promise<unknown>): Promise<string[]> => (await statementsSent(work)).map((s) => s.text);
