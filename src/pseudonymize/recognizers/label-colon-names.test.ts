import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizeLabelColonNames', () => {
  it('finds a name no list knows after a person label and its colon', () => {
    expect(persons('Henvisende lege: Bolormaa Tsend, Mørkved legesenter.')).toEqual([
      'Bolormaa Tsend',
    ]);
    expect(persons('Tolk: Abrehet.')).toEqual(['Abrehet']);
    expect(persons('Pårørende: Bolormaa Tsend (datter).')).toEqual(['Bolormaa Tsend']);
  });

  it('leaves ordinary words, languages and speech after a label alone', () => {
    expect(persons('Tolk: Tigrinja.')).toEqual([]);
    expect(persons('Pårørende: Ingen.')).toEqual([]);
    expect(persons('Mor: Frisk.')).toEqual([]);
    // A listed given name that is a word too, in a sentence after a speaker label.
    expect(persons('Lege: Per nå ser det fint ut.')).toEqual([]);
    // One unknown word after a transcript's speaker label is a reply (dialect), not a name.
    expect(persons('Pasient: Kem.')).toEqual([]);
    // The phrase goes on after the word: speech, not a name.
    expect(persons('Lege: Kordan går det med deg?')).toEqual([]);
  });
});
