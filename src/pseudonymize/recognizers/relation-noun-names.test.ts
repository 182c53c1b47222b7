import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizeRelationNounNames', () => {
  it('finds a relative named by a plain noun between the relation and the verb', () => {
    expect(persons('pasient: dattera mi stjerne er fem år.')).toEqual(['stjerne']);
  });

  it('leaves particles and pronouns in that place alone', () => {
    expect(persons('pasient: dattera mi også er syk.')).toEqual([]);
    expect(persons('pasient: kona mi sjøl er sykepleier.')).toEqual([]);
  });
});
