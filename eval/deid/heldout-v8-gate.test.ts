/**
 * CI gate for the eighth held-out de-identification set (`eval/deid/heldout-v8` and
 * `heldout-v8-clean`), written in session 11 by an author who read no recognizer, no development
 * data and no earlier held-out item (psychiatry and DPS, child and adolescent psychiatry,
 * paediatrics, helsestasjon, obstetrics, labour and postnatal care, gynaecology, orthopaedics,
 * oncology and palliative care, legevakt in several towns, nursing homes, home visits and
 * hjemmesykepleie, ambulance, addiction care and LAR, a seaman's injury, a refugee reception centre;
 * nynorsk, bergensk and nordnorsk speech, lower-case speech-to-text, Norwegian as a second language;
 * Somali, Tamil, Polish, Lithuanian, Filipino, Eritrean, Kurdish, Sami, Thai, Ukrainian, Russian,
 * Afghan, Iranian, Vietnamese, Laotian, Brazilian, Nigerian and Turkish names, nouns as names,
 * initials, ages over 89 said in words, spoken numbers and dates, many address and phone forms).
 * Measured on main at the start of session 11 (no rule changes on the branch that added it),
 * `npm run eval:deid`: 230 documents (187 weak-spot snippets, 43 full documents), 858 mentions,
 * 3,060 clean words: direct recall 0.965, F1 0.944, snippet protected recall 0.843, 1.63 false
 * detections per 1,000 clean words (5). After session 11's rules were merged (written on branches
 * made before this set existed): direct recall 0.965, F1 0.945, snippet protected recall 0.851, 0.65
 * false detections per 1,000 clean words (2). Gated just under the "after" level so a drop fails
 * the build. Only totals are asserted: nobody writes rules from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

// Session 14: gates raised to the level reached after session 14's rules (`npm run eval:deid`: direct recall 0.968, F1 0.945, snippet protected recall 0.855, 0.65 false detections per 1,000 clean words), with a margin of about one mention.
// Sessions 15 and 16: gates raised where the sessions' rules moved the measure (`npm run eval:deid`), with a margin of about one mention or one detection.
// Session 18: gates raised to the level after session 18's rules (`npm run eval:deid`: direct recall 0.970, F1 0.951, snippet protected recall 0.864, 0.65 false detections per 1,000 clean words), with a margin of less than one mention.
// Session 19: gates raised to the level after session 19's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 22: gates raised to the level after session 22's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 23: gates raised to the level after session 23's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 24: gates raised to the level after session 24's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 25: gates raised to the level after session 25's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 26: gates raised to the level after session 26's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
describe('eighth held-out de-identification set (v8)', () => {
  it('holds recall, F1, protected recall and false detections at the level measured', async () => {
    const documents = await loadEvalDocuments(path.join(import.meta.dirname, 'heldout-v8'));
    const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v8-clean'));
    const report = runEvaluation(
      { own: [], clean: [], shared: [], heldoutV8: { documents, clean } },
      pseudonymizerDetector,
    );
    const v8 = report.heldoutV8;
    expect(v8).toBeDefined();
    if (v8 === undefined) return;
    expect(v8.statistics.mentions).toBeGreaterThanOrEqual(850);
    expect(v8.clean.words).toBeGreaterThanOrEqual(3000);
    expect(v8.result.directRecall).toBeGreaterThanOrEqual(0.984);
    expect(v8.result.overall.f1).toBeGreaterThanOrEqual(0.956);
    expect(v8.snippets.protectedRecall).toBeGreaterThanOrEqual(0.918);
    expect(v8.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(0.335);
  }, 180_000);
});
