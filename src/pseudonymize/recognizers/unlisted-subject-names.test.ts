import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizeUnlistedSubjectNames', () => {
  it('finds a name no list knows at a sentence start before what is said of a person', () => {
    expect(persons('Yodit har hatt feber siden lørdag, sier moren.')).toEqual(['Yodit']);
    expect(persons('pasient: yodit har hatt feber.')).toEqual(['yodit']);
  });

  it('leaves nouns with definite, plural or Latin endings and drugs alone', () => {
    expect(persons('Sårbunnen er fortsatt ren.')).toEqual([]);
    expect(persons('Pankreas er ikke sett.')).toEqual([]);
    expect(persons('Xarelto har hatt god effekt.')).toEqual([]);
    expect(persons('pasient: smertan har vært verre.')).toEqual([]);
  });
});
