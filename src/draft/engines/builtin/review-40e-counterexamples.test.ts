/*
 * Review r40e of session 40e (spoken emergency numbers, «ikkje no, men i går», nynorsk and past
 * death wishes, a bought rope, an allergy taken back): counterexamples in fresh synthetic text.
 * Plain tests are regressions fixed on review; `it.fails` are defects left for a later session.
 */
import { describe, expect, it } from 'vitest';
import { extractNumbers, writeNumbersAsDigits } from '../../language/norwegian-numbers.js';
import {
  allText,
  draftJournalNote,
  sectionText,
  type ConversationLines,
} from './testing/draft-lines.js';

const opening = ['lege', 'Hva kan jeg hjelpe deg med?'] as const;

const anamnesis = async (lines: ConversationLines): Promise<string> =>
  sectionText(await draftJournalNote([opening, ...lines]), 'anamnese');

describe('a dose scheme or a phone number is never an emergency number', () => {
  it('«tar en-en-to tabletter» stays a dose scheme, never «112 tabletter»', () => {
    expect(writeNumbersAsDigits('Hun tar en-en-to tabletter.')).not.toMatch(/112/u);
    expect(extractNumbers('Ta en-en-tre tabletter om dagen.').map((n) => n.value)).not.toContain(
      113,
    );
  });

  it('«Paracet en-en-to» in the note is never «Paracet 112»', async () => {
    const note = allText(
      await draftJournalNote([
        opening,
        ['pasient', 'Jeg har vondt i ryggen.'],
        ['lege', 'Hva bruker du?'],
        ['pasient', 'Paracet en-en-to, og Ibux ved behov.'],
      ]),
    );
    expect(note).not.toMatch(/112/u);
  });

  it('a phone number said after «ring» keeps its digits, never «113 4–5 6–7 8»', () => {
    const said = 'ring en en tre fire fem seks sju åtte';
    expect(writeNumbersAsDigits(said)).not.toMatch(/113/u);
    expect(extractNumbers(said).map((n) => n.value)).toEqual([1, 1, 3, 4, 5, 6, 7, 8]);
  });

  it('«Ring en-en-tre om det blir verre.» is still 113 (must not change)', () => {
    expect(writeNumbersAsDigits('Ring en-en-tre om det blir verre.')).toMatch(/Ring 113 om/u);
    expect(writeNumbersAsDigits('ring en en tre hvis du får brystsmerter')).toMatch(/ring 113/u);
  });
});

describe('a rope, a wish and a being-away that are no suicide talk', () => {
  it('a rope bought for climbing is left out like other small talk', async () => {
    const said = await anamnesis([
      ['pasient', 'Jeg har vondt i fingrene.'],
      ['lege', 'Hva har du drevet med?'],
      ['pasient', 'Jeg har begynt å klatre, jeg har kjøpt et tau og sele.'],
    ]);
    expect(said).not.toMatch(/tau/u);
  });

  it('«eit tau, for båten» is no preparation', async () => {
    const said = await anamnesis([
      ['pasient', 'Eg har vondt i skuldra.'],
      ['lege', 'Kva har skjedd?'],
      ['pasient', 'Eg har kjøpt eit tau, for båten, og drog opp båten åleine.'],
    ]);
    expect(said).not.toMatch(/tau/u);
  });

  it('«eg har kjøpt eit tau som ligg i boden» to the plan question keeps the rope', async () => {
    const said = await anamnesis([
      ['pasient', 'Eg er nedfor.'],
      ['lege', 'Har du tankar om å ta livet ditt?'],
      ['pasient', 'Ja.'],
      ['lege', 'Har du planar?'],
      ['pasient', 'Eg har kjøpt eit tau som ligg i boden.'],
    ]);
    expect(said).toMatch(/tau/u);
  });

  it('a dying mother who «ønsket å dø» is never the reason for the contact', async () => {
    const note = await draftJournalNote([
      opening,
      ['pasient', 'Jeg er lei meg.'],
      ['lege', 'Hva er det som har skjedd?'],
      ['pasient', 'Mor var så syk at hun ønsket å dø til slutt, og nå er hun borte.'],
    ]);
    expect(sectionText(note, 'kontaktarsak')).not.toMatch(/ønsket å dø/u);
  });

  it('«I fjor ynskte eg å døy» is a past death wish, never only «Ingen suicidale tanker»', async () => {
    const said = await anamnesis([
      ['pasient', 'Eg er nedfor.'],
      ['lege', 'Har du tankar om å ta livet ditt?'],
      ['pasient', 'Nei, ikkje no. I fjor ynskte eg å døy.'],
    ]);
    expect(said).toMatch(/døy|dø/u);
  });

  it('«enklare å ikkje vere med på møta» is no death wish kept as talk', async () => {
    const said = await anamnesis([
      ['pasient', 'Eg er sliten.'],
      ['lege', 'Korleis går det på jobb?'],
      ['pasient', 'Det er enklare å ikkje vere med på møta.'],
    ]);
    expect(said).not.toMatch(/[Ee]nkl[ae]re/u);
  });
});

describe('an allergy taken back', () => {
  it('«Er mora di allergisk mot noe?» — «Nei. Jo, forresten, penicillin.» is never the patient’s allergy nor the reason', async () => {
    const note = await draftJournalNote([
      opening,
      ['pasient', 'Mor har vondt i hofta.'],
      ['lege', 'Er mora di allergisk mot noe?'],
      ['pasient', 'Nei. Jo, forresten, penicillin.'],
    ]);
    expect(sectionText(note, 'kontaktarsak')).toMatch(/Mor/u);
    expect(sectionText(note, 'kontaktarsak')).not.toMatch(/[Aa]llergisk/u);
  });

  it.each([
    ['Nei. Jo, mulig.', /mot mulig/u],
    ['Nei. Jo, pappa.', /mot pappa/u],
    ['Nei. Jo, mor er det.', /mot mor/u],
  ])(
    '«%s» to «Er du allergisk mot noe?» never names a hedge or a person as the allergen',
    async (answer, wrong) => {
      const said = await anamnesis([
        ['pasient', 'Jeg har utslett.'],
        ['lege', 'Er du allergisk mot noe?'],
        ['pasient', answer],
      ]);
      expect(said).not.toMatch(wrong);
    },
  );

  it('«Nei. Jo, forresten, nikkel.» to «Har du nokon allergiar?» is still «Allergisk mot nikkel» (must not change)', async () => {
    const said = await anamnesis([
      ['pasient', 'Eg har utslett.'],
      ['lege', 'Har du nokon allergiar?'],
      ['pasient', 'Nei. Jo, forresten, nikkel.'],
    ]);
    expect(said).toMatch(/[Aa]llergisk mot nikkel/u);
  });

  // Defect left: a patient-side speaker telling of the mother's allergy ("Er ho allergisk mot
  // sulfa?" — "Nei. Jo, det er ho.") loses the allergy, as on main; s40e wrote it as the
  // patient's, which also moved other relatives' allergies into Kontaktårsak.
  it.fails('«Er ho allergisk mot sulfa?» — «Nei. Jo, det er ho.» keeps sulfa', async () => {
    const said = await anamnesis([
      ['pasient', 'Mor datt i går.'],
      ['lege', 'Er ho allergisk mot sulfa?'],
      ['pasient', 'Nei. Jo, det er ho.'],
    ]);
    expect(said).toMatch(/sulfa/u);
  });
});

describe('defects left for a later session', () => {
  // The clinician's advice to call 113 lands in Anamnese (as on main), never in Tiltak.
  it.fails('«kjem smerten att, ring en en tre» is in Tiltak', async () => {
    const note = await draftJournalNote([
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'eg har vondt i brystet'],
      ['lege', 'du får nitro. kjem smerten att, ring en en tre.'],
      ['pasient', 'ok'],
    ]);
    expect(sectionText(note, 'tiltak')).toMatch(/113/u);
  });

  // "men ikke nå" loses its «nå»: "For 10 år siden ønsket pas. å dø, men ikke." (as on main).
  it.fails('«For ti år siden ønsket jeg å dø, men ikke nå.» keeps «nå»', async () => {
    const said = await anamnesis([
      ['pasient', 'Jeg er nedfor.'],
      ['lege', 'Har du tanker om å ta livet ditt?'],
      ['pasient', 'Nei. For ti år siden ønsket jeg å dø, men ikke nå.'],
    ]);
    expect(said).toMatch(/ikke nå/u);
  });
});
