/**
 * The verifier's fault-injection targets, gated in CI (issue 11 §8). Issue targets: ≥ 90 % of
 * planted faults flagged `warning` or `error`, every kind ≥ 75 %, ≤ 10 % of correct sentences
 * flagged. Gated at what the verifier reaches on the development set, with a small margin, so a
 * drop fails the build; the kinds below 75 % are gated lower and named in the closing note.
 * The held-out set (`eval/verify/heldout`, written by someone who never read the verifier) is
 * gated too, only on its totals, at the level last measured on it with a small margin, so a drop
 * fails the build; nobody writes rules from its misses.
 */
import { readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import {
  devCasesDirectory,
  evaluateVerifier,
  faultKinds,
  heldOutCasesDirectory,
  loadVerifyCases,
  type FaultKind,
} from './evaluate-verifier.js';
import { findVerifyCaseProblems } from './find-verify-case-problems.js';
import {
  LATER_HELDOUT_DIRECTORY,
  LATER_HELDOUT_SETS,
  laterHeldoutCasesDirectory,
} from './later-heldout-sets.js';

interface Gate {
  readonly overallRecall: number;
  readonly falseFlags: number;
  readonly kinds: Readonly<Record<FaultKind, number>>;
}

// The first 25 development cases (v01–v25: paediatrics, psychiatry, obstetrics, orthopaedics,
// geriatrics, emergency, chronic follow-up), gated as before and raised to what is reached now
// (89.3 % recall, 2.9 % false flags, session 8; 88.5 % / 2.9 % in session 7, 88.0 % / 2.7 % in
// session 6, 87.5 % / 2.9 % in session 5, 86.9 % / 4.9 % before).
const firstCasesGate: Gate = {
  overallRecall: 0.885,
  falseFlags: 0.035,
  kinds: {
    dose: 0.95,
    frequency: 0.97,
    duration: 0.82,
    'lab-value': 0.95,
    'vital-sign': 0.92,
    laterality: 0.67,
    negation: 0.62,
    'drug-not-mentioned': 0.97,
    'invented-finding': 0.87,
    'invented-diagnosis': 0.8,
    'relative-as-patient': 0.75,
    'wrong-date-or-age': 0.95,
  },
};

// v01–v33, with v26–v33 (dialects and nynorsk; frequencies, vital signs, invented findings and
// diagnoses, spoken negation, dates and ages): 88.6 % recall, 3.3 % false flags (session 8; negation
// 71.0 %, invented finding 81.6 %; 87.6 % / 3.3 % in session 7, 87.0 % / 3.2 % in session 6,
// 86.3 % / 3.5 % in session 5, 86.2 % / 5.7 % before).
const allCasesGate: Gate = {
  overallRecall: 0.88,
  falseFlags: 0.04,
  kinds: {
    dose: 0.95,
    frequency: 0.89,
    duration: 0.86,
    'lab-value': 0.95,
    'vital-sign': 0.94,
    laterality: 0.67,
    negation: 0.69,
    'drug-not-mentioned': 0.94,
    'invented-finding': 0.8,
    'invented-diagnosis': 0.85,
    'relative-as-patient': 0.75,
    'wrong-date-or-age': 0.97,
  },
};

function gateCases(title: string, select: (caseId: string) => boolean, gate: Gate): void {
  describe(title, () => {
    const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter((verifyCase) =>
      select(verifyCase.id),
    );
    const evaluation = evaluateVerifier(cases);

    it('has at least 150 planted faults of every kind and 300 correct sentences', () => {
      expect(evaluation.faultTotal).toBeGreaterThanOrEqual(150);
      expect(evaluation.correctSentences).toBeGreaterThanOrEqual(300);
      for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(5);
    });

    it('flags planted faults at the gated recall, overall and per kind', () => {
      expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
        gate.overallRecall,
      );
      for (const kind of faultKinds) {
        const { detected, total } = evaluation.faults[kind];
        expect(detected / total, kind).toBeGreaterThanOrEqual(gate.kinds[kind]);
      }
    });

    it('flags few correct sentences', () => {
      expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
        gate.falseFlags,
      );
    });
  });
}

const caseNumber = (caseId: string): number => Number(/^v(\d+)/.exec(caseId)?.[1] ?? Number.NaN);
gateCases(
  'verifier fault-injection suite (eval/verify/cases, v01–v25)',
  (caseId) => caseNumber(caseId) <= 25,
  firstCasesGate,
);
gateCases(
  'verifier fault-injection suite (eval/verify/cases, v01–v33)',
  (caseId) => caseNumber(caseId) <= 33,
  allCasesGate,
);

// v34–v40 (session 5): correct notes that paraphrase heavily (lay and clinical terms, negations
// written differently from how they were said, hø./ve./bilateralt, relatives speaking, a relative's
// diagnosis written as family history), with faults of the kinds that were weakest on held-out.
// Too few faults of the other kinds to gate them one by one; gated on the totals and the four
// kinds they were written for. Measured with the verifier before session 5's rules: 58.4 % recall,
// 13.6 % false flags (laterality 31 %, negation 67 %, invented diagnosis 82 %, relative 33 %);
// after them: 88.8 % / 1.7 % (87.5 %, 86.1 %, 88.2 %, 100 %). These cases were written before
// the rules and the rules were then written from them, so held-out is the honest measure. After
// session 7's rules: 91.0 % / 1.7 % (negation 88.9 %, invented diagnosis 94.1 %).
const paraphraseCasesGate = {
  overallRecall: 0.89,
  falseFlags: 0.03,
  kinds: {
    laterality: 0.85,
    negation: 0.86,
    'invented-diagnosis': 0.9,
    'relative-as-patient': 0.93,
  },
} as const satisfies {
  overallRecall: number;
  falseFlags: number;
  kinds: Partial<Record<FaultKind, number>>;
};

describe('verifier fault-injection suite (eval/verify/cases, v34–v40, paraphrase)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 34 && caseNumber(verifyCase.id) <= 40,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted faults at the gated recall, overall and for the kinds it was written for', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(80);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      paraphraseCasesGate.overallRecall,
    );
    const kinds: Partial<Record<FaultKind, number>> = paraphraseCasesGate.kinds;
    for (const kind of faultKinds) {
      const floor = kinds[kind];
      if (floor === undefined) continue;
      const { detected, total } = evaluation.faults[kind];
      expect(total, kind).toBeGreaterThan(10);
      expect(detected / total, kind).toBeGreaterThanOrEqual(floor);
    }
  });

  it('flags few correct sentences although they paraphrase what was said', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(100);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      paraphraseCasesGate.falseFlags,
    );
  });
});

// v41–v47 (session 6): fresh consultations aimed at the kinds weakest on the held-out sets —
// spoken negation in nynorsk and dialect (answers to questions, "inkje", "itj", "ikkje teikn til"),
// a relative speaking of their own illness next to the patient's, invented examination findings
// and diagnoses, sides of paired body parts — and at correct model-style notes in clinical terms
// (dysuri, fotofobi, trismus, periumbilikalt) that must not be flagged. Measured with the verifier
// before session 6's rules: 73.5 % recall, 12.6 % false flags; after them 79.6 % / 4.5 % (negation
// 68 → 78 %, relative 67 → 83 %, invented finding 42 → 50 %). The rules were written after these
// cases and partly from them, so held-out is the honest measure. Session 7's rules: 82.3 % / 3.6 %
// (relative 83 → 100 %). Session 8's rules: 85.8 % / 3.6 %.
const freshCasesGate = { overallRecall: 0.85, falseFlags: 0.05 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v41–v47, fresh)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 41 && caseNumber(verifyCase.id) <= 47,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted faults of the weak kinds at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(100);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      freshCasesGate.overallRecall,
    );
  });

  it('flags few correct sentences written in clinical terms', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(100);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      freshCasesGate.falseFlags,
    );
  });
});

// v48–v54 (session 7): legevakt, psychiatry, a father speaking for a child, geriatrics with a son,
// an interpreter, nynorsk, Trøndelag dialect — aimed at a relative's illness or drug written as the
// patient's, plausible invented findings and diagnoses, spoken negation ("ikkje", "inkje", "itj",
// "ente", "nei vent", "ikke lenger", "sluttet"), frequencies ("annenhver dag", "ved behov", x 2 vs
// x 3) and drugs of the same class never mentioned. Measured with the verifier before session 7's
// rules: 75.0 % recall (87/116), 7.4 % false flags (8/108); negation 60 %, invented finding 31 %,
// relative 69 %, frequency 81 %. After session 7's rules (written after these cases were committed,
// partly from them): 85.3 % (99/116) / 4.6 % (5/108); negation 68 %, invented finding 54 %,
// relative 100 %, frequency 94 %. Held-out is the honest measure. Session 8's rules: 87.9 %
// (102/116) / 4.6 %.
const session7CasesGate = { overallRecall: 0.87, falseFlags: 0.06 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v48–v54, session 7)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 48 && caseNumber(verifyCase.id) <= 54,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted faults of the weak kinds at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(110);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      session7CasesGate.overallRecall,
    );
  });

  it('flags few correct sentences although they paraphrase what was said', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(100);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      session7CasesGate.falseFlags,
    );
  });
});

// v55–v60 (session 8): a headache in Vestland nynorsk, statin myalgia with "Nei, 20 mg", a father
// speaking for a child with otitis, a knee in Trøndelag dialect with "nei vent", dyspepsia with the
// wife speaking of her own ulcer, anxiety follow-up in nynorsk — aimed at spoken negation ("ikkje",
// "itj", "inga", "aldri", two-part questions), "fast" vs "ved behov", relative times ("for tre
// uker siden" vs "om tre måneder"), invented examination findings and diagnoses never stated.
// Written and committed before session 8's rules; the old verifier: 74.4 % recall (67/90), 11.0 %
// false flags (10/91). After session 8's rules (written partly from these cases, so held-out is
// the honest measure): 87.8 % (79/90) / 5.5 % (5/91).
const session8CasesGate = { overallRecall: 0.86, falseFlags: 0.066 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v55–v60, session 8)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 55 && caseNumber(verifyCase.id) <= 60,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted faults of the weak kinds at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(90);
    expect(evaluation.faults.negation.total).toBeGreaterThanOrEqual(20);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      session8CasesGate.overallRecall,
    );
  });

  it('flags few correct sentences although they paraphrase what was said', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(90);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      session8CasesGate.falseFlags,
    );
  });
});

// v61–v68 (session 9): back pain dictated by speech-to-text without punctuation, a nynorsk mother
// who has asthma herself, chest pain with "hverken … eller" and "nei vent", a UTI in Trøndelag
// dialect with two-part questions, depression with the wife's own Sertralin, a fall at the
// legevakt in unpunctuated nynorsk, a child's eczema with the father's hay fever, COPD test results
// ("utelukket", "ikke påvist", "negativ") — aimed at negation flips, diagnoses only suspected or
// ruled out, and a relative's illness as the patient's. Written and committed before session 9's
// clause reading; the old verifier: 67.5 % recall (79/117), 9.8 % false flags (12/123); negation
// 60.3 %, invented diagnosis 50.0 %, relative 64.3 %. After it (written partly from these cases,
// so held-out is the honest measure): 80.3 % (94/117) / 5.7 % (7/123); gated a fault and a
// sentence below.
const session9ClauseGate = { overallRecall: 0.794, falseFlags: 0.066 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v61–v68, session 9)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 61 && caseNumber(verifyCase.id) <= 68,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted negation flips, unasserted diagnoses and borrowed illnesses at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(110);
    expect(evaluation.faults.negation.total).toBeGreaterThanOrEqual(50);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      session9ClauseGate.overallRecall,
    );
  });

  it('flags few correct sentences although speech-to-text and dialect were used', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(100);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      session9ClauseGate.falseFlags,
    );
  });
});

// v71–v80 (session 9, precision): correct notes written as clinicians write them — clinical terms
// for lay words, trade names as generic names, durations converted ("to veker" → 14 dager),
// "ca.", x 2, "u.a.", "Ingen …", summaries across turns — with faults of every kind so recall is
// watched. Committed before session 9's precision rules; the old verifier: 94.3 % recall (83/88),
// 11.2 % false flags (28/250). After them (written partly from these cases, so held-out is the
// honest measure): 94.3 % / 1.6 % (4/250).
const session9PrecisionGate = { overallRecall: 0.93, falseFlags: 0.03 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v71–v80, session 9 precision)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 71 && caseNumber(verifyCase.id) <= 80,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted faults at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(80);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      session9PrecisionGate.overallRecall,
    );
  });

  it('flags few correct sentences although clinicians paraphrase what was said', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(250);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      session9PrecisionGate.falseFlags,
    );
  });
});

// v81–v86 (session 11, precision): correct notes in clinical terms against what was said in words —
// "sju og en halv", "to og et halvt år", "hundre og førti over nitti", Hb said in g/L and written in
// g/dL, "to tabletter på fem hundre" written as 1 g, "spenningshodepine" as tensjonshodepine,
// "magekatarr" as gastritt — with faults of most kinds so recall is watched. Committed before
// session 11's rules: 94.9 % recall (37/39), 9.9 % false flags (9/91); after them 94.9 % / 2.2 %
// (2/91). The rules were written from these cases, so held-out is the honest measure.
const session11PrecisionGate = { overallRecall: 0.94, falseFlags: 0.035 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v81–v86, session 11 precision)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 81 && caseNumber(verifyCase.id) <= 86,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted faults at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(39);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      session11PrecisionGate.overallRecall,
    );
  });

  it('flags few correct sentences although numbers were said in words', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(90);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      session11PrecisionGate.falseFlags,
    );
  });
});

// v91–v96 (session 11): chest pain with a father's infarction and a mother's breast cancer, a
// mother speaking for a feverish child with otitis, a twisted knee, migraine in nynorsk, biliary
// pain with the husband's gallstones, pneumonia in nynorsk with the daughter — aimed at dialogue
// structure: short answers carrying the question's scope ("Svikter det?" "Nei, det har ikke
// sviktet"; "Nei, men eg blir lyssky"), relatives' own illnesses, examination findings never said
// or said normal together ("Kraft og kjensle … er normal"), and sides. Committed before session
// 11's rules; the old verifier: 83.9 % recall (73/87), 8.9 % false flags (10/112). After them
// (written partly from these cases, so held-out is the honest measure): 89.7 % (78/87) / 8.9 %.
const session11CasesGate = { overallRecall: 0.87, falseFlags: 0.1 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v91–v96, session 11)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 91 && caseNumber(verifyCase.id) <= 96,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted negation flips, borrowed illnesses and invented findings at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(85);
    expect(evaluation.faults.negation.total).toBeGreaterThanOrEqual(30);
    expect(evaluation.faults['relative-as-patient'].total).toBeGreaterThanOrEqual(10);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      session11CasesGate.overallRecall,
    );
  });

  it('flags few correct sentences although relatives speak and answers are short', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(110);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      session11CasesGate.falseFlags,
    );
  });
});

// v106–v112 (session 15): seven consultations — low back pain at the legevakt in nynorsk, a child's
// cough with the grandmother, orthostatic dizziness with the daughter, pregnancy week 32 with a
// sister's preeclampsia, a contact-lens corneal ulcer in trøndersk, tonsillitis in nordnorsk with
// the mother, DVT in bergensk — aimed at negation, laterality, relatives' illnesses and invented
// findings, with clinical paraphrases. Committed before session 15's rules; the old verifier:
// 78.9 % recall (86/109), 6.8 % false flags (8/117). After them (written partly from these cases,
// so held-out is the honest measure): 84.4 % (92/109) / 4.3 % (5/117); gated a fault below.
const session15CasesGate = { overallRecall: 0.83, falseFlags: 0.043 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v106–v112, session 15)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 106 && caseNumber(verifyCase.id) <= 112,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted faults of the weak kinds at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(105);
    expect(evaluation.faults.negation.total).toBeGreaterThanOrEqual(30);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      session15CasesGate.overallRecall,
    );
  });

  it('flags few correct sentences although they paraphrase and relatives speak', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(115);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      session15CasesGate.falseFlags,
    );
  });
});

// v113–v117 (session 16): five consultations — de Quervain's tenosynovitis after childbirth in
// nynorsk, a child's atopic eczema with the father in sørlandsk, a blood-pressure check with the
// wife in Oslo, acne in a teenager with the mother in nynorsk, reflux in a lorry driver in
// nordnorsk with the brother's gastric cancer — aimed at negation, laterality, relatives'
// histories and clinical synonyms of lay words. Committed before session 16's rules; the old
// verifier: 83.3 % recall (65/78), 11.0 % false flags (9/82). After the lead's lexicon pairs
// (tenosynovitt = seneskjedebetennelse, ventrikkelcancer = magekreft): 83.3 %, 8.5 % (7/82).
const session16CasesGate = { overallRecall: 0.833, falseFlags: 0.086 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v113–v117, session 16)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 113 && caseNumber(verifyCase.id) <= 117,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted faults of every kind at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(75);
    expect(evaluation.faults.negation.total).toBeGreaterThanOrEqual(12);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      session16CasesGate.overallRecall,
    );
  });

  it('flags few correct sentences although they paraphrase lay speech and relatives speak', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(80);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      session16CasesGate.falseFlags,
    );
  });
});

// v118–v121 (session 17): four consultations — maxillary sinusitis in sunnmørsk nynorsk,
// hyperthyroidism in Gudbrandsdal dialect, a concussion after a bicycle fall in stavangersk with the
// father, diverticulitis in Solør dialect with the wife — aimed at negation said in paraphrase
// ("pusten går greit", "nakken er fin", "aldri hatt", "slapp for det", "ingenting sånt", "nei
// vent"), answers to two-part questions and clinician synonyms of dialect words. Committed before
// session 17's rules; the old verifier: 84.4 % recall (54/64; negation 14/20), 11.8 % false flags
// (11/93). After them (written partly from these cases, so held-out is the honest measure):
// 90.6 % (58/64; negation 17/20) / 3.2 % (3/93); gated a fault below and a sentence above.
const session17CasesGate = { overallRecall: 0.89, falseFlags: 0.044 } as const;

describe('verifier fault-injection suite (eval/verify/cases, v118–v121, session 17)', () => {
  // By name: a second session-17 series (v118–v120, invented content and relatives) shares the
  // numbers.
  const names = [
    'sinusitt-laerar',
    'hypertyreose-gudbrandsdal',
    'hjernerystelse-sykkel',
    'divertikulitt-solor',
  ];
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter((verifyCase) =>
    names.some((name) => verifyCase.id.includes(name)),
  );
  const evaluation = evaluateVerifier(cases);

  it('flags planted negation flips said in paraphrase at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(60);
    expect(evaluation.faults.negation.total).toBeGreaterThanOrEqual(20);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(
      session17CasesGate.overallRecall,
    );
  });

  it('flags few correct sentences although dialect words are written as clinical terms', () => {
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(90);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(
      session17CasesGate.falseFlags,
    );
  });
});

// The second session-17 series (v118–v120 by name): knee effusion in an elderly woman with her son
// in sunnmørsk, a toddler's conjunctivitis with the father in Rogaland, snoring and apnoea with the
// wife in Valdres — invented findings and diagnoses, a relative's illness or drug as the patient's,
// sides and frequencies in dialect. Old rules: 57.1 % recall (32/56), 19.0 % false flags (12/63);
// after session 17's rules (written from them) and session 18's: 76.8 % (43/56) / 1.6 % (1/63);
// gated a fault below and a sentence above.
describe('verifier fault-injection suite (eval/verify/cases, v118–v120 invented content, session 17)', () => {
  const names = [
    'kne-eldre-sonn-sunnmore',
    'oyebetennelse-barn-far-rogaland',
    'snorking-kona-valdres',
  ];
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter((verifyCase) =>
    names.some((name) => verifyCase.id.includes(name)),
  );
  const evaluation = evaluateVerifier(cases);

  it('flags invented findings and borrowed illnesses at the gated recall', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(56);
    expect(evaluation.faults['invented-finding'].total).toBeGreaterThanOrEqual(12);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.75);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.032);
  });
});

// v122–v125 (session 18): BPPV in hallingdalsk with a sister's MS, a cough in nordmørsk with the
// wife's own asthma, a health check in Salten dialect with the father's infarction, contraception in
// jærsk with the mother's DVT — aimed at dialect negators ("kje", "kji", "ikkji", "ække", "ha'kje").
// Committed before session 18's rules: 78.4 % recall (40/51; negation 10/19), 20.6 % false flags
// (13/63); after them (written from these cases): 90.2 % (46/51) / 12.7 % (8/63).
describe('verifier fault-injection suite (eval/verify/cases, v122–v125, session 18)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 122 && caseNumber(verifyCase.id) <= 125,
  );
  const evaluation = evaluateVerifier(cases);

  it('flags negation flips said in dialect and keeps false flags down', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(50);
    expect(evaluation.faults.negation.detected).toBeGreaterThanOrEqual(16);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.128);
  });
});

// v126–v129 (session 18): a nasal fracture in romsdalsk, weight and prediabetes in vossamål,
// exercise asthma in hallingmål, BPPV in Nordfjord nynorsk — correct notes in clinical terms of
// dialect speech. Old verifier: 78.7 % (48/61) / 22.2 % (26/117); after session 18's rules (written
// from them): 78.7 % / 4.3 % (5/117); gated a fault below and a sentence above.
describe('verifier fault-injection suite (eval/verify/cases, v126–v129, session 18)', () => {
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter(
    (verifyCase) => caseNumber(verifyCase.id) >= 126 && caseNumber(verifyCase.id) <= 129,
  );
  const evaluation = evaluateVerifier(cases);

  it('keeps recall and flags few clinical terms for dialect words', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(60);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(115);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.77);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.052);
  });
});

// v130–v137 (session 19, by name): blood pressure with home readings in østfoldsk and the wife's
// diabetes, gout in solørsk with the wife's psoriasis, croup in helgelandsk with the mother's
// asthma, a nasal injury in telemarksk with the wife's migraine, COPD in finnmarksk with the son
// listing both parents' illnesses, palpitations in valdresmål with the daughter's hypothyroidism,
// shingles in sunnmørsk with the wife's polymyalgia, iron deficiency in nynorsk with the mother's
// hypothyroidism — a "nei" then "jo", relatives' own illnesses, durations in dialect, seconds.
// Committed before session 19's rules: 88.6 % recall (109/123; negation 19/26), 14.0 % false flags
// (24/172); after them (written from these cases): 93.5 % (115/123; negation 24/26) / 7.0 %
// (12/172); gated a fault below and a sentence above.
describe('verifier fault-injection suite (eval/verify/cases, v130–v137, session 19)', () => {
  const names = [
    'blodtrykk-ostfold-kona-sukkersyke',
    'podagra-solor-kona-psoriasis',
    'pseudokrupp-helgeland-mor-astma',
    'nesetraume-telemark-kona-migrene',
    'kols-finnmark-sonn-hjertesvikt',
    'hjertebank-valdres-dotter-stoffskifte',
    'helvetesild-sunnmore-kona-polymyalgi',
    'jernmangel-nynorsk-mor-stoffskifte',
  ];
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter((verifyCase) =>
    names.some((name) => verifyCase.id.includes(name)),
  );
  const evaluation = evaluateVerifier(cases);

  it('flags negation flips and borrowed illnesses said in dialect and keeps false flags down', () => {
    expect(cases).toHaveLength(names.length);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(120);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(170);
    expect(evaluation.faults.negation.detected).toBeGreaterThanOrEqual(23);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.926);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.076);
  });
});

// v140–v146 (session 20, by name): a head injury on ice at the legevakt, a post-viral cough at the
// GP in nynorsk, a ward round for pneumonia with the daughter, delirium in a nursing home in
// trøndersk with the son, a child's abdominal pain with the mother, panic disorder in psychiatry,
// pelvic pain with an IUD in nynorsk — weighted toward what a language model invents: findings never
// examined, normal results of tests never taken, differentials written as the conclusion, drugs of
// the same class or a relative's, dates and ages shifted. Committed before session 20's rules:
// 62.6 % recall (62/99; invented finding 14/39), 7.4 % false flags (9/121); after session 20's
// rules (written from them): 82.8 % (82/99; invented finding 30/39) / 7.4 % (9/121); gated a fault
// below and a sentence above.
describe('verifier fault-injection suite (eval/verify/cases, v140–v146, session 20)', () => {
  const names = [
    'legevakt-hodeslag-isen-bokmal',
    'fastlege-hoste-nynorsk-sunnfjord',
    'sengepost-pneumoni-dotter-visitt',
    'sykehjem-uro-sonn-trondersk',
    'barn-magesmerter-mor-bokmal',
    'psykiatri-angst-poliklinikk',
    'gyn-bekkensmerter-nynorsk-hardanger',
  ];
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter((verifyCase) =>
    names.some((name) => verifyCase.id.includes(name)),
  );
  const evaluation = evaluateVerifier(cases);

  it('flags invented findings, diagnoses, drugs and dates and keeps false flags down', () => {
    expect(cases).toHaveLength(names.length);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(99);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(120);
    expect(evaluation.faults['invented-finding'].detected).toBeGreaterThanOrEqual(29);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.818);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.083);
  });
});

// v150–v157 (session 20, by name): a knee in nordlandsk with the mother's osteoarthritis,
// palpitations in vestfoldsk with the wife's atrial fibrillation and a Holter "ei uke", a thigh
// DVT in stril with the sister's, a shoulder in kvensk-influenced Finnmark speech with the son's
// Bechterew, low back pain from a Polish speaker with a correction, a child's otitis with an
// Arabic-speaking father's asthma said by the child, an ankle in teenage slang with the mother's
// arthritis, pneumonia in gudbrandsdalsk with the husband's heart failure — "nei" then a later
// "men …", "den andre", "bare det høyre", denials tied to a place, durations in dialect.
// Committed before session 20's rules: 79.7 % recall (98/123; negation 22/36, laterality 15/22),
// 9.3 % false flags (14/150); after them: 82.9 % (102/123; negation 23/36, laterality 18/22,
// relative-as-patient 14/15) / 4.7 % (7/150); gated a fault below and a sentence above.
describe('verifier fault-injection suite (eval/verify/cases, v150–v157, session 20)', () => {
  const names = [
    'kne-nordlandsk-mor-artrose',
    'hjertebank-vestfold-kona-flimmer',
    'dvt-laar-stril-syster',
    'skulder-kvensk-finnmark-sonn-bechterew',
    'lumbago-polsk-kona-prolaps',
    'otitt-barn-arabisk-far-astma',
    'ankel-ungdomsslang-mor-leddgikt',
    'pneumoni-gudbrandsdal-mannen-hjertesvikt',
  ];
  const cases = (loadVerifyCases(devCasesDirectory) ?? []).filter((verifyCase) =>
    names.some((name) => verifyCase.id.includes(name)),
  );
  const evaluation = evaluateVerifier(cases);

  it('flags sides, denials and borrowed illnesses said in dialect and keeps false flags down', () => {
    expect(cases).toHaveLength(names.length);
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(120);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(150);
    expect(evaluation.faults.laterality.detected).toBeGreaterThanOrEqual(17);
    expect(evaluation.faults.negation.detected).toBeGreaterThanOrEqual(22);
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.821);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.054);
  });
});

// Session 22: after the session's four verifier branches were merged (`npm run eval:verify`), recall
// gates of v3, v4, v5, v6, v9, v11, v12 and v13 raised to the level measured and the false-flag gates
// of v4 and v13 to a sentence above it; after the second round, the false-flag gates of v1, v5, v6,
// v7 and v8 to a sentence above the new level (18/278, 16/205, 21/200, 14/209, 12/165); none lowered.
describe('verifier fault-injection suite, held-out (eval/verify/heldout)', () => {
  const cases = loadVerifyCases(heldOutCasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 60 planted faults', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(60);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Measured 79.6 % recall and 9.0 % false flags after session 6's verifier round (9.7 % false
    // flags before it); 79.6 % / 9.7 % after session 5's merge (78.6 % / 9.4 % before it); was
    // 75.5 % / 11.2 %, and 66.3 % / 14.4 % before that. Session 7: 79.6 % / 8.6 %.
    // Session 14: 81.6 % (80/98) / 6.8 % (19/278) after the session's verifier rules; gated a
    // fault below and a sentence above.
    // Session 27: tightened to the measured counts (80/98, 16/278; `npm run eval:verify`).
    // Session 31: raised to the measured counts after the session's rules (81/98 = 0.8265, 15/278 =
    // 0.0540; `npm run eval:verify`).
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.826);
    // Session 9's precision round: 79.6 % / 7.2 %.
    // Session 23: false flags 16/278 after the session's verifier rules; gated a sentence above.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.054);
  });
});

// The later held-out sets (v2 …): one row each in later-heldout-sets.ts, gated at the level first
// measured and only ever raised (who wrote each and how its gate moved: heldout-sets.md). One
// fault fewer flagged or one correct sentence more flagged fails the build.
describe('verifier fault-injection suite, later held-out sets (eval/verify/heldout-vN)', () => {
  it('has a row for every heldout-vN directory and a directory for every row, oldest first', () => {
    const onDisk = readdirSync(import.meta.dirname, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => LATER_HELDOUT_DIRECTORY.exec(entry.name)?.[1] ?? [])
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    expect(LATER_HELDOUT_SETS.map((set) => set.name)).toEqual(onDisk);
  });

  for (const set of LATER_HELDOUT_SETS) {
    describe(`held-out set ${set.name}`, () => {
      const cases = loadVerifyCases(laterHeldoutCasesDirectory(set.name)) ?? [];
      const evaluation = evaluateVerifier(cases);

      it('is present and keeps its size and every fault kind', () => {
        expect(findVerifyCaseProblems(cases)).toEqual([]);
        expect(evaluation.cases).toBe(set.cases);
        expect(evaluation.faultTotal).toBeGreaterThanOrEqual(set.minFaults);
        expect(evaluation.correctSentences).toBeGreaterThanOrEqual(set.minCorrectSentences);
        for (const kind of faultKinds)
          expect(evaluation.faults[kind].total, kind).toBeGreaterThanOrEqual(set.minFaultsPerKind);
      });

      it('keeps fault recall and false flags at its gate', () => {
        expect(evaluation.detectedTotal).toBeGreaterThanOrEqual(set.minDetected);
        expect(evaluation.falseFlags.length).toBeLessThanOrEqual(set.maxFalseFlags);
      });
    });
  }
});
