import type { ReferentConfig } from './config/index.js';
import type { AppDeps } from './app.js';
import type { Logger } from './core/index.js';
import { searchCodes } from './codes/index.js';

/**
 * Builds the engines and modules the configuration asks for (the adapters behind the use cases'
 * capability interfaces). Kept apart from `createApp` so tests can inject fakes instead.
 */
export async function createCapabilities(
  config: ReferentConfig,
  options: { logger: Logger },
): Promise<NonNullable<AppDeps['capabilities']>> {
  config;
  options;
  return {
    searchCodes: (query, searchOptions) =>
      searchCodes(query, {
        limit: searchOptions.limit,
        ...(searchOptions.system === undefined ? {} : { system: searchOptions.system }),
      }),
  };
}
