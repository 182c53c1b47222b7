import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('recognizeEmployerBrands', () => {
  it('finds a brand that is also a word as the workplace in a work frame, in lower case', () => {
    expect(found('pasient: jeg kjører for bring om nettene.')).toEqual(['WORKPLACE:bring']);
    expect(found('pasient: sønnen min er lærling i veidekke.')).toEqual(['WORKPLACE:veidekke']);
    expect(found('pasient: ho jobbar på felleskjøpet, på lageret.')).toEqual([
      'WORKPLACE:felleskjøpet',
    ]);
  });

  it('finds a known place after the brand as its site', () => {
    expect(found('pasient: han jobbe på jotun på sandefjord, i laboratoriet.')).toEqual([
      'WORKPLACE:jotun',
      'LOCATION:sandefjord',
    ]);
  });

  it('leaves the same words alone outside a work frame', () => {
    expect(found('pasient: la maten tine på kjøkkenbenken først.')).toEqual([]);
    expect(found('pasient: kan du bring den hit?')).toEqual([]);
  });
});
