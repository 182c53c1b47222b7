/**
 * CPU time per call of the builtin draft and the verification of the 30-minute consultation, with
 * only the public functions every commit since 2026-11-23 has (`createBuiltinDrafter`,
 * `getTemplate`, `verifyDraft`), so one script measures old and new commits alike. Every call gets a
 * fresh transcript object, so no per-transcript cache helps either step.
 *
 * `npx tsx bench/attribution-cpu.ts [RUNS]` (default 20) prints CPU milliseconds (user + system,
 * mean per call after 15 warm-up rounds; the four steps interleaved call by call) of `draft` and `verify` on a fresh transcript object each
 * call, and `draft-kept` and `reverify` on one kept object (where a commit caches the transcript's
 * index per object, these reuse it).
 */
import { createBuiltinDrafter, getTemplate, verifyDraft } from '../src/draft/index.js';
import type { PseudonymizedTranscript } from '../src/core/index.js';
import {
  loadConsultationCases,
  sharedCasesDirectory,
  toPseudonymizedTranscript,
} from '../src/draft/testing/consultation-cases.js';

function thirtyMinuteSegments(): PseudonymizedTranscript['segments'][number][] {
  const segments: PseudonymizedTranscript['segments'][number][] = [];
  let words = 0;
  const cases = loadConsultationCases(sharedCasesDirectory);
  while (words < 4500) {
    for (const consultation of cases) {
      for (const segment of toPseudonymizedTranscript(consultation).segments) {
        if (words >= 4500) break;
        segments.push(segment);
        words += segment.text.split(/\s+/).length;
      }
    }
  }
  return segments;
}

/** CPU milliseconds (user + system) of one call of `step`. */
async function cpuOf(step: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  await step();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const runs = Number(process.argv[2] ?? '20');
const segments = thirtyMinuteSegments();
const fresh = (): PseudonymizedTranscript => ({
  segments: segments.map((segment) => ({ ...segment })),
});
const template = getTemplate('journalnotat');
const drafter = createBuiltinDrafter();
const output = await drafter.draft({ template, transcript: fresh() });
const draft = (): Promise<unknown> => drafter.draft({ template, transcript: fresh() });
const verify = (): unknown =>
  verifyDraft({ template, transcript: fresh(), output, engine: drafter.info });
for (let run = 0; run < 15; run += 1) {
  await draft();
  verify();
}
const kept = fresh();
const draftKept = (): Promise<unknown> => drafter.draft({ template, transcript: kept });
const reverify = (): unknown =>
  verifyDraft({ template, transcript: kept, output, engine: drafter.info });
const steps = { draft, verify, 'draft-kept': draftKept, reverify };
const totals = { draft: 0, verify: 0, 'draft-kept': 0, reverify: 0 };
for (let run = 0; run < runs; run += 1) {
  for (const [name, step] of Object.entries(steps)) {
    totals[name as keyof typeof totals] += await cpuOf(step);
  }
}
console.log(
  Object.entries(totals)
    .map(([name, total]) => `${name} ${(total / runs).toFixed(2)}`)
    .join(' '),
);
