import type { Clock } from '../core/index.js';
import { isProviderError } from './provider-error.js';

/** Waits the given time; injected so tests never wait on a real timer. */
export type Sleep = (milliseconds: number) => Promise<void>;

/** A real timer. */
export const realSleep: Sleep = (milliseconds) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, milliseconds);
  });

/** How `retry` repeats a call. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  readonly maxRetries?: number;
  /** First wait; doubles each retry (default 500 ms). A provider's Retry-After wins. */
  readonly initialDelayMs?: number;
  readonly sleep?: Sleep;
}

/**
 * Runs `attempt` until it succeeds, it throws an error that is not a retryable `ProviderError`, or
 * the retries are used up; then throws the last error. Waits `initialDelayMs · 2^(n−1)` before
 * retry n, or what the provider asked for (`retryAfterMs`). `attempt` gets the attempt number
 * (0 first).
 */
export async function retry<Result>(
  attempt: (attemptNumber: number) => Promise<Result>,
  options: RetryOptions = {},
): Promise<Result> {
  const maxRetries = Math.max(0, Math.trunc(options.maxRetries ?? 3));
  const initialDelayMs = options.initialDelayMs ?? 500;
  const sleep = options.sleep ?? realSleep;
  for (let attemptNumber = 0; ; attemptNumber += 1) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      if (!isProviderError(error) || !error.isRetryable || attemptNumber >= maxRetries) throw error;
      await sleep(error.retryAfterMs ?? initialDelayMs * 2 ** attemptNumber);
    }
  }
}

const maximumRetryAfterMs = 30_000;

/**
 * The wait a response's `Retry-After` header asks for (seconds or an HTTP date, read against the
 * injected clock), capped at 30 s; undefined when there is none or it cannot be read.
 */
export function readRetryAfterMs(response: Response, clock: Clock): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  const milliseconds = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - clock.now();
  return Number.isFinite(milliseconds)
    ? Math.min(Math.max(0, milliseconds), maximumRetryAfterMs)
    : undefined;
}
