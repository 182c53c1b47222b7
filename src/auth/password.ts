import { scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { commonPasswords } from './common-passwords.js';

/**
 * Password hashing with scrypt (node:crypto). Stored form: `scrypt$N$r$p$salt$hash` (base64).
 * N = 2^15, r = 8, p = 1 (32 MiB). This is below OWASP's Password Storage Cheat Sheet, whose
 * weakest listed scrypt setting at N = 2^15 has p = 3 (or N = 2^17 with p = 1); raising it costs
 * login latency and throughput, an open decision in issue 14. The stored form carries the
 * parameters, so stronger ones can be introduced without invalidating existing hashes.
 */
const parameters = { N: 32_768, r: 8, p: 1 } as const;
const keyLength = 64;
const maxmem = 128 * parameters.N * parameters.r * 2;

function derive(password: BinaryLike, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });
}

export async function hashPassword(password: string, salt: Buffer): Promise<string> {
  const key = await derive(password, salt, { ...parameters, maxmem });
  return [
    'scrypt',
    parameters.N,
    parameters.r,
    parameters.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/** Constant-time comparison; false for a malformed stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash ?? '', 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Number.isInteger(options.N) || expected.length !== keyLength) return false;
  const key = await derive(password, Buffer.from(salt ?? '', 'base64'), {
    ...options,
    maxmem: 128 * options.N * options.r * 2,
  });
  return timingSafeEqual(key, expected);
}

const sequences = ['0123456789', 'abcdefghijklmnopqrstuvwxyzæøå', 'qwertyuiopåasdfghjkløæzxcvbnm'];

/** True for a run along a keyboard row or the alphabet or the digits, either way round. */
function isSequence(text: string): boolean {
  return sequences.some(
    (sequence) => sequence.includes(text) || sequence.includes(Array.from(text).reverse().join('')),
  );
}

/**
 * Password rules for accounts (NIST SP 800-63B §5.1.1.2: a length rule and a check against
 * commonly used, repetitive and sequential values, no composition rules). Returns a Norwegian
 * reason, or undefined when acceptable.
 */
export function checkPasswordStrength(
  password: string,
  context: { readonly username?: string } = {},
): string | undefined {
  if (password.length < 10) return 'Passordet må ha minst 10 tegn.';
  if (password.length > 1024) return 'Passordet er for langt.';
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (commonPasswords.has(lower) || commonPasswords.has(stem) || stem.length === 0) {
    return 'Passordet er for vanlig. Velg en setning eller flere ord som ikke henger sammen.';
  }
  if (new Set(lower).size < 4 || isSequence(lower)) {
    return 'Passordet er for enkelt (gjentatte tegn eller en rekke). Velg flere ord som ikke henger sammen.';
  }
  const username = context.username?.toLowerCase();
  if (username !== undefined && username.length >= 3 && lower.includes(username)) {
    return 'Passordet kan ikke inneholde brukernavnet.';
  }
  return undefined;
}
