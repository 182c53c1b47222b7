/**
 * Word characters read one at a time, for scanners that would otherwise run a Unicode regular
 * expression over every word: `[\p{L}]` and `[\p{L}\p{N}]` as `/u` reads them (whole code points,
 * so a letter outside the Basic Multilingual Plane counts once, and a lone surrogate never).
 */

const letterPattern = /^\p{L}$/u;
const numberPattern = /^\p{N}$/u;

const unknown = 0;
const letter = 1;
const number = 2;
const other = 3;

/** The kind of each UTF-16 code unit, worked out on first sight (0: not yet). */
const kinds = new Uint8Array(0x10000);

function kindOfCode(code: number): number {
  const known = kinds[code] ?? unknown;
  if (known !== unknown) return known;
  const character = String.fromCharCode(code);
  const kind = letterPattern.test(character)
    ? letter
    : numberPattern.test(character)
      ? number
      : other;
  kinds[code] = kind;
  return kind;
}

/**
 * How many UTF-16 code units the character at `at` takes when it is a letter (or, with
 * `withNumbers`, a letter or a number); 0 when it is neither or `at` is past the end.
 */
export function wordCharacterLength(text: string, at: number, withNumbers: boolean): number {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return 0;
  if (code < 128) {
    // a–z, A–Z; 0–9.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
    return withNumbers && code >= 48 && code <= 57 ? 1 : 0;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    const character = text.slice(at, at + 2);
    return letterPattern.test(character) || (withNumbers && numberPattern.test(character)) ? 2 : 0;
  }
  const kind = kindOfCode(code);
  return kind === letter || (withNumbers && kind === number) ? 1 : 0;
}
