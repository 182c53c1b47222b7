/**
 * Format check of the fourth held-out set for the drafter (`eval/draft/heldout-v4`, n01–n06, session
 * 6): every case follows the agreed shape and the held-out case rules (PHI spoken verbatim, valid
 * fødselsnummer matching the birth date, 12–18 facts with negatives, a diagnosis and a dosed plan,
 * a reference note covering its own facts), and the set spans the settings it was written for.
 * Failures name files and rules, never what a case says.
 */
import { describe, expect, it } from 'vitest';

import { findHeldOutCaseProblems, loadHeldOutCases } from '../held-out-case-rules.js';

const SETTINGS = [
  'telefon',
  'hjemmebesok',
  'helsestasjon',
  'bedriftshelse',
  'kronisk-kontroll',
  'legevakt-korreksjon',
] as const;

const cases = await loadHeldOutCases(import.meta.dirname, {
  idPrefix: 'n',
  allowRelativeConditions: true,
  settings: SETTINGS,
});

describe('held-out consultations v4 (eval/draft/heldout-v4)', () => {
  it('holds at least six cases, one in each setting it was written for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
    expect(new Set(cases.map((entry) => entry.value.setting))).toEqual(new Set(SETTINGS));
  });

  it('breaks none of the held-out case rules', () => {
    expect(cases.flatMap((entry) => findHeldOutCaseProblems(entry.file, entry.value))).toEqual([]);
  });
});
