import type { EvalDocument } from './eval-document.js';
import type { CleanText } from './load-eval-set.js';
import type { CleanCorpusResult, EvaluationResult, PredictedSpan, TargetCheck } from './score.js';
import { checkTargets, countWords, evaluate, evaluateClean } from './score.js';

/** What the caller already knows about the patient, as the detector takes it. */
export interface KnownIdentifiers {
  name?: string;
  fnr?: string;
  birthDate?: string;
}

/** A detected span with the detector's confidence (the pseudonymizer's `DetectedEntity` fits). */
export interface DetectedSpan extends PredictedSpan {
  readonly confidence?: number;
}

/** The function under test: the pseudonymizer's `detectIdentifiers`, or a fake in tests. */
export type Detector = (
  text: string,
  known: KnownIdentifiers | undefined,
) => readonly DetectedSpan[];

export interface EvaluationInput {
  /** The set written for this evaluation (`eval/deid/data`). */
  readonly own: readonly EvalDocument[];
  /** The shared consultation cases, annotated from their `phi` lists. */
  readonly shared: readonly EvalDocument[];
  /** Clinical text with no identifiers (`eval/deid/clean`). */
  readonly clean: readonly CleanText[];
}

/** How many documents, words and gold mentions a set holds, per type and per document kind. */
export interface SetStatistics {
  readonly documents: number;
  readonly words: number;
  readonly mentions: number;
  readonly mentionsByType: ReadonlyMap<string, number>;
  readonly byKind: ReadonlyMap<string, { documents: number; mentions: number; words: number }>;
}

export interface EvaluationReport {
  readonly own: EvaluationResult;
  readonly shared: EvaluationResult;
  readonly clean: CleanCorpusResult;
  readonly ownTargets: readonly TargetCheck[];
  readonly sharedTargets: readonly TargetCheck[];
  readonly ownStatistics: SetStatistics;
  readonly sharedStatistics: SetStatistics;
  /** True when every target holds on both annotated sets (the shared set only when present). */
  readonly passed: boolean;
}

export interface EvaluationOptions {
  /** Detected spans below this confidence are ignored (default 0: every span counts). */
  readonly minConfidence?: number;
}

/** Runs the detector over every document and scores it. */
export function runEvaluation(
  input: EvaluationInput,
  detect: Detector,
  options: EvaluationOptions = {},
): EvaluationReport {
  const minConfidence = options.minConfidence ?? 0;
  const detectKept = (text: string, known: KnownIdentifiers | undefined): readonly DetectedSpan[] =>
    detect(text, known).filter((span) => (span.confidence ?? 1) >= minConfidence);
  const scoreSet = (documents: readonly EvalDocument[]): EvaluationResult =>
    evaluate(
      documents.map((document) => ({
        id: document.id,
        text: document.text,
        gold: document.annotations,
        predicted: detectKept(document.text, toKnownIdentifiers(document)),
      })),
    );
  const own = scoreSet(input.own);
  const shared = scoreSet(input.shared);
  const clean = evaluateClean(
    input.clean.map((text) => ({
      id: text.id,
      text: text.text,
      predicted: detectKept(text.text, undefined),
    })),
  );
  const ownTargets = checkTargets(own);
  // Without the shared cases (e.g. a checkout without ../shared) there is nothing to hold to a target.
  const sharedTargets = input.shared.length === 0 ? [] : checkTargets(shared);
  return {
    own,
    shared,
    clean,
    ownTargets,
    sharedTargets,
    ownStatistics: describeSet(input.own),
    sharedStatistics: describeSet(input.shared),
    passed: [...ownTargets, ...sharedTargets].every((check) => check.passed),
  };
}

function toKnownIdentifiers(document: EvalDocument): KnownIdentifiers | undefined {
  const known = document.known;
  if (known === undefined) return undefined;
  const result: KnownIdentifiers = {};
  if (known.name !== undefined) result.name = known.name;
  if (known.fnr !== undefined) result.fnr = known.fnr;
  if (known.birthDate !== undefined) result.birthDate = known.birthDate;
  return result;
}

/** Counts documents, words and mentions per type and per document kind. */
export function describeSet(documents: readonly EvalDocument[]): SetStatistics {
  const mentionsByType = new Map<string, number>();
  const byKind = new Map<string, { documents: number; mentions: number; words: number }>();
  let words = 0;
  let mentions = 0;
  for (const document of documents) {
    const documentWords = countWords(document.text);
    words += documentWords;
    mentions += document.annotations.length;
    for (const annotation of document.annotations) {
      mentionsByType.set(annotation.type, (mentionsByType.get(annotation.type) ?? 0) + 1);
    }
    const kind = byKind.get(document.kind) ?? { documents: 0, mentions: 0, words: 0 };
    byKind.set(document.kind, {
      documents: kind.documents + 1,
      mentions: kind.mentions + document.annotations.length,
      words: kind.words + documentWords,
    });
  }
  return {
    documents: documents.length,
    words,
    mentions,
    mentionsByType: new Map(
      [...mentionsByType].sort(([left], [right]) => left.localeCompare(right)),
    ),
    byKind: new Map([...byKind].sort(([left], [right]) => left.localeCompare(right))),
  };
}
