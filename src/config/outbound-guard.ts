import { EngineError } from '../core/index.js';
import type { ReferentConfig } from './config.js';

/**
 * P4: Referent calls nothing but the endpoints declared in configuration. Every adapter that
 * talks to the network receives this `fetch`, which refuses any other origin before a byte is sent.
 */
export function createGuardedFetch(options: {
  config: ReferentConfig;
  fetch: typeof fetch;
}): typeof fetch {
  const allowed = new Set<string>();
  const { llm, stt, fhir } = options.config;
  if (llm.engine === 'openai') allowed.add(new URL(llm.baseUrl).origin);
  if (stt.engine === 'openai') allowed.add(new URL(stt.baseUrl).origin);
  if (fhir !== undefined) allowed.add(new URL(fhir.baseUrl).origin);
  const guarded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url =
      typeof input === 'string'
        ? new URL(input)
        : input instanceof URL
          ? input
          : new URL(input.url);
    if (!allowed.has(url.origin)) {
      throw new EngineError({
        engine: 'outbound-guard',
        message: 'refused a call to an endpoint that is not declared in configuration',
        userMessage: 'Referent nektet å kontakte en tjeneste som ikke er godkjent i oppsettet.',
      });
    }
    return options.fetch(input, init);
  };
  return guarded;
}
