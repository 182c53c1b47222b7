/**
 * Where a fresh verification's CPU time goes, measured without the sampling profiler (which
 * over-charges regular expressions and sees only the main thread, so not the garbage collector's
 * helper threads; bench/README.md, session 35).
 *
 * `taskset -c 0 npx tsx bench/verify-phases.ts [ROUNDS]` (default 30) verifies the 30-minute
 * consultation of `bench/draft.bench.ts` ROUNDS times after five warm-up rounds. Each round takes a
 * fresh copy of the transcript and times, in CPU milliseconds (user + system,
 * `process.cpuUsage`, so every thread of the process):
 *
 * - `index`: building the transcript's index (`createTranscriptIndex`, every transcript sentence
 *   read once);
 * - `first`: `verifyDraft` with that index, as the first verification of the transcript (reads the
 *   note's sentences and works out the transcript facts the checks ask for on first use);
 * - `again`: `verifyDraft` once more with the same index (the checks alone, every fact known).
 *
 * `index + first` is what `bench/draft-cpu.ts` calls "verify", `again` its "reverify"; `first −
 * again` is the note's sentences plus the first-use transcript facts. Prints the median and p25 of
 * each.
 *
 * With `--cold` after ROUNDS, the memos of words are emptied before each round
 * (`resetWordMemos`), as a compute job does after every job (`src/compute/compute-job.ts`): the
 * verification as a server worker runs it, where `npm run bench` keeps the memos filled between
 * runs.
 */
import { createBuiltinDrafter, getTemplate, verifyDraft } from '../src/draft/index.js';
import { createTranscriptIndex } from '../src/draft/verify/transcript-index.js';
import { resetWordMemos } from '../src/language/index.js';
import { thirtyMinuteTranscript } from './same-output.js';

/** CPU milliseconds so far, all threads. */
function cpuNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** The value at fraction `at` of the sorted values. */
function quantile(values: readonly number[], at: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(at * (sorted.length - 1))] ?? Number.NaN;
}

const rounds = Number(process.argv[2] ?? '30');
const cold = process.argv.includes('--cold');
const transcript = thirtyMinuteTranscript();
const template = getTemplate('journalnotat');
const drafter = createBuiltinDrafter();
const output = await drafter.draft({ template, transcript });
const engine = drafter.info;
const phases = { index: [] as number[], first: [] as number[], again: [] as number[] };
for (let round = 0; round < rounds + 5; round += 1) {
  const fresh = { segments: [...transcript.segments] };
  if (cold) resetWordMemos();
  const start = cpuNow();
  const index = createTranscriptIndex(fresh);
  const indexed = cpuNow();
  verifyDraft({ template, transcript: fresh, output, engine, index });
  const first = cpuNow();
  verifyDraft({ template, transcript: fresh, output, engine, index });
  const again = cpuNow();
  if (round < 5) continue;
  phases.index.push(indexed - start);
  phases.first.push(first - indexed);
  phases.again.push(again - first);
}
console.log(
  Object.entries(phases)
    .map(
      ([name, values]) =>
        `${name} median ${quantile(values, 0.5).toFixed(1)} p25 ${quantile(values, 0.25).toFixed(1)} ms`,
    )
    .join(' | '),
);
