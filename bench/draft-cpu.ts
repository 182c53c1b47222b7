/**
 * CPU time of the builtin draft, the verification and the re-verification of the 30-minute
 * consultation of `bench/draft.bench.ts`, for A/B comparisons on a shared machine where wall time
 * is noise.
 *
 * `npx tsx bench/draft-cpu.ts [RUNS]` (default 100) warms up, then runs each step RUNS times and
 * prints the process's CPU time (user + system, `process.cpuUsage`) per run, and the wall time per
 * run beside it. Verification gets a fresh transcript object each run, so the transcript is indexed
 * anew (the index is cached per transcript object); re-verification reuses one.
 */
import { createBuiltinDrafter, getTemplate, verifyDraft } from '../src/draft/index.js';
import { thirtyMinuteTranscript } from './same-output.js';

/** CPU and wall milliseconds per call of `step` over `runs` calls. */
async function measure(runs: number, step: () => unknown): Promise<{ cpu: number; wall: number }> {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  for (let run = 0; run < runs; run += 1) await step();
  const wall = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  return { cpu: (cpu.user + cpu.system) / 1000 / runs, wall: wall / runs };
}

const runs = Number(process.argv[2] ?? '100');
const transcript = thirtyMinuteTranscript();
const template = getTemplate('journalnotat');
const drafter = createBuiltinDrafter();
const output = await drafter.draft({ template, transcript });
const engine = drafter.info;
const draft = (): Promise<unknown> => drafter.draft({ template, transcript });
const verify = (): unknown =>
  verifyDraft({ template, transcript: { segments: [...transcript.segments] }, output, engine });
const reverify = (): unknown => verifyDraft({ template, transcript, output, engine });
for (let run = 0; run < 10; run += 1) {
  await draft();
  verify();
  reverify();
}
const results = {
  draft: await measure(runs, draft),
  verify: await measure(runs, verify),
  reverify: await measure(runs, reverify),
};
console.log(
  Object.entries(results)
    .map(([name, { cpu, wall }]) => `${name} cpu ${cpu.toFixed(2)} ms wall ${wall.toFixed(2)} ms`)
    .join(' | '),
);
