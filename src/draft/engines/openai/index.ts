/** The `openai` drafting engine: any OpenAI-compatible chat-completions endpoint. */
export {
  createOpenAiDrafter,
  OpenAiEndpointError,
  type OpenAiDrafterOptions,
  type StructuredOutputMode,
} from './create-openai-drafter.js';
