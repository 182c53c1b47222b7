import { scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { commonPasswords } from './common-passwords.js';

/**
 * The password hashing policy (docs/decisions/2026-12-02-password-hashing.md): Argon2id with
 * 19 MiB of memory, 2 passes and 1 lane, OWASP Password Storage Cheat Sheet's first listed
 * setting (and RFC 9106's memory-constrained profile family). Stored as a PHC string,
 * `$argon2id$v=19$m=19456,t=2,p=1$salt$hash`, so every hash carries its own parameters.
 */
export const passwordPolicy = { memoryKiB: 19_456, passes: 2, lanes: 1 } as const;

/**
 * Hashes a password under the current policy. The salt (16 random bytes) is the caller's, so
 * tests can make it deterministic. Runs in libuv's thread pool, never on the event loop; callers
 * that serve requests go through a `PasswordHasher`, which bounds how many run at once.
 */
export async function hashPassword(password: string, salt: Buffer): Promise<string> {
  // No `algorithm`: the library's default is Argon2id (its `Algorithm` is an ambient const enum,
  // which this build cannot import as a value); password.test.ts pins the `$argon2id$` prefix.
  return argon2Hash(password, {
    memoryCost: passwordPolicy.memoryKiB,
    timeCost: passwordPolicy.passes,
    parallelism: passwordPolicy.lanes,
    outputLen: 32,
    salt,
  });
}

/**
 * Checks a password against a stored hash: Argon2id (current) or scrypt (`scrypt$N$r$p$salt$hash`,
 * written before 2026-12-02). False for a malformed stored hash; comparisons are constant-time.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('$argon2id$')) {
    try {
      return await argon2Verify(stored, password);
    } catch {
      // A PHC string the library cannot parse: treated as a wrong password, never as an error
      // that would tell the caller something about the stored value.
      return false;
    }
  }
  return verifyLegacyScrypt(password, stored);
}

const argon2Parameters = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/;

/**
 * True when a stored hash is weaker than (or different from) the current policy: scrypt, or
 * Argon2id with less memory or fewer passes. A successful login then stores a fresh hash.
 */
export function needsRehash(stored: string): boolean {
  const match = argon2Parameters.exec(stored);
  if (match === null) return true;
  const [, memory, passes, lanes] = match.map(Number);
  return (
    memory !== passwordPolicy.memoryKiB ||
    passes !== passwordPolicy.passes ||
    lanes !== passwordPolicy.lanes
  );
}

const legacyKeyLength = 64;

function deriveScrypt(password: BinaryLike, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, legacyKeyLength, options, (error, key) => {
      if (error === null) resolve(key);
      else reject(error);
    });
  });
}

/** The scrypt hashes written before Argon2id (N = 2^15, r = 8, p = 1); read, never written. */
async function verifyLegacyScrypt(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash ?? '', 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  const sane =
    [options.N, options.r, options.p].every(Number.isInteger) &&
    options.N >= 2 &&
    options.N <= 2 ** 20 &&
    options.r >= 1 &&
    options.r <= 32 &&
    options.p >= 1 &&
    options.p <= 16;
  if (!sane || expected.length !== legacyKeyLength) return false;
  const key = await deriveScrypt(password, Buffer.from(salt ?? '', 'base64'), {
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
