import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeResidenceStreets', () => {
  it('takes a street without a house number after a verb of living or moving', () => {
    expect(found('pasient: vi bor oppi bjørkeveien, det gule huset.')).toContain(
      'ADDRESS bjørkeveien',
    );
    expect(found('pasient: hu bor i sjøgata like ved kaia.')).toContain('ADDRESS sjøgata');
    expect(found('pasient: æ har flytta ned i havnegata, i blokka.')).toContain(
      'ADDRESS havnegata',
    );
  });

  it('leaves streets in general and dictionary words alone', () => {
    expect(found('pasient: jeg gikk ned gata og falt.')).toEqual([]);
    expect(found('pasient: vi bor i blokka ved veien.')).toEqual([]);
  });
});
