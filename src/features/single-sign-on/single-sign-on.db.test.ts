import http from 'node:http';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.ts';
import { PASSWORD, makeOrganisation, makePerson, signIn, unique } from '../../../test/factories.ts';
import { totpCode } from '../../platform/auth/two-factor.ts';

// End to end against a real OpenID Connect provider (oidc-provider) on loopback.

let t: TestApp;
let idp: http.Server;
let issuer: string;
const verified = new Map<string, boolean>();

beforeAll(async () => {
  idp = http.createServer();
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(idp.address() as { port: number }).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'probity', client_secret: 'a-client-secret', redirect_uris: ['http://probity.test/api/auth/oidc/school/callback'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, email: id, email_verified: verified.get(id) ?? true }) }),
    cookies: { keys: ['test-cookie-key'] },
  });
  idp.on('request', provider.callback());
  t = await testApp({
    env: { OIDC_PROVIDERS: JSON.stringify([{ id: 'school', name: 'School Microsoft', issuer, clientId: 'probity', clientSecret: 'a-client-secret' }]) },
  });
});
afterAll(async () => {
  await t.close();
  idp.closeAllConnections();
  await new Promise((resolve) => idp.close(resolve));
});

/** A browser at the identity provider: signs in as `email`, consents, and returns the redirect back to Probity. */
async function signInAtProvider(authorizationUrl: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let body: string | undefined;
  for (let hop = 0; hop < 12; hop++) {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      if (location.startsWith('http://probity.test/')) return location;
      url = new URL(location, url).toString();
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at the provider: ${html.slice(0, 300)}`);
    url = new URL(action, url).toString();
    body = new URLSearchParams(prompt === 'login' ? { prompt, login: email, password: 'anything' } : { prompt }).toString();
  }
  throw new Error('too many redirects at the provider');
}

async function startSignOn() {
  const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/school/start' });
  expect(start.statusCode).toBe(302);
  return start.headers.location as string;
}

async function callback(location: string) {
  const back = new URL(location);
  return t.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
}

describe('single sign-on', () => {
  it('lists the providers', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/auth/providers' });
    expect(r.json()).toEqual([{ id: 'school', name: 'School Microsoft' }]);
  });

  it('signs in a known person with their school account, using PKCE', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    const authorization = await startSignOn();
    expect(authorization.startsWith(issuer)).toBe(true);
    expect(new URL(authorization).searchParams.get('code_challenge_method')).toBe('S256');
    const done = await callback(await signInAtProvider(authorization, person.email));
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/');
    const cookie = done.cookies.find((c) => c.name === 'probity_session')!;
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `${cookie.name}=${cookie.value}` } });
    expect(me.json().person.id).toBe(person.id);
  });

  it('creates no account for an email Probity does not know', async () => {
    const done = await callback(await signInAtProvider(await startSignOn(), `stranger-${unique()}@example.test`));
    expect(done.headers.location).toBe('/sign-in?error=sso-no-account');
    expect(done.cookies).toHaveLength(0);
  });

  it('refuses an email the provider has not verified', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    verified.set(person.email, false);
    const done = await callback(await signInAtProvider(await startSignOn(), person.email));
    expect(done.headers.location).toBe('/sign-in?error=sso-unverified-email');
  });

  it('refuses a replayed or forged callback', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    const location = await signInAtProvider(await startSignOn(), person.email);
    expect((await callback(location)).headers.location).toBe('/');
    expect((await callback(location)).headers.location).toBe('/sign-in?error=sso-expired');
    const forged = new URL(location);
    forged.searchParams.set('state', 'made-up');
    expect((await callback(forged.toString())).headers.location).toBe('/sign-in?error=sso-expired');
  });

  it('still asks for the second factor of a person who has it on', async () => {
    const org = await makeOrganisation(t.database.db, 'employer_trust');
    const person = await makePerson(t.database.db, org.id, [{ role: 'staff' }]);
    const session = await signIn(t.app, person.email);
    const setup = await t.app.inject({ method: 'POST', url: '/api/me/two-factor/setup', headers: session.headers, payload: { password: PASSWORD } });
    await t.app.inject({ method: 'POST', url: '/api/me/two-factor/enable', headers: session.headers, payload: { code: totpCode(setup.json().secret, new Date(Date.now() - 30_000)) } });
    const done = await callback(await signInAtProvider(await startSignOn(), person.email));
    expect(done.headers.location).toMatch(/^\/sign-in#challenge=/);
    expect(done.cookies).toHaveLength(0);
    const challenge = done.headers.location!.split('=')[1]!;
    const second = await t.app.inject({ method: 'POST', url: '/api/session/two-factor', payload: { challenge, code: totpCode(setup.json().secret, new Date()) } });
    expect(second.statusCode).toBe(200);
  });

  it('answers 404 for an unknown provider', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/oidc/nowhere/start' })).statusCode).toBe(404);
  });
});
