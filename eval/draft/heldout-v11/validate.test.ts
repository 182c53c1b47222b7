/**
 * Format check of the eleventh held-out drafter set (w01–w08, session 18): the agreed JSON shape and
 * rules of `held-out-case-rules.ts`, and at least one safety-critical pertinent negative per case
 * (an allergy, blood thinners, pregnancy, chest pain, a rash, neck stiffness, suicide …) so the
 * `safe` column can count it. Failures name files and rule breaches only, never what a
 * consultation says.
 */
import { describe, expect, it } from 'vitest';

import { findHeldOutCaseProblems, loadHeldOutCases } from '../held-out-case-rules.js';
import { isSafetyCriticalNegative } from '../note-metrics.js';

const cases = await loadHeldOutCases(import.meta.dirname, {
  idPrefix: 'w',
  allowRelativeConditions: true,
});

describe('held-out drafter set v11 (eval/draft/heldout-v11)', () => {
  it('holds eight consultations in the three settings and both note templates', () => {
    expect(cases).toHaveLength(8);
    expect(new Set(cases.map(({ value }) => value.setting))).toEqual(
      new Set(['fastlege', 'legevakt', 'sykehus']),
    );
    expect(new Set(cases.map(({ value }) => value.template))).toEqual(
      new Set(['journalnotat', 'epikrise']),
    );
  });

  it('follows the held-out case rules', () => {
    expect(cases.flatMap(({ file, value }) => findHeldOutCaseProblems(file, value))).toEqual([]);
  });

  it('marks at least one safety-critical pertinent negative in every case', () => {
    const without = cases
      .filter(({ value }) => !value.facts.some((fact) => isSafetyCriticalNegative(fact.fact)))
      .map(({ file }) => file);
    expect(without).toEqual([]);
  });
});
