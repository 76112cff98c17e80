import crypto from 'node:crypto';
import { count, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { oneTimeTokens, sessions, signInChallenges, signInFailures, singleSignOns } from '../platform/auth/schema.ts';
import { auditEvents } from '../platform/audit/schema.ts';
import { clock } from '../platform/clock.ts';
import { outbox } from '../platform/mail/schema.ts';
import { retentionSchedule } from '../platform/retention.ts';
import { testApp, type TestApp } from '../../test/app.ts';
import { makeOrganisation, makePerson, signIn } from '../../test/factories.ts';
import { recurringJobs } from './jobs.ts';
import { retentionRules } from './retention.ts';

// The job runs at a time long before any other test's records (which share the database), so that it can
// only remove what this test wrote.
const NOW = new Date('2019-06-03T12:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const hash = () => crypto.randomBytes(16).toString('hex');

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterEach(() => clock.set(null));
afterAll(() => t.close());

describe('the retention schedule', () => {
  it('names each kind of record once, with how long, from when, what happens and why', () => {
    const schedule = retentionSchedule(retentionRules(t.config));
    expect(schedule.map((r) => [r.record, r.keptFor, r.action])).toEqual([
      ['sessions', 'PT0S', 'delete'],
      ['two-factor sign-in challenges', 'PT0S', 'delete'],
      ['invitation and password-reset links', 'P7D', 'delete'],
      ['failed sign-in counts', 'PT15M', 'delete'],
      ['unfinished single sign-ons', 'PT0S', 'delete'],
      ['sent mail', 'P30D', 'delete'],
      ['mail that could not be sent', 'P30D', 'delete'],
      ["reporters' sessions on their reports", 'PT0S', 'delete'],
      ['receipt codes that opened no report', 'PT15M', 'delete'],
      ['request counts for the request limits', 'P1D', 'delete'],
    ]);
    for (const rule of schedule) expect(rule.reason.length, rule.record).toBeGreaterThan(20);
    expect(schedule.map((r) => r.record).join(' ')).not.toMatch(/audit/);
  });
});

describe('the retention schedule for those who answer for data protection', () => {
  it('shows admins, data protection officers and auditors every rule, and no one else', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const url = `/api/orgs/${org.id}/retention-schedule`;
    for (const role of ['organisation_admin', 'data_protection_officer', 'auditor'] as const) {
      const reader = await signIn(t.app, (await makePerson(t.database.db, org.id, [{ role }])).email);
      const r = await t.app.inject({ method: 'GET', url, headers: { cookie: reader.cookie } });
      expect(r.statusCode, role).toBe(200);
      expect(r.json(), role).toEqual(retentionSchedule(retentionRules(t.config)));
    }
    const staff = await signIn(t.app, (await makePerson(t.database.db, org.id, [{ role: 'staff' }])).email);
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie: staff.cookie } })).statusCode).toBe(403);
  });
});

describe('the hourly retention job', () => {
  it('removes at the set time what its rules make due, keeps what is not yet due, and never touches the audit trail', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    const idle = t.config.sessions.idleMinutes * MINUTE;
    const personId = person.id;

    const session = (expiresAt: Date, lastSeenAt: Date) => ({ tokenHash: hash(), personId, createdAt: at(-DAY), lastSeenAt, expiresAt });
    const sessionRows = {
      pastItsEnd: session(at(0), at(-MINUTE)),
      idle: session(at(5 * 60 * MINUTE), at(-idle)),
      live: session(at(SECOND), at(-idle + MINUTE)),
    };
    const challenge = (expiresAt: Date) => ({ tokenHash: hash(), personId, expiresAt });
    const challengeRows = { expired: challenge(at(0)), live: challenge(at(SECOND)) };
    const link = (expiresAt: Date, usedAt: Date | null) => ({ tokenHash: hash(), purpose: 'password_reset' as const, personId, expiresAt, usedAt, createdAt: at(-30 * DAY) });
    const linkRows = {
      usedAWeekAgo: link(at(DAY), at(-7 * DAY)),
      usedSixDaysAgo: link(at(DAY), at(-6 * DAY)),
      expiredAWeekAgo: link(at(-7 * DAY), null),
      expiredSixDaysAgo: link(at(-6 * DAY), null),
      waiting: link(at(DAY), null),
    };
    const failure = (when: Date) => ({ id: crypto.randomUUID(), email: person.email, address: '192.0.2.1', at: when });
    const failureRows = { outsideTheWindow: failure(at(-15 * MINUTE)), inside: failure(at(-15 * MINUTE + SECOND)) };
    const signOn = (expiresAt: Date) => ({ stateHash: hash(), provider: 'test', codeVerifier: 'v', nonce: 'n', expiresAt });
    const signOnRows = { expired: signOn(at(0)), live: signOn(at(SECOND)) };
    const mail = (createdAt: Date, sentAt: Date | null, attempts: number) => ({ id: crypto.randomUUID(), organisationId: org.id, personId, to: person.email, subject: 'A link', text: 'Follow it', createdAt, sentAt, attempts });
    const mailRows = {
      sentAMonthAgo: mail(at(-31 * DAY), at(-30 * DAY), 1),
      sentRecently: mail(at(-31 * DAY), at(-30 * DAY + SECOND), 1),
      givenUpOn: mail(at(-30 * DAY), null, 5),
      givenUpOnRecently: mail(at(-30 * DAY + SECOND), null, 5),
      stillBeingTried: mail(at(-40 * DAY), null, 4),
      neverSentWithoutSmtp: mail(at(-40 * DAY), null, 0),
    };
    const db = t.database.db;
    await db.insert(sessions).values(Object.values(sessionRows));
    await db.insert(signInChallenges).values(Object.values(challengeRows));
    await db.insert(oneTimeTokens).values(Object.values(linkRows));
    await db.insert(signInFailures).values(Object.values(failureRows));
    await db.insert(singleSignOns).values(Object.values(signOnRows));
    await db.insert(outbox).values(Object.values(mailRows));
    const [{ entries: auditBefore }] = (await db.select({ entries: count() }).from(auditEvents)) as [{ entries: number }];

    clock.set(NOW);
    const job = recurringJobs(t.config, t.database, t.app.mailer).find((j) => j.name === 'retention')!;
    expect(job.cron).toBe('17 * * * *');
    await job.run();

    // Which of the named rows are still there.
    const left = <R extends Record<string, unknown>>(rows: Record<string, R>, key: keyof R, found: { id: unknown }[]) =>
      Object.keys(rows).filter((name) => found.some((f) => f.id === rows[name]![key]));
    const idsOf = <R extends Record<string, unknown>>(rows: Record<string, R>, key: keyof R) => Object.values(rows).map((r) => r[key] as string);
    expect(left(sessionRows, 'tokenHash', await db.select({ id: sessions.tokenHash }).from(sessions).where(inArray(sessions.tokenHash, idsOf(sessionRows, 'tokenHash'))))).toEqual(['live']);
    expect(left(challengeRows, 'tokenHash', await db.select({ id: signInChallenges.tokenHash }).from(signInChallenges).where(inArray(signInChallenges.tokenHash, idsOf(challengeRows, 'tokenHash'))))).toEqual(['live']);
    expect(left(linkRows, 'tokenHash', await db.select({ id: oneTimeTokens.tokenHash }).from(oneTimeTokens).where(inArray(oneTimeTokens.tokenHash, idsOf(linkRows, 'tokenHash'))))).toEqual([
      'usedSixDaysAgo',
      'expiredSixDaysAgo',
      'waiting',
    ]);
    expect(left(failureRows, 'id', await db.select({ id: signInFailures.id }).from(signInFailures).where(inArray(signInFailures.id, idsOf(failureRows, 'id'))))).toEqual(['inside']);
    expect(left(signOnRows, 'stateHash', await db.select({ id: singleSignOns.stateHash }).from(singleSignOns).where(inArray(singleSignOns.stateHash, idsOf(signOnRows, 'stateHash'))))).toEqual(['live']);
    expect(left(mailRows, 'id', await db.select({ id: outbox.id }).from(outbox).where(inArray(outbox.id, idsOf(mailRows, 'id'))))).toEqual(['sentRecently', 'givenUpOnRecently', 'stillBeingTried', 'neverSentWithoutSmtp']);
    // The trail only grows (other tests share the database): nothing in the schedule removes an entry.
    const [{ entries: auditAfter }] = (await db.select({ entries: count() }).from(auditEvents)) as [{ entries: number }];
    expect(auditAfter).toBeGreaterThanOrEqual(auditBefore);

    // Applied again at the same time, it finds nothing more to do.
    expect(Object.values((await job.run()) as Record<string, number>).every((n) => n === 0)).toBe(true);
  });
});
