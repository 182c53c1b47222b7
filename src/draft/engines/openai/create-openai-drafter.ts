import {
  ConfigError,
  systemClock,
  type Clock,
  type EngineInfo,
  type TemplateDefinition,
} from '../../../core/index.js';
import { realSleep, retry, type Sleep } from '../../../providers/index.js';
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
import {
  OpenAiEndpointError,
  requestChatCompletion,
  type ChatCompletion,
  type ChatEndpoint,
  type ChatMessage,
} from './request-chat-completion.js';

export { OpenAiEndpointError } from './request-chat-completion.js';

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
  /** Reads `Retry-After` dates; the system clock by default. */
  readonly clock?: Clock;
  /** Waits between retries; injected so tests do not sleep. */
  readonly sleep?: (milliseconds: number) => Promise<void>;
  /** Default `auto`: JSON Schema, then JSON mode, then prompt-only JSON if the server refuses. */
  readonly structuredOutput?: StructuredOutputMode;
}

const engineName = 'openai';
type ResponseFormatMode = 'json-schema' | 'json-object' | 'none';

/**
 * A `Drafter` backed by any OpenAI-compatible chat-completions endpoint (vLLM, Ollama, llama.cpp
 * server, Azure OpenAI): Norwegian prompt built from the template, JSON-Schema structured output
 * where the server supports it (validated JSON otherwise), one repair attempt on an invalid
 * answer, streamed answers with overall and idle timeouts, retries with back-off on retryable
 * failures, and long transcripts drafted in parts.
 *
 * Plain HTTP through the shared provider utilities (`retry`, `parseSse`, `toHttpError`), with
 * `fetch`, the clock and the sleep between retries injected; no vendor SDK.
 *
 * Privacy: prompts are never logged; errors carry the HTTP status and a description, never a
 * request or response body (they hold health content).
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
  const injectedSleep = options.sleep;
  const sleep: Sleep =
    injectedSleep === undefined
      ? realSleep
      : (milliseconds, signal) => sleepUnlessAborted(injectedSleep, milliseconds, signal);
  const stream = options.stream ?? true;
  const temperature = options.temperature ?? 0;
  const structuredOutput = options.structuredOutput ?? 'auto';
  let responseFormatMode: ResponseFormatMode =
    structuredOutput === 'json-object' ? 'json-object' : 'json-schema';

  const endpoint: ChatEndpoint = {
    url: `${options.baseUrl.replace(/\/+$/u, '')}/chat/completions`,
    apiKey: options.apiKey,
    fetch: options.fetch ?? fetch,
    clock: options.clock ?? systemClock,
    timeoutMs,
    idleTimeoutMs,
  };
  const info: EngineInfo = { kind: 'openai', model: options.model };

  /** One request; in `auto`, a server that rejects the response format gets the next simpler one. */
  async function completeWithFallback(
    messages: readonly ChatMessage[],
    template: TemplateDefinition,
    signal: AbortSignal | undefined,
  ): Promise<ChatCompletion> {
    for (;;) {
      const body = {
        model: options.model,
        messages: messages.map((message) => ({ role: message.role, content: message.content })),
        max_tokens: maxOutputTokens,
        temperature,
        ...toResponseFormat(responseFormatMode, template),
      };
      try {
        return await requestChatCompletion(endpoint, { body, stream }, signal);
      } catch (error) {
        const formatRefused =
          error instanceof OpenAiEndpointError && (error.status === 400 || error.status === 422);
        if (structuredOutput !== 'auto' || !formatRefused || responseFormatMode === 'none')
          throw error;
        responseFormatMode = responseFormatMode === 'json-schema' ? 'json-object' : 'none';
      }
    }
  }

  /** One completion with retries and back-off (`retry`, honouring the endpoint's Retry-After). */
  function complete(
    messages: readonly ChatMessage[],
    template: TemplateDefinition,
    signal: AbortSignal | undefined,
  ): Promise<ChatCompletion> {
    signal?.throwIfAborted();
    return retry(() => completeWithFallback(messages, template, signal), {
      maxRetries,
      initialDelayMs: 1000,
      maxDelayMs: 20_000,
      sleep,
      ...(signal === undefined ? {} : { signal }),
    });
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
    const messages: ChatMessage[] = [
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
    const repairMessages: ChatMessage[] = [
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
    specificationVersion: 'v1',
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
): { response_format?: Readonly<Record<string, unknown>> } {
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
