import { describe, expect, it } from 'vitest';
import { createManualClock, EngineError } from '../core/index.js';
import { createFhirSender, toFhirDocument, type FhirSenderOptions } from './index.js';
import {
  createCountingIds,
  loadSharedConsultations,
  toApprovedNote,
} from './testing/shared-consultations.js';

const now = Date.UTC(2025, 9, 1, 10, 20);
const d01 = loadSharedConsultations()[0] ?? expect.fail('d01 missing');
const bundle = toFhirDocument(toApprovedNote(d01), { ids: createCountingIds(), now });

/** A fake fetch answering from a list, recording the URLs it was called with. */
function fakeFetch(answers: (() => Response)[]): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  const fetchFake = (input: string | URL | Request): Promise<Response> => {
    calls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const answer = answers.shift();
    return answer === undefined
      ? Promise.reject(new Error('no answer scripted'))
      : Promise.resolve(answer());
  };
  return { fetch: fetchFake, calls };
}

function senderWith(
  fetchFake: typeof fetch,
  sleeps: number[],
  overrides: Partial<FhirSenderOptions> = {},
) {
  return createFhirSender({
    baseUrl: 'https://fhir.example.test/fhir/',
    auth: { kind: 'bearer', token: 't' },
    fetch: fetchFake,
    clock: createManualClock(now),
    sleep: (milliseconds) => {
      sleeps.push(milliseconds);
      return Promise.resolve();
    },
    ...overrides,
  });
}

async function rejection(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

describe('createFhirSender with a fake fetch', () => {
  it('posts to the Bundle endpoint under the base URL without doubling slashes', async () => {
    const fake = fakeFetch([
      () => new Response(null, { status: 201, headers: { location: 'Bundle/9' } }),
    ]);
    expect(await senderWith(fake.fetch, []).send(bundle, { idempotencyKey: 'k' })).toEqual({
      status: 201,
      location: 'Bundle/9',
    });
    expect(fake.calls).toEqual(['https://fhir.example.test/fhir/Bundle']);
  });

  it('waits as long as a Retry-After date says, measured on the injected clock', async () => {
    const sleeps: number[] = [];
    const retryAt = new Date(now + 7_000).toUTCString();
    const fake = fakeFetch([
      () => new Response(null, { status: 503, headers: { 'retry-after': retryAt } }),
      () => new Response(null, { status: 201 }),
    ]);
    expect(
      (await senderWith(fake.fetch, sleeps).send(bundle, { idempotencyKey: 'k' })).status,
    ).toBe(201);
    expect(sleeps).toEqual([7_000]);
  });

  it('caps a long Retry-After at 30 seconds', async () => {
    const sleeps: number[] = [];
    const fake = fakeFetch([
      () => new Response(null, { status: 429, headers: { 'retry-after': '3600' } }),
      () => new Response(null, { status: 201 }),
    ]);
    await senderWith(fake.fetch, sleeps).send(bundle, { idempotencyKey: 'k' });
    expect(sleeps).toEqual([30_000]);
  });

  it('does not retry 501, 409 or 412', async () => {
    for (const status of [501, 409, 412]) {
      const fake = fakeFetch([() => new Response('{"issue":"x"}', { status })]);
      const error = await rejection(
        senderWith(fake.fetch, []).send(bundle, { idempotencyKey: 'k' }),
      );
      expect(error.isRetryable).toBe(false);
      expect(fake.calls).toHaveLength(1);
    }
  });

  it('tells the clinician when the server refuses Referent’s access', async () => {
    const fake = fakeFetch([() => new Response(null, { status: 403 })]);
    const error = await rejection(senderWith(fake.fetch, []).send(bundle, { idempotencyKey: 'k' }));
    expect(error.userMessage).toBe(
      'Journalsystemet godtok ikke Referents tilgang. Notatet er ikke overført. Kontakt IT.',
    );
  });

  it('refuses a token answer without an access token, without retrying', async () => {
    const fake = fakeFetch([() => Response.json({ token_type: 'Bearer' })]);
    const error = await rejection(
      senderWith(fake.fetch, [], {
        auth: {
          kind: 'client-credentials',
          tokenUrl: 'https://login.example.test/token',
          clientId: 'a',
          clientSecret: 'b',
        },
      }).send(bundle, { idempotencyKey: 'k' }),
    );
    expect(error.message).toBe(
      'fhir: document rejected: token endpoint gave no usable access token',
    );
    expect(fake.calls).toEqual(['https://login.example.test/token']);
  });

  it('makes maxRetries + 1 attempts and no more', async () => {
    const sleeps: number[] = [];
    const fake = fakeFetch(
      Array.from({ length: 10 }, () => () => new Response(null, { status: 502 })),
    );
    const error = await rejection(
      senderWith(fake.fetch, sleeps, { maxRetries: 2, retryDelayMs: 100 }).send(bundle, {
        idempotencyKey: 'k',
      }),
    );
    expect(error.isRetryable).toBe(true);
    expect(error.message).toBe(
      'fhir: FHIR server unavailable after 3 attempt(s): FHIR server answered HTTP 502',
    );
    expect(fake.calls).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
  });
});
