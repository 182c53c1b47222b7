import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function addresses(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'ADDRESS')
    .map((entity) => entity.text);
}

describe('withCorrectedHouseNumbers', () => {
  it('finds a house number said again as a correction after the address', () => {
    expect(addresses('pårørende: Nå bor vi i Hasleveien 41 C. Nei, 41 D, unnskyld.')).toEqual([
      'Hasleveien 41 C',
      '41 D',
    ]);
    expect(addresses('pasient: Storgata 12, eller 14 kanskje.')).toEqual(['Storgata 12', '14']);
    // Said in words after "nummer", with the town between the address and the correction.
    expect(
      addresses('pasient: Ho bor i Strandveien, nummer åtte, i Tromsø. Nei vent, nummer ni.'),
    ).toEqual(['Strandveien, nummer åtte', 'nummer ni']);
  });

  it('leaves a number that goes on to something else alone', () => {
    expect(addresses('pasient: Hun bor i Storgata 12. Nei, 2 ganger om dagen.')).toEqual([
      'Storgata 12',
    ]);
  });
});
