import type {
  EngineInfo,
  PseudonymizedTranscript,
  TemplateDefinition,
} from '../../../core/index.js';
import type { DrafterOutput } from '../../drafter.js';
import type { TranscriptIndex } from '../../verify/transcript-index.js';
import { createVerifierRepairPrompt, repairedWarning } from './draft-prompt.js';
import { findContradictions } from './find-contradictions.js';

/** What the one repair round needs; the engine supplies how to ask its model again. */
export interface RepairRoundInput {
  readonly template: TemplateDefinition;
  readonly transcript: PseudonymizedTranscript;
  /** The model's first (parsed) answer for this part. */
  readonly output: DrafterOutput;
  readonly engine: EngineInfo;
  /** The transcript's verifier index, built once per draft and shared by its parts. */
  readonly index: TranscriptIndex;
  /**
   * Asks the model once more with `note` (the repair instruction) added to the task. Returns the
   * parsed answer, or `undefined` when there is no room for the note or the answer is unusable.
   */
  readonly askAgain: (note: string) => Promise<DrafterOutput | undefined>;
}

/**
 * The language-model engines' one repair round (issue 11 §7): when the verifier finds sentences
 * the transcript contradicts (a number, unit, side, negation, drug or person), the model is told
 * which and why and answers once more. The second answer replaces the first, with a warning that
 * a repair round ran; an unusable second answer keeps the first. Whatever still contradicts is
 * flagged later by `verifyDraft`.
 */
export async function runRepairRound(input: RepairRoundInput): Promise<DrafterOutput> {
  const problems = findContradictions({
    template: input.template,
    transcript: input.transcript,
    output: input.output,
    engine: input.engine,
    index: input.index,
  });
  if (problems.length === 0) return input.output;
  const repaired = await input.askAgain(createVerifierRepairPrompt(problems));
  if (repaired === undefined) return input.output;
  return { ...repaired, warnings: [...repaired.warnings, repairedWarning(problems.length)] };
}
