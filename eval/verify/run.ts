/**
 * `npm run eval:verify [-- --details] [-- --only <prefix>]`
 *
 * Fault-injection evaluation of the verifier: fault recall per kind and overall, and the
 * false-flag rate, on our development cases (`eval/verify/cases`) and, separately, on the held-out
 * cases (`eval/verify/heldout`, written by someone else; never read them to tune the verifier),
 * then the later held-out sets v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16,
 * v17 and v18 (totals and per kind).
 * `--details` lists the development set's missed faults and false flags (never the held-out set's).
 * `--only <prefix>` scores only the development cases whose id starts with one of the given
 * prefixes (repeatable) and skips the held-out sets.
 */
import { parseArgs } from 'node:util';
import {
  devCasesDirectory,
  evaluateVerifier,
  formatEvaluation,
  heldOutCasesDirectory,
  heldOutV2CasesDirectory,
  heldOutV3CasesDirectory,
  heldOutV4CasesDirectory,
  heldOutV5CasesDirectory,
  heldOutV6CasesDirectory,
  heldOutV7CasesDirectory,
  heldOutV8CasesDirectory,
  heldOutV9CasesDirectory,
  heldOutV10CasesDirectory,
  heldOutV11CasesDirectory,
  heldOutV12CasesDirectory,
  heldOutV13CasesDirectory,
  heldOutV14CasesDirectory,
  heldOutV15CasesDirectory,
  heldOutV16CasesDirectory,
  heldOutV17CasesDirectory,
  heldOutV18CasesDirectory,
  loadVerifyCases,
} from './evaluate-verifier.js';
import { findVerifyCaseProblems } from './find-verify-case-problems.js';

const { values } = parseArgs({
  options: { details: { type: 'boolean' }, only: { type: 'string', multiple: true } },
  strict: true,
});
const prefixes = values.only ?? [];

const allDev = loadVerifyCases(devCasesDirectory);
const dev =
  prefixes.length === 0
    ? allDev
    : allDev?.filter((verifyCase) => prefixes.some((prefix) => verifyCase.id.startsWith(prefix)));
if (dev === undefined || dev.length === 0) {
  console.error('No development cases in eval/verify/cases.');
  process.exitCode = 1;
} else {
  const problems = findVerifyCaseProblems(dev);
  if (problems.length > 0) {
    console.error(`development set is malformed:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
  const evaluation = evaluateVerifier(dev);
  console.log(formatEvaluation('development set (eval/verify/cases)', evaluation));
  if (values.details === true) {
    console.log('\nMissed faults:');
    for (const missed of evaluation.missed)
      console.log(
        `  [${missed.kind ?? ''}] ${missed.caseId} ${missed.section}#${missed.sentence}: ${missed.text}  {${missed.flags.join(', ')}}`,
      );
    console.log('\nFalse flags:');
    for (const flagged of evaluation.falseFlags)
      console.log(
        `  ${flagged.caseId} ${flagged.section}#${flagged.sentence}: ${flagged.text}\n      ${flagged.flags.join('\n      ')}`,
      );
  }
}

/** The first held-out set: totals and per-kind counts only, never its sentences. */
function reportFirstHeldOutSet(): void {
  const heldOut = loadVerifyCases(heldOutCasesDirectory);
  console.log('');
  if (heldOut === undefined) {
    console.log('held-out set (eval/verify/heldout): missing or empty, nothing to report.');
  } else {
    console.log(formatEvaluation('held-out set (eval/verify/heldout)', evaluateVerifier(heldOut)));
  }
}

/**
 * A later held-out set: totals and per-kind counts only, never its sentences. A malformed set is
 * reported by case ids and positions and sets exit code 1 instead of being scored.
 */
function reportLaterHeldOutSet(name: string, directory: string, gate: string): void {
  const cases = loadVerifyCases(directory);
  console.log('');
  if (cases === undefined) {
    console.log(
      `held-out set ${name} (eval/verify/heldout-${name}): missing or empty, nothing to report.`,
    );
    return;
  }
  const problems = findVerifyCaseProblems(cases);
  if (problems.length > 0) {
    console.error(
      `held-out set ${name} (eval/verify/heldout-${name}) is malformed:\n  ${problems.join('\n  ')}`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(
    formatEvaluation(
      `held-out set ${name} (eval/verify/heldout-${name}, ${gate})`,
      evaluateVerifier(cases),
    ),
  );
}

// The held-out sets, each later one gated in verify-gate.test.ts; skipped with --only.
if (prefixes.length === 0) {
  reportFirstHeldOutSet();
  reportLaterHeldOutSet('v2', heldOutV2CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v3', heldOutV3CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v4', heldOutV4CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v5', heldOutV5CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v6', heldOutV6CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v7', heldOutV7CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v8', heldOutV8CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v9', heldOutV9CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v10', heldOutV10CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v11', heldOutV11CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v12', heldOutV12CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v13', heldOutV13CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v14', heldOutV14CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v15', heldOutV15CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v16', heldOutV16CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v17', heldOutV17CasesDirectory, 'gated in verify-gate.test.ts');
  reportLaterHeldOutSet('v18', heldOutV18CasesDirectory, 'gated in verify-gate.test.ts');
}
