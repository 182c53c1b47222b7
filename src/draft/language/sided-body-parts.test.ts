import { describe, expect, it } from 'vitest';
import { foldText } from '../../language/index.js';
import {
  sidedBodyPartAfterSide,
  sidedBodyPartStart,
  toSidedBodyPartKey,
} from './sided-body-parts.js';

const read = (word: string) => foldText(word);

describe('sided body parts', () => {
  it('reads the parts every side reader knew, in bokmål, nynorsk and dialect', () => {
    for (const word of ['kneet', 'skulderen', 'olbogen', 'øyrene', 'augo', 'lysken', 'hælen'])
      expect(sidedBodyPartStart.test(read(word)), word).toBe(true);
  });

  it('gives one key to the forms of one part ("øyne", "augo", "øyet")', () => {
    expect(new Set(['øyne', 'augo', 'øyet'].map((word) => toSidedBodyPartKey(read(word))))).toEqual(
      new Set(['oye']),
    );
    expect(toSidedBodyPartKey(read('hendene'))).toBe(toSidedBodyPartKey(read('handa')));
    expect(toSidedBodyPartKey(read('olbogen'))).toBe(toSidedBodyPartKey(read('albuen')));
  });

  it('reads "tå" and "hel" as parts only right after a side word, never "tar" or "helt" elsewhere', () => {
    for (const word of ['tar', 'tablettene', 'helt', 'hele', 'side'])
      expect(sidedBodyPartStart.test(read(word)), word).toBe(false);
    expect(sidedBodyPartAfterSide.test(read('tåa'))).toBe(true);
    expect(sidedBodyPartAfterSide.test(read('hel'))).toBe(true);
  });
});
