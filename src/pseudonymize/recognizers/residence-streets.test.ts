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

describe('recognizeCapitalisedStreetNames', () => {
  it('takes a capitalised street name said on its own, without a number or a verb of living', () => {
    expect(found('pasient: Eller det står Tollbugate, tror jeg, på døra.')).toContain(
      'ADDRESS Tollbugate',
    );
    expect(found('pasient: Vi møttes utenfor Kirkeveien i går.')).toContain('ADDRESS Kirkeveien');
    expect(found('lege: Takk. Da sender jeg innkalling til Tiurveien.')).toEqual([
      'ADDRESS Tiurveien',
    ]);
  });

  it('takes a street that is a whole answer at a sentence start, also one that is a word', () => {
    expect(found('pasient: Storgata.')).toEqual(['ADDRESS Storgata']);
    expect(found('pårørende: Kirkeveien, tror jeg. Nei, vent, mamma har flyttet.')).toContain(
      'ADDRESS Kirkeveien',
    );
    expect(found('pasient: Kyrkjevegen, trur eg.')).toEqual(['ADDRESS Kyrkjevegen']);
  });

  it('leaves an ordinary compound at a sentence start and kinds of road alone', () => {
    expect(found('Reiseveien er lang, særlig om vinteren.')).toEqual([]);
    expect(found('pasient: Han kjørte av på Riksveien.')).not.toContain('ADDRESS Riksveien');
    expect(found('pasient: Vi kjørte hovedveien hjem fra hytta.')).toEqual([]);
  });
});
