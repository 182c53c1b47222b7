/**
 * CI gate for the second held-out de-identification set (`eval/deid/heldout-v2` and
 * `heldout-v2-clean`), written in session 4 by an author who never read the recognizers. Issue 10's
 * targets are direct recall ≥ 0.97, F1 ≥ 0.90, protected recall ≥ 0.95 on the weak-spot snippets
 * and ≤ 1.5 false detections per 1,000 clean words. First measured (before session 4's recognizer
 * round) 0.945 / 0.928 / 0.892 / 4.78; after it 0.945 / 0.936 / 0.910 / 4.14; after session 5's
 * (document numbers, institution forms, product contexts) 0.949 / 0.939 / 0.917 / 2.55; after
 * session 6's (an unknown capitalised word alone no longer a person, labelled numbers, addresses,
 * ages, institution heads) 0.945 / 0.940 / 0.913 / 1.27: the false detections halved for a small
 * loss of recall that the direct-recall and snippet gates (unchanged) still hold; after session 7's
 * (workplace, address and name-context rules) 0.956 / 0.945 / 0.921 / 1.27; after session 8's
 * (institution nouns with a place, wards, school and club heads, presented names) 0.960 / 0.953 /
 * 0.931 / 1.27; after session 9's (employer frames, foreign and short-stem streets, places in
 * frames of care or membership) 0.960 / 0.955 / 0.931 / 1.27 (F1 gate raised). Gated at that level
 * with a small margin so a drop fails the build. Only totals are asserted: nobody writes rules
 * from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

// Session 11: gates raised to the level reached after session 11's rules (`npm run eval:deid`).
// Session 14: gates raised to the level reached after session 14's rules (`npm run eval:deid`: direct recall 0.960, F1 0.958, snippet protected recall 0.935, 0.64 false detections per 1,000 clean words), with a margin of about one mention.
// Session 15: gates raised where session 15's rules moved the measure (`npm run eval:deid`), with a margin of about one mention or one detection.
// Session 18: gates raised to the level after session 18's rules (`npm run eval:deid`: direct recall 0.964, F1 0.963, snippet protected recall 0.942, 0.32 false detections per 1,000 clean words), with a margin of less than one mention.
// Session 19: gates raised to the level after session 19's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 23: gates raised to the level after session 23's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 24: gates raised to the level after session 24's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 25: gates raised to the level after session 25's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
describe('second held-out de-identification set (v2)', () => {
  it('holds recall, F1, protected recall and false detections at the level measured', async () => {
    const documents = await loadEvalDocuments(path.join(import.meta.dirname, 'heldout-v2'));
    const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v2-clean'));
    const report = runEvaluation(
      { own: [], clean: [], shared: [], heldoutV2: { documents, clean } },
      pseudonymizerDetector,
    );
    const v2 = report.heldoutV2;
    expect(v2).toBeDefined();
    if (v2 === undefined) return;
    expect(v2.statistics.mentions).toBeGreaterThanOrEqual(500);
    expect(v2.clean.words).toBeGreaterThanOrEqual(3000);
    expect(v2.result.directRecall).toBeGreaterThanOrEqual(0.963);
    expect(v2.result.overall.f1).toBeGreaterThanOrEqual(0.968);
    expect(v2.snippets.protectedRecall).toBeGreaterThanOrEqual(0.956);
    expect(v2.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(0.005);
  }, 180_000);
});
