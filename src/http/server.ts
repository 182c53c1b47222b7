import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { AuditLog } from '../audit/index.js';
import {
  createAuthorize,
  createLoginLimiter,
  type Actor,
  type AuthService,
  type Authorize,
  type LoginLimiter,
} from '../auth/index.js';
import type { Clock, ConsultationStatus, Logger } from '../core/index.js';
import type { ConsultationService } from '../consultations/index.js';
import type { SettingsService } from '../settings/index.js';
import { adminRoutes } from './admin-routes.js';
import { registerAdmissionGate } from './admission-gate.js';
import { auditRoutes } from './audit-routes.js';
import { authRoutes } from './auth-routes.js';
import { createHeaderAuthenticator } from './authenticate.js';
import { codesRoutes, type SearchCodes } from './codes-routes.js';
import { consultationRoutes } from './consultation-routes.js';
import { transcriptRoutes } from './transcript-routes.js';
import { toHttpError } from './error-mapping.js';
import type { HealthReport } from './health.js';
import { healthRoutes } from './health-routes.js';
import type { Metrics } from './metrics.js';
import { registerRequestGuards } from './request-guards.js';
import { registerResponseContract } from './response-contract.js';
import { idSchema, parse, type RouteHelpers } from './route-helpers.js';
import { registerSecurityHeaders, writeFrameworkError } from './security-headers.js';
import { registerWebApp } from './web-app.js';

export type { RouteHelpers } from './route-helpers.js';

export interface HttpServerDeps {
  readonly auth: AuthService;
  readonly consultations: ConsultationService;
  readonly settings: SettingsService;
  readonly audit: AuditLog;
  /** Consultations per status, for the metrics gauges; the HTTP layer never holds the store. */
  readonly countByStatus: () => Promise<Readonly<Partial<Record<ConsultationStatus, number>>>>;
  /** Further metrics gauges by Prometheus name (metadata only). */
  readonly gauges?: () => Readonly<Record<string, number>>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** The authorization policy; the default audits refusals in `audit`. */
  readonly authorize?: Authorize;
  /** Shown to clinicians so the patient information can say when content is erased. */
  readonly retentionHours: number;
  readonly limits: {
    readonly jsonBodyBytes: number;
    readonly transcriptBytes: number;
    readonly audioBytes: number;
    /** Audio bodies read at the same time (memory bound); 2 when absent. */
    readonly audioUploads?: number;
    /** A request must be complete (headers and body) within this time; 5 minutes when absent. */
    readonly requestTimeoutMs?: number;
    /** The request headers must arrive within this time; 10 s when absent. */
    readonly headersTimeoutMs?: number;
    /** A body that sends nothing for this long, or under 1 KiB/s, gets 408; 10 s when absent. */
    readonly bodyIdleTimeoutMs?: number;
    /** API requests worked on at a time (`registerAdmissionGate`); 32 when absent. */
    readonly concurrentRequests?: number;
    /** API requests that may wait for a slot; more get 503 with Retry-After; 2,000 when absent. */
    readonly queuedRequests?: number;
  };
  /** Code search for the review screen; absent until the code lists are installed. */
  readonly searchCodes?: SearchCodes;
  /** Directory with the built web app (`web/dist`), served at `/` when present. */
  readonly webRoot?: string;
  /** Registers extra routes (the live audio WebSocket) on the same server. */
  readonly extend?: (server: FastifyInstance, helpers: RouteHelpers) => Promise<void>;
  /** Whether the session cookie gets the `Secure` attribute (behind TLS). */
  readonly secureCookies?: boolean;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); the client address of
   * anyone else is the connection's own. Empty: no proxy.
   */
  readonly trustedProxies?: readonly string[];
  /** Bearer token a Prometheus scraper sends to `GET /metrics` (else only an admin may read). */
  readonly metricsToken?: string;
  /** Health of the store, the audit chain head and the sweeper, for `/healthz` and `/readyz`. */
  readonly health?: () => Promise<HealthReport>;
  /** Login throttling; one per server by default. */
  readonly loginLimiter?: LoginLimiter;
}

/**
 * The HTTP API (design §6.2, docs/api.md): the server-wide parts (limits, content types, security
 * headers, request guards, one error mapping, metrics and logs per request) and one route plugin
 * per feature. Handlers are thin: parse, authenticate, call the use case, map the result
 * (conventions §5, §12). docs/architecture.md follows one request through.
 */
export async function createHttpServer(deps: HttpServerDeps): Promise<FastifyInstance> {
  const { clock, logger, metrics } = deps;
  const requestTimeout = deps.limits.requestTimeoutMs ?? 300_000;
  const server = Fastify({
    logger: false,
    bodyLimit: deps.limits.jsonBodyBytes,
    trustProxy:
      deps.trustedProxies === undefined || deps.trustedProxies.length === 0
        ? false
        : [...deps.trustedProxies],
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    // Slow clients cannot hold connections open for ever (issue 14).
    requestTimeout,
    // Errors Fastify raises before routing (a malformed URL): no URL echoed, security headers on.
    frameworkErrors: (_error, _request, reply) => {
      writeFrameworkError(reply.raw);
    },
    connectionTimeout: requestTimeout,
  });
  server.server.headersTimeout = deps.limits.headersTimeoutMs ?? 10_000;
  const authenticateHeaders = createHeaderAuthenticator(deps.auth);
  // First, so a request's time includes its wait for admission and its authentication.
  registerRequestMetrics(server, metrics, logger);
  registerAdmissionGate(server, {
    slots: deps.limits.concurrentRequests,
    maxWaiting: deps.limits.queuedRequests,
  });
  const guards = registerRequestGuards(server, {
    authenticate: authenticateHeaders,
    jsonBodyBytes: deps.limits.jsonBodyBytes,
    audioUploadSlots: deps.limits.audioUploads ?? 2,
    bodyPace: { idleMs: deps.limits.bodyIdleTimeoutMs ?? 10_000, minBytesPerSecond: 1_024 },
  });
  const helpers: RouteHelpers = {
    authenticate: async (request: FastifyRequest): Promise<Actor> =>
      guards.actorOf(request) ?? authenticateHeaders(request),
    parseId: (value) => parse(idSchema, value, 'Ugyldig konsultasjons-id.'),
  };

  registerBodyParsers(server, deps.limits);
  registerSecurityHeaders(server);
  registerResponseContract(server, logger);

  server.setErrorHandler(async (error, request, reply) => {
    const mapped = toHttpError(error);
    if (mapped.status >= 500) {
      // Foreign error messages can quote input; log only the error's class and code.
      logger.error('request failed', {
        route: request.routeOptions.url ?? 'unmatched',
        error: error instanceof Error ? error.name : 'unknown',
        code: codeOf(error) ?? mapped.code,
      });
    }
    for (const [name, value] of Object.entries(mapped.headers ?? {})) reply.header(name, value);
    return reply
      .status(mapped.status)
      .send({ error: { code: mapped.code, message: mapped.message } });
  });

  // One plugin per feature.
  await server.register(healthRoutes, {
    metrics,
    countByStatus: deps.countByStatus,
    ...(deps.gauges === undefined ? {} : { gauges: deps.gauges }),
    authenticateHeaders,
    ...(deps.health === undefined ? {} : { health: deps.health }),
    ...(deps.metricsToken === undefined ? {} : { metricsToken: deps.metricsToken }),
  });
  await server.register(authRoutes, {
    helpers,
    auth: deps.auth,
    loginLimiter: deps.loginLimiter ?? createLoginLimiter({ clock }),
    clock,
    secureCookies: deps.secureCookies === true,
  });
  await server.register(consultationRoutes, { helpers, consultations: deps.consultations });
  await server.register(transcriptRoutes, {
    helpers,
    consultations: deps.consultations,
    limits: deps.limits,
  });
  await server.register(codesRoutes, {
    helpers,
    ...(deps.searchCodes === undefined ? {} : { searchCodes: deps.searchCodes }),
  });
  await server.register(adminRoutes, {
    helpers,
    auth: deps.auth,
    settings: deps.settings,
    retentionHours: deps.retentionHours,
  });
  await server.register(auditRoutes, {
    helpers,
    audit: deps.audit,
    authorize: deps.authorize ?? createAuthorize({ audit: deps.audit }),
  });
  if (deps.extend !== undefined) await deps.extend(server, helpers);

  await registerWebApp(server, deps.webRoot);
  return server;
}

/** Metrics and one log line per request, by route pattern (never the raw URL). */
function registerRequestMetrics(server: FastifyInstance, metrics: Metrics, logger: Logger): void {
  const started = new WeakMap<FastifyRequest, number>();
  server.addHook('onRequest', (request, _reply, done) => {
    started.set(request, performance.now());
    done();
  });
  server.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const seconds = (performance.now() - (started.get(request) ?? performance.now())) / 1000;
    metrics.observeRequest({ method: request.method, route, status: reply.statusCode }, seconds);
    // Route pattern only: the raw URL could carry a search query.
    logger.info('request', {
      method: request.method,
      route,
      status: reply.statusCode,
      ms: Math.round(seconds * 1000),
    });
  });
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Transcripts as text/WebVTT/SRT (read, with its size limit) and audio as WAV (a stream). */
function registerBodyParsers(
  server: FastifyInstance,
  limits: { readonly transcriptBytes: number; readonly audioBytes: number },
): void {
  server.addContentTypeParser(
    ['text/plain', 'text/vtt', 'application/x-subrip', 'text/srt'],
    { parseAs: 'string', bodyLimit: limits.transcriptBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );
  // Audio is not read here: the route hands the stream to the use case, which reads it only after
  // its checks, and within the consultation's audio budget (issue 14).
  server.addContentTypeParser(
    ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave', 'application/octet-stream'],
    { bodyLimit: limits.audioBytes },
    (_request, payload, done) => {
      done(null, payload);
    },
  );
}
