export { loadConfig, listEndpoints, isLoopbackHost } from './config.js';
export type {
  ReferentConfig,
  LlmConfig,
  SttConfig,
  FhirConfig,
  Endpoint,
  ModelSourceConfig,
} from './config.js';
export { createGuardedFetch } from './outbound-guard.js';
