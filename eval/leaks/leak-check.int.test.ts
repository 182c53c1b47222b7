import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findLeaks } from './find-leaks.js';
import { countLeaks, leakCheckSets, loadConsultations, runLeakCheck } from './run-leak-check.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('findLeaks', () => {
  it('finds a name inside an e-mail address, a surname alone and a phone number regrouped', () => {
    const leaks = findLeaks(
      [
        { type: 'PERSON', text: 'Hedda Lysaker' },
        { type: 'PHONE', text: '913 40 268' },
        { type: 'ID', text: '02118912345' },
      ],
      'Send svar til hedda.k@example.no. Lysakers mor ringte fra 91 34 02 68.',
    );
    expect(leaks.map((leak) => `${leak.part.kind}:${leak.part.text}`)).toEqual([
      'name:Hedda',
      'digits:91340268',
    ]);
  });

  it('finds nothing in text where every identifier was replaced', () => {
    const leaks = findLeaks(
      [
        { type: 'PERSON', text: 'doktor Hedda Lysaker' },
        { type: 'ADDRESS', text: 'Furulia 12' },
        { type: 'ADDRESS', text: 'Postboks 214' },
      ],
      'Doktor Marte Brenden ringte fra Bjørkeveien 40. Svar til Postboks 966. Kontroll om 12 dager.',
    );
    expect(leaks).toEqual([]);
  });
});

describe('end-to-end leak check (openai engine, capturing server)', () => {
  it('sends no part of a direct identifier of any development consultation to the model', async () => {
    const consultations = await loadConsultations(root, leakCheckSets.dev);
    expect(consultations.length).toBeGreaterThanOrEqual(10);
    const results = await runLeakCheck(consultations);
    for (const result of results) {
      // The transcript did reach the model (pseudonymized): otherwise there is nothing to check.
      expect(result.requests).toBeGreaterThan(0);
      expect(result.sentCharacters).toBeGreaterThan(result.transcriptCharacters * 0.8);
    }
    const leaked = results.flatMap((result) =>
      result.leaks.map((leak) => `${result.id}: ${leak.part.type} ${leak.part.text}`),
    );
    expect(leaked).toEqual([]);
  }, 180_000);

  it('sends no part of a direct identifier of any held-out consultation to the model', async () => {
    // Held-out consultations are written by someone who never read the recognizers; only the
    // count is asserted so their identifiers are never printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldout);
    expect(consultations.length).toBeGreaterThanOrEqual(6);
    const results = await runLeakCheck(consultations);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('keeps the leaks of the later held-out consultations (v2–v5) at the level measured', async () => {
    // Issue 10's target is 0. Measured at the end of session 7, when these sets were first run
    // through the whole pipeline: 2 parts of a person's name, one consultation in v3 and one in
    // v4 (none in v2 or v5). Gated there so a new leak fails the build; counts only, so no
    // held-out identifier is ever printed. Session 16 (s16-deid's name rules): 1 part, one
    // consultation; gated there.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutLater);
    expect(consultations.length).toBeGreaterThanOrEqual(25);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBeLessThanOrEqual(1);
  }, 240_000);

  it('sends no part of a direct identifier of the sixth held-out consultations (v6) to the model', async () => {
    // Written in session 8 by an author who never read the recognizers. Measured at the start of
    // session 8: 0 parts in 6 consultations. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV6);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the seventh held-out consultations (v7) to the model', async () => {
    // Written in session 9 by an author who never read the recognizers. Measured at the start of
    // session 9: 0 parts in 6 consultations. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV7);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the eighth held-out consultations (v8) to the model', async () => {
    // Written in session 11 by an author who never read the recognizers. Measured at the start of
    // session 11: 0 parts in 6 consultations. Counts only, so no
    // held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV8);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the ninth held-out consultations (v9) to the model', async () => {
    // Written in session 14 by an author who never read the recognizers. Measured on the branch
    // that added it: 0 parts in 8 consultations. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV9);
    expect(consultations.length).toBe(8);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the tenth held-out consultations (v10) to the model', async () => {
    // Written in session 17 by an author who never read the recognizers. Measured on the branch
    // that added it: 0 parts in 8 consultations. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV10);
    expect(consultations.length).toBe(8);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the eleventh held-out consultations (v11) to the model', async () => {
    // Written in session 18 by an author who never read the recognizers. Measured on the branch
    // that added it: 0 parts in 8 consultations. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV11);
    expect(consultations.length).toBe(8);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the twelfth held-out consultations (v12) to the model', async () => {
    // Written in session 19 by an author who never read the recognizers. Measured on the branch
    // that added it: 0 parts in 8 consultations. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV12);
    expect(consultations.length).toBe(8);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the thirteenth held-out consultations (v13) to the model', async () => {
    // Written in session 21 by an outside author who never read the recognizers. Measured on the
    // branch that added it: 0 parts in 6 consultations. Counts only, so no held-out identifier is
    // printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV13);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the fourteenth held-out consultations (v14) to the model', async () => {
    // Written in session 22 by an outside author who never read the recognizers. Measured on the
    // branch that added it: 0 parts in 6 consultations. Counts only, so no held-out
    // identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV14);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the fifteenth held-out consultations (v15) to the model', async () => {
    // Written in session 23 by an outside author who never read the recognizers. Measured on the
    // branch that added it: 0 parts in 6 consultations. Counts only, so no held-out
    // identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV15);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the sixteenth held-out consultations (v16) to the model', async () => {
    // Written in session 24 by an outside author who never read the recognizers. Measured on the
    // branch that added it: 0 parts in 6 consultations. Counts only, so no held-out
    // identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV16);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the seventeenth held-out consultations (v17) to the model', async () => {
    // Written in session 25 by an outside author who never read the recognizers. Measured on the
    // branch that added it: 0 parts in 6 consultations. Counts only, so no held-out
    // identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV17);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the eighteenth held-out consultations (v18) to the model', async () => {
    // Written in session 26 by an outside author who never read the recognizers. Measured on the
    // branch that added it: 0 parts in 6 consultations. Counts only, so no held-out
    // identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV18);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the nineteenth held-out consultations (v19) to the model', async () => {
    // Written in session 27 by an outside author who never read the recognizers. Measured on the
    // branch that added it: 0 parts in 6 consultations. Counts only, so no held-out
    // identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV19);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the twentieth held-out consultations (v20) to the model', async () => {
    // Written in session 28 by an outside author who never read the recognizers. Measured on the
    // branch that added it: 0 parts in 6 consultations. Counts only, so no held-out
    // identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV20);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the twenty-first held-out consultations (v21) to the model', async () => {
    // Written in session 29 by an outside author who never read the recognizers. Measured on the
    // branch that added it: 0 parts in 6 consultations. Counts only, so no held-out
    // identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV21);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the twenty-second held-out consultations (v22) to the model', async () => {
    // Written in session 30 by an outside author who never read the recognizers. Measured once on
    // the branch that added it, recognizers unchanged: 1 part (a phone number said in words) in 1
    // of 6 consultations; gated at that level. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV22);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBeLessThanOrEqual(1);
  }, 180_000);

  it('sends no part of a direct identifier of the twenty-third held-out consultations (v23) to the model', async () => {
    // Written in session 31 by an outside author who never read the recognizers. Measured once on
    // the branch that added it, recognizers unchanged: 2 parts (an address, 2 mentions) in 1 of 6
    // consultations; gated at that level. Counts only, so no held-out identifier is printed.
    // Session 37 (the s37e street rules): 0 parts.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV23);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the twenty-fourth held-out consultations (v24) to the model', async () => {
    // Written in session 32 by an outside author who never read the recognizers. Measured once on
    // the branch that added it, recognizers unchanged: 0 parts in 6 consultations; gated at that
    // level. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV24);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the twenty-fifth held-out consultations (v25) to the model', async () => {
    // Written in session 33 by an outside author who never read the recognizers. Measured once on
    // the branch that added it, recognizers unchanged: 1 part (a phone number, 1 mention) in 1 of 6
    // consultations; gated at that level. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV25);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBeLessThanOrEqual(1);
  }, 180_000);

  it('sends no part of a direct identifier of the twenty-sixth held-out consultations (v26) to the model', async () => {
    // Written in session 34 by an outside author who never read the recognizers. Measured once on
    // main 03bbf29b, recognizers unchanged: 2 parts (an address, 2 mentions) in 1 of 6
    // consultations; gated at that level. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV26);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBeLessThanOrEqual(2);
  }, 180_000);

  it('sends no part of a direct identifier of the twenty-seventh held-out consultations (v27) to the model', async () => {
    // Written in session 35 by an outside author who never read the recognizers. Measured on the
    // main d7544b6f, recognizers unchanged: 0 parts. Counts only, so no held-out identifier is
    // printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV27);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBe(0);
  }, 180_000);

  it('sends no part of a direct identifier of the twenty-eighth held-out consultations (v28) to the model', async () => {
    // Written in session 36 by an outside author who never read the recognizers. Measured once on
    // main 2258f2c9, recognizers unchanged: 11 parts (18 mentions: persons, phone numbers and
    // addresses) in 5 of 6 consultations — an open defect of issue 10; gated at that level so it
    // can only improve. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV28);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    // Session 37 (fresh dev consultations cases-s37d/s37e and their rules): 8 parts in 4 of 6.
    expect(countLeaks(results).parts).toBeLessThanOrEqual(8);
  }, 180_000);

  it('sends no part of a direct identifier of the twenty-ninth held-out consultations (v29) to the model', async () => {
    // Written in session 37 by an outside author who never read the recognizers. Measured once on
    // main 17d8c5b8, recognizers unchanged: 9 parts (13 mentions: persons and phone numbers) in 5
    // of 6 consultations — the same open defect of issue 10 as v28; gated at that level so it can
    // only improve. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV29);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBeLessThanOrEqual(9);
  }, 180_000);

  it('sends no part of a direct identifier of the thirtieth held-out consultations (v30) to the model', async () => {
    // Written in session 38 by an outside author who never read the recognizers. Measured once on
    // main 7db013d0, recognizers unchanged: 8 parts (9 mentions: addresses and a person's name) in
    // 3 of 6 consultations — the open defect of issue 10; gated at that level so it can only
    // improve. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV30);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBeLessThanOrEqual(7); // session 39 (s39d address frames): 8 -> 7
  }, 180_000);

  it('sends no part of a direct identifier of the thirty-first held-out consultations (v31) to the model', async () => {
    // Written in session 39 by an outside author who never read the recognizers. Measured once on
    // main 67448402, recognizers unchanged: 4 parts (5 mentions: a phone number, an address and a
    // person's name) in 2 of 6 consultations — the open defect of issue 10; gated at that level so
    // it can only improve. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV31);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBeLessThanOrEqual(2); // session 39 rules: 4 -> 2
  }, 180_000);

  it('sends no part of a direct identifier of the thirty-second held-out consultations (v32) to the model', async () => {
    // Written in session 40 by an outside author who never read the recognizers. Measured once on
    // main 4d9893d7, recognizers unchanged: 4 parts (4 mentions: two parts of a person's name and a
    // phone number) in 1 of 6 consultations — the open defect of issue 10; gated at that level so
    // it can only improve. Counts only, so no held-out identifier is printed.
    const consultations = await loadConsultations(root, leakCheckSets.heldoutV32);
    expect(consultations.length).toBe(6);
    const results = await runLeakCheck(consultations);
    for (const result of results) expect(result.requests).toBeGreaterThan(0);
    expect(countLeaks(results).parts).toBeLessThanOrEqual(4);
  }, 180_000);
});
