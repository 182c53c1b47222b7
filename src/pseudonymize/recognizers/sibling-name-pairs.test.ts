import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeSiblingNamePairs', () => {
  it('takes two given names after a plural kin noun, one of them also a word', () => {
    expect(found('pasient: guttene, jonas og falk, bor hos faren.')).toEqual(
      expect.arrayContaining(['PERSON jonas', 'PERSON falk']),
    );
    expect(found('pasient: døtrene, ida og lykke, var med i går.')).toEqual(
      expect.arrayContaining(['PERSON ida', 'PERSON lykke']),
    );
  });

  it('leaves two ordinary words in the same slot alone', () => {
    expect(found('pasient: barna, store og små, var med på tur.')).toEqual([]);
    expect(found('pasient: ungene, sol og lykke, det er det viktigste.')).toEqual([]);
  });
});
