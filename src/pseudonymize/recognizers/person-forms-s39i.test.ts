import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeHyphenInitials', () => {
  it('takes dotted hyphenated initials as a whole, with a surname initial after them', () => {
    expect(found('Sign. L.-M. S.')).toEqual(['PERSON L.-M. S.']);
    expect(found('Notatet er lest av H.-P. Olsen i dag.')).toEqual(['PERSON H.-P. Olsen']);
    expect(found('Sign. H.-P.')).toEqual(['PERSON H.-P.']);
  });

  it('takes bare hyphenated initials after a role or signature word', () => {
    expect(found('Vaktlege J-P ble tilkalt kl. 03.')).toEqual(['PERSON J-P']);
    expect(found('Sign. J-P')).toEqual(['PERSON J-P']);
  });

  it('leaves bare hyphenated capitals without a role alone', () => {
    expect(found('Blodtype A-B, klasse C-D.')).toEqual([]);
    expect(found('Bruk skjema A-B ved innkomst.')).toEqual([]);
  });
});

describe('initials after "samtale med"', () => {
  it('leaves services and clinical abbreviations after "samtale med" alone', () => {
    expect(found('Etter samtale med NAV og BUP i går.')).toEqual([]);
    expect(found('Samtale med LIS om CT.')).toEqual([]);
  });
});

describe('withBracketNicknames', () => {
  it('takes a nickname in brackets after a name, quoted or not', () => {
    expect(found('Beboer Astrid Nordgård (Tassa) var urolig.')).toContain('PERSON Tassa');
    expect(found('Sønnen Petter ("Peppe") er med i dag.')).toContain('PERSON Peppe');
  });

  it('leaves roles, places and drugs in brackets after a name alone', () => {
    expect(found('Kari Hansen (Mor) ringte.')).toEqual(['PERSON Kari Hansen']);
    expect(found('Ola Lie (Tolk) og Kari Berg (Avdød) var til stede.')).toEqual([
      'PERSON Ola Lie',
      'PERSON Kari Berg',
    ]);
    expect(found('Ola Lie (Paracet) ringte.')).toEqual(['PERSON Ola Lie']);
  });
});

describe('recognizeLowerPatientNames', () => {
  it('takes two or three listed name words after "pasienten" in dictation', () => {
    expect(found('lege: pasienten wanjiru kamau kommer til kontroll.')).toEqual([
      'PERSON wanjiru kamau',
    ]);
  });

  it('leaves ordinary words and a single name word after "pasienten" alone', () => {
    expect(found('lege: pasienten har feber og hoste.')).toEqual([]);
    expect(found('lege: pasienten bruker ibux og paracet.')).toEqual([]);
    expect(found('lege: pasienten kamau kommer.')).toEqual([]);
  });
});

describe('recognizeLowerSlotNames', () => {
  it('takes an unlisted lower-case word after "hos" or "sammen med" where the slot ends', () => {
    expect(found('pasient: jeg var hos aigerim i går, og da ble jeg dårlig.')).toEqual([
      'PERSON aigerim',
    ]);
    expect(found('pasient: jeg jobber sammen med dmitrij på lageret.')).toEqual(['PERSON dmitrij']);
  });

  it('leaves relatives, occupations and inflected or dialect words in the slot alone', () => {
    expect(found('pasient: jeg bor hos samboeren min.')).toEqual([]);
    expect(found('pasient: jeg går hos naprapat og hos fysioterapeuten.')).toEqual([]);
    expect(found('pasient: æ tok blodprøvan hos fastlegen i går.')).toEqual([]);
    expect(found('pasient: jeg var hos aigerimsen i går.')).toEqual([]);
  });
});

describe('recognizeLowerSlotNames, a second name joined by "og"', () => {
  it('takes a listed or unlisted name after "og" in the same slot', () => {
    expect(found('pasient: jeg har vært hos nokuthula og sipho hele helgen.')).toEqual([
      'PERSON nokuthula',
      'PERSON sipho',
    ]);
  });

  it('leaves a word or a relation after "og" alone', () => {
    expect(found('pasient: jeg var hos aigerim og mora i går.')).toEqual(['PERSON aigerim']);
    expect(found('pasient: jeg var hos aigerim og handlet.')).toEqual(['PERSON aigerim']);
  });
});
