import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { loadSecretKey, SecretBox } from './secrets.ts';

describe('the secret box', () => {
  const box = new SecretBox(crypto.randomBytes(32));

  it('opens what it sealed, for the same context only', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:a');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP', 'totp:a')).not.toBe(sealed);
    expect(box.open(sealed, 'totp:a')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => box.open(sealed, 'totp:b')).toThrow();
  });

  it('refuses a sealed value that was altered, or sealed under another key', () => {
    const sealed = box.seal('secret', 'c');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    raw[raw.length - 1]! ^= 1;
    expect(() => box.open(`v1.${raw.toString('base64url')}`, 'c')).toThrow();
    expect(() => new SecretBox(crypto.randomBytes(32)).open(sealed, 'c')).toThrow();
    expect(() => box.open('JBSWY3DPEHPK3PXP', 'c')).toThrow();
  });
});

describe('the secret key', () => {
  it('is made once in the data directory, readable by its owner only, and read back after', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-key-'));
    const setting = loadConfig({ PROBITY_DATA_DIR: dir }).secretKey;
    expect(setting).toEqual({ kind: 'file', path: path.join(dir, 'secret.key') });
    const key = loadSecretKey(setting);
    expect(key).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(loadSecretKey(setting).equals(key)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['secret.key']);
    fs.writeFileSync(path.join(dir, 'secret.key'), 'not a key');
    expect(() => loadSecretKey(setting)).toThrow(ConfigError);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('may be given as 64 hexadecimal digits, and nothing else', () => {
    const key = crypto.randomBytes(32);
    expect(loadConfig({ PROBITY_SECRET_KEY: key.toString('hex') }).secretKey).toEqual({ kind: 'given', key });
    expect(() => loadConfig({ PROBITY_SECRET_KEY: 'short' })).toThrow(/PROBITY_SECRET_KEY: must be 64 hexadecimal digits/);
  });
});
