import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizePredicateSubjectNames', () => {
  it('finds a name that is a word at a sentence start before a predicate only a person takes', () => {
    expect(persons('Frost er sykmeldt ut uken.')).toEqual(['Frost']);
    expect(persons('Bonde er informert om prøvesvaret.')).toEqual(['Bonde']);
    expect(persons('Glad ble innlagt i natt.')).toEqual(['Glad']);
  });

  it('leaves words, roles, relations and groups before the same predicates alone', () => {
    expect(persons('Vinter er verst for astmaen hennes.')).toEqual([]);
    expect(persons('Pasient er informert om risiko.')).toEqual([]);
    expect(persons('Mor er informert.')).toEqual([]);
    expect(persons('Barn er vaksinert etter programmet.')).toEqual([]);
    expect(persons('Alle er informert.')).toEqual([]);
    expect(persons('Glad og fornøyd i dag.')).toEqual([]);
  });
});

describe('recognizeSentenceStartForeignSurnames', () => {
  it('finds a surname with a foreign ending at a sentence start and after a colon', () => {
    expect(persons('Lindqvist var på kurs, så Nakamura tok visitten.')).toEqual([
      'Lindqvist',
      'Nakamura',
    ]);
    expect(persons('Kontrasignert: Bergqvist')).toEqual(['Bergqvist']);
  });

  it('leaves a word without such an ending at a sentence start alone', () => {
    expect(persons('Kvist og bark i såret.')).toEqual([]);
  });
});
