import type { z } from 'zod';
import type { Clock } from '../core/index.js';
import { ProviderError, retryableStatuses } from './provider-error.js';
import { readRetryAfterMs } from './retry.js';

/** One HTTP call with a per-request timeout; network failures and timeouts become retryable. */
export async function fetchWithTimeout(
  fetchFunction: typeof fetch,
  url: string,
  init: RequestInit & { timeoutMs: number },
): Promise<Response> {
  const { timeoutMs, ...rest } = init;
  try {
    return await fetchFunction(url, { ...rest, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new ProviderError({
      reason: timedOut ? `no answer within ${timeoutMs} ms` : 'could not reach the server',
      isRetryable: true,
      cause: timedOut ? undefined : error,
    });
  }
}

/** A `ProviderError` for a response that is not 2xx, with Retry-After read; the body is discarded. */
export async function toHttpError(
  response: Response,
  options: { clock: Clock; what: string },
): Promise<ProviderError> {
  await discardBody(response);
  const retryAfterMs = readRetryAfterMs(response, options.clock);
  return new ProviderError({
    reason: `${options.what} answered HTTP ${response.status}`,
    isRetryable: retryableStatuses.has(response.status),
    status: response.status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** Reads and drops a body we do not need, so the connection can be reused. */
export async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The body is not needed; a failure to discard it changes nothing.
  }
}

/** What `postJson` needs: the injected fetch and clock, where, what, and how long to wait. */
export interface PostJsonOptions<Schema extends z.ZodType> {
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** Validates the answer; lenient schemas, only the fields we use (conventions §11). */
  readonly responseSchema: Schema;
  readonly timeoutMs?: number;
  /** Names the provider in error messages ("language model", "speech-to-text"). */
  readonly what?: string;
}

/**
 * POSTs JSON and returns the answer parsed by `responseSchema`. Throws `ProviderError`: retryable
 * for timeouts, network errors, 408, 429 and 5xx; not retryable for other statuses and for an
 * answer that is not JSON or does not match the schema. Never puts a body in an error.
 */
export async function postJson<Schema extends z.ZodType>(
  options: PostJsonOptions<Schema>,
): Promise<z.infer<Schema>> {
  const what = options.what ?? 'provider';
  const response = await fetchWithTimeout(options.fetch, options.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
    body: JSON.stringify(options.body),
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  if (!response.ok) throw await toHttpError(response, { clock: options.clock, what });
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ProviderError({ reason: `${what} answered with invalid JSON`, isRetryable: false });
  }
  const parsed = options.responseSchema.safeParse(json);
  if (!parsed.success) {
    // The zod issues name paths and expectations, not values; still, keep only the paths.
    const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new ProviderError({
      reason: `${what} answered in an unexpected shape (${paths})`,
      isRetryable: false,
    });
  }
  return parsed.data;
}
