import { access, constants } from 'node:fs/promises';
import { basename } from 'node:path';
import type {
  GbnfJsonObjectSchema,
  Llama,
  LlamaContext,
  LlamaContextSequence,
  LlamaGrammar,
  LlamaModel,
} from 'node-llama-cpp';
import {
  ConfigError,
  EngineError,
  type EngineInfo,
  type TemplateDefinition,
} from '../../../core/index.js';
import { assertTranscriptHasText, draftInParts } from '../../chunking.js';
import type { DraftOptions, Drafter, DrafterInput, DrafterOutput } from '../../drafter.js';
import {
  createBoundedOutputJsonSchema,
  createDraftPrompt,
  defaultOutputBounds,
  createContradictionIndex,
  ModelOutputError,
  parseModelOutput,
  runRepairRound,
  fitSummary,
  type OutputBounds,
  type PartPosition,
  type TranscriptIndex,
  type TranscriptPart,
} from '../language-model/index.js';

export interface LlamaDrafterOptions {
  /** Path of a local GGUF model file (`REFERENT_LLM_MODEL_PATH`). */
  readonly modelPath: string;
  /** CPU threads for evaluation; set it explicitly (the default is slow on shared machines). */
  readonly threads: number;
  /** Context window in tokens (default 4096, at most the model's training context). */
  readonly contextSize?: number;
  /** Most tokens one answer may have (default a third of the context, at most 2048). */
  readonly maxTokens?: number;
  /** Sampling seed; only matters with a temperature above 0. */
  readonly seed?: number;
  /** Sampling temperature (default 0: always the most likely token). */
  readonly temperature?: number;
  /** Limits on the answer's size enforced by the grammar. */
  readonly bounds?: Partial<OutputBounds>;
  /** Name reported in `info.model` (default the file name). */
  readonly modelName?: string;
}

/** A llama drafter holds a model in memory; `dispose()` frees it. */
export interface LlamaDrafter extends Drafter {
  /** Frees the model and context; later drafts fail. Safe to call twice. */
  dispose(): Promise<void>;
}

const engineName = 'llama';
/** Tokens a chat template adds around the system and user messages (generous). */
const chatTemplateTokens = 96;

interface LoadedModel {
  readonly llama: Llama;
  readonly model: LlamaModel;
  readonly context: LlamaContext;
  readonly sequence: LlamaContextSequence;
  readonly contextSize: number;
  readonly grammars: Map<string, Promise<LlamaGrammar>>;
}

/**
 * A `Drafter` running a local GGUF model through node-llama-cpp on the CPU, with the answer
 * constrained by a grammar compiled from the draft's JSON Schema: every template section in order,
 * bounded lengths, valid JSON by construction.
 *
 * The model is loaded on the first draft, once; concurrent drafts run one after the other on the
 * same context. llama.cpp is never built or downloaded at run time (`build: 'never'`): the
 * prebuilt CPU binary from `@node-llama-cpp/linux-x64` is used. Prompts are never logged; llama.cpp
 * log lines are dropped.
 */
export function createLlamaDrafter(options: LlamaDrafterOptions): LlamaDrafter {
  const problems: string[] = [];
  if (options.modelPath.trim() === '') problems.push('llama model path is empty');
  if (!Number.isInteger(options.threads) || options.threads < 1)
    problems.push('llama threads must be a whole number of at least 1');
  if (
    options.contextSize !== undefined &&
    (!Number.isInteger(options.contextSize) || options.contextSize < 512)
  ) {
    problems.push('llama context size must be a whole number of at least 512 tokens');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const info: EngineInfo = {
    kind: 'llama',
    model: options.modelName ?? basename(options.modelPath),
  };
  const bounds: OutputBounds = { ...defaultOutputBounds, ...options.bounds };
  const temperature = options.temperature ?? 0;
  let loading: Promise<LoadedModel> | undefined;
  let disposed = false;
  // Drafts run one at a time: one context sequence, and two cores do not gain from more.
  let queue: Promise<unknown> = Promise.resolve();

  function load(): Promise<LoadedModel> {
    loading ??= loadModel(options).catch((error: unknown) => {
      loading = undefined; // A failed load may succeed later (e.g. the file is copied in).
      throw error;
    });
    return loading;
  }

  /** One generation with the grammar; the parsed answer, or the failure. */
  async function generate(
    loaded: LoadedModel,
    template: TemplateDefinition,
    maxTokens: number,
    part: TranscriptPart,
    system: string,
    user: string,
    signal: AbortSignal | undefined,
  ): Promise<ReturnType<typeof parseModelOutput> | 'truncated'> {
    const grammar = await getGrammar(loaded, template, bounds);
    const { LlamaChatSession } = await import('node-llama-cpp');
    await loaded.sequence.clearHistory();
    const session = new LlamaChatSession({
      contextSequence: loaded.sequence,
      systemPrompt: system,
      autoDisposeSequence: false,
    });
    try {
      const result = await session.promptWithMeta(user, {
        grammar,
        maxTokens,
        temperature,
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(signal === undefined ? {} : { signal }),
      });
      signal?.throwIfAborted();
      if (result.stopReason === 'maxTokens') return 'truncated';
      return parseModelOutput({ text: result.responseText, template, part });
    } catch (error) {
      signal?.throwIfAborted();
      if (error instanceof EngineError) throw error;
      throw new EngineError({
        engine: engineName,
        message: 'generation failed',
        isRetryable: false,
      });
    } finally {
      session.dispose({ disposeSequence: false });
    }
  }

  async function draftPart(
    loaded: LoadedModel,
    input: DrafterInput,
    getIndex: () => TranscriptIndex,
    maxTokens: number,
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
    const promptTokens =
      loaded.model.tokenize(prompt.system).length +
      loaded.model.tokenize(prompt.user).length +
      chatTemplateTokens;
    if (promptTokens + maxTokens > loaded.contextSize)
      throw new ModelOutputError(engineName, 'part-too-large');
    const first = await generate(
      loaded,
      template,
      maxTokens,
      part,
      prompt.system,
      prompt.user,
      signal,
    );
    if (first === 'truncated') throw new ModelOutputError(engineName, 'truncated');
    if (!first.success) throw new ModelOutputError(engineName, first.problem);

    // One repair round where the verifier finds a contradiction (issue 11 §7); what remains is
    // flagged in the draft. An unusable second answer keeps the first.
    return runRepairRound({
      template,
      transcript: input.transcript,
      output: first.output,
      engine: info,
      index: getIndex(),
      askAgain: async (note) => {
        const repairTokens = promptTokens + loaded.model.tokenize(note).length + chatTemplateTokens;
        if (repairTokens + maxTokens > loaded.contextSize) return undefined;
        const second = await generate(
          loaded,
          template,
          maxTokens,
          part,
          prompt.system,
          `${prompt.user}\n\n${note}`,
          signal,
        );
        return second === 'truncated' || !second.success ? undefined : second.output;
      },
    });
  }

  async function draftNow(input: DrafterInput, draftOptions: DraftOptions): Promise<DrafterOutput> {
    if (disposed)
      throw new EngineError({ engine: engineName, message: 'drafter has been disposed' });
    assertTranscriptHasText(input.transcript);
    draftOptions.signal?.throwIfAborted();
    const loaded = await load();
    const { template } = input;
    const maxTokens = options.maxTokens ?? Math.min(2048, Math.floor(loaded.contextSize / 3));
    const emptyPrompt = createDraftPrompt({
      template,
      part: { slices: [] },
      position: { partNumber: 99, partCount: 99 },
    });
    const overhead =
      loaded.model.tokenize(emptyPrompt.system).length +
      loaded.model.tokenize(emptyPrompt.user).length +
      chatTemplateTokens;
    const available = Math.floor((loaded.contextSize - maxTokens) * 0.95) - overhead;
    // A sixth of the room goes to the running summary of earlier parts (long consultations).
    const summaryTokens = Math.floor(available / 6);
    const maxPartTokens = available - summaryTokens;
    const countTokens = (text: string): number => loaded.model.tokenize(text).length;
    if (maxPartTokens < 64) {
      throw new ConfigError([
        `llama context of ${loaded.contextSize} tokens is too small for the ${template.id} template and ${maxTokens} answer tokens`,
      ]);
    }
    // The verifier's index of the transcript, built once for every part's repair check.
    let index: TranscriptIndex | undefined;
    const getIndex = (): TranscriptIndex => (index ??= createContradictionIndex(input.transcript));
    return draftInParts({
      template,
      transcript: input.transcript,
      maxPartTokens,
      overlapTokens: Math.floor(maxPartTokens / 10),
      countTokens,
      draftPart: (part, context) => {
        const summary = fitSummary(context.summary, summaryTokens, countTokens);
        return draftPart(loaded, input, getIndex, maxTokens, part, {
          position: context.position,
          ...(context.signal === undefined ? {} : { signal: context.signal }),
          ...(summary === undefined ? {} : { summary }),
        });
      },
      ...(draftOptions.signal === undefined ? {} : { signal: draftOptions.signal }),
      ...(draftOptions.onProgress === undefined ? {} : { onProgress: draftOptions.onProgress }),
    });
  }

  return {
    specificationVersion: 'v1',
    info,
    draft(input: DrafterInput, draftOptions: DraftOptions = {}): Promise<DrafterOutput> {
      const run = queue.then(() => draftNow(input, draftOptions));
      queue = run.catch(() => undefined);
      return run;
    },
    async dispose(): Promise<void> {
      disposed = true;
      const pending = loading;
      loading = undefined;
      await queue;
      if (pending === undefined) return;
      const loaded = await pending.catch(() => undefined);
      if (loaded === undefined) return;
      await loaded.context.dispose();
      await loaded.model.dispose();
      await loaded.llama.dispose();
    },
  };
}

async function loadModel(options: LlamaDrafterOptions): Promise<LoadedModel> {
  try {
    await access(options.modelPath, constants.R_OK);
  } catch {
    throw new EngineError({
      engine: engineName,
      message: 'model file does not exist or cannot be read',
      userMessage: 'Fant ikke språkmodellfilen. Kontakt IT.',
    });
  }
  const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
  let llama: Llama | undefined;
  let model: LlamaModel | undefined;
  try {
    llama = await getLlama({
      gpu: false,
      build: 'never',
      skipDownload: true,
      usePrebuiltBinaries: true,
      progressLogs: false,
      maxThreads: options.threads,
      logLevel: LlamaLogLevel.error,
      logger: () => undefined,
    });
    model = await llama.loadModel({ modelPath: options.modelPath, gpuLayers: 0 });
    const contextSize = Math.min(options.contextSize ?? 4096, model.trainContextSize);
    const context = await model.createContext({
      contextSize,
      threads: options.threads,
      sequences: 1,
    });
    return {
      llama,
      model,
      context,
      sequence: context.getSequence(),
      contextSize: context.contextSize,
      grammars: new Map(),
    };
  } catch {
    await model?.dispose().catch(() => undefined);
    await llama?.dispose().catch(() => undefined);
    throw new EngineError({
      engine: engineName,
      message: 'could not load the model file (not a supported GGUF model, or not enough memory)',
      userMessage: 'Språkmodellen kunne ikke lastes. Kontakt IT.',
    });
  }
}

function getGrammar(
  loaded: LoadedModel,
  template: TemplateDefinition,
  bounds: OutputBounds,
): Promise<LlamaGrammar> {
  const key = JSON.stringify([
    template.id,
    template.codeSystem,
    template.sections.map((section) => section.key),
    bounds,
  ]);
  let grammar = loaded.grammars.get(key);
  if (grammar === undefined) {
    // The schema is built for node-llama-cpp's JSON-Schema subset (prefixItems, const, bounds).
    const schema = createBoundedOutputJsonSchema(
      template,
      bounds,
    ) as unknown as GbnfJsonObjectSchema;
    grammar = loaded.llama.createGrammarForJsonSchema(schema);
    loaded.grammars.set(key, grammar);
  }
  return grammar;
}
