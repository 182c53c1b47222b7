import type { WordRecord } from './word-record.js';

/** A word, a digit run or one punctuation character, with JavaScript string offsets. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly kind: 'word' | 'number' | 'punct';
  /** First token of the text, of a line, or after sentence-ending punctuation. */
  readonly sentenceStart: boolean;
  /** Upper-case first letter followed by at least one lower-case letter or nothing ("Kari", "Å"). */
  readonly capitalised: boolean;
  /** Every letter upper-case and at least two letters ("TSH", "UNN"). */
  readonly allCaps: boolean;
  /**
   * The cached facts about this word form, shared by every token of it in the process (words
   * only, and only when `tokenize` was given `recordOf`; detection gives it).
   */
  readonly record: WordRecord | undefined;
}

const sentenceEnders = new Set([
  '.',
  '!',
  '?',
  ':',
  ';',
  '…',
  '«',
  '»',
  '"',
  '(',
  '—',
  '–',
  '•',
  '*',
  '#',
]);

// Character classes for code units, filled lazily: 0 unknown, 1 letter or mark, 2 digit,
// 3 white space, 4 other. A hand-written scanner: no regex match arrays, one pass, linear.
const classOfCode = new Uint8Array(65536);
const letterPattern = /[\p{L}\p{M}]/u;
const spacePattern = /\s/u;

function classOf(code: number): number {
  let value = classOfCode[code] ?? 0;
  if (value === 0) {
    const character = String.fromCharCode(code);
    value =
      code >= 48 && code <= 57
        ? 2
        : letterPattern.test(character)
          ? 1
          : spacePattern.test(character)
            ? 3
            : 4;
    classOfCode[code] = value;
  }
  return value;
}

/**
 * Class of the code point at `index` (a surrogate pair counts as one letter when it is one), plus
 * `wide` when it is a surrogate pair (two code units). One number, so the hot loop allocates nothing.
 */
const wide = 8;

function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const point = text.codePointAt(index) ?? 0;
      return (letterPattern.test(String.fromCodePoint(point)) ? 1 : 4) | wide;
    }
  }
  return classOf(code);
}

/**
 * Code units that `toLowerCase` maps to themselves and that may occur in a word: a–z, digits,
 * joiners, and the Latin-1 lower-case letters ß…ÿ ("æ", "ø", "å").
 */
function isLowerStable(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 39 ||
    code === 45 ||
    code === 0x2019 ||
    (code >= 0xdf && code <= 0xff)
  );
}

const sentenceEnderCodes = new Uint8Array(65536);
for (const ender of sentenceEnders) sentenceEnderCodes[ender.charCodeAt(0)] = 1;

function isSentenceEnder(code: number): boolean {
  return sentenceEnderCodes[code] === 1;
}

function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45; // ' ’ -
}

/**
 * Splits text into tokens in one linear pass: words (letters, digits inside, and an apostrophe or
 * hyphen only when a letter or digit follows: "Anne-Lise", "kne-" → "kne" + "-"), digit runs, and
 * single punctuation characters. With `recordOf`, every word token carries the record of its
 * lower-case form (one lookup per word, shared by all recognizers).
 */
export function tokenize(text: string, recordOf?: (lower: string) => WordRecord): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  let sawNewline = true;
  let previousWasEnder = true;
  while (index < length) {
    const code = text.charCodeAt(index);
    let kind: number;
    let width = 1;
    if (code < 128) {
      kind =
        (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
          ? 1
          : code >= 48 && code <= 57
            ? 2
            : code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12
              ? 3
              : 4;
    } else {
      const at = classAt(text, index);
      kind = at & 7;
      width = (at & wide) === 0 ? 1 : 2;
    }
    if (kind === 3) {
      if (code === 10 || code === 13) sawNewline = true;
      index++;
      continue;
    }
    const start = index;
    let tokenKind: Token['kind'];
    // True while every code unit of the word is one that toLowerCase leaves as it is.
    let alreadyLower = isLowerStable(code);
    if (kind === 1) {
      index += width;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next < 128) {
          if ((next >= 97 && next <= 122) || (next >= 48 && next <= 57)) {
            index++;
            continue;
          }
          if (next >= 65 && next <= 90) {
            alreadyLower = false;
            index++;
            continue;
          }
          if (isJoiner(next) && index + 1 < length) {
            const after = classAt(text, index + 1) & 7;
            if (after === 1 || after === 2) {
              index++;
              continue;
            }
          }
          break;
        }
        if (next === 0x2019 && index + 1 < length) {
          const after = classAt(text, index + 1) & 7;
          if (after === 1 || after === 2) {
            index++;
            continue;
          }
          break;
        }
        const at = classAt(text, index);
        const atKind = at & 7;
        if (atKind === 1 || atKind === 2) {
          if (alreadyLower && !isLowerStable(next)) alreadyLower = false;
          index += (at & wide) === 0 ? 1 : 2;
          continue;
        }
        break;
      }
      tokenKind = 'word';
    } else if (kind === 2) {
      index++;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next < 48 || next > 57) break;
        index++;
      }
      tokenKind = 'number';
    } else {
      index += width;
      tokenKind = 'punct';
    }
    const value = text.slice(start, index);
    let lower = value;
    let capitalised = false;
    let allCaps = false;
    if (tokenKind === 'word' && !alreadyLower) {
      lower = value.toLowerCase();
      if (value.charCodeAt(0) !== lower.charCodeAt(0)) {
        allCaps = value.length >= 2 && value === value.toUpperCase();
        capitalised = !allCaps;
      }
    }
    tokens.push({
      start,
      end: index,
      text: value,
      lower,
      kind: tokenKind,
      sentenceStart: previousWasEnder || sawNewline,
      capitalised,
      allCaps,
      record: tokenKind === 'word' && recordOf !== undefined ? recordOf(lower) : undefined,
    });
    previousWasEnder = tokenKind === 'punct' && width === 1 && isSentenceEnder(code);
    sawNewline = false;
  }
  return tokens;
}

/** True when only spaces or tabs (no line break, no punctuation) lie between two offsets. */
export function isSpaceBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 160) return false;
  }
  return true;
}
