import { foldText } from './fold-text.js';
import { wordCharacterLength } from './word-characters.js';

/** One word of a text with its position (JavaScript string indices, end exclusive). */
export interface WordToken {
  readonly text: string;
  /** The word folded by {@link foldText}. */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

/** A hyphen or an apostrophe inside a word ("covid-19", "Mc'Donald", "bror’n"). */
function isWordJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019;
}

/**
 * Splits text into words (letters and digits; hyphenated words and apostrophes kept whole:
 * "covid-19", "Mc'Donald") with their offsets: the runs of letters and digits, joined by a hyphen or
 * an apostrophe that has a letter or digit on both sides, as the pattern
 * `[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*` with the flags `gu` finds them; scanned character by
 * character, without match objects, since every text passes through here.
 */
export function tokenizeWords(
  text: string,
  /** How each word is folded: {@link foldText}, or a caller's remembered copy of it. */
  foldWord: (word: string) => string = foldText,
): WordToken[] {
  const tokens: WordToken[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const first = wordCharacterLength(text, at, true);
    if (first === 0) {
      at += 1;
      continue;
    }
    const start = at;
    at += first;
    for (;;) {
      let step = wordCharacterLength(text, at, true);
      while (step > 0) {
        at += step;
        step = wordCharacterLength(text, at, true);
      }
      if (!isWordJoiner(text.charCodeAt(at))) break;
      const after = wordCharacterLength(text, at + 1, true);
      if (after === 0) break;
      at += 1 + after;
    }
    const word = text.slice(start, at);
    tokens.push({ text: word, folded: foldWord(word), start, end: at });
  }
  return tokens;
}

/** Splits text into its runs of letters and digits, without offsets: "a-b, c" → a, b, c. */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}
