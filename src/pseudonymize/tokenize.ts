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

// One pass, no nested quantifiers: each step of the word loop consumes exactly one character, and
// an apostrophe or hyphen is only taken when a letter follows (so "kne-" stays "kne" + "-").
const tokenPattern = /[\p{L}\p{M}](?:[\p{L}\p{M}\d]|['’-](?=[\p{L}\p{M}\d]))*|\d+|[^\s\p{L}\p{M}\d]/gu;
const sentenceEnders = new Set(['.', '!', '?', ':', ';', '…', '«', '»', '"', '(', '—', '–', '•', '*', '#']);

/** Splits text into tokens in one linear pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  let previousEnd = 0;
  let previous: Token | undefined;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const value = match[0];
    const start = match.index;
    const first = value.charCodeAt(0);
    const kind = first >= 48 && first <= 57 ? 'number' : value.length === 1 && !/[\p{L}\p{M}]/u.test(value) ? 'punct' : 'word';
    const lower = value.toLowerCase();
    let newline = previous === undefined;
    if (!newline) {
      for (let index = previousEnd; index < start; index++) {
        const code = text.charCodeAt(index);
        if (code === 10 || code === 13) {
          newline = true;
          break;
        }
      }
    }
    const sentenceStart = newline || (previous !== undefined && previous.kind === 'punct' && sentenceEnders.has(previous.text));
    const upper = value.toUpperCase();
    const allCaps = kind === 'word' && value.length >= 2 && value === upper && value !== lower;
    const capitalised = kind === 'word' && !allCaps && value.charAt(0) !== lower.charAt(0);
    const token: Token = { start, end: start + value.length, text: value, lower, kind, sentenceStart, capitalised, allCaps };
    tokens.push(token);
    previous = token;
    previousEnd = token.end;
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
