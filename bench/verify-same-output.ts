/**
 * Proves that a speed change left the verifier's output as it was.
 *
 * `npx tsx bench/verify-same-output.ts save FILE` verifies, and writes one SHA-256 per set into
 * FILE: the 30-minute consultation of `bench/draft.bench.ts` (its builtin draft, verified with a
 * fresh index and again with the cached one), and every case of each verifier evaluation set — the
 * clean note and the note with each planted fault — as `verifyDraft` returns it (evidence, flags
 * with kind, severity and message, warnings, diagnoses).
 * `npx tsx bench/verify-same-output.ts check FILE` computes the same hashes and reports every set
 * that differs; exit code 1 when any does.
 *
 * Only hashes are written and printed: the held-out sets are run, never shown.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { PseudonymizedTranscript } from '../src/core/index.js';
import { unsafeAsPseudonymized } from '../src/core/index.js';
import { createBuiltinDrafter, getTemplate, verifyDraft } from '../src/draft/index.js';
import {
  loadConsultationCases,
  sharedCasesDirectory,
  toPseudonymizedTranscript,
} from '../src/draft/testing/consultation-cases.js';
import {
  devCasesDirectory,
  heldOutCasesDirectory,
  heldOutV2CasesDirectory,
  heldOutV3CasesDirectory,
  heldOutV4CasesDirectory,
  heldOutV5CasesDirectory,
  loadVerifyCases,
  toOutput,
} from '../eval/verify/evaluate-verifier.js';

const hashesSchema = z.record(z.string(), z.string());

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

async function benchDraftHash(): Promise<string> {
  const transcript = thirtyMinuteTranscript();
  const template = getTemplate('journalnotat');
  const drafter = createBuiltinDrafter();
  const output = await drafter.draft({ template, transcript });
  const first = verifyDraft({ template, transcript, output, engine: drafter.info });
  const again = verifyDraft({ template, transcript, output, engine: drafter.info });
  return hashOf([first, again]);
}

function caseSetHash(directory: string): string | undefined {
  const cases = loadVerifyCases(directory);
  if (cases === undefined) return undefined;
  const engine = { kind: 'builtin', model: 'eval' } as const;
  const drafts: unknown[] = [];
  for (const verifyCase of cases) {
    const template = getTemplate(verifyCase.template);
    const transcript: PseudonymizedTranscript = {
      segments: verifyCase.segments.map((segment) => ({
        speaker: segment.speaker,
        text: unsafeAsPseudonymized(segment.text),
      })),
    };
    drafts.push(verifyDraft({ template, transcript, output: toOutput(verifyCase), engine }));
    for (const fault of verifyCase.faults)
      drafts.push(
        verifyDraft({ template, transcript, output: toOutput(verifyCase, fault), engine }),
      );
  }
  return hashOf(drafts);
}

async function computeHashes(): Promise<Record<string, string>> {
  const hashes: Record<string, string> = { 'bench 30-minute draft': await benchDraftHash() };
  const sets: [string, string][] = [
    ['eval/verify/cases', devCasesDirectory],
    ['eval/verify/heldout', heldOutCasesDirectory],
    ['eval/verify/heldout-v2', heldOutV2CasesDirectory],
    ['eval/verify/heldout-v3', heldOutV3CasesDirectory],
    ['eval/verify/heldout-v4', heldOutV4CasesDirectory],
    ['eval/verify/heldout-v5', heldOutV5CasesDirectory],
  ];
  for (const [name, directory] of sets) {
    const hash = caseSetHash(directory);
    if (hash !== undefined) hashes[name] = hash;
  }
  return hashes;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'check') || file === undefined) {
  console.error('usage: npx tsx bench/verify-same-output.ts save|check FILE');
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
