import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/index.ts';
import { outsideTheWall, withinOrganisation } from '../../db/wall.ts';
import { audit } from '../../platform/audit/index.ts';
import { hashToken, newToken } from '../../platform/auth/sessions.ts';
import { clock } from '../../platform/clock.ts';
import { Conflict, Forbidden, Invalid, NotFound, Refused } from '../../platform/errors.ts';
import { renderLetter } from '../../platform/mail/templates.ts';
import { organisations, people, roleAssignments } from '../../platform/people/schema.ts';
import type { Actor } from '../../platform/policy.ts';
import { unwrap } from '../../platform/result.ts';
import { invite, normaliseEmail } from '../accounts/index.ts';
import { FINAL_STATES, step } from './rules.ts';
import { programmeCohorts, programmeParticipants, supporterInvitations } from './schema.ts';
import { columnsOf, loadParticipant, participantOf, stepContext, tailored, type ProgrammesContext } from './service.ts';

// 001 §6.1.2: the participant appoints their own supporter (and may name their own mentor, §6.1.3). They
// invite them by name and email: a one-time link, kept only as its hash, that expires. The invitee accepts
// signed in as themselves; someone new to Probity is made an account without a password and sent the
// ordinary account invitation to set one. Accepted, the invitee holds the supporter or mentor role in the
// body and is the participant's supporter or mentor. The participant may withdraw a pending invitation.

export const SUPPORTER_INVITATION_DAYS = 14;

type InvitationRow = typeof supporterInvitations.$inferSelect;

export type InvitationStanding = 'pending' | 'accepted' | 'withdrawn' | 'expired';
const standingOf = (i: InvitationRow, now: Date): InvitationStanding => (i.acceptedAt ? 'accepted' : i.withdrawnAt ? 'withdrawn' : i.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending');

const viewOf = (i: InvitationRow & { name: string }, now: Date) => ({ id: i.id, name: i.name, email: i.email, invitedAt: i.invitedAt, expiresAt: i.expiresAt, acceptedAt: i.acceptedAt, withdrawnAt: i.withdrawnAt, standing: standingOf(i, now) });

/** The participant's invitations, latest first. */
export async function invitationsOf(ctx: ProgrammesContext, actor: Actor, participantId: string) {
  const { row } = await loadParticipant(ctx.db, actor, participantId, 'programme.participate');
  const rows = await ctx.db
    .select({ i: supporterInvitations, givenName: people.givenName, familyName: people.familyName })
    .from(supporterInvitations)
    .innerJoin(people, eq(people.id, supporterInvitations.inviteeId))
    .where(eq(supporterInvitations.participantId, row.id))
    .orderBy(desc(supporterInvitations.invitedAt));
  const now = clock.now();
  return rows.map((r) => viewOf({ ...r.i, name: `${r.givenName} ${r.familyName}` }, now));
}

/**
 * Invites the participant's supporter (or, on ATS, their mentor) by name and email. Never themselves; one
 * pending invitation at a time; not once the participant is closed. Someone without an account is made one,
 * without a password, and sent the account invitation too.
 */
export async function inviteSupporter(ctx: ProgrammesContext, actor: Actor, participantId: string, input: { givenName: string; familyName: string; email: string }) {
  const email = normaliseEmail(input.email);
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadParticipant(tx, actor, participantId, 'programme.participate', true);
    const programme = await tailored(tx, row.organisationId, row.programme);
    const [me] = await tx.select({ email: people.email }).from(people).where(eq(people.id, row.personId));
    // 001 §6.1.2: the participant appoints someone else; the rules' own refusal, named by its field.
    if (normaliseEmail(me!.email) === email) throw new Refused([{ rule: 'support-not-self', field: 'email', detail: `A participant is not their own ${programme.supportRole}: invite someone else.` }], 'body');
    if (FINAL_STATES.includes(row.state)) throw new Refused([{ rule: 'participant-closed', detail: 'A participant who is awarded, re-started or withdrawn appoints nobody.' }], 'body');
    const now = clock.now();
    const [pending] = await tx
      .select({ id: supporterInvitations.id, expiresAt: supporterInvitations.expiresAt })
      .from(supporterInvitations)
      .where(and(eq(supporterInvitations.participantId, row.id), isNull(supporterInvitations.acceptedAt), isNull(supporterInvitations.withdrawnAt)));
    if (pending && pending.expiresAt.getTime() > now.getTime()) throw new Conflict('supporter-invitation-pending', 'An invitation is pending', 'Withdraw the pending invitation before inviting someone else.');
    let [invitee] = await tx.select().from(people).where(eq(sql`lower(${people.email})`, email));
    const [organisation] = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId));
    if (!invitee) {
      [invitee] = await tx.insert(people).values({ email, givenName: input.givenName.trim(), familyName: input.familyName.trim() }).returning();
      // A new account: the ordinary invitation to set a password (features/accounts), then the link below.
      await invite(ctx, tx, { person: invitee!, organisation: organisation! });
    } else if (invitee.disabledAt) throw Invalid.field('body.email', 'belongs to an account that is disabled');
    const token = newToken();
    const [created] = await tx
      .insert(supporterInvitations)
      .values({ organisationId: row.organisationId, participantId: row.id, inviteeId: invitee!.id, email, tokenHash: hashToken(token), invitedAt: now, expiresAt: new Date(now.getTime() + SUPPORTER_INVITATION_DAYS * 86_400_000) })
      .returning();
    const [participant] = await tx.select({ givenName: people.givenName, familyName: people.familyName }).from(people).where(eq(people.id, row.personId));
    await ctx.mailer.enqueue(tx, {
      to: email,
      organisationId: row.organisationId,
      personId: invitee!.id,
      subject: `${participant!.givenName} ${participant!.familyName} asks you to be their ${programme.supportRole}`,
      ...renderLetter({
        greeting: `Hello ${invitee!.givenName},`,
        paragraphs: [
          `${participant!.givenName} ${participant!.familyName} has asked you to be their ${programme.supportRole} on ${programme.title}, with ${organisation!.name}.`,
          `To accept, open this link within ${SUPPORTER_INVITATION_DAYS} days and sign in.${invitee!.passwordHash ? '' : ' We have sent you a separate message to set your password first.'}`,
        ],
        action: { label: 'Accept the invitation', url: `${ctx.publicUrl}/supporter-invitation#token=${token}` },
      }),
    });
    await audit(tx, actor, { organisationId: row.organisationId, action: 'programme.supporter_invited', recordType: 'programme_participant', recordId: row.id, details: { invitationId: created!.id, inviteeId: invitee!.id, newAccount: !invitee!.passwordHash } });
  });
  void ctx.mailer.deliver().catch(() => 0);
  return invitationsOf(ctx, actor, participantId);
}

/** The participant withdraws a pending invitation: its link no longer works. */
export async function withdrawInvitation(ctx: ProgrammesContext, actor: Actor, participantId: string, invitationId: string) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadParticipant(tx, actor, participantId, 'programme.participate', true);
    const [found] = await tx.select().from(supporterInvitations).where(and(eq(supporterInvitations.id, invitationId), eq(supporterInvitations.participantId, row.id)));
    if (!found) throw new NotFound('invitation');
    const standing = standingOf(found, clock.now());
    if (standing !== 'pending') throw new Refused([{ rule: 'invitation-not-pending', detail: `This invitation is ${standing}: only a pending one is withdrawn.` }], 'body');
    await tx.update(supporterInvitations).set({ withdrawnAt: clock.now() }).where(eq(supporterInvitations.id, found.id));
    await audit(tx, actor, { organisationId: row.organisationId, action: 'programme.supporter_invitation_withdrawn', recordType: 'programme_participant', recordId: row.id, details: { invitationId: found.id } });
  });
  return invitationsOf(ctx, actor, participantId);
}

/** A link that no longer works says why, against the token. */
function unusable(i: InvitationRow, now: Date): Invalid | null {
  const standing = standingOf(i, now);
  if (standing === 'accepted') return Invalid.field('body.token', 'has already been used');
  if (standing === 'withdrawn') return Invalid.field('body.token', 'was withdrawn by the participant');
  if (standing === 'expired') return Invalid.field('body.token', 'has expired; ask the participant to invite you again');
  return null;
}

async function byToken(ctx: ProgrammesContext, token: string) {
  // The token is the key: nobody is signed in to an organisation yet, so it is looked up across them.
  const [found] = await outsideTheWall(() => ctx.db.select().from(supporterInvitations).where(eq(supporterInvitations.tokenHash, hashToken(token))));
  if (!found) throw Invalid.field('body.token', 'is not a valid link');
  return found;
}

/** What the invitation asks, for the person holding its link: who asks, for which programme, of which address. */
export async function lookUpInvitation(ctx: ProgrammesContext, token: string) {
  const found = await byToken(ctx, token);
  const problem = unusable(found, clock.now());
  if (problem) throw problem;
  return withinOrganisation(found.organisationId, async () => {
    const [row] = await ctx.db
      .select({ participant: programmeParticipants, givenName: people.givenName, familyName: people.familyName, organisation: organisations.name })
      .from(programmeParticipants)
      .innerJoin(people, eq(people.id, programmeParticipants.personId))
      .innerJoin(organisations, eq(organisations.id, programmeParticipants.organisationId))
      .where(eq(programmeParticipants.id, found.participantId));
    const programme = await tailored(ctx.db, found.organisationId, row!.participant.programme);
    return { participantName: `${row!.givenName} ${row!.familyName}`, programmeTitle: programme.title, role: programme.supportRole, organisation: row!.organisation, organisationId: found.organisationId, email: found.email, expiresAt: found.expiresAt };
  });
}

/**
 * The invitee, signed in as themselves, accepts: the link used once, they hold the supporter or mentor role
 * in the body, and they are the participant's, appointed by the participant (the lifecycle's step, which
 * refuses where the participant stands does not allow it). Someone barred from the participant is refused.
 */
export async function acceptSupporterInvitation(ctx: ProgrammesContext, personId: string, requestId: string, token: string) {
  const found = await byToken(ctx, token);
  if (found.inviteeId !== personId) throw new Forbidden(`This invitation was sent to ${found.email}: sign in with that address to accept it.`);
  const problem = unusable(found, clock.now());
  if (problem) throw problem;
  return withinOrganisation(found.organisationId, () =>
    ctx.db.transaction(async (tx: Transaction) => {
      const [row] = await tx.select().from(programmeParticipants).where(eq(programmeParticipants.id, found.participantId)).for('update');
      const [cohort] = await tx.select().from(programmeCohorts).where(eq(programmeCohorts.id, row!.cohortId));
      const context = await stepContext(tx, row!, cohort!);
      const role = context.programme.supportRole;
      if (context.barred.has(personId)) throw new Refused([{ rule: 'support-conflict', detail: `A ${role} is not someone with a declared conflict with the participant, nor their line manager.` }], 'body');
      const p = participantOf(row!);
      const next = unwrap(step(p, { type: 'arrange_support', personId, appointedBy: 'participant' }, context));
      const used = await tx
        .update(supporterInvitations)
        .set({ acceptedAt: context.now })
        .where(and(eq(supporterInvitations.id, found.id), isNull(supporterInvitations.acceptedAt), isNull(supporterInvitations.withdrawnAt)))
        .returning({ id: supporterInvitations.id });
      if (used.length === 0) throw Invalid.field('body.token', 'has already been used');
      await tx.update(programmeParticipants).set(columnsOf(next)).where(eq(programmeParticipants.id, row!.id));
      const [held] = await tx
        .select({ id: roleAssignments.id })
        .from(roleAssignments)
        .where(and(eq(roleAssignments.organisationId, row!.organisationId), eq(roleAssignments.personId, personId), eq(roleAssignments.role, role), isNull(roleAssignments.academyId), isNull(roleAssignments.regionId)));
      if (!held) await tx.insert(roleAssignments).values({ organisationId: row!.organisationId, personId, role });
      const actor = { personId, requestId };
      await audit(tx, actor, { organisationId: row!.organisationId, action: 'programme.supporter_invitation_accepted', recordType: 'programme_participant', recordId: row!.id, details: { invitationId: found.id, roleGranted: held ? null : role } });
      await audit(tx, actor, { organisationId: row!.organisationId, action: 'programme.support_arranged', recordType: 'programme_participant', recordId: row!.id, details: { from: p.state, to: next.state, byInvitation: found.id } });
      return { organisationId: row!.organisationId, participantId: row!.id };
    }),
  );
}
