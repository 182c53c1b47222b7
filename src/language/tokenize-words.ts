import { foldText } from './fold-text.js';

/** One word of a text with its position (JavaScript string indices, end exclusive). */
export interface WordToken {
  readonly text: string;
  /** The word folded by {@link foldText}. */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * Splits text into words (letters and digits; hyphenated words and apostrophes kept whole:
 * "covid-19", "Mc'Donald") with their offsets.
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    tokens.push({
      text: match[0],
      folded: foldText(match[0]),
      start,
      end: start + match[0].length,
    });
  }
  return tokens;
}

/** Splits text into its runs of letters and digits, without offsets: "a-b, c" → a, b, c. */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}
