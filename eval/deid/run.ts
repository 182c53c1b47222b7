/**
 * `npm run eval:deid [-- --errors] [-- --strict] [-- --min-confidence 0.5] [-- --shared DIR] [-- --only s5-]`
 *
 * Runs the pseudonymizer's `detectIdentifiers` over the annotated evaluation set, the shared
 * consultation cases and the identifier-free corpus, and prints precision, recall and F1 per type,
 * false positives per 1,000 words, and PASS/FAIL against the targets. Exit code 0 once the report
 * is printed; with `--strict`, 1 when a target fails. 2 when the evaluation could not run.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';

import { detectIdentifiers } from '../../src/pseudonymize/index.js';

import { formatReport } from './format-report.js';
import type { EvaluationSets } from './load-eval-set.js';
import { loadEvaluationSets } from './load-eval-set.js';
import type { Detector } from './run-evaluation.js';
import { runEvaluation } from './run-evaluation.js';

/** The pseudonymizer's detector, adapted to the evaluation's `Detector` shape. */
export const pseudonymizerDetector: Detector = (text, known) =>
  detectIdentifiers(text, known === undefined ? {} : { known });

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      strict: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      'min-confidence': { type: 'string', default: '0' },
      shared: { type: 'string' },
      heldout: { type: 'string' },
      only: { type: 'string' },
    },
    allowPositionals: false,
  });
  const minConfidence = Number(values['min-confidence']);
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    process.stderr.write('--min-confidence must be a number between 0 and 1\n');
    return 2;
  }
  const sets = await loadEvaluationSets({
    ...(values.shared === undefined ? {} : { sharedDirectory: path.resolve(values.shared) }),
    ...(values.heldout === undefined ? {} : { heldoutDirectory: path.resolve(values.heldout) }),
  });
  if (!sets.sharedFound) {
    process.stderr.write('No shared consultation cases found; scoring the own set only.\n');
  }
  const report = runEvaluation(
    values.only === undefined ? sets : selectSubset(sets, values.only),
    pseudonymizerDetector,
    { minConfidence },
  );
  process.stdout.write(formatReport(report, { errors: values.errors }));
  return values.strict && !report.passed ? 1 : 0;
}

/**
 * `--only s5-`: the own documents and clean texts whose id holds `part`, without the shared cases,
 * to measure one batch of development data on its own (held-out sets are still scored whole).
 */
export function selectSubset(sets: EvaluationSets, part: string): EvaluationSets {
  return {
    ...sets,
    own: sets.own.filter((document) => document.id.includes(part)),
    clean: sets.clean.filter((text) => text.id.includes(part)),
    cleanOpen: sets.cleanOpen.filter((text) => text.id.includes(part)),
    shared: [],
  };
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === path.join(import.meta.dirname, 'run.ts')
) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `eval:deid failed: ${error instanceof Error ? error.message : 'unknown error'}\n`,
      );
      process.exitCode = 2;
    },
  );
}
