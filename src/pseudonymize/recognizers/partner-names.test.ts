import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizePartnerNames', () => {
  it('finds a partner no name list holds after "gift med" and "skilt fra"', () => {
    expect(found('Hun er gift med Torkild og har to barn.')).toEqual(['PERSON Torkild']);
    expect(found('lege: og du er gift med torkild? pasient: ja')).toEqual(['PERSON torkild']);
    expect(found('Han er skilt fra Yevgenia og bor alene.')).toEqual(['PERSON Yevgenia']);
  });

  it('leaves ordinary words after a word of partnership alone', () => {
    expect(found('Hun er gift med en lege.')).toEqual([]);
    expect(found('Han er samboer med kjæresten.')).toEqual([]);
    expect(found('Hun er skilt fra mannen.')).toEqual([]);
  });
});
