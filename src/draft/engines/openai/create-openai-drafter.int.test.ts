import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EngineError, InvalidInputError } from '../../../core/index.js';
import type { DrafterOutput } from '../../drafter.js';
import { estimateTokens } from '../../chunking.js';
import {
  createLongTranscript,
  journalnotatTemplate,
  rawIdentifiers,
  shortTranscript,
} from '../language-model/testing/fixtures.js';
import { createOpenAiDrafter, type OpenAiDrafterOptions } from './index.js';
import {
  getUserPrompt,
  jsonMessage,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
  type RecordedRequest,
} from './testing/fake-openai-server.js';

const goodAnswer = {
  sections: [
    {
      key: 'anamnese',
      sentences: [
        { text: 'Vondt i halsen i tre dager, feber i går kveld.', evidence: [{ segment: 1 }] },
        { text: 'Ingen hoste.', evidence: [{ segment: 3 }] },
      ],
    },
    { key: 'kontaktarsak', sentences: [{ text: 'Sår hals.', evidence: [{ segment: 1 }] }] },
    {
      key: 'funn',
      sentences: [
        {
          text: 'Temp 38,4. Tonsiller forstørret med belegg bilateralt.',
          evidence: [{ segment: 4 }, { segment: 99 }],
        },
      ],
    },
    { key: 'tiltak', sentences: [{ text: 'Penicillin i ti dager.', evidence: [{ segment: 5 }] }] },
  ],
  diagnoses: [
    { system: 'ICPC-2', code: 'r72', text: 'Streptokokkhals', evidence: [{ segment: 5 }] },
  ],
};

const prose = 'Pasienten hadde vondt i halsen og fikk penicillin. Jeg håper dette hjelper!';

describe('openai drafter against an OpenAI-compatible server', () => {
  let server: FakeOpenAiServer;
  let sleeps: number[];

  beforeEach(async () => {
    server = await startFakeOpenAiServer();
    sleeps = [];
  });
  afterEach(async () => {
    await server.close();
  });

  function createDrafter(overrides: Partial<OpenAiDrafterOptions> = {}) {
    return createOpenAiDrafter({
      baseUrl: server.baseUrl,
      model: 'nb-test-model',
      apiKey: 'test-key',
      sleep: (milliseconds) => {
        sleeps.push(milliseconds);
        return Promise.resolve();
      },
      ...overrides,
    });
  }

  const promptOf = (index: number): string => {
    const request = server.requests[index];
    return request === undefined ? '' : getUserPrompt(request);
  };

  const draft = (overrides: Partial<OpenAiDrafterOptions> = {}): Promise<DrafterOutput> =>
    createDrafter(overrides).draft({ template: journalnotatTemplate, transcript: shortTranscript });

  it('returns every template section in template order with the answer sentences and global evidence', async () => {
    server.enqueue(jsonMessage(goodAnswer));
    const drafter = createDrafter();
    const output = await drafter.draft({
      template: journalnotatTemplate,
      transcript: shortTranscript,
    });

    expect(drafter.info).toEqual({ kind: 'openai', model: 'nb-test-model' });
    expect(output.sections.map((section) => section.key)).toEqual([
      'kontaktarsak',
      'anamnese',
      'funn',
      'vurdering',
      'tiltak',
    ]);
    expect(output.sections[1]?.sentences.map((sentence) => sentence.text)).toEqual([
      'Vondt i halsen i tre dager, feber i går kveld.',
      'Ingen hoste.',
    ]);
    expect(output.sections[3]?.sentences).toEqual([]);
    const funn = output.sections[2]?.sentences[0];
    // Segment 99 does not exist, so that hint is dropped; segment 4 spans its whole text.
    expect(funn?.evidence).toEqual([
      { segment: 4, start: 0, end: shortTranscript.segments[4]?.text.length },
    ]);
    expect(output.diagnoses).toEqual([
      {
        system: 'ICPC-2',
        code: 'R72',
        text: 'Streptokokkhals',
        evidence: [{ segment: 5, start: 0, end: shortTranscript.segments[5]?.text.length }],
      },
    ]);
    expect(output.warnings).toEqual([]);
  });

  it('sends a Norwegian prompt with numbered, labelled segments, asks for JSON-schema output, and sends no raw identifiers', async () => {
    server.enqueue(jsonMessage(goodAnswer));
    await draft();

    const request = server.requests[0];
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(request?.body?.model).toBe('nb-test-model');
    expect(request?.body?.stream).toBe(true);
    expect(request?.body?.response_format?.type).toBe('json_schema');
    expect(JSON.stringify(request?.body?.response_format)).toContain(
      '"enum":["kontaktarsak","anamnese","funn","vurdering","tiltak"]',
    );
    const system =
      request?.body?.messages.find((message) => message.role === 'system')?.content ?? '';
    expect(system).toContain('Skriv bare det som faktisk ble sagt');
    expect(system).toContain('tredjeperson');
    expect(system).toContain('nektelser');
    const user = request === undefined ? '' : getUserPrompt(request);
    expect(user).toContain('[0] Lege: Hei, Anne Hansen, kom inn.');
    expect(user).toContain('[3] Pasient: Nei, ingen hoste.');
    expect(user).toContain('"kontaktarsak" (Kontaktårsak)');
    for (const identifier of rawIdentifiers) expect(request?.rawBody).not.toContain(identifier);
  });

  it('sends no Authorization header when no API key is configured', async () => {
    server.enqueue(jsonMessage(goodAnswer));
    await createOpenAiDrafter({ baseUrl: server.baseUrl, model: 'nb-test-model' }).draft({
      template: journalnotatTemplate,
      transcript: shortTranscript,
    });
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('repairs malformed JSON with one more request', async () => {
    server.enqueue(
      { kind: 'message', content: '{"sections": [{"key": "anamnese", "sentences": [' },
      jsonMessage(goodAnswer),
    );
    const output = await draft();

    expect(server.requests).toHaveLength(2);
    expect(promptOf(1)).toContain('ikke gyldig JSON');
    expect(output.sections[1]?.sentences).toHaveLength(2);
  });

  it('gives the model one repair round for a sentence the transcript contradicts, naming it and why', async () => {
    const wrongDuration = {
      ...goodAnswer,
      sections: goodAnswer.sections.map((section) =>
        section.key === 'tiltak'
          ? { ...section, sentences: [{ text: 'Penicillin i tjue dager.', evidence: [] }] }
          : section,
      ),
    };
    server.enqueue(jsonMessage(wrongDuration), jsonMessage(goodAnswer));
    const output = await draft();

    expect(server.requests).toHaveLength(2);
    expect(promptOf(1)).toContain('«Penicillin i tjue dager.»');
    expect(promptOf(1)).toMatch(/motsier/);
    expect(output.sections[4]?.sentences.map((sentence) => sentence.text)).toEqual([
      'Penicillin i ti dager.',
    ]);
    expect(output.warnings.join(' ')).toMatch(/fikk én sjanse til å rette/);
  });

  it('repairs only once: a contradiction the model repeats stays in the draft for the verifier to flag', async () => {
    const wrongSide = {
      ...goodAnswer,
      sections: goodAnswer.sections.map((section) =>
        section.key === 'anamnese'
          ? { ...section, sentences: [{ text: 'Har hatt hoste.', evidence: [] }] }
          : section,
      ),
    };
    server.setFallback(jsonMessage(wrongSide));
    const output = await draft();

    expect(server.requests).toHaveLength(2);
    expect(output.sections[1]?.sentences.map((sentence) => sentence.text)).toEqual([
      'Har hatt hoste.',
    ]);
  });

  it('makes no repair request when the verifier finds nothing contradicted', async () => {
    server.enqueue(jsonMessage(goodAnswer));
    await draft();
    expect(server.requests).toHaveLength(1);
  });

  it('accepts JSON wrapped in a Markdown fence', async () => {
    server.enqueue({
      kind: 'message',
      content: '```json\n' + JSON.stringify(goodAnswer) + '\n```',
    });
    const output = await draft();
    expect(server.requests).toHaveLength(1);
    expect(output.sections[0]?.sentences[0]?.text).toBe('Sår hals.');
  });

  it('fails with a clear error, without echoing the text, when the model answers in prose twice', async () => {
    server.enqueue({ kind: 'message', content: prose }, { kind: 'message', content: prose });
    const error = await draft().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ isRetryable: false, engine: 'openai' });
    expect((error as Error).message).toMatch(/not valid JSON/u);
    expect((error as Error).message).not.toContain('halsen');
    expect((error as EngineError).userMessage).toContain('brukbart utkast');
    expect(server.requests).toHaveLength(2);
  });

  it('drafts a cut-off answer again in two halves and marks the draft as made in parts', async () => {
    server.enqueue(
      {
        kind: 'message',
        content: '{"sections":[{"key":"anamnese","sentences":[{"text":"Vondt i hal',
        finishReason: 'length',
      },
      jsonMessage({
        sections: [
          {
            key: 'anamnese',
            sentences: [{ text: 'Vondt i halsen i tre dager.', evidence: [{ segment: 1 }] }],
          },
        ],
        diagnoses: [],
      }),
      jsonMessage({
        sections: [
          { key: 'funn', sentences: [{ text: 'Temp 38,4.', evidence: [{ segment: 4 }] }] },
        ],
        diagnoses: [],
      }),
    );
    const progress: { done: number; total: number }[] = [];
    const output = await createDrafter().draft(
      { template: journalnotatTemplate, transcript: shortTranscript },
      { onProgress: (step) => progress.push({ ...step }) },
    );

    expect(server.requests).toHaveLength(3);
    expect(promptOf(1)).toContain('[0] Lege:');
    expect(promptOf(1)).not.toContain('[5] Lege:');
    expect(promptOf(2)).toContain('[5] Lege:');
    expect(output.sections[1]?.sentences[0]?.text).toBe('Vondt i halsen i tre dager.');
    expect(output.sections[2]?.sentences[0]?.text).toBe('Temp 38,4.');
    expect(output.warnings).toContain('Lang konsultasjon: utkastet er laget i 2 deler.');
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
  });

  it('drafts in smaller parts when the server says the prompt exceeds its context', async () => {
    server.enqueue(
      {
        kind: 'error',
        status: 400,
        message: "This model's maximum context length is 1024 tokens.",
      },
      jsonMessage({
        sections: [{ key: 'anamnese', sentences: ['Vondt i halsen.'] }],
        diagnoses: [],
      }),
      jsonMessage({ sections: [{ key: 'funn', sentences: ['Temp 38,4.'] }], diagnoses: [] }),
    );
    const output = await draft({ structuredOutput: 'json-schema' });

    expect(server.requests).toHaveLength(3);
    expect(output.sections[1]?.sentences[0]?.text).toBe('Vondt i halsen.');
    expect(output.sections[2]?.sentences[0]?.text).toBe('Temp 38,4.');
    expect(output.warnings).toContain('Lang konsultasjon: utkastet er laget i 2 deler.');
  });

  it('waits as long as a 429 answer says and then succeeds', async () => {
    server.enqueue(
      { kind: 'error', status: 429, headers: { 'retry-after': '2' } },
      jsonMessage(goodAnswer),
    );
    const output = await draft();
    expect(sleeps).toEqual([2000]);
    expect(output.sections[1]?.sentences).toHaveLength(2);
  });

  it('retries a 500 with exponential back-off and gives up with a retryable error that holds no response body', async () => {
    server.setFallback({
      kind: 'error',
      status: 500,
      message: 'internal: patient has vondt i halsen',
    });
    const error = await draft({ maxRetries: 2 }).catch((caught: unknown) => caught);

    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ isRetryable: true, status: 500 });
    expect((error as Error).message).toBe('openai: endpoint answered HTTP 500');
    expect(JSON.stringify(error)).not.toContain('halsen');
  });

  it('recovers when a 500 is followed by a good answer', async () => {
    server.enqueue({ kind: 'error', status: 500 }, jsonMessage(goodAnswer));
    const output = await draft();
    expect(server.requests).toHaveLength(2);
    expect(output.sections[0]?.sentences).toHaveLength(1);
  });

  it('does not retry 401 and 404, and says what is wrong in Norwegian', async () => {
    server.enqueue({ kind: 'error', status: 401, message: 'bad key' });
    const unauthorized = await draft().catch((caught: unknown) => caught);
    expect(unauthorized).toMatchObject({ isRetryable: false, status: 401 });
    expect((unauthorized as EngineError).userMessage).toContain('avviste påloggingen');

    server.enqueue({ kind: 'error', status: 404, message: 'no such model' });
    const missing = await draft().catch((caught: unknown) => caught);
    expect(missing).toMatchObject({ isRetryable: false, status: 404 });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a 400 when JSON-schema output is required', async () => {
    server.enqueue({
      kind: 'error',
      status: 400,
      message: 'response_format json_schema unsupported',
    });
    const error = await draft({ structuredOutput: 'json-schema' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ isRetryable: false, status: 400 });
    expect(server.requests).toHaveLength(1);
  });

  it('falls back to JSON mode, then to prompt-only JSON, on a server without JSON-schema support, and remembers it', async () => {
    server.enqueue(
      { kind: 'error', status: 400, message: 'json_schema unsupported' },
      { kind: 'error', status: 400, message: 'json_object unsupported' },
      jsonMessage(goodAnswer),
      jsonMessage(goodAnswer),
    );
    const drafter = createDrafter();
    await drafter.draft({ template: journalnotatTemplate, transcript: shortTranscript });
    await drafter.draft({ template: journalnotatTemplate, transcript: shortTranscript });

    expect(server.requests.map((request) => request.body?.response_format?.type ?? 'none')).toEqual(
      ['json_schema', 'json_object', 'none', 'none'],
    );
    expect(sleeps).toEqual([]);
  });

  it('times out a server that never answers, retries, and reports a retryable error', async () => {
    server.setFallback({ kind: 'hang' });
    const started = Date.now();
    const error = await draft({ timeoutMs: 300, maxRetries: 1 }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ isRetryable: true });
    expect((error as Error).message).toContain('within 300 ms');
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('keeps reading a slow but steady stream past the idle timeout', async () => {
    server.enqueue(jsonMessage(goodAnswer, { chunks: 6, chunkDelayMs: 120 }));
    const started = Date.now();
    const output = await draft({ idleTimeoutMs: 400, timeoutMs: 10_000 });

    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(output.sections[1]?.sentences).toHaveLength(2);
  });

  it('gives up on a stream that stalls', async () => {
    server.setFallback({
      kind: 'stall',
      content: JSON.stringify(goodAnswer),
      chunksBeforeStall: 2,
    });
    const error = await draft({ idleTimeoutMs: 200, timeoutMs: 10_000, maxRetries: 0 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ isRetryable: true });
    expect((error as Error).message).toContain('stalled');
  });

  it('reports a refused connection as retryable', async () => {
    const address = server.baseUrl;
    await server.close();
    server = await startFakeOpenAiServer();
    const error = await createOpenAiDrafter({
      baseUrl: address,
      model: 'm',
      maxRetries: 1,
      sleep: () => Promise.resolve(),
    })
      .draft({ template: journalnotatTemplate, transcript: shortTranscript })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({
      isRetryable: true,
      message: 'openai: could not connect to the endpoint',
    });
  });

  it('works without streaming', async () => {
    server.enqueue(jsonMessage(goodAnswer));
    const output = await draft({ stream: false });
    expect(server.requests[0]?.body?.stream).toBe(false);
    expect(output.sections[1]?.sentences).toHaveLength(2);
  });

  it('stops when the caller cancels', async () => {
    server.setFallback({ kind: 'hang' });
    const controller = new AbortController();
    const pending = createDrafter().draft(
      { template: journalnotatTemplate, transcript: shortTranscript },
      { signal: controller.signal },
    );
    setTimeout(() => {
      controller.abort();
    }, 100);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses an empty transcript without calling the server', async () => {
    await expect(
      createDrafter().draft({ template: journalnotatTemplate, transcript: { segments: [] } }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(server.requests).toHaveLength(0);
  });

  it('drafts a four-hour consultation in parts within a small context, covering every segment, and merges the parts', async () => {
    const transcript = createLongTranscript(4);
    const segmentsIn = (request: RecordedRequest): number[] =>
      [...getUserPrompt(request).matchAll(/^\[(\d+)\] /gmu)].map((match) => Number(match[1]));
    server.setFallback((request) => {
      const segments = segmentsIn(request);
      const first = segments[0] ?? 0;
      const bloodPressure =
        segments.find((segment) => transcript.segments[segment]?.text.includes('142 over 88')) ??
        first;
      return jsonMessage({
        sections: [
          {
            key: 'anamnese',
            sentences: [
              {
                text: `Samtalen fra segment ${first} handler om søvn.`,
                evidence: [{ segment: first }],
              },
            ],
          },
          {
            key: 'funn',
            sentences: [
              { text: 'BT 142/88, puls 76 regelmessig.', evidence: [{ segment: bloodPressure }] },
            ],
          },
        ],
        diagnoses: [
          {
            system: 'ICPC-2',
            code: 'K86',
            text: 'Hypertensjon',
            evidence: [{ segment: bloodPressure }],
          },
        ],
      });
    });
    const progress: { done: number; total: number }[] = [];

    const output = await createDrafter({ contextTokens: 4096 }).draft(
      { template: journalnotatTemplate, transcript },
      { onProgress: (step) => progress.push({ ...step }) },
    );

    const parts = server.requests.length;
    expect(parts).toBeGreaterThan(20);
    const covered = new Set(server.requests.flatMap(segmentsIn));
    expect(covered.size).toBe(transcript.segments.length);
    for (const request of server.requests) {
      const prompt = (request.body?.messages ?? [])
        .map((message) => message.content ?? '')
        .join('\n');
      expect(estimateTokens(prompt) + (request.body?.max_tokens ?? 0)).toBeLessThanOrEqual(4096);
    }
    expect(output.warnings).toEqual([`Lang konsultasjon: utkastet er laget i ${parts} deler.`]);
    const anamnese = output.sections.find((section) => section.key === 'anamnese')?.sentences ?? [];
    expect(anamnese).toHaveLength(parts);
    expect(anamnese.at(-1)?.evidence?.[0]?.segment).toBeGreaterThan(2000);
    const funn = output.sections.find((section) => section.key === 'funn')?.sentences ?? [];
    expect(funn).toHaveLength(1);
    expect(funn[0]?.evidence?.length).toBeGreaterThan(20);
    expect(output.diagnoses).toHaveLength(1);
    expect(progress.at(-1)).toEqual({ done: parts, total: parts });
  });
});
