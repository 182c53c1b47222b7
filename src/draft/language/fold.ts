/**
 * Folds text for matching: lower case, combining marks removed (é → e, å → a), ø → o, æ → ae.
 * The result has the same length as the input for every character we meet in Norwegian speech
 * except æ (→ "ae"), so callers that need offsets fold word by word, never whole strings.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  let isAscii = true;
  for (let index = 0; index < lower.length; index += 1) {
    if (lower.charCodeAt(index) > 127) {
      isAscii = false;
      break;
    }
  }
  if (isAscii) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/æ/g, 'ae');
}

/** One word of a text with its position (JavaScript string indices, end exclusive). */
export interface WordToken {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Splits text into words (letters and digits, hyphenated words kept whole) with offsets. */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    tokens.push({ text: match[0], folded: fold(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}
