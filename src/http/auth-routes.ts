import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import type { AuthService, LoginLimiter } from '../auth/index.js';
import { LoginFailedError, type Clock } from '../core/index.js';
import { bearerOf, toMissingCsrfHeaderError } from './authenticate.js';
import { responses } from './response-schemas.js';
import { parse, type RouteHelpers } from './route-helpers.js';
import {
  clearedSessionCookie,
  readCookie,
  sessionCookieName,
  toSessionCookie,
} from './session-cookie.js';

const loginSchema = z.strictObject({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
});

export interface AuthRoutesOptions {
  readonly helpers: RouteHelpers;
  readonly auth: AuthService;
  readonly loginLimiter: LoginLimiter;
  readonly clock: Clock;
  /** Whether the session cookie gets `Secure` even over plain http (behind a TLS proxy). */
  readonly secureCookies: boolean;
}

/**
 * `POST /api/v1/auth/login`, `POST /api/v1/auth/logout`, `GET /api/v1/auth/me`. Login failures
 * are throttled per account and per source address alike for unknown and real accounts.
 */
export const authRoutes: FastifyPluginCallback<AuthRoutesOptions> = (server, options, done) => {
  const { auth, loginLimiter, clock, helpers } = options;

  server.post(
    '/api/v1/auth/login',
    {
      config: {
        public: true,
        response: responses.auth.login,
        // A login spends most of its time waiting for the password hash, which has its own
        // bounded queue (`PasswordHasher`, 503 with Retry-After when full): it must not hold an
        // admission slot meanwhile, or a login surge would hold the whole API's slots.
        waitsOnEngine: true,
      },
    },
    async (request, reply) => {
      const input = parse(loginSchema, request.body, 'Oppgi brukernavn og passord.');
      // Unknown and real accounts are throttled alike (the answer never tells which exist).
      const attempt = { account: input.username.trim().toLowerCase(), source: request.ip };
      loginLimiter.check(attempt);
      let result: Awaited<ReturnType<AuthService['login']>>;
      try {
        result = await auth.login(input);
      } catch (error) {
        // The failed-login metric comes from the auth service's outcome, not from here.
        if (error instanceof LoginFailedError) loginLimiter.recordFailure(attempt);
        throw error;
      }
      loginLimiter.recordSuccess(attempt);
      const maxAge = Math.max(0, Math.floor((result.expiresAt - clock.now()) / 1000));
      const secure = options.secureCookies || request.protocol === 'https';
      reply.header('set-cookie', toSessionCookie(result.token, maxAge, secure));
      return {
        token: result.token,
        user: result.user,
        expiresAt: new Date(result.expiresAt).toISOString(),
      };
    },
  );

  server.post(
    '/api/v1/auth/logout',
    { config: { public: true, response: responses.auth.logout } },
    async (request, reply) => {
      const header = request.headers.authorization;
      if (header === undefined && request.headers['x-referent-request'] !== '1') {
        // CSRF: another site must not be able to log a clinician out with the cookie alone.
        throw toMissingCsrfHeaderError();
      }
      const token =
        header === undefined
          ? readCookie(request.headers.cookie, sessionCookieName)
          : bearerOf(header);
      if (token !== undefined && token !== '') await auth.logout(token);
      reply.header('set-cookie', clearedSessionCookie);
      return reply.status(204).send();
    },
  );

  server.get('/api/v1/auth/me', { config: { response: responses.auth.me } }, async (request) => {
    const actor = await helpers.authenticate(request);
    return {
      user: {
        id: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        role: actor.role,
        ...(actor.hpr === null ? {} : { hpr: actor.hpr }),
      },
    };
  });
  done();
};
