/**
 * CI gate for the fourth held-out de-identification set (`eval/deid/heldout-v4` and
 * `heldout-v4-clean`), written in session 6 by an author who never read the recognizers, any
 * development data or the earlier held-out sets (dictation after the visit, telephone
 * consultations, home-visit and nursing notes, helsestasjon, occupational health, triage with
 * abbreviations, prescriptions and lab orders, speech-to-text; Sámi, Kven, Eritrean, Somali,
 * Ukrainian, Filipino, Vietnamese and Polish names). Issue 10's targets are direct recall ≥ 0.97,
 * F1 ≥ 0.90, protected recall ≥ 0.95 on the weak-spot snippets and ≤ 1.5 false detections per 1,000
 * clean words. Measured on the rules at the start of session 6: 0.912 / 0.924 / 0.850 / 2.18;
 * after session 6's rule changes were merged (none written from this set, which was merged first):
 * 0.927 / 0.933 / 0.857 / 1.24 (PERSON 148 of 161, two fewer than before); after session 7's rules
 * (written from its own development data, never from this set): 0.931 / 0.935 / 0.857 / 1.24;
 * after session 8's: 0.939 / 0.937 / 0.857 / 1.24; after session 9's (employer frames and others):
 * 0.939 / 0.939 / 0.857 / 1.24 (F1 gate raised).
 * Gated at that level with a small margin so a drop fails the build. Only totals are asserted:
 * nobody writes rules from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

// Session 11: gates raised to the level reached after session 11's rules (`npm run eval:deid`).
// Session 14: gates raised to the level reached after session 14's rules (`npm run eval:deid`: direct recall 0.946, F1 0.949, snippet protected recall 0.871, 1.24 false detections per 1,000 clean words), with a margin of about one mention.
// Session 15: gates raised where session 15's rules moved the measure (`npm run eval:deid`), with a margin of about one mention or one detection.
// Session 18: gates raised to the level after session 18's rules (`npm run eval:deid`: direct recall 0.954, F1 0.954, snippet protected recall 0.884, 1.24 false detections per 1,000 clean words), with a margin of less than one mention.
// Session 19: gates raised to the level after session 19's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 22: gates raised to the level after session 22's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 23: gates raised to the level after session 23's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 24: gates raised to the level after session 24's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 25: gates raised to the level after session 25's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 26: gates raised to the level after session 26's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
describe('fourth held-out de-identification set (v4)', () => {
  it('holds recall, F1, protected recall and false detections at the level measured', async () => {
    const documents = await loadEvalDocuments(path.join(import.meta.dirname, 'heldout-v4'));
    const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v4-clean'));
    const report = runEvaluation(
      { own: [], clean: [], shared: [], heldoutV4: { documents, clean } },
      pseudonymizerDetector,
    );
    const v4 = report.heldoutV4;
    expect(v4).toBeDefined();
    if (v4 === undefined) return;
    expect(v4.statistics.mentions).toBeGreaterThanOrEqual(490);
    expect(v4.clean.words).toBeGreaterThanOrEqual(3000);
    expect(v4.result.directRecall).toBeGreaterThanOrEqual(0.957);
    expect(v4.result.overall.f1).toBeGreaterThanOrEqual(0.962);
    expect(v4.snippets.protectedRecall).toBeGreaterThanOrEqual(0.904);
    expect(v4.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(0.625);
  }, 180_000);
});
