/**
 * De-identification quality (issue 3, item 6): the headline numbers of `npm run eval:deid` —
 * recall, precision and false positives per 1,000 words of the pseudonymizer's detector on the
 * held-out Norwegian evaluation set, the shared consultation cases and the identifier-free corpus.
 */
import { loadEvaluationSets } from '../eval/deid/load-eval-set.js';
import { runEvaluation } from '../eval/deid/run-evaluation.js';
import { pseudonymizerDetector } from '../eval/deid/run.js';

export default async function bench() {
  const sets = await loadEvaluationSets();
  // Warm up first: the lexicon loads on the first call and is not part of the throughput.
  pseudonymizerDetector('Pasienten er i god form.', undefined);
  const start = performance.now();
  const report = runEvaluation(sets, pseudonymizerDetector);
  const seconds = (performance.now() - start) / 1000;
  const words = report.own.words + report.shared.words + report.clean.words;
  return [
    {
      name: 'own set: recall, direct identifiers (typed)',
      value: report.own.directRecall,
      unit: 'ratio',
      note: 'target ≥ 0.97',
    },
    {
      name: 'own set: recall, all identifiers (typed)',
      value: report.own.overall.recall,
      unit: 'ratio',
      note: 'target ≥ 0.92',
    },
    {
      name: 'own set: precision (typed)',
      value: report.own.overall.precision,
      unit: 'ratio',
      note: 'target ≥ 0.90',
    },
    {
      name: 'own set: recall, any identifier caught',
      value: report.own.anyIdentifier.recall,
      unit: 'ratio',
    },
    {
      name: 'shared cases: recall, all identifiers (typed)',
      value: report.shared.overall.recall,
      unit: 'ratio',
    },
    {
      name: 'shared cases: precision (typed)',
      value: report.shared.overall.precision,
      unit: 'ratio',
    },
    {
      name: 'clean corpus: false positives',
      value: report.clean.falsePositivesPer1000Words,
      unit: 'per 1,000 words',
    },
    {
      name: 'detection throughput',
      value: words / seconds,
      unit: 'words/s',
      note: `${words} words`,
    },
  ];
}
