import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import { isAllowed, permissionRules, type Actor } from '../auth/index.js';
import { ForbiddenError, type ConsultationStatus } from '../core/index.js';
import { bearerOf } from './authenticate.js';
import type { HealthReport } from './health.js';
import type { Metrics } from './metrics.js';
import { responses } from './response-schemas.js';

export interface HealthRoutesOptions {
  readonly metrics: Metrics;
  /** Counts consultations per status for the gauges (metadata only). */
  readonly countByStatus: () => Promise<Readonly<Partial<Record<ConsultationStatus, number>>>>;
  /** Health of the store, the audit chain head and the sweeper; always healthy when absent. */
  readonly health?: () => Promise<HealthReport>;
  /** Further gauges by Prometheus name (live recordings and the audio they hold); no content. */
  readonly gauges?: () => Readonly<Record<string, number>>;
  /** Bearer token a Prometheus scraper sends; without it only a logged-in admin may read. */
  readonly metricsToken?: string;
  /** Resolves the caller from the headers (not from the request guards). */
  readonly authenticateHeaders: (request: FastifyRequest) => Promise<Actor>;
}

/**
 * `GET /healthz`, `GET /readyz` (503 when a part is failing, so a load balancer or monitor
 * notices, issue 14) and `GET /metrics` (Prometheus text).
 */
export const healthRoutes: FastifyPluginCallback<HealthRoutesOptions> = (server, options, done) => {
  const { health, metrics } = options;

  async function requireMetricsAccess(request: FastifyRequest): Promise<void> {
    const bearer = bearerOf(request.headers.authorization);
    const token = options.metricsToken;
    if (token !== undefined && bearer !== undefined && bearer.length === token.length) {
      if (timingSafeEqual(Buffer.from(bearer), Buffer.from(token))) return;
    }
    const actor = await options.authenticateHeaders(request);
    if (!isAllowed(actor, 'metrics')) throw new ForbiddenError(permissionRules.metrics.message);
  }

  server.get(
    '/healthz',
    { config: { response: responses.health.healthz } },
    async (_request, reply) => {
      if (health === undefined) return { status: 'ok' };
      const { ok, ...checks } = await health();
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'failing', ...checks });
    },
  );
  server.get(
    '/readyz',
    { config: { response: responses.health.readyz } },
    async (_request, reply) => {
      const ok = health === undefined ? true : (await health()).ok;
      return reply.status(ok ? 200 : 503).send({ ready: ok });
    },
  );
  server.get('/metrics', async (request, reply) => {
    await requireMetricsAccess(request);
    const byStatus = await options.countByStatus();
    const gauges: Record<string, number> = { ...options.gauges?.() };
    for (const [status, count] of Object.entries(byStatus))
      gauges[`referent_consultations{status="${status}"}`] = count;
    return reply.type('text/plain; version=0.0.4').send(metrics.render(gauges));
  });
  done();
};
