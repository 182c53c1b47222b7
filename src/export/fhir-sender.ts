import { z } from 'zod';
import { EngineError, type Clock, type PortSpecificationVersion } from '../core/index.js';
import {
  discardBody,
  fetchWithTimeout,
  ProviderError,
  readRetryAfterMs,
  realSleep,
  retry,
  retryableStatuses,
} from '../providers/index.js';
import type { FhirBundle, FhirDocumentReference } from './fhir-types.js';
import { assertValidFhirDocument } from './validate-fhir-document.js';

/** How Referent authenticates to the FHIR server. */
export type FhirServerAuth =
  | { readonly kind: 'bearer'; readonly token: string }
  | {
      readonly kind: 'client-credentials';
      readonly tokenUrl: string;
      readonly clientId: string;
      readonly clientSecret: string;
      readonly scope?: string;
    };

export interface FhirSenderOptions {
  /** FHIR base URL, e.g. https://fhir.example.no/fhir (a trailing slash is fine). */
  readonly baseUrl: string;
  readonly auth?: FhirServerAuth;
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  /** Per-request timeout (default 15 000 ms). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt for retryable failures (default 3). */
  readonly maxRetries?: number;
  /** First retry delay; doubles each retry (default 500 ms). A Retry-After header wins, up to 30 s. */
  readonly retryDelayMs?: number;
  /** Waits between retries (default: a real timer). */
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

export interface FhirSendResult {
  /** 201 when the server stored the document now, 200 when it already had it (a retry). */
  readonly status: number;
  /** The stored resource's location, when the server said. */
  readonly location?: string;
}

export interface FhirSender {
  /** The version of this port the sender implements; checked by the composition root. */
  readonly specificationVersion: PortSpecificationVersion<'fhir-sender'>;
  /**
   * Validates the document and POSTs it to the server as a conditional create. Never sends an
   * invalid document (`InvalidInputError`). Throws `EngineError` when the receiver fails:
   * `isRetryable` for timeouts, network errors, 408, 429 and 5xx (after the retries are used up),
   * not retryable for other 4xx. Messages hold the status code only, never the response body.
   */
  send(
    document: FhirBundle | FhirDocumentReference,
    options: { idempotencyKey: string },
  ): Promise<FhirSendResult>;
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive().optional(),
});

const engine = 'fhir';

/**
 * Sends approved documents to the configured FHIR server.
 *
 * Idempotency: every document carries a stable identifier derived from the consultation id and
 * the approval time (Bundle.identifier, DocumentReference.masterIdentifier). Each POST is a FHIR
 * conditional create with `If-None-Exist: identifier=<system>|<value>`, so when a response is lost
 * and we retry — or the whole export is repeated — the server finds the first copy and answers
 * 200 instead of storing a second. `idempotencyKey` goes out as the `Idempotency-Key` and
 * `X-Request-ID` headers for gateways that deduplicate or trace on them.
 */
export function createFhirSender(options: FhirSenderOptions): FhirSender {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRetries = Math.max(0, Math.trunc(options.maxRetries ?? 3));
  const retryOptions = {
    maxRetries,
    initialDelayMs: options.retryDelayMs ?? 500,
    sleep: options.sleep ?? realSleep,
  };
  let cachedToken: { value: string; expiresAt: number } | undefined;

  const request = (url: string, init: RequestInit): Promise<Response> =>
    fetchWithTimeout(options.fetch, url, { ...init, timeoutMs });

  const getToken = async (): Promise<string | undefined> => {
    const auth = options.auth;
    if (auth === undefined) return undefined;
    if (auth.kind === 'bearer') return auth.token;
    if (cachedToken !== undefined && cachedToken.expiresAt > options.clock.now())
      return cachedToken.value;
    // OAuth 2.0 client credentials (RFC 6749 §4.4), client authenticated with HTTP Basic (§2.3.1).
    const credentials = Buffer.from(
      `${encodeURIComponent(auth.clientId)}:${encodeURIComponent(auth.clientSecret)}`,
    ).toString('base64');
    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    if (auth.scope !== undefined) body.set('scope', auth.scope);
    const response = await request(auth.tokenUrl, {
      method: 'POST',
      headers: {
        authorization: `Basic ${credentials}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: body.toString(),
    });
    if (!response.ok) {
      await discardBody(response);
      throw new ProviderError({
        reason: `token endpoint answered HTTP ${response.status}`,
        isRetryable: retryableStatuses.has(response.status),
        status: response.status,
      });
    }
    const parsed = tokenResponseSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) {
      throw new ProviderError({
        reason: 'token endpoint gave no usable access token',
        isRetryable: false,
      });
    }
    const lifetimeSeconds = parsed.data.expires_in ?? 300;
    // Renew 30 s early so a token never expires in flight.
    cachedToken = {
      value: parsed.data.access_token,
      expiresAt: options.clock.now() + Math.max(0, lifetimeSeconds - 30) * 1000,
    };
    return cachedToken.value;
  };

  const attempt = async (
    target: { url: string; ifNoneExist: string; body: string },
    idempotencyKey: string,
    state: { tokenRenewed: boolean },
  ): Promise<FhirSendResult> => {
    const token = await getToken();
    const response = await request(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/fhir+json; charset=utf-8',
        accept: 'application/fhir+json',
        // The answer may echo the document; we need only the status and location.
        prefer: 'return=minimal',
        'if-none-exist': target.ifNoneExist,
        'idempotency-key': idempotencyKey,
        'x-request-id': idempotencyKey,
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: target.body,
    });
    await discardBody(response);
    if (response.status === 200 || response.status === 201) {
      const location = response.headers.get('location') ?? response.headers.get('content-location');
      return { status: response.status, ...(location === null ? {} : { location }) };
    }
    if (
      response.status === 401 &&
      options.auth?.kind === 'client-credentials' &&
      !state.tokenRenewed
    ) {
      // The token was revoked or expired early: fetch a new one once and try again.
      cachedToken = undefined;
      state.tokenRenewed = true;
      throw new ProviderError({
        reason: 'token rejected (HTTP 401)',
        isRetryable: true,
        status: 401,
        retryAfterMs: 0,
      });
    }
    const retryAfterMs = readRetryAfterMs(response, options.clock);
    throw new ProviderError({
      reason: `FHIR server answered HTTP ${response.status}`,
      isRetryable: retryableStatuses.has(response.status),
      status: response.status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  };

  return {
    specificationVersion: 'v1',
    async send(document, sendOptions) {
      assertValidFhirDocument(document);
      const target = toTarget(baseUrl, document);
      const state = { tokenRenewed: false };
      try {
        return await retry(() => attempt(target, sendOptions.idempotencyKey, state), retryOptions);
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        throw toEngineError(error, maxRetries);
      }
    },
  };
}

function toTarget(
  baseUrl: string,
  document: FhirBundle | FhirDocumentReference,
): { url: string; ifNoneExist: string; body: string } {
  const identifier =
    document.resourceType === 'Bundle' ? document.identifier : document.masterIdentifier;
  const system = identifier?.system ?? '';
  const value = identifier?.value ?? '';
  return {
    url: `${baseUrl}/${document.resourceType}`,
    // FHIR search token "system|value"; each part URL-encoded, the bar kept literal.
    ifNoneExist: `identifier=${encodeURIComponent(system)}|${encodeURIComponent(value)}`,
    body: JSON.stringify(document),
  };
}

function toEngineError(failure: ProviderError, maxRetries: number): EngineError {
  const retryable = failure.isRetryable;
  const status = failure.status;
  if (!retryable) {
    return new EngineError({
      engine,
      message: `document rejected: ${failure.message}`,
      userMessage:
        status === 401 || status === 403
          ? 'Journalsystemet godtok ikke Referents tilgang. Notatet er ikke overført. Kontakt IT.'
          : `Journalsystemet avviste dokumentet${status === undefined ? '' : ` (feilkode ${status})`}. Notatet er ikke overført og ligger fortsatt i Referent.`,
      isRetryable: false,
      cause: failure,
    });
  }
  return new EngineError({
    engine,
    message: `FHIR server unavailable after ${maxRetries + 1} attempt(s): ${failure.message}`,
    userMessage:
      'Journalsystemet svarer ikke nå. Notatet er ikke overført og ligger fortsatt i Referent. Prøv igjen om litt.',
    isRetryable: true,
    cause: failure,
  });
}
