import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer, by hand (docs/decisions/2026-12-01-http-plugins.md). The
 * same set is written on the raw socket for errors Fastify raises before routing.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'microphone=(self), camera=(), geolocation=()',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
};

/** Adds the headers, `no-store` on the API, and HSTS only over https (never pins plain http). */
export function registerSecurityHeaders(server: FastifyInstance): void {
  server.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    // Directly over https, or as reported by a trusted proxy.
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}

/**
 * Answers an error Fastify raises before routing (a malformed URL) on the raw socket: 400, no URL
 * echoed, the security headers on (Fastify's `frameworkErrors`).
 */
export function writeFrameworkError(response: ServerResponse): void {
  response.writeHead(400, {
    ...securityHeaders,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify({ error: { code: 'invalid-url', message: 'Adressen er ugyldig.' } }));
}
