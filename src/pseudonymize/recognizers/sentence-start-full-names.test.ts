import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizeSentenceStartFullNames', () => {
  it('finds a given name that is also a word at a sentence start before a listed surname', () => {
    expect(persons('pasient: Nå er det en ny, Rune et eller annet. Rune Tangen.')).toContain(
      'Rune Tangen',
    );
  });

  it('leaves a sentence that starts with the word before no surname alone', () => {
    expect(persons('pasient: Sol og varme hjelper på humøret.')).toEqual([]);
  });
});
