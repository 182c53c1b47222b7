/**
 * `tsx eval/verify/check-order.ts <mode> <out.json> [caseKey...]`
 *
 * Verifies every development and held-out case in one process, in the order given by `mode`
 * (`order`, `reverse`, `shuffle`, `alone` = memos emptied before each case as a compute job does),
 * and writes each case's per-sentence flags, so two runs can be diffed: a verification must not
 * depend on what the process verified before. Prints no case content.
 */
import { writeFileSync } from 'node:fs';
import { isActionableFlag } from '../../src/core/index.js';
import { getTemplate, resetWordMemos, verifyDraft } from '../../src/draft/index.js';
import {
  devCasesDirectory,
  heldOutCasesDirectory,
  loadVerifyCases,
  toOutput,
  type VerifyCase,
} from './evaluate-verifier.js';
import { LATER_HELDOUT_SETS, laterHeldoutCasesDirectory } from './later-heldout-sets.js';

const [mode = 'order', out = '/dev/stdout', ...only] = process.argv.slice(2);

const all: { key: string; verifyCase: VerifyCase }[] = [];
function add(set: string, directory: string): void {
  for (const verifyCase of loadVerifyCases(directory) ?? [])
    all.push({ key: `${set}/${verifyCase.id}`, verifyCase });
}
add('dev', devCasesDirectory);
add('heldout', heldOutCasesDirectory);
for (const set of LATER_HELDOUT_SETS) add(set.name, laterHeldoutCasesDirectory(set.name));

let cases = only.length > 0 ? all.filter((entry) => only.includes(entry.key)) : all;
if (mode === 'reverse') cases = [...cases].reverse();
if (mode === 'shuffle') {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  cases = [...cases];
  for (let index = cases.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const here = cases[index];
    const there = cases[other];
    if (here === undefined || there === undefined) continue;
    cases[index] = there;
    cases[other] = here;
  }
}

const engine = { kind: 'builtin', model: 'eval' } as const;
let result: Record<string, string[]> = {};
const passes = mode === 'twice' ? [cases, [...cases].reverse()] : [cases];
for (const pass of passes) {
  result = {};
  verifyAll(pass);
}
writeFileSync(out, JSON.stringify(result));

function verifyAll(list: typeof cases): void {
  for (const { key, verifyCase } of list) {
    if (mode === 'alone') resetWordMemos();
    const template = getTemplate(verifyCase.template);
    const toTranscript = () => ({
      segments: verifyCase.segments.map((segment) => ({
        speaker: segment.speaker,
        text: segment.text as never,
      })),
    });
    const shared = toTranscript();
    const lines: string[] = [];
    const runs = [undefined, ...verifyCase.faults].map((fault, run) => ({ fault, run }));
    // `backwards`: the faults first, last to first, then the clean note (one shared index).
    if (mode === 'backwards') runs.reverse();
    const outcome = new Map<number, string[]>();
    runs.forEach(({ fault, run }) => {
      if (mode === 'each') resetWordMemos();
      // `fresh`: a new transcript object (so a new index) and empty memos for every verification.
      if (mode === 'fresh') resetWordMemos();
      const transcript = mode === 'fresh' ? toTranscript() : shared;
      const own: string[] = [];
      outcome.set(run, own);
      const draft = verifyDraft({
        template,
        transcript,
        output: toOutput(verifyCase, fault),
        engine,
      });
      for (const section of draft.sections)
        section.sentences.forEach((sentence, index) => {
          const flags = sentence.flags
            .map((flag) => `${isActionableFlag(flag) ? '!' : ''}${flag.severity}:${flag.kind}`)
            .join(',');
          own.push(`${run}:${section.key}#${index}:${flags}`);
        });
    });
    for (let run = 0; run < runs.length; run += 1) lines.push(...(outcome.get(run) ?? []));
    result[key] = lines;
  }
}
