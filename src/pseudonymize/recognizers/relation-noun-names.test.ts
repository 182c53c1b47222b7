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

describe('adverbs between a relative and the verb (s34g)', () => {
  const detected = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);

  it('reads an adverb after "kona mi" as no name', () => {
    expect(detected('pasient: kona mi nettopp begynte i ny jobb')).toEqual([]);
    expect(detected('pasient: sonen min allereie ringde')).toEqual([]);
  });

  it('still finds a lower-case name there', () => {
    expect(detected('pasient: dottera mi sunniva er sju år')).toContain('PERSON sunniva');
  });
});
