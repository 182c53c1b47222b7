import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

describe('admission gate over HTTP', () => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  it('answers every one of many simultaneous API requests with one slot, and /healthz meanwhile', async () => {
    test = await createTestApp({ env: { REFERENT_CONCURRENT_REQUESTS: '1' } });
    const token = await test.login('ko-lege');
    const app = test.app;
    const created = await Promise.all(
      Array.from({ length: 25 }, () =>
        app.server.inject({
          method: 'POST',
          url: '/api/v1/consultations',
          headers: { authorization: `Bearer ${token}` },
          payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
        }),
      ),
    );
    const health = await app.server.inject({ method: 'GET', url: '/healthz' });
    expect(created.map((response) => response.statusCode)).toEqual(Array(25).fill(201));
    expect(health.statusCode).toBe(200);
    // The slot was given back each time: a further request is not stuck behind a leaked one.
    const me = await app.server.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(200);
  });

  it('gives the slot back when a request is refused (wrong token), so the next one is served', async () => {
    test = await createTestApp({ env: { REFERENT_CONCURRENT_REQUESTS: '1' } });
    const token = await test.login('ko-lege-2');
    const refused = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Bearer feil' },
    });
    expect(refused.statusCode).toBe(401);
    const served = await test.app.server.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(served.statusCode).toBe(200);
  });
});
