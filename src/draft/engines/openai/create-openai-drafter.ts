import OpenAI from 'openai';
import { z } from 'zod';
import {
  ConfigError,
  EngineError,
  type EngineInfo,
  type TemplateDefinition,
} from '../../../core/index.js';
import { draftInParts, estimateTokens } from '../../chunking.js';
import type { DraftOptions, Drafter, DrafterInput, DrafterOutput } from '../../drafter.js';
import {
  createDraftPrompt,
  createRepairPrompt,
  createStrictOutputJsonSchema,
  createContradictionIndex,
  ModelOutputError,
  parseModelOutput,
  runRepairRound,
  fitSummary,
  type PartPosition,
  type TranscriptIndex,
  type TranscriptPart,
} from '../language-model/index.js';

/** How the engine asks for JSON: a JSON Schema, plain JSON mode, or `auto` (schema, falling back). */
export type StructuredOutputMode = 'json-schema' | 'json-object' | 'auto';

export interface OpenAiDrafterOptions {
  /** Base URL of the OpenAI-compatible API, e.g. `http://127.0.0.1:8000/v1`. */
  readonly baseUrl: string;
  /** Bearer token; omit for servers without authentication. */
  readonly apiKey?: string;
  readonly model: string;
  /** Longest time one request may take, stream included (default 120 s). */
  readonly timeoutMs?: number;
  /** Longest silence within a streamed answer before it counts as a timeout (default 30 s). */
  readonly idleTimeoutMs?: number;
  /** Retries after a retryable failure (429, 5xx, timeouts, connection failures); default 2. */
  readonly maxRetries?: number;
  /** The model's context window in tokens (default 8192); longer transcripts are drafted in parts. */
  readonly contextTokens?: number;
  /** Most tokens one answer may have (default a third of the context, at most 4096). */
  readonly maxOutputTokens?: number;
  /** Sampling temperature (default 0: the most likely wording, which suits extraction). */
  readonly temperature?: number;
  /** Stream answers (default true), so a stalled server is noticed early. */
  readonly stream?: boolean;
  readonly fetch?: typeof fetch;
  readonly sleep?: (milliseconds: number) => Promise<void>;
  /** Default `auto`: JSON Schema, then JSON mode, then prompt-only JSON if the server refuses. */
  readonly structuredOutput?: StructuredOutputMode;
}

/** An OpenAI-compatible endpoint failed; `status` is the HTTP status when there was one. */
export class OpenAiEndpointError extends EngineError {
  readonly status: number | undefined;
  readonly retryAfterMilliseconds: number | undefined;
  constructor(options: {
    message: string;
    userMessage?: string;
    isRetryable: boolean;
    status?: number;
    retryAfterMilliseconds?: number;
  }) {
    super({
      engine: 'openai',
      message: options.message,
      isRetryable: options.isRetryable,
      ...(options.userMessage === undefined ? {} : { userMessage: options.userMessage }),
    });
    this.status = options.status;
    this.retryAfterMilliseconds = options.retryAfterMilliseconds;
  }
}

const engineName = 'openai';
type ResponseFormatMode = 'json-schema' | 'json-object' | 'none';

interface Message {
  readonly role: 'system' | 'user';
  readonly content: string;
}

interface Completion {
  readonly text: string;
  readonly finishReason: string | undefined;
}

// Lenient shapes of what we read from the server (conventions §11).
const streamChunkSchema = z.object({
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

const retryableStatuses = new Set([408, 409, 425, 429]);

/**
 * A `Drafter` backed by any OpenAI-compatible chat-completions endpoint (vLLM, Ollama, llama.cpp
 * server, Azure OpenAI): Norwegian prompt built from the template, JSON-Schema structured output
 * where the server supports it (validated JSON otherwise), one repair attempt on an invalid
 * answer, streamed answers with overall and idle timeouts, retries with back-off on retryable
 * failures, and long transcripts drafted in parts.
 *
 * Privacy: prompts are never logged (the SDK's logger is switched off); errors carry the HTTP
 * status and a description, never a request or response body (they hold health content).
 */
export function createOpenAiDrafter(options: OpenAiDrafterOptions): Drafter {
  const problems: string[] = [];
  if (!URL.canParse(options.baseUrl)) problems.push('language model base URL is not a valid URL');
  if (options.model.trim() === '') problems.push('language model name is empty');
  const contextTokens = options.contextTokens ?? 8192;
  if (!Number.isInteger(contextTokens) || contextTokens < 512) {
    problems.push('language model context must be a whole number of at least 512 tokens');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const maxOutputTokens = options.maxOutputTokens ?? Math.min(4096, Math.floor(contextTokens / 3));
  const timeoutMs = options.timeoutMs ?? 120_000;
  const idleTimeoutMs = Math.min(options.idleTimeoutMs ?? 30_000, timeoutMs);
  const maxRetries = options.maxRetries ?? 2;
  const sleep =
    options.sleep ??
    ((milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds)));
  const stream = options.stream ?? true;
  const temperature = options.temperature ?? 0;
  const structuredOutput = options.structuredOutput ?? 'auto';
  let responseFormatMode: ResponseFormatMode =
    structuredOutput === 'json-object' ? 'json-object' : 'json-schema';

  const client = new OpenAI({
    baseURL: options.baseUrl,
    // Every credential is given explicitly so the SDK never picks one up from the environment.
    // Without a key the SDK still wants one; the Authorization header is then removed instead.
    apiKey: options.apiKey ?? 'unused',
    ...(options.apiKey === undefined ? { defaultHeaders: { Authorization: null } } : {}),
    adminAPIKey: null,
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: timeoutMs,
    logLevel: 'off',
    logger: silentLogger,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const info: EngineInfo = { kind: 'openai', model: options.model };

  async function completeOnce(
    messages: readonly Message[],
    template: TemplateDefinition,
    signal: AbortSignal | undefined,
  ): Promise<Completion> {
    const controller = new AbortController();
    let timedOut: 'overall' | 'idle' | undefined;
    const abortFromCaller = (): void => {
      controller.abort();
    };
    signal?.addEventListener('abort', abortFromCaller, { once: true });
    const overallTimer = setTimeout(() => {
      timedOut = 'overall';
      controller.abort();
    }, timeoutMs);
    let idleTimer: NodeJS.Timeout | undefined;
    const touch = (): void => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        timedOut = 'idle';
        controller.abort();
      }, idleTimeoutMs);
    };
    const body = {
      model: options.model,
      messages: messages.map((message) => ({ role: message.role, content: message.content })),
      max_tokens: maxOutputTokens,
      temperature,
      ...toResponseFormat(responseFormatMode, template),
    };
    try {
      if (stream) {
        touch();
        const response = await client.chat.completions.create(
          { ...body, stream: true },
          { signal: controller.signal, maxRetries: 0, timeout: timeoutMs },
        );
        let text = '';
        let finishReason: string | undefined;
        for await (const rawChunk of response) {
          touch();
          const chunk = streamChunkSchema.safeParse(rawChunk);
          if (!chunk.success) continue;
          const choice = chunk.data.choices?.[0];
          text += choice?.delta?.content ?? '';
          finishReason = choice?.finish_reason ?? finishReason;
        }
        // The SDK ends a stream quietly when it is aborted; an aborted stream is not an answer.
        if (controller.signal.aborted) throw new Error('stream aborted');
        return { text, finishReason };
      }
      const response = await client.chat.completions.create(
        { ...body, stream: false },
        { signal: controller.signal, maxRetries: 0, timeout: timeoutMs },
      );
      const completion = completionSchema.safeParse(response);
      if (!completion.success) {
        throw new OpenAiEndpointError({
          message: 'endpoint answered with an unexpected response shape',
          isRetryable: false,
        });
      }
      const choice = completion.data.choices[0];
      return {
        text: choice?.message?.content ?? '',
        finishReason: choice?.finish_reason ?? undefined,
      };
    } catch (error) {
      signal?.throwIfAborted();
      if (timedOut !== undefined) {
        throw new OpenAiEndpointError({
          message:
            timedOut === 'idle'
              ? `answer stream stalled for more than ${idleTimeoutMs} ms`
              : `no complete answer within ${timeoutMs} ms`,
          userMessage: 'Språkmodellen svarte ikke i tide. Prøv igjen om litt.',
          isRetryable: true,
        });
      }
      // A prompt the server finds too long is drafted in smaller parts instead of failing: our
      // token estimate is not the server's tokenizer. The server's message is read, never passed on.
      if (isContextLengthError(error)) throw new ModelOutputError(engineName, 'part-too-large');
      throw toEndpointError(error);
    } finally {
      clearTimeout(overallTimer);
      clearTimeout(idleTimer);
      signal?.removeEventListener('abort', abortFromCaller);
    }
  }

  /** One completion with retries, back-off and (in `auto`) response-format fallback. */
  async function complete(
    messages: readonly Message[],
    template: TemplateDefinition,
    signal: AbortSignal | undefined,
  ): Promise<Completion> {
    let retries = 0;
    for (;;) {
      signal?.throwIfAborted();
      try {
        return await completeOnce(messages, template, signal);
      } catch (error) {
        if (!(error instanceof OpenAiEndpointError)) throw error;
        // A server that rejects the response format gets the next simpler one (not a retry).
        if (
          structuredOutput === 'auto' &&
          (error.status === 400 || error.status === 422) &&
          responseFormatMode !== 'none'
        ) {
          responseFormatMode = responseFormatMode === 'json-schema' ? 'json-object' : 'none';
          continue;
        }
        if (!error.isRetryable || retries >= maxRetries) throw error;
        const backOff = Math.min(20_000, 1000 * 2 ** retries);
        retries += 1;
        await sleepUnlessAborted(sleep, error.retryAfterMilliseconds ?? backOff, signal);
      }
    }
  }

  async function draftPart(
    input: DrafterInput,
    getIndex: () => TranscriptIndex,
    part: TranscriptPart,
    context: { position: PartPosition; signal?: AbortSignal; summary?: string },
  ): Promise<DrafterOutput> {
    const { template } = input;
    const { position, signal } = context;
    const prompt = createDraftPrompt({
      template,
      part,
      position,
      ...(context.summary === undefined ? {} : { summary: context.summary }),
    });
    const promptTokens = estimateTokens(prompt.system) + estimateTokens(prompt.user);
    if (promptTokens + maxOutputTokens > contextTokens)
      throw new ModelOutputError(engineName, 'part-too-large');
    const messages: Message[] = [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user },
    ];
    const first = await complete(messages, template, signal);
    if (first.finishReason === 'length') throw new ModelOutputError(engineName, 'truncated');
    const parsed = parseModelOutput({ text: first.text, template, part });
    if (parsed.success)
      return repairContradictions(input, getIndex, prompt, part, parsed.output, signal);

    // One repair attempt. The invalid answer is not echoed back: it may be long, and the
    // instruction alone is enough for the model to answer again in the format.
    const repairMessages: Message[] = [
      { role: 'system', content: prompt.system },
      { role: 'user', content: `${prompt.user}\n\n${createRepairPrompt(parsed.problem)}` },
    ];
    const second = await complete(repairMessages, template, signal);
    if (second.finishReason === 'length') throw new ModelOutputError(engineName, 'truncated');
    const repaired = parseModelOutput({ text: second.text, template, part });
    if (repaired.success)
      return repairContradictions(input, getIndex, prompt, part, repaired.output, signal);
    throw new ModelOutputError(engineName, repaired.problem);
  }

  /**
   * One repair round (issue 11 §7), shared with the llama engine (`runRepairRound`): this engine
   * asks the same endpoint again with the verifier's note when the context has room.
   */
  async function repairContradictions(
    input: DrafterInput,
    getIndex: () => TranscriptIndex,
    prompt: { readonly system: string; readonly user: string },
    part: TranscriptPart,
    output: DrafterOutput,
    signal: AbortSignal | undefined,
  ): Promise<DrafterOutput> {
    const { template, transcript } = input;
    return runRepairRound({
      template,
      transcript,
      output,
      engine: info,
      index: getIndex(),
      askAgain: async (note) => {
        const promptTokens =
          estimateTokens(prompt.system) + estimateTokens(prompt.user) + estimateTokens(note);
        if (promptTokens + maxOutputTokens > contextTokens) return undefined;
        const answer = await complete(
          [
            { role: 'system', content: prompt.system },
            { role: 'user', content: `${prompt.user}\n\n${note}` },
          ],
          template,
          signal,
        );
        if (answer.finishReason === 'length') return undefined;
        const repaired = parseModelOutput({ text: answer.text, template, part });
        return repaired.success ? repaired.output : undefined;
      },
    });
  }

  return {
    info,
    async draft(input: DrafterInput, draftOptions: DraftOptions = {}): Promise<DrafterOutput> {
      draftOptions.signal?.throwIfAborted();
      const { template } = input;
      const overhead =
        estimateTokens(
          createDraftPrompt({
            template,
            part: { slices: [] },
            position: { partNumber: 99, partCount: 99 },
          }).system,
        ) +
        estimateTokens(
          createDraftPrompt({
            template,
            part: { slices: [] },
            position: { partNumber: 99, partCount: 99 },
          }).user,
        ) +
        estimateTokens(createRepairPrompt('schema-mismatch'));
      // 10 % margin: the estimate is not the model's tokenizer.
      const available = Math.floor((contextTokens - maxOutputTokens) * 0.9) - overhead;
      // A sixth of the room goes to the running summary of earlier parts (long consultations).
      const summaryTokens = Math.floor(available / 6);
      const maxPartTokens = available - summaryTokens;
      if (maxPartTokens < 64) {
        throw new ConfigError([
          `language model context of ${contextTokens} tokens is too small for the ${template.id} template and ${maxOutputTokens} answer tokens`,
        ]);
      }
      // The verifier's index of the transcript, built once for every part's repair check.
      let index: TranscriptIndex | undefined;
      const getIndex = (): TranscriptIndex =>
        (index ??= createContradictionIndex(input.transcript));
      return draftInParts({
        template,
        transcript: input.transcript,
        maxPartTokens,
        overlapTokens: Math.floor(maxPartTokens / 10),
        draftPart: (part, context) => {
          const summary = fitSummary(context.summary, summaryTokens, estimateTokens);
          return draftPart(input, getIndex, part, {
            position: context.position,
            ...(context.signal === undefined ? {} : { signal: context.signal }),
            ...(summary === undefined ? {} : { summary }),
          });
        },
        ...(draftOptions.signal === undefined ? {} : { signal: draftOptions.signal }),
        ...(draftOptions.onProgress === undefined ? {} : { onProgress: draftOptions.onProgress }),
      });
    },
  };
}

function toResponseFormat(
  mode: ResponseFormatMode,
  template: TemplateDefinition,
): {
  response_format?: NonNullable<
    OpenAI.Chat.Completions.ChatCompletionCreateParams['response_format']
  >;
} {
  switch (mode) {
    case 'json-schema':
      return {
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'utkast',
            strict: true,
            schema: createStrictOutputJsonSchema(template),
          },
        },
      };
    case 'json-object':
      return { response_format: { type: 'json_object' } };
    case 'none':
      return {};
  }
}

/** vLLM, llama.cpp server and OpenAI reject an over-long prompt with 400 and a message like these. */
function isContextLengthError(error: unknown): boolean {
  if (!(error instanceof OpenAI.APIError) || (error.status !== 400 && error.status !== 413))
    return false;
  if (error.code === 'context_length_exceeded') return true;
  return /context (?:length|size|window)|too many tokens|exceeds? the available context/iu.test(
    error.message,
  );
}

/** Turns SDK errors into endpoint errors without their messages (they can quote the server). */
function toEndpointError(error: unknown): OpenAiEndpointError {
  if (error instanceof OpenAiEndpointError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new OpenAiEndpointError({
      message: 'request timed out',
      userMessage: 'Språkmodellen svarte ikke i tide. Prøv igjen om litt.',
      isRetryable: true,
    });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new OpenAiEndpointError({
      message: 'could not connect to the endpoint',
      userMessage: 'Fikk ikke kontakt med språkmodellen. Prøv igjen om litt.',
      isRetryable: true,
    });
  }
  if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
    const status = error.status;
    const headers: unknown = error.headers;
    const retryAfterMilliseconds = parseRetryAfter(
      headers instanceof Headers ? headers : undefined,
    );
    return new OpenAiEndpointError({
      message: `endpoint answered HTTP ${status}`,
      userMessage: toUserMessage(status),
      isRetryable: retryableStatuses.has(status) || status >= 500,
      status,
      ...(retryAfterMilliseconds === undefined ? {} : { retryAfterMilliseconds }),
    });
  }
  // Anything else happened while reading the answer (connection reset, a garbled stream).
  return new OpenAiEndpointError({ message: 'reading the answer failed', isRetryable: true });
}

function toUserMessage(status: number): string {
  if (status === 401 || status === 403)
    return 'Språkmodelltjenesten avviste påloggingen. Kontakt IT.';
  if (status === 404) return 'Fant ikke den konfigurerte språkmodellen. Kontakt IT.';
  if (status === 429) return 'Språkmodelltjenesten er opptatt. Prøv igjen om litt.';
  if (status >= 500) return 'Språkmodelltjenesten har en feil. Prøv igjen om litt.';
  return 'Språkmodelltjenesten avviste forespørselen. Kontakt IT.';
}

/** `retry-after-ms`, or `retry-after` in seconds; capped at a minute. */
function parseRetryAfter(headers: Headers | undefined): number | undefined {
  const milliseconds = Number(headers?.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return Math.min(60_000, milliseconds);
  const seconds = Number(headers?.get('retry-after') ?? Number.NaN);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(60_000, seconds * 1000);
  return undefined;
}

async function sleepUnlessAborted(
  sleep: (milliseconds: number) => Promise<void>,
  milliseconds: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (signal === undefined) {
    await sleep(milliseconds);
    return;
  }
  signal.throwIfAborted();
  await new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    sleep(milliseconds).then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error('sleep failed'));
      },
    );
  });
}

const silentLogger = {
  error: (): void => undefined,
  warn: (): void => undefined,
  info: (): void => undefined,
  debug: (): void => undefined,
};
