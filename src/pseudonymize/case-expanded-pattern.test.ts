import { describe, expect, it } from 'vitest';
import { toCaseExpandedSource } from './case-expanded-pattern.js';
import { textualDatePattern, textualDateSource } from './date-format.js';

/** Every code point, as a string (lone surrogates left out: `/u` never matches half a pair). */
function* everyCodePoint(): Generator<string> {
  for (let point = 0; point <= 0x10ffff; point++)
    if (point < 0xd800 || point > 0xdfff) yield String.fromCodePoint(point);
}

const alphabet = 'abcdefghijklmnopqrstuvwxyzæøå';
/** Its letters, one code unit each. */
const letters = Array.from({ length: alphabet.length }, (_, index) => alphabet.charAt(index));

function allMatches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => `${String(match.index)}:${match[0]}`);
}

describe('toCaseExpandedSource', () => {
  it('gives every letter of its alphabet exactly the characters /iu matches, over every code point', () => {
    // One pass over all code points: which letter (if any) each one matches under /iu, and
    // which it matches as a case-expanded class under /u.
    const anyFolded = new RegExp(`^[${alphabet}]$`, 'iu');
    const expanded = letters.map(
      (letter) => [letter, new RegExp(`^${toCaseExpandedSource(letter)}$`, 'u')] as const,
    );
    const folded = letters.map((letter) => [letter, new RegExp(`^${letter}$`, 'iu')] as const);
    const differences: string[] = [];
    for (const character of everyCodePoint()) {
      const mayMatch =
        anyFolded.test(character) || expanded.some(([, pattern]) => pattern.test(character));
      if (!mayMatch) continue;
      for (const [index, [letter, pattern]] of folded.entries())
        if (pattern.test(character) !== expanded[index]?.[1].test(character))
          differences.push(`${letter} U+${(character.codePointAt(0) ?? 0).toString(16)}`);
    }
    expect(differences).toEqual([]);
    // Upper-case letters in a source stand for the same class.
    expect(toCaseExpandedSource('K')).toBe(toCaseExpandedSource('k'));
  });

  it('gives \\p{L}, \\d and \\s exactly what /iu matches, inside and outside a class, over every code point', () => {
    const pairs = ['\\p{L}', '[\\p{L}\\d]', '\\d', '\\s', '[\\p{L}]'].map(
      (atom) =>
        [
          atom,
          new RegExp(`^${atom}$`, 'iu'),
          new RegExp(`^${toCaseExpandedSource(atom)}$`, 'u'),
        ] as const,
    );
    const differences: string[] = [];
    for (const character of everyCodePoint())
      for (const [atom, folded, expanded] of pairs)
        if (folded.test(character) !== expanded.test(character))
          differences.push(`${atom} U+${(character.codePointAt(0) ?? 0).toString(16)}`);
    expect(differences).toEqual([]);
  });

  it('matches what the /giu textual-date pattern matched, long s, Kelvin and Ångström signs included', () => {
    const texts = [
      'Kontroll FREDAG 6. MAI, så tirsdag den tolvte juni 2024 og Søndag 14. igjen.',
      'Time ſøndag 3. mars, \u212Aontroll 4. desember, 1. August 2019 og \u212Bttende mai.',
      'mandag 1. dose, tirsdag 14.30 og onsdag 2. postoperative dag er ingen datoer.',
      'Født 22. MAI 1980; innlagt i mars 2021; den 4. mars; Onsdag den niande.',
    ];
    const folded = new RegExp(textualDateSource, 'giu');
    for (const text of texts)
      expect(allMatches(folded, text)).toEqual(allMatches(textualDatePattern, text));
    expect(allMatches(textualDatePattern, texts.join(' ')).length).toBeGreaterThanOrEqual(10);
  });

  it('keeps a short /iu pattern’s matches and leaves digits, dots and groups as they are', () => {
    const source = '(?<![\\p{L}\\d])(?:den\\s{1,3})?\\d{1,2}\\.\\s(?:mai|juni)(?![\\p{L}])';
    const expanded = new RegExp(toCaseExpandedSource(source), 'gu');
    const folded = new RegExp(source, 'giu');
    const text = 'DEN 4. MAI, den 5. juni, Den 6. Juni, den 7. ma\u0345i, 8. junior, x9. mai';
    expect(allMatches(expanded, text)).toEqual(allMatches(folded, text));
    expect(allMatches(expanded, text)).toHaveLength(3);
  });

  it('refuses constructs whose case behaviour it has not proved', () => {
    for (const source of [
      '\\w+',
      '\\bmai',
      '(a)\\1',
      '[^a]',
      '[a-z]',
      '\\p{Lu}',
      '(?<day>mai)',
      'ß',
      'é',
      // A range with a letter at either end, or one spanning letters.
      '[a-~]',
      '[!-z]',
      '[!-~]',
      '[-a]',
      // Non-letters that have case, and a letter beyond U+FFFF.
      '\u24B6',
      '[\u24B6]',
      '\u2160',
      'm\u0345',
      '[\u0345]',
      '\u{10400}',
      '[\u{10400}]',
    ])
      expect(() => toCaseExpandedSource(source), source).toThrow(/case-expanded pattern/u);
  });

  it('keeps caseless ASCII, ranges of it and a dash at a class edge as they are', () => {
    for (const source of ['[0-9]', '[!-/]', '[-.]', '[.-]', '0-9 ,;:!"#%&\'<=>@_`~'])
      expect(toCaseExpandedSource(source), source).toBe(source);
    // What makes copying them safe: under /iu they match only themselves, over every code point.
    const folded = /^[ -@[-`{-~]$/iu;
    const exact = /^[ -@[-`{-~]$/u;
    const differences: string[] = [];
    for (const character of everyCodePoint())
      if (folded.test(character) !== exact.test(character))
        differences.push(`U+${(character.codePointAt(0) ?? 0).toString(16)}`);
    expect(differences).toEqual([]);
  });
});
