import { describe, expect, it } from 'vitest';
import { findDrugMentions, isDrugName } from './drug-names.js';
import { isClinicalWord } from './clinical-terms.js';
import { fold, tokenize } from './fold.js';
import { extractNumbers, writeNumbersAsDigits } from './norwegian-numbers.js';
import { negatedWords } from '../verify/negation.js';

const values = (text: string): number[] => extractNumbers(text).map((mention) => mention.value);

describe('Norwegian numbers', () => {
  it('reads numbers spoken as words, with decimals, hundreds and thousands', () => {
    expect(values('trettiåtte komma ni')).toEqual([38.9]);
    expect(values('fem hundre')).toEqual([500]);
    expect(values('hundre og tjueseks over åtti')).toEqual([126, 80]);
    expect(values('seksogtjue')).toEqual([26]);
    expect(values('en og en halv tablett')).toEqual([1.5]);
    expect(values('sju og en halv milliliter')).toEqual([7.5]);
    expect(values('to og et halvt år')).toEqual([2.5]);
    expect(values('to tusen')).toEqual([2000]);
  });

  it('reads a temperature said with "og" for the decimal, but not two numbers of a range', () => {
    expect(values('Eg hadde trettiåtte og fem i går kveld')).toEqual([38.5]);
    expect(values('trettisju og to på det meste')).toEqual([37.2]);
    expect(values('mellom trettifem og førti år')).toEqual([35, 40]);
    expect(values('trettiåtte og fem dager')).toEqual([38, 5]);
    expect(values('tjue og fem')).toEqual([20, 5]);
  });

  it('reads digits with decimal comma and thousands, but not digits inside words', () => {
    expect(values('Temp 38,4 og 5 000 enheter')).toEqual([38.4, 5000]);
    expect(values('SpO2 og T4')).toEqual([]);
  });

  it('reads dates both ways, so "04.11" and "fjerde november" share their numbers', () => {
    expect(values('fjerde november')).toEqual([4, 11]);
    expect(values('04.11')).toEqual(expect.arrayContaining([4, 11]));
    expect(values('en halvtime')).toEqual(expect.arrayContaining([30]));
  });

  it('writes spoken numbers as digits the way a note does, leaving articles and "andre" alone', () => {
    expect(writeNumbersAsDigits('Jeg målte trettiåtte komma ni i går')).toBe(
      'Jeg målte 38,9 i går',
    );
    expect(writeNumbersAsDigits('fjerde november og åttende desember')).toBe(
      '4. november og 8. desember',
    );
    expect(writeNumbersAsDigits('ett gram i fem dager')).toBe('1 gram i 5 dager');
    expect(writeNumbersAsDigits('en gang i andre året')).toBe('en gang i andre året');
  });
});

describe('drug names', () => {
  it('finds trade and generic names, also inflected, and maps them to the substance', () => {
    const mentions = findDrugMentions(
      tokenize('Bytter fra Marevanen til Eliquis, og tar Paracet og Albyl-E.'),
    );
    expect(mentions.map((mention) => mention.substance)).toEqual([
      'warfarin',
      'apixaban',
      'paracetamol',
      'acetylsalisylsyre',
    ]);
    expect(findDrugMentions(tokenize('Paralgin forte ved behov'))[0]?.substance).toBe(
      'paracetamol+kodein',
    );
  });

  it('knows the common Norwegian prescriptions and not ordinary words', () => {
    for (const name of [
      'Ibux',
      'Pinex',
      'Apocillin',
      'Selexid',
      'Xarelto',
      'Levaxin',
      'Metformin',
      'Ventoline',
      'Sobril',
      'Selo-Zok',
      // Dialysis, eye, skin, seizure-rescue and oncology drugs.
      'Mimpara',
      'Etalpha',
      'Aranesp',
      'Buccolam',
      'Diamox',
      'pilokarpin',
      'Protopic',
      'Elidel',
      'Dupixent',
      'tamoxifen',
      'Thiamin',
    ]) {
      expect(isDrugName(name), name).toBe(true);
    }
    for (const word of ['halsen', 'feber', 'link', 'tablett'])
      expect(isDrugName(word), word).toBe(false);
  });
});

describe('negation scope', () => {
  const negated = (text: string): string[] => {
    const tokens = tokenize(text);
    const flags = negatedWords(text, tokens);
    return tokens.filter((_token, index) => flags[index]).map((token) => token.text);
  };

  it('reaches across a list and stops at "men" and at the end of the sentence', () => {
    expect(negated('Ingen kvalme, oppkast eller diaré.')).toEqual([
      'kvalme',
      'oppkast',
      'eller',
      'diaré',
    ]);
    expect(negated('Ikke feber, men vondt i halsen.')).toEqual(['feber']);
    expect(negated('Ingen hoste. Vondt i halsen.')).toEqual(['hoste']);
  });

  it('denies a topic named after "men" and then answered "næ" or "nei" on its own', () => {
    expect(negated('Æ har sett litt blod, men utflod, næ.')).toEqual(['utflod']);
    expect(negated('Tung pust, nei.')).toEqual(['Tung', 'pust']);
    expect(negated('Litt hoste, feber, nei.')).toEqual([]);
    expect(negated('Vondt i magen, nei vent, i ryggen.')).toEqual([]);
  });

  it('stops at punctuation said aloud in a dictation', () => {
    expect(negated('ingen rubor punktum nytt avsnitt venstre øre er tett punktum')).toEqual([
      'rubor',
    ]);
    expect(negated('ikke feber kolon temperatur trettisju')).toEqual(['feber']);
  });
});

describe('clinical vocabulary', () => {
  it('knows the verb of itching, swollen joints in the plural and the bones of an ankle examination', () => {
    for (const word of ['klø', 'hovne', 'hovnet', 'ankler', 'knærne', 'malleolene', 'metatars'])
      expect(isClinicalWord(fold(word))).toBe(true);
  });

  it('knows Alzheimer as a disease (a relative’s dementia is family history)', () => {
    expect(isClinicalWord(fold('Alzheimer'))).toBe(true);
    expect(isClinicalWord(fold('alzheimers'))).toBe(true);
  });

  it('knows how far an injured patient walked and whether the bladder empties', () => {
    for (const word of ['skritt', 'hinka', 'tømme', 'tømming'])
      expect(isClinicalWord(fold(word))).toBe(true);
  });

  it('still leaves everyday words out', () => {
    for (const word of ['om', 'klokka', 'hytta', 'parkering'])
      expect(isClinicalWord(fold(word))).toBe(false);
  });
});
