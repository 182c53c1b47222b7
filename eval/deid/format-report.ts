import type {
  CategoryCoverage,
  EvaluationReport,
  LaterHeldoutReport,
  SetStatistics,
} from './run-evaluation.js';
import type {
  EvaluationResult,
  FalsePositive,
  MissedMention,
  PartialLeak,
  Scores,
  TargetCheck,
} from './score.js';
import {
  CLEAN_FALSE_POSITIVES_PER_1000_WORDS,
  HELDOUT_GATES,
  HELDOUT_TARGETS,
  SNIPPET_PROTECTED_RECALL,
  TARGETS,
} from './score.js';

const ratio = (value: number): string => value.toFixed(3);

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) =>
      index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
    )
    .join('  ')
    .trimEnd();
}

const SCORE_WIDTHS = [16, 5, 6, 7, 9, 7, 9, 6, 9];

function scoreRow(label: string, scores: Scores): string {
  return row(
    [
      label,
      String(scores.gold),
      String(scores.found),
      ratio(scores.recall),
      String(scores.predicted),
      String(scores.correct),
      ratio(scores.precision),
      ratio(scores.f1),
      ratio(scores.protectedRecall),
    ],
    SCORE_WIDTHS,
  );
}

/** The per-type score table of one annotated set. */
export function formatScoreTable(title: string, result: EvaluationResult): string {
  const lines = [
    `${title}: ${result.documents} documents, ${result.words} words, ${result.overall.gold} identifier mentions`,
    row(
      ['type', 'gold', 'found', 'recall', 'detected', 'correct', 'precision', 'F1', 'protected'],
      SCORE_WIDTHS,
    ),
  ];
  for (const [type, scores] of result.byType) lines.push(scoreRow(type, scores));
  lines.push(scoreRow('overall (typed)', result.overall));
  lines.push(scoreRow('any identifier', result.anyIdentifier));
  lines.push(
    `direct identifiers (PERSON, ID, PHONE, EMAIL, ADDRESS; ${result.directGold} mentions): ` +
      `recall ${ratio(result.directRecall)} typed, ${ratio(result.directAnyRecall)} any type`,
  );
  lines.push(
    `protected recall (full coverage: every letter and digit inside a detected span, any type): ` +
      `direct ${ratio(result.directProtectedRecall)}, overall ${ratio(result.protectedRecall)} ` +
      `(${result.protectedCount} of ${result.overall.gold}; ${result.partialLeaks.length} partly covered)`,
  );
  return lines.join('\n');
}

/** Counts per type and per document kind of one set. */
export function formatStatistics(title: string, statistics: SetStatistics): string {
  const types = [...statistics.mentionsByType]
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  const kinds = [...statistics.byKind]
    .map(
      ([kind, counts]) =>
        `${kind} ${counts.documents} docs/${counts.mentions} mentions/${counts.words} words`,
    )
    .join('; ');
  return [
    `${title}: ${statistics.documents} documents, ${statistics.words} words, ${statistics.mentions} mentions`,
    `  by type: ${types}`,
    `  by kind: ${kinds}`,
  ].join('\n');
}

function formatTargets(title: string, checks: readonly TargetCheck[]): string {
  return checks
    .map(
      (check) =>
        `${check.passed ? 'PASS' : 'FAIL'}  ${title}: ${check.name} ${check.unit === 'count' ? String(check.value) : ratio(check.value)} (target ${check.direction === 'max' ? '≤' : '≥'} ${String(check.target)})`,
    )
    .join('\n');
}

/** Protected recall per weak-spot category, counts only (safe for the held-out set). */
export function formatCategories(title: string, categories: readonly CategoryCoverage[]): string {
  return [
    `${title}: protected recall per weak-spot category`,
    ...categories.map(
      (category) =>
        `  ${category.category.padEnd(14)} ${String(category.protected).padStart(4)} of ${String(category.gold).padStart(4)}` +
        `  ${category.gold === 0 ? '  -  ' : ratio(category.protected / category.gold)}` +
        `  (${category.documents} snippets, ${category.falsePositives} false detections)`,
    ),
  ].join('\n');
}

const quote = (text: string): string => JSON.stringify(text);

function formatMiss(miss: MissedMention): string {
  const other = miss.overlappingOtherType
    .map((span) => `${span.type} ${quote(span.text ?? '')}`)
    .join(', ');
  return `  MISS  ${miss.documentId}  ${miss.gold.type} ${quote(miss.gold.text)} @${miss.gold.start}${
    other === '' ? '' : `  (caught as ${other})`
  }`;
}

function formatFalsePositive(falsePositive: FalsePositive): string {
  const other = falsePositive.overlappingOtherType
    .map((gold) => `${gold.type} ${quote(gold.text)}`)
    .join(', ');
  return `  FP    ${falsePositive.documentId}  ${falsePositive.predicted.type} ${quote(falsePositive.text)} @${
    falsePositive.predicted.start
  }${other === '' ? '' : `  (gold is ${other})`}`;
}

function formatPartialLeak(leak: PartialLeak): string {
  return `  LEAK  ${leak.documentId}  ${leak.gold.type} ${quote(leak.gold.text)} @${leak.gold.start}  (uncovered ${quote(leak.uncovered)})`;
}

/** Every miss, partial leak and false positive of a set, one per line. */
export function formatErrors(
  title: string,
  misses: readonly MissedMention[],
  falsePositives: readonly FalsePositive[],
  partialLeaks: readonly PartialLeak[] = [],
): string {
  return [
    `${title}: ${misses.length} misses, ${partialLeaks.length} partly covered, ${falsePositives.length} false positives`,
    ...misses.map(formatMiss),
    ...partialLeaks.map(formatPartialLeak),
    ...falsePositives.map(formatFalsePositive),
  ].join('\n');
}

/**
 * A later held-out set (`name` v2, v3 …): counts and scores only, never a text or a per-mention
 * label. `gate` says where it is gated (v2: heldout-v2-gate.test.ts; v3: not yet).
 */
function formatLaterHeldout(name: string, gate: string, set: LaterHeldoutReport): string {
  const categories = set.categories
    .map(
      (category) =>
        `  ${category.category.padEnd(14)} ${String(category.documents).padStart(3)} snippets  ` +
        `${String(category.gold).padStart(3)} mentions  protected ${
          category.gold === 0 ? '  –  ' : ratio(category.protected / category.gold)
        } (${category.protected}/${category.gold}), ${category.falsePositives} false positives`,
    )
    .join('\n');
  const title = `Held-out set ${name}`;
  return [
    formatStatistics(`${title} (eval/deid/heldout-${name}, ${gate})`, set.statistics),
    formatScoreTable(`${title} (errors never printed)`, set.result),
    formatScoreTable(`${title}, weak-spot snippets only`, set.snippets),
    `${title}, protected recall per snippet category (a category with 0 mentions is a hard negative):\n${categories}`,
    `${title}, clean corpus (eval/deid/heldout-${name}-clean): ${set.clean.documents} texts, ${set.clean.words} words, ` +
      `${set.clean.falsePositives.length} false positives = ${set.clean.falsePositivesPer1000Words.toFixed(2)} per 1,000 words` +
      formatTypeCounts(set.clean.falsePositives),
  ].join('\n\n');
}

/**
 * How many false detections of each type, counts only (" (by type: DATE 2, PERSON 5)"): tells the
 * rule work which recognizer to look at without showing a held-out text.
 */
function formatTypeCounts(falsePositives: readonly FalsePositive[]): string {
  if (falsePositives.length === 0) return '';
  const counts = new Map<string, number>();
  for (const falsePositive of falsePositives)
    counts.set(falsePositive.predicted.type, (counts.get(falsePositive.predicted.type) ?? 0) + 1);
  const listed = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  return ` (by type: ${listed})`;
}

/** The full report `npm run eval:deid` prints. */
export function formatReport(report: EvaluationReport, options: { errors: boolean }): string {
  const sections = [
    'De-identification evaluation (matching: a gold mention is found when a detected span of the same type overlaps it)',
    formatStatistics('Own set', report.ownStatistics),
    formatStatistics('Shared consultations', report.sharedStatistics),
    formatScoreTable('Own set', report.own),
    formatScoreTable('Own set, weak-spot snippets only (kind snippet)', report.ownSnippets),
    formatScoreTable('Shared consultations (d01–d06, from their phi lists)', report.shared),
    ...(report.heldout === undefined
      ? ['Held-out set: none (eval/deid/heldout does not exist)']
      : [
          formatStatistics('Held-out set', report.heldout.statistics),
          formatScoreTable('Held-out set (errors never printed)', report.heldout.result),
          formatScoreTable('Held-out set, weak-spot snippets only', report.heldout.snippets),
          formatCategories('Held-out snippets', report.heldout.categories),
        ]),
    ...(report.ownCategories.length === 0
      ? []
      : [formatCategories('Own set (dv- snippets)', report.ownCategories)]),
    ...[...report.laterHeldout].map(([name, set]) =>
      formatLaterHeldout(name, 'gated in later-heldout-gates.test.ts', set),
    ),
    `Clean corpus (no identifiers): ${report.clean.documents} texts, ${report.clean.words} words, ` +
      `${report.clean.falsePositives.length} false positives = ` +
      `${report.clean.falsePositivesPer1000Words.toFixed(2)} per 1,000 words` +
      (report.cleanOpen === undefined
        ? ''
        : `\nOpen development texts (eval/deid/clean-open): ${report.cleanOpen.documents} texts, ` +
          `${report.cleanOpen.words} words, ${report.cleanOpen.falsePositives.length} false positives = ` +
          `${report.cleanOpen.falsePositivesPer1000Words.toFixed(2)} per 1,000 words` +
          formatTypeCounts(report.cleanOpen.falsePositives)) +
      (report.heldoutClean === undefined
        ? ''
        : `\nHeld-out clean corpus (number only): ${report.heldoutClean.documents} texts, ` +
          `${report.heldoutClean.words} words, ${report.heldoutClean.falsePositives} false positives = ` +
          `${report.heldoutClean.falsePositivesPer1000Words.toFixed(2)} per 1,000 words`),
    [
      `Targets: recall ≥ ${TARGETS.directRecall} on direct identifiers, ≥ ${TARGETS.overallRecall} overall, ` +
        `precision ≥ ${TARGETS.overallPrecision} (typed matching); protected recall (full coverage) ` +
        `≥ ${TARGETS.directProtectedRecall} on direct identifiers, ≥ ${TARGETS.overallProtectedRecall} overall`,
      formatTargets('own set', report.ownTargets),
      formatTargets('shared', report.sharedTargets),
      `Held-out targets: recall ≥ ${HELDOUT_TARGETS.directRecall} on direct identifiers, F1 ≥ ${HELDOUT_TARGETS.overallF1}, ` +
        `protected recall ≥ ${HELDOUT_TARGETS.snippetProtectedRecall} on weak-spot snippets; clean corpus ` +
        `≤ ${CLEAN_FALSE_POSITIVES_PER_1000_WORDS} false positives per 1,000 words. CI gates the held-out ` +
        `set at ${HELDOUT_GATES.directRecall} / ${HELDOUT_GATES.overallF1} / ${HELDOUT_GATES.snippetProtectedRecall} ` +
        `(the level reached, see README) and the own set's snippets at protected recall ≥ ${SNIPPET_PROTECTED_RECALL}`,
      ...(report.heldout === undefined ? [] : [formatTargets('held-out', report.heldout.targets)]),
      formatTargets('clean corpus', [report.cleanTarget]),
      ...(report.cleanOpenTarget === undefined
        ? []
        : [formatTargets('open development texts', [report.cleanOpenTarget])]),
      report.passed ? 'RESULT: PASS' : 'RESULT: FAIL',
    ].join('\n'),
  ];
  if (options.errors) {
    sections.push(
      formatErrors(
        'Errors, own set',
        report.own.misses,
        report.own.falsePositives,
        report.own.partialLeaks,
      ),
    );
    sections.push(
      formatErrors(
        'Errors, shared consultations',
        report.shared.misses,
        report.shared.falsePositives,
        report.shared.partialLeaks,
      ),
    );
    sections.push(formatErrors('Errors, clean corpus', [], report.clean.falsePositives));
    if (report.cleanOpen !== undefined) {
      sections.push(
        formatErrors('Errors, open development texts', [], report.cleanOpen.falsePositives),
      );
    }
  }
  return sections.join('\n\n') + '\n';
}
