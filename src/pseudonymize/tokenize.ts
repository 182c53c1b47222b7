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

/** Class of the code point at `index` (a surrogate pair counts as one letter when it is one). */
function classAt(text: string, index: number): { kind: number; width: number } {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const point = text.codePointAt(index) ?? 0;
      return { kind: letterPattern.test(String.fromCodePoint(point)) ? 1 : 4, width: 2 };
    }
  }
  return { kind: classOf(code), width: 1 };
}

function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45; // ' ’ -
}

/**
 * Splits text into tokens in one linear pass: words (letters, digits inside, and an apostrophe or
 * hyphen only when a letter or digit follows: "Anne-Lise", "kne-" → "kne" + "-"), digit runs, and
 * single punctuation characters.
 */
export function tokenize(text: string): Token[] {
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
      kind = at.kind;
      width = at.width;
    }
    if (kind === 3) {
      if (code === 10 || code === 13) sawNewline = true;
      index++;
      continue;
    }
    const start = index;
    let tokenKind: Token['kind'];
    if (kind === 1) {
      index += width;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next < 128) {
          if (
            (next >= 97 && next <= 122) ||
            (next >= 65 && next <= 90) ||
            (next >= 48 && next <= 57)
          ) {
            index++;
            continue;
          }
          if (isJoiner(next) && index + 1 < length) {
            const after = classAt(text, index + 1).kind;
            if (after === 1 || after === 2) {
              index++;
              continue;
            }
          }
          break;
        }
        if (next === 0x2019 && index + 1 < length) {
          const after = classAt(text, index + 1).kind;
          if (after === 1 || after === 2) {
            index++;
            continue;
          }
          break;
        }
        const at = classAt(text, index);
        if (at.kind === 1 || at.kind === 2) {
          index += at.width;
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
    if (tokenKind === 'word') {
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
    });
    previousWasEnder = tokenKind === 'punct' && sentenceEnders.has(value);
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
