import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { writeAuditAnchor, type AuditLog } from './audit/index.js';
import {
  createAuthService,
  createAuthorize,
  type AuthOutcomeListener,
  type AuthService,
  type Authorize,
  type PasswordHasher,
} from './auth/index.js';
import { listEndpoints, type ReferentConfig } from './config/index.js';
import {
  createConsultationService,
  createAudioBudget,
  createLiveCapture,
  type ConsultationService,
  type LiveCapture,
  type LiveSession,
  type Drafting,
  type Exporting,
  type Pseudonymizer,
  type Speech,
  speechToTextMissingMessage,
} from './consultations/index.js';
import {
  checkPortVersion,
  silentLogger,
  systemClock,
  systemIds,
  type Clock,
  type IdGenerator,
  type Logger,
} from './core/index.js';
import {
  createHealthCheck,
  createHttpServer,
  createMetrics,
  registerLiveStreamRoute,
  type SweeperState,
  registerCapabilitiesRoute,
  registerPatientRoute,
  registerHandoverRoutes,
  registerAuditViewRoutes,
  registerModelRoutes,
  type CapabilityReport,
} from './http/index.js';
import {
  createEngineSwitch,
  createModelSetup,
  type EngineSwitch,
  type ModelLoaders,
  type ModelSetup,
} from './models/index.js';
import { createSettingsService, type SettingsService } from './settings/index.js';
import type { Store } from './store/index.js';
import { openDataDir } from './open-data-dir.js';
import { createRetentionSweep } from './retention-sweep.js';
import {
  createCapabilities,
  describeEngines,
  withOffThreadDraftPipeline,
  withOffThreadPseudonymizer,
} from './capabilities.js';
import { createComputePool, type ComputePool } from './compute/index.js';

export interface AppDeps {
  readonly config: ReferentConfig;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly logger?: Logger;
  /** Built web app directory; defaults to `web/dist` in the package. */
  readonly webRoot?: string;
  /**
   * Engines and modules: `'configured'` builds them here from the configuration (the one
   * config → engine mapping, `capabilities.ts`); tests inject fakes; absent, the app runs without
   * engines (accounts, audit and model set-up only).
   */
  readonly capabilities?: AppCapabilities | 'configured';
  /** Network of the configured engines (wrapped by the outbound guard); global fetch by default. */
  readonly fetch?: typeof fetch;
  /** Network for model downloads (wrapped by the model-source guard); global fetch by default. */
  readonly modelFetch?: typeof fetch;
  /**
   * Worker threads for the builtin engine's drafting and verification, and for pseudonymization
   * before any engine drafts (issue 14). Built from
   * `config.compute` for configured engines; injected, it serves the injected drafting too.
   */
  readonly computePool?: ComputePool;
  /**
   * Loads the pseudonymizer's word lists at start instead of on the first draft (default true).
   * Test apps skip it: they start many servers and most never draft.
   */
  readonly preloadPseudonymizer?: boolean;
  /**
   * Password hashing for logins (bounded concurrency and wait, issue 14); `createPasswordHasher()`
   * when absent. Injected by tests that need a saturated hasher.
   */
  readonly passwordHasher?: PasswordHasher;
}

/** The engines and modules behind the use cases' interfaces (see `AppDeps.capabilities`). */
export interface AppCapabilities {
  readonly pseudonymizer?: Pseudonymizer;
  readonly drafting?: Drafting;
  readonly exporting?: Exporting;
  readonly speech?: Speech;
  readonly searchCodes?: (
    query: string,
    options: { system?: 'ICPC-2' | 'ICD-10'; limit: number },
  ) => readonly { system: string; code: string; text: string }[];
  /** A live transcription session per consultation; absent without a speech engine. */
  readonly createLiveSession?: () => LiveSession;
  /** Engines for model files activated from the admin screen; absent: applied at next start. */
  readonly modelLoaders?: ModelLoaders;
}

export interface App {
  readonly server: FastifyInstance;
  readonly store: Store;
  readonly auth: AuthService;
  readonly audit: AuditLog;
  readonly consultations: ConsultationService;
  readonly live: LiveCapture;
  readonly settings: SettingsService;
  readonly models: ModelSetup;
  readonly masterKeySource: 'environment' | 'key-file' | 'new-key-file';
  /** Erases expired sessions now; also runs every minute while the app is open. */
  sweepExpired(): Promise<number>;
  close(): Promise<void>;
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The composition root (conventions §4): wires adapters to ports. No module-level singletons. */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const clock = deps.clock ?? systemClock;
  const ids = deps.ids ?? systemIds;
  const logger = deps.logger ?? silentLogger;
  // Engines first: a configuration that cannot start stops before the data directory is opened.
  const base =
    deps.capabilities === 'configured'
      ? await createCapabilities(config, {
          logger,
          clock,
          ids,
          ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
        })
      : (deps.capabilities ?? {});
  const computePool =
    deps.computePool ??
    (deps.capabilities === 'configured' && config.compute.workers > 0 && base.drafting !== undefined
      ? createComputePool({
          size: config.compute.workers,
          timeoutMs: config.compute.timeoutMs,
          heapMib: config.compute.heapMib,
          nice: config.compute.nice,
        })
      : undefined);
  const capabilities: AppCapabilities =
    computePool === undefined || base.drafting === undefined
      ? base
      : {
          ...base,
          drafting: {
            ...(base.pseudonymizer === undefined
              ? base.drafting
              : withOffThreadDraftPipeline(base.drafting, computePool, ids)),
            draftBuiltin: (input, options) => computePool.draftBuiltin(input, options),
            verifyOffThread: (input, options) => computePool.verifyDraft(input, options),
          },
          ...(base.pseudonymizer === undefined
            ? {}
            : { pseudonymizer: withOffThreadPseudonymizer(base.pseudonymizer, computePool, ids) }),
        };
  // Injected engines state the port version they implement, as configured ones do.
  if (capabilities.drafting !== undefined)
    checkPortVersion('drafter', capabilities.drafting.drafter);
  const { store, keyring, audit, masterKeySource } = await openDataDir(config, {
    ids,
    clock,
    existing: false,
  });
  // One authorization policy for every service; it audits each refusal.
  const authorize = createAuthorize({ audit });
  const metrics = createMetrics();
  const auth = accountsIn(
    config,
    { store, audit, clock, ids },
    {
      authorize,
      ...(deps.passwordHasher === undefined ? {} : { hasher: deps.passwordHasher }),
      // Metrics from the use cases' outcomes, whichever way they were called.
      onOutcome: (outcome) => {
        metrics.countOutcome(outcome);
      },
    },
  );
  const settings = createSettingsService({
    repository: store.settings,
    audit,
    atomically: (work) => store.atomically(work),
    retentionHours: config.retentionHours,
    allowedRegions: config.allowedRegions,
    // The speech and language rows follow the engines in use (a model activated by an admin).
    endpoints: () =>
      listEndpoints(config).map((endpoint) => {
        if (endpoint.name === 'tale-til-tekst' && !config.enginesChosenByOperator.stt) {
          const now = engines.speechEngine();
          if (now.engine === 'whisper')
            return { ...endpoint, kind: 'whisper', region: 'LOCAL', model: now.model };
        }
        if (endpoint.name === 'språkmodell' && !config.enginesChosenByOperator.llm) {
          const now = engines.draftingEngine();
          if (now.engine === 'llama')
            return { ...endpoint, kind: 'llama', region: 'LOCAL', model: now.model };
        }
        return endpoint;
      }),
    authorize,
  });
  // Engines swappable at run time, so a model activated by an admin applies at once (issue 13).
  const engines = createEngineSwitch({
    ...(capabilities.speech === undefined ? {} : { speech: capabilities.speech }),
    ...(capabilities.createLiveSession === undefined
      ? {}
      : { createLiveSession: capabilities.createLiveSession }),
    ...(capabilities.drafting === undefined ? {} : { drafting: capabilities.drafting }),
    speechEngine: describeEngines(config).speechToText,
  });
  const models = modelSetupIn(
    config,
    { store, audit, ids },
    {
      logger,
      fetch: deps.modelFetch ?? fetch,
      engines,
      ...(capabilities.modelLoaders === undefined ? {} : { loaders: capabilities.modelLoaders }),
    },
  );
  try {
    await models.applyActivated();
  } catch (error) {
    await store.close();
    throw error;
  }
  const report = (): CapabilityReport => {
    const transcribes = engines.speech?.transcribeWav !== undefined;
    return {
      speechToText: {
        available: transcribes,
        live: live.available,
        engine: engines.speechEngine().engine,
        ...(transcribes ? {} : { message: speechToTextMissingMessage }),
      },
      fhirSend: { available: capabilities.exporting?.send !== undefined },
      drafting: { engine: engines.draftingEngine().engine },
    };
  };
  // One audio budget per consultation, shared by uploads and live recordings (issue 14).
  const audioBudget = createAudioBudget({
    maxBytes: config.limits.consultationAudioBytes,
    maxSeconds: config.limits.consultationAudioSeconds,
    store: store.audioUsage,
  });
  const consultations = createConsultationService({
    audio: { budget: audioBudget, maxUploadBytes: config.limits.audioBytes },
    // Metrics from the use cases' outcomes, whichever way they were called.
    onOutcome: (outcome) => {
      metrics.countOutcome(outcome);
    },
    store,
    audit,
    keyring,
    clock,
    ids,
    retentionHours: config.retentionHours,
    authorize,
    isDraftingEnabled: settings.isDraftingEnabled,
    eraseAfterSend: config.fhir?.eraseAfterSend ?? false,
    ...(capabilities.pseudonymizer === undefined
      ? {}
      : { pseudonymizer: capabilities.pseudonymizer }),
    ...(engines.drafting === undefined ? {} : { drafting: engines.drafting }),
    ...(capabilities.exporting === undefined ? {} : { exporting: capabilities.exporting }),
    ...(engines.speech === undefined ? {} : { speech: engines.speech }),
  });
  const live = createLiveCapture({
    consultations,
    logger,
    clock,
    limits: { idleMs: config.limits.liveIdleMs },
    audioBudget,
    get createSession() {
      return engines.live.createSession;
    },
  });
  const sweeper: SweeperState = { lastRunAt: null, lastSucceeded: false };
  const health = createHealthCheck({ store, audit, clock, sweeper });
  const server = await createHttpServer({
    health: health.check,
    ...(config.metricsToken === undefined ? {} : { metricsToken: config.metricsToken }),
    auth,
    consultations,
    settings,
    audit,
    countByStatus: () => store.system.countByStatus(),
    gauges: () => ({
      referent_live_sessions: live.activeSessions,
      referent_live_audio_held_bytes: live.heldAudioBytes,
    }),
    authorize,
    clock,
    logger,
    metrics,
    limits: config.limits,
    retentionHours: config.retentionHours,
    trustedProxies: config.trustedProxies,
    secureCookies: config.behindTlsProxy,
    webRoot: deps.webRoot ?? join(packageRoot, 'web', 'dist'),
    ...(capabilities.searchCodes === undefined ? {} : { searchCodes: capabilities.searchCodes }),
    extend: async (instance, helpers) => {
      await registerLiveStreamRoute(instance, { helpers, live, logger });
      registerCapabilitiesRoute(instance, { helpers, report });
      registerPatientRoute(instance, { helpers, consultations });
      registerHandoverRoutes(instance, { helpers, consultations });
      registerModelRoutes(instance, { helpers, models });
      registerAuditViewRoutes(instance, {
        helpers,
        audit,
        authorize,
        listActors: async () =>
          (await store.users.list()).map((user) => ({
            id: user.id,
            username: user.username,
            displayName: user.displayName,
            role: user.role,
          })),
      });
    },
  });

  const sweep = createRetentionSweep({ live, consultations, clock, logger, state: sweeper });
  // Off the request path: the first export would otherwise wait for the FHIR definitions.
  capabilities.exporting?.preload?.();
  // Likewise the pseudonymizer's word lists: the first draft would otherwise stall every request.
  // Not when the compute pool pseudonymizes: its workers load their own, and this thread never needs them.
  if (
    deps.preloadPseudonymizer !== false &&
    capabilities.pseudonymizer?.pseudonymizeSegmentsOffThread === undefined
  )
    capabilities.pseudonymizer?.preload?.();
  // Crash recovery: sessions that expired while the server was down are erased before serving.
  await sweep();
  const timer = setInterval(() => {
    sweep().catch(() => {
      logger.error('retention sweep failed', { code: 'sweep-failed' });
    });
  }, 60_000);
  timer.unref();
  // The external anchor: the signed chain head, appended where the operator chose (issue 14).
  const anchorPath = config.audit.anchorPath;
  const anchor = async () => {
    if (anchorPath === undefined) return;
    await writeAuditAnchor({ audit, key: keyring.auditKey, path: anchorPath, clock });
  };
  await anchor();
  const anchorTimer = setInterval(() => {
    anchor().catch(() => {
      logger.error('audit anchor could not be written', { code: 'anchor-failed' });
    });
  }, config.audit.anchorIntervalMs);
  anchorTimer.unref();

  return {
    server,
    store,
    auth,
    audit,
    consultations,
    live,
    settings,
    models,
    masterKeySource,
    sweepExpired: sweep,
    async close() {
      clearInterval(timer);
      clearInterval(anchorTimer);
      health.stop();
      live.closeAll();
      await server.close();
      await anchor().catch(() => undefined);
      await store.close();
      await computePool?.close();
    },
  };
}

/** What the services over a data directory are built from, for the server and the console alike. */
interface DataDirParts {
  readonly store: Store;
  readonly audit: AuditLog;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** The accounts in an open data directory: the one config → auth service mapping. */
function accountsIn(
  config: ReferentConfig,
  parts: DataDirParts,
  options: {
    readonly authorize: Authorize;
    readonly onOutcome?: AuthOutcomeListener;
    readonly hasher?: PasswordHasher;
  },
): AuthService {
  return createAuthService({ ...parts, sessionHours: config.sessionHours, ...options });
}

/** The model set-up in an open data directory: the one config → model set-up mapping. */
function modelSetupIn(
  config: ReferentConfig,
  parts: Omit<DataDirParts, 'clock'>,
  options: {
    readonly logger: Logger;
    readonly fetch: typeof fetch;
    readonly engines: EngineSwitch;
    readonly loaders?: ModelLoaders;
  },
): ModelSetup {
  return createModelSetup({
    dataDir: config.dataDir,
    settings: parts.store.settings,
    audit: parts.audit,
    atomically: (work) => parts.store.atomically(work),
    ids: parts.ids,
    source: config.modelSource,
    enginesChosenByOperator: config.enginesChosenByOperator,
    ...options,
  });
}

/** What a console command that needs one service gets: the service, and how to close it. */
export interface OpenedService<Service> {
  readonly service: Service;
  close(): Promise<void>;
}

/**
 * The accounts alone, for `referent users add`: the data directory, the one policy and the auth
 * service; no server, engines, retention sweep, audit anchor or model set-up.
 */
export async function openAccounts(
  config: ReferentConfig,
  deps: { readonly clock?: Clock; readonly ids?: IdGenerator } = {},
): Promise<OpenedService<AuthService>> {
  const clock = deps.clock ?? systemClock;
  const ids = deps.ids ?? systemIds;
  const { store, audit } = await openDataDir(config, { ids, clock, existing: false });
  const auth = accountsIn(
    config,
    { store, audit, clock, ids },
    { authorize: createAuthorize({ audit }) },
  );
  return { service: auth, close: () => store.close() };
}

/**
 * The model set-up alone, for `referent models`: the data directory's settings and audit log and
 * the model files; no server and no engines (an activation applies at the server's next start).
 */
export async function openModelSetup(
  config: ReferentConfig,
  deps: {
    readonly clock?: Clock;
    readonly ids?: IdGenerator;
    readonly logger?: Logger;
    readonly modelFetch?: typeof fetch;
  } = {},
): Promise<OpenedService<ModelSetup>> {
  const ids = deps.ids ?? systemIds;
  const { store, audit } = await openDataDir(config, {
    ids,
    clock: deps.clock ?? systemClock,
    existing: false,
  });
  const models = modelSetupIn(
    config,
    { store, audit, ids },
    {
      logger: deps.logger ?? silentLogger,
      fetch: deps.modelFetch ?? fetch,
      engines: createEngineSwitch({
        speechEngine: describeEngines(config).speechToText,
      }),
    },
  );
  return { service: models, close: () => store.close() };
}
