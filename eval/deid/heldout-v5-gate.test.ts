/**
 * CI gate for the fifth held-out de-identification set (`eval/deid/heldout-v5` and
 * `heldout-v5-clean`), written in session 7 by an author who never read the recognizers, any
 * development data or the earlier held-out sets (legevakt night shifts, ambulance handovers,
 * DPS and substance-use follow-up, physiotherapy, paediatrics with parents speaking, nursing-home
 * reports with relatives, antenatal care, dentistry, interpreter-mediated consultations, NAV
 * sick-leave text, Helsenorge and SMS messages, nynorsk and trøndersk, nordnorsk, sunnmørsk and
 * bergensk speech-to-text; Tamil, Punjabi, Dari, Syrian, Kurdish, Chinese, Thai, Lithuanian,
 * Romanian, Bosnian, Chilean, Nigerian, Icelandic, Faroese and German names, and Norwegian names
 * that are also nouns). 159 documents (130 weak-spot snippets), 499 mentions, 3,409 clean words.
 * Issue 10's targets are direct recall ≥ 0.97, F1 ≥ 0.90, protected recall ≥ 0.95 on the weak-spot
 * snippets and ≤ 1.5 false detections per 1,000 clean words. Measured on the rules at the start of
 * session 7 ("before", `npm run eval:deid`): direct recall 0.916 (228 of 249), F1 0.894, snippet
 * protected recall 0.864 (127 of 147), 1.47 false detections per 1,000 clean words (5). After
 * session 7's rule changes were merged (none written from this set, which was merged first):
 * 0.920 (229 of 249) / 0.895 / 0.871 (128 of 147) / 1.47; after session 8's 0.920 / 0.899 / 0.878
 * (129 of 147) / 1.47; after session 9's 0.920 / 0.901 / 0.878 / 1.47 (F1 gate raised). Gated at
 * that level with a small margin
 * so a drop fails the build. Only totals are asserted: nobody
 * writes rules from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

// Session 11: gates raised to the level reached after session 11's rules (`npm run eval:deid`).
// Session 14: gates raised to the level reached after session 14's rules (`npm run eval:deid`: direct recall 0.924, F1 0.909, snippet protected recall 0.898, 1.17 false detections per 1,000 clean words), with a margin of about one mention.
// Sessions 15 and 16: gates raised where the sessions' rules moved the measure (`npm run eval:deid`), with a margin of about one mention or one detection.
// Session 18: gates raised to the level after session 18's rules (`npm run eval:deid`: direct recall 0.940, F1 0.923, snippet protected recall 0.905, 0.88 false detections per 1,000 clean words), with a margin of less than one mention.
// Session 19: gates raised to the level after session 19's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 22: gates raised to the level after session 22's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 23: gates raised to the level after session 23's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 24: gates raised to the level after session 24's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 25: gates raised to the level after session 25's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 26: gates raised to the level after session 26's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
describe('fifth held-out de-identification set (v5)', () => {
  it('holds recall, F1, protected recall and false detections at the level measured', async () => {
    const documents = await loadEvalDocuments(path.join(import.meta.dirname, 'heldout-v5'));
    const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v5-clean'));
    const report = runEvaluation(
      { own: [], clean: [], shared: [], heldoutV5: { documents, clean } },
      pseudonymizerDetector,
    );
    const v5 = report.heldoutV5;
    expect(v5).toBeDefined();
    if (v5 === undefined) return;
    expect(v5.statistics.mentions).toBeGreaterThanOrEqual(490);
    expect(v5.clean.words).toBeGreaterThanOrEqual(3000);
    expect(v5.result.directRecall).toBeGreaterThanOrEqual(0.947);
    expect(v5.result.overall.f1).toBeGreaterThanOrEqual(0.935);
    expect(v5.snippets.protectedRecall).toBeGreaterThanOrEqual(0.931);
    expect(v5.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(0.595);
  }, 180_000);
});
