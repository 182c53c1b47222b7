import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EngineError, InvalidInputError } from '../../../core/index.js';
import { startFakeSttServer } from '../../testing/fake-stt-server.js';
import type { FakeSttServer } from '../../testing/fake-stt-server.js';
import { runTranscriberContractSuite } from '../../testing/transcriber-contract.js';
import { createOpenAiTranscriber } from './openai-transcriber.js';
import type { OpenAiTranscriberOptions } from './openai-transcriber.js';

const apiKey = 'test-key-not-secret';

/** Two "words" of loud noise separated by a pause, 16 kHz. */
function speechLike(): Float32Array {
  const samples = new Float32Array(16000 * 4);
  let state = 7;
  for (let index = 0; index < samples.length; index++) {
    const seconds = index / 16000;
    const loud = (seconds > 0.7 && seconds < 1.6) || (seconds > 2.4 && seconds < 3.3);
    state = (state * 1103515245 + 12345) % 2147483648;
    samples[index] = loud ? (state / 2147483648 - 0.5) * 0.6 : 0;
  }
  return samples;
}

let server: FakeSttServer;
beforeAll(async () => {
  server = await startFakeSttServer({ apiKey, silenceText: 'Teksting av Nicolai Winther' });
});
afterAll(async () => {
  await server.close();
});

runTranscriberContractSuite('openai (fake OpenAI-compatible server)', () =>
  createOpenAiTranscriber({
    baseUrl: server.baseUrl,
    apiKey,
    model: 'nb-whisper-large',
    timeoutMs: 10_000,
  }),
);

describe('createOpenAiTranscriber', () => {
  let sleeps: number[] = [];
  const make = (overrides: Partial<OpenAiTranscriberOptions> = {}) =>
    createOpenAiTranscriber({
      baseUrl: `${server.baseUrl}/`,
      apiKey,
      model: 'nb-whisper-large',
      timeoutMs: 5000,
      sleep: (milliseconds) => {
        sleeps.push(milliseconds);
        return Promise.resolve();
      },
      ...overrides,
    });
  const audio = { samples: speechLike(), sampleRate: 16000 as const };
  afterEach(() => {
    sleeps = [];
  });

  it('sends WAV with verbose_json, segment timestamps, language, model, prompt and key', async () => {
    const before = server.requests.length;
    const result = await make().transcribe(audio, { prompt: 'Forrige setning.' });
    const request = server.requests[before];
    expect(request).toMatchObject({
      model: 'nb-whisper-large',
      language: 'no',
      responseFormat: 'verbose_json',
      timestampGranularities: ['segment'],
      prompt: 'Forrige setning.',
      authorization: `Bearer ${apiKey}`,
    });
    expect(request?.audioSeconds).toBeCloseTo(4, 2);
    expect(result.segments).toHaveLength(2);
    expect(result.segments[0]?.text).toMatch(/^tale \d+$/);
    expect(result.segments[0]?.start).toBeCloseTo(0.7, 1);
    expect(result.segments[1]?.end).toBeCloseTo(3.3, 1);
  });

  it('drops what Whisper reports as no speech', async () => {
    const result = await make().transcribe({ samples: new Float32Array(32000), sampleRate: 16000 });
    expect(result.segments).toEqual([]);
  });

  it('reports a refused request (400) once, without retrying and without the response body', async () => {
    const before = server.requests.length;
    server.fail({
      status: 400,
      body: '{"error":{"message":"Ola Nordmann 01018012345 is invalid"}}',
    });
    const error = await make()
      .transcribe(audio)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(false);
    expect((error as EngineError).message).toMatch(/HTTP 400/);
    expect(JSON.stringify(error) + (error as Error).message).not.toMatch(/Ola|01018012345/);
    expect(server.requests.length - before).toBe(1);
  });

  it('reports a wrong API key (401) as a credentials problem, without retrying', async () => {
    const error = await make({ apiKey: 'wrong' })
      .transcribe(audio)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(false);
    expect((error as EngineError).message).toMatch(/rejected the credentials \(HTTP 401\)/);
    expect((error as EngineError).userMessage).toMatch(/avviste påloggingen/);
    expect(sleeps).toEqual([]);
  });

  it('waits as long as Retry-After says after 429 and then succeeds', async () => {
    server.fail({ status: 429, retryAfter: '2' });
    const result = await make().transcribe(audio);
    expect(result.segments).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
  });

  it('reads a Retry-After date against the injected clock, as the drafter and FHIR sender do', async () => {
    server.fail({ status: 503, retryAfter: 'Wed, 02 Dec 2026 09:00:05 GMT' });
    const clock = { now: () => Date.parse('Wed, 02 Dec 2026 09:00:00 GMT') };
    const result = await make({ clock }).transcribe(audio);
    expect(result.segments).toHaveLength(2);
    expect(sleeps).toEqual([5000]);
  });

  it('waits at most 30 seconds however long Retry-After asks, like every provider client', async () => {
    server.fail({ status: 429, retryAfter: '600' });
    await make().transcribe(audio);
    expect(sleeps).toEqual([30_000]);
  });

  it('retries server errors with exponential back-off', async () => {
    server.fail({ status: 500 }, { status: 503 });
    const result = await make({ retryDelayMs: 100 }).transcribe(audio);
    expect(result.segments).toHaveLength(2);
    expect(sleeps).toEqual([100, 200]);
  });

  it('gives up after maxRetries with a retryable error', async () => {
    const before = server.requests.length;
    server.fail({ status: 500 }, { status: 500 }, { status: 500 });
    const error = await make({ maxRetries: 2 })
      .transcribe(audio)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(true);
    expect((error as EngineError).message).toMatch(/HTTP 500/);
    expect(server.requests.length - before).toBe(3);
  });

  it('times out a hanging server, then succeeds on retry', async () => {
    server.fail({ hangMs: 1500 });
    const started = Date.now();
    const result = await make({ timeoutMs: 300 }).transcribe(audio);
    expect(result.segments).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('reports a timeout as retryable when retries are exhausted', async () => {
    server.fail({ hangMs: 1000 });
    const error = await make({ timeoutMs: 200, maxRetries: 0 })
      .transcribe(audio)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).message).toMatch(/no response within 200 ms/);
    expect((error as EngineError).isRetryable).toBe(true);
  });

  it('stops waiting when the caller cancels', async () => {
    server.fail({ hangMs: 1500 });
    const controller = new AbortController();
    const pending = make().transcribe(audio, { signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 100);
    await expect(pending).rejects.toThrow(/cancelled/);
  });

  it('reports an unreachable endpoint as retryable', async () => {
    const closed = await startFakeSttServer();
    const baseUrl = closed.baseUrl;
    await closed.close();
    const error = await createOpenAiTranscriber({ baseUrl, model: 'm', maxRetries: 0 })
      .transcribe(audio)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).isRetryable).toBe(true);
  });

  it('reports a response that is not JSON or not verbose_json as an engine failure', async () => {
    server.fail({ status: 200, body: '<html>proxy error</html>' });
    await expect(make().transcribe(audio)).rejects.toThrow(/not JSON/);
    server.fail({ status: 200, body: '{"segments":"nope"}' });
    await expect(make().transcribe(audio)).rejects.toThrow(/not verbose_json/);
  });

  it('accepts a plain {text} answer from servers without segment timestamps', async () => {
    const fetchText: typeof fetch = () =>
      Promise.resolve(new Response(JSON.stringify({ text: ' Hei på deg. ' }), { status: 200 }));
    const result = await createOpenAiTranscriber({
      baseUrl: 'http://127.0.0.1:9/v1',
      model: 'm',
      fetch: fetchText,
    }).transcribe(audio);
    expect(result.segments).toEqual([{ text: 'Hei på deg.', start: 0, end: 4 }]);
  });

  it('refuses an invalid base URL at construction', () => {
    expect(() => createOpenAiTranscriber({ baseUrl: 'not a url', model: 'm' })).toThrow(
      InvalidInputError,
    );
  });
});
