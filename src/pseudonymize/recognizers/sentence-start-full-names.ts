import { isSpaceBetween, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/**
 * "… en ny, Rune et eller annet. Rune Tangen.": a listed given name that starts a sentence, even
 * one that is also a word ("Rune", "Sol", "Tone"), right before a capitalised listed surname is a
 * full name. Alone at a sentence start such a given name is read as the word; the surname after
 * it settles that it is the person.
 */
export function recognizeSentenceStartFullNames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const given = tokenAt(tokens, index);
    if (given?.kind !== 'word' || !given.sentenceStart || !given.capitalised || given.allCaps)
      continue;
    const surname = tokenAt(tokens, index + 1);
    if (surname?.kind !== 'word' || !surname.capitalised || surname.allCaps) continue;
    if (!isSpaceBetween(text, given.end, surname.start)) continue;
    if (!words.analyseToken(given).firstName || !words.analyseToken(surname).surname) continue;
    out.push({ start: given.start, end: surname.end, type: 'PERSON', confidence: 0.85 });
  }
}
