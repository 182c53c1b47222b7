/**
 * One failed call to a provider (a model endpoint, a speech-to-text endpoint, a FHIR server).
 * `isRetryable` says whether the same call may succeed later (timeouts, network errors, 408, 429,
 * 5xx); `retryAfterMs` is the wait the provider asked for. The message holds the status code and
 * a plain reason only, never a request or response body (conventions §14).
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly isRetryable: boolean;
  /** The HTTP status, when the provider answered. */
  readonly status: number | undefined;
  /** How long the provider asked us to wait (Retry-After), when it said. */
  readonly retryAfterMs: number | undefined;
  constructor(options: {
    reason: string;
    isRetryable: boolean;
    status?: number;
    retryAfterMs?: number;
    cause?: unknown;
  }) {
    super(options.reason, options.cause === undefined ? undefined : { cause: options.cause });
    this.isRetryable = options.isRetryable;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** True for a `ProviderError`. */
export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** HTTP statuses worth repeating a call for: timeout, too many requests, server errors. */
export const retryableStatuses: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
