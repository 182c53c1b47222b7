import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import type { AuditLog } from '../audit/index.js';
import {
  createLoginLimiter,
  type Actor,
  type AuthService,
  type LoginLimiter,
} from '../auth/index.js';
import {
  ForbiddenError,
  InvalidInputError,
  LoginFailedError,
  UnauthenticatedError,
  codeSystems,
  speakers,
  templateIds,
  type Clock,
  type Logger,
} from '../core/index.js';
import {
  createConsultationSchema,
  noteInputSchema,
  type ConsultationService,
} from '../consultations/index.js';
import type { SettingsService } from '../settings/index.js';
import type { Store } from '../store/index.js';
import { toHttpError } from './error-mapping.js';
import type { HealthReport } from './health.js';
import type { Metrics } from './metrics.js';
import { registerRequestGuards } from './request-guards.js';

export interface HttpServerDeps {
  readonly auth: AuthService;
  readonly consultations: ConsultationService;
  readonly settings: SettingsService;
  readonly audit: AuditLog;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
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
  };
  /** Code search for the review screen; absent until the code lists are installed. */
  readonly searchCodes?: (
    query: string,
    options: { system?: 'ICPC-2' | 'ICD-10'; limit: number },
  ) => readonly { system: string; code: string; text: string }[];
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
  /**
   * Bearer token a Prometheus scraper sends to `GET /metrics`; without it, only a logged-in admin
   * may read the metrics.
   */
  readonly metricsToken?: string;
  /** Health of the store, the audit chain head and the sweeper, for `/healthz` and `/readyz`. */
  readonly health?: () => Promise<HealthReport>;
  /** Login throttling; one per server by default. */
  readonly loginLimiter?: LoginLimiter;
}

export interface RouteHelpers {
  authenticate(request: FastifyRequest): Promise<Actor>;
  parseId(value: unknown): string;
}

const cookieName = 'referent_session';
const idSchema = z.uuid();
const loginSchema = z.strictObject({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
});
const templateQuerySchema = z.object({ template: z.enum(templateIds).optional() });
const exportQuerySchema = z.object({
  format: z.enum(['text', 'fhir']).default('text'),
  template: z.enum(templateIds).optional(),
});
const draftBodySchema = z.strictObject({ template: z.enum(templateIds).optional() }).optional();
const relabelSchema = z.strictObject({ speaker: z.enum(speakers) });
const userCreateSchema = z.strictObject({
  username: z.string().min(1).max(64),
  displayName: z.string().trim().min(1).max(200).optional(),
  role: z.enum(['clinician', 'admin', 'auditor']),
  password: z.string().min(1).max(1024),
  hpr: z
    .string()
    .regex(/^\d{7,9}$/)
    .optional(),
});
const userUpdateSchema = z.strictObject({
  disabled: z.boolean().optional(),
  role: z.enum(['clinician', 'admin', 'auditor']).optional(),
  password: z.string().min(1).max(1024).optional(),
});
const settingsUpdateSchema = z.strictObject({ aiDraftingEnabled: z.boolean() });
const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.coerce.number().int().min(1).optional(),
  consultationId: z.uuid().optional(),
});
const auditSearchSchema = z.strictObject({ fnr: z.string().regex(/^\d{6} ?\d{5}$/) });
const codesQuerySchema = z.object({
  q: z.string().max(100).default(''),
  system: z.enum(codeSystems).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Parses with zod; problems become an `InvalidInputError` that names fields, never values. */
function parse<T>(
  schema: z.ZodType<T>,
  value: unknown,
  userMessage = 'Forespørselen har feil innhold.',
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`,
  );
  throw new InvalidInputError(`request failed validation: ${issues.join('; ')}`, {
    userMessage,
    issues,
  });
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      // A malformed cookie is no login (401), not a server error.
      return '';
    }
  }
  return undefined;
}

const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'microphone=(self), camera=(), geolocation=()',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
};

/**
 * The HTTP API (design §6.2, docs/api.md). Handlers are thin: parse, authenticate, call the use
 * case, map the result; one error handler maps every error (conventions §5, §12).
 */
export async function createHttpServer(deps: HttpServerDeps): Promise<FastifyInstance> {
  const { auth, consultations, settings, audit, clock, logger, metrics } = deps;
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
    requestTimeout: deps.limits.requestTimeoutMs ?? 300_000,
    // Errors Fastify raises before routing (a malformed URL): no URL echoed, security headers on.
    frameworkErrors: (_error, _request, reply) => {
      reply.raw.writeHead(400, {
        ...securityHeaders,
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      reply.raw.end(
        JSON.stringify({ error: { code: 'invalid-url', message: 'Adressen er ugyldig.' } }),
      );
    },
    connectionTimeout: deps.limits.requestTimeoutMs ?? 300_000,
  });
  server.server.headersTimeout = deps.limits.headersTimeoutMs ?? 10_000;
  const loginLimiter = deps.loginLimiter ?? createLoginLimiter({ clock });
  const guards = registerRequestGuards(server, {
    authenticate: (request) => authenticateHeaders(request),
    jsonBodyBytes: deps.limits.jsonBodyBytes,
    audioUploadSlots: deps.limits.audioUploads ?? 2,
  });
  const started = new WeakMap<FastifyRequest, number>();

  server.addContentTypeParser(
    ['text/plain', 'text/vtt', 'application/x-subrip', 'text/srt'],
    { parseAs: 'string', bodyLimit: deps.limits.transcriptBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );
  server.addContentTypeParser(
    ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: deps.limits.audioBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );

  server.addHook('onRequest', (request, _reply, done) => {
    started.set(request, performance.now());
    done();
  });
  server.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    // HSTS only over https (directly, or as reported by a trusted proxy): never pins plain http.
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
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

  server.setErrorHandler(async (error, request, reply) => {
    const mapped = toHttpError(error);
    if (mapped.status >= 500) {
      // Foreign error messages can quote input; log only the error's class and code.
      const name = error instanceof Error ? error.name : 'unknown';
      const code =
        typeof (error as { code?: unknown }).code === 'string'
          ? (error as { code: string }).code
          : mapped.code;
      logger.error('request failed', {
        route: request.routeOptions.url ?? 'unmatched',
        error: name,
        code,
      });
    }
    for (const [name, value] of Object.entries(mapped.headers ?? {})) reply.header(name, value);
    return reply
      .status(mapped.status)
      .send({ error: { code: mapped.code, message: mapped.message } });
  });

  async function authenticate(request: FastifyRequest): Promise<Actor> {
    return guards.actorOf(request) ?? authenticateHeaders(request);
  }
  async function authenticateHeaders(request: FastifyRequest): Promise<Actor> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (match?.[1] === undefined) throw new UnauthenticatedError();
      return auth.authenticate(match[1]);
    }
    const cookie = readCookie(request.headers.cookie, cookieName);
    if (cookie === undefined) throw new UnauthenticatedError();
    // CSRF: a cookie alone cannot change state; the app adds this header, other sites cannot.
    const changesState =
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      request.routeOptions.config.changesState === true;
    if (changesState && request.headers['x-referent-request'] !== '1') {
      throw new ForbiddenError('Forespørselen mangler sikkerhetsmerking. Last inn siden på nytt.');
    }
    return auth.authenticate(cookie);
  }
  async function requireMetricsAccess(request: FastifyRequest): Promise<void> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const token = deps.metricsToken;
    if (token !== undefined && bearer !== undefined && bearer.length === token.length) {
      if (timingSafeEqual(Buffer.from(bearer), Buffer.from(token))) return;
    }
    const actor = await authenticateHeaders(request);
    if (actor.role !== 'admin')
      throw new ForbiddenError('Bare administratorer kan lese måletallene.');
  }
  const parseId = (value: unknown) => parse(idSchema, value, 'Ugyldig konsultasjons-id.');
  const idOf = (request: FastifyRequest) => parseId((request.params as { id?: unknown }).id);
  const signalOf = (request: FastifyRequest, reply: FastifyReply) => {
    const controller = new AbortController();
    request.raw.on('close', () => {
      if (!reply.sent) controller.abort();
    });
    return controller.signal;
  };

  // Health and metrics
  // 503 when a part is failing, so a load balancer or monitor notices (issue 14).
  server.get('/healthz', async (_request, reply) => {
    if (deps.health === undefined) return { status: 'ok' };
    const { ok, ...checks } = await deps.health();
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'failing', ...checks });
  });
  server.get('/readyz', async (_request, reply) => {
    const ok = deps.health === undefined ? true : (await deps.health()).ok;
    return reply.status(ok ? 200 : 503).send({ ready: ok });
  });
  server.get('/metrics', async (request, reply) => {
    await requireMetricsAccess(request);
    const byStatus = await deps.store.system.countByStatus();
    const gauges: Record<string, number> = {};
    for (const [status, count] of Object.entries(byStatus))
      gauges[`referent_consultations{status="${status}"}`] = count;
    return reply.type('text/plain; version=0.0.4').send(metrics.render(gauges));
  });

  // Auth
  server.post('/api/v1/auth/login', { config: { public: true } }, async (request, reply) => {
    const input = parse(loginSchema, request.body, 'Oppgi brukernavn og passord.');
    // Unknown and real accounts are throttled alike (the answer never tells which exist).
    const attempt = { account: input.username.trim().toLowerCase(), source: request.ip };
    loginLimiter.check(attempt);
    let result: Awaited<ReturnType<AuthService['login']>>;
    try {
      result = await auth.login(input);
    } catch (error) {
      metrics.increment('referent_logins_failed_total');
      if (error instanceof LoginFailedError) loginLimiter.recordFailure(attempt);
      throw error;
    }
    loginLimiter.recordSuccess(attempt);
    const maxAge = Math.max(0, Math.floor((result.expiresAt - clock.now()) / 1000));
    reply.header(
      'set-cookie',
      `${cookieName}=${encodeURIComponent(result.token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${deps.secureCookies === true || request.protocol === 'https' ? '; Secure' : ''}`,
    );
    return {
      token: result.token,
      user: result.user,
      expiresAt: new Date(result.expiresAt).toISOString(),
    };
  });
  server.post('/api/v1/auth/logout', { config: { public: true } }, async (request, reply) => {
    const header = request.headers.authorization;
    if (header === undefined && request.headers['x-referent-request'] !== '1') {
      // CSRF: another site must not be able to log a clinician out with the cookie alone.
      throw new ForbiddenError('Forespørselen mangler sikkerhetsmerking. Last inn siden på nytt.');
    }
    const token =
      header === undefined
        ? readCookie(request.headers.cookie, cookieName)
        : /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (token !== undefined && token !== '') await auth.logout(token);
    reply.header('set-cookie', `${cookieName}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    return reply.status(204).send();
  });
  server.get('/api/v1/auth/me', async (request) => {
    const actor = await authenticate(request);
    return {
      user: {
        id: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        role: actor.role,
        ...(actor.hpr === null ? {} : { hpr: actor.hpr }),
      },
    };
  });

  // Consultations
  server.get('/api/v1/consultations', async (request) => {
    const actor = await authenticate(request);
    return { consultations: await consultations.list(actor) };
  });
  server.post('/api/v1/consultations', async (request, reply) => {
    const actor = await authenticate(request);
    const input = parse(createConsultationSchema, request.body);
    metrics.increment('referent_consultations_created_total');
    return reply.status(201).send(await consultations.create(actor, input));
  });
  server.get('/api/v1/consultations/:id', async (request) => {
    const actor = await authenticate(request);
    return consultations.get(actor, idOf(request));
  });
  const transcriptBody = {
    kinds: ['json', 'transcript-text'],
    maxBytes: deps.limits.transcriptBytes,
  } as const;
  server.post(
    '/api/v1/consultations/:id/transcript',
    { config: { body: transcriptBody } },
    async (request) => {
      const actor = await authenticate(request);
      const id = idOf(request);
      const body: unknown = request.body;
      const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      if (body === undefined || body === null) {
        throw new InvalidInputError('request body is empty', {
          userMessage: 'Transkripsjonen mangler.',
        });
      }
      return consultations.addTranscript(actor, id, body, contentType);
    },
  );
  server.patch('/api/v1/consultations/:id/transcript/segments/:index', async (request) => {
    const actor = await authenticate(request);
    const index = parse(
      z.coerce.number().int().min(0),
      (request.params as { index?: unknown }).index,
    );
    const input = parse(relabelSchema, request.body, 'Ugyldig talerrolle.');
    return consultations.relabelSegment(actor, idOf(request), index, input.speaker);
  });
  const audioBody = { kinds: ['audio'], maxBytes: deps.limits.audioBytes } as const;
  server.post(
    '/api/v1/consultations/:id/audio',
    { config: { body: audioBody } },
    async (request, reply) => {
      const actor = await authenticate(request);
      const id = idOf(request);
      if (!(request.body instanceof Buffer)) {
        throw new InvalidInputError('audio must be sent as audio/wav', {
          userMessage: 'Lyd må sendes som WAV-fil (audio/wav).',
        });
      }
      return consultations.addAudio(actor, id, request.body, signalOf(request, reply));
    },
  );
  server.post('/api/v1/consultations/:id/draft', async (request, reply) => {
    const actor = await authenticate(request);
    const id = idOf(request);
    const body = parse(draftBodySchema, request.body ?? undefined);
    const query = parse(templateQuerySchema, request.query);
    const template = body?.template ?? query.template;
    const draft = await consultations.draft(actor, id, {
      ...(template === undefined ? {} : { template }),
      signal: signalOf(request, reply),
    });
    metrics.increment('referent_drafts_total', { engine: draft.engine.kind });
    return draft;
  });
  server.put('/api/v1/consultations/:id/note', async (request) => {
    const actor = await authenticate(request);
    const input = parse(noteInputSchema, request.body, 'Notatet har feil format.');
    return { note: await consultations.saveNote(actor, idOf(request), input) };
  });
  server.post('/api/v1/consultations/:id/approve', async (request) => {
    const actor = await authenticate(request);
    const body = parse(draftBodySchema, request.body ?? undefined);
    const note = await consultations.approve(
      actor,
      idOf(request),
      body?.template === undefined ? {} : { template: body.template },
    );
    metrics.increment('referent_notes_approved_total');
    return { note };
  });
  // Exporting moves an approved consultation to `exported`: CSRF-guarded like any change.
  server.get(
    '/api/v1/consultations/:id/export',
    { config: { changesState: true } },
    async (request, reply) => {
      const actor = await authenticate(request);
      const query = parse(
        exportQuerySchema,
        request.query,
        'Ugyldig eksportformat (text eller fhir).',
      );
      const result = await consultations.exportNote(actor, idOf(request), {
        format: query.format,
        ...(query.template === undefined ? {} : { template: query.template }),
      });
      if (query.format === 'fhir') reply.type('application/fhir+json; charset=utf-8');
      return result;
    },
  );
  server.post('/api/v1/consultations/:id/send', async (request, reply) => {
    const actor = await authenticate(request);
    const body = parse(draftBodySchema, request.body ?? undefined);
    return consultations.send(actor, idOf(request), {
      ...(body?.template === undefined ? {} : { template: body.template }),
      signal: signalOf(request, reply),
    });
  });
  server.delete('/api/v1/consultations/:id', async (request, reply) => {
    const actor = await authenticate(request);
    await consultations.erase(actor, idOf(request));
    metrics.increment('referent_sessions_erased_total', { reason: 'clinician' });
    return reply.status(204).send();
  });

  // Codes
  server.get('/api/v1/codes', async (request) => {
    await authenticate(request);
    const query = parse(codesQuerySchema, request.query);
    if (deps.searchCodes === undefined) return { codes: [] };
    return {
      codes: deps.searchCodes(query.q, {
        limit: query.limit,
        ...(query.system === undefined ? {} : { system: query.system }),
      }),
    };
  });

  // Admin
  server.get('/api/v1/users', async (request) => {
    const actor = await authenticate(request);
    return { users: await auth.listUsers(actor) };
  });
  server.post('/api/v1/users', async (request, reply) => {
    const actor = await authenticate(request);
    if (actor.role !== 'admin') {
      await audit.record({
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'user-created',
        outcome: 'denied',
      });
      throw new ForbiddenError('Bare administratorer kan opprette brukere.');
    }
    const input = parse(userCreateSchema, request.body, 'Brukeren har feil format.');
    const user = await auth.createUser({
      username: input.username,
      role: input.role,
      password: input.password,
      ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
      ...(input.hpr === undefined ? {} : { hpr: input.hpr }),
      createdBy: actor,
    });
    return reply.status(201).send({ user });
  });
  server.patch('/api/v1/users/:id', async (request) => {
    const actor = await authenticate(request);
    const id = parse(idSchema, (request.params as { id?: unknown }).id, 'Ugyldig bruker-id.');
    const input = parse(userUpdateSchema, request.body);
    return {
      user: await auth.updateUser(actor, id, {
        ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
        ...(input.role === undefined ? {} : { role: input.role }),
        ...(input.password === undefined ? {} : { password: input.password }),
      }),
    };
  });
  server.get('/api/v1/settings', async (request) => {
    const actor = await authenticate(request);
    if (actor.role === 'clinician') {
      // Clinicians see whether drafting is on, not the installation's endpoints.
      return {
        aiDraftingEnabled: await settings.isDraftingEnabled(),
        retentionHours: deps.retentionHours,
      };
    }
    return settings.get(actor);
  });
  server.put('/api/v1/settings', async (request) => {
    const actor = await authenticate(request);
    const input = parse(settingsUpdateSchema, request.body);
    return settings.setDraftingEnabled(actor, input.aiDraftingEnabled);
  });

  // Audit
  const requireAuditor = async (actor: Actor, action: 'audit-read' | 'audit-verified') => {
    if (actor.role !== 'admin' && actor.role !== 'auditor') {
      await audit.record({
        actorId: actor.userId,
        actorRole: actor.role,
        action,
        outcome: 'denied',
      });
      throw new ForbiddenError('Bare administratorer og revisorer kan se revisjonsloggen.');
    }
  };
  server.get('/api/v1/audit', async (request) => {
    const actor = await authenticate(request);
    await requireAuditor(actor, 'audit-read');
    const query = parse(auditQuerySchema, request.query);
    const entries = await audit.list({
      limit: query.limit,
      ...(query.before === undefined ? {} : { before: query.before }),
      ...(query.consultationId === undefined ? {} : { consultationId: query.consultationId }),
    });
    await audit.record({
      actorId: actor.userId,
      actorRole: actor.role,
      action: 'audit-read',
      outcome: 'success',
    });
    return { entries: entries.map(toAuditView) };
  });
  server.post('/api/v1/audit/search', async (request) => {
    const actor = await authenticate(request);
    await requireAuditor(actor, 'audit-read');
    const input = parse(
      auditSearchSchema,
      request.body,
      'Oppgi et gyldig fødselsnummer (11 sifre).',
    );
    const patientRef = audit.patientRef(input.fnr.replace(' ', ''));
    const entries = await audit.listForPatient(input.fnr);
    await audit.record({
      actorId: actor.userId,
      actorRole: actor.role,
      action: 'audit-read',
      outcome: 'success',
      detail: 'patient-search',
      patientRef,
    });
    return { entries: entries.map(toAuditView) };
  });
  server.get('/api/v1/audit/verify', async (request) => {
    const actor = await authenticate(request);
    await requireAuditor(actor, 'audit-verified');
    const result = await audit.verify();
    await audit.record({
      actorId: actor.userId,
      actorRole: actor.role,
      action: 'audit-verified',
      outcome: result.ok ? 'success' : 'failure',
    });
    return result;
  });

  if (deps.extend !== undefined) await deps.extend(server, { authenticate, parseId });

  // The web app, with a fallback to index.html for client-side routes.
  const webRoot = deps.webRoot === undefined ? undefined : resolve(deps.webRoot);
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    await server.register(fastifyStatic, { root: webRoot, index: ['index.html'], wildcard: false });
  }
  server.setNotFoundHandler(async (request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply
      .status(404)
      .send({ error: { code: 'not-found', message: 'Fant ikke det du ba om.' } });
  });

  return server;
}

function toAuditView(entry: {
  seq: number;
  at: number;
  actorId: string;
  actorRole: string;
  action: string;
  consultationId: string | null;
  outcome: string;
  detail: string | null;
}) {
  return {
    seq: entry.seq,
    at: new Date(entry.at).toISOString(),
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    consultationId: entry.consultationId,
    outcome: entry.outcome,
    ...(entry.detail === null ? {} : { detail: entry.detail }),
  };
}
