import { and, asc, eq, gte, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, Tx } from '../../db/index.ts';
import type { RetentionRule } from '../retention.ts';
import { outbox } from './schema.ts';
import { clock } from '../clock.ts';

export { outbox };

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  organisationId?: string | null;
  personId?: string | null;
}

export interface Mailer {
  /** Puts a message in the outbox, in the caller's transaction: it is sent only if that transaction commits. */
  enqueue(tx: Tx, mail: Mail): Promise<void>;
  /**
   * Sends what waits in the outbox over SMTP; returns how many were sent. Without SMTP it sends nothing.
   * Services call it after a commit that queued mail; the mail-deliver job retries what failed.
   */
  deliver(): Promise<number>;
  close(): Promise<void>;
}

const MAX_ATTEMPTS = 5;

const OUTBOX_REASON =
  "Mail holds people's names and links that sign them in; once it has left, the outbox is only a log for finding delivery faults, and a month covers that. No code sets a period; this is Probity's default.";

/**
 * Mail that has left, and mail given up on, goes after 30 days. Mail never sent because no SMTP server is
 * set stays, as the only way admins can read it.
 */
export const outboxRetention: RetentionRule[] = [
  {
    record: 'sent mail',
    keptFor: 'P30D',
    after: 'it was sent',
    action: 'delete',
    reason: OUTBOX_REASON,
    apply: async (tx, cutoff) => (await tx.delete(outbox).where(and(isNotNull(outbox.sentAt), lte(outbox.sentAt, cutoff))).returning({ id: outbox.id })).length,
  },
  {
    record: 'mail that could not be sent',
    keptFor: 'P30D',
    after: `it was written (sending is given up after ${MAX_ATTEMPTS} failed attempts)`,
    action: 'delete',
    reason: OUTBOX_REASON,
    apply: async (tx, cutoff) => (await tx.delete(outbox).where(and(isNull(outbox.sentAt), gte(outbox.attempts, MAX_ATTEMPTS), lte(outbox.createdAt, cutoff))).returning({ id: outbox.id })).length,
  },
];

export function createMailer(options: { db: Db; smtpUrl: string | undefined; from: string; logger?: FastifyBaseLogger }): Mailer {
  const { smtpUrl } = options;
  // Loaded only when there is a mail server to send to.
  const transporter: Promise<Transporter> | undefined = smtpUrl ? import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl)) : undefined;
  let delivering: Promise<number> | undefined;

  async function deliverBatch(): Promise<number> {
    if (!transporter) return 0;
    const transport = await transporter;
    return options.db.transaction(async (tx) => {
      // SKIP LOCKED: two server processes never send the same message.
      const waiting = await tx
        .select()
        .from(outbox)
        .where(and(isNull(outbox.sentAt), lt(outbox.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(outbox.createdAt))
        .limit(20)
        .for('update', { skipLocked: true });
      let sent = 0;
      for (const message of waiting) {
        try {
          await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text, html: message.html ?? undefined });
          await tx.update(outbox).set({ sentAt: clock.now(), attempts: sql`${outbox.attempts} + 1`, error: null }).where(eq(outbox.id, message.id));
          sent++;
        } catch (error) {
          options.logger?.warn({ outboxId: message.id, err: (error as Error).message }, 'mail delivery failed');
          await tx.update(outbox).set({ attempts: sql`${outbox.attempts} + 1`, error: (error as Error).message.slice(0, 500) }).where(eq(outbox.id, message.id));
        }
      }
      return sent;
    });
  }

  const mailer: Mailer = {
    async enqueue(tx, mail) {
      await tx.insert(outbox).values({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        organisationId: mail.organisationId ?? null,
        personId: mail.personId ?? null,
      });
    },
    deliver() {
      delivering ??= deliverBatch().finally(() => (delivering = undefined));
      return delivering;
    },
    async close() {
      await delivering?.catch(() => 0);
      (await transporter)?.close();
    },
  };
  return mailer;
}
