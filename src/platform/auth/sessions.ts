import crypto from 'node:crypto';
import { and, eq, gt, lte, or } from 'drizzle-orm';
import type { Tx } from '../../db/index.ts';
import type { RetentionRule } from '../retention.ts';
import { sessions } from './schema.ts';
import { clock } from '../clock.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** 256 random bits, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/**
 * The CSRF token is derived from the session token, so it needs no storage and changes with every session.
 * Writes must echo it in x-csrf-token; a page on another site cannot read it.
 */
export function csrfTokenFor(sessionToken: string): string {
  return crypto.createHmac('sha256', sessionToken).update('probity.csrf').digest('base64url');
}

export function csrfMatches(sessionToken: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(presented);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export async function createSession(tx: Tx, personId: string, policy: SessionPolicy, now = clock.now()): Promise<string> {
  const token = newToken();
  await tx.insert(sessions).values({
    tokenHash: hashToken(token),
    personId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.absoluteHours * 3_600_000),
  });
  return token;
}

const TOUCH_EVERY_MS = 60_000;

/** The person a session token signs in, while the session is neither idle too long nor past its absolute end. */
export async function findSession(tx: Tx, token: string, policy: SessionPolicy, now = clock.now()): Promise<{ personId: string } | null> {
  const tokenHash = hashToken(token);
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const [session] = await tx
    .select({ personId: sessions.personId, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)));
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { personId: session.personId };
}

export async function endSession(tx: Tx, token: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session of a person: "sign out everywhere", a disabled account, a changed password. */
export async function endAllSessions(tx: Tx, personId: string): Promise<number> {
  const ended = await tx.delete(sessions).where(eq(sessions.personId, personId)).returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

/** Sessions go as soon as they can no longer be used: past their absolute end, or idle too long (findSession's test). */
export function sessionsRetention(policy: SessionPolicy): RetentionRule {
  return {
    record: 'sessions',
    keptFor: 'PT0S',
    after: `the session ends: ${policy.absoluteHours} hours after signing in, or after ${policy.idleMinutes} minutes unused`,
    action: 'delete',
    reason: 'An ended session can never sign anyone in again; the audit trail keeps each sign-in and sign-out.',
    async apply(tx, cutoff) {
      const idleSince = new Date(cutoff.getTime() - policy.idleMinutes * 60_000);
      return (await tx.delete(sessions).where(or(lte(sessions.expiresAt, cutoff), lte(sessions.lastSeenAt, idleSince))).returning({ tokenHash: sessions.tokenHash })).length;
    },
  };
}
