/**
 * Format check of the fifth held-out drafting set (r01–r06, session 7): every case has the agreed
 * shape and follows the held-out rules (`held-out-case-rules.ts`), in the settings this set was
 * written for. Problems name files and rule breaches, so a malformed case fails here instead of
 * being scored.
 */
import { describe, expect, it } from 'vitest';

import { isSafetyCriticalNegative } from '../note-metrics.js';
import { findHeldOutCaseProblems, loadHeldOutCases } from '../held-out-case-rules.js';

const SETTINGS = ['legevakt', 'psykiatri', 'barn', 'sykehus', 'jordmor', 'fastlege'] as const;

describe('fifth held-out drafting set (eval/draft/heldout-v5)', async () => {
  const cases = await loadHeldOutCases(import.meta.dirname, {
    idPrefix: 'r',
    allowRelativeConditions: true,
    settings: SETTINGS,
  });

  it('holds six consultations r01–r06 that follow the held-out rules', () => {
    expect(cases.map(({ value }) => value.id.slice(0, 3))).toEqual([
      'r01',
      'r02',
      'r03',
      'r04',
      'r05',
      'r06',
    ]);
    expect(cases.flatMap(({ file, value }) => findHeldOutCaseProblems(file, value))).toEqual([]);
  });

  it('marks safety-critical pertinent negatives in every consultation', () => {
    for (const { file, value } of cases) {
      const negatives = value.facts.filter((fact) => isSafetyCriticalNegative(fact.fact));
      expect({ file, enough: negatives.length >= 1 }).toEqual({ file, enough: true });
    }
  });
});
