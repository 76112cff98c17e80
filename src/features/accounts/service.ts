import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { audit } from '../../platform/audit/index.ts';
import { oneTimeTokens, signInFailures } from '../../platform/auth/schema.ts';
import { hashPassword, passwordWeakness, verifyPassword } from '../../platform/auth/passwords.ts';
import { createSession, endAllSessions, endSession, hashToken, newToken, type SessionPolicy } from '../../platform/auth/sessions.ts';
import { Invalid, Problem, TooManyRequests } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import { academies, organisations, people, regions, roleAssignments } from '../../platform/people/schema.ts';

export interface AccountsContext {
  db: Db;
  mailer: Mailer;
  sessions: SessionPolicy;
  publicUrl: string;
}

// Throttling: within the window, this many failures for one account, or from one address, refuse further tries.
const FAILURE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;
const RESET_TOKEN_HOURS = 1;
export const INVITATION_TOKEN_DAYS = 7;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const invalidCredentials = () =>
  new Problem(401, '/problems/invalid-credentials', 'Sign-in failed', 'The email address or password is not right.');

async function findByEmail(db: Db, email: string) {
  const [person] = await db.select().from(people).where(eq(sql`lower(${people.email})`, normaliseEmail(email)));
  return person;
}

export async function signIn(ctx: AccountsContext, input: { email: string; password: string; address: string; requestId: string }) {
  const email = normaliseEmail(input.email);
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
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
      await tx.insert(signInFailures).values({ email, address: input.address });
      if (person) await audit(tx, actor, { organisationId: null, action: 'session.sign_in_failed', recordType: 'person', recordId: person.id });
    });
    throw invalidCredentials();
  }
  return ctx.db.transaction(async (tx) => {
    await tx.delete(signInFailures).where(eq(signInFailures.email, email));
    const token = await createSession(tx, person.id, ctx.sessions);
    await audit(tx, actor, { organisationId: null, action: 'session.sign_in', recordType: 'person', recordId: person.id });
    return { token, personId: person.id };
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

/** The signed-in person, their organisations and the roles they hold in each. */
export async function me(db: Db, personId: string) {
  const [person] = await db
    .select({ id: people.id, email: people.email, givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(eq(people.id, personId));
  const grants = await db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      kind: organisations.kind,
      slug: organisations.slug,
      role: roleAssignments.role,
      academyId: roleAssignments.academyId,
      academyName: academies.name,
      regionId: roleAssignments.regionId,
      regionName: regions.name,
    })
    .from(roleAssignments)
    .innerJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .leftJoin(academies, eq(academies.id, roleAssignments.academyId))
    .leftJoin(regions, eq(regions.id, roleAssignments.regionId))
    .where(eq(roleAssignments.personId, personId))
    .orderBy(organisations.name, roleAssignments.role);
  const byOrganisation = new Map<string, { id: string; name: string; kind: typeof grants[number]['kind']; slug: string; roles: { role: typeof grants[number]['role']; academyId: string | null; academyName: string | null; regionId: string | null; regionName: string | null }[] }>();
  for (const g of grants) {
    const org = byOrganisation.get(g.organisationId) ?? { id: g.organisationId, name: g.organisationName, kind: g.kind, slug: g.slug, roles: [] };
    org.roles.push({ role: g.role, academyId: g.academyId, academyName: g.academyName, regionId: g.regionId, regionName: g.regionName });
    byOrganisation.set(g.organisationId, org);
  }
  if (!person) throw invalidCredentials();
  return { person, organisations: [...byOrganisation.values()] };
}

function checkNewPassword(field: string, password: string, person: { email: string; givenName: string; familyName: string }) {
  const weakness = passwordWeakness(password, [person.email, person.email.split('@')[0] ?? '', person.givenName, person.familyName, 'probity']);
  if (weakness) throw Invalid.field(field, weakness);
}

/** A new password ends every session, including the current one; the caller is given a fresh session. */
export async function changePassword(ctx: AccountsContext, actor: { personId: string; requestId: string }, input: { currentPassword: string; newPassword: string }) {
  const [person] = await ctx.db.select().from(people).where(eq(people.id, actor.personId));
  if (!person || !(await verifyPassword(person.passwordHash, input.currentPassword))) {
    throw Invalid.field('body.currentPassword', 'is not your current password');
  }
  checkNewPassword('body.newPassword', input.newPassword, person);
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    await tx.update(people).set({ passwordHash }).where(eq(people.id, person.id));
    const ended = await endAllSessions(tx, person.id);
    await audit(tx, actor, { organisationId: null, action: 'person.password_changed', recordType: 'person', recordId: person.id, details: { sessionsEnded: ended } });
    return createSession(tx, person.id, ctx.sessions);
  });
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
      expiresAt: new Date(Date.now() + RESET_TOKEN_HOURS * 3_600_000),
    });
    const link = `${ctx.publicUrl}/reset-password#token=${token}`;
    await ctx.mailer.enqueue(tx, {
      to: person.email,
      personId: person.id,
      subject: 'Reset your Probity password',
      text: `Hello ${person.givenName},\n\nTo choose a new password, open this link within ${RESET_TOKEN_HOURS} hour:\n\n${link}\n\nIf you did not ask for this, ignore this message: your password stays as it is.\n`,
      html: `<p>Hello ${escapeHtml(person.givenName)},</p><p>To choose a new password, open this link within ${RESET_TOKEN_HOURS} hour:</p><p><a href="${link}">Choose a new password</a></p><p>If you did not ask for this, ignore this message: your password stays as it is.</p>`,
    });
    await audit(tx, { personId: null, requestId: input.requestId }, { organisationId: null, action: 'person.password_reset_requested', recordType: 'person', recordId: person.id });
  });
  void ctx.mailer.deliver().catch(() => 0);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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
  if (row.expiresAt.getTime() <= Date.now()) throw Invalid.field('body.token', 'has expired; ask for a new one');
  if (row.person.disabledAt) throw Invalid.field('body.token', 'belongs to a disabled account');
  checkNewPassword('body.password', newPassword, row.person);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    const used = await tx
      .update(oneTimeTokens)
      .set({ usedAt: new Date() })
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
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  input: { person: { id: string; email: string; givenName: string }; organisation: { id: string; name: string } },
) {
  const token = newToken();
  await tx.insert(oneTimeTokens).values({
    tokenHash: hashToken(token),
    purpose: 'invitation',
    personId: input.person.id,
    organisationId: input.organisation.id,
    expiresAt: new Date(Date.now() + INVITATION_TOKEN_DAYS * 24 * 3_600_000),
  });
  const link = `${ctx.publicUrl}/accept-invitation#token=${token}`;
  await ctx.mailer.enqueue(tx, {
    to: input.person.email,
    organisationId: input.organisation.id,
    personId: input.person.id,
    subject: `You are invited to ${input.organisation.name} on Probity`,
    text: `Hello ${input.person.givenName},\n\n${input.organisation.name} has invited you to Probity. To set your password, open this link within ${INVITATION_TOKEN_DAYS} days:\n\n${link}\n`,
    html: `<p>Hello ${escapeHtml(input.person.givenName)},</p><p>${escapeHtml(input.organisation.name)} has invited you to Probity. To set your password, open this link within ${INVITATION_TOKEN_DAYS} days:</p><p><a href="${link}">Set your password</a></p>`,
  });
}
