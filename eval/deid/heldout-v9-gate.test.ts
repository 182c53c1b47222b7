/**
 * CI gate for the ninth held-out de-identification set (`eval/deid/heldout-v9` and
 * `heldout-v9-clean`), written in session 14 by an author who read no recognizer and no item of an
 * earlier held-out set (only their file layout, tests and runner wiring): a Sunnmøre consultation in
 * nynorsk, a cardiology referral, a nynorsk epikrise from Sunnfjord, a nursing-home night report
 * from Troms, a lower-case speech-to-text legevakt transcript, a paediatric phone note, a DPS note
 * with a Sami interpreter, an orthopaedic appointment letter with a D-number, an antenatal visit in
 * Stavanger dialect, a LAR note, a stroke epikrise of a man over 100, a dermatology referral from
 * Finnmark and a physiotherapy note for a Ukrainian refugee; 107 weak-spot snippets in the 24
 * categories of v4–v8. Measured on the branch that added it, with no rule changed (`npm run build`,
 * then `npm run eval:deid`): 120 documents (107 snippets, 13 full documents), 376 mentions, 3,022
 * clean words: direct recall 0.956 (173 of 181), F1 0.924, snippet protected recall 0.908 (108 of
 * 119), 1.32 false detections per 1,000 clean words (4). Gated at that level, so one more miss on a
 * direct identifier, one more missed mention overall, one more snippet mention left partly exposed or
 * one more false detection in the clean texts fails the build. Only totals are asserted: nobody
 * writes rules from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

// Session 14: gates raised to the level reached after session 14's rules (`npm run eval:deid`: direct recall 0.961, F1 0.926, snippet protected recall 0.916, 1.32 false detections per 1,000 clean words), with a margin of about one mention.
// Sessions 15 and 16: gates raised where the sessions' rules moved the measure (`npm run eval:deid`), with a margin of about one mention or one detection.
// Session 18: gates raised to the level after session 18's rules (`npm run eval:deid`: direct recall 0.961, F1 0.931, snippet protected recall 0.924, 0.33 false detections per 1,000 clean words), with a margin of less than one mention.
// Session 19: gates raised to the level after session 19's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 22: gates raised to the level after session 22's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 23: gates raised to the level after session 23's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 24: gates raised to the level after session 24's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 25: gates raised to the level after session 25's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
describe('ninth held-out de-identification set (v9)', () => {
  it('holds recall, F1, protected recall and false detections at the level measured', async () => {
    const documents = await loadEvalDocuments(path.join(import.meta.dirname, 'heldout-v9'));
    const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v9-clean'));
    const report = runEvaluation(
      { own: [], clean: [], shared: [], heldoutV9: { documents, clean } },
      pseudonymizerDetector,
    );
    const v9 = report.heldoutV9;
    expect(v9).toBeDefined();
    if (v9 === undefined) return;
    expect(v9.statistics.mentions).toBeGreaterThanOrEqual(370);
    expect(v9.clean.words).toBeGreaterThanOrEqual(3000);
    expect(v9.result.directRecall).toBeGreaterThanOrEqual(0.971);
    expect(v9.result.overall.f1).toBeGreaterThanOrEqual(0.949);
    expect(v9.snippets.protectedRecall).toBeGreaterThanOrEqual(0.949);
    expect(v9.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(0.335);
  }, 180_000);
});
