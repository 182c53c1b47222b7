import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

describe('recognizeCutOffKnownNames', () => {
  const known = { name: 'Selam Tesfamariam Gebremedhin' };
  const persons = (text: string): string[] =>
    detectIdentifiers(text, { known })
      .filter((entity) => entity.type === 'PERSON')
      .map((entity) => entity.text);

  it("finds the start of the patient's name cut off in speech", () => {
    expect(persons('lege: Tesfa … kan du stave det?')).toEqual(['Tesfa']);
    expect(persons('lege: Gebre— unnskyld, hvordan uttales det?')).toEqual(['Gebre']);
  });

  it('leaves a cut-off word that begins no name part alone', () => {
    expect(persons('lege: Hoste … i fire uker?')).toEqual([]);
    expect(persons('lege: Selv— nei, Gebremedhin sa det.')).toEqual(['Gebremedhin']);
  });

  it('leaves a lower-case word begun in speech alone when it is or begins a dictionary word', () => {
    expect(
      detectIdentifiers('pasient: Jeg hadde sten— nyrestein, altså.', {
        known: { name: 'Kari Stenberg' },
      }).filter((entity) => entity.type === 'PERSON'),
    ).toEqual([]);
    expect(
      detectIdentifiers('pasient: Det gjør vondt i hoft... altså lyska.', {
        known: { name: 'Ola Hoftun' },
      }).filter((entity) => entity.type === 'PERSON'),
    ).toEqual([]);
  });
});
