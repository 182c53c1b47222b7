import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/index.js';
import { createFakeDrafting, createFakePseudonymizer } from '../testing/fakes.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

describe('metrics count the use cases’ outcomes, not the requests (issue 15)', () => {
  let test: TestApp;
  beforeEach(async () => {
    test = await createTestApp({
      capabilities: {
        pseudonymizer: createFakePseudonymizer('Vilde Strand', 'Ingrid Lunde'),
        drafting: createFakeDrafting(),
      },
    });
  });
  afterEach(async () => {
    await test.close();
  });

  async function readCounter(name: string): Promise<string[]> {
    const admin = await test.login('drift', 'admin');
    const response = await test.app.server.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.statusCode).toBe(200);
    return response.body.split('\n').filter((line) => line.startsWith(name));
  }

  it('counts a consultation once it exists, not a refused attempt, and whoever asked for it', async () => {
    const token = await test.login('lege-b', 'clinician');
    const refused = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers: { authorization: `Bearer ${token}` },
      payload: { template: 'journalnotat', consent: { given: false, method: 'muntlig' } },
    });
    expect(refused.statusCode).toBe(400);
    const created = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/consultations',
      headers: { authorization: `Bearer ${token}` },
      payload: { template: 'journalnotat', consent: { given: true, method: 'muntlig' } },
    });
    expect(created.statusCode).toBe(201);

    // The same use case called without HTTP (as the live stream or a console command would).
    const user = await test.app.store.users.tryGetByUsername('lege-b');
    if (user === undefined) throw new Error('the clinician was not created');
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      hpr: user.hpr,
    };
    const direct = await test.app.consultations.create(actor, {
      template: 'journalnotat',
      consent: { given: true, method: 'muntlig' },
    });
    await test.app.consultations.erase(actor, direct.id);

    expect(await readCounter('referent_consultations_created_total')).toEqual([
      'referent_consultations_created_total 2',
    ]);
    expect(await readCounter('referent_sessions_erased_total')).toEqual([
      'referent_sessions_erased_total{reason="clinician"} 1',
    ]);
  });

  it('counts a failed login from the auth service, over HTTP or not, and not a refused request', async () => {
    await test.login('lege-f', 'clinician');
    const wrong = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'lege-f', password: 'ikke-riktig-passord' },
    });
    expect(wrong.statusCode).toBe(401);
    const malformed = await test.app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'lege-f' },
    });
    expect(malformed.statusCode).toBe(400);
    // The same use case called without HTTP: an unknown account.
    await expect(
      test.app.auth.login({ username: 'finnes-ikke', password: 'hva-som-helst-1' }),
    ).rejects.toThrow();

    expect(await readCounter('referent_logins_failed_total')).toEqual([
      'referent_logins_failed_total 2',
    ]);
  });
});
