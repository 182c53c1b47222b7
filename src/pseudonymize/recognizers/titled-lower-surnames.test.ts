import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('recognizeTitledLowerSurnames', () => {
  it('finds a lower-case surname that is also a word right after a title', () => {
    expect(persons('pasient: vi snakket med doktor haugen forrige gang.')).toEqual([
      'doktor haugen',
    ]);
    expect(persons('pasient: dr. bakken sa det samme.')).toEqual(['dr. bakken']);
  });

  it('leaves a title before an ordinary word alone', () => {
    expect(persons('pasient: doktor sa at jeg måtte hvile.')).toEqual([]);
    expect(persons('pasient: han er doktor i medisin.')).toEqual([]);
  });

  it('reads the spoken spelling "dokter" as the title', () => {
    expect(persons('pasient: dokter ramirez sa at jeg skulle komme tilbake.')).toEqual([
      'dokter ramirez',
    ]);
    expect(persons('pasient: dokter sa at jeg var frisk.')).toEqual([]);
  });
});
