import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Titles said before a surname alone: "doktor haugen", "fru bakken". */
const surnameTitles = new Set(['doktor', 'dr', 'professor', 'fru', 'herr', 'frøken', 'overlege']);

/** Lines holding a title: `recognizeTitledLowerSurnames` finds nothing on any other line. */
export const titledLowerSurnameCue = lineCue(surnameTitles);

/**
 * "vi snakket med doktor haugen", "fru bakken kom innom": speech-to-text writes the surname after
 * a title in lower case, and many Norwegian surnames are also words ("haugen", "bakken"). Right
 * after such a title, a listed surname is the person, word or not.
 */
export function recognizeTitledLowerSurnames(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  for (let index = 1; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || token.capitalised) continue;
    let title = tokenAt(tokens, index - 1);
    // "dr. haugen": the abbreviation's dot.
    if (title?.text === '.' && lowerAt(tokens, index - 2) === 'dr')
      title = tokenAt(tokens, index - 2);
    if (title === undefined || !surnameTitles.has(title.lower)) continue;
    if (!isSpaceBetween(text, tokenAt(tokens, index - 1)?.end ?? token.start, token.start))
      continue;
    if (token.text.length < 3) continue;
    const analysis = words.analyseToken(token);
    if (!analysis.surname || analysis.nonIdentifying || analysis.term) continue;
    out.push({ start: token.start, end: token.end, type: 'PERSON', confidence: 0.8 });
  }
}
