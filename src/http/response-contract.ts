import type { FastifyInstance } from 'fastify';
import { ResponseShapeError, type Logger } from '../core/index.js';
import type { ResponseSchemas } from './response-schemas.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route's answers by status code (`responses` in `response-schemas.ts`). Required on every
     * JSON route (`/api/…`, `/healthz`, `/readyz`): the server refuses to start without it.
     */
    readonly response?: ResponseSchemas;
  }
}

/** Routes that answer JSON and so must declare what they answer. */
function isJsonRoute(url: string): boolean {
  return url.startsWith('/api/') || url === '/healthz' || url === '/readyz';
}

/**
 * Enforces the response schemas at run time (issue 15): every JSON route declares them
 * (checked when the route is registered), and an answer that does not match its schema, or comes
 * with a status the route declares nothing for, is never sent. It becomes a `ResponseShapeError`,
 * mapped once like every error (500, a Norwegian message); the log names the route, the field
 * paths and the issue codes, never a value. Error answers (4xx/5xx without a declared schema)
 * are shaped by the one error handler and pass.
 *
 * Register before the routes: Fastify runs these hooks for routes registered after them.
 */
export function registerResponseContract(server: FastifyInstance, logger: Logger): void {
  server.addHook('onRoute', (route) => {
    if (route.websocket === true || !isJsonRoute(route.url)) return;
    if (route.config?.response === undefined) {
      throw new ResponseShapeError(
        `${String(route.method)} ${route.url} declares no response schema (config.response)`,
      );
    }
  });
  server.addHook('preSerialization', async (request, reply, payload: unknown) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const schemas = request.routeOptions.config.response;
    const status = reply.statusCode;
    const schema = schemas?.[status];
    if (schema === undefined) {
      if (status >= 400 || schemas === undefined) return payload;
      logger.error('response has no schema for its status', { route, status });
      throw new ResponseShapeError(`${route} answered ${status}, for which it declares no schema`);
    }
    const result = schema.safeParse(payload);
    if (result.success) return payload;
    // Paths and codes only: a message could quote the value that did not match.
    const issues = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join('.') || '(body)'}:${issue.code}`)
      .join(', ');
    logger.error('response does not match its schema', { route, status, issues });
    throw new ResponseShapeError(`${route} answered a shape its schema refuses (${issues})`);
  });
}
