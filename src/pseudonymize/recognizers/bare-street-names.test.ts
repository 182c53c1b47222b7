import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeBareStreetNames', () => {
  it('finds a street named again without a house number or a word about living there', () => {
    expect(found('lege: Takk. Da sender jeg innkalling til Tiurveien.')).toEqual([
      'ADDRESS Tiurveien',
    ]);
  });

  it('leaves a road word, or a capitalised form of an ordinary word, alone', () => {
    expect(found('pasient: Vi kjørte hovedveien hjem fra hytta.')).toEqual([]);
    expect(found('pasient: Reiseveien er lang, særlig om vinteren.')).toEqual([]);
  });
});
