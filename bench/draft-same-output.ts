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
import * as path from 'node:path';
import { createBuiltinDrafter, getTemplate } from '../src/draft/index.js';
import {
  heldOutCasesDirectory,
  loadConsultationCases,
  ownCasesDirectory,
  sharedCasesDirectory,
  toPseudonymizedTranscript,
} from '../src/draft/testing/consultation-cases.js';
import { hashOf, saveOrCheckHashes, thirtyMinuteTranscript } from './same-output.js';

const evalDraftDirectory = path.join(import.meta.dirname, '../eval/draft');

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
    ...['heldout-v2', 'heldout-v3', 'heldout-v4', 'heldout-v5', 'heldout-v6', 'heldout-v7'].map(
      (name): [string, string] => [`eval/draft/${name}`, path.join(evalDraftDirectory, name)],
    ),
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

await saveOrCheckHashes('bench/draft-same-output.ts', computeHashes);
