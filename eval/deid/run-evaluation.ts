import type { EvalDocument } from './eval-document.js';
import { SNIPPET_CATEGORIES, snippetCategory } from './snippet-category.js';
import type { CleanText } from './load-eval-set.js';
import type { CleanCorpusResult, EvaluationResult, PredictedSpan, TargetCheck } from './score.js';
import {
  checkCleanOpenTarget,
  checkCleanTarget,
  checkHeldoutTargets,
  checkSnippetTarget,
  checkTargets,
  countWords,
  evaluate,
  evaluateClean,
} from './score.js';

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

/** A later held-out set (v2, v3 …): its documents and its identifier-free texts. */
export interface LaterHeldoutInput {
  readonly documents: readonly EvalDocument[];
  readonly clean: readonly CleanText[];
}

/** A later held-out set's scores: counts only, no targets. */
export interface LaterHeldoutReport {
  readonly result: EvaluationResult;
  readonly snippets: EvaluationResult;
  readonly statistics: SetStatistics;
  readonly clean: CleanCorpusResult;
  /** Per snippet category (`vN-sn-<category>-NN`): protected mentions and false detections. */
  readonly categories: readonly CategoryCoverage[];
}

export interface EvaluationInput {
  /** The set written for this evaluation (`eval/deid/data`). */
  readonly own: readonly EvalDocument[];
  /** The shared consultation cases, annotated from their `phi` lists. */
  readonly shared: readonly EvalDocument[];
  /** Clinical text with no identifiers (`eval/deid/clean`). */
  readonly clean: readonly CleanText[];
  /**
   * Identifier-free development texts whose false detections are still open
   * (`eval/deid/clean-open`): scored on their own and gated at their count, so harder texts can be
   * added without loosening the main clean corpus's rate.
   */
  readonly cleanOpen?: readonly CleanText[];
  /**
   * The held-out set (`eval/deid/heldout`), written by someone who never saw the rules: scored and
   * reported on its own, never with its errors. Absent when the directory does not exist.
   */
  readonly heldout?: readonly EvalDocument[];
  /**
   * The later held-out sets (v2, v3 …, `later-heldout-sets.ts`) with their identifier-free texts,
   * by name: each scored and reported on its own, counts only, never its errors; gated in
   * later-heldout-gates.test.ts. The report keeps this order.
   */
  readonly laterHeldout?: ReadonlyMap<string, LaterHeldoutInput>;
  /**
   * Held-out identifier-free clinical text (`eval/deid/heldout-clean`): only the number of false
   * detections is reported, never the texts. Absent when the directory does not exist.
   */
  readonly heldoutClean?: readonly CleanText[];
}

/** Protected recall of one weak-spot category: counts only, so held-out texts never print. */
export interface CategoryCoverage {
  readonly category: string;
  readonly documents: number;
  readonly gold: number;
  readonly protected: number;
  /** Detections overlapping no gold mention of any type. */
  readonly falsePositives: number;
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
  /** The own set's weak-spot snippets (documents of kind `snippet`) scored on their own. */
  readonly ownSnippets: EvaluationResult;
  /** The held-out set, its snippets, statistics and targets; undefined without a held-out set. */
  readonly heldout?: {
    readonly result: EvaluationResult;
    readonly snippets: EvaluationResult;
    readonly statistics: SetStatistics;
    readonly targets: readonly TargetCheck[];
    /** Per weak-spot category (`ho-sn-<category>-NN`): protected mentions and false detections. */
    readonly categories: readonly CategoryCoverage[];
  };
  /** The own set's categorised snippets (`dv-<category>-NN`), the same measure as the held-out one. */
  readonly ownCategories: readonly CategoryCoverage[];
  /** False detections on the held-out clean text (number only); undefined without that set. */
  readonly heldoutClean?: {
    readonly documents: number;
    readonly words: number;
    readonly falsePositives: number;
    readonly falsePositivesPer1000Words: number;
  };
  /** The later held-out sets' scores by name, in the input's order (counts only, no targets). */
  readonly laterHeldout: ReadonlyMap<string, LaterHeldoutReport>;
  /** At most 1.5 false detections per 1,000 identifier-free words. */
  readonly cleanTarget: TargetCheck;
  /** The open development texts (`eval/deid/clean-open`); undefined when there are none. */
  readonly cleanOpen?: CleanCorpusResult;
  /** Their false detections at most the count reached (CLEAN_OPEN_GATE_FALSE_POSITIVES). */
  readonly cleanOpenTarget?: TargetCheck;
  /** True when every target holds: own, shared (when present), held-out (when present), clean. */
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
  const coverageByCategory = (
    documents: readonly EvalDocument[],
    prefix: string,
  ): CategoryCoverage[] =>
    SNIPPET_CATEGORIES.flatMap((category) => {
      const inCategory = documents.filter(
        (document) =>
          document.id.startsWith(prefix) &&
          snippetCategory(`ho-sn-${document.id.slice(prefix.length)}`) === category,
      );
      if (inCategory.length === 0) return [];
      const result = scoreSet(inCategory);
      return [
        {
          category,
          documents: inCategory.length,
          gold: result.overall.gold,
          protected: result.protectedCount,
          falsePositives: result.anyIdentifier.predicted - result.anyIdentifier.correct,
        },
      ];
    });
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
  const cleanOpen =
    input.cleanOpen === undefined || input.cleanOpen.length === 0
      ? undefined
      : evaluateClean(
          input.cleanOpen.map((text) => ({
            id: text.id,
            text: text.text,
            predicted: detectKept(text.text, undefined),
          })),
        );
  const cleanOpenTarget = cleanOpen === undefined ? undefined : checkCleanOpenTarget(cleanOpen);
  const snippetsOf = (documents: readonly EvalDocument[]): EvaluationResult =>
    scoreSet(documents.filter((document) => document.kind === 'snippet'));
  const ownSnippets = snippetsOf(input.own);
  const ownTargets = [...checkTargets(own), ...checkSnippetTarget(ownSnippets)];
  const heldoutDocuments = input.heldout ?? [];
  const heldout =
    heldoutDocuments.length === 0
      ? undefined
      : (() => {
          const result = scoreSet(heldoutDocuments);
          const snippets = snippetsOf(heldoutDocuments);
          return {
            result,
            snippets,
            statistics: describeSet(heldoutDocuments),
            targets: checkHeldoutTargets(result, snippets),
            categories: coverageByCategory(heldoutDocuments, 'ho-sn-'),
          };
        })();
  const heldoutClean =
    input.heldoutClean === undefined || input.heldoutClean.length === 0
      ? undefined
      : (() => {
          const result = evaluateClean(
            input.heldoutClean.map((text) => ({
              id: text.id,
              text: text.text,
              predicted: detectKept(text.text, undefined),
            })),
          );
          return {
            documents: result.documents,
            words: result.words,
            falsePositives: result.falsePositives.length,
            falsePositivesPer1000Words: result.falsePositivesPer1000Words,
          };
        })();
  const laterHeldout = new Map<string, LaterHeldoutReport>();
  for (const [name, set] of input.laterHeldout ?? [])
    laterHeldout.set(name, scoreLaterHeldout(set, name, scoreSet, detectKept));
  const cleanTarget = checkCleanTarget(clean);
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
    ownSnippets,
    ...(heldout === undefined ? {} : { heldout }),
    laterHeldout,
    ownCategories: coverageByCategory(input.own, 'dv-'),
    ...(heldoutClean === undefined ? {} : { heldoutClean }),
    cleanTarget,
    ...(cleanOpen === undefined ? {} : { cleanOpen }),
    ...(cleanOpenTarget === undefined ? {} : { cleanOpenTarget }),
    passed: [
      ...ownTargets,
      ...sharedTargets,
      ...(heldout?.targets ?? []),
      cleanTarget,
      ...(cleanOpenTarget === undefined ? [] : [cleanOpenTarget]),
    ].every((check) => check.passed),
  };
}

/**
 * Scores a later held-out set whose snippets are named `<prefix>-sn-<category>-NN` (`v2`, `v3` …),
 * per snippet category and on its clean texts.
 */
function scoreLaterHeldout(
  set: LaterHeldoutInput,
  prefix: string,
  scoreSet: (documents: readonly EvalDocument[]) => EvaluationResult,
  detect: (text: string, known: KnownIdentifiers | undefined) => readonly DetectedSpan[],
): LaterHeldoutReport {
  const snippetId = new RegExp(`^${prefix}-sn-([a-z-]+)-\\d+$`);
  const snippetDocuments = set.documents.filter((document) => document.kind === 'snippet');
  const byCategory = new Map<string, EvalDocument[]>();
  for (const document of snippetDocuments) {
    const category = snippetId.exec(document.id)?.[1] ?? 'other';
    byCategory.set(category, [...(byCategory.get(category) ?? []), document]);
  }
  const categories = [...byCategory].map(([category, documents]) => {
    const result = scoreSet(documents);
    return {
      category,
      documents: documents.length,
      gold: result.overall.gold,
      protected: result.protectedCount,
      falsePositives: result.falsePositives.length,
    };
  });
  return {
    result: scoreSet(set.documents),
    snippets: scoreSet(snippetDocuments),
    statistics: describeSet(set.documents),
    clean: evaluateClean(
      set.clean.map((text) => ({
        id: text.id,
        text: text.text,
        predicted: detect(text.text, undefined),
      })),
    ),
    categories,
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
