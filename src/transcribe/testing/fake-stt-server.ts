import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeWav, detectSpeech, toMono16k } from '../../audio/index.js';

/** A planned answer for one request, instead of a transcription. */
export type FakeSttFault =
  | { readonly status: number; readonly retryAfter?: string; readonly body?: string }
  | { readonly hangMs: number };

/** What the server received (no audio kept, only its length). */
export interface FakeSttRequest {
  readonly path: string;
  readonly authorization?: string | undefined;
  readonly model?: string | undefined;
  readonly language?: string | undefined;
  readonly responseFormat?: string | undefined;
  readonly timestampGranularities: readonly string[];
  readonly prompt?: string | undefined;
  readonly audioSeconds?: number | undefined;
}

export interface FakeSttServer {
  /** Base URL including `/v1`, for `createOpenAiTranscriber({ baseUrl })`. */
  readonly baseUrl: string;
  readonly requests: readonly FakeSttRequest[];
  /** Queues faults answered to the next requests, in order. */
  fail(...faults: FakeSttFault[]): void;
  close(): Promise<void>;
}

/** Minimal multipart/form-data parser (RFC 7578): field name → values, as bytes. */
function parseMultipart(body: Buffer, contentType: string): Map<string, Buffer[]> {
  const fields = new Map<string, Buffer[]>();
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/iu.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (marker === undefined) return fields;
  const delimiter = Buffer.from(`--${marker}`);
  let position = body.indexOf(delimiter);
  while (position >= 0) {
    const partStart = position + delimiter.length + 2; // skip CRLF after the delimiter
    const next = body.indexOf(delimiter, partStart);
    if (next < 0) break;
    const part = body.subarray(partStart, next - 2); // drop CRLF before the next delimiter
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const name = /name="([^"]*)"/iu.exec(headers)?.[1];
      if (name !== undefined)
        fields.set(name, [...(fields.get(name) ?? []), part.subarray(headerEnd + 4)]);
    }
    position = next;
  }
  return fields;
}

/**
 * An OpenAI-compatible speech-to-text server on 127.0.0.1 for tests: `POST
 * /v1/audio/transcriptions` with multipart `file` (WAV), answering `verbose_json` with one segment
 * per speech region (text from `script`, else `tale N`). With `silenceText` it imitates Whisper's
 * hallucination on silence (a segment with high `no_speech_prob`). Faults (status codes,
 * `Retry-After`, hangs) are queued with `fail()`.
 */
export async function startFakeSttServer(
  options: {
    readonly apiKey?: string;
    readonly script?: readonly string[];
    readonly silenceText?: string;
  } = {},
): Promise<FakeSttServer> {
  const script = [...(options.script ?? [])];
  const requests: FakeSttRequest[] = [];
  const faults: FakeSttFault[] = [];
  let counter = 0;

  async function readBody(request: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  function sendJson(
    response: ServerResponse,
    status: number,
    value: unknown,
    headers: Record<string, string> = {},
  ): void {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(value));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const path = request.url ?? '/';
    if (request.method !== 'POST' || path !== '/v1/audio/transcriptions') {
      sendJson(response, 404, { error: { message: 'not found' } });
      return;
    }
    const form = parseMultipart(body, request.headers['content-type'] ?? '');
    const field = (name: string): string | undefined => {
      const value = form.get(name)?.[0];
      return value === undefined ? undefined : value.toString('utf8');
    };
    const file = form.get('file')?.[0];
    let samples: Float32Array | undefined;
    if (file !== undefined) {
      try {
        samples = toMono16k(decodeWav(new Uint8Array(file)));
      } catch {
        samples = undefined;
      }
    }
    const record: FakeSttRequest = {
      path,
      timestampGranularities: (form.get('timestamp_granularities[]') ?? []).map((value) =>
        value.toString('utf8'),
      ),
      authorization: request.headers.authorization,
      model: field('model'),
      language: field('language'),
      responseFormat: field('response_format'),
      prompt: field('prompt'),
      audioSeconds: samples === undefined ? undefined : samples.length / 16000,
    };
    requests.push(record);

    const fault = faults.shift();
    if (fault !== undefined) {
      if ('hangMs' in fault) {
        await new Promise((resolve) => setTimeout(resolve, fault.hangMs));
        if (!response.destroyed) sendJson(response, 504, { error: { message: 'late' } });
        return;
      }
      response.writeHead(fault.status, {
        'content-type': 'application/json',
        ...(fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }),
      });
      response.end(
        fault.body ?? JSON.stringify({ error: { message: `simulated ${fault.status}` } }),
      );
      return;
    }
    if (
      options.apiKey !== undefined &&
      request.headers.authorization !== `Bearer ${options.apiKey}`
    ) {
      sendJson(response, 401, {
        error: { message: 'Incorrect API key provided', type: 'invalid_request_error' },
      });
      return;
    }
    if (samples === undefined || field('model') === undefined) {
      sendJson(response, 400, {
        error: { message: 'file must be a WAV file and model is required' },
      });
      return;
    }
    const duration = samples.length / 16000;
    const regions = detectSpeech(samples);
    const segments = regions.map((region, id) => ({
      id,
      seek: 0,
      start: Math.round(region.start * 100) / 100,
      end: Math.round(region.end * 100) / 100,
      text: ` ${script.shift() ?? `tale ${++counter}`}`,
      tokens: [],
      temperature: 0,
      avg_logprob: -0.25,
      compression_ratio: 1.3,
      no_speech_prob: 0.02,
    }));
    if (segments.length === 0 && options.silenceText !== undefined) {
      segments.push({
        id: 0,
        seek: 0,
        start: 0,
        end: duration,
        text: ` ${options.silenceText}`,
        tokens: [],
        temperature: 0,
        avg_logprob: -1.4,
        compression_ratio: 0.9,
        no_speech_prob: 0.93,
      });
    }
    if (field('response_format') !== 'verbose_json') {
      sendJson(response, 200, { text: segments.map((segment) => segment.text.trim()).join(' ') });
      return;
    }
    sendJson(response, 200, {
      task: 'transcribe',
      language: 'norwegian',
      duration,
      text: segments.map((segment) => segment.text.trim()).join(' '),
      segments,
    });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent)
        sendJson(response, 500, { error: { message: 'fake server failure' } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    fail(...added: FakeSttFault[]) {
      faults.push(...added);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
    },
  };
}
