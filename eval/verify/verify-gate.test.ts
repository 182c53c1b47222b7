/**
 * The verifier's fault-injection targets, gated in CI (issue 11 §8). Issue targets: ≥ 90 % of
 * planted faults flagged `warning` or `error`, every kind ≥ 75 %, ≤ 10 % of correct sentences
 * flagged. Gated at what the verifier reaches on the development set, with a small margin, so a
 * drop fails the build; the kinds below 75 % are gated lower and named in the closing note.
 * The held-out set (`eval/verify/heldout`, written by someone who never read the verifier) is
 * gated too, only on its totals, at the level last measured on it with a small margin, so a drop
 * fails the build; nobody writes rules from its misses.
 */
import { describe, expect, it } from 'vitest';
import {
  devCasesDirectory,
  evaluateVerifier,
  faultKinds,
  heldOutCasesDirectory,
  heldOutV2CasesDirectory,
  heldOutV3CasesDirectory,
  heldOutV4CasesDirectory,
  heldOutV5CasesDirectory,
  heldOutV6CasesDirectory,
  heldOutV7CasesDirectory,
  heldOutV8CasesDirectory,
  heldOutV9CasesDirectory,
  heldOutV10CasesDirectory,
  heldOutV11CasesDirectory,
  heldOutV12CasesDirectory,
  heldOutV13CasesDirectory,
  heldOutV14CasesDirectory,
  heldOutV15CasesDirectory,
  heldOutV16CasesDirectory,
  heldOutV17CasesDirectory,
  heldOutV18CasesDirectory,
  loadVerifyCases,
  type FaultKind,
} from './evaluate-verifier.js';
import { findVerifyCaseProblems } from './find-verify-case-problems.js';

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
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.806);
    // Session 9's precision round: 79.6 % / 7.2 %.
    // Session 23: false flags 16/278 after the session's verifier rules; gated a sentence above.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.062);
  });
});

describe('verifier fault-injection suite, second held-out set (eval/verify/heldout-v2)', () => {
  const cases = loadVerifyCases(heldOutV2CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 140 planted faults and 200 correct sentences', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(140);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(200);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 4 by an author who never read the verifier. Measured 80.4 % recall and
    // 11.2 % false flags on the code before that session's verifier round, 80.4 % / 13.2 % after
    // it (the round's new checks raised false flags here); 81.1 % / 12.8 % after session 5's
    // round; 81.8 % / 12.4 % after session 6's round; 83.1 % / 12.8 % after session 7's (a drug
    // or a cancer only a relative named): gated at that level with a margin. Session 11's
    // precision round: 83.8 % / 11.6 % (28/242), gated a sentence above.
    // Session 14: 85.1 % (126/148) / 11.2 % (27/242) after the session's verifier rules; gated a
    // fault below and a sentence above.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.858);
    // Session 17: 85.1 % / 10.7 % (26/242); session 18 unchanged; false flags gated a sentence above.
    // Session 19: 85.1 % / 10.3 % (25/242); false flags gated a sentence above.
    // Session 22: 85.1 % / 9.5 % (23/242); false flags gated a sentence above.
    // Session 25: 85.8 % (127/148) / 9.5 % (23/242) after the session's verifier rules; gated there.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.096);
  });
});

describe('verifier fault-injection suite, third held-out set (eval/verify/heldout-v3)', () => {
  const cases = loadVerifyCases(heldOutV3CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 150 planted faults and 240 correct sentences', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(150);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(240);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 5 by an author who never read the verifier, its dev cases or the earlier
    // held-out sets (speech-to-text, interpreter, dialects, relatives' own illnesses). Measured
    // 77.7 % recall / 13.2 % false flags on the code before session 5's verifier round, 78.3 % /
    // 14.0 % after it; 79.0 % / 12.8 % after session 6's round (negation 35 → 40 %): gated at that
    // level with a margin. Session 7: 80.9 % / 12.8 % (a relative's history, signs never examined).
    // Session 9: 82.8 % (130/157) / 9.9 % (24/243) (questions without a question mark; negation
    // 40 → 55 %); with session 9's precision round merged 82.8 % / 9.1 % (22/243), gated a fault
    // and a sentence below. Session 11: 83.4 % (131/157) / 9.1 % (a state said once of things
    // joined by "og"), recall gated a fault below.
    // Session 14: 85.4 % (134/157) / 9.1 % (22/243) after the session's verifier rules; gated a
    // fault below and a sentence above.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.878);
    // Sessions 17–18: 85.4 % / 8.2 % (20/243); false flags gated a sentence above.
    // Session 22: 86.0 % / 6.6 % (16/243); false flags gated a sentence above.
    // Session 25: 87.9 % (138/157) / 6.2 % (15/243) after the session's verifier rules; gated there.
    // Session 26: 14/243 false flags (0.0576) after the session's rules; raised to that level.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.058);
  });
});

describe('verifier fault-injection suite, fourth held-out set (eval/verify/heldout-v4)', () => {
  const cases = loadVerifyCases(heldOutV4CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 150 planted faults of every kind and 190 correct sentences', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(150);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(190);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(8);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 6 by an author who never read the verifier, its dev cases or the earlier
    // held-out sets (telephone and home-visit consultations, helsestasjon, occupational health,
    // triage, dictation in lower case, nynorsk and dialect negations, relatives answering).
    // Measured 83.7 % recall (128/153) / 14.6 % false flags (29/199) on the code at the start of
    // session 6, before any of that session's rule changes had been merged; 83.7 % / 11.1 %
    // (22/199) after they were (the author's set was merged first, so no rule was written from it):
    // gated at that level with a margin. Session 7: 85.0 % (130/153) / 11.1 %. Session 8: 85.0 % /
    // 10.6 % (21/199), gated a sentence above that. Session 9: 85.6 % (131/153) / 9.5 % (19/199),
    // with session 9's precision round merged 85.6 % / 9.0 % (18/199); gated a fault and a
    // sentence below.
    // Session 14: 86.3 % (132/153) / 9.0 % (18/199) after the session's verifier rules; gated a
    // fault below and a sentence above.
    // Session 18: 86.9 % (133/153) / 8.5 % (17/199) after the session's dialect-spelling and
    // lexicon rules; gated a fault below and a sentence above.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.875);
    // Session 23: false flags 14/199 after the session's verifier rules; gated a sentence above.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.076);
  });
});

describe('verifier fault-injection suite, fifth held-out set (eval/verify/heldout-v5)', () => {
  const cases = loadVerifyCases(heldOutV5CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 165 planted faults of every kind and 200 correct sentences', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(165);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(200);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(9);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 7 by an author who never read the verifier, its dev cases or the earlier
    // held-out sets (12 cases: legevakt at night, DPS in nynorsk, LAR with an interpreter,
    // physiotherapy, a child with croup and both parents, a nursing-home epikrise with the
    // daughter, antenatal blood pressure, diabetes with a video interpreter, nordnorsk
    // hypertension, sick leave for sciatica, a hip-fracture epikrise with the son, erysipelas;
    // correct notes paraphrase lay words into clinical terms). Measured on the code at the start
    // of session 7, before any of its rule changes were merged: 81.8 % recall (139/170) and 8.8 %
    // false flags (18/205). After session 7's verifier changes were merged (none written from this
    // set, which was merged first): 82.4 % (140/170) and 9.3 % (19/205); gated at that level with a
    // margin of one sentence each. Session 9: 83.5 % (142/170) / 9.3 % (diagnoses only suspected),
    // recall gated a fault below.
    // Session 14: 85.3 % (145/170) / 8.8 % (18/205) after the session's verifier rules; gated a
    // fault below and a sentence above. Session 15: 85.9 % (146/170) / 8.8 %; gated a fault below.
    // Sessions 17–18: 86.5 % (147/170) / 8.8 %; recall gated a fault below.
    // Session 23: recall 150/170 after the session's verifier rules; gated at that level.
    // Session 25: 88.8 % (151/170) / 7.8 % (16/205) after the session's verifier rules; gated there.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.888);
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.079);
  });
});

describe('verifier fault-injection suite, sixth held-out set (eval/verify/heldout-v6)', () => {
  const cases = loadVerifyCases(heldOutV6CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 165 planted faults of every kind and 195 correct sentences', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(165);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(195);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(10);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 8 by an author who never read the verifier, its dev cases or the earlier
    // held-out sets (12 cases: oncology before a chemotherapy cycle, renal colic at the legevakt,
    // occupational noise-induced hearing loss, a school nurse and a teenager with headache,
    // opioid withdrawal in prison, chlamydia at a sexual-health clinic, a toddler's eczema with
    // the mother, iritis with a father with Bechterew, streptococcal tonsillitis, travel
    // vaccination and malaria prophylaxis, a cholecystectomy epikrise, palliative home care in
    // nynorsk with the daughter). Measured on the code at the start of session 8, before any of
    // its rule changes were merged: 83.9 % recall (141/168) and 12.0 % false flags (24/200).
    // After session 8's verifier changes were merged (none written from this set): unchanged,
    // 83.9 % and 12.0 %. Gated at that level with a margin of one sentence each.
    // Session 14: 85.7 % (144/168) / 12.0 % (24/200) after the session's verifier rules; gated a
    // fault below and a sentence above. Session 15: 86.9 % (146/168) / 12.0 %; gated a fault below.
    // Session 22 (negation flips): 87.5 % (147/168), 11.0 % false flags (22/200); gated there.
    // Session 26: 149/168 (0.887) after the session's rules; raised to that level.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.886);
    // Session 23: false flags 20/200 after the session's verifier rules; gated a sentence above.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.105);
  });
});

describe('verifier fault-injection suite, seventh held-out set (eval/verify/heldout-v7)', () => {
  const cases = loadVerifyCases(heldOutV7CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 165 planted faults of every kind and 205 correct sentences', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(165);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(205);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(10);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 9 by an author who never read the verifier, its dev cases or the earlier
    // held-out sets (12 cases: new heart failure with atrial fibrillation at a cardiology
    // outpatient clinic, chronic kidney disease stage 5, pre-eclampsia at an antenatal visit, an
    // ankle fracture at the fracture clinic, delirium in a nursing home with the daughter, a KAD
    // epikrise for pneumonia, LAR follow-up with suicide screening, type 2 diabetes in trøndersk,
    // acute prostatitis with a penicillin allergy, menorrhagia at gynaecology, a memory clinic with
    // the wife, an ACL rupture in nordnorsk). Measured on the code at the start of session 9,
    // before any of its rule changes were merged: 82.2 % recall (139/169) and 7.2 % false flags
    // (15/209). After session 9's verifier rounds were merged: recall unchanged in every kind
    // (82.2 %), false flags 7.7 % (16/209) — one correct sentence more flagged. Gated at the
    // level after the merge with a margin of a fault and a sentence. Session 11: 83.4 % (141/169)
    // / 7.7 % (a question answered "nei" in the reply's own words; a relative's illness matched
    // only by the start of a compound), recall gated a fault below.
    // Session 14: 85.2 % (144/169) / 7.7 % (16/209) after the session's verifier rules; gated a
    // fault below and a sentence above.
    // Session 23: recall 145/169 after the session's verifier rules; gated at that level.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.857);
    // Session 23: false flags 13/209 after the session's verifier rules; gated a sentence above.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.067);
  });
});

describe('verifier fault-injection suite, eighth held-out set (eval/verify/heldout-v8)', () => {
  const cases = loadVerifyCases(heldOutV8CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 170 planted faults of every kind and 165 correct sentences', () => {
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(170);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(165);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(5);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 11 by an author who never read the verifier, its dev cases or any earlier
    // held-out item (12 cases: depression at a DPS with the wife, bronchiolitis in an infant,
    // gestational diabetes, a proximal humerus fracture in nynorsk, nausea before a chemotherapy
    // cycle, renal colic at the legevakt, delirium from a nursing home (epikrise), dyspepsia in a
    // patient speaking Norwegian as a second language, a COPD exacerbation on a home visit in
    // nordnorsk, LAR follow-up, menorrhagia with a fibroid, a stroke epikrise). Measured on main at
    // the start of session 11 (`npm run eval:verify`), no rule changes on the branch that added it:
    // 87.1 % recall (148/170) and 9.1 % false flags (15/165). Gated at measured − 0.005 /
    // + 0.005, so one fault fewer or one sentence more flagged fails.
    // Session 14: 88.2 % (150/170) / 8.5 % (14/165) after the session's verifier rules; gated a
    // fault below and a sentence above.
    // Session 22 (negation flips): 88.8 % (151/170); gated there.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.888);
    // Session 22: 7.9 % (13/165); false flags gated a sentence above.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.079);
  });
});

describe('verifier fault-injection suite, ninth held-out set (eval/verify/heldout-v9)', () => {
  const cases = loadVerifyCases(heldOutV9CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 145 planted faults of every kind and 155 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(145);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(155);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(5);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 14 by an author who never read the verifier, its dev cases or any earlier
    // held-out item (10 cases: polymyalgia rheumatica in nynorsk, an asthma attack in a six-year-old
    // with the father at the legevakt, an erysipelas epikrise, hyperemesis gravidarum with the
    // partner, erythema migrans on Sørlandet, ADHD follow-up of a teenager with the mother, a
    // pulmonary embolism epikrise, herpes zoster in trøndersk, carpal tunnel syndrome in nordnorsk,
    // iron-deficiency anaemia in bergensk). Measured on the branch that added it, no rule changed
    // (`npm run eval:verify`): 90.3 % recall (131/145) and 9.7 % false flags (15/155). Gated at
    // that level, so one fault fewer detected or one correct sentence more flagged fails.
    // Session 23: recall 136/145 after the session's verifier rules; gated at that level.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.937);
    // Session 22: 91.7 % / 9.0 % (14/155); false flags gated a sentence above.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.097);
  });
});

describe('verifier fault-injection suite, tenth held-out set (eval/verify/heldout-v10)', () => {
  const cases = loadVerifyCases(heldOutV10CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 147 planted faults of every kind and 166 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(147);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(166);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(10);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 17 by an author who never read the verifier or any earlier held-out item
    // (the JSON format copied from one development case; 10 cases: gout in østfoldsk, acute otitis
    // media in a three-year-old with the grandmother in hedmarksk, postpartum depression in nynorsk
    // with the partner, a venous leg ulcer at a nursing home in helgelandsk with the nurse, a
    // pre-operative assessment before a knee replacement with the husband, an Achilles tendon
    // rupture at the legevakt in telemarksk, anorexia nervosa follow-up of a teenager with the
    // father in valdresmål, posterior vitreous detachment at the GP in finnmarksk, an acute
    // pancreatitis epikrise with the sister, Parkinson's disease follow-up in sunnmørsk with the
    // husband). Measured on the branch that added it, no rule changed (`npm run eval:verify`):
    // 77.6 % recall (114/147) and 21.7 % false flags (36/166). Gated at that level, so one fault
    // fewer detected or one correct sentence more flagged fails.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.775);
    // Session 22: 78.2 % / 21.1 % (35/166); false flags gated a sentence above.
    // Session 23: false flags 34/166 after the session's verifier rules; gated a sentence above.
    expect(evaluation.falseFlags.length / evaluation.correctSentences).toBeLessThanOrEqual(0.211);
  });
});

describe('verifier fault-injection suite, eleventh held-out set (eval/verify/heldout-v11)', () => {
  const cases = loadVerifyCases(heldOutV11CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 188 planted faults of every kind and 214 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.cases).toBe(10);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(188);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(214);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(10);
  });

  it('keeps fault recall and false flags within one item of the level first measured', () => {
    // Written in session 19 by an author who never read the verifier, the drafter or any earlier
    // held-out item (the JSON format copied from one development case; 10 cases: a kidney stone at
    // the legevakt in stavangersk with the wife, type 1 diabetes follow-up of a teenager with the
    // father in romsdalsk, warfarin/INR control in sognamål with a nynorsk note, a fisherman's hand
    // injury in lofotværing with the brother, adult ADHD medication follow-up in Oslo west speech
    // with the husband, a COPD exacerbation epikrise with a Swedish-speaking patient and the
    // daughter, a pregnancy control with the midwife in tromsøværing with the partner, delirium
    // and polypharmacy at a nursing home with the daughter, sudden sensorineural hearing loss at
    // the ENT specialist with the wife, psoriasis on methotrexate with lab values at the
    // dermatology outpatient clinic with the wife). Measured once on the branch that added it, no
    // rule changed (`npm run eval:verify`): 76.6 % recall (144/188) and 13.1 % false flags
    // (28/214). Gated one fault below and one sentence above that count.
    // After session 19's rules: 77.7 % (146/188), 13.6 % (29/214) — two more faults caught and
    // one more correct sentence flagged (most likely the Swedish negators "nej"/"inte" now read as a no). Recall
    // gated a fault below; false flags at the count reached.
    // Session 24 (lexicon: hjemmeoksygen, lost strength, subfebrile, jaundice …): 150/188 (79.8 %);
    // gated at that count.
    expect(evaluation.detectedTotal).toBeGreaterThanOrEqual(150);
    // Session 22 (negation flips): 28 false flags (29 before); gated at that count.
    // Session 26: 26 false flags (spoken numbers such as «tretti åtte» read as one number); raised.
    expect(evaluation.falseFlags.length).toBeLessThanOrEqual(26);
  });
});

describe('verifier fault-injection suite, twelfth held-out set (eval/verify/heldout-v12)', () => {
  const cases = loadVerifyCases(heldOutV12CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 153 planted faults of every kind and 179 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.cases).toBe(8);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(153);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(179);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(10);
  });

  it('keeps fault recall and false flags within one item of the level first measured', () => {
    // Written in session 21 by an outside author who never read the verifier, the drafter or any
    // held-out item (the JSON format copied from the development cases; 8 cases: croup in a
    // toddler at the legevakt with the mother in bergensk, a first gout attack at the GP in
    // sunnmørsk with the wife, a hip-fracture epikrise from an orthopaedic ward in nordlandsk with
    // the son, bipolar disorder on lithium at a DPS in Oslo east speech with the sister, a six-week
    // postpartum check with a second-language speaker and the husband, baker's asthma at the
    // occupational health service in Telemark speech, a bleeding duodenal ulcer epikrise in
    // Hallingdal speech with the daughter, erysipelas at a nursing home in Hardanger nynorsk with
    // the nurse). Measured once on the branch that added it, no rule changed (`npm run
    // eval:verify`): 87.6 % recall (134/153) and 10.1 % false flags (18/179). Gated one fault below
    // and one sentence above that count.
    expect(evaluation.detectedTotal).toBeGreaterThanOrEqual(134);
    // Session 23: false flags 17/179 after the session's verifier rules; gated at that level.
    expect(evaluation.falseFlags.length).toBeLessThanOrEqual(18);
  });
});

describe('verifier fault-injection suite, thirteenth held-out set (eval/verify/heldout-v13)', () => {
  const cases = loadVerifyCases(heldOutV13CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 182 planted faults of every kind and 181 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.cases).toBe(8);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(182);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(181);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(10);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 22 by an outside author who never read the verifier, the drafter or any
    // held-out item (the JSON format copied from one v12 case; 8 cases: pneumonia in an elderly man
    // at the legevakt in Lofoten speech with the daughter (her own asthma), hypothyroidism on
    // Levaxin at the GP in sørlandsk with the husband (his own hyperthyroidism), a paroxysmal atrial
    // fibrillation epikrise in sunnmørsk with the son correcting himself about whose diabetes it
    // is, a febrile urinary tract infection in a three-year-old with the father in trøndersk (the
    // brother's asthma), depression and social anxiety at a DPS in Gudbrandsdal speech with the
    // mother (her own anxiety), gestational diabetes with a second-language speaker and the husband
    // (his own type 1 diabetes), a ureteric stone epikrise in Haugesund speech with the wife (her
    // gout), delirium at a nursing home in Sunnfjord nynorsk with the nurse and the daughter (her
    // own cystitis)). Measured once on the branch that added it, no rule changed (`npm run
    // eval:verify`): 87.9 % recall (160/182) and 9.4 % false flags (17/181). Gated at exactly
    // that count: one fault fewer or one false flag more fails.
    expect(evaluation.detectedTotal).toBeGreaterThanOrEqual(161);
    expect(evaluation.falseFlags.length).toBeLessThanOrEqual(16);
  });
});

describe('verifier fault-injection suite, fourteenth held-out set (eval/verify/heldout-v14)', () => {
  const cases = loadVerifyCases(heldOutV14CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 206 planted faults of every kind and 208 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.cases).toBe(8);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(206);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(208);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(10);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 23 by an outside author who never read the verifier, the drafter or any
    // held-out item (the JSON format copied from one development case; 8 cases: an antenatal check
    // in week 30 with suspected pre-eclampsia and the partner (his own hypertension and shoulder),
    // a distal radius fracture follow-up at the orthopaedic outpatient clinic in nordlandsk (the
    // sister's osteoporosis), acute otitis media in an 18-month-old with the father in lower-case
    // speech-to-text (his own strep throat, the sister's asthma), a urinary tract infection at a
    // nursing home in trøndersk with the nurse and the daughter on the phone (her own hip
    // replacement and Eliquis), depression at a DPS in nynorsk with a nynorsk note and the mother
    // (her own depression and Cipralex), type 2 diabetes with lab values in lower-case bergensk
    // with the wife (her own Levaxin), hand eczema and an atypical naevus at the dermatologist in
    // stavangersk with the husband (his own psoriasis), an NSTEMI epikrise from a cardiology ward
    // with the son (his own familial hypercholesterolaemia and simvastatin)). Measured once on the
    // branch that added it, no rule changed (`npm run eval:verify`): 75.2 % recall (155/206) and
    // 10.1 % false flags (21/208). Gated at exactly that level: one fault fewer or one false flag
    // more fails.
    // Session 23: recall 156/206 after the session's verifier rules; gated at that level.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.757);
    expect(evaluation.falseFlags.length).toBeLessThanOrEqual(21);
  });
});

describe('verifier fault-injection suite, fifteenth held-out set (eval/verify/heldout-v15)', () => {
  const cases = loadVerifyCases(heldOutV15CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 231 planted faults of every kind and 202 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.cases).toBe(8);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(231);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(202);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(10);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 24 by an outside author who never read the verifier, the drafter or any
    // held-out item (the JSON format copied from the development cases v230–v259; 8 cases: chest
    // pain at the legevakt in trøndersk with the wife (her own atrial fibrillation and Eliquis), a
    // child's asthma with the mother in nynorsk with a nynorsk note (her own hay fever, the
    // father's eczema), falls and a medication review for an 86-year-old with the son on the phone
    // (his own insulin-treated diabetes), a depression and anxiety follow-up with suicide screening
    // (the sister's bipolar disorder and lithium), gout with kidney labs in lower-case bergensk
    // speech-to-text (the brother's dialysis), nausea in early pregnancy in second-language
    // Norwegian with the partner (his own migraine), a knee injury with a referral to orthopaedics
    // in nordnorsk (the father's knee replacement) and a COPD exacerbation epikrise with the
    // daughter (her own asthma and Symbicort)). Measured once on the branch that added it, no rule
    // changed (`npm run eval:verify`): 87.0 % recall (201/231) and 5.9 % false flags (12/202).
    // Gated at exactly that level: one fault fewer or one false flag more fails.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.87);
    expect(evaluation.falseFlags.length).toBeLessThanOrEqual(12);
  });
});

describe('verifier fault-injection suite, sixteenth held-out set (eval/verify/heldout-v16)', () => {
  const cases = loadVerifyCases(heldOutV16CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 246 planted faults of every kind and 203 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.cases).toBe(8);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(246);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(203);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(10);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 25 by an outside author who never read the verifier, the drafter, any
    // development case or any other held-out item (the JSON format taken from the case schema in
    // evaluate-verifier.ts; 8 cases: an antenatal check by a midwife in sunnmørsk with the partner
    // (his own asthma, the mother's pre-eclampsia), occupational asthma in a car painter in
    // trøndersk with the wife (her own cat and pollen allergy, the father's lung cancer), an
    // opioid-substitution (LAR) follow-up in nordnorsk with the mother (her own diabetes, atrial
    // fibrillation and Marevan), sudden hearing loss in lower-case unpunctuated nynorsk
    // speech-to-text with a referral to ENT (the wife's Ménière's disease), acute angle-closure
    // glaucoma at the legevakt in bergensk with the daughter (her own migraine, the sister's
    // glaucoma), psoriasis on methotrexate with the husband (his own Bechterew's disease and
    // Humira, the father's melanoma), delirium and a fall at a nursing home with the nurse and the
    // son on the phone (his own prostate cancer and heart failure) and an epikrise after an
    // operated ankle fracture in a footballer in rogalandsk with the mother (her own DVT and
    // osteoporosis)). Measured once on the branch that added it, no rule changed
    // (`npm run eval:verify`): 80.5 % recall (198/246) and 8.4 % false flags (17/203).
    // Gated at exactly that level: one fault fewer or one false flag more fails.
    // Session 26: 200/246 after the session's rules (signs added to an examined finding, a sign
    // outside the lexicon denied); raised to that level.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.813);
    expect(evaluation.falseFlags.length).toBeLessThanOrEqual(17);
  });
});

describe('verifier fault-injection suite, seventeenth held-out set (eval/verify/heldout-v17)', () => {
  const cases = loadVerifyCases(heldOutV17CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 238 planted faults of every kind and 213 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.cases).toBe(8);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(238);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(213);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(11);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 26 by an outside author who never read the verifier, the drafter, the
    // language rules or any other held-out item (the JSON format taken from the case schema in
    // evaluate-verifier.ts and the development cases; 8 cases: new-onset atrial fibrillation at
    // the GP in trøndersk with the wife (her own diabetes, the father's stroke), a child with
    // otitis and fever at the legevakt in bergensk with the father (his own childhood otitis), a
    // postnatal depression screening in nynorsk with the partner (his own depression), a TIA at
    // the legevakt in lower-case unpunctuated nordnorsk speech-to-text with the daughter (her own
    // migraine with aura), a tick bite with erythema migrans in sørlandsk, an ADHD medication
    // follow-up of a 17-year-old with the mother (her own ADHD and hypothyroidism),
    // iron-deficiency anaemia with lab values in rogalandsk with the husband (his own coeliac
    // disease, the mother's colon cancer) and an epikrise after pneumonia with alcohol withdrawal
    // in sunnmørsk with the son on the phone (his own atrial fibrillation)). Measured once on the
    // branch that added it, no rule changed (`npm run eval:verify`): 80.3 % recall (191/238) and
    // 11.3 % false flags (24/213). Gated at exactly that level: one fault fewer or one false flag
    // more fails.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.8025);
    expect(evaluation.falseFlags.length).toBeLessThanOrEqual(24);
  });
});

describe('verifier fault-injection suite, eighteenth held-out set (eval/verify/heldout-v18)', () => {
  const cases = loadVerifyCases(heldOutV18CasesDirectory) ?? [];
  const evaluation = evaluateVerifier(cases);

  it('is present, with at least 312 planted faults of every kind and 223 correct sentences', () => {
    expect(findVerifyCaseProblems(cases)).toEqual([]);
    expect(evaluation.cases).toBe(8);
    expect(evaluation.faultTotal).toBeGreaterThanOrEqual(312);
    expect(evaluation.correctSentences).toBeGreaterThanOrEqual(223);
    for (const kind of faultKinds) expect(evaluation.faults[kind].total, kind).toBeGreaterThan(20);
  });

  it('keeps fault recall and false flags at the level first measured', () => {
    // Written in session 27 by an outside author who never read the verifier, the drafter, the
    // language rules or any other held-out item (the JSON format taken from the case schema in
    // evaluate-verifier.ts, the section keys from the templates and the development cases; 8
    // cases: a first simple febrile seizure in
    // a toddler at the legevakt with the mother in nynorsk, correcting herself about the day (the
    // father's own febrile seizures and epilepsy, the brother's asthma), a neuropathic diabetic
    // foot ulcer at the GP in trøndersk with the wife (her own leg ulcer and Marevan), panic
    // disorder in lower-case unpunctuated Oslo speech-to-text with the sister (her own panic
    // disorder and sertraline), acute low-back pain with sciatica and red-flag questions at the
    // legevakt in nordlandsk with the wife (her own disc surgery, the father's prostate cancer),
    // contraception counselling of a 17-year-old with the mother (her own DVT on the pill and
    // migraine with aura), Graves' hyperthyroidism with lab values in Sogn nynorsk with the
    // husband (his own hypothyroidism and Levaxin, the mother's goitre), an epikrise after
    // anaphylaxis from a wasp sting in rogalandsk with the wife and a nurse (her own bee allergy
    // and EpiPen) and BPPV with a fall and a medication review of an 81-year-old in bergensk with
    // the daughter (her own Ménière's disease and Betaserc)). Measured once on the branch that
    // added it, no rule changed (`npm run eval:verify`): 77.6 % recall (242/312) and 9.4 % false
    // flags (21/223). Gated at exactly that level: one fault fewer or one false flag more fails.
    expect(evaluation.detectedTotal / evaluation.faultTotal).toBeGreaterThanOrEqual(0.7756);
    expect(evaluation.falseFlags.length).toBeLessThanOrEqual(21);
  });
});
