import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('isScoreAfterEponym', () => {
  it('keeps a score out of its maximum after a named score or test from being a date', () => {
    expect(found('Beighton 6/9, hypermobil.')).toEqual([]);
    expect(found('Beighton: 7/9 ved undersøkelsen.')).toEqual([]);
  });

  it('still finds the date after other words and a share larger than its maximum', () => {
    expect(found('Kontroll 6/9.')).toEqual(['DATE 6/9']);
    expect(found('Beighton 12/9.')).toEqual(['DATE 12/9']);
    expect(found('Beighton 6/11.')).toEqual(['DATE 6/11']);
  });
});

describe('eponyms, scales and care products named with a capital', () => {
  it('takes no person from eponyms of tests, grids and prostheses', () => {
    expect(found('Hofteprotese etter Charnley, kontroll om seks uker.')).toEqual([]);
    expect(found('Snellen 0,8 og Amsler uten metamorfopsier.')).toEqual([]);
    expect(found('Humphrey synsfelt 24-2 viser nasalt trinn.')).toEqual([]);
    expect(found('Logoped vurderer svelgfunksjon med Gugging Swallowing Screen.')).toEqual([]);
    expect(found('Tykningsmiddel Nutilis Clear brukes i drikke.')).toEqual([]);
    expect(found('Tscherne (bløtdelsskade), Mason (radiushodet) og Pauwels.')).toEqual([]);
    expect(found('Dårlig respons på Pneumovax. Drenasje med Redon.')).toEqual([]);
  });

  it('keeps a person with a title before the surname of a scale', () => {
    expect(found('Kontroll hos dr. Humphrey neste uke.').join()).toContain('Humphrey');
    expect(found('Dr. Mason kom innom.').join()).toContain('Mason');
  });
});
