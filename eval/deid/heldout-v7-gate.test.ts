/**
 * CI gate for the seventh held-out de-identification set (`eval/deid/heldout-v7` and
 * `heldout-v7-clean`), written in session 9 by an author who never read the recognizers, any
 * development data or the earlier held-out sets (cardiology and heart-failure outpatients,
 * echocardiography, haemodialysis, peritoneal dialysis and nephrology, transplant letters,
 * municipal acute beds (KAD), nursing-home rounds and calls, antenatal care, labour ward, neonatal
 * intensive care, postnatal home visits, gynaecology, helsestasjon, a child-welfare report, speech
 * therapy, a BUP referral, fracture clinic, a hip-fracture epikrise, physiotherapy, sports
 * medicine, LAR and acute addiction care, diabetes nurses, a memory clinic, PLO messages,
 * multidose lists, ISBAR ambulance handovers, ICU, anaesthesia pre-op, dental emergency, urology,
 * gender incongruence, a forensic certificate, a NAV form, video consultations, helsenorge
 * messages, insurance and death certificates, Svalbard, an asylum reception centre, a fishing
 * vessel, an unidentified patient with an H-number, a letter to an address in Spain; trøndersk, nordnorsk and Finnmark, sunnmørsk, hallingdal, gudbrandsdal, telemark,
 * bergensk, nynorsk and lower-case speech-to-text; Vietnamese, Thai, Filipino, Chinese, Korean,
 * Japanese, Iranian, Kurdish, Afghan, Pakistani, Tamil, Bosnian, Serbian, Albanian, Romanian, Bulgarian,
 * Hungarian, Czech, Polish, Spanish and Latin American, Portuguese and Brazilian, Eritrean,
 * Sudanese, Somali, Kven and Finnish, Sami, Icelandic, Faroese, Dutch, German and French names, hyphenated
 * given names, double surnames, a nickname, names that are nouns, initials). Issue 10's targets
 * are direct recall ≥ 0.97, F1 ≥ 0.90, protected recall ≥ 0.95 on the weak-spot snippets and
 * ≤ 1.5 false detections per 1,000 clean words. Measured on the rules at the start of session 9
 * ("before", `npm run eval:deid`), 225 documents (151 weak-spot snippets, 74 full documents), 855
 * mentions, 3,149 clean words: direct recall 0.941 (441 direct mentions), F1 0.922, snippet
 * protected recall 0.862 (175 of 203), 3.18 false detections per 1,000 clean words (10). After
 * session 9's rules were merged ("after"): 0.946 / 0.924 / 0.862 / 3.18. Gated at the "after"
 * level with a small margin so a drop fails the build. Only totals are asserted: nobody writes
 * rules from these texts.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadCleanCorpus, loadEvalDocuments } from './load-eval-set.js';
import { runEvaluation } from './run-evaluation.js';
import { pseudonymizerDetector } from './run.js';

// Session 11: gates raised to the level reached after session 11's rules (`npm run eval:deid`).
// Session 14: gates raised to the level reached after session 14's rules (`npm run eval:deid`: direct recall 0.957, F1 0.929, snippet protected recall 0.882, 3.18 false detections per 1,000 clean words), with a margin of about one mention.
// Sessions 15 and 16: gates raised where the sessions' rules moved the measure (`npm run eval:deid`), with a margin of about one mention or one detection.
// Session 18: gates raised to the level after session 18's rules (`npm run eval:deid`: direct recall 0.961, F1 0.935, snippet protected recall 0.897, 2.86 false detections per 1,000 clean words), with a margin of less than one mention.
// Session 19: gates raised to the level after session 19's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 22: gates raised to the level after session 22's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 23: gates raised to the level after session 23's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 24: gates raised to the level after session 24's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 25: gates raised to the level after session 25's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
// Session 26: gates raised to the level after session 26's rules (`npm run build && npm run eval:deid -- --strict`), with a margin of less than one mention; none lowered.
describe('seventh held-out de-identification set (v7)', () => {
  it('holds recall, F1, protected recall and false detections at the level measured', async () => {
    const documents = await loadEvalDocuments(path.join(import.meta.dirname, 'heldout-v7'));
    const clean = await loadCleanCorpus(path.join(import.meta.dirname, 'heldout-v7-clean'));
    const report = runEvaluation(
      { own: [], clean: [], shared: [], heldoutV7: { documents, clean } },
      pseudonymizerDetector,
    );
    const v7 = report.heldoutV7;
    expect(v7).toBeDefined();
    if (v7 === undefined) return;
    expect(v7.statistics.mentions).toBeGreaterThanOrEqual(845);
    expect(v7.clean.words).toBeGreaterThanOrEqual(3000);
    expect(v7.result.directRecall).toBeGreaterThanOrEqual(0.963);
    expect(v7.result.overall.f1).toBeGreaterThanOrEqual(0.94);
    expect(v7.snippets.protectedRecall).toBeGreaterThanOrEqual(0.92);
    expect(v7.clean.falsePositivesPer1000Words).toBeLessThanOrEqual(1.275);
  }, 180_000);
});
