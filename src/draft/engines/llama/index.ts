/** The `llama` drafting engine: a local GGUF model through node-llama-cpp. */
export {
  createLlamaDrafter,
  type LlamaDrafter,
  type LlamaDrafterOptions,
} from './create-llama-drafter.js';
