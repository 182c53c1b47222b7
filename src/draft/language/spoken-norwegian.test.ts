import { describe, expect, it } from 'vitest';
import { toClinicalWording } from './clinical-wording.js';
import { extractNumbers, writeNumbersAsDigits } from './norwegian-numbers.js';
import { isDialectOrNynorsk, normalizeSpokenNorwegian } from './spoken-norwegian.js';

describe('normalizeSpokenNorwegian', () => {
  it('rewrites trøndersk and nynorsk pronouns and negation to bokmål', () => {
    expect(normalizeSpokenNorwegian('Æ har itj sovi i natt.')).toBe('Jeg har ikke sovet i natt.');
    expect(normalizeSpokenNorwegian('Eg veit ikkje kva det er.')).toBe('Jeg vet ikke hva det er.');
  });

  it('rewrites «held vi fram», «kom att» and «brukar» of a nynorsk plan to bokmål', () => {
    expect(normalizeSpokenNorwegian('Då held vi fram med Elvanse.')).toBe(
      'Da fortsetter vi med Elvanse.',
    );
    expect(normalizeSpokenNorwegian('Kom att om seks månader.')).toBe(
      'Kom tilbake om seks måneder.',
    );
    expect(normalizeSpokenNorwegian('Brukar du noko fast?')).toBe('Bruker du noe fast?');
    expect(normalizeSpokenNorwegian('Eg tek det att om kvelden, og eg søv greitt.')).toBe(
      'Jeg tar det igjen om kvelden, og jeg sover godt.',
    );
  });

  it('adds the missing present tense after a dialect subject ("æ e", "æ kjenne")', () => {
    expect(normalizeSpokenNorwegian('Æ e sliten, og æ kjenne det i brystet.')).toBe(
      'Jeg er sliten, og jeg kjenner det i brystet.',
    );
  });

  it('writes a count above one with "ganger" ("ti gang i går" is "ti ganger"), one stays "gang"', () => {
    expect(normalizeSpokenNorwegian('Åtte gang i går. I dag tre gang.')).toBe(
      'Åtte ganger i går. I dag tre ganger.',
    );
    expect(normalizeSpokenNorwegian('Fem-seks gang i går, 10 gang i natt.')).toBe(
      'Fem-seks ganger i går, 10 ganger i natt.',
    );
    expect(normalizeSpokenNorwegian('I dag bare én gang, og en gang til i går.')).toBe(
      'I dag bare én gang, og en gang til i går.',
    );
    expect(normalizeSpokenNorwegian('Hver andre gang, 1 gang, 0,5 gang.')).toBe(
      'Hver andre gang, 1 gang, 0,5 gang.',
    );
  });

  it('writes nynorsk examination and history words in bokmål in any sentence', () => {
    expect(
      normalizeSpokenNorwegian('Nevrologisk undersøking normal, pupillane og refleksar normale.'),
    ).toBe('Nevrologisk undersøkelse normal, pupillene og reflekser normale.');
    expect(normalizeSpokenNorwegian('Ingen plutseleg hodepine på den eine sida.')).toBe(
      'Ingen plutselig hodepine på den ene sida.',
    );
    expect(normalizeSpokenNorwegian('Vanskeleg å halde på urinen, Cerazette i staden.')).toContain(
      'holde på urinen, Cerazette i stedet',
    );
  });

  it('rewrites nynorsk endings only in a nynorsk turn', () => {
    expect(
      normalizeSpokenNorwegian('Sjukmeldinga held fram, to gonger dagleg.', { dialect: true }),
    ).toBe('Sykmeldingen fortsetter, to ganger daglig.');
    expect(normalizeSpokenNorwegian('Han har svar i januar.')).toBe('Han har svar i januar.');
  });

  it('writes nynorsk and northern month and day plurals in bokmål ("ein månad", "to månede")', () => {
    expect(normalizeSpokenNorwegian('Kontroll om ein månad.')).toBe('Kontroll om en måned.');
    expect(normalizeSpokenNorwegian('Æ har ikkje sovi på to månede.')).toBe(
      'Jeg har ikke sovet på to måneder.',
    );
    expect(normalizeSpokenNorwegian('Æ har hatt vondt i tre daga.')).toBe(
      'Jeg har hatt vondt i tre dager.',
    );
  });

  it('keeps the bokmål "har vart" (lasted) and reads a nynorsk "vart" alone as "ble"', () => {
    expect(normalizeSpokenNorwegian('Det har vart i to månader no.')).toBe(
      'Det har vart i to måneder nå.',
    );
    expect(normalizeSpokenNorwegian('Eg vart dårleg i går.', { dialect: true })).toMatch(
      /^Jeg ble /u,
    );
  });

  it('returns bokmål text unchanged', () => {
    const text = 'Jeg har hatt vondt i ryggen i tre uker.';
    expect(normalizeSpokenNorwegian(text)).toBe(text);
    expect(isDialectOrNynorsk(text)).toBe(false);
    expect(isDialectOrNynorsk('No er eg betre.')).toBe(true);
  });
});

describe('toClinicalWording', () => {
  it('writes lay words as the clinical terms a note uses', () => {
    expect(toClinicalWording('Kontroll av sukkersyken. Blodprosenten er 11,2.')).toBe(
      'Kontroll av diabetes. Hb er 11,2.',
    );
    expect(toClinicalWording('Hun har lavt stoffskifte og fikk stivkrampevaksine.')).toBe(
      'Hun har hypotyreose og fikk tetanusvaksine.',
    );
  });

  it('writes a term once when the lay word and the term were said together', () => {
    expect(toClinicalWording('Langtidsblodsukkeret, HbA1c, er 61.')).toBe('HbA1c er 61.');
  });

  it('drops the dummy subject a spoken verb phrase leaves before its term', () => {
    expect(toClinicalWording('Det svir når pas. tisser, og må på do ofte.')).toBe(
      'Dysuri, og må på do ofte.',
    );
    expect(toClinicalWording('Sover godt. Det svir når pas. tisser.')).toBe('Sover godt. Dysuri.');
  });
});

describe('spoken numbers never run across punctuation', () => {
  it('reads "fem hundre, to ganger" as 500 and 2', () => {
    expect(writeNumbersAsDigits('Metformin fem hundre, to ganger om dagen.')).toBe(
      'Metformin 500, 2 ganger om dagen.',
    );
    expect(extractNumbers('fem hundre, to').map((mention) => mention.value)).toEqual([500, 2]);
  });

  it('still reads "hundre og tjueto" and "trettiåtte komma to" as one number', () => {
    expect(writeNumbersAsDigits('hundre og tjueto over åtti, trettiåtte komma to')).toBe(
      '122 over 80, 38,2',
    );
  });

  it('knows the nynorsk "ein" in a decimal', () => {
    expect(writeNumbersAsDigits('trettisju komma ein')).toBe('37,1');
  });
});

describe('one clinical lexicon', () => {
  it('gives the note wording from the same entries the verifier reads', async () => {
    const { clinicalLexicon } = await import('./clinical-lexicon.js');
    const haemoglobin = clinicalLexicon.find((entry) => entry.clinical === 'hemoglobin');
    expect(haemoglobin?.note?.term).toBe('Hb');
    expect(haemoglobin?.lay).toContain('blodprosenten');
    // Every spoken form a note rewrites is one the entry also knows, so the verifier finds it.
    for (const entry of clinicalLexicon)
      for (const form of entry.note?.from ?? [])
        if (!form.includes('pas.'))
          expect([entry.clinical, ...entry.lay].map((word) => word.toLowerCase())).toContain(form);
  });

  it('rewrites a lay word to the entry term in a note', () => {
    expect(toClinicalWording('Hun har hatt flere følinger og fikk stivkrampevaksinen.')).toBe(
      'Hun har hatt flere hypoglykemier og fikk tetanusvaksine.',
    );
  });
});
