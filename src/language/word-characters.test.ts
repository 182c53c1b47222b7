import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, tokenizeWords, wordCharacterLength } from './index.js';

/** The regular expression the scanner replaced, as the reference. */
function tokenizeByPattern(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Text of the characters that decide where words begin and end, in any order. */
const wordyText = fc
  .array(
    fc.constantFrom(
      ..."aZøÅé9²½ -'’.,–«»\n\t".split(''),
      '\u{1D400}',
      '😀',
      '\ud800',
      '\udc00',
      'Ⅻ',
      'ŉ',
    ),
    { maxLength: 40 },
  )
  .map((characters) => characters.join(''));

describe('word characters', () => {
  it('reads every character of the Basic Multilingual Plane as \\p{L} and \\p{N} do', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const character = String.fromCharCode(code);
      const isLetter = /\p{L}/u.test(character);
      const isNumber = /\p{N}/u.test(character);
      if (
        wordCharacterLength(character, 0, false) !== (isLetter ? 1 : 0) ||
        wordCharacterLength(character, 0, true) !== (isLetter || isNumber ? 1 : 0)
      )
        differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('takes a letter outside the plane whole, and no lone surrogate or emoji', () => {
    expect(wordCharacterLength('\u{1D400}', 0, false)).toBe(2);
    expect(wordCharacterLength('\u{1D7CE}', 0, false)).toBe(0);
    expect(wordCharacterLength('\u{1D7CE}', 0, true)).toBe(2);
    expect(wordCharacterLength('😀', 0, true)).toBe(0);
    expect(wordCharacterLength('\ud835x', 0, true)).toBe(0);
    expect(wordCharacterLength('abc', 3, true)).toBe(0);
  });

  it('splits words exactly where the regular expression did', () => {
    fc.assert(
      fc.property(fc.oneof(wordyText, fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        const scanned = tokenizeWords(text);
        expect(scanned.map(({ text: word, start, end }) => ({ text: word, start, end }))).toEqual(
          tokenizeByPattern(text),
        );
        for (const token of scanned) expect(token.folded).toBe(foldText(token.text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps hyphenated and elided words whole', () => {
    expect(
      tokenizeWords("ST-hevning, bror’n og covid-19 - ikke Mc'Donald-").map((t) => t.text),
    ).toEqual(['ST-hevning', 'bror’n', 'og', 'covid-19', 'ikke', "Mc'Donald"]);
  });
});
