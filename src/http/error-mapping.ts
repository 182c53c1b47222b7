import { isReferentError, type ReferentError } from '../core/index.js';

/** The HTTP answer for an error: the one place errors become status codes (conventions §12). */
export interface HttpError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const statusByCode: Readonly<Record<string, number>> = {
  'invalid-input': 400,
  'consent-required': 400,
  unauthenticated: 401,
  'login-failed': 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'illegal-transition': 409,
  gone: 410,
  'request-timeout': 408,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  'integrity-failed': 500,
  'response-invalid': 500,
  'config-invalid': 500,
  'not-available': 503,
  'engine-failed': 502,
};

function fromReferent(error: ReferentError): HttpError {
  const status = statusByCode[error.code] ?? 500;
  const headers: Record<string, string> = {};
  if ('retryAfterSeconds' in error && typeof error.retryAfterSeconds === 'number') {
    headers['retry-after'] = String(error.retryAfterSeconds);
  }
  return { status, code: error.code, message: error.userMessage, headers };
}

/** Fastify's own errors (body parsing, limits); their messages are never passed through. */
function fromFramework(error: {
  code?: unknown;
  statusCode?: unknown;
  name?: unknown;
}): HttpError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'payload-too-large', message: 'Innholdet er for stort.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'unsupported-media-type',
        message: 'Formatet støttes ikke her. Send JSON, eller riktig filtype for endepunktet.',
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, code: 'invalid-json', message: 'Forespørselen er ikke gyldig JSON.' };
    default:
      break;
  }
  if (
    error.name === 'SyntaxError' ||
    (typeof error.statusCode === 'number' && error.statusCode === 400)
  ) {
    return { status: 400, code: 'invalid-json', message: 'Forespørselen er ikke gyldig JSON.' };
  }
  if (typeof error.statusCode === 'number' && error.statusCode === 413) {
    return { status: 413, code: 'payload-too-large', message: 'Innholdet er for stort.' };
  }
  if (typeof error.statusCode === 'number' && error.statusCode === 415) {
    return { status: 415, code: 'unsupported-media-type', message: 'Formatet støttes ikke her.' };
  }
  return undefined;
}

export function toHttpError(error: unknown): HttpError {
  if (isReferentError(error)) return fromReferent(error);
  if (typeof error === 'object' && error !== null) {
    const framework = fromFramework(error);
    if (framework !== undefined) return framework;
  }
  return {
    status: 500,
    code: 'internal',
    message:
      'Noe gikk galt i Referent. Ingenting er tapt; prøv igjen, og kontakt IT hvis det gjentar seg.',
  };
}
