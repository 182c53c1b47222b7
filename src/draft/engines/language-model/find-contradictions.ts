import type {
  EngineInfo,
  PseudonymizedTranscript,
  TemplateDefinition,
} from '../../../core/index.js';
import type { DrafterOutput } from '../../drafter.js';
import { getTranscriptIndex, type TranscriptIndex } from '../../verify/transcript-index.js';
import { verifyDraft } from '../../verify/verify-draft.js';
import type { ContradictedSentence } from './draft-prompt.js';

/**
 * The sentences of a model's draft that the verifier finds contradicted by the transcript
 * (severity `error`: a number, unit, side, negation, drug or person that differs from what was
 * said). Engines use it for their one repair round; whatever remains is flagged in the draft.
 */
export function findContradictions(input: {
  readonly template: TemplateDefinition;
  readonly transcript: PseudonymizedTranscript;
  readonly output: DrafterOutput;
  readonly engine: EngineInfo;
  /** Built once per draft with `createContradictionIndex`; parts of a long draft share it. */
  readonly index?: TranscriptIndex;
}): ContradictedSentence[] {
  const draft = verifyDraft(input);
  const problems: ContradictedSentence[] = [];
  for (const section of draft.sections) {
    for (const sentence of section.sentences) {
      const error = sentence.flags.find((flag) => flag.severity === 'error');
      if (error !== undefined)
        problems.push({ section: section.key, text: sentence.text, reason: error.message });
    }
  }
  return problems;
}

/**
 * The transcript's index for `findContradictions` over the parts of one draft; the same index
 * `verifyDraft` uses afterwards for this transcript (built once).
 */
export function createContradictionIndex(transcript: PseudonymizedTranscript): TranscriptIndex {
  return getTranscriptIndex(transcript);
}
