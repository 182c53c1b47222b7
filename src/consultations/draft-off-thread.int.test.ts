import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComputePool, type ComputePool } from '../compute/index.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

// An invented consultation (no real patient) with names, a place and a phone number to replace.
const segments = [
  { speaker: 'lege', text: 'Hei, Ragnhild Sætre. Hva kan jeg hjelpe deg med i dag?' },
  { speaker: 'pasient', text: 'Jeg har hatt svie når jeg tisser i fire dager, og litt feber.' },
  { speaker: 'lege', text: 'Har du smerter i flanken eller ryggen?' },
  { speaker: 'pasient', text: 'Nei. Mannen min, Odd Sætre, kan hentes på 913 44 210 om noe.' },
  { speaker: 'lege', text: 'Urinstiks viser leukocytter og nitritt. Temperatur 37,9.' },
  {
    speaker: 'lege',
    text: 'Dette er en nedre urinveisinfeksjon. Du får pivmecillinam i tre dager.',
  },
] as const;

/**
 * Pseudonymization before a draft runs on the compute pool's worker threads (issue 14). When the
 * worker dies in the middle, the clinician is told so in Norwegian and nothing stored is lost.
 */
describe('drafting with pseudonymization on the compute pool', () => {
  let test: TestApp;
  let token: string;
  const workers: Worker[] = [];
  let crashNextPseudonymization = false;
  let pseudonymizations = 0;

  beforeAll(async () => {
    const pool = createComputePool({
      size: 1,
      timeoutMs: 60_000,
      onWorkerStarted: (worker) => workers.push(worker),
    });
    // The real pool; the worker thread running the next pseudonymization is stopped mid-job.
    const crashing: ComputePool = {
      draftBuiltin: (job, options) => pool.draftBuiltin(job, options),
      // The whole draft is one job (pseudonymization first); the worker running it is stopped.
      draftBuiltinPipeline: (job, options) => {
        pseudonymizations += 1;
        const result = pool.draftBuiltinPipeline(job, options);
        if (crashNextPseudonymization) {
          crashNextPseudonymization = false;
          void workers.at(-1)?.terminate();
        }
        return result;
      },
      reidentifyTexts: (job, options) => pool.reidentifyTexts(job, options),
      verifyDraft: (job, options) => pool.verifyDraft(job, options),
      pseudonymizeSegments: (job, options) => {
        pseudonymizations += 1;
        const result = pool.pseudonymizeSegments(job, options);
        if (crashNextPseudonymization) {
          crashNextPseudonymization = false;
          void workers.at(-1)?.terminate();
        }
        return result;
      },
      close: () => pool.close(),
    };
    test = await createTestApp({ capabilities: 'configured', computePool: crashing });
    token = await test.login('lege-pool');
  }, 60_000);
  afterAll(async () => {
    await test.close();
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    test.app.server.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload }),
    });

  it('tells the clinician the transcript is kept when the worker dies, and drafts on retry', async () => {
    const id = await test.createConsultation(token);
    const base = `/api/v1/consultations/${id}`;
    expect((await call('POST', `${base}/transcript`, { segments })).statusCode).toBe(200);

    crashNextPseudonymization = true;
    const failed = await call('POST', `${base}/draft`, {});
    expect(failed.statusCode).toBe(502);
    expect(failed.json<{ error: { message: string } }>().error.message).toBe(
      'Utkastet kunne ikke lages akkurat nå. Transkripsjonen er i behold; prøv igjen om litt.',
    );
    expect(failed.body).not.toContain('Sætre');

    const after = (await call('GET', base)).json<{
      status: string;
      transcript: { segments: { text: string }[] };
    }>();
    expect(after.status).toBe('transcribed');
    expect(after.transcript.segments.map((segment) => segment.text)).toEqual(
      segments.map((segment) => segment.text),
    );

    const retried = await call('POST', `${base}/draft`, {});
    expect(retried.statusCode).toBe(200);
    expect(pseudonymizations).toBe(2);
    const draft = retried.json<{ sections: { text: string }[] }>();
    expect(draft.sections.map((section) => section.text).join(' ')).toMatch(/pivmecillinam/iu);
    expect((await call('GET', base)).json<{ status: string }>().status).toBe('drafted');
  }, 120_000);
});
