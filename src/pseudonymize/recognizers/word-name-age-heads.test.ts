import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeWordNameAgeHeads', () => {
  it('finds a given name that is a word, with a surname and an age, as the person', () => {
    expect(found('Kveld. Edel Hauge (91) er rolig.')).toEqual(['PERSON Edel Hauge', 'AGE 91']);
  });

  it('leaves the word alone without a surname, and a year in brackets is no age', () => {
    expect(found('Kveld. Edel metall (91).')).not.toContain('PERSON Edel metall');
    expect(found('Edel Hauge (2019) skriver om dette.')).not.toContain('PERSON Edel Hauge');
  });
});
