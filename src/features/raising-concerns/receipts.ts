import crypto from 'node:crypto';
import { and, count, eq, gt } from 'drizzle-orm';
import type { Db, Tx } from '../../db/index.ts';
import { hashWithSalt } from '../../platform/auth/passwords.ts';
import { TooManyRequests } from '../../platform/errors.ts';
import { concernLookupFailures, concernReports } from './schema.ts';

// Finding a report by its receipt code, and slowing down anyone who guesses. A receipt code is kept only as
// an argon2id hash, with the costs passwords have; salted by its organisation rather than per report, so
// that the hash of a code typed can be looked up (a code has 90 random bits: no table of precomputed hashes
// could cover them, and each organisation's are different). Every look-up costs one hash whether or not a
// report exists, and every miss is answered alike.

/** The receipt code's hash, as stored: the same code in the same organisation always gives the same hash. */
export function receiptHash(canonicalCode: string, organisationId: string): Promise<string> {
  return hashWithSalt(canonicalCode, Buffer.from(organisationId.replace(/-/g, ''), 'hex'));
}

/** Within this window, an organisation's misses, or one address's, beyond their ceiling are refused. */
export const LOOKUP_WINDOW_MS = 15 * 60_000;
/** Misses from one address (counted in memory only: no address is ever written down). */
export const MAX_MISSES_PER_ADDRESS = 10;
/** Misses against one organisation from anyone: a ceiling on guessing spread over many addresses. */
export const MAX_MISSES_PER_ORGANISATION = 200;

/**
 * Each address's misses, in this server's memory, keyed by a keyed hash of the address under a key made at
 * start and never stored, so that even the memory holds no address, and nothing of it outlives the process.
 */
export class AddressThrottle {
  private readonly key = crypto.randomBytes(32);
  private readonly misses = new Map<string, number[]>();

  constructor(
    private readonly limit = MAX_MISSES_PER_ADDRESS,
    private readonly windowMs = LOOKUP_WINDOW_MS,
  ) {}

  private keyOf(address: string) {
    return crypto.createHmac('sha256', this.key).update(address).digest('base64url');
  }

  private recent(key: string, now: Date) {
    const since = now.getTime() - this.windowMs;
    const kept = (this.misses.get(key) ?? []).filter((at) => at > since);
    if (kept.length) this.misses.set(key, kept);
    else this.misses.delete(key);
    return kept;
  }

  blocked(address: string, now: Date): boolean {
    return this.recent(this.keyOf(address), now).length >= this.limit;
  }

  miss(address: string, now: Date): void {
    const key = this.keyOf(address);
    this.misses.set(key, [...this.recent(key, now), now.getTime()]);
    // A bound on memory: the oldest addresses go first (a Map keeps the order of insertion).
    if (this.misses.size > 100_000) this.misses.delete(this.misses.keys().next().value!);
  }
}

const tooMany = () => new TooManyRequests(LOOKUP_WINDOW_MS / 1000, 'Too many receipt codes were tried that open no report. Wait 15 minutes, then enter yours again.');

/** Refuses a look-up while the address, or the organisation, has missed too often in the window. */
export async function refuseIfThrottled(db: Db, throttle: AddressThrottle, organisationId: string, address: string, now: Date): Promise<void> {
  if (throttle.blocked(address, now)) throw tooMany();
  const [misses] = await db
    .select({ n: count() })
    .from(concernLookupFailures)
    .where(and(eq(concernLookupFailures.organisationId, organisationId), gt(concernLookupFailures.at, new Date(now.getTime() - LOOKUP_WINDOW_MS))));
  if ((misses?.n ?? 0) >= MAX_MISSES_PER_ORGANISATION) throw tooMany();
}

/** The report a canonical receipt code opens in the organisation, or null; a miss is counted. */
export async function findByReceipt(db: Db, throttle: AddressThrottle, organisationId: string, canonicalCode: string, address: string, now: Date): Promise<string | null> {
  const hash = await receiptHash(canonicalCode, organisationId);
  const [found] = await db
    .select({ id: concernReports.id })
    .from(concernReports)
    .where(and(eq(concernReports.organisationId, organisationId), eq(concernReports.receiptHash, hash)));
  if (found) return found.id;
  throttle.miss(address, now);
  await db.transaction((tx: Tx) => tx.insert(concernLookupFailures).values({ organisationId, at: now }));
  return null;
}
