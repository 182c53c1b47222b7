import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizeWhoQuestionNames', () => {
  it('finds a name no list knows offered as the answer to a question about who', () => {
    expect(persons('lege: Og hvem henviste du til sist, var det Fjellstad på sykehuset?')).toEqual([
      'Fjellstad',
    ]);
  });

  it('leaves the same frame without "hvem", and a drug offered as the answer, alone', () => {
    expect(persons('lege: Er det Fjellstad du mener?')).toEqual([]);
    expect(persons('lege: Hvem skrev ut, er det Paracet?')).toEqual([]);
  });
});
