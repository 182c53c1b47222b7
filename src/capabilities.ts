import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppCapabilities } from './app.js';
import { decodeWav, toMono16k, toMono16kBlocks } from './audio/index.js';
import { searchCodes } from './codes/index.js';
import { createGuardedFetch, listEndpoints, type ReferentConfig } from './config/index.js';
import type { Drafting, Exporting, Pseudonymizer, Speech } from './consultations/index.js';
import {
  ConfigError,
  asRawText,
  checkPortVersion,
  systemClock,
  systemIds,
  templateIds,
  type Clock,
  type IdGenerator,
  type Logger,
  type TemplateDefinition,
  type TemplateId,
} from './core/index.js';
import { createDrafter, getTemplate, parseTemplateFile, verifyDraft } from './draft/index.js';
import type { ComputePool } from './compute/index.js';
import { checkConfiguredModelFiles, type ModelLoaders } from './models/index.js';
import {
  createFhirSender,
  preloadFhirDefinitions,
  findDocumentProblems,
  toFhirDocument,
  toSectionTexts,
  validateFhirDocument,
} from './export/index.js';
import {
  createReidentifier,
  createVault,
  parseVault,
  pseudonymize,
  pseudonymizeSegments,
  reidentify,
  vaultSeedBytes,
} from './pseudonymize/index.js';
import {
  LiveTranscriptionSession,
  createOpenAiTranscriber,
  parseTranscriptImport,
  transcribeAudio,
  transcribeAudioStream,
  type Transcriber,
} from './transcribe/index.js';

/** The pseudonymizer module behind the use cases' `Pseudonymizer` interface. */
export function createPseudonymizerCapability(ids: IdGenerator): Pseudonymizer {
  return {
    preload() {
      // A made-up sentence (no real person) through a throwaway vault: loads the word lists and
      // runs every recognizer once.
      const vault = createVault({ random: (bytes) => ids.randomBytes(bytes) });
      const sample = asRawText(
        'Kari Nordmann fra Bergen, født 01.02.1970, bruker Levaxin 75 mikrogram.',
      );
      pseudonymize(sample, { vault });
    },
    pseudonymizeSegments({ segments, known, vault }) {
      return pseudonymizeSegments({
        segments,
        ...(known === undefined ? {} : { known }),
        ...(vault === undefined ? { seed: ids.randomBytes(vaultSeedBytes) } : { vault }),
      });
    },
    reidentify(text, serialized) {
      return reidentify(text, parseVault(serialized));
    },
    openVault(serialized) {
      const reidentifier = createReidentifier(parseVault(serialized));
      return { reidentify: (text) => reidentifier(text) };
    },
  };
}

/**
 * The pseudonymizer with `pseudonymizeSegmentsOffThread` and `reidentifyOffThread` on the compute
 * pool's worker threads (issue 14): the same pure `pseudonymizeSegments`, and a new vault's random seed drawn here, from
 * `ids`, exactly as on this thread.
 */
export function withOffThreadPseudonymizer(
  pseudonymizer: Pseudonymizer,
  pool: ComputePool,
  ids: IdGenerator,
): Pseudonymizer {
  return {
    ...pseudonymizer,
    pseudonymizeSegmentsOffThread: ({ segments, known, vault }, options) =>
      pool.pseudonymizeSegments(
        {
          // Plain objects: only the text crosses to the worker (speakers and times stay here).
          segments: segments.map((segment) => ({ text: segment.text })),
          ...(known === undefined ? {} : { known }),
          ...(vault === undefined ? { seed: ids.randomBytes(vaultSeedBytes) } : { vault }),
        },
        options,
      ),
    reidentifyOffThread: (input, options) => pool.reidentifyTexts(input, options),
  };
}

/**
 * Drafting with the builtin engine's whole pipeline (pseudonymize, draft, verify, re-identify) as
 * one job on the compute pool (issue 14); a new vault's random seed is drawn here, from `ids`, as
 * for `withOffThreadPseudonymizer`.
 */
export function withOffThreadDraftPipeline(
  drafting: Drafting,
  pool: ComputePool,
  ids: IdGenerator,
): Drafting {
  return {
    ...drafting,
    draftBuiltinPipeline: ({ segments, known, vault, template, engine }, options) =>
      pool.draftBuiltinPipeline(
        {
          // Plain objects: only what the pipeline reads crosses to the worker.
          segments: segments.map(({ speaker, text, start, end }) => ({
            speaker,
            text,
            ...(start === undefined ? {} : { start }),
            ...(end === undefined ? {} : { end }),
          })),
          ...(known === undefined ? {} : { known }),
          ...(vault === undefined ? { seed: ids.randomBytes(vaultSeedBytes) } : { vault }),
          template,
          engine,
        },
        options,
      ),
  };
}

/** Templates, with a clinic's edited versions from `REFERENT_TEMPLATES_DIR/<id>.json`. */
export function loadTemplates(
  directory: string | undefined,
): (id: TemplateId) => TemplateDefinition {
  const overrides = new Map<TemplateId, TemplateDefinition>();
  if (directory !== undefined) {
    const problems: string[] = [];
    for (const id of templateIds) {
      const path = join(directory, `${id}.json`);
      if (!existsSync(path)) continue;
      try {
        overrides.set(id, parseTemplateFile(readFileSync(path, 'utf8')));
      } catch {
        problems.push(`REFERENT_TEMPLATES_DIR: ${id}.json is not a valid template file`);
      }
    }
    if (problems.length > 0) throw new ConfigError(problems);
  }
  return (id) => overrides.get(id) ?? getTemplate(id);
}

function createTranscriber(
  config: ReferentConfig,
  guardedFetch: typeof fetch,
  clock: Clock,
): Promise<Transcriber | undefined> {
  const stt = config.stt;
  switch (stt.engine) {
    case 'none':
      return Promise.resolve(undefined);
    case 'openai':
      return Promise.resolve(
        createOpenAiTranscriber({
          baseUrl: stt.baseUrl,
          model: stt.model,
          fetch: guardedFetch,
          clock,
          timeoutMs: stt.timeoutMs,
          ...(stt.apiKey === undefined ? {} : { apiKey: stt.apiKey }),
        }),
      );
    case 'whisper':
      return import('./transcribe/engines/whisper/index.js').then(({ createWhisperTranscriber }) =>
        createWhisperTranscriber({
          modelPath: stt.modelPath,
          threads: stt.threads,
          timeoutMs: stt.timeoutMs,
        }),
      );
  }
}

/**
 * A configured model file that is missing stops start-up with a message that says which setting
 * points where, instead of failing at the first recording or draft (issue 13).
 */
export function checkModelFiles(config: ReferentConfig): void {
  const problems: string[] = [];
  if (config.stt.engine === 'whisper' && !existsSync(config.stt.modelPath)) {
    problems.push(
      `REFERENT_STT_MODEL_PATH: the speech model file ${config.stt.modelPath} does not exist (download one with \`referent models pull NAME\`, or set REFERENT_STT_ENGINE=none)`,
    );
  }
  if (config.llm.engine === 'llama' && !existsSync(config.llm.modelPath)) {
    problems.push(
      `REFERENT_LLM_MODEL_PATH: the language model file ${config.llm.modelPath} does not exist (or set REFERENT_LLM_ENGINE=builtin)`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

/** Which adapter the configuration picks for each engine port, as data. */
export interface EngineChoice {
  readonly drafting: { readonly engine: 'builtin' | 'openai' | 'llama'; readonly model: string };
  readonly speechToText: {
    readonly engine: 'whisper' | 'openai' | 'none';
    readonly model: string | null;
  };
  readonly fhirSend: boolean;
}

/**
 * The one config → engine table as a pure description (no I/O): what `createCapabilities` builds
 * (it checks the built adapters against it), what the engine switch starts from and what the
 * server reports at `/api/v1/capabilities`. The CLI's `draft`, `transcribe` and `verify` reach the
 * engines only through `createCapabilities`, so server and CLI pick the same ones.
 */
export function describeEngines(config: ReferentConfig): EngineChoice {
  const endpoints = listEndpoints(config);
  const modelOf = (name: string) =>
    endpoints.find((endpoint) => endpoint.name === name)?.model ?? null;
  return {
    drafting: { engine: config.llm.engine, model: modelOf('språkmodell') ?? '' },
    speechToText: { engine: config.stt.engine, model: modelOf('tale-til-tekst') },
    fhirSend: config.fhir !== undefined,
  };
}

/** Throws unless the built adapters are the ones the table describes (they never drift apart). */
function checkBuiltAsDescribed(
  choice: EngineChoice,
  built: { drafter: string; transcriber: string; fhirSend: boolean },
): void {
  const problems = [
    ...(built.drafter === choice.drafting.engine
      ? []
      : [
          `the drafter built is ${built.drafter}, the configuration says ${choice.drafting.engine}`,
        ]),
    ...(built.transcriber === choice.speechToText.engine
      ? []
      : [
          `the transcriber built is ${built.transcriber}, the configuration says ${choice.speechToText.engine}`,
        ]),
    ...(built.fhirSend === choice.fhirSend
      ? []
      : ['the FHIR sender does not follow the configuration']),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
}

/**
 * The composition root's config → engine mapping: builds the engines and modules the
 * configuration asks for, behind the use cases' capability interfaces. Every network adapter gets
 * the outbound guard (P4). `createApp({ capabilities: 'configured' })` calls it for the server;
 * the CLI's pipeline commands (`draft`, `transcribe`, `verify`) call it alone, since they need
 * the engines without the data directory.
 */
export async function createCapabilities(
  config: ReferentConfig,
  options: { logger: Logger; fetch?: typeof fetch; clock?: Clock; ids?: IdGenerator },
): Promise<AppCapabilities & { readonly transcriber?: Transcriber }> {
  checkModelFiles(config);
  await checkConfiguredModelFiles(config);
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? systemIds;
  const guardedFetch = createGuardedFetch({ config, fetch: options.fetch ?? fetch });
  const llm = config.llm;
  const drafter = await createDrafter(
    llm.engine === 'builtin'
      ? { engine: 'builtin' }
      : llm.engine === 'openai'
        ? {
            engine: 'openai',
            openai: {
              baseUrl: llm.baseUrl,
              model: llm.model,
              timeoutMs: llm.timeoutMs,
              contextTokens: llm.contextTokens,
              fetch: guardedFetch,
              ...(llm.apiKey === undefined ? {} : { apiKey: llm.apiKey }),
            },
          }
        : {
            engine: 'llama',
            llama: { modelPath: llm.modelPath, threads: llm.threads, contextSize: llm.contextSize },
          },
  );
  // Every adapter states the port version it implements (vercel/ai's specificationVersion).
  checkPortVersion('drafter', drafter);
  const templateOf = loadTemplates(config.templatesDir);
  const drafting: Drafting = { getTemplate: templateOf, drafter, verify: verifyDraft };

  const disclosure = config.disclosure;
  const fhir = config.fhir;
  const sender =
    fhir === undefined
      ? undefined
      : createFhirSender({
          baseUrl: fhir.baseUrl,
          fetch: guardedFetch,
          clock,
          ...(fhir.token === undefined ? {} : { auth: { kind: 'bearer', token: fhir.token } }),
        });
  if (sender !== undefined) checkPortVersion('fhir-sender', sender);
  const exporting: Exporting = {
    preload: preloadFhirDefinitions,
    toText: (note) => toSectionTexts(note, disclosure === undefined ? {} : { disclosure }),
    toFhir: (note) =>
      toFhirDocument(note, {
        ids,
        now: clock.now(),
        ...(disclosure === undefined ? {} : { disclosure }),
      }),
    validateFhir: (bundle) => {
      const result = validateFhirDocument(bundle);
      if (result.ok) return result;
      const first = findDocumentProblems(bundle)[0];
      return { ...result, ...(first === undefined ? {} : { userMessage: first.userMessage }) };
    },
    ...(sender === undefined
      ? {}
      : {
          send: (bundle, sendOptions) =>
            sender.send(bundle as Parameters<typeof sender.send>[0], {
              idempotencyKey: sendOptions.idempotencyKey,
            }),
        }),
  };

  const transcriber = await createTranscriber(config, guardedFetch, clock);
  if (transcriber !== undefined) checkPortVersion('transcriber', transcriber);
  const speechOf = (engine: Transcriber) => toSpeechEngine(engine, config, clock);
  const speech: Speech = {
    parseTranscript: (body, contentType) => {
      const imported = parseTranscriptImport(body, contentType);
      return {
        segments: imported.segments.map((segment) => ({
          ...segment,
          text: asRawText(segment.text),
        })),
      };
    },
    ...(transcriber === undefined
      ? {}
      : {
          transcribeWav: speechOf(transcriber).transcribeWav,
          transcribeWavStream: speechOf(transcriber).transcribeWavStream,
        }),
  };
  const built = {
    drafter: drafter.info.kind,
    transcriber: transcriber?.info.kind ?? 'none',
    fhirSend: sender !== undefined,
  };
  checkBuiltAsDescribed(describeEngines(config), built);
  options.logger.info('engines ready', {
    drafter: built.drafter,
    transcriber: built.transcriber,
    fhir: built.fhirSend ? 'configured' : 'none',
  });

  return {
    pseudonymizer: createPseudonymizerCapability(ids),
    drafting,
    exporting,
    speech,
    searchCodes: (query, searchOptions) =>
      searchCodes(query, {
        limit: searchOptions.limit,
        ...(searchOptions.system === undefined ? {} : { system: searchOptions.system }),
      }),
    modelLoaders: createModelLoaders(config, clock),
    ...(transcriber === undefined
      ? {}
      : { transcriber, createLiveSession: speechOf(transcriber).createLiveSession }),
  };
}

/**
 * WAV uploads (whole, or streamed as they arrive) and live sessions over one transcriber, with the
 * configured audio limits.
 */
export function toSpeechEngine(transcriber: Transcriber, config: ReferentConfig, clock: Clock) {
  const audioLimits = {
    maxBytes: config.limits.audioBytes,
    maxSeconds: config.limits.audioSeconds,
  };
  return {
    transcribeWav: async (wav: Uint8Array, transcribeOptions: { signal?: AbortSignal }) => {
      const decoded = decodeWav(wav, audioLimits);
      const samples = toMono16k(decoded);
      return transcribeAudio(
        { samples, sampleRate: 16000 },
        transcriber,
        transcribeOptions.signal === undefined ? {} : { signal: transcribeOptions.signal },
      );
    },
    transcribeWavStream: (
      wav: AsyncIterable<Uint8Array>,
      transcribeOptions: { signal?: AbortSignal },
    ) =>
      transcribeAudioStream(toMono16kBlocks(wav, audioLimits), transcriber, {
        ...(transcribeOptions.signal === undefined ? {} : { signal: transcribeOptions.signal }),
      }),
    createLiveSession: () =>
      new LiveTranscriptionSession({
        transcriber,
        clock,
        maxSeconds: config.limits.audioSeconds,
      }),
  };
}

/**
 * Engines for model files on this machine, for a model activated from the admin screen: the
 * whisper engine and the llama engine, with the configured threads and limits. Both load their
 * model lazily, on first use.
 */
export function createModelLoaders(config: ReferentConfig, clock: Clock): ModelLoaders {
  return {
    async loadSpeechModel(path) {
      const { createWhisperTranscriber } = await import('./transcribe/engines/whisper/index.js');
      const transcriber = createWhisperTranscriber({
        modelPath: path,
        ...(config.stt.engine === 'whisper'
          ? { threads: config.stt.threads, timeoutMs: config.stt.timeoutMs }
          : {}),
      });
      checkPortVersion('transcriber', transcriber);
      return {
        engine: 'whisper',
        model: transcriber.info.model,
        ...toSpeechEngine(transcriber, config, clock),
        dispose: async () => {
          await transcriber.dispose?.();
        },
      };
    },
    async loadLanguageModel(path) {
      const drafter = await createDrafter({
        engine: 'llama',
        llama: {
          modelPath: path,
          threads: config.llm.engine === 'llama' ? config.llm.threads : 1,
          contextSize: config.llm.engine === 'llama' ? config.llm.contextSize : 8192,
        },
      });
      return checkPortVersion('drafter', drafter);
    },
  };
}
