import { randomBytes, scryptSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginFailedError, systemIds } from '../core/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { createAuthService } from './auth-service.js';
import { createPasswordHasher } from './password-hasher.js';

const password = 'blekksprut-på-taket-i-tromsø';

function legacyScryptHash(secret: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(secret, salt, 64, { N: 32_768, r: 8, p: 1, maxmem: 64 * 2 ** 20 });
  return ['scrypt', 32_768, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

const login = (test: TestApp, username: string, secret: string) =>
  test.app.server.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: secret },
  });

describe('password hashes across the Argon2id change (issue 14)', { timeout: 120_000 }, () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
  });

  it('lets an account with an old scrypt hash log in, and stores Argon2id from then on', async () => {
    test = await createTestApp();
    const user = await test.app.auth.createUser({
      username: 'lege-gammel',
      role: 'clinician',
      password,
    });
    await test.app.store.users.update(user.id, { passwordHash: legacyScryptHash(password) });

    expect((await login(test, 'lege-gammel', 'feil-passord-her')).statusCode).toBe(401);
    expect((await test.app.store.users.tryGetById(user.id))?.passwordHash).toMatch(/^scrypt\$/);

    expect((await login(test, 'lege-gammel', password)).statusCode).toBe(200);
    const upgraded = (await test.app.store.users.tryGetById(user.id))?.passwordHash ?? '';
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await login(test, 'lege-gammel', password)).statusCode).toBe(200);
    expect((await login(test, 'lege-gammel', 'feil-passord-her')).statusCode).toBe(401);
  });

  it('makes an unknown username do the same hashing work as a real one (no enumeration by timing)', async () => {
    test = await createTestApp();
    const verified: string[] = [];
    const hasher = createPasswordHasher();
    const auth = createAuthService({
      store: test.app.store,
      audit: test.app.audit,
      clock: test.clock,
      ids: systemIds,
      sessionHours: 1,
      hasher: {
        hash: (secret, salt) => hasher.hash(secret, salt),
        verify: (secret, stored) => {
          verified.push(stored);
          return hasher.verify(secret, stored);
        },
        get active() {
          return hasher.active;
        },
        get waiting() {
          return hasher.waiting;
        },
      },
    });
    await auth.createUser({ username: 'lege-ekte', role: 'clinician', password });
    const timed = async (username: string) => {
      const started = performance.now();
      await expect(
        auth.login({ username, password: 'gjetter-passordet-1' }),
      ).rejects.toBeInstanceOf(LoginFailedError);
      return performance.now() - started;
    };
    const real: number[] = [];
    const unknown: number[] = [];
    await timed('lege-ekte'); // warm-up
    verified.length = 0;
    for (let round = 0; round < 6; round += 1) {
      real.push(await timed('lege-ekte'));
      unknown.push(await timed('finnes-ikke'));
    }
    // One verification per attempt, each against an Argon2id hash with the current parameters.
    expect(verified).toHaveLength(12);
    const parameters = new Set(verified.map((stored) => stored.split('$').slice(0, 4).join('$')));
    expect([...parameters]).toEqual(['$argon2id$v=19$m=19456,t=2,p=1']);
    // And the time: the medians agree within a factor the shared machine's noise allows
    // (a missing dummy hash would make unknown names 20–100× faster).
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[3] ?? 0;
    const ratio = median(unknown) / median(real);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
