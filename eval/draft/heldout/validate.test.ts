/**
 * Consistency checks for the held-out consultations of the built-in drafter (issue 12).
 * The rules are in `../held-out-case-rules.ts`; the project's case loader must read the folder, so
 * `--cases` works on it.
 */
import { describe, expect, it } from 'vitest';

import { loadConsultationCases } from '../../../src/draft/testing/consultation-cases.js';
import { findHeldOutCaseProblems, loadHeldOutCases } from '../held-out-case-rules.js';

const here = import.meta.dirname;
const cases = await loadHeldOutCases(here, { idPrefix: 'x', allowRelativeConditions: false });

describe('held-out consultations for the drafter', () => {
  it('has six cases that follow the shared case rules', () => {
    expect(cases.map(({ file }) => file)).toHaveLength(6);
    expect(cases.flatMap(({ file, value }) => findHeldOutCaseProblems(file, value))).toEqual([]);
  });

  it('spreads over all settings and both templates, with spoken and absent fødselsnumre', () => {
    const values = cases.map(({ value }) => value);
    expect(new Set(values.map((value) => value.setting))).toEqual(
      new Set(['fastlege', 'legevakt', 'sykehus']),
    );
    expect(new Set(values.map((value) => value.template))).toEqual(
      new Set(['journalnotat', 'epikrise']),
    );
    expect(values.some((value) => value.patient.fnr === null)).toBe(true);
    expect(values.some((value) => value.patient.fnr !== null)).toBe(true);
  });

  it('is readable by the project case loader, so eval:draft -- --cases works on it', () => {
    expect(loadConsultationCases(here).map((loaded) => loaded.id)).toEqual(
      cases.map(({ value }) => value.id),
    );
  });
});
