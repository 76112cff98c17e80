import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testApp, type TestApp } from '../../test/app.ts';
import { startClockAt } from '../../test/clock.ts';
import { makeOrganisation, makePerson, signIn } from '../../test/factories.ts';
import { clock } from './clock.ts';
import { rateLimitCounts, rateLimitRetention, SharedCounts, SYNC_EVERY_MS } from './rate-limits.ts';
import { cutoffOf } from './retention.ts';

// Two servers on one database, as two processes behind a load balancer with no sticky sessions: a session
// made on one is used on the other, and a request limit holds across both, to within one synchronisation.

let one: TestApp;
let two: TestApp;
beforeAll(async () => {
  [one, two] = (await Promise.all([0, 1].map(() => testApp({ env: { RATE_LIMIT_PER_MINUTE: '10' } })))) as [TestApp, TestApp];
});
afterAll(async () => {
  await Promise.all([one.close(), two.close()]);
});
afterEach(() => clock.set(null));

/** Long enough for each server to have added its counts and read back the totals. */
const synchronised = () => new Promise((resolve) => setTimeout(resolve, 2 * SYNC_EVERY_MS + 200));

describe('request limits across two servers on one database', () => {
  it('uses a session made on one server on the other, and counts a person’s requests to both against one allowance', async () => {
    startClockAt(new Date('2026-05-12T09:00:05Z'));
    const org = await makeOrganisation(one.database.db);
    const [person, colleague] = await Promise.all([0, 1].map(() => makePerson(one.database.db, org.id, [{ role: 'staff' }])));
    const session = await signIn(one.app, person!.email);
    const ask = async (server: TestApp, headers = session.headers) => (await server.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode;

    for (let i = 0; i < 6; i++) expect(await ask(one)).toBe(200);
    await synchronised();
    for (let i = 0; i < 4; i++) expect(await ask(two)).toBe(200);
    await synchronised();
    // Ten in the minute, six through one server and four through the other: the eleventh is refused by either.
    expect(await ask(one)).toBe(429);
    expect(await ask(two)).toBe(429);
    // Someone else, and the same person in the next minute, are not.
    expect(await ask(two, (await signIn(two.app, colleague!.email)).headers)).toBe(200);
    startClockAt(new Date('2026-05-12T09:01:01Z'));
    expect(await ask(two)).toBe(200);
    expect(await ask(one)).toBe(200);
  });

  it('writes down no address and no person, only keyed hashes, and lets the retention schedule clear ended windows', async () => {
    startClockAt(new Date('2026-05-13T10:00:00Z'));
    const address = '198.51.100.77';
    for (let i = 0; i < 3; i++) expect((await two.app.inject({ method: 'GET', url: '/api/health', remoteAddress: address })).statusCode).not.toBe(429);
    await synchronised();
    const { rows } = await one.database.db.execute<{ key: string; count: number }>(sql`SELECT key, count FROM ${rateLimitCounts} WHERE window_start = '2026-05-13T10:00:00Z'`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.count === 3)).toBe(true);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key))).toBe(true);
    const { rows: mentioning } = await one.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${rateLimitCounts} WHERE key LIKE ${`%${address}%`} OR key LIKE '%person:%'`);
    expect(mentioning).toEqual([{ n: 0 }]);
    // A day later the window's counts go. Each server forgets the ended window at its next synchronisation
    // first: until then it writes the window's keys again at each one, as it does for the window it is in.
    startClockAt(new Date('2026-05-14T10:00:01Z'));
    await synchronised();
    const deleted = await one.database.db.transaction((tx) => rateLimitRetention.apply(tx, cutoffOf(rateLimitRetention, new Date('2026-05-14T10:00:01Z'))));
    expect(deleted).toBeGreaterThan(0);
    expect((await one.database.db.execute(sql`SELECT 1 FROM ${rateLimitCounts} WHERE window_start = '2026-05-13T10:00:00Z'`)).rows).toEqual([]);
  });

  it('goes on counting in memory while the database cannot be reached, and adds the counts once it can', async () => {
    startClockAt(new Date('2026-05-14T11:00:00Z'));
    const failing = { execute: vi.fn().mockRejectedValue(new Error('connection refused')) };
    const errors: unknown[] = [];
    const counts = new SharedCounts(failing as never, (key) => `hash of ${key}`, (error) => errors.push(error));
    try {
      expect(counts.incr('k', 60_000)).toMatchObject({ current: 1, ttl: expect.closeTo(60_000, -4) });
      await counts.sync();
      expect(errors).toHaveLength(1);
      expect(counts.incr('k', 60_000).current).toBe(2);
      failing.execute.mockResolvedValue({ rows: [{ key: 'hash of k', window_start: '2026-05-14T11:00:00Z', count: 7 }] });
      await counts.sync();
      // Both requests were sent in the one statement that worked; the total read back includes the others'.
      expect(failing.execute).toHaveBeenCalledTimes(2);
      expect(counts.incr('k', 60_000).current).toBe(8);
    } finally {
      await counts.close();
    }
  });
});
