import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeDistrictPlaces', () => {
  it('takes «Bydel» and the place after it as one place, so «Bydel» is not left behind', () => {
    expect(found('Han har budd i Bydel Alna sidan han var liten.')).toEqual([
      'LOCATION Bydel Alna',
    ]);
  });

  it('leaves lower-case «bydel», a workplace and a word that is no place to the other rules', () => {
    expect(found('Hun bor i bydel Bergenhus.')).toEqual(['LOCATION Bergenhus']);
    expect(found('Hun jobber i Bydel Grorud som miljøterapeut.')).toEqual([
      'WORKPLACE Bydel Grorud',
    ]);
    expect(found('Kontakt Bydel Kvinner om saken.')).toEqual([]);
  });
});
