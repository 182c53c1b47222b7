import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password.js';

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
