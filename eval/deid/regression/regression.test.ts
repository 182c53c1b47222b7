import { readFile } from 'node:fs/promises';
import * as path from 'node:path';

import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../../../src/pseudonymize/index.js';
import { loadEvaluationSets } from '../load-eval-set.js';
import type { Detector } from '../run-evaluation.js';
import {
  listCleanTextsWithoutDetections,
  listProtectedMentions,
  regressionBaselineSchema,
} from './regression-baseline.js';

const detect: Detector = (text, known) =>
  detectIdentifiers(text, known === undefined ? {} : { known });

const baseline = regressionBaselineSchema.parse(
  JSON.parse(await readFile(path.join(import.meta.dirname, 'protected-baseline.json'), 'utf8')),
);
const sets = await loadEvaluationSets();

describe('regression set: what the pseudonymizer already got right stays right', () => {
  it('still covers every letter and digit of each mention it covered before', () => {
    const documents = [...sets.own, ...sets.shared];
    const present = new Set(documents.map((document) => document.id));
    const expected = baseline.protectedMentions.filter((key) =>
      present.has(key.slice(0, key.indexOf(':'))),
    );
    const now = new Set(listProtectedMentions(documents, detect));
    expect(expected.length).toBeGreaterThan(800);
    expect(expected.filter((key) => !now.has(key))).toEqual([]);
    // Runs the pseudonymizer over every own and shared document: well past the default 30 s on a
    // loaded two-core machine, which says nothing about what it finds.
  }, 180_000);

  it('still finds nothing in the identifier-free texts where it found nothing before', () => {
    const now = new Set(listCleanTextsWithoutDetections(sets.clean, detect));
    expect(baseline.cleanTextsWithoutDetections.filter((id) => !now.has(id))).toEqual([]);
  }, 180_000);
});
