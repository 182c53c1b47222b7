/**
 * CI gate for the sixth held-out de-identification set (`eval/deid/heldout-v6` and
 * `heldout-v6-clean`), written in session 8 by an author who never read the recognizers, any
 * development data or the earlier held-out sets (AMK 113 calls, emergency-department triage,
 * oncology, psychiatric ward rounds, occupational health, school nurse, prison health, sexual
 * health, surgical and medical epikriser, radiology and laboratory headers, pharmacy, palliative
 * home care, dermatology, ophthalmology, ENT, travel vaccination, migrant health, rehabilitation,
 * e-mails between clinicians, sick-leave forms, handwritten-style reports, police custody, a BUP
 * referral, helsestasjon, infection tracing, insurance, refugee children, lower-case
 * speech-to-text, vestlandsk, østerdalsk, sørlandsk, nynorsk and Northern Sami; Somali, Tigrinya,
 * Ukrainian, Russian, Vietnamese, Filipino, Polish, Sami, Urdu, Persian, Turkish, Greek, Spanish,
 * Portuguese, Hungarian, Estonian, Ethiopian, Congolese, Nigerian, Lithuanian and Uzbek names,
 * and Norwegian names that are nouns). Issue 10's targets are direct recall ≥ 0.97, F1 ≥ 0.90,
 * protected recall ≥ 0.95 on the weak-spot snippets and ≤ 1.5 false detections per 1,000 clean
 * words. Measured on
 * the rules at the start of session 8 ("before", `npm run eval:deid`), 190 documents (135 weak-spot
 * snippets, 55 full documents), 690 mentions, 3,113 clean words: direct recall 0.940 (346 of 368),
 * F1 0.923, snippet protected recall 0.868 (145 of 167), 2.25 false detections per 1,000 clean words (7).
 * After every session-8 branch was merged ("after", measured by the integrator): direct recall
 * 0.943, F1 0.927, snippet protected recall 0.874 (146 of 167), 2.25 per 1,000 clean words. After
 * session 9's rules (employer frames, foreign and short-stem streets, places in frames of care or
 * membership, sentence-initial inflected surnames): 0.946 / 0.929 / 0.880 / 2.25. Gated
 * at the "after" level with a small margin so a drop fails the build. Only totals are asserted: nobody writes
 * rules from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

// Session 11: gates raised to the level reached after session 11's rules (`npm run eval:deid`).
// Session 14: gates raised to the level reached after session 14's rules (`npm run eval:deid`: direct recall 0.951, F1 0.936, snippet protected recall 0.910, 1.93 false detections per 1,000 clean words), with a margin of about one mention.
// Sessions 15 and 16: gates raised where the sessions' rules moved the measure (`npm run eval:deid`), with a margin of about one mention or one detection.
// Session 18: gates raised to the level after session 18's rules (`npm run eval:deid`: direct recall 0.951, F1 0.941, snippet protected recall 0.916, 0.96 false detections per 1,000 clean words), with a margin of less than one mention.
// Session 19: gates raised to the level after session 19's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 22: gates raised to the level after session 22's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 23: gates raised to the level after session 23's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 24: gates raised to the level after session 24's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 25: gates raised to the level after session 25's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 26: gates raised to the level after session 26's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
describe('sixth held-out de-identification set (v6)', () => {
  it('holds recall, F1, protected recall and false detections at the level measured', async () => {
    const documents = await loadEvalDocuments(path.join(import.meta.dirname, 'heldout-v6'));
    const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v6-clean'));
    const report = runEvaluation(
      { own: [], clean: [], shared: [], heldoutV6: { documents, clean } },
      pseudonymizerDetector,
    );
    const v6 = report.heldoutV6;
    expect(v6).toBeDefined();
    if (v6 === undefined) return;
    expect(v6.statistics.mentions).toBeGreaterThanOrEqual(680);
    expect(v6.clean.words).toBeGreaterThanOrEqual(3000);
    expect(v6.result.directRecall).toBeGreaterThanOrEqual(0.964);
    expect(v6.result.overall.f1).toBeGreaterThanOrEqual(0.952);
    expect(v6.snippets.protectedRecall).toBeGreaterThanOrEqual(0.945);
    expect(v6.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(0.645);
  }, 180_000);
});
