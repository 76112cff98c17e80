import { describe, expect, it } from 'vitest';
import { hashPassword, passwordWeakness, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('a long and unusual passphrase');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'a long and unusual passphrase')).toBe(true);
    expect(await verifyPassword(hash, 'a long and unusual passphrasf')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });

  it.each([
    ['short', 'must be at least 12 characters'],
    ['password1234', 'is too easy to guess'],
    ['aaaaaaaaaaaaaaaa', 'is too easy to guess'],
    ['1234567890123', 'is too easy to guess'],
  ])('refuses %s', async (password, reason) => {
    expect(await passwordWeakness(password)).toContain(reason);
  });

  it('refuses a password made of the person’s own name', async () => {
    expect(await passwordWeakness('priyaprincipal', ['priya', 'principal'])).toContain('personal');
  });

  it('accepts a strong passphrase', async () => {
    expect(await passwordWeakness('correct horse battery staple 42')).toBeNull();
  });
});
