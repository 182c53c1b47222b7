import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);
}

describe('recognizeLowerCasePlaces', () => {
  it('finds a lower-case foreign town after a word of moving, living or origin', () => {
    expect(found('pasient: vi flyttet fra gdansk for fem år siden.')).toEqual(['LOCATION:gdansk']);
    expect(found('pasient: mora bor fortsatt i aleppo, vi snakker på telefon.')).toEqual([
      'LOCATION:aleppo',
    ]);
  });

  it('finds a second town joined by "og"', () => {
    expect(found('pasient: vi var på ferie i sarajevo og mostar.')).toEqual([
      'LOCATION:sarajevo',
      'LOCATION:mostar',
    ]);
  });

  it('leaves ordinary words after the same cues alone', () => {
    expect(found('pasient: vi flyttet fra byen til landet.')).toEqual([]);
    expect(found('pasient: hun kom fra jobb og hadde vondt i brystet.')).toEqual([]);
  });
});
