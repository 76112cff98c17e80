import { and, count, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Transaction } from '../../db/index.ts';
import { audit, type AuditActor } from '../../platform/audit/index.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import { oneTimeTokens, recoveryCodes, sessions, signInChallenges, signInFailures } from '../../platform/auth/schema.ts';
import { acceptedStep, hashRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUrl } from '../../platform/auth/two-factor.ts';
import { hashPassword, passwordWeakness, verifyPassword } from '../../platform/auth/passwords.ts';
import { createSession, endAllSessions, endSession, hashToken, newToken, type SessionPolicy } from '../../platform/auth/sessions.ts';
import { Conflict, Invalid, Problem, TooManyRequests } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import { renderLetter } from '../../platform/mail/templates.ts';
import { academies, employments, memberships, organisations, people, regions, roleAssignments } from '../../platform/people/schema.ts';
import { totpContext, type SecretBox } from '../../platform/secrets.ts';
import { notifications } from '../../platform/notifications/index.ts';
import { gatherPersonalData, type PersonalDataSection } from '../../platform/personal-data.ts';
import { clock } from '../../platform/clock.ts';
import { builtOnce } from '../../db/built.ts';

export interface AccountsContext {
  db: Db;
  mailer: Mailer;
  /** Authenticator secrets are kept sealed (see platform/secrets). */
  secrets: SecretBox;
  sessions: SessionPolicy;
  publicUrl: string;
}

// Throttling: within the window, this many failures for one account, or from one address, refuse further tries.
export const FAILURE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;
const RESET_TOKEN_HOURS = 1;
const CHALLENGE_MINUTES = 5;
const MAX_CODE_FAILURES = 5;
export const INVITATION_TOKEN_DAYS = 7;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const invalidCredentials = () =>
  new Problem(401, '/problems/invalid-credentials', 'Sign-in failed', 'The email address or password is not right.');

export async function findByEmail(db: Db, email: string) {
  const [person] = await db.select().from(people).where(eq(sql`lower(${people.email})`, normaliseEmail(email)));
  return person;
}

export async function signIn(ctx: AccountsContext, input: { email: string; password: string; address: string; requestId: string }) {
  const email = normaliseEmail(input.email);
  const since = new Date(clock.now().getTime() - FAILURE_WINDOW_MS);
  const [[byAccount], [byAddress]] = await Promise.all([
    ctx.db.select({ n: count() }).from(signInFailures).where(and(eq(signInFailures.email, email), gt(signInFailures.at, since))),
    ctx.db.select({ n: count() }).from(signInFailures).where(and(eq(signInFailures.address, input.address), gt(signInFailures.at, since))),
  ]);
  if ((byAccount?.n ?? 0) >= MAX_FAILURES_PER_ACCOUNT || (byAddress?.n ?? 0) >= MAX_FAILURES_PER_ADDRESS) {
    throw new TooManyRequests(FAILURE_WINDOW_MS / 1000, 'Too many failed sign-ins. Wait 15 minutes, or reset your password.');
  }
  const person = await findByEmail(ctx.db, email);
  const passwordOk = await verifyPassword(person?.passwordHash ?? null, input.password);
  const actor = { personId: person?.id ?? null, requestId: input.requestId };
  if (!person || !passwordOk || person.disabledAt) {
    await ctx.db.transaction(async (tx) => {
      // Throttling state. An address that is no one's is not put in the audit trail: the trail cannot be erased,
      // and what was typed may be anyone's address, or a password typed in the wrong box.
      await tx.insert(signInFailures).values({ email, address: input.address });
      if (person) await audit(tx, actor, { organisationId: null, action: 'session.sign_in_failed', recordType: 'person', recordId: person.id });
    });
    throw invalidCredentials();
  }
  return beginSession(ctx, person, actor, 'password');
}

/**
 * After a first factor (a password, or single sign-on) has been accepted: a session, or, for a person
 * with two-factor sign-in on, a short-lived challenge that waits for the second factor.
 */
export async function beginSession(ctx: AccountsContext, person: typeof people.$inferSelect, actor: AuditActor, method: string) {
  if (person.totpSecret) {
    const challenge = newToken();
    await ctx.db.transaction(async (tx) => {
      await tx.insert(signInChallenges).values({ tokenHash: hashToken(challenge), personId: person.id, expiresAt: new Date(clock.now().getTime() + CHALLENGE_MINUTES * 60_000) });
      // The first factor was accepted: worth knowing even when the second never comes.
      await audit(tx, actor, { organisationId: null, action: 'session.two_factor_challenged', recordType: 'person', recordId: person.id, details: { method } });
    });
    return { twoFactorRequired: true as const, challenge };
  }
  return ctx.db.transaction((tx) => startSession(ctx, tx, person.id, normaliseEmail(person.email), actor, method));
}

async function startSession(ctx: AccountsContext, tx: Transaction, personId: string, email: string, actor: AuditActor, method: string) {
  await tx.delete(signInFailures).where(eq(signInFailures.email, email));
  const token = await createSession(tx, personId, ctx.sessions);
  await audit(tx, actor, { organisationId: null, action: 'session.sign_in', recordType: 'person', recordId: personId, details: { method } });
  return { twoFactorRequired: false as const, token, personId };
}

const invalidCode = () =>
  new Problem(401, '/problems/invalid-code', 'Sign-in failed', 'body.code: is not the current code from your authenticator app, nor an unused recovery code.', {
    errors: [{ field: 'body.code', reason: 'is not the current code from your authenticator app, nor an unused recovery code' }],
  });

/** The second step of signing in: a code from the authenticator app, or one of the recovery codes. */
export async function completeTwoFactor(ctx: AccountsContext, input: { challenge: string; code: string; address: string; requestId: string }) {
  const challengeHash = hashToken(input.challenge);
  const [row] = await ctx.db
    .select({ personId: signInChallenges.personId, expiresAt: signInChallenges.expiresAt, failures: signInChallenges.failures, person: people })
    .from(signInChallenges)
    .innerJoin(people, eq(people.id, signInChallenges.personId))
    .where(eq(signInChallenges.tokenHash, challengeHash));
  if (!row || row.expiresAt.getTime() <= clock.now().getTime() || row.failures >= MAX_CODE_FAILURES || !row.person.totpSecret || row.person.disabledAt) {
    throw Invalid.field('body.challenge', 'has expired or was used up; sign in again');
  }
  const actor = { personId: row.personId, requestId: input.requestId };
  const now = clock.now();
  const step = acceptedStep(ctx.secrets.open(row.person.totpSecret, totpContext(row.personId)), input.code.trim(), row.person.totpLastStep, now);
  // Using up the code, ending the challenge and the session's start are one transaction with the sign-in's
  // audit entry, so a recovery code is never spent without the entry that says it was.
  const signedIn = await ctx.db.transaction(async (tx) => {
    let method: string | null = null;
    if (step !== null) {
      // Conditional, so that two requests with the same code cannot both use it.
      const claimed = await tx
        .update(people)
        .set({ totpLastStep: step })
        .where(and(eq(people.id, row.personId), or(isNull(people.totpLastStep), lt(people.totpLastStep, step))))
        .returning({ id: people.id });
      if (claimed.length) method = 'password+totp';
    } else {
      const used = await tx
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(recoveryCodes.codeHash, hashRecoveryCode(input.code)), eq(recoveryCodes.personId, row.personId), isNull(recoveryCodes.usedAt)))
        .returning({ codeHash: recoveryCodes.codeHash });
      if (used.length) method = 'password+recovery_code';
    }
    if (!method) return null;
    await tx.delete(signInChallenges).where(eq(signInChallenges.tokenHash, challengeHash));
    return startSession(ctx, tx, row.personId, normaliseEmail(row.person.email), actor, method);
  });
  if (!signedIn) {
    await ctx.db.transaction(async (tx) => {
      await tx.update(signInChallenges).set({ failures: sql`${signInChallenges.failures} + 1` }).where(eq(signInChallenges.tokenHash, challengeHash));
      await tx.insert(signInFailures).values({ email: normaliseEmail(row.person.email), address: input.address });
      await audit(tx, actor, { organisationId: null, action: 'session.two_factor_failed', recordType: 'person', recordId: row.personId });
    });
    throw invalidCode();
  }
  return signedIn;
}

async function confirmPassword(db: Db, personId: string, password: string) {
  const [person] = await db.select().from(people).where(eq(people.id, personId));
  if (!person || !(await verifyPassword(person.passwordHash, password))) throw Invalid.field('body.password', 'is not your password');
  return person;
}

/** Organisations that require a second factor of this person, for a role they hold there. */
export async function twoFactorRequiredBy(db: Db, personId: string) {
  return db
    .selectDistinct({ id: organisations.id, name: organisations.name })
    .from(roleAssignments)
    .innerJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .where(and(eq(roleAssignments.personId, personId), sql`${roleAssignments.role} = ANY(${organisations.twoFactorRoles})`));
}

/** Starts setting up an authenticator app; the secret takes effect once a code from it is confirmed. */
export async function setUpTwoFactor(ctx: AccountsContext, actor: AuditActor & { personId: string }, input: { password: string }) {
  const person = await confirmPassword(ctx.db, actor.personId, input.password);
  const secret = newTotpSecret();
  await ctx.db.transaction(async (tx) => {
    await tx.update(people).set({ totpPendingSecret: ctx.secrets.seal(secret, totpContext(person.id)) }).where(eq(people.id, person.id));
    await audit(tx, actor, { organisationId: null, action: 'person.two_factor_setup_started', recordType: 'person', recordId: person.id });
  });
  return { secret, otpauthUrl: otpauthUrl(secret, person.email) };
}

async function replaceRecoveryCodes(tx: Transaction, personId: string) {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.personId, personId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ codeHash: hashRecoveryCode(code), personId })));
  return codes;
}

export async function enableTwoFactor(ctx: AccountsContext, actor: AuditActor & { personId: string }, input: { code: string }) {
  const [person] = await ctx.db.select().from(people).where(eq(people.id, actor.personId));
  if (!person?.totpPendingSecret) throw new Conflict('two-factor-set-up-first', 'Set up first', 'Start setting up two-factor sign-in before confirming a code.');
  const step = acceptedStep(ctx.secrets.open(person.totpPendingSecret, totpContext(person.id)), input.code.trim(), null, clock.now());
  if (step === null) throw Invalid.field('body.code', 'is not the current code from your authenticator app');
  return ctx.db.transaction(async (tx) => {
    await tx.update(people).set({ totpSecret: person.totpPendingSecret, totpPendingSecret: null, totpLastStep: step }).where(eq(people.id, person.id));
    const codes = await replaceRecoveryCodes(tx, person.id);
    await audit(tx, actor, { organisationId: null, action: 'person.two_factor_enabled', recordType: 'person', recordId: person.id });
    return { recoveryCodes: codes };
  });
}

export async function newRecoveryCodeSet(ctx: AccountsContext, actor: AuditActor & { personId: string }, input: { password: string }) {
  const person = await confirmPassword(ctx.db, actor.personId, input.password);
  if (!person.totpSecret) throw new Conflict('two-factor-set-up-first', 'Two-factor sign-in is off', 'Turn on two-factor sign-in first.');
  return ctx.db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, person.id);
    await audit(tx, actor, { organisationId: null, action: 'person.recovery_codes_replaced', recordType: 'person', recordId: person.id });
    return { recoveryCodes: codes };
  });
}

export async function disableTwoFactor(ctx: AccountsContext, actor: AuditActor & { personId: string }, input: { password: string }) {
  const person = await confirmPassword(ctx.db, actor.personId, input.password);
  const requiring = await twoFactorRequiredBy(ctx.db, person.id);
  if (requiring.length) {
    throw new Conflict('two-factor-required-by-organisation', 'Required', `${requiring.map((o) => o.name).join(', ')} requires two-factor sign-in for your role.`);
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(people).set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null }).where(eq(people.id, person.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.personId, person.id));
    await audit(tx, actor, { organisationId: null, action: 'person.two_factor_disabled', recordType: 'person', recordId: person.id });
  });
}

export async function signOut(ctx: AccountsContext, token: string, actor: { personId: string; requestId: string }, everywhere: boolean) {
  await ctx.db.transaction(async (tx) => {
    const ended = everywhere ? await endAllSessions(tx, actor.personId) : (await endSession(tx, token), 1);
    await audit(tx, actor, {
      organisationId: null,
      action: everywhere ? 'session.sign_out_everywhere' : 'session.sign_out',
      recordType: 'person',
      recordId: actor.personId,
      details: { sessionsEnded: ended },
    });
  });
}

/** The signed-in person, their organisations and the roles they hold in each: one query, a row for each role, built once. */
const account = builtOnce((db) =>
  db
    .select({
      person: { id: people.id, email: people.email, givenName: people.givenName, familyName: people.familyName },
      twoFactorEnabled: sql<boolean>`${people.totpSecret} IS NOT NULL`,
      organisationId: organisations.id,
      organisationName: organisations.name,
      kind: organisations.kind,
      slug: organisations.slug,
      requiresTwoFactor: sql<boolean>`${roleAssignments.role} = ANY(${organisations.twoFactorRoles})`,
      role: roleAssignments.role,
      academyId: roleAssignments.academyId,
      academyName: academies.name,
      regionId: roleAssignments.regionId,
      regionName: regions.name,
    })
    .from(people)
    .leftJoin(roleAssignments, eq(roleAssignments.personId, people.id))
    .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .leftJoin(academies, eq(academies.id, roleAssignments.academyId))
    .leftJoin(regions, eq(regions.id, roleAssignments.regionId))
    .where(eq(people.id, sql.placeholder('personId')))
    .orderBy(organisations.name, roleAssignments.role),
);

export async function me(db: Db, personId: string) {
  const rows = await account(db).execute({ personId });
  if (!rows[0]) throw invalidCredentials();
  type Grant = (typeof rows)[number];
  const byOrganisation = new Map<string, { id: string; name: string; kind: NonNullable<Grant['kind']>; slug: string; roles: { role: NonNullable<Grant['role']>; academyId: string | null; academyName: string | null; regionId: string | null; regionName: string | null }[] }>();
  const requiredBy = new Map<string, { id: string; name: string }>();
  for (const g of rows) {
    if (!g.organisationId || !g.organisationName || !g.kind || !g.slug || !g.role) continue;
    const org = byOrganisation.get(g.organisationId) ?? { id: g.organisationId, name: g.organisationName, kind: g.kind, slug: g.slug, roles: [] };
    org.roles.push({ role: g.role, academyId: g.academyId, academyName: g.academyName, regionId: g.regionId, regionName: g.regionName });
    byOrganisation.set(g.organisationId, org);
    if (g.requiresTwoFactor) requiredBy.set(g.organisationId, { id: g.organisationId, name: g.organisationName });
  }
  return { person: rows[0].person, organisations: [...byOrganisation.values()], twoFactor: { enabled: rows[0].twoFactorEnabled, requiredBy: [...requiredBy.values()] } };
}

async function checkNewPassword(field: string, password: string, person: { email: string; givenName: string; familyName: string }) {
  const weakness = await passwordWeakness(password, [person.email, person.email.split('@')[0] ?? '', person.givenName, person.familyName, 'probity']);
  if (weakness) throw Invalid.field(field, weakness);
}

/** A new password ends every session, including the current one; the caller is given a fresh session. */
export async function changePassword(ctx: AccountsContext, actor: { personId: string; requestId: string }, input: { currentPassword: string; newPassword: string }) {
  const [person] = await ctx.db.select().from(people).where(eq(people.id, actor.personId));
  if (!person || !(await verifyPassword(person.passwordHash, input.currentPassword))) {
    throw Invalid.field('body.currentPassword', 'is not your current password');
  }
  await checkNewPassword('body.newPassword', input.newPassword, person);
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    await tx.update(people).set({ passwordHash }).where(eq(people.id, person.id));
    const ended = await endAllSessions(tx, person.id);
    await audit(tx, actor, { organisationId: null, action: 'person.password_changed', recordType: 'person', recordId: person.id, details: { sessionsEnded: ended } });
    return createSession(tx, person.id, ctx.sessions);
  });
}

/**
 * A new sign-in email, with the password asked again. The old address is told, so that a stolen
 * session cannot quietly take over the account.
 */
export async function changeEmail(ctx: AccountsContext, actor: AuditActor & { personId: string }, input: { password: string; email: string }) {
  const person = await confirmPassword(ctx.db, actor.personId, input.password);
  const email = normaliseEmail(input.email);
  if (email === normaliseEmail(person.email)) throw Invalid.field('body.email', 'is already your email address');
  if (await findByEmail(ctx.db, email)) throw Invalid.field('body.email', 'is used by another account');
  await ctx.db.transaction(async (tx) => {
    await tx.update(people).set({ email }).where(eq(people.id, person.id));
    await ctx.mailer.enqueue(tx, {
      to: person.email,
      personId: person.id,
      subject: 'Your Probity sign-in email has changed',
      ...renderLetter({
        greeting: `Hello ${person.givenName},`,
        paragraphs: [`Your Probity account now signs in as ${email}.`, "If you did not make this change, contact your organisation's administrator at once."],
      }),
    });
    await audit(tx, actor, { organisationId: null, action: 'person.email_changed', recordType: 'person', recordId: person.id, details: { from: person.email, to: email } });
  });
  void ctx.mailer.deliver().catch(() => 0);
}

/**
 * Everything Probity holds about the signed-in person, for them to take away (a subject access request
 * answered by themself). The export is itself recorded.
 */
export async function exportOwnData(db: Db, actor: AuditActor & { personId: string }, sections: readonly PersonalDataSection[]) {
  const [person] = await db
    .select({ id: people.id, email: people.email, givenName: people.givenName, familyName: people.familyName, createdAt: people.createdAt, disabledAt: people.disabledAt, twoFactor: sql<boolean>`${people.totpSecret} IS NOT NULL` })
    .from(people)
    .where(eq(people.id, actor.personId));
  const [roles, jobs, member, openSessions, trail, inbox, features] = await Promise.all([
    db
      .select({ organisation: organisations.name, role: roleAssignments.role, academy: academies.name, region: regions.name, since: roleAssignments.createdAt })
      .from(roleAssignments)
      .innerJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
      .leftJoin(academies, eq(academies.id, roleAssignments.academyId))
      .leftJoin(regions, eq(regions.id, roleAssignments.regionId))
      .where(eq(roleAssignments.personId, actor.personId)),
    db
      .select({ organisation: organisations.name, academy: academies.name, jobRole: employments.jobRole, startedOn: employments.startedOn, endedOn: employments.endedOn })
      .from(employments)
      .innerJoin(organisations, eq(organisations.id, employments.organisationId))
      .leftJoin(academies, eq(academies.id, employments.academyId))
      .where(eq(employments.personId, actor.personId)),
    db
      .select({ organisation: organisations.name, memberNumber: memberships.memberNumber, status: memberships.status, conditions: memberships.conditions, selfEmployed: memberships.selfEmployed, joinedOn: memberships.joinedOn })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.personId, actor.personId)),
    db.select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.personId, actor.personId)),
    db
      .select({ at: auditEvents.at, action: auditEvents.action, recordType: auditEvents.recordType, recordId: auditEvents.recordId, byThemself: sql<boolean>`${auditEvents.actorId} = ${actor.personId}` })
      .from(auditEvents)
      .where(and(eq(auditEvents.recordType, 'person'), eq(auditEvents.recordId, actor.personId)))
      .orderBy(auditEvents.seq),
    db
      .select({ title: notifications.title, body: notifications.body, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(eq(notifications.personId, actor.personId))
      .orderBy(notifications.createdAt),
    gatherPersonalData(db, actor.personId, sections),
  ]);
  await db.transaction((tx) => audit(tx, actor, { organisationId: null, action: 'person.data_exported', recordType: 'person', recordId: actor.personId }));
  return {
    exportedAt: clock.now(),
    person: person!,
    roles,
    employments: jobs,
    memberships: member,
    sessions: openSessions,
    notifications: inbox,
    ...features,
    auditTrail: trail,
  };
}

/** Always answers the same way, so that it does not tell whether an account exists. */
export async function requestPasswordReset(ctx: AccountsContext, input: { email: string; requestId: string }) {
  const person = await findByEmail(ctx.db, input.email);
  if (!person || person.disabledAt) return;
  const token = newToken();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(oneTimeTokens).values({
      tokenHash: hashToken(token),
      purpose: 'password_reset',
      personId: person.id,
      expiresAt: new Date(clock.now().getTime() + RESET_TOKEN_HOURS * 3_600_000),
    });
    const link = `${ctx.publicUrl}/reset-password#token=${token}`;
    await ctx.mailer.enqueue(tx, {
      to: person.email,
      personId: person.id,
      subject: 'Reset your Probity password',
      ...renderLetter({
        greeting: `Hello ${person.givenName},`,
        paragraphs: [`To choose a new password, open this link within ${RESET_TOKEN_HOURS} hour.`, 'If you did not ask for this, ignore this message: your password stays as it is.'],
        action: { label: 'Choose a new password', url: link },
      }),
    });
    await audit(tx, { personId: null, requestId: input.requestId }, { organisationId: null, action: 'person.password_reset_requested', recordType: 'person', recordId: person.id });
  });
  void ctx.mailer.deliver().catch(() => 0);
}

/**
 * Uses a one-time token: it must exist, be of the purpose, unexpired and unused. It is marked used in the
 * same transaction as the password is set, so two concurrent uses cannot both succeed.
 */
async function redeemToken(ctx: AccountsContext, purpose: 'password_reset' | 'invitation', token: string, newPassword: string, requestId: string) {
  const tokenHash = hashToken(token);
  const [row] = await ctx.db
    .select({ personId: oneTimeTokens.personId, organisationId: oneTimeTokens.organisationId, expiresAt: oneTimeTokens.expiresAt, usedAt: oneTimeTokens.usedAt, person: people })
    .from(oneTimeTokens)
    .innerJoin(people, eq(people.id, oneTimeTokens.personId))
    .where(and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.purpose, purpose)));
  if (!row) throw Invalid.field('body.token', 'is not a valid link; ask for a new one');
  if (row.usedAt) throw Invalid.field('body.token', 'has already been used; ask for a new one');
  if (row.expiresAt.getTime() <= clock.now().getTime()) throw Invalid.field('body.token', 'has expired; ask for a new one');
  if (row.person.disabledAt) throw Invalid.field('body.token', 'belongs to a disabled account');
  await checkNewPassword('body.password', newPassword, row.person);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    const used = await tx
      .update(oneTimeTokens)
      .set({ usedAt: clock.now() })
      .where(and(eq(oneTimeTokens.tokenHash, tokenHash), isNull(oneTimeTokens.usedAt)))
      .returning({ personId: oneTimeTokens.personId });
    if (used.length === 0) throw Invalid.field('body.token', 'has already been used; ask for a new one');
    await tx.update(people).set({ passwordHash }).where(eq(people.id, row.personId));
    const ended = await endAllSessions(tx, row.personId);
    await audit(tx, { personId: row.personId, requestId }, {
      organisationId: row.organisationId,
      action: purpose === 'invitation' ? 'person.invitation_accepted' : 'person.password_reset',
      recordType: 'person',
      recordId: row.personId,
      details: { sessionsEnded: ended },
    });
  });
  return { email: row.person.email };
}

export function completePasswordReset(ctx: AccountsContext, input: { token: string; password: string; requestId: string }) {
  return redeemToken(ctx, 'password_reset', input.token, input.password, input.requestId);
}

export function acceptInvitation(ctx: AccountsContext, input: { token: string; password: string; requestId: string }) {
  return redeemToken(ctx, 'invitation', input.token, input.password, input.requestId);
}

/** Emails a person a one-time link to set their password and join an organisation. In the caller's transaction. */
export async function invite(
  ctx: Pick<AccountsContext, 'mailer' | 'publicUrl'>,
  tx: Transaction,
  input: { person: { id: string; email: string; givenName: string }; organisation: { id: string; name: string } },
) {
  const token = newToken();
  await tx.insert(oneTimeTokens).values({
    tokenHash: hashToken(token),
    purpose: 'invitation',
    personId: input.person.id,
    organisationId: input.organisation.id,
    expiresAt: new Date(clock.now().getTime() + INVITATION_TOKEN_DAYS * 24 * 3_600_000),
  });
  const link = `${ctx.publicUrl}/accept-invitation#token=${token}`;
  await ctx.mailer.enqueue(tx, {
    to: input.person.email,
    organisationId: input.organisation.id,
    personId: input.person.id,
    subject: `You are invited to ${input.organisation.name} on Probity`,
    ...renderLetter({
      greeting: `Hello ${input.person.givenName},`,
      paragraphs: [`${input.organisation.name} has invited you to Probity. To set your password, open this link within ${INVITATION_TOKEN_DAYS} days.`],
      action: { label: 'Set your password', url: link },
    }),
  });
}
