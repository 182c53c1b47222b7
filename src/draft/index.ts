/**
 * Drafting (design §3 `draft`): templates, the `Drafter` port and its engines, and the verifier
 * that links every drafted sentence to the transcript and flags what it cannot support.
 */
export type {
  Drafter,
  DrafterDiagnosis,
  DrafterInput,
  DrafterOutput,
  DrafterSection,
  DrafterSentence,
  DraftOptions,
} from './drafter.js';
export { getTemplate, templates } from './templates/templates.js';
export { parseTemplateFile } from './templates/parse-template-file.js';
export {
  createBuiltinDrafter,
  builtinModelName,
} from './engines/builtin/create-builtin-drafter.js';
export {
  createDictationDrafter,
  dictationModelName,
  isDictation,
} from './dictation/create-dictation-drafter.js';
export { verifyDraft, supportThreshold, type VerifyDraftInput } from './verify/verify-draft.js';
export { textsOfDraft } from './draft-texts.js';
export { createDrafter, type DrafterConfig, type DrafterEngineKind } from './create-drafter.js';
export {
  extractNumbers,
  writeNumbersAsDigits,
  type NumberMention,
} from './language/norwegian-numbers.js';
export { findDrugMentions, isDrugName, type DrugMention } from './language/drug-names.js';
export { resetWordMemos } from '../language/index.js';
