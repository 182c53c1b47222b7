import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createManualClock } from '../core/index.js';
import { parseSse, postJson, ProviderError, readRetryAfterMs, retry } from './index.js';

function recordingSleep(): { sleep: (milliseconds: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (milliseconds) => {
      waits.push(milliseconds);
      return Promise.resolve();
    },
  };
}

describe('retry', () => {
  it('repeats a retryable failure with doubling waits, and the provider’s Retry-After wins', async () => {
    const { sleep, waits } = recordingSleep();
    let calls = 0;
    const result = await retry(
      () => {
        calls += 1;
        if (calls === 1) throw new ProviderError({ reason: 'HTTP 503', isRetryable: true });
        if (calls === 2)
          throw new ProviderError({ reason: 'HTTP 429', isRetryable: true, retryAfterMs: 2000 });
        if (calls === 3) throw new ProviderError({ reason: 'HTTP 502', isRetryable: true });
        return Promise.resolve('stored');
      },
      { maxRetries: 3, initialDelayMs: 100, sleep },
    );
    expect(result).toBe('stored');
    expect(waits).toEqual([100, 2000, 400]);
  });

  it('gives up at once on a failure that is not retryable, and after the last retry otherwise', async () => {
    const { sleep, waits } = recordingSleep();
    const rejected = new ProviderError({ reason: 'HTTP 400', isRetryable: false, status: 400 });
    await expect(retry(() => Promise.reject(rejected), { sleep })).rejects.toBe(rejected);
    expect(waits).toEqual([]);
    let calls = 0;
    await expect(
      retry(
        () => {
          calls += 1;
          return Promise.reject(new ProviderError({ reason: 'timeout', isRetryable: true }));
        },
        { maxRetries: 2, sleep },
      ),
    ).rejects.toThrow('timeout');
    expect(calls).toBe(3);
  });

  it('stops waiting and throws the caller’s error when the caller aborts', async () => {
    const controller = new AbortController();
    let calls = 0;
    await expect(
      retry(
        () => {
          calls += 1;
          controller.abort();
          return Promise.reject(new ProviderError({ reason: 'HTTP 503', isRetryable: true }));
        },
        {
          signal: controller.signal,
          onAborted: () => new Error('avbrutt'),
          initialDelayMs: 60_000,
        },
      ),
    ).rejects.toThrow('avbrutt');
    expect(calls).toBe(1);
  });

  it('caps the doubling back-off at maxDelayMs, and reads retry-after-ms before Retry-After', async () => {
    const { sleep, waits } = recordingSleep();
    let calls = 0;
    await retry(
      () => {
        calls += 1;
        return calls < 4
          ? Promise.reject(new ProviderError({ reason: 'HTTP 502', isRetryable: true }))
          : Promise.resolve('ok');
      },
      { maxRetries: 3, initialDelayMs: 1000, maxDelayMs: 3000, sleep },
    );
    expect(waits).toEqual([1000, 2000, 3000]);
    const response = new Response(null, {
      status: 429,
      headers: { 'retry-after-ms': '1500', 'retry-after': '9' },
    });
    expect(readRetryAfterMs(response, createManualClock())).toBe(1500);
  });

  it('never retries errors that are not marked retryable', async () => {
    const { sleep, waits } = recordingSleep();
    await expect(retry(() => Promise.reject(new TypeError('bug')), { sleep })).rejects.toThrow(
      'bug',
    );
    expect(waits).toEqual([]);
  });
});

describe('postJson', () => {
  const clock = createManualClock();
  const schema = z.object({ answer: z.string() });

  it('posts JSON through the injected fetch and returns the validated answer', async () => {
    let sent: { url: string; body: unknown; type: string | null } | undefined;
    const fetchStub: typeof fetch = (input, init) => {
      sent = {
        url: input instanceof Request ? input.url : input.toString(),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
        type: new Headers(init?.headers).get('content-type'),
      };
      return Promise.resolve(Response.json({ answer: 'ja', ignored: 1 }));
    };
    const answer = await postJson({
      fetch: fetchStub,
      clock,
      url: 'http://127.0.0.1:9/v1/x',
      body: { question: 'q' },
      responseSchema: schema,
    });
    expect(answer).toEqual({ answer: 'ja' });
    expect(sent).toEqual({
      url: 'http://127.0.0.1:9/v1/x',
      body: { question: 'q' },
      type: 'application/json',
    });
  });

  it('reports 503 as retryable with the Retry-After wait, and never echoes the body', async () => {
    const fetchStub: typeof fetch = () =>
      Promise.resolve(
        new Response('Pasienten Kari Nordmann', { status: 503, headers: { 'retry-after': '3' } }),
      );
    const error: unknown = await postJson({
      fetch: fetchStub,
      clock,
      url: 'http://127.0.0.1:9/',
      body: {},
      responseSchema: schema,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ isRetryable: true, status: 503, retryAfterMs: 3000 });
    expect((error as Error).message).not.toContain('Kari');
  });

  it('reports an answer of the wrong shape as not retryable, naming only the field', async () => {
    const fetchStub: typeof fetch = () =>
      Promise.resolve(Response.json({ answer: 42, secret: 'Kari Nordmann' }));
    const error: unknown = await postJson({
      fetch: fetchStub,
      clock,
      url: 'http://127.0.0.1:9/',
      body: {},
      responseSchema: schema,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ isRetryable: false });
    expect((error as Error).message).toContain('answer');
    expect((error as Error).message).not.toContain('Kari');
  });

  it('turns a network failure into a retryable error', async () => {
    const fetchStub: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    await expect(
      postJson({ fetch: fetchStub, clock, url: 'http://x/', body: {}, responseSchema: schema }),
    ).rejects.toMatchObject({ isRetryable: true, message: 'could not reach the server' });
  });
});

describe('parseSse', () => {
  async function collect(chunks: string[]): Promise<{ event: string; data: string }[]> {
    const encoder = new TextEncoder();
    async function* body(): AsyncGenerator<Uint8Array> {
      for (const chunk of chunks) {
        await Promise.resolve();
        yield encoder.encode(chunk);
      }
    }
    const events: { event: string; data: string }[] = [];
    for await (const event of parseSse(body()))
      events.push({ event: event.event, data: event.data });
    return events;
  }

  it('reads events split anywhere across chunks, with CRLF, comments and multi-line data', async () => {
    const events = await collect([
      ': keep-alive\r',
      '\ndata: {"a":',
      '1}\r\n\r\nevent: done\ndata: line one\ndata: line two\n\n',
      'data: [DONE]\n\n',
      'data: unterminated',
    ]);
    expect(events).toEqual([
      { event: 'message', data: '{"a":1}' },
      { event: 'done', data: 'line one\nline two' },
      { event: 'message', data: '[DONE]' },
    ]);
  });
});
