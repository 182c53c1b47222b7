/**
 * Pure scoring of identifier detection against gold annotations.
 *
 * Matching rule (see README): a gold mention counts as found when a detected span of the same type
 * overlaps it by at least one character; a detected span counts as correct when it overlaps a gold
 * mention of the same type. Recall is counted over gold mentions, precision over detected spans.
 * The type-agnostic "any identifier" scores drop the type condition: for privacy, a caught
 * identifier with the wrong label is still caught.
 */
import type { Annotation } from './eval-document.js';
import { DIRECT_TYPES } from './phi-types.js';

/** A detected span, structurally compatible with the pseudonymizer's `DetectedEntity`. */
export interface PredictedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly text?: string;
}

/** One document's gold annotations next to what the detector found in it. */
export interface ScoredDocument {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly Annotation[];
  readonly predicted: readonly PredictedSpan[];
}

/** Counts for one type (or for all types together). */
export interface TypeCounts {
  /** Gold mentions. */
  readonly gold: number;
  /** Gold mentions overlapped by a detected span (of the same type, for typed counts). */
  readonly found: number;
  /** Detected spans. */
  readonly predicted: number;
  /** Detected spans overlapping a gold mention (of the same type, for typed counts). */
  readonly correct: number;
}

export interface Scores extends TypeCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface MissedMention {
  readonly documentId: string;
  readonly gold: Annotation;
  /** Detected spans that overlap the mention but carry another type (it was caught, mislabelled). */
  readonly overlappingOtherType: readonly PredictedSpan[];
}

export interface FalsePositive {
  readonly documentId: string;
  readonly predicted: PredictedSpan;
  /** The text under the span. */
  readonly text: string;
  /** Gold mentions of another type that the span overlaps. */
  readonly overlappingOtherType: readonly Annotation[];
}

export interface EvaluationResult {
  readonly documents: number;
  readonly words: number;
  /** Typed scores per type, for every type that occurs in gold or predictions, sorted by name. */
  readonly byType: ReadonlyMap<string, Scores>;
  /** Typed scores over all types (micro-averaged). */
  readonly overall: Scores;
  /** Type-agnostic scores: any detected span overlapping any gold mention. */
  readonly anyIdentifier: Scores;
  /** Typed recall over the direct identifier types (PERSON, ID, PHONE, EMAIL, ADDRESS). */
  readonly directRecall: number;
  /** Type-agnostic recall over the direct identifier types. */
  readonly directAnyRecall: number;
  readonly directGold: number;
  readonly misses: readonly MissedMention[];
  readonly falsePositives: readonly FalsePositive[];
}

/** True when the half-open spans share at least one character. */
export function overlaps(
  left: { start: number; end: number },
  right: { start: number; end: number },
): boolean {
  return left.start < right.end && right.start < left.end;
}

/** Precision, recall and F1 from counts. With nothing to find (or nothing found) the ratio is 1. */
export function toScores(counts: TypeCounts): Scores {
  const precision = counts.predicted === 0 ? 1 : counts.correct / counts.predicted;
  const recall = counts.gold === 0 ? 1 : counts.found / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Counts words the way a reader would: whitespace-separated tokens holding a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

interface MutableCounts {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
}

const emptyCounts = (): MutableCounts => ({ gold: 0, found: 0, predicted: 0, correct: 0 });

/** Scores a set of documents. */
export function evaluate(documents: readonly ScoredDocument[]): EvaluationResult {
  const byType = new Map<string, MutableCounts>();
  const countsOf = (type: string): MutableCounts => {
    let counts = byType.get(type);
    if (counts === undefined) {
      counts = emptyCounts();
      byType.set(type, counts);
    }
    return counts;
  };
  const anyIdentifier = emptyCounts();
  const direct = { gold: 0, found: 0, foundAny: 0 };
  const misses: MissedMention[] = [];
  const falsePositives: FalsePositive[] = [];
  let words = 0;

  for (const document of documents) {
    words += countWords(document.text);
    for (const gold of document.gold) {
      const overlapping = document.predicted.filter((predicted) => overlaps(predicted, gold));
      const sameType = overlapping.some((predicted) => predicted.type === gold.type);
      const counts = countsOf(gold.type);
      counts.gold += 1;
      anyIdentifier.gold += 1;
      if (sameType) counts.found += 1;
      if (overlapping.length > 0) anyIdentifier.found += 1;
      if (DIRECT_TYPES.includes(gold.type)) {
        direct.gold += 1;
        if (sameType) direct.found += 1;
        if (overlapping.length > 0) direct.foundAny += 1;
      }
      if (!sameType)
        misses.push({ documentId: document.id, gold, overlappingOtherType: overlapping });
    }
    for (const predicted of document.predicted) {
      const overlapping = document.gold.filter((gold) => overlaps(predicted, gold));
      const sameType = overlapping.some((gold) => gold.type === predicted.type);
      const counts = countsOf(predicted.type);
      counts.predicted += 1;
      anyIdentifier.predicted += 1;
      if (sameType) counts.correct += 1;
      if (overlapping.length > 0) anyIdentifier.correct += 1;
      if (!sameType) {
        falsePositives.push({
          documentId: document.id,
          predicted,
          text: document.text.slice(predicted.start, predicted.end),
          overlappingOtherType: overlapping,
        });
      }
    }
  }

  const overall = emptyCounts();
  for (const counts of byType.values()) {
    overall.gold += counts.gold;
    overall.found += counts.found;
    overall.predicted += counts.predicted;
    overall.correct += counts.correct;
  }
  const sortedTypes = [...byType.keys()].sort();
  return {
    documents: documents.length,
    words,
    byType: new Map(sortedTypes.map((type) => [type, toScores(countsOf(type))])),
    overall: toScores(overall),
    anyIdentifier: toScores(anyIdentifier),
    directRecall: direct.gold === 0 ? 1 : direct.found / direct.gold,
    directAnyRecall: direct.gold === 0 ? 1 : direct.foundAny / direct.gold,
    directGold: direct.gold,
    misses,
    falsePositives,
  };
}

/** False positives on text that holds no identifiers: every detected span is one. */
export interface CleanCorpusResult {
  readonly documents: number;
  readonly words: number;
  readonly falsePositives: readonly FalsePositive[];
  readonly falsePositivesPer1000Words: number;
}

/** Scores detections on the identifier-free corpus. */
export function evaluateClean(
  documents: readonly { id: string; text: string; predicted: readonly PredictedSpan[] }[],
): CleanCorpusResult {
  let words = 0;
  const falsePositives: FalsePositive[] = [];
  for (const document of documents) {
    words += countWords(document.text);
    for (const predicted of document.predicted) {
      falsePositives.push({
        documentId: document.id,
        predicted,
        text: document.text.slice(predicted.start, predicted.end),
        overlappingOtherType: [],
      });
    }
  }
  return {
    documents: documents.length,
    words,
    falsePositives,
    falsePositivesPer1000Words: words === 0 ? 0 : (falsePositives.length / words) * 1000,
  };
}

/** The quality targets of issue 3, item 6. */
export const TARGETS = {
  directRecall: 0.97,
  overallRecall: 0.92,
  overallPrecision: 0.9,
} as const;

export interface TargetCheck {
  readonly name: string;
  readonly value: number;
  readonly target: number;
  readonly passed: boolean;
}

/** Checks typed direct recall, typed overall recall and typed overall precision against the targets. */
export function checkTargets(result: EvaluationResult): TargetCheck[] {
  const check = (name: string, value: number, target: number): TargetCheck => ({
    name,
    value,
    target,
    passed: value >= target,
  });
  return [
    check('recall, direct identifiers', result.directRecall, TARGETS.directRecall),
    check('recall, all identifiers', result.overall.recall, TARGETS.overallRecall),
    check('precision, all identifiers', result.overall.precision, TARGETS.overallPrecision),
  ];
}
