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
   * The second held-out set (`eval/deid/heldout-v2`) with its identifier-free texts: scored and
   * reported on its own, counts only, never its errors; gated in heldout-v2-gate.test.ts.
   */
  readonly heldoutV2?: LaterHeldoutInput;
  /**
   * The third held-out set (`eval/deid/heldout-v3`, session 5) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; not gated.
   */
  readonly heldoutV3?: LaterHeldoutInput;
  /**
   * The fourth held-out set (`eval/deid/heldout-v4`, session 6) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; gated in heldout-v4-gate.test.ts.
   */
  readonly heldoutV4?: LaterHeldoutInput;
  /**
   * The fifth held-out set (`eval/deid/heldout-v5`, session 7) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; gated in heldout-v5-gate.test.ts.
   */
  readonly heldoutV5?: LaterHeldoutInput;
  /**
   * The sixth held-out set (`eval/deid/heldout-v6`, session 8) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; gated in heldout-v6-gate.test.ts.
   */
  readonly heldoutV6?: LaterHeldoutInput;
  /**
   * The seventh held-out set (`eval/deid/heldout-v7`, session 9) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; gated in heldout-v7-gate.test.ts.
   */
  readonly heldoutV7?: LaterHeldoutInput;
  /**
   * The eighth held-out set (`eval/deid/heldout-v8`, session 11) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; gated in heldout-v8-gate.test.ts.
   */
  readonly heldoutV8?: LaterHeldoutInput;
  /**
   * The ninth held-out set (`eval/deid/heldout-v9`, session 14) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; gated in heldout-v9-gate.test.ts.
   */
  readonly heldoutV9?: LaterHeldoutInput;
  /**
   * The tenth held-out set (`eval/deid/heldout-v10`, session 17) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; gated in heldout-v10-gate.test.ts.
   */
  readonly heldoutV10?: LaterHeldoutInput;
  /**
   * The eleventh held-out set (`eval/deid/heldout-v11`, session 18) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; gated in heldout-v11-gate.test.ts.
   */
  readonly heldoutV11?: LaterHeldoutInput;
  /**
   * The twelfth held-out set (`eval/deid/heldout-v12`, session 19) with its identifier-free texts:
   * scored and reported like v2, counts only, never its errors; gated in heldout-v12-gate.test.ts.
   */
  readonly heldoutV12?: LaterHeldoutInput;
  /**
   * The thirteenth held-out set (`eval/deid/heldout-v13`, session 21) with its identifier-free
   * texts: scored and reported like v2, counts only, never its errors; gated in
   * heldout-v13-gate.test.ts.
   */
  readonly heldoutV13?: LaterHeldoutInput;
  /**
   * The fourteenth held-out set (`eval/deid/heldout-v14`, session 22) with its identifier-free
   * texts: scored and reported like v2, counts only, never its errors; gated in
   * heldout-v14-gate.test.ts.
   */
  readonly heldoutV14?: LaterHeldoutInput;
  /**
   * The fifteenth held-out set (`eval/deid/heldout-v15`, session 23) with its identifier-free
   * texts: scored and reported like v2, counts only, never its errors; gated in
   * heldout-v15-gate.test.ts.
   */
  readonly heldoutV15?: LaterHeldoutInput;
  /**
   * The sixteenth held-out set (`eval/deid/heldout-v16`, session 24) with its identifier-free
   * texts: scored and reported like v2, counts only, never its errors; gated in
   * heldout-v16-gate.test.ts.
   */
  readonly heldoutV16?: LaterHeldoutInput;
  /**
   * The seventeenth held-out set (`eval/deid/heldout-v17`, session 25) with its identifier-free
   * texts: scored and reported like v2, counts only, never its errors; gated in
   * heldout-v17-gate.test.ts.
   */
  readonly heldoutV17?: LaterHeldoutInput;
  /**
   * The eighteenth held-out set (`eval/deid/heldout-v18`, session 26) with its identifier-free
   * texts: scored and reported like v2, counts only, never its errors; gated in
   * heldout-v18-gate.test.ts.
   */
  readonly heldoutV18?: LaterHeldoutInput;
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
  /** The second held-out set (v2): scores only, no targets; undefined without the set. */
  readonly heldoutV2?: LaterHeldoutReport;
  /** The third held-out set (v3): scores only, no targets; undefined without the set. */
  readonly heldoutV3?: LaterHeldoutReport;
  /** The fourth held-out set (v4): scores only, no targets; undefined without the set. */
  readonly heldoutV4?: LaterHeldoutReport;
  /** The fifth held-out set (v5): scores only, no targets; undefined without the set. */
  readonly heldoutV5?: LaterHeldoutReport;
  /** The sixth held-out set (v6): scores only, no targets; undefined without the set. */
  readonly heldoutV6?: LaterHeldoutReport;
  /** The seventh held-out set (v7): scores only, no targets; undefined without the set. */
  readonly heldoutV7?: LaterHeldoutReport;
  /** The eighth held-out set (v8): scores only, no targets; undefined without the set. */
  readonly heldoutV8?: LaterHeldoutReport;
  /** The ninth held-out set (v9): scores only, no targets; undefined without the set. */
  readonly heldoutV9?: LaterHeldoutReport;
  /** The tenth held-out set (v10): scores only, no targets; undefined without the set. */
  readonly heldoutV10?: LaterHeldoutReport;
  /** The eleventh held-out set (v11): scores only, no targets; undefined without the set. */
  readonly heldoutV11?: LaterHeldoutReport;
  /** The twelfth held-out set (v12): scores only, no targets; undefined without the set. */
  readonly heldoutV12?: LaterHeldoutReport;
  /** The thirteenth held-out set (v13): scores only, no targets; undefined without the set. */
  readonly heldoutV13?: LaterHeldoutReport;
  /** The fourteenth held-out set (v14): scores only, no targets; undefined without the set. */
  readonly heldoutV14?: LaterHeldoutReport;
  /** The fifteenth held-out set (v15): scores only, no targets; undefined without the set. */
  readonly heldoutV15?: LaterHeldoutReport;
  /** The sixteenth held-out set (v16): scores only, no targets; undefined without the set. */
  readonly heldoutV16?: LaterHeldoutReport;
  /** The seventeenth held-out set (v17): scores only, no targets; undefined without the set. */
  readonly heldoutV17?: LaterHeldoutReport;
  /** The eighteenth held-out set (v18): scores only, no targets; undefined without the set. */
  readonly heldoutV18?: LaterHeldoutReport;
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
  const scoreLater = (set: typeof input.heldoutV2, name: string) =>
    set === undefined ? undefined : scoreLaterHeldout(set, name, scoreSet, detectKept);
  const heldoutV2 = scoreLater(input.heldoutV2, 'v2');
  const heldoutV3 = scoreLater(input.heldoutV3, 'v3');
  const heldoutV4 = scoreLater(input.heldoutV4, 'v4');
  const heldoutV5 = scoreLater(input.heldoutV5, 'v5');
  const heldoutV6 = scoreLater(input.heldoutV6, 'v6');
  const heldoutV7 = scoreLater(input.heldoutV7, 'v7');
  const heldoutV8 = scoreLater(input.heldoutV8, 'v8');
  const heldoutV9 = scoreLater(input.heldoutV9, 'v9');
  const heldoutV10 = scoreLater(input.heldoutV10, 'v10');
  const heldoutV11 = scoreLater(input.heldoutV11, 'v11');
  const heldoutV12 = scoreLater(input.heldoutV12, 'v12');
  const heldoutV13 = scoreLater(input.heldoutV13, 'v13');
  const heldoutV14 = scoreLater(input.heldoutV14, 'v14');
  const heldoutV15 = scoreLater(input.heldoutV15, 'v15');
  const heldoutV16 = scoreLater(input.heldoutV16, 'v16');
  const heldoutV17 = scoreLater(input.heldoutV17, 'v17');
  const heldoutV18 = scoreLater(input.heldoutV18, 'v18');
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
    ...(heldoutV2 === undefined ? {} : { heldoutV2 }),
    ...(heldoutV3 === undefined ? {} : { heldoutV3 }),
    ...(heldoutV4 === undefined ? {} : { heldoutV4 }),
    ...(heldoutV5 === undefined ? {} : { heldoutV5 }),
    ...(heldoutV6 === undefined ? {} : { heldoutV6 }),
    ...(heldoutV7 === undefined ? {} : { heldoutV7 }),
    ...(heldoutV8 === undefined ? {} : { heldoutV8 }),
    ...(heldoutV9 === undefined ? {} : { heldoutV9 }),
    ...(heldoutV10 === undefined ? {} : { heldoutV10 }),
    ...(heldoutV11 === undefined ? {} : { heldoutV11 }),
    ...(heldoutV12 === undefined ? {} : { heldoutV12 }),
    ...(heldoutV13 === undefined ? {} : { heldoutV13 }),
    ...(heldoutV14 === undefined ? {} : { heldoutV14 }),
    ...(heldoutV15 === undefined ? {} : { heldoutV15 }),
    ...(heldoutV16 === undefined ? {} : { heldoutV16 }),
    ...(heldoutV17 === undefined ? {} : { heldoutV17 }),
    ...(heldoutV18 === undefined ? {} : { heldoutV18 }),
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
