import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/index.ts';
import type { Mailer } from '../mail/index.ts';
import { renderLetter } from '../mail/templates.ts';
import { people } from '../people/schema.ts';
import { notificationPreferences, notifications } from './schema.ts';
import { clock } from '../clock.ts';

export { notificationPreferences, notifications };

const PREFERENCES_FOOTER = 'Choose between email at once and a daily digest in your Probity account. Duties that allow no delay are always sent at once.';

export interface Notice {
  personId: string;
  organisationId: string | null;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  urgent?: boolean;
  /** The same key twice sends once: what makes retried jobs and several server processes safe. */
  dedupeKey: string;
}

/**
 * Puts a notification in the person's inbox and, unless they take a daily digest (and the duty allows
 * delay), emails it too, in the caller's transaction. Returns false when the key was already used.
 */
export async function notify(tx: Tx, mailer: Mailer, publicUrl: string, notice: Notice): Promise<boolean> {
  const [created] = await tx
    .insert(notifications)
    .values({ ...notice, link: notice.link ?? null, urgent: notice.urgent ?? false })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  if (!created) return false;
  const [recipient] = await tx
    .select({ email: people.email, disabledAt: people.disabledAt, delivery: notificationPreferences.email })
    .from(people)
    .leftJoin(notificationPreferences, eq(notificationPreferences.personId, people.id))
    .where(eq(people.id, notice.personId));
  if (!recipient || recipient.disabledAt) return true;
  if (notice.urgent || recipient.delivery !== 'daily_digest') {
    await mailer.enqueue(tx, {
      to: recipient.email,
      personId: notice.personId,
      organisationId: notice.organisationId,
      subject: notice.title,
      ...renderLetter({ paragraphs: [notice.body], ...(notice.link ? { action: { label: 'Open in Probity', url: `${publicUrl}${notice.link}` } } : {}), footer: PREFERENCES_FOOTER }),
    });
    await tx.update(notifications).set({ emailedAt: clock.now() }).where(eq(notifications.id, created.id));
  }
  return true;
}

/** One email per person who takes a daily digest, listing what arrived since the last one. */
export async function sendDigests(db: Db, mailer: Mailer, publicUrl: string): Promise<number> {
  return db.transaction(async (tx) => {
    const waiting = await tx
      .select({ id: notifications.id, personId: notifications.personId, title: notifications.title, body: notifications.body, link: notifications.link })
      .from(notifications)
      .innerJoin(notificationPreferences, eq(notificationPreferences.personId, notifications.personId))
      .where(and(isNull(notifications.emailedAt), eq(notificationPreferences.email, 'daily_digest')))
      .orderBy(asc(notifications.createdAt))
      .for('update', { of: notifications, skipLocked: true });
    const byPerson = new Map<string, typeof waiting>();
    for (const n of waiting) byPerson.set(n.personId, [...(byPerson.get(n.personId) ?? []), n]);
    for (const [personId, items] of byPerson) {
      const [person] = await tx.select({ email: people.email, disabledAt: people.disabledAt }).from(people).where(eq(people.id, personId));
      if (person && !person.disabledAt) {
        await mailer.enqueue(tx, {
          to: person.email,
          personId,
          subject: `Probity: ${items.length} update${items.length === 1 ? '' : 's'} for you`,
          ...renderLetter({
            paragraphs: ['Here is what arrived for you in Probity since your last digest.'],
            items: items.map((n) => ({ title: n.title, body: n.body, url: n.link ? `${publicUrl}${n.link}` : null })),
            footer: PREFERENCES_FOOTER,
          }),
        });
      }
      await tx.update(notifications).set({ emailedAt: clock.now() }).where(inArray(notifications.id, items.map((n) => n.id)));
    }
    return byPerson.size;
  });
}

export async function unreadCount(db: Db, personId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.personId, personId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
