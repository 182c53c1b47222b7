import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

const persons = (text: string): string[] =>
  detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);

describe('a clinical test named after a person, as the subject of its result (s32k)', () => {
  it('is no person («Thompson var negativ», «Allen var normal», «Homans var negativ bilateralt»)', () => {
    expect(persons('Thompson var negativ, akillessenen er intakt.')).toEqual([]);
    expect(persons('Allen var normal før arteriepunksjon.')).toEqual([]);
    expect(persons('Homans var negativ bilateralt.')).toEqual([]);
    expect(persons('Spurling er positiv høyre.')).toEqual([]);
  });
  it('is still the person with a title, a given name, another frame or said of an attitude', () => {
    expect(persons('Thompson ringte i dag.')).toEqual(['Thompson']);
    expect(persons('Thompson var negativ til forslaget om sykehjem.')).toEqual(['Thompson']);
    expect(persons('Kari var negativ.')).toEqual(['Kari']);
    expect(persons('Dr. Allen var positiv.')).toEqual(['Dr. Allen']);
    expect(persons('Pasienten heter Homans.')).toEqual(['Homans']);
  });
});
