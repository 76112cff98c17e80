import { hash, verify } from '@node-rs/argon2';
import type { zxcvbn } from '@zxcvbn-ts/core';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../vocabulary.ts';

// argon2id with the memory and time costs OWASP recommends.
const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

let estimator: Promise<typeof zxcvbn> | undefined;

/**
 * The password strength estimator with its dictionaries: loading and ranking them takes a tenth of a second
 * or more, so it is done when a password is first checked, not at every start.
 */
function strengthEstimator(): Promise<typeof zxcvbn> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(([core, common, english]) => {
    core.zxcvbnOptions.setOptions({
      translations: english.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
    });
    return core.zxcvbn;
  });
  return estimator;
}

// The lengths are shared with the web app, whose forms say them.
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

/**
 * The same slow hash with a salt the caller gives, so that the same secret always gives the same hash and can
 * be looked up by it: only for secrets random enough that no table of precomputed hashes could cover them (a
 * receipt code's 90 bits), never for passwords people choose.
 */
export function hashWithSalt(secret: string, salt: Uint8Array): Promise<string> {
  return hash(secret, { ...argon2Options, salt });
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash, still spend the time a check takes, so that timing does not tell whether an account exists.
  const target = passwordHash ?? (await dummyHash);
  try {
    return (await verify(target, password)) && passwordHash !== null;
  } catch {
    return false;
  }
}

const dummyHash = hash('probity-no-such-account', argon2Options);

/**
 * Why a new password is too weak, or null when it is strong enough: long enough, and not guessable
 * from common passwords, dictionaries, keyboard patterns or the person's own name and email.
 */
export async function passwordWeakness(password: string, personal: string[] = []): Promise<string | null> {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const result = (await strengthEstimator())(password, personal.filter(Boolean));
  if (result.score < 3) {
    const hint = result.feedback.warning || result.feedback.suggestions[0] || 'it is too easy to guess';
    return `is too easy to guess: ${hint.replace(/\.$/, '')}`;
  }
  return null;
}
