/**
 * Small shared utilities for speaking HTTP to providers (model endpoints, speech-to-text, FHIR
 * servers) without vendor SDKs: `postJson`, `retry`, `parseSse`, one `ProviderError` with
 * `isRetryable`. `fetch`, the clock and the sleep between retries are always injected.
 */
export {
  discardBody,
  fetchWithTimeout,
  postJson,
  toHttpError,
  type PostJsonOptions,
} from './post-json.js';
export { parseSse, type ServerSentEvent } from './parse-sse.js';
export { isProviderError, ProviderError, retryableStatuses } from './provider-error.js';
export { readRetryAfterMs, realSleep, retry, type RetryOptions, type Sleep } from './retry.js';
