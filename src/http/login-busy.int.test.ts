import { afterEach, describe, expect, it } from 'vitest';
import { createPasswordHasher, verifyPassword } from '../auth/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const password = 'blå-fjord-lanterne';

/**
 * A hasher with one slot whose password checks wait until `release()`: while one login holds the
 * slot, every further login finds the hasher saturated (estimated wait 100 ms > 20 ms allowed),
 * deterministically and without a timed race.
 */
function createHeldHasher() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => {
    entered = resolve;
  });
  let held = false;
  const hasher = createPasswordHasher({
    concurrency: 1,
    maxWaitMs: 20,
    verifyPassword: async (secret, stored) => {
      if (held) {
        held = false;
        entered();
        await released;
      }
      return verifyPassword(secret, stored);
    },
  });
  return {
    hasher,
    holding,
    release,
    /** The next password check waits for `release()`. */
    holdNext: () => {
      held = true;
    },
  };
}

describe('login while password hashing is saturated (issue 14)', { timeout: 60_000 }, () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
  });

  const login = (app: TestApp, username: string) =>
    app.app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });

  it('answers 503 with Retry-After and a Norwegian message, then lets the clinician in', async () => {
    const held = createHeldHasher();
    test = await createTestApp({ passwordHasher: held.hasher });
    // The app hashes a dummy password at start (for unknown usernames); let it finish.
    while (held.hasher.active > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await test.app.auth.createUser({ username: 'lege-travel', role: 'clinician', password });
    held.holdNext();

    const first = login(test, 'lege-travel');
    await held.holding;
    const busy = await login(test, 'lege-travel');

    expect(busy.statusCode).toBe(503);
    expect(Number(busy.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(busy.json()).toEqual({
      error: {
        code: 'not-available',
        message: 'Mange logger inn akkurat nå. Prøv igjen om 1 sekund.',
      },
    });
    expect(busy.body).not.toMatch(/stack|Error|\.ts:|at \w+ \(/);
    expect(busy.headers['x-content-type-options']).toBe('nosniff');

    // The same busy answer for a username that does not exist (no account enumeration).
    const unknown = await login(test, 'finnes-ikke-her');
    expect(unknown.statusCode).toBe(busy.statusCode);
    expect(unknown.headers['retry-after']).toBe(busy.headers['retry-after']);
    expect(unknown.body).toBe(busy.body);

    held.release();
    expect((await first).statusCode).toBe(200);
    const later = await login(test, 'lege-travel');
    expect(later.statusCode).toBe(200);
    expect(later.json<{ token: string }>().token.length).toBeGreaterThan(20);
  });
});

describe(
  'the same answer for unknown and throttled accounts (issue 14)',
  { timeout: 120_000 },
  () => {
    let test: TestApp | undefined;
    afterEach(async () => {
      await test?.close();
    });

    const guess = (app: TestApp, username: string) =>
      app.app.server.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: 'feil-gjetning-9' },
      });

    it('gives status, Retry-After and body alike, attempt for attempt', async () => {
      test = await createTestApp();
      await test.app.auth.createUser({ username: 'lege-ekte', role: 'clinician', password });
      await test.app.auth.createUser({ username: 'lege-sperret', role: 'clinician', password });
      const admin = await test.login('admin-sperr', 'admin');
      const accounts = await test.app.server.inject({
        method: 'GET',
        url: '/api/v1/users',
        headers: { authorization: `Bearer ${admin}` },
      });
      const disabledId = accounts
        .json<{ users: { id: string; username: string }[] }>()
        .users.find((user) => user.username === 'lege-sperret')?.id;
      expect(disabledId).toBeDefined();
      const disabled = await test.app.server.inject({
        method: 'PATCH',
        url: `/api/v1/users/${disabledId ?? ''}`,
        headers: { authorization: `Bearer ${admin}`, 'x-referent-request': '1' },
        payload: { disabled: true },
      });
      expect(disabled.statusCode).toBe(200);

      const seen = (response: Awaited<ReturnType<typeof guess>>) => ({
        status: response.statusCode,
        retryAfter: response.headers['retry-after'],
        body: response.body,
      });
      for (let index = 0; index < 7; index += 1) {
        const real = seen(await guess(test, 'lege-ekte'));
        const unknown = seen(await guess(test, 'lege-ukjent'));
        const locked = seen(await guess(test, 'lege-sperret'));
        expect(unknown).toEqual(real);
        expect(locked).toEqual(real);
      }
      // By the seventh guess the account (and the unknown name) is held back, not refused for good.
      expect(seen(await guess(test, 'lege-ukjent')).status).toBe(429);
    });
  },
);
