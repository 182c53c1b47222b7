export { createHttpServer } from './server.js';
export type { HttpServerDeps, RouteHelpers } from './server.js';
export { toHttpError } from './error-mapping.js';
export { createMetrics } from './metrics.js';
export type { Metrics } from './metrics.js';
export { registerLiveStreamRoute } from './live-stream-route.js';
export { registerCapabilitiesRoute } from './capabilities-route.js';
export type { CapabilityReport } from './capabilities-route.js';
