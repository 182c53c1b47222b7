import { summarizeResults, type CaseResult } from './evaluate-drafter.js';

/**
 * The totals of a held-out set, one line each, without case ids, sentences or missed facts: what
 * `eval:draft` prints for a set that nobody who writes drafting rules may read.
 */
export function formatHeldOutSummary(title: string, results: readonly CaseResult[]): string {
  const summary = summarizeResults(results);
  const failed = results.filter((result) => result.error !== undefined).length;
  const percent = (part: number, whole: number): string =>
    whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
  const flags =
    Object.entries(summary.flags)
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([kind, count]) => `${kind}=${count}`)
      .join(' ') || '-';
  return (
    [
      `\n${title}`,
      `  cases                              ${summary.cases}${failed === 0 ? '' : ` (${failed} failed to draft)`}`,
      `  fact coverage                      ${percent(summary.covered, summary.total)} (${summary.covered}/${summary.total})`,
      `  length relative to reference       ${summary.cases === 0 ? '–' : `${summary.lengthRatio.toFixed(2)}×`}`,
      `  ROUGE-L F1 against reference       ${summary.cases === 0 ? '–' : summary.rougeL.toFixed(3)}`,
      `  register violations per note       ${summary.registerViolationsPerNote.toFixed(2)}`,
      `  numbers never said                 ${summary.numbersNeverSaid}`,
      `  relatives' conditions as diagnoses ${summary.relativeDiagnoses}`,
      `  safety-critical facts missed       ${summary.safetyMissed} (negatives ${summary.safetyNegativesMissed})`,
      `  sentences / unsupported            ${summary.sentences} / ${summary.unsupported}`,
      `  verifier flags                     ${flags}`,
    ].join('\n') + '\n'
  );
}
