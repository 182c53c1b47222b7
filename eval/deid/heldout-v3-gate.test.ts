/**
 * CI gate for the third held-out de-identification set (`eval/deid/heldout-v3` and
 * `heldout-v3-clean`), written in session 5 by an author who never read the recognizers, any
 * development data or the earlier held-out sets (written notes, speech-to-text, patient messages;
 * names of many origins). Issue 10's targets are direct recall ≥ 0.97, F1 ≥ 0.90, protected recall
 * ≥ 0.95 on the weak-spot snippets and ≤ 1.5 false detections per 1,000 clean words. Measured on
 * the rules before session 5's merge 0.913 / 0.896 / 0.836 / 4.23; after it 0.933 / 0.916 / 0.867 /
 * 3.91; after session 6's (an unknown capitalised word alone no longer a person, labelled
 * numbers, addresses, ages, institution heads) 0.940 / 0.922 / 0.872 / 2.93; after session 7's
 * rules 0.956 / 0.925 / 0.877 / 2.93; after session 8's 0.960 / 0.932 / 0.892 / 2.93. Gated at that level with a small margin so a drop fails the build. Only totals are
 * asserted: nobody writes rules from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

// Session 11: gates raised to the level reached after session 11's rules (`npm run eval:deid`).
// Session 14: gates raised to the level reached after session 14's rules (`npm run eval:deid`: direct recall 0.960, F1 0.936, snippet protected recall 0.903, 2.93 false detections per 1,000 clean words), with a margin of about one mention.
// Sessions 15 and 16: gates raised where the sessions' rules moved the measure (`npm run eval:deid`), with a margin of about one mention or one detection.
// Session 18: gates raised to the level after session 18's rules (`npm run eval:deid`: direct recall 0.968, F1 0.944, snippet protected recall 0.918, 1.95 false detections per 1,000 clean words), with a margin of less than one mention.
// Session 19: gates raised to the level after session 19's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 22: gates raised to the level after session 22's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 23: gates raised to the level after session 23's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 24: gates raised to the level after session 24's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 25: gates raised to the level after session 25's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 26: gates raised to the level after session 26's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
describe('third held-out de-identification set (v3)', () => {
  it('holds recall, F1, protected recall and false detections at the level measured', async () => {
    const documents = await loadEvalDocuments(path.join(import.meta.dirname, 'heldout-v3'));
    const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v3-clean'));
    const report = runEvaluation(
      { own: [], clean: [], shared: [], heldoutV3: { documents, clean } },
      pseudonymizerDetector,
    );
    const v3 = report.heldoutV3;
    expect(v3).toBeDefined();
    if (v3 === undefined) return;
    expect(v3.statistics.mentions).toBeGreaterThanOrEqual(490);
    expect(v3.clean.words).toBeGreaterThanOrEqual(3000);
    expect(v3.result.directRecall).toBeGreaterThanOrEqual(0.979);
    expect(v3.result.overall.f1).toBeGreaterThanOrEqual(0.955);
    expect(v3.snippets.protectedRecall).toBeGreaterThanOrEqual(0.943);
    expect(v3.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(0.335);
  }, 180_000);
});
