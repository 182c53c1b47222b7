/**
 * The verifier's fault-injection targets, gated in CI (issue 11 §8). Issue targets: ≥ 90 % of
 * planted faults flagged `warning` or `error`, every kind ≥ 75 %, ≤ 10 % of correct sentences
 * flagged. Gated at what the verifier reaches on the development set, with a small margin, so a
 * drop fails the build; the kinds below 75 % are gated lower and named in the closing note.
 * The held-out set (`eval/verify/heldout`, written by someone who never read the verifier) is
 * gated too, only on its totals, at the level last measured on it with a small margin, so a drop
 * fails the build; nobody writes rules from its misses.
 */
import { describe, expect, it } from 'vitest';
import {
  devCasesDirectory,
  evaluateVerifier,
  faultKinds,
  heldOutCasesDirectory,
  loadVerifyCases,
  type FaultKind,
} from './evaluate-verifier.js';

// Gated on the widened development set (25 cases since v16–v25: paediatrics, psychiatry,
// obstetrics, orthopaedics, geriatrics, emergency, chronic follow-up).
const overallRecallFloor = 0.84;
const falseFlagCeiling = 0.065;
const kindFloors: Readonly<Record<FaultKind, number>> = {
  dose: 0.95,
  frequency: 0.95,
  duration: 0.82,
  'lab-value': 0.95,
  'vital-sign': 0.9,
  laterality: 0.65,
  negation: 0.52,
  'drug-not-mentioned': 0.95,
  'invented-finding': 0.8,
  'invented-diagnosis': 0.7,
  'relative-as-patient': 0.6,
  'wrong-date-or-age': 0.85,
};

describe('verifier fault-injection suite (eval/verify/cases)', () => {
  const cases = loadVerifyCases(devCasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('has at least 150 planted faults of every kind and 300 correct sentences', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(150);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(300);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(5);
  });

  it('flags planted faults at the gated recall, overall and per kind', () => {
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      overallRecallFloor,
    );
    for (const kind of faultKinds) {
      const { detected, total } = evaluation.faults[kind];
      expect(detected / total, kind).toBeGreaterThanOrEqual(kindFloors[kind]);
    }
  });

  it('flags few correct sentences', () => {
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      falseFlagCeiling,
    );
  });
});

describe('verifier fault-injection suite, held-out (eval/verify/heldout)', () => {
  const cases = loadVerifyCases(heldOutCasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 60 planted faults', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(60);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Measured 75.5 % recall and 11.2 % false flags (issue 11, second round); was 66.3 % / 14.4 %.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.73);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.125);
  });
});
