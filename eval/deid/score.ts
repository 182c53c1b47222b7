/**
 * Pure scoring of identifier detection against gold annotations.
 *
 * Matching rule (see README): a gold mention counts as found when a detected span of the same type
 * overlaps it by at least one character; a detected span counts as correct when it overlaps a gold
 * mention of the same type. Recall is counted over gold mentions, precision over detected spans.
 * The type-agnostic "any identifier" scores drop the type condition: for privacy, a caught
 * identifier with the wrong label is still caught.
 *
 * Overlap hides partial leaks ("Tone Rønning Haug" with only "Rønning" detected counts as found), so
 * there is also a strict privacy measure: a gold mention is **protected** only when every letter and
 * digit of it lies inside some detected span of any type ("full coverage").
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
  /** Gold mentions fully covered: every letter and digit inside a detected span of any type. */
  readonly protected: number;
}

export interface Scores extends TypeCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of gold mentions fully covered (`protected / gold`). */
  readonly protectedRecall: number;
}

export interface MissedMention {
  readonly documentId: string;
  readonly gold: Annotation;
  /** Detected spans that overlap the mention but carry another type (it was caught, mislabelled). */
  readonly overlappingOtherType: readonly PredictedSpan[];
}

/** A gold mention only partly covered by detected spans: the uncovered characters reach the model. */
export interface PartialLeak {
  readonly documentId: string;
  readonly gold: Annotation;
  /** The letters and digits of the mention left outside every detected span, in order, joined by spaces per run. */
  readonly uncovered: string;
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
  /** Share of all gold mentions fully covered (every letter and digit inside a detected span, any type). */
  readonly protectedRecall: number;
  /** Share of direct-identifier gold mentions fully covered. */
  readonly directProtectedRecall: number;
  /** Gold mentions fully covered, all types. */
  readonly protectedCount: number;
  /** Gold mentions that some detected span overlaps but that still have letters or digits outside every span. */
  readonly partialLeaks: readonly PartialLeak[];
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

const letterOrDigit = /[\p{L}\p{N}]/u;

/** Marks every character of `text` that lies inside at least one of `spans`. */
export function coverageMask(
  textLength: number,
  spans: readonly { start: number; end: number }[],
): Uint8Array {
  const mask = new Uint8Array(textLength);
  for (const span of spans) mask.fill(1, Math.max(0, span.start), Math.min(textLength, span.end));
  return mask;
}

/**
 * The letters and digits of `text[start, end)` outside the mask, runs joined by a space; the empty
 * string when the mention is fully covered. Spaces and punctuation need no cover.
 */
export function uncoveredText(text: string, mask: Uint8Array, start: number, end: number): string {
  const runs: string[] = [];
  let run = '';
  for (let index = start; index < end; index++) {
    const character = text.charAt(index);
    if (mask[index] !== 1 && letterOrDigit.test(character)) run += character;
    else if (run !== '') {
      runs.push(run);
      run = '';
    }
  }
  if (run !== '') runs.push(run);
  return runs.join(' ');
}

/** True when every letter and digit of the mention lies inside some detected span (of any type). */
export function isFullyCovered(
  text: string,
  mention: { start: number; end: number },
  predicted: readonly { start: number; end: number }[],
): boolean {
  return (
    uncoveredText(text, coverageMask(text.length, predicted), mention.start, mention.end) === ''
  );
}

/** Precision, recall and F1 from counts. With nothing to find (or nothing found) the ratio is 1. */
export function toScores(counts: TypeCounts): Scores {
  const precision = counts.predicted === 0 ? 1 : counts.correct / counts.predicted;
  const recall = counts.gold === 0 ? 1 : counts.found / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const protectedRecall = counts.gold === 0 ? 1 : counts.protected / counts.gold;
  return { ...counts, precision, recall, f1, protectedRecall };
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
  protected: number;
}

const emptyCounts = (): MutableCounts => ({
  gold: 0,
  found: 0,
  predicted: 0,
  correct: 0,
  protected: 0,
});

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
  const direct = { gold: 0, found: 0, foundAny: 0, protected: 0 };
  let protectedCount = 0;
  const partialLeaks: PartialLeak[] = [];
  const misses: MissedMention[] = [];
  const falsePositives: FalsePositive[] = [];
  let words = 0;

  for (const document of documents) {
    words += countWords(document.text);
    const mask = coverageMask(document.text.length, document.predicted);
    for (const gold of document.gold) {
      const overlapping = document.predicted.filter((predicted) => overlaps(predicted, gold));
      const sameType = overlapping.some((predicted) => predicted.type === gold.type);
      const uncovered = uncoveredText(document.text, mask, gold.start, gold.end);
      const fullyCovered = uncovered === '';
      if (fullyCovered) {
        protectedCount += 1;
        countsOf(gold.type).protected += 1;
        anyIdentifier.protected += 1;
      } else if (overlapping.length > 0) {
        partialLeaks.push({ documentId: document.id, gold, uncovered });
      }
      const counts = countsOf(gold.type);
      counts.gold += 1;
      anyIdentifier.gold += 1;
      if (sameType) counts.found += 1;
      if (overlapping.length > 0) anyIdentifier.found += 1;
      if (DIRECT_TYPES.includes(gold.type)) {
        direct.gold += 1;
        if (sameType) direct.found += 1;
        if (overlapping.length > 0) direct.foundAny += 1;
        if (fullyCovered) direct.protected += 1;
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
    overall.protected += counts.protected;
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
    protectedRecall: anyIdentifier.gold === 0 ? 1 : protectedCount / anyIdentifier.gold,
    directProtectedRecall: direct.gold === 0 ? 1 : direct.protected / direct.gold,
    protectedCount,
    partialLeaks,
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

/**
 * The quality targets of issue 3, item 6, plus the privacy targets on full coverage: a mention
 * counts as protected only when none of its letters or digits is left outside a detected span.
 */
export const TARGETS = {
  directRecall: 0.97,
  overallRecall: 0.92,
  overallPrecision: 0.9,
  directProtectedRecall: 0.97,
  overallProtectedRecall: 0.92,
} as const;

/**
 * The targets of issue 10 for a held-out set (`eval/deid/heldout`, written by someone who never
 * saw the recognizers' rules) and for the clean corpus. CI gates them with `--strict`.
 */
export const HELDOUT_TARGETS = {
  directRecall: 0.97,
  /** Full coverage on the weak-spot snippets (documents of kind `snippet`). */
  snippetProtectedRecall: 0.95,
  overallF1: 0.9,
} as const;

/**
 * What CI enforces on the held-out set: the level the pseudonymizer reached when the gate was set
 * (see eval/deid/README.md), with a small margin, where that is below `HELDOUT_TARGETS`. Raise a
 * gate whenever the measured value rises; never lower one to let a change through.
 */
export const HELDOUT_GATES = {
  // Reached 0.942 / 0.908 / 0.946 with the names, structured and spoken identifiers of issue 10
  // (session 3, all three branches merged); 0.945 / 0.915 / 0.949 after the kept ages, local
  // offices, initials and workplace context of session 4; 0.948 / 0.919 / 0.954 after the
  // passport and case numbers, institution forms and product contexts of session 5; 0.954 /
  // 0.923 / 0.960 after session 6's labelled numbers, addresses, ages and institution heads;
  // 0.957 / 0.927 / 0.963 after session 7's workplace, address and name-context rules; 0.967 /
  // 0.938 / 0.966 after session 14's name, address, initials and number rules; 0.970 / 0.942 /
  // 0.967 after session 15's recall and precision rules; F1 0.969 after session 18's (gated 0.966).
  directRecall: 0.968,
  snippetProtectedRecall: 0.94,
  overallF1: 0.966,
} as const satisfies Record<keyof typeof HELDOUT_TARGETS, number>;

/** The bar for full coverage on weak-spot snippets, checked on the own set's snippets too. */
export const SNIPPET_PROTECTED_RECALL = 0.95;

/** False detections per 1,000 words of identifier-free clinical text: at most this many. */
export const CLEAN_FALSE_POSITIVES_PER_1000_WORDS = 1.5;

/**
 * What CI enforces on the own clean corpus (`eval/deid/clean`, 29 texts, 14,400 words): the level
 * reached (0.45 per 1,000 words in session 4; 0.42 in session 5 with two harder texts added; 0.47
 * in session 6 with a third, 15,000 words, after an unknown capitalised word alone stopped being a
 * person) with a margin of one detection, below the 1.5; 0.35 in session 9 (17,180 words,
 * six detections) after a sentence-initial surname that is an inflected word stopped being a
 * person, gated with a margin of about two detections; 0.29 in session 14 (20,800 words, six
 * detections, with 3,300 harder words added), gated with a margin of about one detection; 0.09 in
 * session 15 (22,900 words, two detections), gated with a margin of one detection. Raise it never;
 * lower it as the rate falls.
 */
export const CLEAN_GATE_PER_1000_WORDS = 0.15;

/**
 * What CI enforces on the open development texts (`eval/deid/clean-open`): identifier-free texts in
 * genres the rules did not yet cover, kept apart from the main clean corpus so adding them does not
 * loosen its rate. Session 26 (s26f): 37 texts, 18,096 words; 125 false detections before its rules,
 * 65 after. Session 26 review: rules made fail-closed after they hid real identifiers, 71 after
 * (privacy first: a rule that hides an identifier is worse than a false detection). Session 27
 * (s27c): 35 more texts, 15,691 words (discharge summaries with brand drugs and eponyms, lab
 * panels, ICD-10/ICPC-2 lists, radiology in Latin, exercise names, guideline excerpts, devices),
 * 77 false detections with the old rules, 148 in all; weeks of series and programme stages 143; versions of named tools ("NRS 2002") 139; makes and models of devices 133; members of enumerations of known drugs and eponyms 125; clock times opening log entries 123.
 * Session 27 review (s27r2, privacy fixes; a hidden identifier is worse than a false detection): members of drug lists fail closed 130; devices 136; edition dates 136; weeks 136; first log entries 137.
 * Session 27 (s27h, measured alone from 122): a listed device maker with capitalised model words 115; English names of psychological tests 111; classifications with a Roman grade 106.
 * Session 27, all merged (the review's privacy fixes with s27h's rules): 117 over 72 texts, 33,787 words.
 * Session 28 (s28b): 14 new texts (4,600 words) with 23 under the old rules, 117 → 140; the fail-closed
 * rules of `structural-non-identifiers.ts` 140 → 116 over 86 texts, 38,387 words.
 * Session 31 (s31i): 6 new texts (2,565 words) with 2 under the old rules, 116 → 118; role title
 * and its verb 116; questionnaire scores 115; lists of scores 113 over 92 texts.
 * Session 32 (s32k): 6 new texts (1,638 words: eponyms, city-named criteria, weekdays and months,
 * brands, doses, lab values, scores, codes, rooms, emergency numbers, speech-to-text numbers) with 5
 * under the old rules, 113 → 118; a listed name opening a sentence before a term it names 115; a
 * seventh text (clinical tests as the subject: «Thompson var negativ», «Homans var negativ») 118; a test as the subject of its
 * result 115 over 99 texts, 42,731 words; an eighth text (guideline age groups and durations:
 * «barn 6–12 år», «10 års risiko») 120; a range of ages after a group 115; years as a duration
 * before the noun they measure 114 over 100 texts, 42,862 words.
 * Session 33 (s33d): 9 new texts (3,457 words) with 19 under the old rules; group/rule ages,
 * instrument names, approval bodies, clinical software and more 111 over 109 texts. s33r (review
 * fix, privacy): the «fylte N år» group rule needs a plural group word and never applies from 90
 * up, so two ages in rule sentences without a group word are detected again — RAISED 111 → 113.
 * Session 33 (s33l, merged in session 34): 5 new texts (1,267 words: nursing-home medication
 * review, exercise programme, MR with a measurement table, vaccine timetable, lab table with dotted
 * ratios) with 13 under the old rules; a dotted value in a table row with a unit or a limit cell
 * and ages opening the lines of a programme timetable fixed: 118 over 114 texts, 47,586 words.
 * Session 34 (s34j): 11 new texts (3,829 words: rare-disease leaflet, exercise programme, ICU
 * flowsheet, medicine review, radiology, guidelines, nynorsk and dialect stories, pregnancy care,
 * hearing aids, assistive devices) with 32 under the old rules — RAISED 113 → 145; their rules
 * (makers after a device word, model codes, check-up week series, years of offers and
 * recommendations, acronym owners, the season «Vår», verbs after «navnet», brand lists) 145 → 119;
 * with s33l's texts and rules and s34g's 2 new texts and rules: 121 over 127 texts, 51,857 words.
 * Session 36 (s36j): 14 new texts (4,104 words: discharge summary, nursing handover, physiotherapy,
 * psychiatry, lab comments, patient letter, nynorsk home care, lower-case dictation, dialect
 * transcript, eponyms, medicine review with codes, bullets after colons, ICU transfer, oncology)
 * with 5 under the old rules — RAISED 121 → 126; their rules (muscle strength out of five after a
 * strength word, numbered cycles and counted sessions/attempts, compound «-medisinsk» departments,
 * group ages in «dem som er N år») 126 → 121 over 143 texts, 56,209 words.
 * Session 38 (s38e, s38k): 6 new texts (1,824 words: IVF, fish farm, barnevern, guardian letter,
 * addresses and organisations) with 7 under the old rules; their rules (scores not dates, eponyms
 * and care products in their term context, «Altinn» no place) and the other recognizer fixes
 * brought the count to 117 over 150 texts, 58,469 words — LOWERED 121 → 117.
 * Session 39 (s39e): 3 new texts (1,141 words: work history, associations and peer support,
 * English quotes after a move) with 6 under the old rules (English «My»/«It» as persons); the
 * English clause rule brought the count back to 117 over 153 texts, 59,610 words.
 * Gated at the count reached; lower it as
 * rules fix them, move a text to `eval/deid/clean` once it has none.
 */
export const CLEAN_OPEN_GATE_FALSE_POSITIVES = 117;

export interface TargetCheck {
  readonly name: string;
  readonly value: number;
  readonly target: number;
  readonly passed: boolean;
  /** 'max' when the value must stay at or below the target (false positives); 'min' by default. */
  readonly direction?: 'min' | 'max';
  /** 'count' when the value is a number of detections (printed without decimals). */
  readonly unit?: 'count';
}

/**
 * Checks typed direct recall, typed overall recall, typed overall precision, and the full-coverage
 * protected recall (direct and overall) against the targets.
 */
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
    check(
      'protected recall (full coverage), direct identifiers',
      result.directProtectedRecall,
      TARGETS.directProtectedRecall,
    ),
    check(
      'protected recall (full coverage), all identifiers',
      result.protectedRecall,
      TARGETS.overallProtectedRecall,
    ),
  ];
}

/**
 * Checks a held-out set against `HELDOUT_TARGETS`: typed direct recall, overall F1, and full
 * coverage on its weak-spot snippets (`snippets`: the same set restricted to documents of kind
 * `snippet`; when it has none, full coverage over the whole set).
 */
export function checkHeldoutTargets(
  result: EvaluationResult,
  snippets: EvaluationResult | undefined,
): TargetCheck[] {
  const check = (key: keyof typeof HELDOUT_TARGETS, name: string, value: number): TargetCheck => ({
    name: `${name} (issue target ${HELDOUT_TARGETS[key].toFixed(2)})`,
    value,
    target: HELDOUT_GATES[key],
    passed: value >= HELDOUT_GATES[key],
  });
  const withSnippets = snippets !== undefined && snippets.overall.gold > 0;
  return [
    check('directRecall', 'recall, direct identifiers', result.directRecall),
    check('overallF1', 'F1, all identifiers', result.overall.f1),
    check(
      'snippetProtectedRecall',
      withSnippets
        ? 'protected recall (full coverage), weak-spot snippets'
        : 'protected recall (full coverage), all identifiers',
      withSnippets ? snippets.protectedRecall : result.protectedRecall,
    ),
  ];
}

/** Full coverage on the own set's weak-spot snippets (none: nothing to check). */
export function checkSnippetTarget(snippets: EvaluationResult): TargetCheck[] {
  if (snippets.overall.gold === 0) return [];
  return [
    {
      name: 'protected recall (full coverage), weak-spot snippets',
      value: snippets.protectedRecall,
      target: SNIPPET_PROTECTED_RECALL,
      passed: snippets.protectedRecall >= SNIPPET_PROTECTED_RECALL,
    },
  ];
}

/** Checks the open development texts: their false detections at most the count reached. */
export function checkCleanOpenTarget(cleanOpen: CleanCorpusResult): TargetCheck {
  return {
    name: 'false positives (count)',
    value: cleanOpen.falsePositives.length,
    target: CLEAN_OPEN_GATE_FALSE_POSITIVES,
    passed: cleanOpen.falsePositives.length <= CLEAN_OPEN_GATE_FALSE_POSITIVES,
    direction: 'max',
    unit: 'count',
  };
}

/** Checks the clean corpus: false detections per 1,000 words at most the target. */
export function checkCleanTarget(clean: CleanCorpusResult): TargetCheck {
  return {
    name: 'false positives per 1,000 words',
    value: clean.falsePositivesPer1000Words,
    target: CLEAN_GATE_PER_1000_WORDS,
    passed: clean.falsePositivesPer1000Words <= CLEAN_GATE_PER_1000_WORDS,
    direction: 'max',
  };
}
