import { afterEach, describe, expect, it } from 'vitest';
import { createComputePool, type ComputePool } from '../compute/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

// An invented consultation (no real patient).
const segments = [
  { speaker: 'lege', text: 'Hvordan har svimmelheten vært siden sist?' },
  { speaker: 'pasient', text: 'Den kommer når jeg reiser meg fort, ellers er det bedre.' },
  { speaker: 'lege', text: 'Blodtrykket er 118 over 70 liggende og 102 over 66 stående.' },
  { speaker: 'lege', text: 'Drikk mer vann, reis deg langsomt, og kom tilbake om tre uker.' },
];

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

  it('lets a draft give its slot back while the engine works, and take one again to store it', async () => {
    const pool = createComputePool({ size: 1, timeoutMs: 60_000 });
    let entered = 0;
    let openEngine: () => void = () => undefined;
    const engineOpen = new Promise<void>((resolve) => {
      openEngine = resolve;
    });
    // The real pool, with every draft held at the engine until the test lets it through.
    const held: ComputePool = {
      draftBuiltin: (job, options) => pool.draftBuiltin(job, options),
      verifyDraft: (job, options) => pool.verifyDraft(job, options),
      pseudonymizeSegments: (job, options) => pool.pseudonymizeSegments(job, options),
      reidentifyTexts: (job, options) => pool.reidentifyTexts(job, options),
      draftBuiltinPipeline: async (job, options) => {
        entered += 1;
        await engineOpen;
        return pool.draftBuiltinPipeline(job, options);
      },
      close: () => pool.close(),
    };
    test = await createTestApp({
      env: { REFERENT_CONCURRENT_REQUESTS: '1' },
      capabilities: 'configured',
      computePool: held,
    });
    const app = test.app;
    const token = await test.login('ko-lege-3');
    const headers = { authorization: `Bearer ${token}` };
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const id = await test.createConsultation(token);
      const transcript = await app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/transcript`,
        headers,
        payload: { segments },
      });
      expect(transcript.statusCode).toBe(200);
      ids.push(id);
    }
    const drafts = ids.map((id) =>
      app.server.inject({
        method: 'POST',
        url: `/api/v1/consultations/${id}/draft`,
        headers,
        payload: {},
      }),
    );
    while (entered < ids.length) await new Promise((resolve) => setTimeout(resolve, 10));
    // Three drafts wait on the engine, and the one slot serves the API meanwhile.
    const meanwhile = await app.server.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(meanwhile.statusCode).toBe(200);
    openEngine();
    const answered = await Promise.all(drafts);
    expect(answered.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    for (const id of ids) {
      const read = await app.server.inject({
        method: 'GET',
        url: `/api/v1/consultations/${id}`,
        headers,
      });
      expect(read.json<{ status: string }>().status).toBe('drafted');
    }
  }, 120_000);
});
