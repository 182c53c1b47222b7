import { describe, expect, it } from 'vitest';

import { faultKinds, loadVerifyCases, type VerifyCase } from './evaluate-verifier.js';
import { findVerifyCaseProblems } from './find-verify-case-problems.js';
import { laterHeldoutCasesDirectory } from './later-heldout-sets.js';

const fault: VerifyCase['faults'][number] = {
  section: 'anamnese',
  sentence: 0,
  kind: 'duration',
  text: 'Sår hals i ti dager.',
};
const sample: VerifyCase = {
  id: 'z01',
  template: 'journalnotat',
  segments: [{ speaker: 'pasient', text: 'Jeg har hatt vondt i halsen i tre dager.' }],
  note: { sections: [{ key: 'anamnese', sentences: [{ text: 'Sår hals i tre dager.' }] }] },
  faults: [fault],
};

describe('findVerifyCaseProblems', () => {
  it('accepts a fault that replaces an existing sentence with a different one', () => {
    expect(findVerifyCaseProblems([sample])).toEqual([]);
  });

  it('refuses a fault that points at a sentence the note does not have', () => {
    const broken: VerifyCase = { ...sample, faults: [{ ...fault, sentence: 3 }] };
    expect(findVerifyCaseProblems([broken])).toEqual([
      'z01: fault 0 points at no sentence of the note',
    ]);
  });

  it('refuses a fault that leaves the sentence unchanged, and duplicate ids', () => {
    const unchanged = {
      ...sample,
      faults: [
        { section: 'anamnese', sentence: 0, kind: 'duration', text: 'Sår hals i tre dager.' },
      ],
    } as VerifyCase;
    expect(findVerifyCaseProblems([unchanged, unchanged])).toEqual([
      'z01: fault 0 is the correct sentence unchanged',
      'z01: duplicate case id',
      'z01: fault 0 is the correct sentence unchanged',
    ]);
  });
});

describe('held-out set v2 (eval/verify/heldout-v2)', () => {
  const cases = loadVerifyCases(laterHeldoutCasesDirectory('v2')) ?? [];

  it('is well formed: every fault replaces an existing sentence with a different one', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
  });

  it('has at least 8 cases, 150 correct sentences and 4 faults of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    const sentences = cases
      .flatMap((verifyCase) => verifyCase.note.sections)
      .reduce((sum, section) => sum + section.sentences.length, 0);
    expect(sentences).toBeGreaterThanOrEqual(150);
    for (const kind of faultKinds) {
      const count = cases
        .flatMap((verifyCase) => verifyCase.faults)
        .filter((fault) => fault.kind === kind).length;
      expect({ kind, count: Math.min(count, 4) }).toEqual({ kind, count: 4 });
    }
  });
});

describe('held-out set v3 (eval/verify/heldout-v3)', () => {
  const cases = loadVerifyCases(laterHeldoutCasesDirectory('v3')) ?? [];

  it('is well formed: every fault replaces an existing sentence with a different one', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
  });

  it('has at least 10 cases, 200 correct sentences, 120 faults and 10 of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const sentences = cases
      .flatMap((verifyCase) => verifyCase.note.sections)
      .reduce((sum, section) => sum + section.sentences.length, 0);
    expect(sentences).toBeGreaterThanOrEqual(200);
    const faults = cases.flatMap((verifyCase) => verifyCase.faults);
    expect(faults.length).toBeGreaterThanOrEqual(120);
    for (const kind of faultKinds) {
      const count = faults.filter((fault) => fault.kind === kind).length;
      expect({ kind, count: Math.min(count, 10) }).toEqual({ kind, count: 10 });
    }
  });
});
