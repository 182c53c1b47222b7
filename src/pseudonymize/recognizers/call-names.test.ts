import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeCallNames', () => {
  it('takes a lower-case given name that is also a word after a verb of calling', () => {
    expect(found('pasient: da ringte jeg trine, hun kom med en gang.')).toEqual(['PERSON trine']);
    expect(found('pasient: jeg ringte per i går.')).toContain('PERSON per');
  });

  it('takes a given name set off by commas after a relation with "til"', () => {
    expect(found('pasient: faren til ungene, ståle, henter dem i dag.')).toEqual(['PERSON ståle']);
  });

  it('leaves relatives, occupations and other words after a verb of calling alone', () => {
    expect(found('pasient: da ringte jeg legen.')).toEqual([]);
    expect(found('pasient: jeg ringte tilbake til mor.')).toEqual([]);
  });
});
