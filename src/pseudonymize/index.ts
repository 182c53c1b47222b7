/**
 * Pseudonymization of Norwegian clinical text (design §2, P3): recognizers, gazetteers, surrogate
 * generation, the per-consultation vault and re-identification. See README.md for the pipeline.
 */
export { phiTypes, type PhiType, type DetectedEntity } from './types.js';
export { detectIdentifiers, type DetectOptions } from './detect-identifiers.js';
export {
  defaultPolicy,
  parsePseudonymizationPolicy,
  pseudonymizationPolicySchema,
  type PolicyAction,
  type PseudonymizationPolicy,
} from './policy.js';
export {
  Vault,
  createVault,
  serializeVault,
  parseVault,
  type VaultEntry,
  type NamePartEntry,
} from './vault.js';
export {
  pseudonymize,
  pseudonymizeTranscript,
  reserveNames,
  type PseudonymizedEntity,
  type PseudonymizeOptions,
} from './pseudonymize.js';
export { createReidentifier, reidentify, type Reidentifier } from './reidentify.js';
export { runDeidStream } from './run-deid-stream.js';
export { createLexicon, getSharedLexicon, type Lexicon } from './lexicon.js';
export {
  pseudonymizeSegments,
  pseudonymizedSegmentsSchema,
  vaultSeedBytes,
  type PseudonymizedSegments,
  type PseudonymizedSegmentText,
  type SegmentsToPseudonymize,
} from './pseudonymize-segments.js';
export { reidentifyTexts, type ReidentifiedText } from './reidentify-texts.js';
