import type { Clock } from '../core/index.js';

/** Waits the given time, or rejects when `signal` aborts; injected so tests never wait. */
export type Sleep = (milliseconds: number, signal?: AbortSignal) => Promise<void>;

/** A real timer that stops early, rejecting, when the signal aborts. */
export const realSleep: Sleep = (milliseconds, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new Error('aborted'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * What `retry` reads from a failure: any error with `isRetryable: true` (a `ProviderError`, or the
 * domain's `EngineError`) may be repeated, after `retryAfterMs` when it carries one.
 */
function toRetryable(error: unknown): { retryAfterMs: number | undefined } | undefined {
  if (!(error instanceof Error) || !('isRetryable' in error) || error.isRetryable !== true)
    return undefined;
  const retryAfterMs =
    'retryAfterMs' in error && typeof error.retryAfterMs === 'number'
      ? error.retryAfterMs
      : undefined;
  return { retryAfterMs };
}

/** How `retry` repeats a call. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  readonly maxRetries?: number;
  /** First wait; doubles each retry (default 500 ms). A provider's Retry-After wins. */
  readonly initialDelayMs?: number;
  /** Longest back-off wait (default: no limit); a provider's Retry-After is not capped by it. */
  readonly maxDelayMs?: number;
  readonly sleep?: Sleep;
  /** Stops retrying when aborted: before each attempt and during each wait. */
  readonly signal?: AbortSignal;
  /** The error to throw when `signal` aborts (default: the signal's reason). */
  readonly onAborted?: () => Error;
}

/**
 * Runs `attempt` until it succeeds, it throws an error that is not retryable, or the retries are
 * used up; then throws the last error. Waits `initialDelayMs · 2^(n−1)` before
 * retry n, or what the provider asked for (`retryAfterMs`). `attempt` gets the attempt number
 * (0 first).
 */
export async function retry<Result>(
  attempt: (attemptNumber: number) => Promise<Result>,
  options: RetryOptions = {},
): Promise<Result> {
  const maxRetries = Math.max(0, Math.trunc(options.maxRetries ?? 3));
  const initialDelayMs = options.initialDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? Number.POSITIVE_INFINITY;
  const sleep = options.sleep ?? realSleep;
  const { signal } = options;
  const aborted = (): Error =>
    options.onAborted?.() ??
    (signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
  for (let attemptNumber = 0; ; attemptNumber += 1) {
    if (signal?.aborted === true) throw aborted();
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      const retryable = toRetryable(error);
      if (retryable === undefined || attemptNumber >= maxRetries) throw error;
      try {
        const backOff = Math.min(maxDelayMs, initialDelayMs * 2 ** attemptNumber);
        await sleep(retryable.retryAfterMs ?? backOff, signal);
      } catch {
        throw aborted();
      }
    }
  }
}

const maximumRetryAfterMs = 30_000;

/**
 * The wait a response asks for: `retry-after-ms` (milliseconds, as OpenAI-compatible servers send
 * it), else `Retry-After` (seconds or an HTTP date, read against the injected clock); capped at
 * 30 s; undefined when there is none or it cannot be read.
 */
export function readRetryAfterMs(response: Response, clock: Clock): number | undefined {
  const exact = Number(response.headers.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(exact) && exact >= 0) return Math.min(exact, maximumRetryAfterMs);
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  const milliseconds = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - clock.now();
  return Number.isFinite(milliseconds)
    ? Math.min(Math.max(0, milliseconds), maximumRetryAfterMs)
    : undefined;
}
