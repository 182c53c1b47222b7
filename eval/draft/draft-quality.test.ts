/*
 * CI gate for the builtin engine's notes (issue 12 targets), on the development cases: the shared
 * consultations and our own (eval/draft/cases, h01–h67); and the held-out folder
 * (eval/draft/heldout, written by someone who never read the engine, never tuned on). Every set is
 * gated at the level the engine reaches, with a small margin (see eval/draft/README.md): a drop
 * fails the build. The targets (coverage ≥ 0.85, length ≤ 1.3×, ≤ 0.5 register violations
 * per note, no missed safety-critical negative) are met where the thresholds below say so; length
 * ≤ 1.3× is met on no set, and the held-out set misses coverage, register and safety negatives.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBuiltinDrafter } from '../../src/draft/index.js';
import {
  loadConsultationCases,
  heldOutCasesDirectory,
  ownCasesDirectory,
  sharedCasesDirectory,
} from '../../src/draft/testing/consultation-cases.js';
import { evaluateDrafter, summarizeResults } from './evaluate-drafter.js';

/** The second held-out set, written in session 4 by an author who never read the engine. */
const heldOutV2CasesDirectory = path.join(import.meta.dirname, 'heldout-v2');
/** The third held-out set, written in session 5 by yet another author blind to the engine. */
const heldOutV3CasesDirectory = path.join(import.meta.dirname, 'heldout-v3');
/** The fourth held-out set, written in session 6 by a fourth author blind to the engine. */
const heldOutV4CasesDirectory = path.join(import.meta.dirname, 'heldout-v4');
/** The fifth held-out set, written in session 7 by a fifth author blind to the engine. */
const heldOutV5CasesDirectory = path.join(import.meta.dirname, 'heldout-v5');
/** The sixth held-out set, written in session 8 by a sixth author blind to the engine. */
const heldOutV6CasesDirectory = path.join(import.meta.dirname, 'heldout-v6');
/** The seventh held-out set, written in session 9 by a seventh author blind to the engine. */
const heldOutV7CasesDirectory = path.join(import.meta.dirname, 'heldout-v7');
/** The eighth held-out set (v8, session 11, by an eighth author). */
const heldOutV8CasesDirectory = path.join(import.meta.dirname, 'heldout-v8');
/** The ninth held-out set (v9, session 14, by a ninth author). */
const heldOutV9CasesDirectory = path.join(import.meta.dirname, 'heldout-v9');
/** The tenth held-out set (v10, session 17, by a tenth author). */
const heldOutV10CasesDirectory = path.join(import.meta.dirname, 'heldout-v10');
/** The eleventh held-out set (v11, session 18, by an eleventh author). */
const heldOutV11CasesDirectory = path.join(import.meta.dirname, 'heldout-v11');
/** The twelfth held-out set (v12, session 19, by a twelfth author), in all four templates. */
const heldOutV12CasesDirectory = path.join(import.meta.dirname, 'heldout-v12');
/** The thirteenth held-out set (v13, session 21, by an outside author), in all four templates. */
const heldOutV13CasesDirectory = path.join(import.meta.dirname, 'heldout-v13');
/** The fourteenth held-out set (v14, session 22, by an outside author), in all four templates. */
const heldOutV14CasesDirectory = path.join(import.meta.dirname, 'heldout-v14');
/** The fifteenth held-out set (v15, session 23, by an outside author), in all four templates. */
const heldOutV15CasesDirectory = path.join(import.meta.dirname, 'heldout-v15');
/** The sixteenth held-out set (v16, session 24, by an outside author), in all four templates. */
const heldOutV16CasesDirectory = path.join(import.meta.dirname, 'heldout-v16');
/** The seventeenth held-out set (v17, session 25, by an outside author), in all four templates. */
const heldOutV17CasesDirectory = path.join(import.meta.dirname, 'heldout-v17');
/** The eighteenth held-out set (v18, session 26, by an outside author), in all four templates. */
const heldOutV18CasesDirectory = path.join(import.meta.dirname, 'heldout-v18');
/** The nineteenth held-out set (v19, session 27, by an outside author), in all four templates. */
const heldOutV19CasesDirectory = path.join(import.meta.dirname, 'heldout-v19');
/** The twentieth held-out set (v20, session 28, by an outside author), in all four templates. */
const heldOutV20CasesDirectory = path.join(import.meta.dirname, 'heldout-v20');
/** The twenty-first held-out set (v21, session 29, by an outside author), in all four templates. */
const heldOutV21CasesDirectory = path.join(import.meta.dirname, 'heldout-v21');
/** The twenty-second held-out set (v22, session 30, by an outside author), in all four templates. */
const heldOutV22CasesDirectory = path.join(import.meta.dirname, 'heldout-v22');
/** The twenty-third held-out set (v23, session 31, by an outside author), in all four templates. */
const heldOutV23CasesDirectory = path.join(import.meta.dirname, 'heldout-v23');
/** The twenty-fourth held-out set (v24, session 32, by an outside author), in all four templates. */
const heldOutV24CasesDirectory = path.join(import.meta.dirname, 'heldout-v24');
/** The twenty-fifth held-out set (v25, session 33, by an outside author), in all four templates. */
const heldOutV25CasesDirectory = path.join(import.meta.dirname, 'heldout-v25');
/** The twenty-sixth held-out set (v26, session 34, by an outside author), in all four templates. */
const heldOutV26CasesDirectory = path.join(import.meta.dirname, 'heldout-v26');
/** The twenty-seventh held-out set (v27, session 35, by an outside author), in all four templates. */
const heldOutV27CasesDirectory = path.join(import.meta.dirname, 'heldout-v27');
/** The twenty-eighth held-out set (v28, session 36, by an outside author), in all four templates. */
const heldOutV28CasesDirectory = path.join(import.meta.dirname, 'heldout-v28');
/** The twenty-ninth held-out set (v29, session 37, by an outside author), in all four templates. */
const heldOutV29CasesDirectory = path.join(import.meta.dirname, 'heldout-v29');
/** The thirtieth held-out set (v30, session 38, by an outside author), in all four templates. */
const heldOutV30CasesDirectory = path.join(import.meta.dirname, 'heldout-v30');
/** The thirty-first held-out set (v31, session 39, by an outside author), in all four templates. */
const heldOutV31CasesDirectory = path.join(import.meta.dirname, 'heldout-v31');
/** The thirty-second held-out set (v32, session 40, by an outside author), in all four templates. */
const heldOutV32CasesDirectory = path.join(import.meta.dirname, 'heldout-v32');
/** Development cases h72–h77, written in session 14 before that session's rules. */
const session14CasesDirectory = path.join(import.meta.dirname, 'cases-s14');
/** Development cases h78–h86, written in session 15 before that session's rules. */
const session15CasesDirectory = path.join(import.meta.dirname, 'cases-s15');
/** Development cases h87–h92, written in session 16 before that session's rules. */
const session16CasesDirectory = path.join(import.meta.dirname, 'cases-s16');
/** Development cases h93–h98, written in session 17 before that session's rules. */
const session17CasesDirectory = path.join(import.meta.dirname, 'cases-s17');
/** Development cases h93–h96 in dialect, written in session 17 before its dialect forms. */
const session17DialectCasesDirectory = path.join(import.meta.dirname, 'cases-s17d');
/** Development cases h103–h106, rich in negatives, written in session 18 before its rules. */
const session18NegativesCasesDirectory = path.join(import.meta.dirname, 'cases-s18b');
/** Development cases h99–h102, written in session 18 before that session's length rules. */
const session18LengthCasesDirectory = path.join(import.meta.dirname, 'cases-s18a');
/** Development cases h111–h114, fact coverage and safety content, written in session 19. */
const session19CoverageCasesDirectory = path.join(import.meta.dirname, 'cases-s19b');
/** Development cases h119–h122, written in session 20 before its coverage and safety rules. */
const session20CoverageCasesDirectory = path.join(import.meta.dirname, 'cases-s20b');
/** Development cases h127–h130, written in session 21 before its coverage and safety rules. */
const session21CoverageCasesDirectory = path.join(import.meta.dirname, 'cases-s21b');
/** Development cases h107–h110, long consultations written in session 19 before its length rules. */
const session19LengthCasesDirectory = path.join(import.meta.dirname, 'cases-s19a');
/** Development cases h123–h126, long consultations written in session 21 before its length rules. */
const session21LengthCasesDirectory = path.join(import.meta.dirname, 'cases-s21a');
/** Development cases h131–h136, long consultations written in session 22 before its rules. */
const session22LengthCasesDirectory = path.join(import.meta.dirname, 'cases-s22a');
/** Development cases h137–h146, long consultations in all four templates, written in session 23. */
const session23LengthCasesDirectory = path.join(import.meta.dirname, 'cases-s23a');
/** Development cases h147–h160, long consultations written in session 24 before its length rules. */
const session24LengthCasesDirectory = path.join(import.meta.dirname, 'cases-s24f');
/**
 * Development cases h161–h175, all four templates, written in session 24 by an outside author's
 * brief before that session's coverage and safety rules.
 */
const session24CoverageCasesDirectory = path.join(import.meta.dirname, 'cases-s24g');
/** Development cases h189–h198, written in session 26 before that session's rules. */
const session26CasesDirectory = path.join(import.meta.dirname, 'cases-s26b');
/** Development cases h199–h208 (long speech, small talk, repeats, relatives), session 27. */
const session27CasesDirectory = path.join(import.meta.dirname, 'cases-s27f');
/** Development cases h209–h220 (all four templates, three settings), session 28. */
const session28CasesDirectory = path.join(import.meta.dirname, 'cases-s28f');
/** Session 29's development cases (h221–h232), written before that session's review fixes. */
const session29aCasesDirectory = path.join(import.meta.dirname, 'cases-s29a');
/** Session 29's development cases (h233–h243), written before that session's compression rules. */
const session29fCasesDirectory = path.join(import.meta.dirname, 'cases-s29f');
const session30dCasesDirectory = path.join(import.meta.dirname, 'cases-s30d');
const session30hCasesDirectory = path.join(import.meta.dirname, 'cases-s30h');
const session31hCasesDirectory = path.join(import.meta.dirname, 'cases-s31h');
const session31kCasesDirectory = path.join(import.meta.dirname, 'cases-s31k');
/** Development cases h276–h278, a «nei» that names or affirms one part, written in session 32d. */
const session32dCasesDirectory = path.join(import.meta.dirname, 'cases-s32d');
const session32iCasesDirectory = path.join(import.meta.dirname, 'cases-s32i');

// Session 15 (note register: abbreviated findings, small talk, spoken corrections, interpreters'
// answers, pronouns): ROUGE-L and length gates raised to the level reached on every set (`npm run
// eval:draft`: held-out ROUGE-L v1 0.319, v2 0.355, v3 0.440, v4 0.420, v5 0.414, v6 0.365,
// v7 0.414, v8 0.393, v9 0.397; length v1 1.38×, v2 1.42×, v3 1.39×, v4 1.06×, v5 1.23×,
// v7 1.46×, v9 1.31×) with a margin of about 0.005 and 0.01×.
// Session 18: coverage, ROUGE-L, length, register and safety negatives raised to the level after the
// session's rules (`npm run eval:draft`: coverage v5 81.3 %, v6 86.0 %, v7 81.7 %, v9 87.2 %,
// v10 71.7 %, v11 84.4 %, gated at that count of facts; ROUGE-L measured − 0.004; register
// violations as measured; safety negatives missed v10 7, v11 1).
// Session 27: every held-out gate tightened to the level measured after that session's rules
// (coverage and ROUGE-L cut, length rounded up, to three decimals; totals from evaluateDrafter and
// summarizeResults over each held-out set), none loosened.
const gates = [
  {
    label: 'shared consultations (d01–d06)',
    // Session 7: 93.5 %, 0.309, 1.45× (d01 1.61× → 1.27×), 0.00, 0. Session 8: 93.5 %, 0.313,
    // 1.42× (d01 1.18×), 0.00, 0.
    directory: sharedCasesDirectory,
    coverage: 0.925,
    rougeL: 0.308,
    lengthRatio: 1.44,
    registerViolationsPerNote: 0.1,
    safetyNegativesMissed: 0,
  },
  {
    // h01–h38: 95.2 %, 0.465, 1.36×, 0.05, 1 after session 5 (h32–h38 alone: 85.6 % → 94.6 %).
    // h01–h45 with session 6's new cases, before that session's rules: 92.6 %, 0.452, 1.34×,
    // 0.07, 5 safety negatives missed (h39–h45 alone: 77.7 %, 1.22×, 4); after them 94.4 %,
    // 0.463, 1.36×, 0.04, 2 (h39–h45 alone: 90.3 %, 1.30×, 1).
    // h01–h53 with session 7's new cases, before that session's rules: 92.2 %, 0.452, 1.34×,
    // 0.08, 7 safety negatives missed (h46–h53 alone: 78.2 %, 1.25×, 0.25, 5); after them
    // 94.4 %, 0.459, 1.35×, 0.08, 2 (h46–h53 alone: 93.3 %, 1.32×, 0.25, 0).
    // h01–h59 with session 8's new cases, before that session's rules: 93.0 %, 0.452, 1.39×,
    // 0.24 (register check with session 8's dialect words), 6 (h54–h59 alone: 81.6 %, 1.71×, 4);
    // after them 94.4 %, 0.459, 1.36×, 0.07, 2.
    // h01–h67 with session 9's new cases, before that session's rules: 92.1 %, 0.446, 1.38×,
    // 0.09, 8 safety negatives missed, 2 relatives' conditions (h60–h67 alone: 75.0 %, 1.46×,
    // 0.25, 6, 1).
    // h01–h71 with session 11's new cases (h68–h71: small talk, a nurse at the legevakt, many
    // denied safety topics, long explanations), before that session's rules: 92.5 %, 0.449,
    // 1.38×, 0.08, 5 (h68–h71 alone: 89.7 %, 1.80×, 2); after them 92.8 %, 0.453, 1.36×, 0.08, 3
    // (h68–h71 alone: 94.8 %, 1.45×, 0); with a nurse's answers read as an informant's (h67 70.6 →
    // 82.4 %): 93.0 %, 0.455, 1.36×, 0.08, 2.
    label: 'own consultations (eval/draft/cases)',
    directory: ownCasesDirectory,
    coverage: 0.93,
    rougeL: 0.455,
    lengthRatio: 1.37,
    registerViolationsPerNote: 0.1,
    safetyNegativesMissed: 2,
    // h32: the verifier anchors the patient's K74 to the clinician's family-history question
    // ("Er det hjertesykdom i familien?"), so the metric counts it as a relative's condition.
    // h65 (session 9, before its rules): the father's eczema drafted as the patient's.
    relativeDiagnoses: 2,
  },
  {
    // h72–h77 (session 14): old rules 91.2 %, 1.35×, 0.418 ROUGE-L, 0.00, 0; after session 14's
    // rules 97.1 %, 1.38×, 0.452, 0.00, 0. Gated at that level with a small margin.
    label: 'session 14 development consultations (eval/draft/cases-s14)',
    directory: session14CasesDirectory,
    coverage: 0.96,
    rougeL: 0.445,
    lengthRatio: 1.39,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // h78–h86 (session 15): old rules 91.3 % (137/150), 1.31×, 0.420 ROUGE-L, 0.22, 1 (h78–h83
    // alone before any rule of the session: 90.9 %, 1.42×, 0.387); after session 15's rules
    // 93.3 %, 1.30×, 0.434, 0.22, 0. Gated at that level with a small margin.
    label: 'session 15 development consultations (eval/draft/cases-s15)',
    directory: session15CasesDirectory,
    coverage: 0.93,
    rougeL: 0.42,
    lengthRatio: 1.31,
    registerViolationsPerNote: 0.25,
    safetyNegativesMissed: 0,
  },
  {
    // h87–h92 (session 16: ENT specialist in northern dialect, COPD control with a daughter in
    // trøndersk, a teenager with suspected anorexia and her mother, a nursing-home medication
    // review with the nurse, migraine with aura in nynorsk, sick-leave follow-up in vestlandsk):
    // old rules 94.0 % (79/84), 1.39×, 0.402 ROUGE-L, 0.00, 0. Gated at that level.
    label: 'session 16 development consultations (eval/draft/cases-s16)',
    directory: session16CasesDirectory,
    coverage: 0.94,
    rougeL: 0.4,
    lengthRatio: 1.4,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // h93–h98 (session 17: psoriasis at a dermatologist, renal colic at the legevakt in
    // nordlandsk, impetigo with the grandmother, ADHD control in nynorsk, carpal tunnel at a hand
    // surgeon, facial shingles in stavangersk): old rules 82.5 % (85/103), 1.48×, 0.341 ROUGE-L,
    // 0.17 register, 0; after session 17's rules 85.4 %, 1.46×, 0.389, 0.00, 0. Gated at that level.
    label: 'session 17 development consultations (eval/draft/cases-s17)',
    directory: session17CasesDirectory,
    coverage: 0.85,
    rougeL: 0.385,
    lengthRatio: 1.47,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // h93–h96 (session 17, dialect: a sore throat in Oslo youth speech with the mother, shoulder
    // pain in telemarksk with the husband, a diabetes control in finnmarksk with the daughter, a
    // child's eczema in østfoldsk with the father): after session 17's dialect forms and session
    // 18's negatives (a denied ulcer no longer drafted as "Har hatt magesår."): 97.4 % (76/78),
    // 2.03×, 0.347, 0.50, 0. Gated at that level.
    label: 'session 17 dialect development consultations (eval/draft/cases-s17d)',
    directory: session17DialectCasesDirectory,
    coverage: 0.97,
    rougeL: 0.343,
    lengthRatio: 2.04,
    registerViolationsPerNote: 0.5,
    safetyNegativesMissed: 0,
  },
  {
    // h103–h106 (session 18, negatives: depression with suicide and self-harm screening in
    // hallingdøl, low back pain with red flags in innherredsmål, dyspepsia with alarm symptoms in
    // Norwegian as a second language, TIA at the legevakt in bergensk with the son's own Eliquis):
    // old rules 81.9 % (68/83), 1.61×, 0.276 ROUGE-L, 0.00 register, 1 safety negative missed;
    // after session 18's negative rules 86.7 % (72/83), 1.61×, 0.285, 0.00, 0.
    label: 'session 18 negatives development consultations (eval/draft/cases-s18b)',
    directory: session18NegativesCasesDirectory,
    coverage: 0.865,
    rougeL: 0.28,
    lengthRatio: 1.62,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // h99–h102 (session 18: hypothyroidism control in helgelandsk with the husband, a knee
    // prosthesis referral in Hardanger nynorsk with the daughter, a corneal foreign body at the
    // legevakt in innherredsk introduced by the nurse, suspected coeliac disease in sørlandsk with
    // the mother): old rules 84.7 % (61/72), 1.76×, 0.260 ROUGE-L, 0.00, 0; after session 18's
    // length rules 81.9 %, 1.40×, 0.300, 0.00, 0. Gated at that level.
    label: 'session 18 length consultations (eval/draft/cases-s18a)',
    directory: session18LengthCasesDirectory,
    coverage: 0.81,
    rougeL: 0.295,
    lengthRatio: 1.41,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // h111–h114 (session 19, coverage and safety content: a DVT at the legevakt introduced by the
    // nurse with name and age, a depression control with the suicide screening in other words, a
    // henvisning from a Swedish-speaking patient, a pasientbrev for tension headache): old rules
    // 69.0 % (49/71), 1.03×, 0.397 ROUGE-L, 0.00 register, 7 safety negatives missed; after
    // session 19's coverage rules 97.2 % (69/71), 1.27×, 0.451, 0.00, 0. Gated at that level.
    label: 'session 19 coverage development consultations (eval/draft/cases-s19b)',
    directory: session19CoverageCasesDirectory,
    coverage: 0.97,
    rougeL: 0.447,
    lengthRatio: 1.28,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // h119–h122 (session 20, coverage and safety content: a drunk patient at the legevakt at night
    // with his friend in nordlandsk, a home visit for heart failure with the home-care nurse reading
    // the medication list in hallingmål, a pregnant woman with strep throat and penicillin allergy
    // in bergensk, a teenager whose immigrant mother leaves the room; head shakes, «Mm-m.», the plan
    // said in passing): old rules 86.5 % (64/74), 1.17×, 0.454 ROUGE-L, 0.00 register, 2 safety
    // negatives missed; after session 20's coverage rules 98.6 % (73/74), 1.27×, 0.478, 0.00, 0.
    // Gated at that level.
    label: 'session 20 coverage development consultations (eval/draft/cases-s20b)',
    directory: session20CoverageCasesDirectory,
    coverage: 0.985,
    rougeL: 0.474,
    lengthRatio: 1.28,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // h127–h130 (session 21, coverage and safety content: a nursing-home round in trøndersk with
    // the nurse reporting, a psychiatric assessment at the legevakt in sunnmørsk with a three-part
    // suicide question, a toddler with fever and a rash with the mother in sørlandsk, a
    // pre-operative assessment in a Polish speaker's Norwegian): old rules 83.8 % (67/80), 1.26×,
    // 0.376 ROUGE-L, 0.25 register, 1 safety fact missed; after session 21's coverage rules
    // 96.3 % (77/80), 1.37×, 0.418, 0.00, 0. Gated at that level.
    label: 'session 21 coverage development consultations (eval/draft/cases-s21b)',
    directory: session21CoverageCasesDirectory,
    coverage: 0.96,
    rougeL: 0.414,
    lengthRatio: 1.38,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // h107–h110 (session 19: cystitis in an old woman with a chatty daughter, sciatica in
    // tromsøværing with the father's surgery told at length, suspected asthma in a child with the
    // father's own childhood asthma and a long spacer demonstration, tension-type headache in
    // bergensk with a friend's brain tumour): old rules 94.0 % (78/83), 2.76×, 0.260 ROUGE-L, 1.00
    // register, 1 relative's condition as a diagnosis (the child's R96 evidenced by the father's
    // «siden du hadde det»), 0 safety negatives missed; after session 19's length rules 94.0 %,
    // 2.05×, 0.317, 0.50, 1, 0. Gated at that level; the relative's-condition count is an open
    // defect, not accepted behaviour.
    label: 'session 19 length consultations (eval/draft/cases-s19a)',
    directory: session19LengthCasesDirectory,
    coverage: 0.935,
    rougeL: 0.313,
    lengthRatio: 1.99,
    registerViolationsPerNote: 0.25,
    safetyNegativesMissed: 0,
    relativeDiagnoses: 1,
  },
  {
    // h123–h126 (session 21: renal colic at the legevakt at night with a talkative wife in
    // hedmarksk, a fastlege visit with three problems in nordnorsk, a febrile-seizure control with
    // two parents, a rehabilitation epikrise in trøndersk): old rules 90.9 % (90/99), 2.80×, 0.203
    // ROUGE-L, 1.75 register, 1 safety negative missed (the child's «ikke nakkestiv» finding); after
    // session 21's length rules 90.9 %, 2.60×, 0.212, 1.00, 1. Gated at that level; the missed
    // negative is an open defect, not accepted behaviour.
    label: 'session 21 length consultations (eval/draft/cases-s21a)',
    directory: session21LengthCasesDirectory,
    coverage: 0.905,
    rougeL: 0.208,
    lengthRatio: 2.61,
    registerViolationsPerNote: 1,
    safetyNegativesMissed: 1,
  },
  {
    // h131–h136 (session 22: chest pain at the legevakt in bergensk with the wife, tension-type
    // headache in sunnmørsk nynorsk with a full neurological examination, depression at the
    // fastlege with the brother's schizophrenia, a child's abdominal pain with the mother in
    // nordnorsk, a pre-operative anaesthetic assessment in hedmarksk with Eliquis and the wife,
    // pyelonephritis at the legevakt in sørlandsk): old rules 89.2 % (107/120), 2.13×, 0.301
    // ROUGE-L, 0.50 register, 0 safety negatives missed; after session 22's rules 90.8 % (109/120),
    // 1.92×, 0.349, 0.17, 0. Gated at that level.
    label: 'session 22 length consultations (eval/draft/cases-s22a)',
    directory: session22LengthCasesDirectory,
    coverage: 0.905,
    rougeL: 0.345,
    lengthRatio: 1.9,
    registerViolationsPerNote: 0.17,
    safetyNegativesMissed: 0,
  },
  {
    // h137–h146 (session 23: asthma with Ventolin in Voss nynorsk, a pulmonary embolism epikrise
    // with the daughter in trøndersk correcting a denied allergy, a henvisning to DPS for bipolar
    // depression, a pasientbrev on blood pressure in bergensk, a child's wrist fracture with the
    // father in nordnorsk, an inferior STEMI in sunnmørsk, a COPD and pneumonia epikrise in
    // hedmarksk, a suspected DVT on the pill in Sogn, a henvisning after a first seizure in
    // trøndersk, cough and weight loss in Finnmark): old rules 88.3 % (159/180), 2.11×, 0.255
    // ROUGE-L, 0.10 register, 1 safety negative missed; after session 23's rules 88.9 % (160/180),
    // 2.00×, 0.265, 0.10, 1. Gated at that level.
    // Session 23 also raised: s22a length 1.93 → 1.90 (1.89×), held-out v1 length 1.375 → 1.37
    // (1.364×) and register 0.67 → 0.5, v2 coverage 0.795 → 0.805 (92/114), v3 length 1.40 →
    // 1.395 (1.391×) (`npm run eval:draft`). Its v10 coverage raise 0.724 → 0.73 (101/138) came from
    // joining a value-less spoken taking back to the sentence before, which lengthened held-out v15
    // over its gate (1.45 → 1.48×); the join was narrowed to takings back that open with a pronoun,
    // v10 is back at 72.5 % (100/138) and its gate at the level the session started with.
    label: 'session 23 length consultations (eval/draft/cases-s23a)',
    directory: session23LengthCasesDirectory,
    coverage: 0.885,
    rougeL: 0.26,
    lengthRatio: 2.0,
    registerViolationsPerNote: 0.1,
    safetyNegativesMissed: 1,
  },
  {
    // h147–h160 (session 24: sciatica at the legevakt in stavangersk with the wife, diabetes control
    // with lab values in trøndersk, a 3-year-old's otitis with the mother in nordnorsk, falls and
    // polypharmacy with the daughter in sørlandsk, a depression follow-up in bergensk, a heart
    // failure epikrise with the wife, a henvisning for iron deficiency in Hallingdal, a pasientbrev
    // on migraine with aura and the pill, a cut forearm at the legevakt in trøndersk with a nurse,
    // hypothyroidism in Finnmark, a home visit for urinary infection and delirium with the husband
    // and a nurse in nordnorsk, stable angina in Haugesund, a hip-fracture epikrise with the son in
    // østerdalsk, cystitis with a pregnancy test in sørlandsk): old rules 88.9 % (224/252), 2.23×,
    // 0.285 ROUGE-L, 0.43 register, 2 safety negatives missed. Gated at that level.
    label: 'session 24 length consultations (eval/draft/cases-s24f)',
    directory: session24LengthCasesDirectory,
    coverage: 0.888,
    rougeL: 0.285,
    lengthRatio: 2.225,
    registerViolationsPerNote: 0.43,
    safetyNegativesMissed: 2,
  },
  {
    // h161–h175 (session 24: a head injury on Marevan at the legevakt with the son in trøndersk,
    // croup with the mother in bergensk, orthostatic hypotension and polypharmacy in nynorsk with
    // the daughter, a depression follow-up with suicide screening in nordnorsk, a diabetes annual
    // check with labs in sunnmørsk, a heart-failure epikrise with the wife in hedmarksk, a
    // henvisning to a cardiologist for angina in nynorsk, a pasientbrev on hypothyroidism in
    // sørlandsk, urticaria after prawns, cystitis with a pregnancy question in telemarksk, atrial
    // fibrillation on Eliquis with the wife, a stroke epikrise with the daughter in nordnorsk, a
    // henvisning to BUP for self-harm, a pasientbrev after concussion, sciatica with red-flag
    // negatives in trøndersk): old rules 89.1 % (230/258), 1.21×, 0.383 ROUGE-L, 0.20 register,
    // 0 safety negatives missed (`npm run eval:draft -- --cases eval/draft/cases-s24g`); after
    // session 24's coverage rules 91.5 % (236/258), 1.25×, 0.382, 0.20, 0 (the kept facts
    // lengthen the notes, still under the 1.3× target). Gated at that level.
    label: 'session 24 coverage consultations (eval/draft/cases-s24g)',
    directory: session24CoverageCasesDirectory,
    coverage: 0.914,
    rougeL: 0.38,
    lengthRatio: 1.25,
    registerViolationsPerNote: 0.2,
    safetyNegativesMissed: 0,
  },
  {
    // Session 27: gated at the level measured after session 26's rules (`npx tsx
    // eval/draft/run.ts --cases eval/draft/cases-s26b`: 84.67 % (127/150), 1.4832×, ROUGE-L
    // 0.3701, 0.00 register, 1 safety negative missed).
    // After session 27's rules 84.67 %, 1.4758×, 0.3702. Then h197's Kontaktårsak («Det er
    // blodtrykket vi skal se på i dag» was read as an examination starting): 85.33 % (128/150),
    // its safety negative back (1 → 0 missed), ROUGE-L 0.3728, but 1.4864× — the added words are
    // the chest-pain negatives and the dosett the reference note also has. The length gate goes
    // from 1.48 back to 1.487 (the only gate moved down this session, a development set's, for a
    // recovered safety fact); coverage, ROUGE-L and safety gates raised.
    label: 'session 26 development consultations (eval/draft/cases-s26b)',
    directory: session26CasesDirectory,
    coverage: 0.853,
    rougeL: 0.372,
    lengthRatio: 1.487,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // Session 27, written before that session's rules: old rules 95.51 % (170/178), 1.7663×,
    // ROUGE-L 0.3992, 0.20 register; after them 95.51 %, 1.7595×, 0.4010, 0.20, 0 safety
    // negatives missed (`npx tsx eval/draft/run.ts --cases eval/draft/cases-s27f`); 1.7615×
    // once the repeated-clause drop was withdrawn after the review (it lost patient facts).
    label: 'session 27 development consultations (eval/draft/cases-s27f)',
    directory: session27CasesDirectory,
    coverage: 0.955,
    rougeL: 0.397,
    lengthRatio: 1.77,
    registerViolationsPerNote: 0.2,
    safetyNegativesMissed: 0,
  },
  {
    // Session 28, written before that session's rules: old rules 87.64 % (156/178), 1.5919×,
    // ROUGE-L 0.3814, 0.58 register, 1 safety negative missed; after them 88.20 % (157/178),
    // 1.5765×, 0.3859 (`npx tsx eval/draft/run.ts --cases eval/draft/cases-s28f`).
    label: 'session 28 development consultations (eval/draft/cases-s28f)',
    // Session 28 (lead): CAVE kept, E. coli whole, referral question kept: 92.13 %, 1.6029×, 0.3923.
    directory: session28CasesDirectory,
    coverage: 0.921,
    rougeL: 0.394,
    lengthRatio: 1.592,
    registerViolationsPerNote: 0.59,
    safetyNegativesMissed: 1,
  },
  {
    // Session 29 (s29a), written before that session's review fixes: 91.89 % (136/148), 1.339×,
    // ROUGE-L 0.466, 1 safety fact missed; after them (the complaint line keeps what follows the
    // duration, no assessment/plan split on conditional or relative heads, the safety-net pass)
    // 93.92 % (139/148), 1.3932×, ROUGE-L 0.4747, 0 register violations, 0 safety facts missed.
    label: 'session 29 review-fix development consultations (eval/draft/cases-s29a)',
    // Session 30: 94.59 % (140/148), 1.39×, ROUGE-L 0.479 after s30h (a relative introduced by
    // the patient is no longer the patient's reason for contact).
    directory: session29aCasesDirectory,
    coverage: 0.945,
    rougeL: 0.478,
    lengthRatio: 1.394,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // Session 29, written before that session's compression rules (which were not merged):
    // 88.82 % (151/170), 2.0822×, ROUGE-L 0.3344, 0.09 register, 2 safety facts (1 negative)
    // missed (`npx tsx eval/draft/run.ts --cases eval/draft/cases-s29f`).
    label: 'session 29 development consultations (eval/draft/cases-s29f)',
    // Session 30 (s30d's fail-closed compression rules): 88.82 %, 2.06×, ROUGE-L 0.338.
    directory: session29fCasesDirectory,
    coverage: 0.888,
    rougeL: 0.337,
    lengthRatio: 2.065,
    registerViolationsPerNote: 0.1,
    safetyNegativesMissed: 1,
  },
  {
    // Session 30 (s30d), written before that session's compression rules: 92.1 % (35/38), 1.47×,
    // ROUGE-L 0.393, 0 safety facts missed; after them 92.1 %, 1.40×, 0.415
    // (`npx tsx eval/draft/run.ts --cases eval/draft/cases-s30d`).
    label: 'session 30 development consultations (eval/draft/cases-s30d)',
    directory: session30dCasesDirectory,
    coverage: 0.921,
    rougeL: 0.414,
    lengthRatio: 1.405,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // Session 30 (s30h), written before that session's drafter fixes: 82.8 % (48/58), 1.15×,
    // ROUGE-L 0.461, 2 safety facts (1 negative) missed; after them 84.5 % (49/58), 1.14×, 0.453
    // (`npx tsx eval/draft/run.ts --cases eval/draft/cases-s30h`).
    label: 'session 30 review-fix development consultations (eval/draft/cases-s30h)',
    directory: session30hCasesDirectory,
    coverage: 0.844,
    // Session 31: raised to the level after s31h's compression rules (1.13×, 0.456).
    rougeL: 0.455,
    lengthRatio: 1.14,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 1,
  },
  {
    // Session 31 (s31h), written before that session's compression rules: 97.7 % (42/43), 1.84×,
    // ROUGE-L 0.363, 0 register violations, 0 safety facts missed; after them 97.7 %, 1.82×,
    // 0.364 (`npx tsx eval/draft/run.ts --cases eval/draft/cases-s31h`).
    label: 'session 31h development consultations (eval/draft/cases-s31h)',
    directory: session31hCasesDirectory,
    coverage: 0.976,
    rougeL: 0.363,
    lengthRatio: 1.83,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // Session 31 (s31k), written before that session's safety/who-said-what rules: 81.3 % (26/32),
    // 1.23×, ROUGE-L 0.518, 4 safety facts (3 negatives) missed. The session's two-part-negative
    // rules (93.8 %, 0 negatives missed here) were reverted at merge: they lowered ROUGE-L/length on
    // nine gated sets and review found «Nei, bare litt kvalm» written as a denial of both parts.
    // Gated at the level without them (`npx tsx eval/draft/run.ts --cases eval/draft/cases-s31k`).
    // Session 32n: 84.4 % (27/32), 1.26×, ROUGE-L 0.525 — the nynorsk «Stråla det ut …?» — «Nei.»
    // now writes «Ingen utstråling i armen eller kjeven.» (h273 7/8 → 8/8), a fact that makes the
    // note longer; length gate 1.24 → 1.27 for it, coverage and ROUGE-L gates raised.
    label: 'session 31 safety development consultations (eval/draft/cases-s31k)',
    directory: session31kCasesDirectory,
    coverage: 0.843,
    rougeL: 0.524,
    lengthRatio: 1.27,
    registerViolationsPerNote: 0.25,
    safetyNegativesMissed: 3,
  },
  {
    // Session 32 (s32d): partial «nei» answers in bokmål, nynorsk and trøndersk («Nei, bare litt
    // kvalm.», «Nei, berre i armen.», «Nei. Bare nattesvette.», «Nei, ikke feber.») with plain «Nei.»
    // counter-examples. Main's rules 96.4 % (27/28), 1.51×, ROUGE-L 0.496; after the re-applied
    // partial-no fix and its compression 100 % (28/28), 1.39×, 0.515
    // (`npx tsx eval/draft/run.ts --cases eval/draft/cases-s32d`).
    label: 'session 32d partial-no development consultations (eval/draft/cases-s32d)',
    directory: session32dCasesDirectory,
    coverage: 1,
    rougeL: 0.514,
    lengthRatio: 1.395,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // Session 32i (who said what), written before that session's rules: 94.9 % (75/79), 1.40×,
    // ROUGE-L 0.403 on h285–h291, 1 relative's condition as diagnosis (h289: L90 from the
    // clinician's own artrose); h292 added before the second rule gave R81 and R96 from the
    // household's illnesses named by the clinician. After the session's rules 95.6 % (86/90),
    // 1.38×, 0.406, 0 relatives' conditions (`npx tsx eval/draft/run.ts --cases eval/draft/cases-s32i`).
    label: 'session 32i relatives development consultations (eval/draft/cases-s32i)',
    directory: session32iCasesDirectory,
    coverage: 0.955,
    rougeL: 0.405,
    lengthRatio: 1.39,
    registerViolationsPerNote: 0.25,
    safetyNegativesMissed: 1,
    relativeDiagnoses: 0,
  },
  {
    // Session 9 (safety negatives from question-answer pairs): 79.6 % → 84.3 %, 2 → 0 safety
    // negatives missed.
    // Session 19: raised to the level after the session's rules (`npm run eval:draft`).
    label: 'held-out consultations (eval/draft/heldout)',
    directory: heldOutCasesDirectory,
    coverage: 0.842,
    rougeL: 0.325,
    lengthRatio: 1.363,
    registerViolationsPerNote: 0.5,
    safetyNegativesMissed: 0,
  },
  {
    // First measured 74.6 % coverage, 1.47×, 0.00 register, 5 safety negatives missed (before
    // session 4's note rules); 74.6 %, 1.42×, 0.342 ROUGE-L, 0.00, 5 after them; 74.6 %, 1.42×,
    // 0.338, 0.00, 5 after session 6's. Session 8: 75.4 %, 1.43×, 0.344, 0.00, 4 (0.29 register
    // with session 8's dialect words before its rules).
    // Session 9: 76.3 %, 1.44×, 0.347, 0.00, 4. Session 11 (chest pain written "brystsmerter"):
    // 78.9 %, 1.43×, 0.349, 0.00, 1. Session 18 (negatives): 79.8 %, 1.42×, 0.357, 0.00, 0.
    // Session 19: raised to the level after the session's rules (`npm run eval:draft`).
    label: 'second held-out set (eval/draft/heldout-v2)',
    directory: heldOutV2CasesDirectory,
    coverage: 0.807,
    rougeL: 0.361,
    lengthRatio: 1.411,
    registerViolationsPerNote: 0.005,
    safetyNegativesMissed: 0,
  },
  {
    // First measured 78.2 % coverage, 1.44×, 0.422 ROUGE-L, 0.33 register, 5 safety negatives
    // missed, 1 number never said, 1 relative's condition as a diagnosis (before session 5's note
    // rules); 81.2 %, 1.42×, 0.425, 0.33, 4, 1, 1 after them. Gated at that level: the number and
    // the relative's condition are defects still open, not accepted behaviour. Session 7: 82.2 %,
    // 1.41×, 0.430, 0.33, 4, 1, 1. Session 8: 83.2 %, 1.40×, 0.433, 0.33, 3, 1, 1.
    // Session 9: 84.2 %, 1.40×, 0.436, 0.33, 2, 1, 1. Session 21: 86.1 % (87/101), 1.40×, 0.447.
    label: 'third held-out set (eval/draft/heldout-v3)',
    directory: heldOutV3CasesDirectory,
    coverage: 0.861,
    rougeL: 0.452,
    lengthRatio: 1.37,
    registerViolationsPerNote: 0.17,
    safetyNegativesMissed: 2,
    relativeDiagnoses: 1,
    numbersNeverSaid: 1,
  },
  {
    // n01–n06 (telephone, home visit with the wife, helsestasjon, occupational health, a chronic
    // control with several problems, legevakt with spoken corrections). First measured at the start
    // of session 6: 77.3 % coverage (75/97), 1.11×, 0.397 ROUGE-L, 0.17 register, 3 safety
    // negatives missed, 0 numbers never said, 0 relatives' conditions. Gated at that level.
    // Session 7: 79.4 %, 1.11×, 0.407, 0.00, 3. Session 8: 80.4 %, 1.10×, 0.409, 0.00, 2
    // safety-critical negatives missed (3 safety-critical facts).
    // Session 9: 81.4 %, 1.10×, 0.412, 0.00, 1. Session 11: 82.5 %, 1.09×, 0.414, 0.00, 0.
    // Session 32: coverage raised to 83.5 % (81/97) after the partial-«nei» fix (s32d).
    label: 'fourth held-out set (eval/draft/heldout-v4)',
    directory: heldOutV4CasesDirectory,
    coverage: 0.835,
    rougeL: 0.428,
    lengthRatio: 1.047,
    registerViolationsPerNote: 0.005,
    safetyNegativesMissed: 0,
  },
  {
    // r01–r06 (legevakt at night with an allergic reaction, DPS follow-up of alcohol dependence in
    // nynorsk, a toddler with gastroenteritis and the father in trøndersk, a nursing-home
    // pneumonia epikrise with the daughter, bleeding in early pregnancy, a shoulder through a
    // telephone interpreter). First measured at the start of session 7, before any of that
    // session's rules were merged: 81.3 % coverage (78/96), 1.22×, 0.406 ROUGE-L, 0.17 register,
    // 5 safety negatives missed, 0 numbers never said, 0 relatives' conditions. After session 7's
    // engine changes were merged (none written from this set, merged first): 81.3 %, 1.22×, 0.408
    // ROUGE-L, 0.17, 5 — unchanged. Gated at that level with a small margin. Session 8: 81.3 %,
    // 1.23×, 0.409, 0.17 (0.50 with session 8's dialect words before its rules), 5.
    label: 'fifth held-out set (eval/draft/heldout-v5)',
    directory: heldOutV5CasesDirectory,
    coverage: 0.812,
    rougeL: 0.414,
    lengthRatio: 1.201,
    registerViolationsPerNote: 0.2,
    safetyNegativesMissed: 5,
  },
  {
    // s01–s06 (a changing mole with suspected melanoma, a dog bite of the hand at the legevakt, an
    // epikrise of new atrial fibrillation with the wife, menopausal hormone therapy, gout in
    // sørlandsk on Marevan, memory loss with the daughter in østerdalsk). First measured at the
    // start of session 8, before any of that session's rules were merged: 84.0 % coverage
    // (84/100), 1.37×, 0.361 ROUGE-L, 0.50 register, 2 safety negatives missed, 0 numbers never
    // said, 0 relatives' conditions. After session 8's engine changes were merged (none written
    // from this set): unchanged (84.0 %, 1.37×, 0.362, 0.50, 2). Gated at that level with a small
    // margin. Session 14 (spoken corrections, vocabulary and note register): 85.0 % (85/100),
    // 1.37×, 0.364, 0.50, 2 — gated a fact below.
    // Session 19: raised to the level after the session's rules (`npm run eval:draft`).
    label: 'sixth held-out set (eval/draft/heldout-v6)',
    directory: heldOutV6CasesDirectory,
    coverage: 0.86,
    rougeL: 0.371,
    lengthRatio: 1.35,
    registerViolationsPerNote: 0.5,
    safetyNegativesMissed: 2,
  },
  {
    // t01–t06 (puerperal mastitis with the partner's own penicillin allergy and a suicide/harm
    // screening, SVT at the legevakt in nordnorsk with the mother's own ablation, an erysipelas
    // epikrise with the daughter's own diabetes, tennis elbow in sunnmørsk nynorsk with a side
    // corrected, croup with the father's own asthma in bergensk, suspected temporal arteritis in
    // gudbrandsdal with the wife's own polymyalgia; spoken corrections and two-part questions
    // answered by one "nei"). First measured at the start of session 9, before any of that
    // session's rules were merged: 79.8 % coverage (83/104), 1.49×, 0.403 ROUGE-L, 0.17 register,
    // 4 safety negatives missed, 0 numbers never said, 0 relatives' conditions. After session 9's
    // rules were merged: 80.8 % (84/104), 1.47×, 0.409, 0.17, 2 safety facts missed (1 negative),
    // 0, 0 — gated at that level with a small margin.
    label: 'seventh held-out set (eval/draft/heldout-v7)',
    directory: heldOutV7CasesDirectory,
    coverage: 0.817,
    // Session 33: LOWERED 0.422 → 0.421 (measured 0.4218, was 0.4227) for s33g's safety fix
    // («Har du noen allergier?» «Nei, kun penicillin.» no longer «Ingen allergier.»; «Nei, bare
    // Marevan» no longer «Bruker ikke blodfortynnende»); coverage, length and safety unchanged.
    rougeL: 0.422,
    // Session 35 (s35d): raised 1.433 → 1.423 and ROUGE-L 0.421 → 0.422 (measured 1.4224, 0.4227).
    lengthRatio: 1.423,
    registerViolationsPerNote: 0.005,
    safetyNegativesMissed: 1,
  },
  {
    // u01–u06 (asthma attack in a teenager at the legevakt with a nut allergy, a fall in a nursing
    // home in nynorsk on apixaban with the daughter, a four-month check at the helsestasjon through
    // an interpreter, a pyelonephritis epikrise in pregnancy with a penicillin allergy, palliative
    // home visit with the wife, panic disorder at a DPS in Norwegian as a second language), written
    // in session 11 by an author who never read the drafter or an earlier held-out case. Measured on
    // main at the start of session 11 (`npm run eval:draft`), no engine changes on the branch that
    // added it: 84.2 % coverage (64/76), 1.20×, 0.381 ROUGE-L, 0.00 register, 1 safety negative
    // missed, 0 numbers never said, 0 relatives' conditions. After session 11's notes rules (written
    // on a branch made before this set existed): ROUGE-L 0.386, the rest unchanged. Gated at the
    // "after" level ∓ 0.005.
    // Session 19: raised to the level after the session's rules (`npm run eval:draft`).
    label: 'eighth held-out set (eval/draft/heldout-v8)',
    // Session 28: «E. coli» kept whole (+1 fact, 86.84 %) at 1.1890× (was 1.1866×).
    // Session 33: s33k keeps an onset said in words after a course question (+1 fact, 88.16 %,
    // ROUGE-L 0.406) at 1.1902× — length gate LOOSENED 1.189 → 1.191 for the fact.
    directory: heldOutV8CasesDirectory,
    coverage: 0.881,
    rougeL: 0.405,
    lengthRatio: 1.191,
    registerViolationsPerNote: 0.005,
    safetyNegativesMissed: 1,
  },
  {
    // x01–x08 (snoring and suspected sleep apnoea with the wife in vestlandsk, a scald of the
    // forearm at the legevakt in nynorsk, lower urinary tract symptoms in trøndersk with the
    // brother's prostate cancer, a diabetic ketoacidosis epikrise, a febrile seizure with otitis
    // at the legevakt with the mother in nordnorsk (the father's epilepsy), itching in week 34 of
    // pregnancy in bergensk, harmful drinking and liver tests with a suicide question, anaphylaxis
    // after a wasp sting in Sunnmøre nynorsk), written in session 14 by an author who never read
    // the drafter or an earlier held-out case. Measured on the branch that added it, no engine
    // changes (`npm run eval:draft`): 86.5 % coverage (115/133), 1.316×, ROUGE-L 0.395, 0.00
    // register violations per note, 2 safety negatives missed, 0 numbers never said, 0 relatives'
    // conditions. Gated at that level: one fact fewer, one register violation or one more safety
    // negative missed, or ROUGE-L / length worse by 0.005 fails.
    // Session 19: raised to the level after the session's rules (`npm run eval:draft`).
    label: 'ninth held-out set (eval/draft/heldout-v9)',
    directory: heldOutV9CasesDirectory,
    coverage: 0.879,
    rougeL: 0.403,
    lengthRatio: 1.295,
    registerViolationsPerNote: 0.005,
    safetyNegativesMissed: 2,
  },
  {
    // z01–z08 (hearing loss in an old farmer in Valdres dialect with his wife (her own cataract), a
    // kidney-stone attack at the legevakt in Finnmark with the triage nurse (the mother's kidney
    // failure), a six-week postpartum check with the partner in østfoldsk (his own depression), an
    // Achilles tendon rupture at the legevakt in Sogn nynorsk (the father's DVT), an acute
    // cholecystitis epikrise with the husband in stavangersk (his own infarct), a limping child with
    // the father at the legevakt in Telemark (his own Bechterew), herpes zoster in romsdalsk (the
    // husband's Parkinson), and a chlamydia check in Oslo youth speech (the father's hepatitis B)),
    // written in session 17 by an author who never read the drafter. Measured on the branch that
    // added it, no engine changes (`npm run eval:draft`), after the transcripts were lengthened to
    // 750–970 words and the keyword alternatives widened without reading any draft (first
    // measurement: 67.4 %, 1.711×, 0.285, 0.25, 9): 70.3 % coverage (97/138), 1.793×, ROUGE-L
    // 0.280, 0.38 register violations per note (3 in 8 notes), 8 safety negatives missed (9 safety
    // facts), 1 number never said, 0 relatives' conditions. Gated at that level: one fact fewer,
    // one more register violation, number never said or safety negative missed, or ROUGE-L /
    // length worse by 0.005 fails.
    // Session 19: raised to the level after the session's rules (`npm run eval:draft`).
    // Session 20: raised again (coverage 100/138, 6 safety negatives and 7 safety facts missed).
    // Session 22b: register 0.25 (a relative's "du" to the patient written "pas.").
    label: 'tenth held-out set (eval/draft/heldout-v10)',
    directory: heldOutV10CasesDirectory,
    coverage: 0.731,
    rougeL: 0.286,
    lengthRatio: 1.76,
    registerViolationsPerNote: 0.25,
    safetyNegativesMissed: 6,
    numbersNeverSaid: 1,
  },
  {
    // w01–w08 (Bell's palsy at the GP in trøndersk (the brother's MS), an alkali eye burn at work
    // at the legevakt in Vesterålen with the triage nurse (the father's glaucoma), a thiazide
    // hyponatraemia epikrise with the daughter in sørlandsk (her own hypothyroidism), croup in a
    // toddler with the father at the legevakt in bergensk (his own asthma), obsessive-compulsive
    // disorder at a DPS in Gudbrandsdal dialect (negative suicide screening, the mother's anxiety),
    // postmenopausal bleeding at the GP in Hallingdal nynorsk (the sister's breast cancer), a new
    // atrial fibrillation epikrise with the wife in Oslo east speech (her own DVT), and H. pylori
    // dyspepsia in a patient with Norwegian as a second language (CAVE penicillin, the wife's
    // gallstones)), written in session 18 by an author who never read the drafter, its rules or
    // the earlier held-out sets. Measured once on the branch that added it, no engine changes, data
    // unchanged after measuring (`npm run eval:draft`): 83.0 % coverage (117/141), 2.170×, ROUGE-L
    // 0.242, 0.75 register violations per note (6 in 8 notes), 3 safety negatives missed (3 safety
    // facts missed), 0 numbers never said, 0 relatives' conditions. Gated at that level: one fact
    // fewer, one more register violation, number never said, relative's condition or safety
    // negative missed, or ROUGE-L / length worse by 0.005 fails.
    // Session 19: raised to the level after the session's rules (`npm run eval:draft`).
    // Session 21: 85.1 % (120/141), 2.09×, 0.248.
    label: 'eleventh held-out set (eval/draft/heldout-v11)',
    // Session 28: a kept allergy/drug-name sentence costs 2.0686 → 2.0838× and ROUGE-L
    // 0.2481 → 0.2469 (coverage unchanged); loosened for a safety fact (session 28 note).
    directory: heldOutV11CasesDirectory,
    coverage: 0.851,
    rougeL: 0.246,
    lengthRatio: 2.084,
    registerViolationsPerNote: 0.63,
    safetyNegativesMissed: 1,
  },
  {
    // v01–v08 (migraine with aura in a teenage girl with her mother in nordmørsk (the mother's own
    // hypothyroidism), a concussion after a football match at the Oslo legevakt with a friend (his
    // own epilepsy), a sick-leave follow-up for exhaustion at the GP in Vestfold speech (the
    // mother's dementia, the husband's prolapse), a new type 2 diabetes through a Somali
    // interpreter (the husband's kidney failure), a stroke epikrise with the wife in Finnmark
    // speech (her own breast cancer), a henvisning to gastroenterology for blood in the stool and
    // weight loss in trøndersk (the partner's own coeliac disease), a pasientbrev on high
    // cholesterol and statins in Sunnhordland nynorsk (the husband's own infarct and statin dose),
    // and erythema migrans after a tick bite in Agder with the husband (his own facial palsy and
    // Eliquis)), written in session 19 by an author who never read the drafter, its rules, any
    // draft or the earlier held-out sets; the first held-out set with henvisning and pasientbrev.
    // Measured once on the branch that added it, no engine changes, data unchanged after measuring
    // (`npm run eval:draft`): 81.7 % coverage (116/142), 1.806×, ROUGE-L 0.253, 0.50 register
    // violations per note (4 in 8 notes), 2 safety negatives missed (5 safety facts missed), 0
    // numbers never said, 0 relatives' conditions. Gated at that level: one fact fewer, one more
    // register violation, number never said, relative's condition or safety negative missed,
    // length worse by 0.005 or ROUGE-L worse by 0.004 fails.
    // After session 19's coverage and length rules: 85.9 % (122/142), 1.868×, ROUGE-L 0.260, 0.38
    // register violations per note, 2 safety negatives missed. The length rose because the
    // pasientbrev now carries what the patient told (5 more of its facts, 0.59× → 1.27× its
    // reference, measured per case with no case opened) and the henvisning lists the drugs changed
    // that day (1 more fact); every other case got shorter or stayed. Length is gated at the new
    // level, every other figure raised.
    // After session 22's register rules: 0.25 register violations per note (2 in 8), gated there.
    // Session 32: lowered for a safety fix (s32d, «Nei, bare litt kvalm» no longer drafted as
    // «Ingen kvalme eller oppkast»; a narrowed «nei» no longer denies the other part):
    // length 1.8430 (was ≤ 1.841); every other figure held.
    label: 'twelfth held-out set (eval/draft/heldout-v12)',
    directory: heldOutV12CasesDirectory,
    coverage: 0.859,
    rougeL: 0.262,
    lengthRatio: 1.843,
    registerViolationsPerNote: 0.25,
    safetyNegativesMissed: 2,
  },
  {
    // w01–w06 (a generalised reaction after a wasp sting at the legevakt in Vesterålen speech with
    // the wife (her own asthma and pollen allergy), a henvisning to a memory clinic for an elderly
    // widower in Valdres speech with the daughter (the late wife's Alzheimer), an acute
    // cholecystitis epikrise from a surgical ward with Kven names and the husband (his own
    // diabetes), a pasientbrev on vitamin B12 deficiency for a Polish patient speaking Norwegian
    // as a second language (the mother's diabetes), panic attacks at the GP in stavangersk (the
    // father's infarct) and an RSV bronchiolitis epikrise for an infant with Eritrean parents (the
    // brother's cold)), written in session 21 by an outside author who never read the drafter,
    // its rules, any draft or the earlier held-out sets; 400–500-word transcripts with spoken
    // corrections, two-part questions and small talk, 15–17 facts each. Measured once on the
    // branch that added it, no engine changes, data unchanged after measuring (`npm run
    // eval:draft`): 83.5 % coverage (81/97), 1.381×, ROUGE-L 0.365, 0.33 register violations per
    // note (2 in 6 notes), 0 safety negatives missed (0 safety facts missed), 0 numbers never
    // said, 0 relatives' conditions. Gated at that level: one fact fewer, one more register
    // violation, number never said, relative's condition or safety negative missed, length worse
    // by 0.005 or ROUGE-L worse by 0.004 fails.
    // Session 32: lowered for a safety fix (s32d, «Nei, bare litt kvalm» no longer drafted as
    // «Ingen kvalme eller oppkast»; a narrowed «nei» no longer denies the other part):
    // ROUGE-L 0.3719 (was ≥ 0.372); every other figure held.
    label: 'thirteenth held-out set (eval/draft/heldout-v13)',
    directory: heldOutV13CasesDirectory,
    // Session 35 (s35d): raised 0.855 → 0.865 (84/97 = 0.8660) and ROUGE-L 0.371 → 0.373 (measured 0.3739).
    coverage: 0.865,
    rougeL: 0.373,
    lengthRatio: 1.344,
    registerViolationsPerNote: 0.334,
    safetyNegativesMissed: 0,
  },
  {
    // q01–q06 (a migraine with aura at the legevakt in Romsdal speech with the husband (his own
    // high blood pressure), a child's uncontrolled asthma at the GP in Sunnhordland nynorsk with the
    // mother (the father's psoriasis), a henvisning for suspected aortic stenosis for an
    // 84-year-old in Solør speech with the daughter (the mother's pacemaker), a severe depression
    // epikrise from an acute psychiatric ward in trøndersk with the sister (her own lithium), a
    // pasientbrev on type 2 diabetes and kidney function for a Pakistani-Norwegian woman speaking
    // Norwegian as a second language (the brother's dialysis) and a TIA epikrise in Setesdal
    // speech with the wife (her own diabetes)), written in session 22 by an outside author who
    // never read the drafter, its rules, any draft or the earlier held-out sets; 360–460-word
    // transcripts with spoken corrections, two-part questions and small talk, 15–17 facts each.
    // Measured once on the branch that added it, no engine changes, data unchanged after measuring
    // (`npm run eval:draft`): 87.4 % coverage (83/95), 1.476×, ROUGE-L 0.306, 0.33 register
    // violations per note (2 in 6 notes), 2 safety negatives missed, 0 numbers never said, 0
    // relatives' conditions. Gated at exactly that level: one fact fewer, one more register
    // violation, number never said, relative's condition or safety negative missed, or a longer
    // or less similar note fails.
    // Session 32: lowered for a safety fix (s32d, «Nei, bare litt kvalm» no longer drafted as
    // «Ingen kvalme eller oppkast»; a narrowed «nei» no longer denies the other part):
    // length 1.4624 (was ≤ 1.456) for coverage 87.4 → 88.4 % and safety negatives missed 2 → 1,
    // both raised.
    label: 'fourteenth held-out set (eval/draft/heldout-v14)',
    directory: heldOutV14CasesDirectory,
    coverage: 0.884,
    rougeL: 0.311,
    lengthRatio: 1.455,
    registerViolationsPerNote: 0.334,
    safetyNegativesMissed: 1,
  },
  {
    // p01–p06 (acute low back pain at the legevakt in trøndersk with red-flag negatives (the
    // brother's Bechterew), a child's acute otitis media at the GP with the father (his own
    // tinnitus), a pasientbrev after falls and a medication review for an 87-year-old in
    // Gudbrandsdalen speech with the son (his own diabetes), a postpartum depression follow-up in
    // nordnorsk with the partner (his own panic disorder), a COPD exacerbation epikrise in hedmarksk
    // with the wife (her own heart failure) and a henvisning to dermatology for a changing mole in
    // sørlandsk (the husband's vitiligo)), written in session 23 by an outside author who never
    // read the drafter, its rules, any draft or the earlier held-out sets; 420–550-word transcripts
    // with spoken corrections, two-part questions and small talk, 16–18 facts each, 104 in all.
    // Measured once on the branch that added it, no engine changes, data unchanged after measuring
    // (`npm run eval:draft`): 90.4 % coverage (94/104), 1.448×, ROUGE-L 0.383, 0.17 register
    // violations per note (1 in 6 notes), 1 safety negative missed, 0 numbers never said, 0
    // relatives' conditions. Gated at that level: one fact fewer, one more register violation,
    // number never said, relative's condition or safety negative missed, or a longer or less
    // similar note fails.
    label: 'fifteenth held-out set (eval/draft/heldout-v15)',
    directory: heldOutV15CasesDirectory,
    coverage: 0.903,
    rougeL: 0.392,
    lengthRatio: 1.387,
    registerViolationsPerNote: 0.005,
    safetyNegativesMissed: 1,
  },
  {
    // r01–r06 (pneumonia at the legevakt in sunnmørsk with the daughter (the mother's COPD),
    // hypothyroidism at the GP in Valdres speech (the husband's sleep apnoea, the sister's type 1
    // diabetes), an appendicitis epikrise for a 16-year-old with the mother (her own Crohn's
    // disease), a henvisning for iron deficiency anaemia with a positive faecal blood test in
    // nordmørsk with the wife (the brother's colon cancer), a pasientbrev after a concussion at the
    // legevakt in stavangersk with the partner (his own epilepsy) and an atrial fibrillation
    // follow-up at a hospital outpatient clinic in Telemark nynorsk with the son (his own
    // pacemaker)), written in session 24 by an outside author who never read the drafter, its
    // rules, any draft or the earlier held-out sets; 360–390-word transcripts with spoken
    // corrections, two-part questions and small talk, 17 facts each, 102 in all.
    // Measured once on the branch that added it, no engine changes, data unchanged after measuring
    // (`npm run eval:draft`): 90.2 % coverage (92/102), 1.323×, ROUGE-L 0.418 (0.4177), 0.17
    // register violations per note (1 in 6 notes), 2 safety negatives missed, 0 numbers never
    // said, 0 relatives' conditions. Gated at that level: one fact fewer, one more register
    // violation, number never said, relative's condition or safety negative missed, or a longer
    // or less similar note fails.
    label: 'sixteenth held-out set (eval/draft/heldout-v16)',
    directory: heldOutV16CasesDirectory,
    coverage: 0.911, // session 38 (s38g answers to questions): 93/102
    rougeL: 0.418,
    lengthRatio: 1.324,
    registerViolationsPerNote: 0.167,
    safetyNegativesMissed: 1,
  },
  {
    // m01–m06 (croup at the legevakt in trøndersk with the father (his own asthma), type 2
    // diabetes control with lab values at the GP in nynorsk with the wife (her own hypothyroidism,
    // the brother's myocardial infarction), an epikrise for a bleeding NSAID ulcer in nordnorsk with
    // the daughter (her own coeliac disease), a henvisning to rheumatology for suspected rheumatoid
    // arthritis in sunnmørsk with the husband (his own gout, the mother's psoriasis), a pasientbrev
    // after a kidney stone at the legevakt in sørlandsk with the partner (her own migraine) and a
    // depression follow-up for a 16-year-old at a hospital BUP with the mother (her own panic
    // disorder)), written in session 25 by an outside author who never read the drafter, its
    // rules, any draft, any development case or the earlier held-out sets; 320–400-word
    // transcripts with spoken corrections, two-part questions and small talk, 17 facts each, 102
    // in all. Measured once on the branch that added it, no engine changes, data unchanged after
    // measuring (`npm run eval:draft`): 93.1 % coverage (95/102), 1.583× (1.5825), ROUGE-L 0.392
    // (0.3919), 0.00 register violations per note, 1 safety negative missed, 0 numbers never said,
    // 0 relatives' conditions. Gated at that level: one fact fewer, one register violation,
    // number never said, relative's condition or safety negative missed more, or a longer or less
    // similar note fails.
    label: 'seventeenth held-out set (eval/draft/heldout-v17)',
    directory: heldOutV17CasesDirectory,
    coverage: 0.931,
    rougeL: 0.393,
    lengthRatio: 1.571,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 1,
  },
  {
    // j01–j06 (a pasientbrev after a concussion at the legevakt in østnorsk with the mother (her
    // own migraine), gout in the big toe at the GP in trøndersk with the wife (her own
    // osteoarthritis), an epikrise for erysipelas with tinea pedis and type 2 diabetes in nordnorsk
    // with the husband (the sister's DVT), a henvisning to ENT in the head-and-neck cancer pathway
    // for hoarseness in nynorsk with the wife (a spoken fødselsnummer, her own thyroid cancer), a
    // palliative home visit for pancreatic cancer in sørlandsk with the daughter and the home nurse
    // (her own burnout) and shingles at the legevakt in bergensk with the husband (his own CLL)),
    // written in session 26 by an outside author who never read the drafter, its rules, any draft
    // or the earlier held-out sets; 318–370-word transcripts with spoken corrections, two-part
    // questions and small talk, 17 facts each, 102 in all. Measured once on the branch that added
    // it, no engine changes, data unchanged after measuring (`npm run eval:draft`): 85.3 %
    // coverage (87/102), 1.45× (1.4544), ROUGE-L 0.368 (0.3678), 0.33 register violations per
    // note, 1 safety negative missed, 0 numbers never said, 0 relatives' conditions. Gated at that
    // level: one fact fewer, one register violation, number never said, relative's condition or
    // safety negative missed more, or a longer or less similar note fails.
    // Session 32: lowered for a safety fix (s32d, «Nei, bare litt kvalm» no longer drafted as
    // «Ingen kvalme eller oppkast»; a narrowed «nei» no longer denies the other part):
    // ROUGE-L 0.3683 (was ≥ 0.369); every other figure held.
    label: 'eighteenth held-out set (eval/draft/heldout-v18)',
    directory: heldOutV18CasesDirectory,
    coverage: 0.852,
    rougeL: 0.368,
    lengthRatio: 1.431,
    registerViolationsPerNote: 0.334,
    safetyNegativesMissed: 1,
  },
  {
    // k01–k06 (low-risk chest pain at the legevakt in trøndersk with the wife (her own atrial
    // fibrillation and Eliquis, the father's infarct), a child's uncontrolled asthma at the GP with
    // the mother in nynorsk (a corrected weight, her own pollen allergy, the father's coeliac
    // disease), a pasientbrev on pelvic girdle pain in week 29 with the partner in Oslo speech (a
    // corrected week, his own prolapse), a falls-and-polypharmacy epikrise in nordnorsk with the
    // daughter (a corrected number of falls, her own type 1 diabetes, the late father's
    // Parkinson), a henvisning to dermatology for suspected squamous cell carcinoma of the ear in
    // sunnmørsk with the wife (a spoken fødselsnummer, a corrected size, her own melanoma and
    // psoriasis) and a post-operative wound infection at the legevakt in bergensk with the partner
    // (a corrected day, his own penicillin allergy)), written in session 27 by an outside author
    // who never read the drafter, its rules, any draft or the earlier held-out sets; 369–480-word
    // transcripts with spoken corrections, two-part questions, unpunctuated speech-to-text turns
    // and small talk, 17–18 facts each, 103 in all. Measured once on the branch that added it, no
    // engine changed, data unchanged after measuring (`npm run eval:draft`): 88.3 % coverage
    // (91/103), 1.41× (1.4125), ROUGE-L 0.345 (0.3448), 0.50 register violations per note, 1
    // safety negative missed, 0 numbers never said, 0 relatives' conditions. Gated at that level:
    // one fact fewer, one register violation, number never said, relative's condition or safety
    // negative missed more, or a longer or less similar note fails.
    label: 'nineteenth held-out set (eval/draft/heldout-v19)',
    directory: heldOutV19CasesDirectory,
    coverage: 0.893, // session 40 (s40e safety answers)
    rougeL: 0.349,
    lengthRatio: 1.404,
    registerViolationsPerNote: 0.5,
    safetyNegativesMissed: 1,
  },
  {
    // k01–k06 (cystitis in week 23 of pregnancy with CAVE penicillin at the GP in vestlandsk (a
    // corrected week, the mother's kidney stones), a teenager's football knee injury at the
    // legevakt with the father in trøndersk (a corrected side, his own osteoarthritis), an
    // epikrise for a COPD exacerbation on home oxygen in nynorsk with the wife (a corrected
    // saturation, her own heart failure), a henvisning to a memory clinic with the daughter in
    // østlandsk (a corrected MMSE, her own breast cancer), a pasientbrev after a hypertension check
    // in sørlandsk (a corrected home average, the father's stroke) and a head injury on Eliquis at
    // the legevakt in nordnorsk with the wife (a corrected time, her own osteoporosis)), written in
    // session 28 by an outside author who never read the drafter, its rules, any draft or the
    // earlier held-out sets; 326–428-word transcripts with spoken corrections, two-part questions
    // answered by one «Nei», the clinician's explanations and small talk, 17–18 facts each, 103 in
    // all. Measured once on the branch that added it, no engine changed, data unchanged after
    // measuring: 81.6 % coverage (84/103, 0.8155), 1.43× (1.4350), ROUGE-L 0.277 (0.2765), 0.33
    // register violations per note, 2 safety facts missed (1 negative), 0 numbers never said, 0
    // relatives' conditions. Gated at that level: one fact fewer, one register violation, number
    // never said, relative's condition or safety negative missed more, or a longer or less similar
    // note fails.
    label: 'twentieth held-out set (eval/draft/heldout-v20)',
    directory: heldOutV20CasesDirectory,
    coverage: 0.815,
    rougeL: 0.276,
    lengthRatio: 1.435,
    registerViolationsPerNote: 0.335,
    safetyNegativesMissed: 1,
  },
  {
    // l01–l06 (suspected DVT after a seven-hour car drive at the legevakt in Helgeland speech with
    // the wife (a corrected day, Xarelto started, her own varicose veins, the sister's DVT), grief
    // and insomnia in a widow at the GP in Toten speech with the daughter (corrected sleep hours and
    // Mirtazapin dose, the suicide screening as a two-part question answered by one «Nei», CAVE
    // penicillin, her own depression), an epikrise for sigmoid diverticulitis in Namdal speech with
    // the wife (a corrected CRP, CAVE penicillin, blood in the stool and black stool as one
    // question, her own atrial fibrillation and Eliquis), a henvisning to urology in the
    // bladder-cancer pathway for visible haematuria in Lofoten speech with the wife (a spoken
    // fødselsnummer, a corrected number of episodes, no blood thinners, her own UTIs), a pasientbrev
    // on gestational diabetes in week 26 in haugesundsk with the partner (a corrected glucose value,
    // headache and visual disturbance as one question, his own type 1 diabetes) and scarlet fever in
    // a 5-year-old at the legevakt in Voss nynorsk with the father (a corrected temperature and
    // weight, his own penicillin allergy)), written in session 29 by an outside author who never
    // read the drafter, its rules, any draft or the earlier held-out sets; 350–427-word transcripts
    // with spoken corrections, two-part questions answered by one «Nei», the clinician's
    // explanations, numbers in words and small talk, 17–18 facts each, 104 in all. Measured once on
    // the branch that added it, no engine changed, data unchanged after measuring: 87.5 % coverage
    // (91/104), 1.44× (1.4392), ROUGE-L 0.390 (0.3899), 0.00 register violations per note, 1
    // safety fact missed (0 negatives), 0 numbers never said, 0 relatives' conditions. Gated at that
    // level: one fact fewer, one register violation, number never said, relative's condition or
    // safety negative missed more, or a longer or less similar note fails.
    label: 'twenty-first held-out set (eval/draft/heldout-v21)',
    directory: heldOutV21CasesDirectory,
    coverage: 0.875,
    // Session 36 (s36l, shorter notes): 1.44 → 1.4248, ROUGE-L 0.390 → 0.3917; raised. Then
    // LOWERED back to the first measurement (0.389, 1.44) by fix36d: the review found the s36l
    // mechanism patterns that gave the gain dropped this patient's facts («Smertene kommer av at
    // en nerve er i klem», «…, men kommer ved anstrengelse»); measured 0.3899, 1.44× again.
    rougeL: 0.389,
    lengthRatio: 1.44,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // g01–g06 (epistaxis on Marevan with a supratherapeutic INR after an antibiotic course at the
    // legevakt in Finnmark speech with the wife (a corrected time, blood in the stool and black
    // stool as one question answered by one «Nei», her own diabetes), depression with a
    // suicide-risk assessment at the GP in Sunnmøre nynorsk (plans and self-harm as one two-part
    // question answered by one «Nei», a corrected weight loss, the brother's ADHD), an epikrise for
    // decompensated heart failure in an 87-year-old in Innherred speech with the daughter (Eliquis,
    // CAVE Enalapril, a weight loss corrected by the clinician, her own asthma), a henvisning for
    // dysphagia and weight loss in the oesophageal and gastric cancer pathway in Agder speech (a
    // spoken fødselsnummer, CAVE contrast, no blood thinners, a corrected weight, the wife's ulcer),
    // a pasientbrev on erythema migrans in Hardanger nynorsk (CAVE penicillin, not pregnant, a
    // corrected date, the sister's neuroborreliosis) and otitis media in a 4-year-old at the
    // legevakt in Oslo with the mother (a corrected temperature, rash and neck stiffness as one
    // question, the brother's asthma)), written in session 30 by an outside author who never read
    // the drafter, its rules, any draft or the earlier held-out sets; 656–989-word transcripts with
    // small talk, logistics and the clinician's explanations, 16–18 facts each, 104 in all.
    // Measured once on the branch that added it, no engine changed, data unchanged after
    // measuring: 91.3 % coverage (95/104), 2.30× (2.2973), ROUGE-L 0.259 (0.2594), 0.17 register
    // violations per note (1 in 6 notes), 1 safety fact missed (0 negatives), 0 numbers never
    // said, 0 relatives' conditions. Gated at that level: one fact fewer, one register violation,
    // number never said, relative's condition or safety negative missed more, or a longer or less
    // similar note fails.
    label: 'twenty-second held-out set (eval/draft/heldout-v22)',
    directory: heldOutV22CasesDirectory,
    coverage: 0.913,
    rougeL: 0.259,
    lengthRatio: 2.3,
    registerViolationsPerNote: 0.167,
    safetyNegativesMissed: 0,
  },
  {
    // k01–k06 (a gout flare on a thiazide at the legevakt in Jæren speech with the wife (a
    // corrected duration and temperature, blood thinners and drug allergy as one question answered
    // by one «Nei», her own rheumatoid arthritis), postpartum depression with suicide screening at
    // the GP in Helgeland speech with the partner (suicidal thoughts and self-harm as one question
    // answered by one «Nei», a corrected EPDS score, his own panic disorder), an epikrise for a COPD
    // exacerbation in Nord-Troms speech with the daughter (CAVE penicillin, chest pain and
    // haemoptysis as one question, a corrected SpO2, her own asthma), a henvisning to neurology for
    // migraine after two failed prophylactics in Gudbrandsdal speech with the husband (thunderclap
    // and nocturnal headache as one question, a corrected count of headache days, his own disc
    // prolapse), a pasientbrev after a hypothyroidism diagnosis in Telemark nynorsk with the mother
    // (pregnancy and plans for pregnancy as one question, a corrected TSH, her own hypertension) and
    // new atrial fibrillation started on Eliquis at the legevakt in Bergen speech with the wife
    // (chest pain and syncope as one question, a corrected weight and onset, her own stroke)),
    // written in session 31 by an outside author who never read the drafter, its rules, any draft
    // or the earlier held-out sets; 685–925-word transcripts with numbers said in words, small talk
    // and logistics, 16–18 facts each, 105 in all. Measured once on the branch that added it, no
    // engine changed, data unchanged after measuring: 82.9 % coverage (87/105), 1.98× (1.9814),
    // ROUGE-L 0.269 (0.2694), 0.67 register violations per note (4 in 6 notes), 4 safety facts
    // missed (3 negatives), 0 numbers never said, 2 relatives' conditions as diagnoses. Gated at
    // that level; the missed safety negatives and the relatives' conditions are open defects, not
    // accepted behaviour: one fact fewer, one register violation, number never said, relative's
    // condition or safety negative missed more, or a longer or less similar note fails.
    label: 'twenty-third held-out set (eval/draft/heldout-v23)',
    directory: heldOutV23CasesDirectory,
    coverage: 0.828,
    rougeL: 0.271,
    lengthRatio: 1.99,
    registerViolationsPerNote: 0.667,
    safetyNegativesMissed: 3,
    relativeDiagnoses: 2,
  },
  {
    // m01–m06 (cellulitis after a cat bite on Eliquis at the legevakt in Salten speech (a corrected
    // day, fever and chills as one question answered by one «Nei», the brother's own sepsis),
    // insomnia from work stress at the GP in Nordfjord nynorsk (suicidal thoughts and self-harm as
    // one question answered by one «Nei», a corrected duration, the mother's own bipolar disorder),
    // suspected hyperthyroidism in a Ukrainian patient speaking simple Norwegian at the GP in Oslo
    // (a corrected weight loss, chest pain and syncope as one question, CAVE penicillin, the
    // mother's own goitre), an epikrise for bilateral pulmonary embolism in Ringerike speech with
    // the daughter (Eliquis started, haemoptysis and blood in the stool as one question, her own
    // DVT), a henvisning in the breast-cancer pathway in Senja speech (a corrected side, not
    // pregnant, no blood thinners, the sister's own ovarian cancer) and a pasientbrev after a
    // gallstone attack at the legevakt in Hadeland speech (a corrected onset, a negative pregnancy
    // test, CAVE Voltaren, the mother's own pancreatitis)), written in session 32 by an outside
    // author who never read the drafter, its rules, any draft or the earlier held-out sets;
    // 393–517-word transcripts, 17–18 facts each, 106 in all (25 safety-critical, 17 negatives).
    // Measured once on the branch that added it, no engine changed, data unchanged after
    // measuring: 92.5 % coverage (98/106, 0.9245), 1.49× (1.4935), ROUGE-L 0.369 (0.3695), 0.00
    // register violations per note, 0 safety facts missed, 0 numbers never said, 0 relatives'
    // conditions as diagnoses. Gated at that level: one fact fewer, one register violation, number
    // never said, relative's condition or safety negative missed, or a longer or less similar note
    // fails.
    label: 'twenty-fourth held-out set (eval/draft/heldout-v24)',
    directory: heldOutV24CasesDirectory,
    // Session 35 (s35i): raised 0.924 → 0.933 (99/106), ROUGE-L 0.369 → 0.373 (0.3736), length
    // 1.494 → 1.483 (1.4825).
    coverage: 0.933,
    rougeL: 0.373,
    lengthRatio: 1.483,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 0,
  },
  {
    // f01–f06 (croup in a 2-year-old on a night call at the legevakt with the mother in Sunnmøre
    // speech (a corrected temperature, drooling and swallowing difficulty as one question answered
    // by one «Nei», no allergies, the father's own asthma), falls from orthostatic hypotension and
    // polypharmacy on Marevan at the GP in Finnmark speech with the son (a corrected count of
    // falls, CAVE penicillin, the son's own type 2 diabetes), a henvisning from the legevakt for
    // bleeding in pregnancy week 9+2 in Sogn nynorsk (Rh negative, no blood thinners, CAVE latex,
    // the partner's own von Willebrand disease), depression with a suicide-risk assessment at the GP
    // in Nordmøre speech (a corrected alcohol intake, the brother's own bipolar disorder), a
    // pasientbrev on diabetic kidney disease with lab values in Østerdalen speech (a corrected
    // weight, CAVE sulfa, the husband's own prostate cancer) and an epikrise for a bleeding gastric
    // ulcer on Xarelto in Valdres speech with the daughter (a corrected admission Hb, her own
    // coeliac disease)), written in session 33 by an outside author who never read the drafter,
    // its rules, any draft or the earlier held-out sets; 420–521-word transcripts, 17–18 facts
    // each, 105 in all (18 safety-critical, 10 negatives). Measured once on the branch that added
    // it, no engine changed, data unchanged after measuring: 80.0 % coverage (84/105, 0.8000),
    // 1.44× (1.4362), ROUGE-L 0.323 (0.3229), 0.00 register violations per note, 5 safety facts
    // missed (4 negatives), 0 numbers never said, 0 relatives' conditions as diagnoses. Gated at
    // that level; the missed safety negatives are open defects, not accepted behaviour: one fact
    // fewer, one register violation, number never said, relative's condition or safety negative
    // missed more, or a longer or less similar note fails.
    label: 'twenty-fifth held-out set (eval/draft/heldout-v25)',
    directory: heldOutV25CasesDirectory,
    coverage: 0.8,
    rougeL: 0.322,
    lengthRatio: 1.437,
    registerViolationsPerNote: 0,
    safetyNegativesMissed: 4,
  },
  {
    // d01–d06 (an ear infection in a 2-year-old on the telephone with a Lithuanian father in simple
    // Norwegian, first-time atrial fibrillation at the legevakt in Hardanger nynorsk with the wife,
    // a pasientbrev after a pessary check for an 88-year-old on Eliquis with her daughter in Agder
    // speech, insomnia and heavy drinking in an offshore worker in Bodø speech, a henvisning for
    // carpal tunnel syndrome with thenar wasting in a Sámi hairdresser in Karasjok and an epikrise
    // after cellulitis treated with iv penicillin in Gudbrandsdal speech), written in session 34 by
    // an outside author who never read the drafter, its rules, any draft or the earlier held-out
    // sets; 439–522-word transcripts, 17–18 facts each, 105 in all (18 safety-critical, 11
    // negatives). Measured once on main 03bbf29b, no engine changed, data unchanged after
    // measuring: 72.4 % coverage (76/105, 0.7238), 1.24× (1.2366), ROUGE-L 0.312 (0.3120), 0.50
    // register violations per note, 3 safety facts missed (2 negatives), 0 numbers never said, 0
    // relatives' conditions as diagnoses. Gated at that level; the missed facts are open defects.
    // Session 34 (s34f): a hedged assessment is kept as «Trolig X, differensialdiagnose Y» instead
    // of dropped or stated as certain; length 1.2366 → 1.2376, gate LOOSENED 1.237 → 1.238 for it.
    label: 'twenty-sixth held-out set (eval/draft/heldout-v26)',
    directory: heldOutV26CasesDirectory,
    coverage: 0.723,
    rougeL: 0.311,
    lengthRatio: 1.238,
    registerViolationsPerNote: 0.5,
    safetyNegativesMissed: 2,
  },
  {
    // c01–c06 (isotretinoin start for acne in a 17-year-old at a Stavanger dermatology clinic with
    // her mother, a needle-stick injury of a Filipino nurse at the Drammen legevakt in mixed
    // Norwegian and English, an epikrise after a fall with complete AV block, a pacemaker and a
    // wrist fracture in an 86-year-old from Setesdal, a henvisning in the prostate-cancer pathway
    // for a Sogn timber-lorry driver in nynorsk, a pasientbrev on frozen shoulder and diabetes for a
    // Pakistani-Norwegian man with his son interpreting, and a fish hook in a 9-year-old's thumb at
    // a Vesterålen legevakt), written in session 35 by an outside author who never read the
    // drafter, its rules, any draft or the earlier held-out sets; 388–530-word transcripts, 17–18
    // facts each, 105 in all (18 safety-critical, 11 negatives). Measured once on main d7544b6f, no
    // engine changed, data unchanged after measuring: 80.0 % coverage (84/105), 1.30× (1.2981),
    // ROUGE-L 0.313 (0.3132), 1.50 register violations per note, 5 safety facts missed (1
    // negative), 0 numbers never said, 0 relatives' conditions as diagnoses. Gated at that level;
    // the missed facts are open defects.
    label: 'twenty-seventh held-out set (eval/draft/heldout-v27)',
    directory: heldOutV27CasesDirectory,
    coverage: 0.809, // session 40 (s40e safety answers)
    rougeL: 0.313,
    lengthRatio: 1.299,
    registerViolationsPerNote: 1.5,
    safetyNegativesMissed: 1,
  },
  {
    // c01–c06 (a burnout sick-leave follow-up of a Trondheim teacher, carbon-monoxide poisoning
    // from a gas heater in a cabin near Alta, a henvisning for suspected coeliac disease in a
    // Syrian woman in Lillehammer, an epikrise after gallstone pancreatitis in Hammerfest, a
    // pasientbrev after epididymitis in a Polish man in Kristiansand, and a pasientbrev on a missed
    // scaphoid fracture in a 19-year-old in Volda in nynorsk), written in session 36 by an outside
    // author who never read the drafter, its rules, any draft or the earlier held-out sets; 622–804
    // -word transcripts, 17–18 facts each, 104 in all (17 safety-critical, 14 negatives). Measured
    // once on main 2258f2c9, no engine changed, data unchanged after measuring: 77.9 % coverage
    // (81/104, 0.7788), 1.34× (1.3407), ROUGE-L 0.283 (0.2827), 0.33 register violations per note,
    // 4 safety facts missed (4 negatives), 0 numbers never said, 0 relatives' conditions as
    // diagnoses. Gated at that level; the missed facts are open defects.
    label: 'twenty-eighth held-out set (eval/draft/heldout-v28)',
    directory: heldOutV28CasesDirectory,
    coverage: 0.778,
    rougeL: 0.282,
    lengthRatio: 1.341,
    registerViolationsPerNote: 0.34,
    safetyNegativesMissed: 4,
  },
  {
    // c01–c06 (a depressive episode in a Chilean-born sawmill worker in Tynset with the daughter, a
    // pasientbrev after a febrile seizure of a three-year-old at the Flekkefjord legevakt, an
    // epikrise for bilateral pulmonary embolism in Sandnessjøen, a henvisning for polymyalgia
    // rheumatica in a farmer on Marevan in Sunndal, a pasientbrev on sudden hearing loss in an
    // Iranian dental hygienist in Harstad, and suspected appendicitis in an 18-year-old at the
    // Fagernes legevakt), written in session 37 by an outside author who never read the drafter,
    // its rules, any draft or the earlier held-out sets; 567–754-word transcripts, 17–18 facts
    // each, 105 in all (19 safety-critical, 14 negatives). Measured once on main 17d8c5b8, no
    // engine changed, data unchanged after measuring: 75.2 % coverage (79/105, 0.7524), 1.63×
    // (1.6265), ROUGE-L 0.315 (0.3152), 1.67 register violations per note, 6 safety facts missed
    // (6 negatives), 0 numbers never said, 0 relatives' conditions as diagnoses. Gated at that
    // level; the missed facts are open defects.
    label: 'twenty-ninth held-out set (eval/draft/heldout-v29)',
    directory: heldOutV29CasesDirectory,
    coverage: 0.752,
    rougeL: 0.315,
    lengthRatio: 1.627,
    registerViolationsPerNote: 1.67,
    safetyNegativesMissed: 6,
  },
  {
    // b01–b06 (a henvisning for suspected acrylate contact eczema in a Vietnamese-born nail
    // technician in Fredrikstad, a knife cut to the palm of a Sámi reindeer herder at the
    // Kautokeino legevakt, self-harm in a tenth-grader at a school-health drop-in in Lillestrøm
    // with the mother, an epikrise for pre-eclampsia at 33+4 weeks in Kongsberg, a pasientbrev after
    // a fall with a head injury on apixaban in Orkanger, and a henvisning for suspected coeliac
    // disease in a seven-year-old of an Eritrean family in Nordfjordeid), written in session 38 by
    // an outside author who never read the drafter, its rules, any draft or the earlier held-out
    // sets; 104 facts (23 safety-critical, 12 of them negatives). Measured once on main 7db013d0,
    // no engine changed, data unchanged after measuring: 65.4 % coverage (68/104, 0.6538) — the
    // lowest first measurement of any set — 1.05× (1.0516), ROUGE-L 0.323 (0.3234), 0.67 register
    // violations per note, 8 safety facts missed (4 negatives), 0 numbers never said and 1
    // relative's condition as a diagnosis. Gated at that level; the missed facts and the relative's
    // diagnosis are open defects. Length lowered to 1.045× (1.0448) after session 39's drafter
    // rules (s39g, narrowed after review r39g).
    label: 'thirtieth held-out set (eval/draft/heldout-v30)',
    directory: heldOutV30CasesDirectory,
    coverage: 0.653,
    rougeL: 0.323,
    lengthRatio: 1.045,
    registerViolationsPerNote: 0.67,
    safetyNegativesMissed: 4,
    relativeDiagnoses: 1,
  },
  {
    // a01–a06 (a scald of the hand of a Filipino-born fish-plant worker at a Lofoten legevakt, an
    // ADHD medication review of a student in Stavanger, a heart-failure epikrise in Namsos, a
    // henvisning for suspected sleep apnoea of a Syrian-born lorry driver in Hamar, a pasientbrev
    // after a missed miscarriage in Tromsø, and a henvisning for acute urinary retention of an
    // 86-year-old in Setesdal with a talkative daughter), written in session 39 by an outside
    // author who never read the drafter, its rules, any draft or the earlier held-out sets; 105
    // facts (25 safety-critical, 17 of them negatives). Measured once on main 67448402, no engine
    // changed, data unchanged after measuring: 80.0 % coverage (84/105), 1.14× (1.1422), ROUGE-L
    // 0.326 (0.3257), 0.50 register violations per note, 3 safety facts missed (2 negatives), 0
    // numbers never said, 0 relatives' conditions as diagnoses. Gated at that level; the missed
    // facts are open defects.
    label: 'thirty-first held-out set (eval/draft/heldout-v31)',
    directory: heldOutV31CasesDirectory,
    coverage: 0.8,
    rougeL: 0.325,
    lengthRatio: 1.143,
    registerViolationsPerNote: 0.5,
    safetyNegativesMissed: 2,
  },
  {
    // e01–e06 (lumbago with sciatica in a North Sami-speaking reindeer herder at the GP in Tana, a
    // febrile seizure in a Ukrainian toddler at the legevakt in Kristiansand, a COPD epikrise in
    // romsdal nynorsk in Molde, a henvisning for suspected Parkinson's disease of a Pakistani-born
    // taxi driver in Drammen, a pasientbrev after a mammography recall in Bergen, and a sports-
    // medicine journalnotat on an Eritrean-born runner with RED-S in Oslo), written in session 40 by
    // an outside author who never read the drafter, its rules, any draft or the earlier held-out
    // sets; 105 facts (25 safety-critical, 22 of them negatives). Measured once on main 4d9893d7, no
    // engine changed, data unchanged after measuring: 71.4 % coverage (75/105), 1.08×, ROUGE-L
    // 0.344, 0.33 register violations per note, 6 safety facts missed (5 negatives), 0 numbers
    // never said, 0 relatives' conditions as diagnoses. Gated at that level; the missed facts are
    // open defects.
    label: 'thirty-second held-out set (eval/draft/heldout-v32)',
    directory: heldOutV32CasesDirectory,
    coverage: 0.714,
    rougeL: 0.343,
    lengthRatio: 1.085,
    registerViolationsPerNote: 0.34,
    safetyNegativesMissed: 5,
  },
] as const;

describe('builtin drafts against clinicians’ reference notes (issue 12 gate)', () => {
  for (const gate of gates) {
    it(`meets the note targets on the ${gate.label}`, async () => {
      const results = await evaluateDrafter(
        createBuiltinDrafter(),
        loadConsultationCases(gate.directory),
      );
      const summary = summarizeResults(results);
      expect(summary.cases).toBeGreaterThan(0);
      expect(results.filter((result) => result.error !== undefined)).toEqual([]);
      expect(summary.coverage).toBeGreaterThanOrEqual(gate.coverage);
      expect(summary.numbersNeverSaid).toBeLessThanOrEqual(
        'numbersNeverSaid' in gate ? gate.numbersNeverSaid : 0,
      );
      expect(summary.relativeDiagnoses).toBeLessThanOrEqual(
        'relativeDiagnoses' in gate ? gate.relativeDiagnoses : 0,
      );
      expect(summary.rougeL).toBeGreaterThanOrEqual(gate.rougeL);
      expect(summary.lengthRatio).toBeLessThanOrEqual(gate.lengthRatio);
      expect(summary.registerViolationsPerNote).toBeLessThanOrEqual(gate.registerViolationsPerNote);
      expect(summary.safetyNegativesMissed).toBeLessThanOrEqual(gate.safetyNegativesMissed);
      // The own set drafts well over a hundred consultations; on a loaded two-core machine that
      // takes longer than the default 30 s, which says nothing about draft quality.
    }, 180_000);
  }

  it('has at least forty-one new consultations of our own besides h01–h04', () => {
    expect(loadConsultationCases(ownCasesDirectory).length).toBeGreaterThanOrEqual(45);
  });
});
