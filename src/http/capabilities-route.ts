import type { FastifyInstance } from 'fastify';
import { responses } from './response-schemas.js';
import type { RouteHelpers } from './server.js';

/**
 * What this installation can do, as the web app needs to know it before offering a button: speech
 * to text (and why not), sending to a record system, the drafting engine. Engine kinds are codes;
 * the web app shows them in Norwegian. Holds no endpoint addresses (admins see those in settings).
 */
export interface CapabilityReport {
  readonly speechToText: {
    readonly available: boolean;
    /** Live recording over the WebSocket (needs the same engine). */
    readonly live: boolean;
    readonly engine: 'whisper' | 'openai' | 'none';
    /** Norwegian: why it is not available and what to do instead; absent when available. */
    readonly message?: string;
  };
  readonly fhirSend: { readonly available: boolean };
  readonly drafting: { readonly engine: 'builtin' | 'openai' | 'llama' };
}

/** `GET /api/v1/capabilities` for every logged-in user. */
export function registerCapabilitiesRoute(
  server: FastifyInstance,
  deps: { helpers: RouteHelpers; report: () => CapabilityReport },
): void {
  server.get(
    '/api/v1/capabilities',
    { config: { response: responses.capabilities } },
    async (request) => {
      await deps.helpers.authenticate(request);
      return deps.report();
    },
  );
}
