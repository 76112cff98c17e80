import crypto from 'node:crypto';
import { and, eq, gt, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/index.ts';
import { organisations, people, roleAssignments } from '../people/schema.ts';
import type { Role } from '../policy.ts';
import type { RetentionRule } from '../retention.ts';
import { sessions } from './schema.ts';
import { clock } from '../clock.ts';
import { builtOnce } from '../../db/built.ts';

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

/** A role the signed-in person holds in the organisation a request names. */
export interface Grant {
  role: Role;
  academyId: string | null;
  regionId: string | null;
}

export interface ResolvedSession {
  personId: string;
  /** Their roles in the organisation the request names (none without one). */
  grants: Grant[];
  /** The organisation requires two-factor sign-in for one of those roles, and the person has not turned it on. */
  secondFactorMissing: boolean;
}

/**
 * The person a session token signs in, while the session is neither idle too long nor past its absolute end,
 * with their grants in an organisation and whether those wait on a second factor: one round trip, as every
 * request makes it. The session's last use is written down at most once a minute, in the same statement.
 * The grants are subqueries rather than joins: planning this statement anew for every request is most of
 * what it costs the database, and a join of four tables takes several times longer to plan.
 */
export async function resolveSession(db: Db, token: string, policy: SessionPolicy, organisationId: string | null, now = clock.now()): Promise<ResolvedSession | null> {
  const values = { tokenHash: hashToken(token), now, idleSince: new Date(now.getTime() - policy.idleMinutes * 60_000), touchedBefore: new Date(now.getTime() - TOUCH_EVERY_MS), organisationId };
  if (!organisationId) {
    const [session] = await sessionAlone(db).execute(values);
    return session ? { personId: session.personId, grants: [], secondFactorMissing: false } : null;
  }
  const [session] = await sessionInOrganisation(db).execute(values);
  if (!session) return null;
  const grants = session.grants ?? [];
  const secondFactorMissing = !session.twoFactorOn && grants.some((g) => session.twoFactorRoles?.includes(g.role));
  return { personId: session.personId, grants, secondFactorMissing };
}

/** The session's statement, built once (its values are resolveSession's): the live session, touched where it is due. */
function liveSession(db: Db) {
  const live = and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now')), gt(sessions.lastSeenAt, sql.placeholder('idleSince')));
  // PostgreSQL runs a data-modifying WITH whether or not the query reads it.
  const touched = db.$with('touched').as(
    db.update(sessions).set({ lastSeenAt: sql`${sql.placeholder('now')}` }).where(and(live, lt(sessions.lastSeenAt, sql.placeholder('touchedBefore')))).returning({ personId: sessions.personId }),
  );
  return { live, touched };
}

const sessionAlone = builtOnce((db) => {
  const { live, touched } = liveSession(db);
  return db.with(touched).select({ personId: sessions.personId }).from(sessions).where(live);
});

const sessionInOrganisation = builtOnce((db) => {
  const { live, touched } = liveSession(db);
  // Qualified by hand: Drizzle leaves a column of a query's only table unqualified, which in a subquery would name the subquery's own.
  const personId = sql`${sessions}.${sql.identifier(sessions.personId.name)}`;
  const organisationId = sql`${sql.placeholder('organisationId')}::uuid`;
  return db
    .with(touched)
    .select({
      personId: sessions.personId,
      grants: sql<Grant[] | null>`(SELECT json_agg(json_build_object('role', r.role, 'academyId', r.academy_id, 'regionId', r.region_id)) FROM ${roleAssignments} r WHERE r.person_id = ${personId} AND r.organisation_id = ${organisationId})`,
      twoFactorRoles: sql<Role[] | null>`(SELECT o.two_factor_roles::text[] FROM ${organisations} o WHERE o.id = ${organisationId})`,
      twoFactorOn: sql<boolean>`(SELECT p.totp_secret IS NOT NULL FROM ${people} p WHERE p.id = ${personId})`,
    })
    .from(sessions)
    .where(live);
});

export async function endSession(tx: Tx, token: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session of a person: "sign out everywhere", a disabled account, a changed password. */
export async function endAllSessions(tx: Tx, personId: string): Promise<number> {
  const ended = await tx.delete(sessions).where(eq(sessions.personId, personId)).returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

/** Sessions go as soon as they can no longer be used: past their absolute end, or idle too long (resolveSession's test). */
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
