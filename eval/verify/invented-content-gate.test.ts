/**
 * The verifier's gate on the session-22 development cases for invented content (issue 11),
 * kept apart from verify-gate.test.ts so parallel work on that file merges cleanly.
 *
 * v180–v189: epigastric pain at the legevakt with the wife's ulcer and her Nexium, headache
 * through an interpreter with the daughter's migraine, a knee in Sogn nynorsk with the mother's
 * arthritis, breathlessness in a nursing home with the nurse and the son, a rash in trøndersk with
 * the father's asthma, a telephone consultation in nordnorsk with the daughter's kidney stones,
 * chest pain in bergensk with the son's infarction, a diabetes check in Hardanger nynorsk with the
 * husband's insulin, a child's fever through an Arabic interpreter with the brother's asthma and
 * penicillin allergy, panic attacks in Oslo speech with the mother's bipolar disorder — weighted
 * to what a language model invents: findings and tests nobody examined or took, diagnoses only
 * hedged or never made, a relative's illness, drug or allergy as the patient's, days and ages
 * shifted. Committed before session 22's rules: 79.1 % recall (129/163; invented finding 23/44,
 * invented diagnosis 20/22, relative 18/22, date/age 21/24), 8.5 % false flags (15/177); after them
 * (written from these cases, so held-out is the honest measure): 91.4 % (149/163; 39/44, 22/22,
 * 19/22, 22/24) / 6.8 % (12/177); gated a fault below and a sentence above.
 */
import { describe, expect, it } from 'vitest';
import { devCasesDirectory, evaluateVerifier, loadVerifyCases } from './evaluate-verifier.js';
import { findVerifyCaseProblems } from './find-verify-case-problems.js';

const caseNumber = (caseId: string): number => Number(/^v(\d+)/.exec(caseId)?.[1] ?? Number.NaN);

describe('verifier fault-injection suite (eval/verify/cases, v180–v189, session 22)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 180 && caseNumber(verifyCase.id) <= 189,
  );
  const evaluation = evaluateVerifier(cases);

  it('is well formed, with invented content of every kind planted', () => {
    expect(cases).toHaveLength(10);
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(160);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(175);
    expect(evaluation.faults['invented-finding'].total).toBeGreaterThanOrEqual(40);
    expect(evaluation.faults['relative-as-patient'].total).toBeGreaterThanOrEqual(20);
  });

  it('flags invented findings, diagnoses, borrowed illnesses and shifted days', () => {
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.908);
    expect(evaluation.faults['invented-finding'].detected).toBeGreaterThanOrEqual(38);
    expect(evaluation.faults['invented-diagnosis'].detected).toBeGreaterThanOrEqual(21);
    expect(evaluation.faults['relative-as-patient'].detected).toBeGreaterThanOrEqual(18);
    expect(evaluation.faults['wrong-date-or-age'].detected).toBeGreaterThanOrEqual(21);
  });

  it('flags few correct sentences', () => {
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.074);
  });
});
