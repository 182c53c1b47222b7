import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizePronounVerbNames', () => {
  it('finds a lower-case given name that is also a word between a pronoun and a verb', () => {
    expect(persons('pasient: han stein kommer og henter meg.')).toEqual(['stein']);
    expect(persons('pasient: han dag kjørte meg hit i dag.')).toEqual(['dag']);
    expect(persons('pasient: ho liv sa at eg skulle ta med lista.')).toEqual(['liv']);
  });

  it('leaves the same words alone without the verb right after', () => {
    expect(persons('pasient: han sa det var dag to etter operasjonen.')).toEqual([]);
    expect(persons('pasient: det er stein i nyra, sa de på sykehuset.')).toEqual([]);
    expect(persons('pasient: hun tore ikke si det til legen.')).toEqual([]);
  });
});
