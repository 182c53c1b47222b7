import type { Drafter } from './drafter.js';
import { createBuiltinDrafter } from './engines/builtin/create-builtin-drafter.js';
import type { LlamaDrafterOptions } from './engines/llama/index.js';
import type { OpenAiDrafterOptions } from './engines/openai/index.js';

/** Which engine to build (design §4, §6.5 `REFERENT_LLM_ENGINE`). */
export type DrafterEngineKind = 'builtin' | 'openai' | 'llama';

/** Engine configuration, as the config module derives it from `REFERENT_LLM_*`. */
export type DrafterConfig =
  | { readonly engine: 'builtin' }
  | { readonly engine: 'openai'; readonly openai: OpenAiDrafterOptions }
  | { readonly engine: 'llama'; readonly llama: LlamaDrafterOptions };

/**
 * Builds the configured drafting engine. `builtin` is always available. The `llama` engine is
 * loaded on demand so that installations without the native runtime never load it.
 */
export async function createDrafter(config: DrafterConfig): Promise<Drafter> {
  switch (config.engine) {
    case 'builtin':
      return createBuiltinDrafter();
    case 'openai': {
      const { createOpenAiDrafter } = await import('./engines/openai/index.js');
      return createOpenAiDrafter(config.openai);
    }
    case 'llama': {
      const { createLlamaDrafter } = await import('./engines/llama/index.js');
      return createLlamaDrafter(config.llama);
    }
  }
}
