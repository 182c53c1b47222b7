/**
 * CI gate for the eleventh held-out de-identification set (`eval/deid/heldout-v11` and
 * `heldout-v11-clean`), written in session 18 by an author who read no recognizer and no item of an
 * earlier held-out set (only their file layout, tests and runner wiring): a wrist fracture at a
 * legevakt on Senja in lower-case nordnorsk speech-to-text, a DPS referral from Kristiansand for a
 * Syrian nurse, an NSTEMI epikrise from Gjøvik for a farmer on Toten, a nynorsk nursing-home night
 * report from Sogn, a helsestasjon phone note with a Somali telephone interpreter in Groruddalen, a
 * dental appointment letter with SMS from Bodø, a nynorsk occupational-health note on noise-induced
 * hearing loss at a Stord shipyard, a knee consultation in Setesdal dialect, an MRI and lab report
 * for a Sami reindeer herder from Karasjok, a daughter's e-mail to home care in Kongsvinger, a
 * psychiatry consultation with an Arabic interpreter in Bergen, a nynorsk hip-fracture epikrise for a
 * 95-year-old from Jølster and a Trysil legevakt phone note for a Polish carpenter; 110 weak-spot
 * snippets in the 24 categories of v4–v10. Measured on the branch that added it, with no rule
 * changed (`npm run build`, then `npm run eval:deid -- --strict`): 123 documents (110 snippets, 13
 * full documents), 382 mentions, 3,039 clean words: direct recall 0.958 (182 of 190), F1 0.941,
 * snippet protected recall 0.935 (115 of 123), 0.66 false detections per 1,000 clean words (2).
 * Gated at that level, so one more miss on a direct identifier, one more missed mention overall,
 * one more snippet mention left partly exposed or one more false detection in the clean texts fails
 * the build. Only totals are asserted: nobody writes rules from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

// Session 18: gates raised to the level after session 18's rules (`npm run eval:deid`: direct recall 0.958, F1 0.945, snippet protected recall 0.935, 0.66 false detections per 1,000 clean words), with a margin of less than one mention.
// Session 19: gates raised to the level after session 19's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 23: gates raised to the level after session 23's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 24: gates raised to the level after session 24's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 25: gates raised to the level after session 25's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
describe('eleventh held-out de-identification set (v11)', () => {
  it('holds recall, F1, protected recall and false detections at the level measured', async () => {
    const documents = await loadEvalDocuments(path.join(import.meta.dirname, 'heldout-v11'));
    const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v11-clean'));
    const report = runEvaluation(
      { own: [], clean: [], shared: [], heldoutV11: { documents, clean } },
      pseudonymizerDetector,
    );
    const v11 = report.heldoutV11;
    expect(v11).toBeDefined();
    if (v11 === undefined) return;
    expect(v11.statistics.mentions).toBeGreaterThanOrEqual(375);
    expect(v11.clean.words).toBeGreaterThanOrEqual(3000);
    expect(v11.result.directRecall).toBeGreaterThanOrEqual(0.967);
    expect(v11.result.overall.f1).toBeGreaterThanOrEqual(0.951);
    expect(v11.snippets.protectedRecall).toBeGreaterThanOrEqual(0.95);
    expect(v11.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(0.66);
  }, 180_000);
});
