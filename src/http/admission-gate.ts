import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ReferentError } from '../core/index.js';
import { hasBody } from './request-guards.js';

/** Too many API requests are already waiting; the client should retry shortly. */
export class ServerBusyError extends ReferentError {
  readonly code = 'not-available';
  readonly retryAfterSeconds = 2;
  constructor() {
    super({
      message: 'the admission queue is full',
      userMessage: 'Serveren har mange forespørsler akkurat nå. Prøv igjen om litt.',
      isRetryable: true,
    });
  }
}

/** Bounded concurrency with a first-come, first-served queue; see `registerAdmissionGate`. */
export interface AdmissionGate {
  /**
   * Waits for a slot and resolves with its release (call once; later calls do nothing). Throws
   * `ServerBusyError` when `maxWaiting` callers already wait. `cancelled` settles when the caller
   * goes away while still queued: its place is given up and the promise never resolves.
   */
  enter(cancelled: Promise<void>): Promise<() => void>;
  /** Requests holding a slot. */
  readonly active: number;
  /** Requests waiting for one. */
  readonly waiting: number;
}

/**
 * `slots` requests at a time; the rest wait in arrival order, at most `maxWaiting` of them.
 */
export function createAdmissionGate(options: {
  readonly slots: number;
  readonly maxWaiting: number;
}): AdmissionGate {
  let active = 0;
  const queue: (() => void)[] = [];
  const releaseOnce = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queue.shift();
      // The slot passes straight to the next in line, so nobody overtakes the queue.
      if (next === undefined) active -= 1;
      else next();
    };
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    async enter(cancelled) {
      if (active < options.slots && queue.length === 0) {
        active += 1;
        return releaseOnce();
      }
      if (queue.length >= options.maxWaiting) throw new ServerBusyError();
      return new Promise<() => void>((resolve) => {
        const admit = () => {
          resolve(releaseOnce());
        };
        queue.push(admit);
        void cancelled.then(() => {
          const index = queue.indexOf(admit);
          if (index >= 0) queue.splice(index, 1);
        });
      });
    },
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route waits on an engine (a draft, a send to the record) for much longer than it works on
     * the event loop: it does not take a slot of the admission gate, which it would hold idle.
     */
    readonly waitsOnEngine?: boolean;
    /**
     * The route works on the event loop before and after a long engine wait (a draft: reads and
     * decryption, then storing the result): it takes a slot like any API request for that work,
     * and gives it back while the engine runs (`request.whileEngineRuns`), queueing again after.
     */
    readonly releasesSlotForEngine?: boolean;
  }
  interface FastifyRequest {
    /**
     * Runs `work` (an engine's wait) without this request's admission slot and takes a slot again
     * after it, first come, first served (routes with `releasesSlotForEngine`); elsewhere it just
     * runs `work`.
     */
    whileEngineRuns<T>(work: () => Promise<T>): Promise<T>;
  }
}

/**
 * Admission control for the API (issue 14): at most `slots` API requests are worked on at a time,
 * the rest wait first come, first served, before any of their work (authentication included).
 *
 * Why: a request's work up to its first real wait (authentication, reads, the transaction) runs in
 * one go on the event loop, so with 200 requests in flight one turn of the loop served them all
 * back to back: `/healthz` waited behind every one of them (p99 200 ms under the load bench, on a
 * quiet machine), and whoever arrived in a full turn waited for all of it. With a bounded number in
 * flight, a turn holds at most `slots` requests' work, `/healthz` and `/readyz` (never gated) are
 * answered in the next turn, and the API is served in arrival order, which tightens its tail
 * latency at the same throughput. Not gated: health and metrics, the web app, WebSocket upgrades,
 * audio uploads (a long body read at the client's pace; they have their own slots) and routes that
 * wait on an engine (`config.waitsOnEngine`); a route that works before and after its engine's wait
 * (`config.releasesSlotForEngine`: a draft) holds a slot for that work only, so up to 200 drafts
 * starting or finishing at once no longer run back to back in one turn of the loop (issue 14:
 * with drafts, the loop's worst stall was 0.5 s). A request whose client leaves while queued gives up
 * its place; a slot is released when its response closes, whether finished or cut off. A request
 * with a body is admitted once its body is in (see below), so slow senders hold no slot.
 *
 * Register before the request guards, so authentication waits its turn too. 32 slots and 2,000
 * waiting when not given.
 */
export function registerAdmissionGate(
  server: FastifyInstance,
  options: { readonly slots?: number | undefined; readonly maxWaiting?: number | undefined },
): void {
  const gate = createAdmissionGate({
    slots: options.slots ?? 32,
    maxWaiting: options.maxWaiting ?? 2_000,
  });
  const isGated = (request: FastifyRequest): boolean => {
    const url = request.routeOptions.url;
    if (url === undefined || !url.startsWith('/api/')) return false;
    const config = request.routeOptions.config;
    if (config.releasesSlotForEngine === true) return true;
    if (config.waitsOnEngine === true || config.body?.kinds.includes('audio') === true)
      return false;
    return request.headers.upgrade === undefined;
  };
  server.decorateRequest('whileEngineRuns', function <T>(work: () => Promise<T>): Promise<T> {
    return work();
  });
  const admit = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const closed = new Promise<void>((resolve) => {
      reply.raw.once('close', () => {
        resolve();
      });
    });
    let release = await gate.enter(closed);
    void closed.then(release);
    if (reply.raw.destroyed) release();
    if (request.routeOptions.config.releasesSlotForEngine !== true) return;
    request.whileEngineRuns = async (work) => {
      release();
      try {
        return await work();
      } finally {
        // Never gives up its place once queued (its result is still to be stored); a client that
        // left meanwhile has its slot released as soon as it is admitted. A full queue does not
        // throw the engine's finished work away: the result is stored without a slot.
        release = await gate.enter(new Promise<void>(() => undefined)).catch(() => () => undefined);
        void closed.then(release);
      }
    };
  };
  // A request without a body waits for its slot before any of its work; one with a body only once
  // the body is in, so a client sending its body slowly holds no slot meanwhile (the request
  // guards cut off a body that stalls; authentication then runs before admission).
  server.addHook('onRequest', async (request, reply) => {
    if (isGated(request) && !hasBody(request)) await admit(request, reply);
  });
  server.addHook('preValidation', async (request, reply) => {
    if (isGated(request) && hasBody(request)) await admit(request, reply);
  });
}
