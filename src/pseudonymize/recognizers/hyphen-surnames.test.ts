import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('joinHyphenSurnames', () => {
  it('takes a double surname with a short first part after a given name', () => {
    expect(found('Fastlege: Ola Mo-Hansen.')).toEqual(['PERSON Ola Mo-Hansen']);
    expect(found('Samtale med Per Ås-Berg i dag.')).toEqual(['PERSON Per Ås-Berg']);
  });

  it('leaves a name before an ordinary hyphenated word alone', () => {
    expect(found('Kari fikk Covid-19 i fjor.')).not.toContain('PERSON Kari Covid-19');
  });
});
