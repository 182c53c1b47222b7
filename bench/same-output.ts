/**
 * What the output-identity checks of the speed work share (`bench/draft-same-output.ts`,
 * `bench/verify-same-output.ts`) and the 30-minute consultation they and `bench/draft-cpu.ts` run:
 * one hash per set of outputs, and the `save FILE` / `check FILE` command line.
 *
 * Only hashes are written and printed, so held-out sets can be run without being shown.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { PseudonymizedTranscript } from '../src/core/index.js';
import {
  loadConsultationCases,
  sharedCasesDirectory,
  toPseudonymizedTranscript,
} from '../src/draft/testing/consultation-cases.js';

const hashesSchema = z.record(z.string(), z.string());

/** SHA-256 over the JSON of each value, one per line. */
export function hashOf(values: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(JSON.stringify(value)).update('\n');
  return hash.digest('hex');
}

/** The shared consultations (d01–d06) repeated to about 4,500 words: a 30-minute consultation. */
export function thirtyMinuteTranscript(): PseudonymizedTranscript {
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
  return { segments };
}

/**
 * Runs `save FILE` (writes the hashes) or `check FILE` (prints `same`/`DIFFERS` per set, exit
 * code 1 when any differs) from the process arguments; exit code 2 with a usage line otherwise.
 */
export async function saveOrCheckHashes(
  script: string,
  computeHashes: () => Promise<Record<string, string>>,
): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== 'save' && mode !== 'check') || file === undefined) {
    console.error(`usage: npx tsx ${script} save|check FILE`);
    process.exitCode = 2;
    return;
  }
  const hashes = await computeHashes();
  if (mode === 'save') {
    writeFileSync(file, `${JSON.stringify(hashes, null, 2)}\n`);
    console.log(`${String(Object.keys(hashes).length)} sets saved to ${file}`);
    return;
  }
  const saved = hashesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  let differs = false;
  for (const name of new Set([...Object.keys(saved), ...Object.keys(hashes)])) {
    const same = saved[name] === hashes[name];
    if (!same) differs = true;
    console.log(`${same ? 'same   ' : 'DIFFERS'} ${name}`);
  }
  process.exitCode = differs ? 1 : 0;
}
