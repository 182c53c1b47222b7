import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('joinChainShopSites', () => {
  it('keeps a chain and its lower-case site in one span', () => {
    expect(found('pasient: jeg trener på sats bislett tre ganger i uka.')).toContain(
      'ORGANIZATION sats bislett',
    );
    expect(found('pasient: vi handler på kiwi storo etter jobben.')).toContain(
      'ORGANIZATION kiwi storo',
    );
  });

  it('ends the name at an ordinary word', () => {
    expect(found('pasient: jeg handler på kiwi etterpå.')).toEqual(['ORGANIZATION kiwi']);
  });

  it('runs an electronics chain on over its site, and a site on over "sentrum"', () => {
    expect(found('pasient: jeg jobber hos elkjøp lillestrøm i butikken.')).toEqual([
      'WORKPLACE elkjøp lillestrøm',
    ]);
    expect(found('pasient: ho jobbar på rema alta sentrum.')).toEqual([
      'WORKPLACE rema alta sentrum',
    ]);
  });
});
