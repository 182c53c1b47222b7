/**
 * What the model-backed drafting engines (`openai`, `llama`) share: the Norwegian prompt, the
 * answer's JSON Schema, lenient parsing of the answer, and the error for unusable answers.
 */
export {
  createDraftPrompt,
  createRepairPrompt,
  createVerifierRepairPrompt,
  repairedWarning,
  summarizeDraftedParts,
  fitSummary,
  type ContradictedSentence,
  type DraftPrompt,
  type PartPosition,
} from './draft-prompt.js';
export { createContradictionIndex, findContradictions } from './find-contradictions.js';
export { runRepairRound, type RepairRoundInput } from './run-repair-round.js';
export type { TranscriptIndex } from '../../verify/transcript-index.js';
export {
  createBoundedOutputJsonSchema,
  createStrictOutputJsonSchema,
  defaultOutputBounds,
  parseModelOutput,
  type JsonSchema,
  type ModelOutputProblem,
  type OutputBounds,
  type ParseModelOutputResult,
} from './model-output.js';
export {
  isModelOutputError,
  ModelOutputError,
  type ModelOutputFailure,
} from './model-output-error.js';
export {
  getSegmentRange,
  toTranscriptLine,
  toTranscriptLines,
  type TranscriptPart,
  type TranscriptSlice,
} from './transcript-part.js';
