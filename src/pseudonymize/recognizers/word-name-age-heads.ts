import { isSpaceBetween, textAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** The oldest age a note gives a person. */
const maxAge = 120;

/**
 * "Edel Hauge (91) er rolig", "Sol Berge, 34 år, kommer med …": at a sentence start, a given name
 * (a listed one, or an international one) that is also an ordinary word (Edel, Sol, Dag), a listed surname and an age in brackets or after
 * a comma are the person a note is about. The name alone stays a word ("Edel metall"); the
 * surname and the age together are the evidence.
 */
export function recognizeWordNameAgeHeads(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 3 < tokens.length; index++) {
    const given = tokenAt(tokens, index);
    if (given === undefined || given.kind !== 'word' || !given.sentenceStart) continue;
    if (!given.capitalised || given.allCaps || given.text.length < 2) continue;
    const surname = tokenAt(tokens, index + 1);
    if (surname === undefined || surname.kind !== 'word' || !surname.capitalised) continue;
    if (surname.allCaps || !isSpaceBetween(text, given.end, surname.start)) continue;
    if (!hasAgeAfter(tokens, index + 2)) continue;
    const name = words.analyseToken(given);
    if (!(name.firstName || name.international) || !words.analyseToken(surname).surname) continue;
    out.push({ start: given.start, end: surname.end, type: 'PERSON', confidence: 0.8 });
  }
}

/** "(91)" or ", 34 år" starting at `index`. */
function hasAgeAfter(tokens: readonly Token[], index: number): boolean {
  const open = textAt(tokens, index);
  const number = tokenAt(tokens, index + 1);
  if (number === undefined || number.kind !== 'number' || !/^\d{1,3}$/u.test(number.text))
    return false;
  if (Number(number.text) < 1 || Number(number.text) > maxAge) return false;
  if (open === '(') return textAt(tokens, index + 2) === ')';
  return open === ',' && tokenAt(tokens, index + 2)?.lower === 'år';
}
