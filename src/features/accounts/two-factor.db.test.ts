import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../config.ts';
import { auditEvents } from '../../platform/audit/index.ts';
import { organisations, people } from '../../platform/people/schema.ts';
import { openSecrets, SecretBox, totpContext } from '../../platform/secrets.ts';
import { totpCode } from '../../platform/auth/two-factor.ts';
import { TEST_SECRET_KEY, testApp, type TestApp } from '../../../test/app.ts';
import { PASSWORD, makeOrganisation, makePerson, signIn } from '../../../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const THIRTY_SECONDS = 30_000;

async function enrolled() {
  const org = await makeOrganisation(t.database.db, 'employer_trust');
  const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }, { role: 'designated_safeguarding_lead', academyId: org.academies.northfield }]);
  const session = await signIn(t.app, person.email);
  const setup = await t.app.inject({ method: 'POST', url: '/api/me/two-factor/setup', headers: session.headers, payload: { password: PASSWORD } });
  expect(setup.statusCode).toBe(200);
  const { secret, otpauthUrl } = setup.json<{ secret: string; otpauthUrl: string }>();
  expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Probity:/);
  // The code of the previous step: still accepted (clock drift), and leaves the current one for sign-in.
  const enable = await t.app.inject({ method: 'POST', url: '/api/me/two-factor/enable', headers: session.headers, payload: { code: totpCode(secret, new Date(Date.now() - THIRTY_SECONDS)) } });
  expect(enable.statusCode).toBe(200);
  return { org, person, session, secret, recoveryCodes: enable.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

async function passwordStep(email: string) {
  const r = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password: PASSWORD } });
  expect(r.statusCode).toBe(200);
  expect(r.cookies).toHaveLength(0);
  return r.json<{ twoFactorRequired: true; challenge: string }>();
}

describe('two-factor sign-in', () => {
  it('asks for the password before setting up, and for a right code before turning on', async () => {
    const org = await makeOrganisation(t.database.db, 'association');
    const person = await makePerson(t.database.db, org.id, [{ role: 'member' }]);
    const session = await signIn(t.app, person.email);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/me/two-factor/setup', headers: session.headers, payload: { password: 'not my password' } });
    expect(wrong.json().errors).toEqual([{ field: 'body.password', reason: 'is not your password' }]);
    const early = await t.app.inject({ method: 'POST', url: '/api/me/two-factor/enable', headers: session.headers, payload: { code: '123456' } });
    expect(early.json().type).toBe('/rules/two-factor-set-up-first');
    await t.app.inject({ method: 'POST', url: '/api/me/two-factor/setup', headers: session.headers, payload: { password: PASSWORD } });
    const bad = await t.app.inject({ method: 'POST', url: '/api/me/two-factor/enable', headers: session.headers, payload: { code: '000000' } });
    expect(bad.json().errors).toEqual([{ field: 'body.code', reason: 'is not the current code from your authenticator app' }]);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    expect(me.json().twoFactor.enabled).toBe(false);
  });

  it('signs in with password and then a code, and refuses the same code twice', async () => {
    const { person, secret, recoveryCodes } = await enrolled();
    expect(recoveryCodes).toHaveLength(10);
    const { challenge } = await passwordStep(person.email);
    const code = totpCode(secret, new Date());
    const done = await t.app.inject({ method: 'POST', url: '/api/session/two-factor', payload: { challenge, code } });
    expect(done.statusCode).toBe(200);
    expect(done.cookies.find((c) => c.name === 'probity_session')).toBeDefined();
    const again = await passwordStep(person.email);
    const replay = await t.app.inject({ method: 'POST', url: '/api/session/two-factor', payload: { challenge: again.challenge, code } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().errors[0].field).toBe('body.code');
  });

  it('accepts each recovery code once', async () => {
    const { person, recoveryCodes } = await enrolled();
    const first = await passwordStep(person.email);
    expect((await t.app.inject({ method: 'POST', url: '/api/session/two-factor', payload: { challenge: first.challenge, code: recoveryCodes[0]!.toUpperCase() } })).statusCode).toBe(200);
    const second = await passwordStep(person.email);
    expect((await t.app.inject({ method: 'POST', url: '/api/session/two-factor', payload: { challenge: second.challenge, code: recoveryCodes[0] } })).statusCode).toBe(401);
  });

  it('records the challenge issued and the sign-in that uses up a recovery code, each in the audit trail of its own request', async () => {
    const { person, recoveryCodes } = await enrolled();
    const trail = async () =>
      (await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordType, 'person'), eq(auditEvents.recordId, person.id))).orderBy(auditEvents.seq)).map((e) => ({ action: e.action, actorId: e.actorId, requestId: e.requestId, method: e.details.method }));
    const before = (await trail()).length;
    const challenged = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: PASSWORD } });
    const done = await t.app.inject({ method: 'POST', url: '/api/session/two-factor', payload: { challenge: challenged.json().challenge, code: recoveryCodes[0] } });
    expect(done.statusCode).toBe(200);
    expect((await trail()).slice(before)).toEqual([
      { action: 'session.two_factor_challenged', actorId: person.id, requestId: challenged.headers['x-request-id'], method: 'password' },
      { action: 'session.sign_in', actorId: person.id, requestId: done.headers['x-request-id'], method: 'password+recovery_code' },
    ]);
  });

  it('gives up a challenge after five wrong codes', async () => {
    const { person, secret } = await enrolled();
    const { challenge } = await passwordStep(person.email);
    for (let i = 0; i < 5; i++) await t.app.inject({ method: 'POST', url: '/api/session/two-factor', payload: { challenge, code: '000000' } });
    const r = await t.app.inject({ method: 'POST', url: '/api/session/two-factor', payload: { challenge, code: totpCode(secret, new Date()) } });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0]).toEqual({ field: 'body.challenge', reason: 'has expired or was used up; sign in again' });
  });

  it('is required by an organisation for chosen roles: their records stay closed until it is on', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    await t.database.db.update(organisations).set({ twoFactorRoles: ['designated_safeguarding_lead'] }).where(eq(organisations.id, org.id));
    const dsl = await makePerson(t.database.db, org.id, [{ role: 'designated_safeguarding_lead', academyId: org.academies.northfield }]);
    const staff = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    const dslSession = await signIn(t.app, dsl.email);
    const closed = await t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}`, headers: { cookie: dslSession.cookie } });
    expect(closed.statusCode).toBe(403);
    expect(closed.json().type).toBe('/problems/two-factor-required');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: dslSession.cookie } });
    expect(me.json().twoFactor.requiredBy).toEqual([{ id: org.id, name: expect.any(String) }]);
    const staffSession = await signIn(t.app, staff.email);
    expect((await t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}`, headers: { cookie: staffSession.cookie } })).statusCode).toBe(200);

    const setup = await t.app.inject({ method: 'POST', url: '/api/me/two-factor/setup', headers: dslSession.headers, payload: { password: PASSWORD } });
    await t.app.inject({ method: 'POST', url: '/api/me/two-factor/enable', headers: dslSession.headers, payload: { code: totpCode(setup.json().secret, new Date()) } });
    expect((await t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}`, headers: { cookie: dslSession.cookie } })).statusCode).toBe(200);
    const off = await t.app.inject({ method: 'DELETE', url: '/api/me/two-factor', headers: dslSession.headers, payload: { password: PASSWORD } });
    expect(off.statusCode).toBe(409);
    expect(off.json().type).toBe('/rules/two-factor-required-by-organisation');
  });

  it('is set by an organisation admin for roles', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const admin = await makePerson(t.database.db, org.id, [{ role: 'organisation_admin' }]);
    const session = await signIn(t.app, admin.email);
    const r = await t.app.inject({ method: 'PATCH', url: `/api/orgs/${org.id}`, headers: session.headers, payload: { twoFactorRoles: ['designated_safeguarding_lead', 'case_officer', 'data_protection_officer'] } });
    expect(r.statusCode).toBe(200);
    expect(r.json().twoFactorRoles).toEqual(['designated_safeguarding_lead', 'case_officer', 'data_protection_officer']);
    const bad = await t.app.inject({ method: 'PATCH', url: `/api/orgs/${org.id}`, headers: session.headers, payload: { twoFactorRoles: ['wizard'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.twoFactorRoles.0');
  });

  it('turns off with the password', async () => {
    const { person, session } = await enrolled();
    const off = await t.app.inject({ method: 'DELETE', url: '/api/me/two-factor', headers: session.headers, payload: { password: PASSWORD } });
    expect(off.statusCode).toBe(204);
    await signIn(t.app, person.email);
  });
});

describe('authenticator secrets at rest', () => {
  const testKey = { kind: 'given' as const, key: Buffer.from(TEST_SECRET_KEY, 'hex') };

  it('keeps them sealed in the database, for their person only', async () => {
    const { person, secret } = await enrolled();
    const [row] = await t.database.db.select({ totpSecret: people.totpSecret }).from(people).where(eq(people.id, person.id));
    expect(row!.totpSecret).toMatch(/^v1\./);
    expect(row!.totpSecret).not.toContain(secret);
    const box = new SecretBox(testKey.key);
    expect(box.open(row!.totpSecret!, totpContext(person.id))).toBe(secret);
    expect(() => box.open(row!.totpSecret!, totpContext(crypto.randomUUID()))).toThrow();
  });

  it('seals a secret left in the clear, and refuses to start with a key that does not open the sealed ones', async () => {
    const org = await makeOrganisation(t.database.db, 'association');
    const person = await makePerson(t.database.db, org.id, [{ role: 'member' }]);
    await t.database.db.update(people).set({ totpSecret: 'JBSWY3DPEHPK3PXP' }).where(eq(people.id, person.id));
    const box = await openSecrets(t.database.db, testKey);
    const [row] = await t.database.db.select({ totpSecret: people.totpSecret }).from(people).where(eq(people.id, person.id));
    expect(box.open(row!.totpSecret!, totpContext(person.id))).toBe('JBSWY3DPEHPK3PXP');
    // Signing in still takes the code from the same authenticator.
    const { challenge } = await passwordStep(person.email);
    expect((await t.app.inject({ method: 'POST', url: '/api/session/two-factor', payload: { challenge, code: totpCode('JBSWY3DPEHPK3PXP', new Date()) } })).statusCode).toBe(200);
    await expect(openSecrets(t.database.db, { kind: 'given', key: crypto.randomBytes(32) })).rejects.toThrow(ConfigError);
  });
});
