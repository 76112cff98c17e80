import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/index.ts';
import { unique } from '../../../test/factories.ts';
import { ownDatabase } from '../../../test/own-database.ts';
import { createMailer, outbox } from './index.ts';

// Delivery to a real SMTP server on loopback, from an outbox of the test's own: the sender takes everyone's
// oldest waiting mail, and other test files fill the shared database's outbox meanwhile.

let database: Database;
let smtp: SMTPServer;
let port: number;
const received: { to: string; raw: string }[] = [];

beforeAll(async () => {
  database = await ownDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo) received.push({ to: to.address, raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.close();
});

describe('email', () => {
  it('keeps mail in the outbox when no SMTP server is set', async () => {
    const mailer = createMailer({ db: database.db, smtpUrl: undefined, from: 'Probity <probity@example.test>' });
    const to = `kept-${unique()}@example.test`;
    await mailer.enqueue(database.db, { to, subject: 'Kept', text: 'Stays here' });
    expect(await mailer.deliver()).toBe(0);
    const [row] = await database.db.select().from(outbox).where(eq(outbox.to, to));
    expect(row).toMatchObject({ subject: 'Kept', sentAt: null });
    await mailer.close();
  });

  it('sends nothing for a transaction that rolled back', async () => {
    const mailer = createMailer({ db: database.db, smtpUrl: undefined, from: 'p@example.test' });
    const to = `rolled-${unique()}@example.test`;
    await expect(
      database.db.transaction(async (tx) => {
        await mailer.enqueue(tx, { to, subject: 'Never', text: 'x' });
        throw new Error('change refused');
      }),
    ).rejects.toThrow('change refused');
    expect(await database.db.select().from(outbox).where(eq(outbox.to, to))).toHaveLength(0);
  });

  it('delivers plain and HTML parts over SMTP and marks each message sent, once, with two senders at work', async () => {
    const smtpUrl = `smtp://127.0.0.1:${port}`;
    const first = createMailer({ db: database.db, smtpUrl, from: 'Probity <probity@example.test>' });
    const second = createMailer({ db: database.db, smtpUrl, from: 'Probity <probity@example.test>' });
    const batch = unique();
    const addresses = Array.from({ length: 6 }, (_, i) => `smtp-${batch}-${i}@example.test`);
    for (const to of addresses) await first.enqueue(database.db, { to, subject: `Hello ${batch}`, text: 'Plain words', html: '<p>Rich words</p>' });
    let sent = 0;
    while (true) {
      const [a, b] = await Promise.all([first.deliver(), second.deliver()]);
      sent += a + b;
      if (a + b === 0) break;
    }
    const mine = received.filter((m) => m.to.startsWith(`smtp-${batch}`));
    expect(mine.map((m) => m.to).sort()).toEqual(addresses.sort());
    expect(mine[0]!.raw).toContain('Plain words');
    expect(mine[0]!.raw).toContain('<p>Rich words</p>');
    const rows = await Promise.all(addresses.map((to) => database.db.select().from(outbox).where(eq(outbox.to, to))));
    expect(rows.every(([row]) => row!.sentAt !== null)).toBe(true);
    expect(sent).toBeGreaterThanOrEqual(addresses.length);
    await Promise.all([first.close(), second.close()]);
  });

  it('records a failed delivery and tries again later', async () => {
    const mailer = createMailer({ db: database.db, smtpUrl: 'smtp://127.0.0.1:1', from: 'p@example.test' });
    const to = `fail-${unique()}@example.test`;
    await mailer.enqueue(database.db, { to, subject: 'Unlucky', text: 'x' });
    await mailer.deliver();
    const [row] = await database.db.select().from(outbox).where(eq(outbox.to, to));
    expect(row).toMatchObject({ sentAt: null, attempts: 1 });
    expect(row!.error).toBeTruthy();
    await mailer.close();
  });
});
