import { cardinalOf, lineCue } from '../word-record.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

/** Words that name a farm number (gårdsnummer), bokmål and nynorsk, written out or short. */
const farmNumberWords = new Set(['gårdsnummer', 'gardsnummer', 'gårdsnr', 'gardsnr', 'gnr']);
/** Words that name a holding number (bruksnummer), the second half of a cadastral number. */
const holdingNumberWords = new Set(['bruksnummer', 'bruksnr', 'bnr']);

/** Lines without a farm-number word are skipped (every match starts with one). */
export const spokenCadastralCue = lineCue(farmNumberWords);

/**
 * The index after a number said in words or typed at `index` ("tolv", "hundre og tre", "tjueto",
 * "45"), or `index` when none starts there.
 */
function afterNumber(tokens: readonly Token[], index: number): number {
  const first = tokenAt(tokens, index);
  if (first?.kind === 'number') return first.text.length <= 4 ? index + 1 : index;
  let cursor = index;
  let count = 0;
  while (count < 4) {
    const token = tokenAt(tokens, cursor);
    if (token?.kind !== 'word') break;
    if (cardinalOf(token) !== undefined || /^(?:\p{L}+)?hundre$/u.test(token.lower)) {
      cursor++;
      count++;
    } else if (
      token.lower === 'og' &&
      count > 0 &&
      cardinalOf(tokenAt(tokens, cursor + 1)) !== undefined
    ) {
      cursor++;
    } else break;
  }
  return cursor;
}

/**
 * "gårdsnummer tolv, bruksnummer fire", "gardsnummer åtte og bruksnummer tjueto", "gnr. 45 bnr.
 * sju": a rural property's cadastral number (matrikkelnummer, Matrikkellova § 3) said aloud or
 * half typed, as ADDRESS. Both halves are needed: "gårdsnummer" alone with a number is too rare
 * to tell from other uses, and a holding number without a farm number names nothing. The typed
 * form ("gnr. 45 bnr. 7") is found by `recognizeAddresses`.
 */
export function recognizeSpokenCadastralNumbers(tokens: readonly Token[], out: Candidate[]): void {
  for (let index = 0; index < tokens.length; index++) {
    const cue = tokenAt(tokens, index);
    if (cue?.kind !== 'word' || !farmNumberWords.has(cue.lower)) continue;
    let cursor = index + 1;
    if (lowerAt(tokens, cursor) === '.') cursor++;
    const farmEnd = afterNumber(tokens, cursor);
    if (farmEnd === cursor) continue;
    cursor = farmEnd;
    if (lowerAt(tokens, cursor) === ',' || lowerAt(tokens, cursor) === '/') cursor++;
    if (lowerAt(tokens, cursor) === 'og') cursor++;
    if (!holdingNumberWords.has(lowerAt(tokens, cursor))) continue;
    cursor++;
    if (lowerAt(tokens, cursor) === '.') cursor++;
    const holdingEnd = afterNumber(tokens, cursor);
    const last = tokenAt(tokens, holdingEnd - 1);
    if (holdingEnd === cursor || last === undefined) continue;
    out.push({ start: cue.start, end: last.end, type: 'ADDRESS', confidence: 0.9 });
    index = holdingEnd - 1;
  }
}
