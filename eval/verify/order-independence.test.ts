/**
 * A verification must not depend on what the process verified before (issue 11): the word memos
 * are kept between jobs of a worker until `resetWordMemos`, and the transcript index is kept per
 * transcript, so a memo keyed by less than its value depends on, a pattern's `lastIndex` or a
 * module-level value left by one case would change another case's flags. Verifies a few
 * development cases in list order and in reverse with warm memos, and each alone with empty memos
 * and a new transcript object, and asserts the same flags on every sentence.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as draftModule from '../../src/draft/index.js';
import { unsafeAsPseudonymized, type PseudonymizedTranscript } from '../../src/core/index.js';
import {
  devCasesDirectory,
  loadVerifyCases,
  toOutput,
  type VerifyCase,
} from './evaluate-verifier.js';

/** Varied genres, speakers and speech: bokmål, nordnorsk, trøndersk, a child, a nursing home. */
const caseIds = [
  'v01-blaerebetennelse',
  'v183-tungpust-sykehjem-sykepleier-sonn',
  'v32-pneumoni-nordnorsk',
  'v478-legevakt-barn-halter-mor',
  'v724-telefon-astma-hoste-ingen-undersokelse-kone-kols',
  'v806-trondersk-astma-inhalator',
];

function toTranscript(verifyCase: VerifyCase): PseudonymizedTranscript {
  return {
    segments: verifyCase.segments.map((segment) => ({
      speaker: segment.speaker,
      text: unsafeAsPseudonymized(segment.text),
    })),
  };
}

/** Every sentence's flags (severity and kind) for the correct note and each planted fault. */
type Verifier = typeof draftModule;

function flagsOf(
  { getTemplate, verifyDraft }: Verifier,
  verifyCase: VerifyCase,
  transcript: PseudonymizedTranscript,
): string[] {
  const template = getTemplate(verifyCase.template);
  const engine = { kind: 'builtin', model: 'order-test' } as const;
  return [undefined, ...verifyCase.faults].flatMap((fault, run) =>
    verifyDraft({
      template,
      transcript,
      output: toOutput(verifyCase, fault),
      engine,
    }).sections.flatMap((section) =>
      section.sentences.map(
        (sentence, index) =>
          `${run} ${section.key}#${index}: ${sentence.flags.map((flag) => `${flag.severity}:${flag.kind}`).join(', ')}`,
      ),
    ),
  );
}

describe('the verifier, over several consultations in one process', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter((verifyCase) =>
    caseIds.includes(verifyCase.id),
  );

  it('flags every sentence the same in any order as a fresh verifier does for the case alone', async () => {
    expect(cases.map((verifyCase) => verifyCase.id).sort()).toEqual([...caseIds].sort());
    // Alone: fresh modules (no memo, module-level value or index of another case), a new transcript.
    const alone = new Map<string, string[]>();
    for (const verifyCase of cases) {
      vi.resetModules();
      const fresh: Verifier = await import('../../src/draft/index.js');
      alone.set(verifyCase.id, flagsOf(fresh, verifyCase, toTranscript(verifyCase)));
    }
    vi.resetModules();
    const warm: Verifier = await import('../../src/draft/index.js');
    const forwards = new Map(
      cases.map((verifyCase) => [
        verifyCase.id,
        flagsOf(warm, verifyCase, toTranscript(verifyCase)),
      ]),
    );
    const backwards = new Map(
      [...cases]
        .reverse()
        .map((verifyCase) => [verifyCase.id, flagsOf(warm, verifyCase, toTranscript(verifyCase))]),
    );
    // As a compute job leaves the worker: memos emptied, the module state kept.
    const afterReset = new Map(
      cases.map((verifyCase) => {
        warm.resetWordMemos();
        return [verifyCase.id, flagsOf(warm, verifyCase, toTranscript(verifyCase))];
      }),
    );
    // Each case raises some flag, so a comparison of empty lists cannot pass for one of flags.
    for (const flags of alone.values())
      expect(flags.some((line) => /(?:warning|error):/u.test(line))).toBe(true);
    for (const id of caseIds) {
      expect(forwards.get(id), id).toEqual(alone.get(id));
      expect(backwards.get(id), id).toEqual(alone.get(id));
      expect(afterReset.get(id), id).toEqual(alone.get(id));
    }
  }, 120_000);
});
