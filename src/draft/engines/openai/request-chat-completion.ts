import { z } from 'zod';
import { EngineError, type Clock } from '../../../core/index.js';
import { parseSse, toHttpError } from '../../../providers/index.js';
import { ModelOutputError } from '../language-model/index.js';

/** An OpenAI-compatible endpoint failed; `status` is the HTTP status when there was one. */
export class OpenAiEndpointError extends EngineError {
  readonly status: number | undefined;
  /** The wait the endpoint asked for (`retry-after-ms` or `Retry-After`), read by `retry`. */
  readonly retryAfterMs: number | undefined;
  constructor(options: {
    message: string;
    userMessage?: string;
    isRetryable: boolean;
    status?: number;
    retryAfterMs?: number;
  }) {
    super({
      engine: 'openai',
      message: options.message,
      isRetryable: options.isRetryable,
      ...(options.userMessage === undefined ? {} : { userMessage: options.userMessage }),
    });
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** One chat message of a prompt. */
export interface ChatMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

/** The text of an answer and why the model stopped (`length`: cut off at the token limit). */
export interface ChatCompletion {
  readonly text: string;
  readonly finishReason: string | undefined;
}

/** Where and how one chat-completions request is sent. */
export interface ChatEndpoint {
  /** The full URL of `/chat/completions`. */
  readonly url: string;
  readonly apiKey: string | undefined;
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  /** Longest time one request may take, stream included. */
  readonly timeoutMs: number;
  /** Longest silence within a streamed answer. */
  readonly idleTimeoutMs: number;
}

const engineName = 'openai';

// Lenient shapes of what we read from the server (conventions §11).
const streamChunkSchema = z.object({
  error: z.unknown().optional(),
  choices: z
    .array(
      z.object({
        delta: z.object({ content: z.string().nullish() }).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
});
const completionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish() }).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
});

/** Statuses the endpoint may answer differently later (as the OpenAI clients retry them), and 5xx. */
const endpointRetryableStatuses: ReadonlySet<number> = new Set([408, 409, 425, 429]);

/** Parsed JSON, or undefined for text that is not JSON; the caller validates it with zod. */
function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Sends one chat-completions request (no retries) and reads the answer, streamed as server-sent
 * events (`parseSse`) or as one JSON body. The overall timeout covers the whole answer; a stream
 * silent for longer than the idle timeout is given up. The caller's abort is thrown as its reason.
 *
 * Errors are `OpenAiEndpointError`s holding the status and a plain reason, never a request or
 * response body (they hold health content); a prompt the server finds too long becomes
 * `ModelOutputError('part-too-large')`, so the part is drafted in smaller pieces.
 */
export async function requestChatCompletion(
  endpoint: ChatEndpoint,
  request: { readonly body: Readonly<Record<string, unknown>>; readonly stream: boolean },
  signal: AbortSignal | undefined,
): Promise<ChatCompletion> {
  const controller = new AbortController();
  let timedOut: 'overall' | 'idle' | undefined;
  const abortFromCaller = (): void => {
    controller.abort();
  };
  signal?.addEventListener('abort', abortFromCaller, { once: true });
  const overallTimer = setTimeout(() => {
    timedOut = 'overall';
    controller.abort();
  }, endpoint.timeoutMs);
  let idleTimer: NodeJS.Timeout | undefined;
  const touch = (): void => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      timedOut = 'idle';
      controller.abort();
    }, endpoint.idleTimeoutMs);
  };
  try {
    if (request.stream) touch();
    const response = await send(endpoint, { ...request.body, stream: request.stream }, controller);
    if (!response.ok) throw await toEndpointError(response, endpoint.clock);
    if (!request.stream) return await readCompletion(response);
    const completion = await readStream(response, touch);
    // An aborted stream is not an answer, even when the server had already ended it.
    if (controller.signal.aborted) throw new Error('stream aborted');
    return completion;
  } catch (error) {
    signal?.throwIfAborted();
    if (timedOut !== undefined) {
      throw new OpenAiEndpointError({
        message:
          timedOut === 'idle'
            ? `answer stream stalled for more than ${endpoint.idleTimeoutMs} ms`
            : `no complete answer within ${endpoint.timeoutMs} ms`,
        userMessage: 'Språkmodellen svarte ikke i tide. Prøv igjen om litt.',
        isRetryable: true,
      });
    }
    if (error instanceof EngineError) throw error;
    // Anything else happened while reading the answer (connection reset, a garbled stream).
    throw new OpenAiEndpointError({ message: 'reading the answer failed', isRetryable: true });
  } finally {
    clearTimeout(overallTimer);
    clearTimeout(idleTimer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}

async function send(
  endpoint: ChatEndpoint,
  body: Readonly<Record<string, unknown>>,
  controller: AbortController,
): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
  };
  if (endpoint.apiKey !== undefined) headers['authorization'] = `Bearer ${endpoint.apiKey}`;
  try {
    return await endpoint.fetch(endpoint.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (error) {
    if (controller.signal.aborted) throw error;
    // The cause is dropped on purpose: fetch errors can carry the request (conventions §14).
    throw new OpenAiEndpointError({
      message: 'could not connect to the endpoint',
      userMessage: 'Fikk ikke kontakt med språkmodellen. Prøv igjen om litt.',
      isRetryable: true,
    });
  }
}

async function readCompletion(response: Response): Promise<ChatCompletion> {
  const completion = completionSchema.safeParse(tryParseJson(await response.text()));
  if (!completion.success) {
    throw new OpenAiEndpointError({
      message: 'endpoint answered with an unexpected response shape',
      isRetryable: false,
    });
  }
  const choice = completion.data.choices[0];
  return { text: choice?.message?.content ?? '', finishReason: choice?.finish_reason ?? undefined };
}

async function readStream(response: Response, touch: () => void): Promise<ChatCompletion> {
  if (response.body === null) throw new Error('no answer stream');
  let text = '';
  let finishReason: string | undefined;
  for await (const event of parseSse(response.body)) {
    touch();
    if (event.data === '[DONE]') break;
    const chunk = streamChunkSchema.safeParse(tryParseJson(event.data));
    if (!chunk.success) continue;
    // A server that fails mid-answer says so in the stream; its words are not passed on.
    if (chunk.data.error !== undefined) throw new Error('error in the answer stream');
    const choice = chunk.data.choices?.[0];
    text += choice?.delta?.content ?? '';
    finishReason = choice?.finish_reason ?? finishReason;
  }
  return { text, finishReason };
}

/** Most of an error body read to recognise a context-length refusal (they are short). */
const maximumErrorBodyLength = 16_384;

/**
 * A non-2xx answer as an error. vLLM, llama.cpp server and OpenAI reject an over-long prompt with
 * 400 (or 413) and a message like those below; that body is read, never passed on.
 */
async function toEndpointError(response: Response, clock: Clock): Promise<EngineError> {
  const status = response.status;
  if (status === 400 || status === 413) {
    const body = (await response.text().catch(() => '')).slice(0, maximumErrorBodyLength);
    if (
      body.includes('context_length_exceeded') ||
      /context (?:length|size|window)|too many tokens|exceeds? the available context/iu.test(body)
    )
      return new ModelOutputError(engineName, 'part-too-large');
  }
  const failure = await toHttpError(response, { clock, what: 'endpoint' });
  return new OpenAiEndpointError({
    message: `endpoint answered HTTP ${status}`,
    userMessage: toUserMessage(status),
    isRetryable: endpointRetryableStatuses.has(status) || status >= 500,
    status,
    ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
  });
}

function toUserMessage(status: number): string {
  if (status === 401 || status === 403)
    return 'Språkmodelltjenesten avviste påloggingen. Kontakt IT.';
  if (status === 404) return 'Fant ikke den konfigurerte språkmodellen. Kontakt IT.';
  if (status === 429) return 'Språkmodelltjenesten er opptatt. Prøv igjen om litt.';
  if (status >= 500) return 'Språkmodelltjenesten har en feil. Prøv igjen om litt.';
  return 'Språkmodelltjenesten avviste forespørselen. Kontakt IT.';
}
