import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizeAskedNames', () => {
  it('finds the person asked, also when the name is a word', () => {
    expect(persons('Du kan spør Per om han kan kjøre deg i morgen.')).toEqual(['Per']);
    expect(persons('pasient: spør bjørn, han vet hvilke medisiner jeg tar.')).toEqual(['bjørn']);
  });

  it('leaves "spør om", "spør per telefon" and relatives alone', () => {
    expect(persons('Spør om smerter og søvn ved neste kontroll.')).toEqual([]);
    expect(persons('Vi spør per telefon om to uker.')).toEqual([]);
    expect(persons('pasient: spør mor om hun husker det.')).toEqual([]);
  });
});
