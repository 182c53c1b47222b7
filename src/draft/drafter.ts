import type {
  CodeSystem,
  EngineInfo,
  Evidence,
  PortSpecificationVersion,
  PseudonymizedTranscript,
  TemplateDefinition,
} from '../core/index.js';

/**
 * The `Drafter` port (design §4): turns a pseudonymized transcript into a draft document.
 *
 * Contract for every engine (one contract suite runs against all of them):
 * - Input is only ever pseudonymized (`PseudonymizedTranscript`); an engine never sees who the
 *   patient is. The type system enforces it (see `drafter.test-d.ts`).
 * - Output text is still in pseudonym space; the caller verifies it (evidence links, numbers,
 *   drugs, negations, codes) and re-identifies it through the vault. Engines must not assume
 *   their output is trusted: the verifier recomputes evidence, and `evidence` here is a hint.
 * - Every section key of the template appears in the output, in template order, possibly with no
 *   sentences.
 * - An engine never throws for content reasons (nothing to say, unusual language); it returns
 *   fewer sentences and a warning. It throws `EngineError` (with `isRetryable`) when its model or
 *   endpoint fails, and `InvalidInputError` for input it cannot take (an empty transcript).
 * - `options.signal` cancels; `options.onProgress` reports progress for long drafts.
 */
export interface Drafter {
  /** The version of this port the engine implements; checked by the composition root. */
  readonly specificationVersion: PortSpecificationVersion<'drafter'>;
  readonly info: EngineInfo;
  draft(input: DrafterInput, options?: DraftOptions): Promise<DrafterOutput>;
}

export interface DrafterInput {
  readonly template: TemplateDefinition;
  readonly transcript: PseudonymizedTranscript;
}

export interface DraftOptions {
  readonly signal?: AbortSignal;
  /** Called with work done so far, e.g. parts drafted of a long consultation. */
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

export interface DrafterSentence {
  readonly text: string;
  /** The engine's own idea of the supporting spans; may be empty. */
  readonly evidence?: readonly Evidence[];
  /** A line break or an empty line before it (dictation: «ny linje», «nytt avsnitt»). */
  readonly breakBefore?: 'line' | 'paragraph';
}

export interface DrafterSection {
  readonly key: string;
  readonly sentences: readonly DrafterSentence[];
}

export interface DrafterDiagnosis {
  readonly system: CodeSystem;
  readonly code: string;
  readonly text?: string;
  readonly evidence?: readonly Evidence[];
}

export interface DrafterOutput {
  readonly sections: readonly DrafterSection[];
  readonly diagnoses: readonly DrafterDiagnosis[];
  /** Norwegian, clinician-facing, no identifiers (e.g. "Utkastet er laget i 3 deler."). */
  readonly warnings: readonly string[];
}
