import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { audit, type AuditActor } from '../../platform/audit/index.ts';
import { NotFound } from '../../platform/errors.ts';
import { notificationPreferences, notifications, unreadCount } from '../../platform/notifications/index.ts';
import { clock } from '../../platform/clock.ts';
import { deadlinesNow } from '../deadlines/index.ts';

/** The deadline a notice is about: every deadline notice's key starts `deadline:<id>:`. */
const deadlineIdOf = (dedupeKey: string) => /^deadline:([0-9a-f-]{36}):/.exec(dedupeKey)?.[1] ?? null;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const CLOSED: Partial<Record<string, string>> = { met: 'Met', met_late: 'Met late', waived: 'Waived' };

export async function inbox(db: Db, personId: string, options: { unreadOnly: boolean; limit: number }) {
  const items = await db
    .select({
      id: notifications.id,
      organisationId: notifications.organisationId,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      urgent: notifications.urgent,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      dedupeKey: notifications.dedupeKey,
    })
    .from(notifications)
    .where(and(eq(notifications.personId, personId), options.unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt))
    .limit(options.limit);
  // Each notice shows the record it is about as it is now, and leads to it: a notice of a new deadline that
  // has since been met says "Met", not "New deadline".
  const about = await deadlinesNow(db, personId, items.map((n) => deadlineIdOf(n.dedupeKey)).filter((id): id is string => id !== null));
  return {
    unread: await unreadCount(db, personId),
    items: items.map(({ dedupeKey, ...n }) => {
      const deadline = about.get(deadlineIdOf(dedupeKey) ?? '') ?? null;
      const closed = deadline ? CLOSED[deadline.state] : undefined;
      return {
        ...n,
        title: closed ? `${closed}: ${deadline!.title}` : capital(n.title),
        body: capital(n.body),
        link: deadline?.href ?? n.link,
        about: deadline && { type: 'deadline' as const, ...deadline },
      };
    }),
  };
}

// Marking notifications read is not audited: it is the person's own inbox state, like which pages they have
// opened. It changes no record of an organisation and decides nothing, and no one else acts on it. What an
// inquiry needs is in the audit trail already: each escalation and urgent notice, to whom and when, recorded
// as it is sent; readAt stays on the notification and is in the person's own data export.
export async function markRead(db: Db, personId: string, notificationId: string) {
  const [found] = await db
    .update(notifications)
    .set({ readAt: clock.now() })
    .where(and(eq(notifications.id, notificationId), eq(notifications.personId, personId)))
    .returning({ id: notifications.id });
  if (!found) throw new NotFound('notification');
  return { unread: await unreadCount(db, personId) };
}

export async function markAllRead(db: Db, personId: string) {
  await db.update(notifications).set({ readAt: clock.now() }).where(and(eq(notifications.personId, personId), isNull(notifications.readAt)));
  return { unread: 0 };
}

export type EmailDelivery = 'immediate' | 'daily_digest';

export async function preferences(db: Db, personId: string): Promise<{ email: EmailDelivery }> {
  const [row] = await db.select({ email: notificationPreferences.email }).from(notificationPreferences).where(eq(notificationPreferences.personId, personId));
  return { email: row?.email ?? 'immediate' };
}

export async function setPreferences(db: Db, actor: AuditActor & { personId: string }, input: { email: EmailDelivery }) {
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values({ personId: actor.personId, email: input.email })
      .onConflictDoUpdate({ target: notificationPreferences.personId, set: { email: input.email } });
    await audit(tx, actor, { organisationId: null, action: 'person.notification_preferences_changed', recordType: 'person', recordId: actor.personId, details: input });
  });
  return input;
}
