import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/index.js';
import { PayloadTooLargeError, ReferentError } from '../core/index.js';
import { BodyTooSlowError, watchBodyPace, type BodyPace } from './body-pace.js';

/** What a route accepts as a body: which kinds of content type, and how many bytes at most. */
export interface BodyPolicy {
  readonly kinds: readonly BodyKind[];
  readonly maxBytes: number;
}

export type BodyKind = 'json' | 'transcript-text' | 'audio';

const kindOfContentType: Readonly<Record<string, BodyKind>> = {
  'application/json': 'json',
  'text/plain': 'transcript-text',
  'text/vtt': 'transcript-text',
  'application/x-subrip': 'transcript-text',
  'text/srt': 'transcript-text',
  'audio/wav': 'audio',
  'audio/x-wav': 'audio',
  'audio/wave': 'audio',
  'audio/vnd.wave': 'audio',
  'application/octet-stream': 'audio',
};

/** A body this route does not take; answered before a byte of it is read. */
export class UnsupportedMediaTypeError extends ReferentError {
  readonly code = 'unsupported-media-type';
  constructor() {
    super({
      message: 'content type not accepted by this route',
      userMessage: 'Formatet støttes ikke her. Send JSON, eller riktig filtype for endepunktet.',
    });
  }
}

/** Every audio upload slot is taken; the client should retry shortly. */
export class UploadsBusyError extends ReferentError {
  readonly code = 'not-available';
  readonly retryAfterSeconds = 5;
  constructor() {
    super({
      message: 'every audio upload slot is in use',
      userMessage: 'Serveren tar imot mange lydfiler akkurat nå. Prøv igjen om litt.',
      isRetryable: true,
    });
  }
}

declare module 'fastify' {
  /** Per-route settings read by the guards (Fastify route `config`). */
  interface FastifyContextConfig {
    /** Reachable without a login (login, logout); only matters under `/api/`. */
    readonly public?: boolean;
    /** The body this route accepts; JSON up to the JSON limit when absent. */
    readonly body?: BodyPolicy;
    /** A GET that changes state (export): needs the CSRF header like any change. */
    readonly changesState?: boolean;
  }
}

function contentKindOf(request: FastifyRequest): BodyKind | 'other' | undefined {
  const header = request.headers['content-type'];
  if (header === undefined) return undefined;
  const type = header.split(';')[0]?.trim().toLowerCase() ?? '';
  return kindOfContentType[type] ?? 'other';
}

/** Whether the request announces a body (a positive Content-Length, or chunked). */
export function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return request.headers['transfer-encoding'] !== undefined;
}

/**
 * Guards that run before a request body is read (issue 14):
 * - every `/api/` route not marked public is authenticated in `onRequest`, so an anonymous
 *   caller is refused before the server reads (and holds) a single byte of the body;
 * - every route has its own body limit and content types (route `config.body`), checked in
 *   `preParsing` against the headers, so an audio-sized body is only ever read by the audio route;
 * - uploads of audio take one of a few slots, so concurrent uploads cannot exhaust memory;
 * - every body must keep arriving (`bodyPace`): one that stalls or trickles is cut off with 408 and
 *   the connection closed, before any handler ran, so nothing is stored.
 *
 * Register before any route (the `onRoute` hook only sees routes added after it).
 */
export function registerRequestGuards(
  server: FastifyInstance,
  options: {
    readonly authenticate: (request: FastifyRequest) => Promise<Actor>;
    readonly jsonBodyBytes: number;
    /** Audio bodies read at the same time; more get 503 with Retry-After. */
    readonly audioUploadSlots: number;
    /** How slow a body may arrive before it is cut off (`watchBodyPace`). */
    readonly bodyPace: BodyPace;
  },
): { readonly actorOf: (request: FastifyRequest) => Actor | undefined } {
  const actors = new WeakMap<FastifyRequest, Actor>();
  let audioUploads = 0;
  const defaultPolicy: BodyPolicy = { kinds: ['json'], maxBytes: options.jsonBodyBytes };

  server.addHook('onRoute', (route) => {
    const policy = route.config?.body ?? defaultPolicy;
    // Fastify reads at most this many bytes; Content-Length above it is refused unread.
    route.bodyLimit = policy.maxBytes;
  });

  server.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    if (url === undefined || !url.startsWith('/api/')) return;
    if (request.routeOptions.config.public === true) return;
    // A WebSocket upgrade has no body; its route authenticates before upgrading, after the
    // WebSocket plugin has taken charge of the connection (and can close it on refusal).
    if (request.headers.upgrade !== undefined) return;
    actors.set(request, await options.authenticate(request));
  });

  server.addHook('preParsing', async (request, reply, payload) => {
    if (!hasBody(request)) return payload;
    const policy = request.routeOptions.config.body ?? defaultPolicy;
    const kind = contentKindOf(request);
    if (kind === undefined || kind === 'other' || !policy.kinds.includes(kind)) {
      throw new UnsupportedMediaTypeError();
    }
    // Also for bodies handed on as streams, which Fastify's own limit does not see.
    if (Number(request.headers['content-length'] ?? 0) > policy.maxBytes) {
      throw new PayloadTooLargeError(policy.maxBytes);
    }
    if (kind === 'audio') {
      if (audioUploads >= options.audioUploadSlots) {
        throw new UploadsBusyError();
      }
      audioUploads += 1;
      let released = false;
      reply.raw.once('close', () => {
        if (!released) audioUploads -= 1;
        released = true;
      });
    }
    const watched = watchBodyPace(payload, options.bodyPace);
    watched.once('error', (error) => {
      // The client is still sending: close the connection after the 408 rather than read on.
      if (error instanceof BodyTooSlowError) void reply.header('connection', 'close');
    });
    return watched;
  });

  return { actorOf: (request) => actors.get(request) };
}
