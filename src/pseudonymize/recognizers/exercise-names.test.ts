import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('isExerciseName', () => {
  it('keeps English exercise names in a training programme', () => {
    expect(found('Program: Wall Sit 3 x 40 sek, deretter Bird Dog 2 x 10.')).toEqual([]);
    expect(found('Fortsetter med Side Plank og Dead Bug hver morgen.')).toEqual([]);
    expect(found('Gjør Glute Bridge daglig.')).toEqual([]);
  });

  it('keeps an eponymous cartilage classification', () => {
    expect(found('Bruskskade gradert etter Outerbridge.')).toEqual([]);
  });

  it('still finds a person whose name holds one of the words', () => {
    expect(
      found('Fysioterapeut Wall har laget programmet.').some(
        (entity) => entity.startsWith('PERSON') && entity.includes('Wall'),
      ),
    ).toBe(true);
    expect(found('Pasienten heter Amanda Bird.')).toContain('PERSON Amanda Bird');
  });
});
