import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const password = 'korrekt-hest-batteri';

// Each login hashes a password (Argon2id, tens of ms on a quiet machine); allow for a busy CI machine.
describe('login throttling (issue 14)', { timeout: 120_000 }, () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
  });

  const attempt = (
    app: TestApp,
    username: string,
    secret: string,
    options: { remoteAddress?: string; forwardedFor?: string } = {},
  ) =>
    app.app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: secret },
      ...(options.remoteAddress === undefined ? {} : { remoteAddress: options.remoteAddress }),
      ...(options.forwardedFor === undefined
        ? {}
        : { headers: { 'x-forwarded-for': options.forwardedFor } }),
    });

  it('lets a whole clinic behind one address log in as often as it needs', async () => {
    test = await createTestApp();
    await test.login('lege-a');
    const statuses: number[] = [];
    // 21: one more than the old per-address limit, which counted successful logins too.
    for (let index = 0; index < 21; index += 1)
      statuses.push((await attempt(test, 'lege-a', password)).statusCode);
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  it('does not count empty or malformed login requests', async () => {
    test = await createTestApp();
    await test.login('lege-a');
    for (let index = 0; index < 25; index += 1) {
      await test.app.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: {} });
    }
    expect((await attempt(test, 'lege-a', password)).statusCode).toBe(200);
  });

  it('answers unknown and real accounts the same way under repeated guessing', async () => {
    test = await createTestApp();
    await test.login('lege-a');
    const real: number[] = [];
    const unknown: number[] = [];
    for (let index = 0; index < 7; index += 1) {
      real.push((await attempt(test, 'lege-a', 'gjett-passord-1')).statusCode);
      unknown.push((await attempt(test, 'finnes-ikke', 'gjett-passord-1')).statusCode);
    }
    expect(real).toEqual(unknown);
    expect(real.at(-1)).toBe(429);
  });

  it('lets the right password in from elsewhere while someone guesses at the account', async () => {
    test = await createTestApp();
    await test.login('lege-a');
    for (let index = 0; index < 10; index += 1)
      await attempt(test, 'lege-a', 'gjett-passord-1', { remoteAddress: '198.51.100.66' });
    expect(
      (await attempt(test, 'lege-a', 'gjett-passord-1', { remoteAddress: '198.51.100.66' }))
        .statusCode,
    ).toBe(429);
    expect(
      (await attempt(test, 'lege-a', password, { remoteAddress: '192.0.2.15' })).statusCode,
    ).toBe(200);
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    test = await createTestApp({ env: { REFERENT_BEHIND_TLS_PROXY: 'true' } });
    await test.login('lege-a');
    const statuses: number[] = [];
    // A client that talks to Referent directly, inventing a new address for every guess.
    for (let index = 0; index < 8; index += 1) {
      const response = await attempt(test, 'lege-a', 'gjett-passord-1', {
        remoteAddress: '198.51.100.77',
        forwardedFor: `203.0.113.${index + 1}`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
  });
});
