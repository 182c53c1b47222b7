export { createHttpServer } from './server.js';
export type { HttpServerDeps, RouteHelpers } from './server.js';
export { toHttpError } from './error-mapping.js';
export { createMetrics } from './metrics.js';
export type { Metrics } from './metrics.js';
export { registerLiveStreamRoute } from './live-stream-route.js';
export { createHealthCheck } from './health.js';
export type { HealthReport, SweeperState } from './health.js';
