import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { AuditLog } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import type { ModelSourceConfig } from '../config/index.js';
import {
  ConfigError,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotAvailableError,
  NotFoundError,
  isReferentError,
  type IdGenerator,
  type Logger,
} from '../core/index.js';
import type { SettingsRepository } from '../store/index.js';
import {
  commitDownload,
  discardDownload,
  downloadModel,
  hashFileIfPresent,
  modelsDirectory,
  type DownloadedModel,
} from './pull-model.js';
import { checkModelFile } from './check-model-file.js';
import { findNativeEngineProblem } from './native-engines.js';
import { createModelSourceFetch } from './create-model-source-fetch.js';
import type { EngineSwitch, ModelLoaders } from './engine-switch.js';
import {
  installableModels,
  tryGetCatalogModel,
  type CatalogModel,
  type ModelKind,
} from './model-catalog.js';

/** One install in progress or just ended, as the admin screen shows it. */
export interface InstallJob {
  readonly id: string;
  readonly name: string;
  readonly kind: ModelKind;
  readonly state: 'downloading' | 'needs-confirmation' | 'installed' | 'failed' | 'cancelled';
  readonly received: number;
  readonly total: number | null;
  /** The computed SHA-256, once the download is complete. */
  readonly sha256: string | null;
  /** Whether a published hash was pinned (checked automatically) or the admin must confirm. */
  readonly pinned: boolean;
  /** Norwegian, for the admin, when the install failed or needs confirmation. */
  readonly message: string | null;
  /** Why it failed, as a code (for the CLI's English message). */
  readonly failure: 'hash-mismatch' | 'not-a-model' | 'download-failed' | 'interrupted' | null;
}

/** A catalogue model with what is installed and active. */
export interface ModelState {
  readonly name: string;
  readonly kind: ModelKind;
  readonly title: string;
  readonly guidance: CatalogModel['guidance'];
  readonly approximateBytes: number;
  readonly url: string;
  readonly recommended: boolean;
  /** Whether a published SHA-256 is pinned in the catalogue. */
  readonly pinned: boolean;
  readonly installed: boolean;
  /** The hash an admin confirmed at install, for a model without a pinned one. */
  readonly confirmedSha256: string | null;
  readonly active: boolean;
}

/** Which engine runs for one kind, and whether the environment decides it. */
export interface EngineState {
  /** The model activated from the admin screen (or `referent models activate`), if any. */
  readonly activatedModel: string | null;
  /** The engine and model in use now. */
  readonly engine: string;
  readonly model: string | null;
  /** The operator chose the engine in the environment: it wins over the activated model. */
  readonly environmentWins: boolean;
}

export interface ModelOverview {
  readonly source: { readonly url: string; readonly region: string } | null;
  readonly speech: EngineState;
  readonly language: EngineState;
  readonly models: readonly ModelState[];
  readonly job: InstallJob | null;
}

export interface ModelSetupDeps {
  readonly dataDir: string;
  readonly settings: SettingsRepository;
  readonly audit: AuditLog;
  /**
   * Runs a setting change and its audit entry as one unit (`Store.atomically`), so an activation or
   * a confirmed hash is never stored without its entry, nor audited without being stored (issue 14).
   */
  readonly atomically: <T>(work: () => Promise<T>) => Promise<T>;
  readonly ids: IdGenerator;
  readonly logger: Logger;
  /** Undefined when downloads are switched off. */
  readonly source: ModelSourceConfig | undefined;
  /** The network; wrapped so only the declared source can be reached. */
  readonly fetch: typeof fetch;
  readonly enginesChosenByOperator: { readonly stt: boolean; readonly llm: boolean };
  readonly engines: EngineSwitch;
  /** Absent in tests that run without engines: activation is stored but takes effect at start. */
  readonly loaders?: ModelLoaders;
  readonly catalog?: readonly CatalogModel[];
}

const activeKey = (kind: ModelKind) => `active-model:${kind}`;
const confirmedKey = (name: string) => `confirmed-sha256:${name}`;
const sha256Pattern = /^[0-9a-f]{64}$/u;
/** The install in progress or last ended, kept in the settings table so a restart can tell. */
const jobKey = 'model-install-job';

/** An install job as stored for a restart and as answered by the API (`responses.models`). */
export const installJobSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['speech', 'language']),
  state: z.enum(['downloading', 'needs-confirmation', 'installed', 'failed', 'cancelled']),
  received: z.number(),
  total: z.number().nullable(),
  sha256: z.string().nullable(),
  pinned: z.boolean(),
  message: z.string().nullable(),
  failure: z.enum(['hash-mismatch', 'not-a-model', 'download-failed', 'interrupted']).nullable(),
}) satisfies z.ZodType<InstallJob>;

const persistedJobSchema = z.object({
  /** The process that ran the install: another live process (the CLI beside the server) owns it. */
  pid: z.number().int(),
  job: installJobSchema,
  /** A complete download waiting for the admin's hash confirmation. */
  download: z
    .object({
      partialPath: z.string(),
      targetPath: z.string(),
      sha256: z.string(),
      bytes: z.number(),
    })
    .nullable(),
});

const interruptedMessage =
  'Installasjonen ble avbrutt fordi Referent ble startet på nytt. Ingenting er installert, og den halve filen er slettet. Velg «Installer» for å prøve igjen.';

function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Model set-up from the admin screen and `referent models` (issue 13): the catalogue with what
 * is installed and active, installing with progress and SHA-256 verification (a pinned hash is
 * checked; without one the computed hash is shown and must be confirmed by the admin, which is
 * audited), verifying an installed file, and activating a model without editing environment
 * variables (stored in the settings table, audited, applied at once). An engine chosen in the
 * environment wins over an activated model.
 */
export function createModelSetup(deps: ModelSetupDeps) {
  const catalog = deps.catalog ?? installableModels;
  const downloadFetch =
    deps.source === undefined
      ? undefined
      : createModelSourceFetch({ source: deps.source, fetch: deps.fetch });
  let job: InstallJob | null = null;
  let pending: DownloadedModel | undefined;
  let abort: AbortController | undefined;
  let running: Promise<void> = Promise.resolve();
  /** A download awaiting confirmation found at start: hashed again before it is installed. */
  let pendingFromEarlierRun = false;

  /** Stores the job (not on every progress step), so a restart finds what was going on. */
  const persist = async (): Promise<void> => {
    const value =
      job === null ? '' : JSON.stringify({ pid: process.pid, job, download: pending ?? null });
    await deps.settings.set(jobKey, value).catch(() => {
      deps.logger.warn('model install state not stored', { code: 'model-install-persist' });
    });
  };

  /**
   * Once per process, before anything reads the job: an install that a stopped process left
   * behind (issue 13). A download cut off by a restart is reported as interrupted and its partial
   * file deleted (never activated, never half-installed); a complete download waiting for the
   * admin's hash confirmation is offered again if its file is still there unchanged in size.
   */
  const recover = async (): Promise<void> => {
    const stored = await deps.settings.tryGet(jobKey);
    if (stored === undefined || stored === '') return;
    let parsed: z.infer<typeof persistedJobSchema>;
    try {
      parsed = persistedJobSchema.parse(JSON.parse(stored));
    } catch {
      return;
    }
    const { job: previous, download } = parsed;
    const model = tryGetCatalogModel(previous.name, catalog);
    if (model === undefined) return;
    const unfinished = previous.state === 'downloading' || previous.state === 'needs-confirmation';
    if (unfinished && parsed.pid !== process.pid && isProcessAlive(parsed.pid)) {
      // Another process (the CLI beside the server, or the other way round) is still at it.
      job = previous;
      return;
    }
    if (previous.state === 'needs-confirmation' && download !== null) {
      const size = await stat(download.partialPath).then(
        (info) => (info.isFile() ? info.size : -1),
        () => -1,
      );
      if (size === download.bytes) {
        job = previous;
        pending = download;
        pendingFromEarlierRun = true;
        await persist();
        return;
      }
    }
    if (unfinished) {
      await removePartialFiles(model);
      job = {
        ...previous,
        state: 'failed',
        failure: 'interrupted',
        message: interruptedMessage,
      };
      await persist();
      await deps.audit
        .record({
          actorId: 'system',
          actorRole: 'system',
          action: 'model-installed',
          outcome: 'failure',
          detail: `${model.name}:interrupted`,
        })
        .catch(() => undefined);
      return;
    }
    job = previous;
  };
  let recovered: Promise<void> | undefined;
  const ready = (): Promise<void> => (recovered ??= recover());

  /** Partial downloads of one model left by a stopped process (their names are random). */
  const removePartialFiles = async (model: CatalogModel): Promise<void> => {
    const directory = modelsDirectory(deps.dataDir);
    const names = await readdir(directory).catch(() => [] as string[]);
    const prefix = `.${model.fileName}.`;
    for (const name of names) {
      if (name.startsWith(prefix) && name.endsWith('.partial')) {
        await rm(join(directory, name), { force: true });
      }
    }
  };

  const record = async (
    actor: Actor,
    action: 'model-installed' | 'model-hash-confirmed' | 'model-verified' | 'model-activated',
    outcome: 'success' | 'failure' | 'denied' | 'refused',
    detail: string,
  ) => {
    await deps.audit.record({
      actorId: actor.userId,
      actorRole: actor.role,
      action,
      outcome,
      detail,
    });
  };

  const requireAdmin = async (actor: Actor, action: Parameters<typeof record>[1]) => {
    if (actor.role === 'admin') return;
    await record(actor, action, 'denied', 'not-admin');
    throw new ForbiddenError('Bare administratorer kan sette opp modeller.');
  };

  const getModel = (name: string): CatalogModel => {
    const model = tryGetCatalogModel(name, catalog);
    if (model === undefined) throw new NotFoundError('Modellen finnes ikke i katalogen.');
    return model;
  };

  const pathOf = (model: CatalogModel) => join(modelsDirectory(deps.dataDir), model.fileName);

  const isInstalled = async (model: CatalogModel): Promise<boolean> => {
    try {
      return (await stat(pathOf(model))).isFile();
    } catch {
      return false;
    }
  };

  const expectedHash = async (model: CatalogModel): Promise<string | undefined> =>
    model.sha256 ?? (await deps.settings.tryGet(confirmedKey(model.name)));

  const formatFor = (kind: ModelKind) => (kind === 'speech' ? 'whisper-ggml' : 'gguf');

  const apply = async (model: CatalogModel): Promise<boolean> => {
    const chosen =
      model.kind === 'speech' ? deps.enginesChosenByOperator.stt : deps.enginesChosenByOperator.llm;
    if (chosen || deps.loaders === undefined) return false;
    if (model.kind === 'speech') {
      await deps.engines.setSpeech(await deps.loaders.loadSpeechModel(pathOf(model)));
    } else {
      deps.engines.setDrafter(await deps.loaders.loadLanguageModel(pathOf(model)));
    }
    return true;
  };

  const engineState = async (kind: ModelKind): Promise<EngineState> => {
    const activatedModel = (await deps.settings.tryGet(activeKey(kind))) ?? null;
    if (kind === 'speech') {
      const now = deps.engines.speechEngine();
      return {
        activatedModel,
        engine: now.engine,
        model: now.model,
        environmentWins: deps.enginesChosenByOperator.stt,
      };
    }
    const now = deps.engines.draftingEngine();
    return {
      activatedModel,
      engine: now.engine,
      model: now.model,
      environmentWins: deps.enginesChosenByOperator.llm,
    };
  };

  const runDownload = async (actor: Actor, model: CatalogModel, signal: AbortSignal) => {
    const update = (change: Partial<InstallJob>) => {
      if (job !== null) job = { ...job, ...change };
      // Progress stays in memory; every change of state is stored for a restart to find.
      if (change.state !== undefined) void persist();
    };
    let downloaded: DownloadedModel | undefined;
    try {
      if (downloadFetch === undefined || deps.source === undefined) {
        throw new NotAvailableError('model-download', 'Nedlasting av modeller er slått av.');
      }
      downloaded = await downloadModel(model, {
        dataDir: deps.dataDir,
        fetch: downloadFetch,
        baseUrlOverride: deps.source.baseUrl,
        signal,
        onProgress: (received, total) => {
          update({ received, total: total ?? null });
        },
      });
      const problem = await checkModelFile(downloaded.partialPath, formatFor(model.kind));
      if (problem !== undefined) {
        await discardDownload(downloaded);
        update({
          state: 'failed',
          sha256: downloaded.sha256,
          message: 'Den nedlastede filen er ikke en gyldig modell og ble slettet.',
          failure: 'not-a-model',
        });
        await record(actor, 'model-installed', 'refused', `${model.name}:not-a-model`);
        return;
      }
      if (model.sha256 !== null) {
        if (downloaded.sha256 !== model.sha256) {
          await discardDownload(downloaded);
          update({
            state: 'failed',
            sha256: downloaded.sha256,
            message:
              'Filen stemmer ikke med den publiserte kontrollsummen (SHA-256) og ble slettet. Den kan være skadet eller endret. Ingenting er installert.',
            failure: 'hash-mismatch',
          });
          await record(actor, 'model-installed', 'refused', `${model.name}:hash-mismatch`);
          return;
        }
        await commitDownload(downloaded);
        update({ state: 'installed', sha256: downloaded.sha256, message: null });
        await record(actor, 'model-installed', 'success', `${model.name}:pinned`);
        return;
      }
      pending = downloaded;
      update({
        state: 'needs-confirmation',
        sha256: downloaded.sha256,
        message:
          'Ingen kontrollsum er publisert for denne filen. Sammenlign kontrollsummen under med den kilden oppgir, og bekreft før modellen installeres.',
      });
    } catch (error) {
      if (downloaded !== undefined) await discardDownload(downloaded);
      const cancelled = signal.aborted;
      update({
        state: cancelled ? 'cancelled' : 'failed',
        failure: cancelled ? null : 'download-failed',
        message: cancelled
          ? 'Nedlastingen ble avbrutt.'
          : isReferentError(error)
            ? error.userMessage
            : 'Modellen kunne ikke lastes ned.',
      });
      await record(
        actor,
        'model-installed',
        cancelled ? 'refused' : 'failure',
        `${model.name}:${cancelled ? 'cancelled' : isReferentError(error) ? error.code : 'error'}`,
      ).catch(() => undefined);
      if (!cancelled) deps.logger.warn('model download failed', { code: 'model-download-failed' });
    }
  };

  return {
    /** The catalogue with install and activation state, the engines in use and the current job. */
    async overview(actor: Actor): Promise<ModelOverview> {
      if (actor.role !== 'admin') {
        throw new ForbiddenError('Bare administratorer kan sette opp modeller.');
      }
      await ready();
      const active = {
        speech: await deps.settings.tryGet(activeKey('speech')),
        language: await deps.settings.tryGet(activeKey('language')),
      };
      const models: ModelState[] = [];
      for (const model of catalog) {
        models.push({
          name: model.name,
          kind: model.kind,
          title: model.title,
          guidance: model.guidance,
          approximateBytes: model.approximateBytes,
          url: model.url,
          recommended: model.recommended ?? false,
          pinned: model.sha256 !== null,
          installed: await isInstalled(model),
          confirmedSha256: (await deps.settings.tryGet(confirmedKey(model.name))) ?? null,
          active: active[model.kind] === model.name,
        });
      }
      return {
        source:
          deps.source === undefined
            ? null
            : { url: deps.source.baseUrl, region: deps.source.region },
        speech: await engineState('speech'),
        language: await engineState('language'),
        models,
        job,
      };
    },

    /** Starts downloading a catalogue model; progress is read from `overview().job`. */
    async startInstall(actor: Actor, name: string): Promise<InstallJob> {
      await requireAdmin(actor, 'model-installed');
      const model = getModel(name);
      await ready();
      if (deps.source === undefined) {
        await record(actor, 'model-installed', 'refused', `${model.name}:downloads-off`);
        throw new NotAvailableError(
          'model-download',
          'Nedlasting av modeller er slått av i oppsettet (REFERENT_MODEL_SOURCE_URL=none).',
        );
      }
      if (job?.state === 'downloading' || job?.state === 'needs-confirmation') {
        throw new ConflictError('En annen modell installeres nå. Vent til den er ferdig.');
      }
      abort = new AbortController();
      job = {
        id: deps.ids.newId(),
        name: model.name,
        kind: model.kind,
        state: 'downloading',
        received: 0,
        total: null,
        sha256: null,
        pinned: model.sha256 !== null,
        message: null,
        failure: null,
      };
      const started = job;
      await persist();
      running = runDownload(actor, model, abort.signal);
      return started;
    },

    /** The admin confirms the computed hash of a model without a pinned one: it is installed. */
    async confirmInstall(actor: Actor, sha256: string): Promise<InstallJob> {
      await requireAdmin(actor, 'model-hash-confirmed');
      await ready();
      const current = job;
      const downloaded = pending;
      if (current?.state !== 'needs-confirmation' || downloaded === undefined) {
        throw new ConflictError('Ingen nedlasting venter på bekreftelse.');
      }
      if (
        pendingFromEarlierRun &&
        (await hashFileIfPresent(downloaded.partialPath)) !== downloaded.sha256
      ) {
        await discardDownload(downloaded);
        pending = undefined;
        pendingFromEarlierRun = false;
        job = {
          ...current,
          state: 'failed',
          failure: 'hash-mismatch',
          message:
            'Den nedlastede filen er endret siden den ble kontrollert, og er slettet. Installer modellen på nytt.',
        };
        await persist();
        await record(actor, 'model-hash-confirmed', 'refused', `${current.name}:changed`);
        throw new ConflictError(
          'Den nedlastede filen er endret siden den ble kontrollert, og er slettet. Installer modellen på nytt.',
        );
      }
      if (sha256.toLowerCase() !== downloaded.sha256) {
        await record(actor, 'model-hash-confirmed', 'refused', `${current.name}:mismatch`);
        throw new InvalidInputError('the confirmed hash is not the computed one', {
          userMessage: 'Kontrollsummen du bekreftet, er ikke den som ble beregnet.',
        });
      }
      await commitDownload(downloaded);
      pending = undefined;
      await deps.atomically(async () => {
        await deps.settings.set(confirmedKey(current.name), downloaded.sha256);
        await record(
          actor,
          'model-hash-confirmed',
          'success',
          `${current.name}:${downloaded.sha256}`,
        );
        await record(actor, 'model-installed', 'success', `${current.name}:confirmed`);
      });
      pendingFromEarlierRun = false;
      job = { ...current, state: 'installed', message: null };
      await persist();
      return job;
    },

    /** Stops a download, or refuses a computed hash; nothing is installed. */
    async cancelInstall(actor: Actor): Promise<InstallJob | null> {
      await requireAdmin(actor, 'model-installed');
      const current = job;
      await ready();
      if (current?.state === 'downloading') {
        abort?.abort();
      } else if (current?.state === 'needs-confirmation' && pending !== undefined) {
        await discardDownload(pending);
        pending = undefined;
        job = {
          ...current,
          state: 'cancelled',
          message: 'Kontrollsummen ble avvist. Filen er slettet.',
        };
        pendingFromEarlierRun = false;
        await persist();
        await record(actor, 'model-hash-confirmed', 'refused', `${current.name}:rejected`);
      }
      return job;
    },

    /** Hashes an installed model and compares it with the pinned or confirmed hash. */
    async verify(
      actor: Actor,
      name: string,
    ): Promise<{
      readonly ok: boolean;
      readonly sha256: string;
      readonly expected: string | null;
    }> {
      await requireAdmin(actor, 'model-verified');
      const model = getModel(name);
      const actual = await hashFileIfPresent(pathOf(model));
      if (actual === undefined) throw new NotFoundError('Modellen er ikke installert.');
      const expected = (await expectedHash(model)) ?? null;
      const ok = expected !== null && actual === expected;
      await record(actor, 'model-verified', ok ? 'success' : 'failure', model.name);
      return { ok, sha256: actual, expected };
    },

    /**
     * Makes an installed model the one in use for its kind: stored, audited, applied at once
     * unless the environment chose the engine. `name` null goes back to no model (speech) or the
     * built-in rule engine (language), from the next start.
     */
    async activate(
      actor: Actor,
      kind: ModelKind,
      name: string | null,
    ): Promise<{ readonly applied: boolean; readonly environmentWins: boolean }> {
      await requireAdmin(actor, 'model-activated');
      const environmentWins =
        kind === 'speech' ? deps.enginesChosenByOperator.stt : deps.enginesChosenByOperator.llm;
      if (name === null) {
        await deps.atomically(async () => {
          await deps.settings.set(activeKey(kind), '');
          await record(actor, 'model-activated', 'success', `${kind}:none`);
        });
        if (kind === 'speech' && !environmentWins) await deps.engines.setSpeech(undefined);
        return { applied: kind === 'speech' && !environmentWins, environmentWins };
      }
      const model = getModel(name);
      if (model.kind !== kind) throw new InvalidInputError('the model is of another kind');
      if (!(await isInstalled(model))) {
        await record(actor, 'model-activated', 'refused', `${model.name}:not-installed`);
        throw new ConflictError('Modellen må installeres før den kan tas i bruk.');
      }
      if (findNativeEngineProblem(model.kind === 'speech' ? 'whisper' : 'llama') !== undefined) {
        await record(actor, 'model-activated', 'refused', `${model.name}:no-native-engine`);
        throw new ConflictError(
          'Motoren for denne modellen er ikke installert for denne maskinens plattform. Be IT kjøre «npm install» på maskinen.',
        );
      }
      const problem = await checkModelFile(pathOf(model), formatFor(model.kind));
      if (problem !== undefined) {
        await record(actor, 'model-activated', 'refused', `${model.name}:not-loadable`);
        throw new ConflictError(
          'Modellfilen er skadet og kan ikke tas i bruk. Installer den på nytt.',
        );
      }
      // Stored and audited as one unit, then applied (loading an engine must not hold the database).
      await deps.atomically(async () => {
        await deps.settings.set(activeKey(kind), model.name);
        await record(actor, 'model-activated', 'success', model.name);
      });
      const applied = await apply(model);
      return { applied, environmentWins };
    },

    /**
     * At start-up: the models activated earlier are loaded, unless the environment chose the
     * engine. An activated model whose file is missing or broken stops start-up (issue 13).
     */
    async applyActivated(): Promise<void> {
      // Without engines (the CLI's user and audit commands) there is nothing to load or check.
      if (deps.loaders === undefined) return;
      const problems: string[] = [];
      for (const kind of ['speech', 'language'] as const) {
        const name = await deps.settings.tryGet(activeKey(kind));
        if (name === undefined || name === '') continue;
        const model = tryGetCatalogModel(name, catalog);
        const chosen =
          kind === 'speech' ? deps.enginesChosenByOperator.stt : deps.enginesChosenByOperator.llm;
        if (model === undefined || chosen) continue;
        const problem =
          findNativeEngineProblem(kind === 'speech' ? 'whisper' : 'llama') ??
          ((await isInstalled(model))
            ? await checkModelFile(pathOf(model), formatFor(kind))
            : 'the file does not exist');
        if (problem !== undefined) {
          problems.push(
            `the ${kind} model ${model.name} activated from the admin screen (${pathOf(model)}) cannot be loaded: ${problem}. Install it again with \`referent models install ${model.name}\`, or switch it off with \`referent models activate none --kind ${kind}\``,
          );
          continue;
        }
        await apply(model);
      }
      if (problems.length > 0) throw new ConfigError(problems);
    },

    /** Whether a hash is well-formed (for the routes' validation messages). */
    isSha256: (value: string) => sha256Pattern.test(value.toLowerCase()),

    /** The install in progress or last ended, without an audit entry (for a progress display). */
    currentJob: (): InstallJob | null => job,

    /** Resolves when the running download has ended (installed, failed or awaiting a hash). */
    async settled(): Promise<InstallJob | null> {
      await running;
      return job;
    },
  };
}

export type ModelSetup = ReturnType<typeof createModelSetup>;
