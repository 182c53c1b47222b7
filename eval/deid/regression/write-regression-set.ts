/**
 * Writes `protected-baseline.json`: every gold mention of the own set and the shared cases that the
 * pseudonymizer fully covered when the file was written, and the clean texts it left untouched. The
 * regression test (`regression.test.ts`) requires that every one of them stays so.
 *
 *   npx tsx eval/deid/regression/write-regression-set.ts
 *
 * Re-run only to add mentions that a new version newly protects, never to drop one.
 */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';

import { detectIdentifiers } from '../../../src/pseudonymize/index.js';
import { loadEvaluationSets } from '../load-eval-set.js';
import { toRegressionBaseline } from './regression-baseline.js';

const sets = await loadEvaluationSets();
const baseline = toRegressionBaseline(sets, (text, known) =>
  detectIdentifiers(text, { ...(known === undefined ? {} : { known }) }),
);
await writeFile(
  path.join(import.meta.dirname, 'protected-baseline.json'),
  `${JSON.stringify(baseline, null, 1)}\n`,
);
