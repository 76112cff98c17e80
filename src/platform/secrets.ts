import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, isNotNull, like, not, or, type SQL } from 'drizzle-orm';
import { ConfigError, type Config } from '../config.ts';
import type { Db, Transaction } from '../db/index.ts';
import { audit, systemActor } from './audit/index.ts';
import { people } from './people/schema.ts';

// Secrets Probity must read back (authenticator-app secrets) are sealed with AES-256-GCM under a key kept
// outside the database: a copy of the database alone, or a backup of it, does not give them away. Each is
// sealed for what it belongs to, so a sealed value copied to another person's row does not open.

const SEALED = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBox {
  constructor(private readonly key: Buffer) {}

  seal(plain: string, context: string): string {
    const iv = crypto.randomBytes(IV_BYTES);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return SEALED + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /**
   * A keyed hash of a value for one purpose (HMAC-SHA256 under a key derived from the platform's key for the
   * context): the same value gives the same hash, so that it can be looked up, and without the key the hash
   * gives nothing away. A new platform key gives new hashes.
   */
  keyedHash(value: string, context: string): string {
    const key = Buffer.from(crypto.hkdfSync('sha256', this.key, Buffer.alloc(0), Buffer.from(`keyed-hash:${context}`), 32));
    return crypto.createHmac('sha256', key).update(value).digest('hex');
  }

  /** The secret; throws when it was sealed under another key or for another context, or was altered. */
  open(sealed: string, context: string): string {
    if (!sealed.startsWith(SEALED)) throw new Error('not a sealed secret');
    const raw = Buffer.from(sealed.slice(SEALED.length), 'base64url');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

/** What an authenticator secret is sealed for: its person. */
export const totpContext = (personId: string) => `totp:${personId}`;

/**
 * The key: PROBITY_SECRET_KEY, or else the key file in the data directory, made on first use, readable by
 * this user only. Two processes starting together agree on one file (it is linked into place, never
 * overwritten).
 */
export function loadSecretKey(setting: Config['secretKey']): Buffer {
  if (setting.kind === 'given') return setting.key;
  try {
    return readKeyFile(setting.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(setting.path), { recursive: true });
  const draft = `${setting.path}.${process.pid}.${crypto.randomUUID()}`;
  fs.writeFileSync(draft, `${crypto.randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    fs.linkSync(draft, setting.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
  return readKeyFile(setting.path);
}

function readKeyFile(file: string): Buffer {
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/i.test(text)) throw new ConfigError(`${file}: is not a secret key (64 hexadecimal digits)`);
  return Buffer.from(text, 'hex');
}

/**
 * Rewrites every authenticator secret held (sealed or not) as `seal` says, in one transaction with its audit
 * entry (the system's, in the global chain: the secrets are people's, not an organisation's); returns how many.
 * Sealing at start records only when it sealed something, so that an ordinary start leaves no entry.
 */
async function reseal(
  db: Db,
  only: SQL | undefined,
  seal: (value: string, personId: string) => string,
  action: 'two_factor_secrets.sealed' | 'two_factor_secrets.rotated',
  others: { sets: readonly SealedElsewhere[]; reseal: (sealed: string, context: string) => string } = { sets: [], reseal: (sealed) => sealed },
): Promise<{ people: number; elsewhere: Record<string, number> }> {
  return db.transaction(async (tx) => {
    const rows = await tx.select({ id: people.id, secret: people.totpSecret, pending: people.totpPendingSecret }).from(people).where(and(or(isNotNull(people.totpSecret), isNotNull(people.totpPendingSecret)), only)).for('update');
    for (const row of rows) {
      const next = (value: string | null) => (value === null ? null : seal(value, row.id));
      await tx.update(people).set({ totpSecret: next(row.secret), totpPendingSecret: next(row.pending) }).where(eq(people.id, row.id));
    }
    const elsewhere: Record<string, number> = {};
    for (const set of others.sets) elsewhere[set.name] = await set.reseal(tx, others.reseal);
    if (rows.length > 0 || action === 'two_factor_secrets.rotated') {
      await audit(tx, systemActor(), { organisationId: null, action, recordType: 'two_factor_secrets', details: { people: rows.length, ...elsewhere } });
    }
    return { people: rows.length, elsewhere };
  });
}

/**
 * Values a feature seals under the same key in its own tables (the identities of those who raise concerns),
 * which a rotation re-seals in the same transaction as the two-factor secrets, so that a new key opens them all.
 */
export interface SealedElsewhere {
  /** What they are, as the audit entry and the command name them. */
  name: string;
  /** Rewrites every value as `reseal` says (given the sealed value and the context it was sealed for); returns how many. */
  reseal(tx: Transaction, reseal: (sealed: string, context: string) => string): Promise<number>;
}

const isPlain = (column: typeof people.totpSecret | typeof people.totpPendingSecret) => and(isNotNull(column), not(like(column, `${SEALED}%`)));

/**
 * Opens the secret box for this database: refuses a key that does not open the secrets already sealed in
 * it (a second server given another key would lock everyone out of two-factor sign-in), and seals any
 * secret still held in the clear.
 */
export async function openSecrets(db: Db, setting: Config['secretKey']): Promise<SecretBox> {
  const box = new SecretBox(loadSecretKey(setting));
  const [sample] = await db.select({ id: people.id, secret: people.totpSecret }).from(people).where(like(people.totpSecret, `${SEALED}%`)).limit(1);
  if (sample) {
    try {
      box.open(sample.secret!, totpContext(sample.id));
    } catch {
      const interrupted = setting.kind === 'file' && fs.existsSync(`${setting.path}.new`);
      throw new ConfigError(
        interrupted
          ? `the secret key does not open the two-factor secrets in this database, and a key rotation was interrupted: ${setting.path}.new holds the new key. Move it to ${setting.path}.`
          : `the secret key does not open the two-factor secrets in this database. Set PROBITY_SECRET_KEY to the key they were sealed with (${setting.kind === 'file' ? `or restore ${setting.path}` : 'the one used before'}).`,
      );
    }
  }
  await reseal(db, or(isPlain(people.totpSecret), isPlain(people.totpPendingSecret)), (value, personId) => (value.startsWith(SEALED) ? value : box.seal(value, totpContext(personId))), 'two_factor_secrets.sealed');
  return box;
}

/**
 * Seals every secret under a new key. With a key file, the new key is written beside it first and moved
 * into place once the secrets are re-sealed (an interruption in between leaves it there, and the next start
 * says so); with PROBITY_SECRET_KEY, the new key is returned, for every server's setting. What features seal
 * under the key in their own tables (`elsewhere`) is re-sealed in the same transaction.
 */
export async function rotateSecrets(db: Db, setting: Config['secretKey'], elsewhere: readonly SealedElsewhere[] = []): Promise<{ resealed: number; resealedElsewhere: Record<string, number>; newKey: string }> {
  const old = await openSecrets(db, setting);
  const key = crypto.randomBytes(32);
  const fresh = new SecretBox(key);
  const newKey = key.toString('hex');
  if (setting.kind === 'file') fs.writeFileSync(`${setting.path}.new`, `${newKey}\n`, { mode: 0o600 });
  const resealed = await reseal(db, undefined, (value, personId) => fresh.seal(old.open(value, totpContext(personId)), totpContext(personId)), 'two_factor_secrets.rotated', {
    sets: elsewhere,
    reseal: (sealed, context) => fresh.seal(old.open(sealed, context), context),
  });
  if (setting.kind === 'file') fs.renameSync(`${setting.path}.new`, setting.path);
  return { resealed: resealed.people, resealedElsewhere: resealed.elsewhere, newKey };
}
