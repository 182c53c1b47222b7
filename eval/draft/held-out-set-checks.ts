/**
 * The format check every held-out drafter set since v6 shares: the agreed JSON shape and rules of
 * `held-out-case-rules.ts`, the three settings and the set's templates (both note templates unless named), and at least one
 * safety-critical pertinent negative per case (an allergy, blood thinners, pregnancy, chest pain,
 * a rash, neck stiffness, suicide …) so the `safe` column can count it. Failures name files and
 * rule breaches only, never what a consultation says.
 */
import { describe, expect, it } from 'vitest';

import {
  DEFAULT_TEMPLATES,
  findHeldOutCaseProblems,
  loadHeldOutCases,
  type HeldOutTemplate,
} from './held-out-case-rules.js';
import { isSafetyCriticalNegative } from './note-metrics.js';

const countWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export async function describeHeldOutDraftSet(options: {
  /** The set's folder (the calling test's `import.meta.dirname`). */
  readonly directory: string;
  /** `v6`, `v10` …, as in the folder name `heldout-<name>`. */
  readonly name: string;
  /** The letter every case id starts with (`z01`, `z02` …). */
  readonly idPrefix: string;
  readonly count: number;
  /**
   * The templates the set is written for, each used at least once (default: journalnotat and
   * epikrise; v12 adds henvisning and pasientbrev).
   */
  readonly templates?: readonly [HeldOutTemplate, ...HeldOutTemplate[]];
}): Promise<void> {
  const templates = options.templates ?? DEFAULT_TEMPLATES;
  const cases = await loadHeldOutCases(options.directory, {
    idPrefix: options.idPrefix,
    allowRelativeConditions: true,
    templates,
  });

  describe(`held-out drafter set ${options.name} (eval/draft/heldout-${options.name})`, () => {
    it(`holds ${countWords[options.count] ?? String(options.count)} consultations in the three settings and the templates ${templates.join(', ')}`, () => {
      expect(cases).toHaveLength(options.count);
      expect(new Set(cases.map(({ value }) => value.setting))).toEqual(
        new Set(['fastlege', 'legevakt', 'sykehus']),
      );
      expect(new Set(cases.map(({ value }) => value.template))).toEqual(new Set(templates));
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
}
