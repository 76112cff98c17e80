import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { oneTimeTokens, sessions } from '../../platform/auth/schema.ts';
import { hashToken } from '../../platform/auth/sessions.ts';
import { outbox } from '../../platform/mail/schema.ts';
import { people } from '../../platform/people/schema.ts';
import { testApp, type TestApp } from '../../../test/app.ts';
import { PASSWORD, makeOrganisation, makePerson, signIn, unique } from '../../../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function member() {
  const org = await makeOrganisation(t.database.db, 'professional_body');
  const person = await makePerson(t.database.db, org.id, [{ role: 'member' }]);
  return { org, person };
}

function tokenFromMail(text: string): string {
  return /token=([\w-]+)/.exec(text)![1]!;
}

describe('signing in', () => {
  it('signs in with email and password, sets an httpOnly SameSite=Lax cookie and returns a CSRF token', async () => {
    const { person } = await member();
    const response = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email.toUpperCase(), password: PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'probity_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.value.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    expect(response.json().csrfToken).toEqual(expect.any(String));
    // Only a hash of the token is stored.
    const stored = await t.database.db.select().from(sessions).where(eq(sessions.personId, person.id));
    expect(stored.map((s) => s.tokenHash)).toEqual([hashToken(cookie.value)]);
  });

  it('uses a __Host- cookie with Secure when served over HTTPS', async () => {
    const secure = await testApp({ env: { PUBLIC_URL: 'https://probity.example' } });
    try {
      const { person } = await member();
      const response = await secure.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: PASSWORD } });
      const cookie = response.cookies.find((c) => c.name === '__Host-probity_session')!;
      expect(cookie.secure).toBe(true);
      expect(cookie.path).toBe('/');
      expect(cookie.domain).toBeUndefined();
    } finally {
      await secure.close();
    }
  });

  it('gives a new session id at every sign-in', async () => {
    const { person } = await member();
    const first = await signIn(t.app, person.email);
    const second = await signIn(t.app, person.email);
    expect(first.cookie).not.toBe(second.cookie);
  });

  it('refuses a wrong password or unknown account with the same answer, and records the failure', async () => {
    const { person } = await member();
    const wrong = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: 'not the password' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: `nobody-${unique()}@example.test`, password: 'not the password' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    const failures = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, person.id), eq(auditEvents.action, 'session.sign_in_failed')));
    expect(failures).toHaveLength(1);
  });

  it('throttles an account after five failures, even with the right password', async () => {
    const { person } = await member();
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: `wrong ${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: PASSWORD } });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });

  it('throttles an address that tries many accounts', async () => {
    const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    let last = 0;
    for (let i = 0; i < 31; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/session', remoteAddress: address, payload: { email: `guess-${i}-${unique()}@example.test`, password: 'guess guess' } });
      last = r.statusCode;
    }
    expect(last).toBe(429);
  });

  it('names every field at fault, in words', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/session', payload: { password: 12, remember: true } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([
      { field: 'body.email', reason: 'must be an email address' },
      { field: 'body.password', reason: 'must be text' },
      { field: 'body.remember', reason: 'is not a known field' },
    ]);
  });

  it('refuses a disabled account', async () => {
    const { person } = await member();
    await t.database.db.update(people).set({ disabledAt: new Date() }).where(eq(people.id, person.id));
    const r = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: PASSWORD } });
    expect(r.statusCode).toBe(401);
  });
});

describe('the session', () => {
  it('answers /api/me with the person, their organisations and roles', async () => {
    const { org, person } = await member();
    const session = await signIn(t.app, person.email);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect(me.json()).toMatchObject({ person: { id: person.id, email: person.email }, organisations: [{ id: org.id, kind: 'professional_body', roles: [{ role: 'member' }] }], csrfToken: session.csrfToken });
  });

  it('answers 401 without a session', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(r.statusCode).toBe(401);
  });

  it('ends after 30 idle minutes', async () => {
    const { person } = await member();
    const session = await signIn(t.app, person.email);
    await t.database.db.update(sessions).set({ lastSeenAt: sql`now() - interval '31 minutes'` }).where(eq(sessions.personId, person.id));
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it('ends 12 hours after sign-in however active', async () => {
    const { person } = await member();
    const session = await signIn(t.app, person.email);
    await t.database.db.update(sessions).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(sessions.personId, person.id));
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token, or with another session’s', async () => {
    const { person } = await member();
    const session = await signIn(t.app, person.email);
    const other = await signIn(t.app, person.email);
    const without = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: session.cookie } });
    const wrong = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: session.cookie, 'x-csrf-token': other.csrfToken } });
    expect(without.statusCode).toBe(403);
    expect(wrong.statusCode).toBe(403);
    expect(without.json().detail).toContain('x-csrf-token');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode).toBe(200);
  });

  it('signs out', async () => {
    const { person } = await member();
    const session = await signIn(t.app, person.email);
    const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
  });

  it('signs out everywhere', async () => {
    const { person } = await member();
    const phone = await signIn(t.app, person.email);
    const laptop = await signIn(t.app, person.email);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/sessions', headers: laptop.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: phone.cookie } })).statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('changes the password only with the current one, ends other sessions and gives a new one', async () => {
    const { person } = await member();
    const other = await signIn(t.app, person.email);
    const session = await signIn(t.app, person.email);
    const newPassword = 'a quite different passphrase 93';
    const refused = await t.app.inject({ method: 'PUT', url: '/api/me/password', headers: session.headers, payload: { currentPassword: 'wrong wrong', newPassword } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'body.currentPassword', reason: 'is not your current password' }]);
    const changed = await t.app.inject({ method: 'PUT', url: '/api/me/password', headers: session.headers, payload: { currentPassword: PASSWORD, newPassword } });
    expect(changed.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: other.cookie } })).statusCode).toBe(401);
    await signIn(t.app, person.email, newPassword);
  });

  it.each([
    ['short1', 'must be at least 12 characters'],
    ['password1234', 'is too easy to guess'],
    ['qwertyuiopasdf', 'is too easy to guess'],
  ])('refuses the weak new password %s', async (weak, reason) => {
    const { person } = await member();
    const session = await signIn(t.app, person.email);
    const r = await t.app.inject({ method: 'PUT', url: '/api/me/password', headers: session.headers, payload: { currentPassword: PASSWORD, newPassword: weak } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0]).toMatchObject({ field: 'body.newPassword' });
    expect(r.json().errors[0].reason).toContain(reason);
  });

  it('resets a forgotten password with an emailed, single-use token', async () => {
    const { person } = await member();
    const asked = await t.app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: person.email } });
    expect(asked.statusCode).toBe(202);
    const [mail] = await t.database.db.select().from(outbox).where(eq(outbox.personId, person.id));
    expect(mail!.subject).toContain('Reset');
    const token = tokenFromMail(mail!.text);
    const stored = await t.database.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.personId, person.id));
    expect(stored[0]!.tokenHash).toBe(hashToken(token));
    const password = 'my brand new reset passphrase';
    const done = await t.app.inject({ method: 'POST', url: '/api/password-reset/complete', payload: { token, password } });
    expect(done.statusCode).toBe(200);
    await signIn(t.app, person.email, password);
    const again = await t.app.inject({ method: 'POST', url: '/api/password-reset/complete', payload: { token, password: 'yet another reset passphrase' } });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toEqual({ field: 'body.token', reason: 'has already been used; ask for a new one' });
  });

  it('answers a reset request for an unknown email exactly as for a known one, and sends nothing', async () => {
    const email = `nobody-${unique()}@example.test`;
    const r = await t.app.inject({ method: 'POST', url: '/api/password-reset', payload: { email } });
    expect(r.statusCode).toBe(202);
    expect(await t.database.db.select().from(outbox).where(eq(outbox.to, email))).toHaveLength(0);
  });

  it('refuses an expired reset token and changes nothing', async () => {
    const { person } = await member();
    await t.app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: person.email } });
    const [mail] = await t.database.db.select().from(outbox).where(eq(outbox.personId, person.id));
    await t.database.db.update(oneTimeTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(oneTimeTokens.personId, person.id));
    const r = await t.app.inject({ method: 'POST', url: '/api/password-reset/complete', payload: { token: tokenFromMail(mail!.text), password: 'my brand new reset passphrase' } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0]).toEqual({ field: 'body.token', reason: 'has expired; ask for a new one' });
    await signIn(t.app, person.email);
  });

  it('refuses a made-up token', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/password-reset/complete', payload: { token: 'made-up', password: 'my brand new reset passphrase' } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe('body.token');
  });
});

describe('the sign-in email', () => {
  it('changes with the password, tells the old address, and signs in as the new one', async () => {
    const { person } = await member();
    const session = await signIn(t.app, person.email);
    const email = `renamed-${unique()}@example.test`;
    const refused = await t.app.inject({ method: 'PUT', url: '/api/me/email', headers: session.headers, payload: { password: 'wrong password', email } });
    expect(refused.json().errors).toEqual([{ field: 'body.password', reason: 'is not your password' }]);
    const changed = await t.app.inject({ method: 'PUT', url: '/api/me/email', headers: session.headers, payload: { password: PASSWORD, email } });
    expect(changed.statusCode).toBe(204);
    const [notice] = await t.database.db.select().from(outbox).where(eq(outbox.to, person.email));
    expect(notice!.subject).toContain('changed');
    await signIn(t.app, email);
  });

  it('refuses an email another account uses', async () => {
    const { person } = await member();
    const { person: other } = await member();
    const session = await signIn(t.app, person.email);
    const r = await t.app.inject({ method: 'PUT', url: '/api/me/email', headers: session.headers, payload: { password: PASSWORD, email: other.email.toUpperCase() } });
    expect(r.json().errors).toEqual([{ field: 'body.email', reason: 'is used by another account' }]);
  });
});

describe('a person’s own data', () => {
  it('exports everything held about them, and records the export', async () => {
    const { org, person } = await member();
    const session = await signIn(t.app, person.email);
    // Records of theirs that other features keep: CPD with evidence, a goal, a deadline and its notice.
    const cpd = await t.app.inject({ method: 'POST', url: `/api/orgs/${org.id}/development/cpd`, headers: session.headers, payload: { kind: 'reading', title: 'Research digest', happenedOn: '2026-01-10', minutes: 45 } });
    await t.app.inject({ method: 'POST', url: `/api/orgs/${org.id}/development/cpd/${cpd.json().id}/evidence`, headers: session.headers, payload: { kind: 'text', text: 'Notes on feedback' } });
    await t.app.inject({ method: 'POST', url: `/api/orgs/${org.id}/development/goals`, headers: session.headers, payload: { title: 'Use research', successMeasure: 'Two changes tried', targetDate: '2027-06-30' } });
    const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
    const given = await t.app.inject({ method: 'POST', url: `/api/orgs/${org.id}/deadlines`, headers: (await signIn(t.app, admin.email)).headers, payload: { ownerId: person.id, kind: 'task', title: 'Renew membership' } });
    expect(given.statusCode).toBe(201);
    const r = await t.app.inject({ method: 'GET', url: '/api/me/export', headers: { cookie: session.cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain('attachment');
    const data = r.json();
    expect(data.person).toMatchObject({ id: person.id, email: person.email, twoFactor: false });
    expect(data.roles).toEqual([expect.objectContaining({ role: 'member', organisation: expect.stringContaining('Test') })]);
    expect(data.sessions).toHaveLength(1);
    expect(data.auditTrail.map((e: { action: string }) => e.action)).toContain('session.sign_in');
    expect(JSON.stringify(data)).not.toContain('password');
    expect(data.deadlines).toEqual([expect.objectContaining({ title: 'Renew membership', kind: 'task', metAt: null })]);
    expect(data.notifications).toEqual([expect.objectContaining({ title: 'New deadline: Renew membership', readAt: null })]);
    expect(data.development.cpd).toEqual([expect.objectContaining({ title: 'Research digest', minutes: 45 })]);
    expect(data.development.evidence).toEqual([expect.objectContaining({ kind: 'text', text: 'Notes on feedback' })]);
    expect(data.development.goals).toEqual([expect.objectContaining({ title: 'Use research', successMeasure: 'Two changes tried' })]);
    expect(data).toMatchObject({ attestations: [], development: { selfAssessments: [], sharedWith: [] } });
    const [exported] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, person.id), eq(auditEvents.action, 'person.data_exported')));
    expect(exported).toBeDefined();
  });
});
