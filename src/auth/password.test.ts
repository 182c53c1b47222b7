import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkPasswordStrength,
  hashPassword,
  needsRehash,
  passwordPolicy,
  verifyPassword,
} from './password.js';

/** A hash as Referent stored it before 2026-12-02: scrypt N = 2^15, r = 8, p = 1. */
function legacyScryptHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 64, { N: 32_768, r: 8, p: 1, maxmem: 64 * 2 ** 20 });
  return ['scrypt', 32_768, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

describe('password hashing', () => {
  it('stores Argon2id with the policy parameters in the hash and accepts only the right password', async () => {
    const stored = await hashPassword('fiolett-sykkel-ved-fjorden', randomBytes(16));
    expect(stored).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${passwordPolicy.memoryKiB},t=${passwordPolicy.passes},p=${passwordPolicy.lanes}\\$`,
      ),
    );
    expect(await verifyPassword('fiolett-sykkel-ved-fjorden', stored)).toBe(true);
    expect(await verifyPassword('fiolett-sykkel-ved-fjorde', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('still accepts a password stored with the old scrypt parameters, and marks it for rehashing', async () => {
    const stored = legacyScryptHash('grønn-lampe-over-døra');
    expect(await verifyPassword('grønn-lampe-over-døra', stored)).toBe(true);
    expect(await verifyPassword('grønn-lampe-over-dør', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });

  it('marks Argon2id hashes with weaker parameters for rehashing', () => {
    expect(needsRehash('$argon2id$v=19$m=4096,t=2,p=1$c2FsdHNhbHQ$aGFzaA')).toBe(true);
    expect(needsRehash('$argon2id$v=19$m=19456,t=1,p=1$c2FsdHNhbHQ$aGFzaA')).toBe(true);
  });

  it('refuses malformed or absurd stored hashes without throwing', async () => {
    for (const stored of [
      '',
      'scrypt$abc',
      'scrypt$1099511627776$8$1$c2FsdA==$aGFzaA==',
      '$argon2id$v=19$m=19456,t=2,p=1$',
      '$argon2id$garbage',
    ]) {
      expect(await verifyPassword('hva-som-helst-passord', stored), stored).toBe(false);
    }
  });
});

describe('password policy', () => {
  it('refuses repeated characters, sequences and common passwords with digits added', () => {
    for (const weak of [
      'aaaaaaaaaaaa',
      'abababababab',
      '1234567890',
      'qwertyuiopå',
      'Passord2024!',
      'sommer123456',
      'Velkommen123',
    ]) {
      expect(checkPasswordStrength(weak), weak).toBeDefined();
    }
  });

  it('refuses a password that contains the username', () => {
    expect(checkPasswordStrength('kari.lege-fjell-99', { username: 'kari.lege' })).toMatch(
      /brukernavnet/,
    );
  });

  it('accepts a long passphrase of unrelated words', () => {
    expect(checkPasswordStrength('korrekt-hest-batteri')).toBeUndefined();
    expect(checkPasswordStrength('blå tekanne under brua', { username: 'lege-a' })).toBeUndefined();
  });
});
