/*
 * Session 30h: known defects of the builtin engine (issue 12), each on fresh synthetic text (not
 * the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe("a relative's illness told as the reason for the visit", () => {
  it.each([
    ['Det er kona mi.', 'Hun', /^Kone har fått Parkinson/u],
    ['Det er Per, mannen min.', 'Han', /^Ektemann har fått Parkinson/u],
  ])('names the relative in Kontaktårsak after «%s»', async (introduction, pronoun, expected) => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
      [
        'pasient',
        `${introduction} ${pronoun} har fått Parkinson, og det blir verre for hver måned. Jeg sover nesten ikke.`,
      ],
    ]);
    const reason = section(output, 'kontaktarsak');
    expect(reason).toMatch(expected);
    expect(reason).not.toMatch(/^(?:Hun|Han|Har fått)/u);
    expect(output.diagnoses.map((diagnosis) => diagnosis.text).join(' ')).not.toMatch(
      /Parkinson/iu,
    );
  });
});

describe("the clinician's prohibition of an acne drug", () => {
  it.each([
    ['Du skal ikke bruke Roaccutan nå.', /Skal ikke bruke Roaccutan/u],
    ['Du skal ikke bruke isotretinoin mens du ammer.', /Skal ikke bruke isotretinoin/u],
  ])('keeps «%s» in Tiltak', async (said, expected) => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har fått akne i ansiktet igjen.'],
      ['lege', said],
      ['pasient', 'Nei vel, det skjønner jeg.'],
    ]);
    expect(section(output, 'tiltak')).toMatch(expected);
  });
});

describe('a conditional or ruled-out diagnosis gives no code', () => {
  it.each([
    ['Hvis det blir en lungebetennelse, så må du ringe meg.', /R81|J18/u],
    ['Dersom det blir en ørebetennelse, kan du komme tilbake.', /H71|H66/u],
    ['Vi tar et røntgenbilde for å utelukke lungebetennelse.', /R81|J18/u],
  ])('writes no code for «%s»', async (said, code) => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hostet i en uke og har vondt i halsen.'],
      ['lege', said],
      ['pasient', 'Ja, det skal jeg gjøre.'],
    ]);
    expect(output.diagnoses.map((diagnosis) => diagnosis.code).join(' ')).not.toMatch(code);
  });

  it('still codes the diagnosis the clinician makes', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hostet i en uke og har feber.'],
      ['lege', 'Du har en lungebetennelse, og hvis det blir verre, må du ringe meg.'],
    ]);
    expect(output.diagnoses.map((diagnosis) => diagnosis.code).join(' ')).toMatch(/R81/u);
  });
});

describe('a temperature moved to another day by a spoken correction', () => {
  it('keeps only the value said last', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt feber og vondt i øret siden fredag.'],
      ['lege', 'Har du målt temperaturen?'],
      ['pasient', 'Ja, i natt var den 38,4. Nei vent, det var i går kveld. I natt var den 39,1.'],
    ]);
    const note = allText(output);
    expect(note).toMatch(/39,1/u);
    expect(note).not.toMatch(/38,4/u);
    // The answer is still a yes: the correction's «Nei vent» is no answer.
    expect(note).not.toMatch(/Ikke målt/u);
  });
});

describe("the patient's own clause after an introduced relative stays the patient's", () => {
  it("writes «jeg har hostet opp blod» as its own sentence, not the daughter's (review s30r H3)", async () => {
    const output = await draft([
      ['lege', 'Hva bringer deg hit i dag, og hvem har du med deg?'],
      [
        'pasient',
        'Det er datteren min. Hun har fulgt meg hit, jeg har hostet opp blod i to dager.',
      ],
    ]);
    const reason = section(output, 'kontaktarsak');
    expect(reason).toMatch(/hostet opp blod/iu);
    expect(reason).not.toMatch(/(?:Datter|Hun)[^.]*hostet opp blod/iu);
  });
});
