import type { FastifyRequest } from 'fastify';
import type { Actor, AuthService } from '../auth/index.js';
import { ForbiddenError, UnauthenticatedError } from '../core/index.js';
import { readCookie, sessionCookieName } from './session-cookie.js';

/** The CSRF refusal: a cookie alone cannot change state; the app adds `x-referent-request: 1`. */
export function toMissingCsrfHeaderError(): ForbiddenError {
  return new ForbiddenError('Forespørselen mangler sikkerhetsmerking. Last inn siden på nytt.');
}

/** The bearer token of an `Authorization` header, if well-formed. */
export function bearerOf(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}

/**
 * Resolves the caller from a bearer token or the session cookie. With the cookie, a request that
 * changes state must carry the app's CSRF header, which other sites cannot add.
 */
export function createHeaderAuthenticator(
  auth: Pick<AuthService, 'authenticate'>,
): (request: FastifyRequest) => Promise<Actor> {
  return async (request) => {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const token = bearerOf(header);
      if (token === undefined) throw new UnauthenticatedError();
      return auth.authenticate(token);
    }
    const cookie = readCookie(request.headers.cookie, sessionCookieName);
    if (cookie === undefined) throw new UnauthenticatedError();
    const changesState =
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      request.routeOptions.config.changesState === true;
    if (changesState && request.headers['x-referent-request'] !== '1') {
      throw toMissingCsrfHeaderError();
    }
    return auth.authenticate(cookie);
  };
}
