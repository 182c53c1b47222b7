/**
 * Proves that a speed change left the builtin drafter's output as it was.
 *
 * `npx tsx bench/draft-same-output.ts save FILE` drafts with the builtin engine, and writes one
 * SHA-256 per set into FILE: the 30-minute consultation of `bench/draft.bench.ts`, the shared
 * consultations (d01–d06), our own cases (eval/draft/cases) and each held-out set of `eval:draft`,
 * every case's `DrafterOutput` (sections, sentences with their evidence, diagnoses) as the drafter
 * returns it.
 * `npx tsx bench/draft-same-output.ts check FILE` computes the same hashes and reports every set
 * that differs; exit code 1 when any does.
 *
 * Only hashes are written and printed: the held-out sets are run, never shown.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { PseudonymizedTranscript } from '../src/core/index.js';
import { createBuiltinDrafter, getTemplate } from '../src/draft/index.js';
import {
  heldOutCasesDirectory,
  loadConsultationCases,
  ownCasesDirectory,
  sharedCasesDirectory,
  toPseudonymizedTranscript,
} from '../src/draft/testing/consultation-cases.js';

const hashesSchema = z.record(z.string(), z.string());
const evalDraftDirectory = path.join(import.meta.dirname, '../eval/draft');

function hashOf(values: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(JSON.stringify(value)).update('\n');
  return hash.digest('hex');
}

function thirtyMinuteTranscript(): PseudonymizedTranscript {
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

async function computeHashes(): Promise<Record<string, string>> {
  const drafter = createBuiltinDrafter();
  const hashes: Record<string, string> = {
    'bench 30-minute draft': hashOf([
      await drafter.draft({
        template: getTemplate('journalnotat'),
        transcript: thirtyMinuteTranscript(),
      }),
    ]),
  };
  const sets: [string, string][] = [
    ['shared d01–d06', sharedCasesDirectory],
    ['eval/draft/cases', ownCasesDirectory],
    ['eval/draft/heldout', heldOutCasesDirectory],
    ...['heldout-v2', 'heldout-v3', 'heldout-v4', 'heldout-v5'].map((name): [string, string] => [
      `eval/draft/${name}`,
      path.join(evalDraftDirectory, name),
    ]),
  ];
  for (const [name, directory] of sets) {
    const cases = loadConsultationCases(directory);
    if (cases.length === 0) continue;
    const outputs: unknown[] = [];
    for (const consultation of cases)
      outputs.push(
        await drafter.draft({
          template: getTemplate(consultation.template),
          transcript: toPseudonymizedTranscript(consultation),
        }),
      );
    hashes[name] = hashOf(outputs);
  }
  return hashes;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'check') || file === undefined) {
  console.error('usage: npx tsx bench/draft-same-output.ts save|check FILE');
  process.exitCode = 2;
} else {
  const hashes = await computeHashes();
  if (mode === 'save') {
    writeFileSync(file, `${JSON.stringify(hashes, null, 2)}\n`);
    console.log(`${String(Object.keys(hashes).length)} sets saved to ${file}`);
  } else {
    const saved = hashesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    let differs = false;
    for (const name of new Set([...Object.keys(saved), ...Object.keys(hashes)])) {
      const same = saved[name] === hashes[name];
      if (!same) differs = true;
      console.log(`${same ? 'same   ' : 'DIFFERS'} ${name}`);
    }
    process.exitCode = differs ? 1 : 0;
  }
}
