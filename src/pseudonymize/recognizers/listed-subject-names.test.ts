import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeListedSubjectNames', () => {
  it('reads every word of a list of names that opens a clause before its verb as a person', () => {
    expect(found('Kemi, Bayo og Sola kom innom i helga.')).toEqual([
      'PERSON Kemi',
      'PERSON Bayo',
      'PERSON Sola',
    ]);
    expect(found('Tashi, Lhamo og Norbu besøker henne hver søndag.')).toEqual([
      'PERSON Tashi',
      'PERSON Lhamo',
      'PERSON Norbu',
    ]);
  });

  it('takes a list in lower case from speech-to-text before a verb a person does', () => {
    expect(found('kemi, bayo og tunde kom også i går.')).toEqual([
      'PERSON kemi',
      'PERSON bayo',
      'PERSON tunde',
    ]);
  });

  it('leaves lists of drugs, eponyms, places and ordinary words alone', () => {
    expect(found('Paracet, Ibux og Voltaren har ikke hjulpet.')).toEqual([]);
    expect(found('Parkinson, Alzheimer og Huntington er utelukket.')).toEqual([]);
    expect(found('Hjerte, lunger og abdomen er normale.')).toEqual([]);
    expect(found('Oslo, Bergen og Trondheim har egne sentre.')).toEqual([
      'LOCATION Oslo',
      'LOCATION Bergen',
      'LOCATION Trondheim',
    ]);
    expect(found('feber, hoste og kvalme kom i går.')).toEqual([]);
  });
});
