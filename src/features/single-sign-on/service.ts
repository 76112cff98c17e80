import { and, eq, gt } from 'drizzle-orm';
import * as oidc from 'openid-client';
import type { OidcProvider } from '../../config.ts';
import { audit } from '../../platform/audit/index.ts';
import { singleSignOns } from '../../platform/auth/schema.ts';
import { hashToken } from '../../platform/auth/sessions.ts';
import { NotFound } from '../../platform/errors.ts';
import { beginSession, findByEmail, type AccountsContext } from '../accounts/index.ts';
import { clock } from '../../platform/clock.ts';

// Single sign-on with OpenID Connect: authorization code flow with PKCE, state and nonce.

const SIGN_ON_MINUTES = 10;

export interface SingleSignOnContext extends AccountsContext {
  providers: OidcProvider[];
}

/** Why a sign-on ended without a session: shown to the person on the sign-in page. */
export class SignOnRefused extends Error {
  constructor(readonly reason: 'expired' | 'no-account' | 'unverified-email' | 'failed') {
    super(reason);
  }
}

const configurations = new Map<string, Promise<oidc.Configuration>>();

function provider(ctx: SingleSignOnContext, id: string): OidcProvider {
  const found = ctx.providers.find((p) => p.id === id);
  if (!found) throw new NotFound('single sign-on provider');
  return found;
}

/** The provider's discovered settings, fetched once and kept; a failed discovery is tried again next time. */
function configuration(p: OidcProvider): Promise<oidc.Configuration> {
  let found = configurations.get(p.id);
  if (!found) {
    const issuer = new URL(p.issuer);
    // Plain HTTP only for a provider on this machine (a test or development identity provider).
    const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    found = oidc.discovery(issuer, p.clientId, p.clientSecret, undefined, local ? { execute: [oidc.allowInsecureRequests] } : undefined);
    found.catch(() => configurations.delete(p.id));
    configurations.set(p.id, found);
  }
  return found;
}

export const redirectUri = (ctx: SingleSignOnContext, id: string) => `${ctx.publicUrl}/api/auth/oidc/${id}/callback`;

/** Where to send the browser to sign in with the provider. */
export async function start(ctx: SingleSignOnContext, id: string): Promise<string> {
  const p = provider(ctx, id);
  const config = await configuration(p);
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await ctx.db.insert(singleSignOns).values({
    stateHash: hashToken(state),
    provider: p.id,
    codeVerifier,
    nonce,
    expiresAt: new Date(clock.now().getTime() + SIGN_ON_MINUTES * 60_000),
  });
  return oidc
    .buildAuthorizationUrl(config, {
      redirect_uri: redirectUri(ctx, p.id),
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    })
    .toString();
}

/**
 * The provider sends the browser back here. The email it vouches for must belong to a person Probity
 * already knows: single sign-on never creates accounts.
 */
export async function finish(ctx: SingleSignOnContext, id: string, callbackUrl: URL, requestId: string) {
  const p = provider(ctx, id);
  const state = callbackUrl.searchParams.get('state') ?? '';
  const [pending] = await ctx.db
    .delete(singleSignOns)
    .where(and(eq(singleSignOns.stateHash, hashToken(state)), eq(singleSignOns.provider, p.id), gt(singleSignOns.expiresAt, clock.now())))
    .returning();
  if (!pending) throw new SignOnRefused('expired');
  let claims: Record<string, unknown>;
  try {
    const config = await configuration(p);
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    // Some providers put the email only in the ID token, others only behind the userinfo endpoint.
    claims = idToken.email ? idToken : await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
  } catch {
    throw new SignOnRefused('failed');
  }
  const email = typeof claims.email === 'string' ? claims.email : undefined;
  if (!email) throw new SignOnRefused('no-account');
  if (claims.email_verified === false) throw new SignOnRefused('unverified-email');
  const person = await findByEmail(ctx.db, email);
  if (!person || person.disabledAt) {
    await ctx.db.transaction((tx) => audit(tx, { personId: null, requestId }, { organisationId: null, action: 'session.single_sign_on_refused', recordType: 'person', recordId: person?.id ?? null, details: { provider: p.id } }));
    throw new SignOnRefused('no-account');
  }
  return beginSession(ctx, person, { personId: person.id, requestId }, `sso:${p.id}`);
}
