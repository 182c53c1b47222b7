import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizePostalCodesAfterHouseNumbers', () => {
  it('takes a postal code written right after a house number when its post office follows', () => {
    expect(found('Adresse Vikaveien 40 5700 Voss')).toEqual([
      'ADDRESS Vikaveien 40',
      'POSTAL_CODE 5700',
      'LOCATION Voss',
    ]);
    expect(found('Vikaveien 40 5700 VOSS')).toContain('LOCATION VOSS');
  });

  it('leaves a number after an address alone when another place follows', () => {
    expect(found('Vikaveien 40 5700 Bergen')).not.toContain('POSTAL_CODE 5700');
  });

  it('finds a postal code said digit by digit after a spoken address and a comma', () => {
    expect(found('pasient: adressa er furulia sju, tre fire fire to.')).toContain(
      'POSTAL_CODE tre fire fire to',
    );
    expect(
      found('pasient: adressa er furulia sju, tre fire fire to fem seks sju åtte.'),
    ).not.toContain('POSTAL_CODE tre fire fire to');
  });

  it('finds a typed postal code after an address and a comma without the post office', () => {
    expect(found('Ny adresse: Kirkeveien 3 B, 1440.')).toEqual([
      'ADDRESS Kirkeveien 3 B',
      'POSTAL_CODE 1440',
    ]);
    expect(found('Ny adresse: Kirkeveien 3 B, 1440 ganger.')).not.toContain('POSTAL_CODE 1440');
  });
});
