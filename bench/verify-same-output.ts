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
import type { PseudonymizedTranscript } from '../src/core/index.js';
import { unsafeAsPseudonymized } from '../src/core/index.js';
import { createBuiltinDrafter, getTemplate, verifyDraft } from '../src/draft/index.js';
import { hashOf, saveOrCheckHashes, thirtyMinuteTranscript } from './same-output.js';
import {
  devCasesDirectory,
  heldOutCasesDirectory,
  loadVerifyCases,
  toOutput,
} from '../eval/verify/evaluate-verifier.js';
import {
  LATER_HELDOUT_SETS,
  laterHeldoutCasesDirectory,
} from '../eval/verify/later-heldout-sets.js';

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
    ...LATER_HELDOUT_SETS.map((set): [string, string] => [
      `eval/verify/heldout-${set.name}`,
      laterHeldoutCasesDirectory(set.name),
    ]),
  ];
  for (const [name, directory] of sets) {
    const hash = caseSetHash(directory);
    if (hash !== undefined) hashes[name] = hash;
  }
  return hashes;
}

await saveOrCheckHashes('bench/verify-same-output.ts', computeHashes);
