import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('a given name that is also a noun the note already used', () => {
  it('keeps "Bjørk" at a sentence start after the allergy test named birch', () => {
    expect(
      found('Allergitest positiv på bjørk, gras og katt. Bjørk er verst i april og mai.'),
    ).toEqual([]);
    expect(found('Positiv på bjørk. Merknad: «Bjørk» og «or» er treslag.')).toEqual([]);
  });

  it('still replaces the name before a verb a person does or before the noun is used', () => {
    expect(found('Det var bjørk i hagen. Bjørk kom i går.')).toEqual(['PERSON Bjørk']);
    expect(found('Storm er sliten i dag. Det var storm i natt.')).toEqual(['PERSON Storm']);
    expect(found('Allergisk mot bjørk. Søstera Bjørk har same allergi.')).toEqual(['PERSON Bjørk']);
  });
});
