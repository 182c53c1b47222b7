import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** The numbers found (other types aside: English words are not what these tests are about). */
function found(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PHONE' || entity.type === 'ID')
    .map((entity) => `${entity.type} ${entity.text}`);
}

describe('recognizeEnglishSpokenNumbers', () => {
  it('finds a phone number said in English words, in groups or with a country code', () => {
    expect(found('pasient: My number is nine one six, four two, eight eight zero.')).toEqual([
      'PHONE nine one six, four two, eight eight zero',
    ]);
    expect(
      found(
        'pasient: The UK one is plus four four seven seven zero zero nine zero zero one two three.',
      ),
    ).toEqual(['PHONE plus four four seven seven zero zero nine zero zero one two three']);
    expect(found('pasient: Call me on forty-one, twenty-two, sixty, oh eight.')).toEqual([
      'PHONE forty-one, twenty-two, sixty, oh eight',
    ]);
  });

  it('leaves English counts and short numbers alone', () => {
    expect(found('pasient: I have two kids, one is nine and one is seven.')).toEqual([]);
    expect(found('pasient: It hurts about seven out of ten, maybe eight.')).toEqual([]);
  });
});
