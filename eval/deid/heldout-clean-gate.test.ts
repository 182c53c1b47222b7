/**
 * CI gate for false positives on the held-out identifier-free clinical text
 * (`eval/deid/heldout-clean`, written by someone who never read the recognizers). Issue 10's
 * target is ≤ 1.5 false detections per 1,000 words; the pseudonymizer reached 5.7 when this set
 * was first measured (6.6 before issue 10) and 4.4 after the name recognizers learnt compounds,
 * eponym and product contexts, and 2.8 after the product, test-name and heading rules of session 4
 * (measured with a wider own clean corpus), 2.5 after the treatment, drug-list, Latin-species and
 * generic-month rules of session 5, 0.63 after session 6 stopped taking an unknown capitalised word
 * alone for a person (gated with a margin of one detection), so the gate holds that level and a
 * rise fails the build. Only the
 * count is asserted: nobody writes rules from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../../src/pseudonymize/index.js';

import { loadCleanCorpus } from './load-eval-set.js';
import { evaluateClean } from './score.js';

const ceilingPerThousandWords = 0.95;

describe('held-out clean clinical text', () => {
  it('keeps false detections at or below the level first measured', async () => {
    const texts = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-clean'));
    expect(texts.length).toBeGreaterThan(0);
    const result = evaluateClean(
      texts.map((text) => ({
        id: text.id,
        text: text.text,
        predicted: detectIdentifiers(text.text, {}),
      })),
    );
    expect(result.words).toBeGreaterThan(3000);
    expect(result.falsePositivesPer1000Words).toBeLessThanOrEqual(ceilingPerThousandWords);
  });
});
