import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ConfigError } from '../core/index.js';

/**
 * Operator configuration (design §6.5, *Contract*): environment variables, optionally added to by
 * a JSON config file named in `REFERENT_CONFIG` (the environment wins). Parsed once at start; every
 * problem is reported at once.
 */
export interface ReferentConfig {
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  /** 32 raw bytes, or undefined to use (and create) the key file in the data directory. */
  readonly masterKey: Buffer | undefined;
  readonly retentionHours: number;
  readonly allowedRegions: readonly string[];
  /** `on`: create the demo clinician when no account exists (loopback only). */
  readonly demo: 'auto' | 'off';
  readonly sessionHours: number;
  readonly limits: {
    readonly jsonBodyBytes: number;
    readonly transcriptBytes: number;
    readonly audioBytes: number;
    readonly audioSeconds: number;
    /** Audio uploads read at the same time (each is held in memory while transcribed). */
    readonly audioUploads: number;
    /** Whole-request time-out (headers and body). */
    readonly requestTimeoutMs: number;
    /** Time allowed for the request headers to arrive. */
    readonly headersTimeoutMs: number;
    /** A request body that sends nothing for this long (or trickles) is cut off with 408. */
    readonly bodyIdleTimeoutMs: number;
    /** API requests worked on at a time; the rest wait their turn (admission gate). */
    readonly concurrentRequests: number;
    /** A live recording with no connection for this long is erased. */
    readonly liveIdleMs: number;
    /** Audio one consultation may take in all, uploads and live recordings together. */
    readonly consultationAudioBytes: number;
    readonly consultationAudioSeconds: number;
  };
  /** Worker threads for CPU-heavy work (builtin drafting and verification); 0 runs it in place. */
  readonly compute: {
    readonly workers: number;
    readonly timeoutMs: number;
    /**
     * Each worker's JavaScript heap ceiling in MiB (V8's old generation). A job that needs more
     * fails with a clean, retryable error and its worker is replaced; the server keeps serving.
     * Derived from the transcript limit unless set (`computeWorkerHeapMib`).
     */
    readonly heapMib: number;
    /**
     * The workers' scheduling niceness on Linux (0–19; 0 keeps the server's own priority). Drafting
     * and verification yield the CPU to the request thread, so logins, saves and `/healthz` stay
     * quick while notes are drafted on a busy machine; a draft takes longer instead.
     */
    readonly nice: number;
  };
  readonly llm: LlmConfig;
  readonly stt: SttConfig;
  readonly fhir: FhirConfig | undefined;
  /** Templates a clinic edited, loaded from this directory when set. */
  readonly templatesDir: string | undefined;
  /** Text for the AI disclosure line on exported notes; `{approver}` and `{date}` are filled in. */
  readonly disclosure: string | undefined;
  /**
   * Referent runs behind a TLS-terminating reverse proxy: client addresses come from
   * X-Forwarded-For (login rate limit) and the session cookie is marked `Secure`.
   */
  readonly behindTlsProxy: boolean;
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges). Defaults to this
   * machine (`127.0.0.1`, `::1`) behind a TLS proxy, and to none otherwise.
   */
  readonly trustedProxies: readonly string[];
  /** Bearer token for `GET /metrics` (a Prometheus scraper); without it only admins may read. */
  readonly metricsToken: string | undefined;
  readonly audit: {
    /** 32 raw bytes for the audit chain, kept apart from the master key; undefined: derived. */
    readonly key: Buffer | undefined;
    /** File the signed chain head is appended to (the external anchor); undefined: none. */
    readonly anchorPath: string | undefined;
    readonly anchorIntervalMs: number;
  };
  /**
   * Where model files are downloaded from (an operator action from the admin screen or
   * `referent models install`; P4: a declared outbound endpoint like any other). Undefined when
   * downloads are switched off (`REFERENT_MODEL_SOURCE_URL=none`).
   */
  readonly modelSource: ModelSourceConfig | undefined;
  /**
   * Whether the operator chose the engines in the environment or config file. When not, the
   * models activated from the admin screen apply; when they did, the environment wins.
   */
  readonly enginesChosenByOperator: { readonly stt: boolean; readonly llm: boolean };
}

/** The declared origin model files come from, and the hosts it may redirect a download to. */
export interface ModelSourceConfig {
  readonly baseUrl: string;
  /** The jurisdiction shown to the admin (no consultation data is ever sent there). */
  readonly region: string;
  /** Host names (and their subdomains) a download may be redirected to, e.g. a CDN. */
  readonly redirectHosts: readonly string[];
}

export interface Endpoint {
  readonly baseUrl: string;
  /** Jurisdiction (`NO`, `EU`, or `LOCAL` for this machine). */
  readonly region: string;
}

export type LlmConfig =
  | { readonly engine: 'builtin' }
  | (Endpoint & {
      readonly engine: 'openai';
      readonly apiKey: string | undefined;
      readonly model: string;
      readonly timeoutMs: number;
      readonly contextTokens: number;
    })
  | {
      readonly engine: 'llama';
      readonly modelPath: string;
      readonly threads: number;
      readonly contextSize: number;
    };

export type SttConfig =
  | { readonly engine: 'none' }
  | (Endpoint & {
      readonly engine: 'openai';
      readonly apiKey: string | undefined;
      readonly model: string;
      readonly timeoutMs: number;
    })
  | {
      readonly engine: 'whisper';
      readonly modelPath: string;
      readonly threads: number;
      readonly timeoutMs: number;
    };

export interface FhirConfig extends Endpoint {
  readonly token: string | undefined;
  readonly eraseAfterSend: boolean;
}

const emptyToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const integer = (fallback: number, min: number, max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

/**
 * The default heap ceiling of a compute worker: room for the largest transcript the server accepts.
 * Measured (bench/README.md, session 13): a worker needs about 150 MiB before its first job; the
 * whole builtin pipeline over a 3 MiB transcript ran in 320 MiB and over an 8 MiB one failed in 512
 * and ran in 768 MiB. So 256 MiB plus 80 MiB per MiB of the transcript limit (896 for 8 MiB).
 * Without a ceiling V8 gives a worker the main thread's (gigabytes) and collects lazily: under 200
 * clients drafting, the server's RSS rose to 1,080 MiB, against 786–806 MiB with one.
 */
export function computeWorkerHeapMib(transcriptBytes: number): number {
  return 256 + 80 * Math.ceil(transcriptBytes / 1_048_576);
}

const rawSchema = z.object({
  REFERENT_DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  REFERENT_HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  REFERENT_PORT: integer(8080, 0, 65535),
  REFERENT_MASTER_KEY: optionalString,
  DATABASE_URL: optionalString,
  REFERENT_RETENTION_HOURS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .positive('must be a positive number of hours')
      .max(24, 'may be at most 24 hours (Helsedirektoratet: erase right after the session)')
      .default(12),
  ),
  REFERENT_ALLOWED_REGIONS: z.preprocess(emptyToUndefined, z.string().default('NO,EU')),
  REFERENT_DEMO: z.preprocess(emptyToUndefined, z.enum(['auto', 'off']).default('auto')),
  REFERENT_SESSION_HOURS: integer(10, 1, 24),
  REFERENT_MAX_JSON_BYTES: integer(1_048_576, 1024, 64 * 1_048_576),
  REFERENT_MAX_TRANSCRIPT_BYTES: integer(8 * 1_048_576, 1024, 256 * 1_048_576),
  REFERENT_MAX_AUDIO_BYTES: integer(400 * 1_048_576, 1024, 4096 * 1_048_576),
  REFERENT_MAX_AUDIO_SECONDS: integer(3 * 3600, 1, 12 * 3600),
  REFERENT_MAX_AUDIO_UPLOADS: integer(2, 1, 64),
  REFERENT_REQUEST_TIMEOUT_SECONDS: integer(300, 5, 3600),
  REFERENT_HEADERS_TIMEOUT_SECONDS: integer(10, 1, 300),
  REFERENT_BODY_IDLE_TIMEOUT_SECONDS: integer(10, 1, 300),
  REFERENT_CONCURRENT_REQUESTS: integer(32, 1, 4096),
  REFERENT_LIVE_IDLE_MINUTES: integer(10, 1, 24 * 60),
  REFERENT_CONSULTATION_AUDIO_MINUTES: integer(240, 1, 24 * 60),
  REFERENT_CONSULTATION_AUDIO_MIB: integer(1024, 1, 16 * 1024),
  REFERENT_COMPUTE_WORKERS: integer(Math.max(1, availableParallelism() - 1), 0, 64),
  REFERENT_COMPUTE_TIMEOUT_SECONDS: integer(60, 1, 3600),
  REFERENT_COMPUTE_WORKER_NICE: integer(10, 0, 19),
  // A worker holds the pseudonymizer's lexicon (about 150 MiB of heap) before its first job.
  REFERENT_COMPUTE_WORKER_HEAP_MIB: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(256).max(65_536).optional(),
  ),
  REFERENT_TEMPLATES_DIR: optionalString,
  REFERENT_DISCLOSURE: optionalString,
  REFERENT_TRUSTED_PROXIES: optionalString,
  REFERENT_AUDIT_KEY: optionalString,
  REFERENT_METRICS_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().trim().min(16, 'must be at least 16 characters').optional(),
  ),
  REFERENT_AUDIT_ANCHOR_PATH: optionalString,
  REFERENT_AUDIT_ANCHOR_MINUTES: integer(5, 1, 24 * 60),
  REFERENT_BEHIND_TLS_PROXY: z.preprocess(
    emptyToUndefined,
    z.enum(['true', 'false']).default('false'),
  ),

  REFERENT_LLM_ENGINE: z.preprocess(
    emptyToUndefined,
    z.enum(['builtin', 'openai', 'llama']).default('builtin'),
  ),
  REFERENT_LLM_BASE_URL: optionalString,
  REFERENT_LLM_API_KEY: optionalString,
  REFERENT_LLM_MODEL: optionalString,
  REFERENT_LLM_MODEL_PATH: optionalString,
  REFERENT_LLM_REGION: optionalString,
  REFERENT_LLM_THREADS: integer(1, 1, 256),
  REFERENT_LLM_CONTEXT: integer(8192, 512, 1_048_576),
  REFERENT_LLM_TIMEOUT_MS: integer(120_000, 1000, 3_600_000),

  REFERENT_STT_ENGINE: z.preprocess(
    emptyToUndefined,
    z.enum(['none', 'whisper', 'openai']).default('none'),
  ),
  REFERENT_STT_BASE_URL: optionalString,
  REFERENT_STT_API_KEY: optionalString,
  REFERENT_STT_MODEL: optionalString,
  REFERENT_STT_MODEL_PATH: optionalString,
  REFERENT_STT_REGION: optionalString,
  REFERENT_STT_THREADS: integer(1, 1, 256),
  REFERENT_STT_TIMEOUT_MS: integer(300_000, 1000, 3_600_000),

  REFERENT_MODEL_SOURCE_URL: z.preprocess(
    emptyToUndefined,
    z.string().trim().default('https://huggingface.co'),
  ),
  REFERENT_MODEL_SOURCE_REGION: optionalString,
  REFERENT_MODEL_REDIRECT_HOSTS: z.preprocess(
    emptyToUndefined,
    z.string().default('huggingface.co,hf.co'),
  ),

  REFERENT_FHIR_BASE_URL: optionalString,
  REFERENT_FHIR_TOKEN: optionalString,
  REFERENT_FHIR_REGION: optionalString,
  REFERENT_FHIR_ERASE_AFTER_SEND: z.preprocess(
    emptyToUndefined,
    z.enum(['true', 'false']).default('true'),
  ),
});

type RawConfig = z.infer<typeof rawSchema>;

/** True for hosts on this machine: such endpoints never leave it (region `LOCAL`). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1';
  return false;
}

function parseEndpoint(options: {
  variable: string;
  url: string | undefined;
  region: string | undefined;
  allowed: readonly string[];
  problems: string[];
}): Endpoint | undefined {
  const { variable, url, region, allowed, problems } = options;
  if (url === undefined) {
    problems.push(`${variable}_BASE_URL is required for this engine`);
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push(`${variable}_BASE_URL is not a valid URL`);
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    problems.push(`${variable}_BASE_URL must use http or https`);
    return undefined;
  }
  const loopback = isLoopbackHost(parsed.hostname);
  if (!loopback && parsed.protocol !== 'https:') {
    problems.push(`${variable}_BASE_URL must use https unless it points to this machine`);
  }
  // P4: every outbound endpoint carries its jurisdiction, and only allowed ones may be called.
  const declared = region?.toUpperCase() ?? (loopback ? 'LOCAL' : undefined);
  if (declared === undefined) {
    problems.push(
      `${variable}_REGION is required for ${variable}_BASE_URL (the endpoint's jurisdiction, e.g. NO or EU)`,
    );
    return undefined;
  }
  if (declared !== 'LOCAL' && !allowed.includes(declared)) {
    problems.push(
      `${variable}_REGION ${declared} is not an allowed region (allowed: ${allowed.join(', ')}); Referent only calls endpoints in Norway/EU`,
    );
    return undefined;
  }
  return { baseUrl: parsed.toString().replace(/\/$/, ''), region: declared };
}

function parseTrustedProxies(
  value: string | undefined,
  behindTlsProxy: boolean,
  problems: string[],
): readonly string[] {
  if (value === undefined) return behindTlsProxy ? ['127.0.0.1', '::1'] : [];
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const validBits =
      bits === undefined ||
      (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits && rest.length === 0);
    if (family === 0 || !validBits) {
      problems.push(
        'REFERENT_TRUSTED_PROXIES must list IP addresses or CIDR ranges, separated by commas',
      );
      break;
    }
  }
  return entries;
}

function decodeMasterKey(value: string | undefined, problems: string[]): Buffer | undefined {
  return decodeKey('REFERENT_MASTER_KEY', value, problems);
}

function decodeKey(
  variable: string,
  value: string | undefined,
  problems: string[],
): Buffer | undefined {
  if (value === undefined) return undefined;
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32 || key.toString('base64') !== value.replace(/\s/g, '')) {
    problems.push(`${variable} must be exactly 32 bytes, base64-encoded`);
    return undefined;
  }
  return key;
}

function toConfig(raw: RawConfig, problems: string[]): ReferentConfig {
  const allowedRegions = raw.REFERENT_ALLOWED_REGIONS.split(',')
    .map((region) => region.trim().toUpperCase())
    .filter((region) => region !== '');
  if (raw.DATABASE_URL !== undefined) {
    problems.push(
      'DATABASE_URL is set, but this build ships only the embedded SQLite store; unset it to use SQLite',
    );
  }

  let llm: LlmConfig = { engine: 'builtin' };
  if (raw.REFERENT_LLM_ENGINE === 'openai') {
    const endpoint = parseEndpoint({
      variable: 'REFERENT_LLM',
      url: raw.REFERENT_LLM_BASE_URL,
      region: raw.REFERENT_LLM_REGION,
      allowed: allowedRegions,
      problems,
    });
    if (raw.REFERENT_LLM_MODEL === undefined)
      problems.push('REFERENT_LLM_MODEL is required for the openai engine');
    if (endpoint !== undefined && raw.REFERENT_LLM_MODEL !== undefined) {
      llm = {
        engine: 'openai',
        ...endpoint,
        apiKey: raw.REFERENT_LLM_API_KEY,
        model: raw.REFERENT_LLM_MODEL,
        timeoutMs: raw.REFERENT_LLM_TIMEOUT_MS,
        contextTokens: raw.REFERENT_LLM_CONTEXT,
      };
    }
  } else if (raw.REFERENT_LLM_ENGINE === 'llama') {
    if (raw.REFERENT_LLM_MODEL_PATH === undefined) {
      problems.push('REFERENT_LLM_MODEL_PATH (a GGUF file) is required for the llama engine');
    } else {
      llm = {
        engine: 'llama',
        modelPath: raw.REFERENT_LLM_MODEL_PATH,
        threads: raw.REFERENT_LLM_THREADS,
        contextSize: raw.REFERENT_LLM_CONTEXT,
      };
    }
  }

  let stt: SttConfig = { engine: 'none' };
  if (raw.REFERENT_STT_ENGINE === 'openai') {
    const endpoint = parseEndpoint({
      variable: 'REFERENT_STT',
      url: raw.REFERENT_STT_BASE_URL,
      region: raw.REFERENT_STT_REGION,
      allowed: allowedRegions,
      problems,
    });
    if (endpoint !== undefined) {
      stt = {
        engine: 'openai',
        ...endpoint,
        apiKey: raw.REFERENT_STT_API_KEY,
        model: raw.REFERENT_STT_MODEL ?? 'whisper-1',
        timeoutMs: raw.REFERENT_STT_TIMEOUT_MS,
      };
    }
  } else if (raw.REFERENT_STT_ENGINE === 'whisper') {
    if (raw.REFERENT_STT_MODEL_PATH === undefined) {
      problems.push(
        'REFERENT_STT_MODEL_PATH (a whisper.cpp ggml file) is required for the whisper engine',
      );
    } else {
      stt = {
        engine: 'whisper',
        modelPath: raw.REFERENT_STT_MODEL_PATH,
        threads: raw.REFERENT_STT_THREADS,
        timeoutMs: raw.REFERENT_STT_TIMEOUT_MS,
      };
    }
  }

  let fhir: FhirConfig | undefined;
  if (raw.REFERENT_FHIR_BASE_URL !== undefined) {
    const endpoint = parseEndpoint({
      variable: 'REFERENT_FHIR',
      url: raw.REFERENT_FHIR_BASE_URL,
      region: raw.REFERENT_FHIR_REGION,
      allowed: allowedRegions,
      problems,
    });
    if (endpoint !== undefined) {
      fhir = {
        ...endpoint,
        token: raw.REFERENT_FHIR_TOKEN,
        eraseAfterSend: raw.REFERENT_FHIR_ERASE_AFTER_SEND === 'true',
      };
    }
  }

  return {
    dataDir: raw.REFERENT_DATA_DIR,
    host: raw.REFERENT_HOST,
    port: raw.REFERENT_PORT,
    masterKey: decodeMasterKey(raw.REFERENT_MASTER_KEY, problems),
    retentionHours: raw.REFERENT_RETENTION_HOURS,
    allowedRegions,
    demo: raw.REFERENT_DEMO,
    sessionHours: raw.REFERENT_SESSION_HOURS,
    limits: {
      jsonBodyBytes: raw.REFERENT_MAX_JSON_BYTES,
      transcriptBytes: raw.REFERENT_MAX_TRANSCRIPT_BYTES,
      audioBytes: raw.REFERENT_MAX_AUDIO_BYTES,
      audioSeconds: raw.REFERENT_MAX_AUDIO_SECONDS,
      audioUploads: raw.REFERENT_MAX_AUDIO_UPLOADS,
      requestTimeoutMs: raw.REFERENT_REQUEST_TIMEOUT_SECONDS * 1000,
      headersTimeoutMs: raw.REFERENT_HEADERS_TIMEOUT_SECONDS * 1000,
      bodyIdleTimeoutMs: raw.REFERENT_BODY_IDLE_TIMEOUT_SECONDS * 1000,
      concurrentRequests: raw.REFERENT_CONCURRENT_REQUESTS,
      liveIdleMs: raw.REFERENT_LIVE_IDLE_MINUTES * 60_000,
      consultationAudioBytes: raw.REFERENT_CONSULTATION_AUDIO_MIB * 1_048_576,
      consultationAudioSeconds: raw.REFERENT_CONSULTATION_AUDIO_MINUTES * 60,
    },
    compute: {
      workers: raw.REFERENT_COMPUTE_WORKERS,
      timeoutMs: raw.REFERENT_COMPUTE_TIMEOUT_SECONDS * 1000,
      heapMib:
        raw.REFERENT_COMPUTE_WORKER_HEAP_MIB ??
        computeWorkerHeapMib(raw.REFERENT_MAX_TRANSCRIPT_BYTES),
      nice: raw.REFERENT_COMPUTE_WORKER_NICE,
    },
    llm,
    stt,
    fhir,
    templatesDir: raw.REFERENT_TEMPLATES_DIR,
    disclosure: raw.REFERENT_DISCLOSURE,
    behindTlsProxy: raw.REFERENT_BEHIND_TLS_PROXY === 'true',
    metricsToken: raw.REFERENT_METRICS_TOKEN,
    audit: {
      key: decodeKey('REFERENT_AUDIT_KEY', raw.REFERENT_AUDIT_KEY, problems),
      anchorPath: raw.REFERENT_AUDIT_ANCHOR_PATH,
      anchorIntervalMs: raw.REFERENT_AUDIT_ANCHOR_MINUTES * 60_000,
    },
    trustedProxies: parseTrustedProxies(
      raw.REFERENT_TRUSTED_PROXIES,
      raw.REFERENT_BEHIND_TLS_PROXY === 'true',
      problems,
    ),
    modelSource: parseModelSource(raw, problems),
    enginesChosenByOperator: { stt: false, llm: false },
  };
}

/**
 * The model download source. Downloads carry no consultation data, so the allowed regions (which
 * govern where consultation content may go) do not apply; the source is still declared, shown to
 * the admin with its jurisdiction, and the only origin a download may contact (P4).
 */
function parseModelSource(raw: RawConfig, problems: string[]): ModelSourceConfig | undefined {
  const value = raw.REFERENT_MODEL_SOURCE_URL;
  if (value.toLowerCase() === 'none') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    problems.push('REFERENT_MODEL_SOURCE_URL is not a valid URL (or "none")');
    return undefined;
  }
  const loopback = isLoopbackHost(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(loopback && parsed.protocol === 'http:')) {
    problems.push('REFERENT_MODEL_SOURCE_URL must use https unless it points to this machine');
    return undefined;
  }
  const region =
    raw.REFERENT_MODEL_SOURCE_REGION?.toUpperCase() ??
    (loopback ? 'LOCAL' : parsed.hostname === 'huggingface.co' ? 'US' : undefined);
  if (region === undefined) {
    problems.push(
      'REFERENT_MODEL_SOURCE_REGION is required for REFERENT_MODEL_SOURCE_URL (its jurisdiction, e.g. NO or EU)',
    );
    return undefined;
  }
  return {
    baseUrl: parsed.origin,
    region,
    redirectHosts: raw.REFERENT_MODEL_REDIRECT_HOSTS.split(',')
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ''),
  };
}

const configFileSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/**
 * Reads configuration from an environment (and the JSON file it names in `REFERENT_CONFIG`).
 * Throws `ConfigError` listing every problem; never echoes secret values.
 */
export function loadConfig(
  environment: Readonly<Record<string, string | undefined>>,
  options: { readFile?: (path: string) => string } = {},
): ReferentConfig {
  const problems: string[] = [];
  let fromFile: Record<string, string> = {};
  const configPath = environment['REFERENT_CONFIG'];
  if (configPath !== undefined && configPath.trim() !== '') {
    try {
      const text = (options.readFile ?? ((path) => readFileSync(path, 'utf8')))(configPath);
      const parsed = configFileSchema.safeParse(JSON.parse(text));
      if (parsed.success) {
        fromFile = Object.fromEntries(
          Object.entries(parsed.data).map(([key, value]) => [key, String(value)]),
        );
      } else {
        problems.push('REFERENT_CONFIG must be a JSON object of VARIABLE: value pairs');
      }
    } catch {
      problems.push('REFERENT_CONFIG names a file that cannot be read as JSON');
    }
  }
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(environment)) {
    if (value !== undefined) merged[key] = value;
  }
  let parsed = rawSchema.safeParse(merged);
  if (!parsed.success) {
    // Report these, then check the rest with the broken variables at their defaults, so the
    // operator sees every problem in one go.
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0] ?? '');
      problems.push(`${variable}: ${issue.message}`);
      Reflect.deleteProperty(merged, variable);
    }
    parsed = rawSchema.safeParse(merged);
    if (!parsed.success) throw new ConfigError(problems);
  }
  const config = toConfig(parsed.data, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const chosen = (variable: string): boolean => (merged[variable]?.trim() ?? '') !== '';
  return {
    ...config,
    enginesChosenByOperator: {
      stt: chosen('REFERENT_STT_ENGINE'),
      llm: chosen('REFERENT_LLM_ENGINE'),
    },
  };
}

/** The endpoints this configuration may call, for the outbound guard and the settings page. */
export function listEndpoints(config: ReferentConfig): {
  readonly name: string;
  readonly kind: string;
  readonly url: string | null;
  readonly region: string | null;
  readonly model: string | null;
}[] {
  const llm = config.llm;
  const stt = config.stt;
  return [
    {
      name: 'språkmodell',
      kind: llm.engine,
      url: llm.engine === 'openai' ? llm.baseUrl : null,
      region: llm.engine === 'openai' ? llm.region : 'LOCAL',
      model:
        llm.engine === 'openai'
          ? llm.model
          : llm.engine === 'llama'
            ? (llm.modelPath.split(/[\\/]/).pop() ?? null)
            : 'regelbasert',
    },
    {
      name: 'tale-til-tekst',
      kind: stt.engine,
      url: stt.engine === 'openai' ? stt.baseUrl : null,
      region: stt.engine === 'openai' ? stt.region : stt.engine === 'whisper' ? 'LOCAL' : null,
      model:
        stt.engine === 'openai'
          ? stt.model
          : stt.engine === 'whisper'
            ? (stt.modelPath.split(/[\\/]/).pop() ?? null)
            : null,
    },
    ...(config.modelSource === undefined
      ? []
      : [
          {
            name: 'modellnedlasting',
            kind: 'download',
            url: config.modelSource.baseUrl,
            region: config.modelSource.region,
            model: null,
          },
        ]),
    {
      name: 'pasientjournal (FHIR)',
      kind: config.fhir === undefined ? 'none' : 'fhir',
      url: config.fhir?.baseUrl ?? null,
      region: config.fhir?.region ?? null,
      model: null,
    },
  ];
}
